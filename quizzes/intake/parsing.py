"""Reading and validating an import file of raw posts (CSV or JSON Lines), whole, before any
write. Errors name the line and the field, never the content: a row holds a raw post."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from typing import Any

import regex
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from core.redaction import register_sensitive
from quizzes.models import Platform, PostCase, PostImportFormat

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 10_000
MAX_TEXT_CHARS = 10_000
MAX_ERRORS_SHOWN = 50
MIN_YEAR = 1990
DEFAULT_AUTHOR_ROLE = "Healthcare professional (role not given)"
EXTENSIONS = {".csv": PostImportFormat.CSV, ".jsonl": PostImportFormat.JSONL,
              ".json": PostImportFormat.JSONL}  # fmt: skip
# What browsers and clients send for these files; "" / octet-stream when they do not know.
CONTENT_TYPES = {
    PostImportFormat.CSV: {
        "text/csv", "application/csv", "text/plain", "application/vnd.ms-excel",
        "text/comma-separated-values", "application/octet-stream", "",
    },
    PostImportFormat.JSONL: {
        "application/jsonl", "application/x-jsonlines", "application/jsonlines",
        "application/x-ndjson", "application/ndjson", "application/json", "text/plain",
        "application/octet-stream", "",
    },
}  # fmt: skip
FIELDS = ("text", "external_id", "id", "platform", "author_role", "year", "likes", "comments",
          "shares", "media_description")  # fmt: skip
COUNTS = ("likes", "comments", "shares")
MAX_COUNT = 2_147_483_647
MULTILINE_FIELDS = ("text", "media_description")
# C0 controls (but tab and line breaks in multi-line fields), DEL, C1 controls, and unpaired
# surrogates (which JSON "\ud800" escapes can produce and no database can store).
_BAD_CHAR = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_CHAR_ONE_LINE = regex.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def character_problem(value: str, *, multiline: bool) -> str | None:
    """Why ``value`` cannot be stored as post text (NUL, other control characters, unpaired
    surrogates), naming the first bad character by code point and position; None if fine."""
    match = (_BAD_CHAR if multiline else _BAD_CHAR_ONE_LINE).search(value)
    if match is None:
        return None
    char = match.group()
    code = f"U+{ord(char):04X}"
    position = match.start() + 1
    if char == "\x00":
        return f"contains a NUL character ({code}) at character {position}"
    if "\ud800" <= char <= "\udfff":
        return f"contains an unpaired surrogate ({code}) at character {position}"
    return f"contains a control character ({code}) at character {position}"


def max_import_bytes() -> int:
    return int(getattr(settings, "POST_IMPORT_MAX_BYTES", MAX_IMPORT_BYTES))


@dataclass(frozen=True)
class RowError:
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.field}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class ParsedRow:
    line: int
    values: dict[str, Any]  # PostCase fields: raw_text, platform, author_role, year, ...


class ImportFileError(ValidationError):
    """A file refused whole; ``errors`` are RowError, ``messages`` their text."""

    def __init__(self, errors: list[RowError]):
        self.row_errors = errors
        shown = [str(e) for e in errors[:MAX_ERRORS_SHOWN]]
        if len(errors) > MAX_ERRORS_SHOWN:
            shown.append(f"… and {len(errors) - MAX_ERRORS_SHOWN} more errors.")
        super().__init__(shown)


def detect_format(file_name: str, format: str | None = None) -> str:
    """The file's format from its extension (checked even when ``format`` is given)."""
    ext = os.path.splitext(file_name or "")[1].lower()
    if ext not in EXTENSIONS:
        raise ImportFileError(
            [
                RowError(
                    None, "file", f"must be a .csv, .jsonl or .json file, not “{ext or '(none)'}”"
                )
            ]
        )
    if format:
        if format not in PostImportFormat.values:
            raise ImportFileError(
                [RowError(None, "format", f"must be one of {', '.join(PostImportFormat.values)}")]
            )
        return format
    return EXTENSIONS[ext]


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


@sensitive_variables()
def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_of_offset(data, exc.start)
        raise ImportFileError(
            [RowError(line, "encoding", "the file is not valid UTF-8; save it as UTF-8")]
        ) from None


def _int(value: Any, *, allow_str: bool) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if allow_str and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _field_label(name: str) -> str:
    """An unknown field's name as an error may show it: short, control characters escaped."""
    shown = name if len(name) <= 40 else name[:39] + "…"
    return "“" + _BAD_CHAR_ONE_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", shown) + "”"


@sensitive_variables()
def _clean_row(line: int, raw: dict[str, Any], *, from_csv: bool) -> tuple[dict, list[RowError]]:
    errors: list[RowError] = []

    def err(field: str, message: str) -> None:
        errors.append(RowError(line, field, message))

    def text_value(name: str) -> str | None:
        value = raw.get(name)
        if value is None:
            return ""
        if isinstance(value, str):
            problem = character_problem(value, multiline=name in MULTILINE_FIELDS)
            if problem:
                err(name, problem)
                return None
            return value
        err(name, "must be text")
        return None

    unknown = sorted(k for k in raw if k not in FIELDS)
    if unknown:
        err("row", f"unknown field {_field_label(unknown[0])}; allowed: {', '.join(FIELDS)}")

    values: dict[str, Any] = {}
    text = text_value("text")
    if text is not None:
        if not text.strip():
            err("text", "is required")
        elif len(text) > MAX_TEXT_CHARS:
            err("text", f"must be at most {MAX_TEXT_CHARS} characters (it has {len(text)})")
        values["raw_text"] = text

    ext_ids = []
    for name in ("external_id", "id"):
        value = raw.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            err(name, "must be text or a whole number")
            continue
        if isinstance(value, str) and (problem := character_problem(value, multiline=False)):
            err(name, problem)
            continue
        ext_ids.append((name, str(value).strip()))
    if len({v for _, v in ext_ids}) > 1:
        err("id", "differs from external_id; give one of them")
    elif ext_ids:
        name, value = ext_ids[0]
        if len(value) > 200:
            err(name, "must be at most 200 characters")
        values["external_id"] = value
    else:
        values["external_id"] = ""

    platform = text_value("platform")
    if platform is not None:
        platform = platform.strip().lower() or Platform.OTHER
        if platform not in Platform.values:
            err("platform", f"must be one of {', '.join(Platform.values)}")
        values["platform"] = platform

    role = text_value("author_role")
    if role is not None:
        role = role.strip() or DEFAULT_AUTHOR_ROLE
        if len(role) > 120:
            err("author_role", f"must be at most 120 characters (it has {len(role)})")
        values["author_role"] = role

    media = text_value("media_description")
    if media is not None:
        values["media_description"] = media.strip()

    this_year = timezone.now().year
    year_raw = raw.get("year")
    if year_raw is None or year_raw == "":
        values["year"] = this_year
    else:
        year = _int(year_raw, allow_str=from_csv)
        if year is None:
            err("year", "must be a whole number")
        elif not MIN_YEAR <= year <= this_year:
            err("year", f"must be between {MIN_YEAR} and {this_year}")
        else:
            values["year"] = year

    for name in COUNTS:
        value = raw.get(name)
        if value is None or value == "":
            values[name] = 0
            continue
        number = _int(value, allow_str=from_csv)
        if number is None or number < 0:
            err(name, "must be a whole number, 0 or more")
        elif number > MAX_COUNT:
            err(name, f"must be at most {MAX_COUNT}")
        else:
            values[name] = number
    return values, errors


def _csv_records(text: str) -> tuple[list[tuple[int, dict]], list[RowError]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], [RowError(1, "header", "the file is empty")]
    except csv.Error:
        return [], [RowError(1, "header", "not a valid CSV row")]
    header = [h.strip().lower() for h in header]
    errors: list[RowError] = []
    if "text" not in header:
        errors.append(RowError(1, "header", "needs a “text” column"))
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        errors.append(RowError(1, "header", f"column “{dupes[0]}” appears more than once"))
    unknown = [h for h in header if h not in FIELDS]
    if unknown:
        errors.append(
            RowError(1, "header", f"unknown column “{unknown[0]}”; allowed: {', '.join(FIELDS)}")
        )
    if errors:
        return [], errors
    records: list[tuple[int, dict]] = []
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            errors.append(RowError(start, "row", "not a valid CSV row (check the quotes)"))
            break
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            errors.append(RowError(line, "row", f"has {len(cells)} cells but the header has "
                                                f"{len(header)}"))  # fmt: skip
            continue
        records.append((line, dict(zip(header, cells, strict=False))))
    return records, errors


def _jsonl_records(text: str) -> tuple[list[tuple[int, dict]], list[RowError]]:
    records: list[tuple[int, dict]] = []
    errors: list[RowError] = []
    for line, chunk in enumerate(text.splitlines(), start=1):
        if not chunk.strip():
            continue
        try:
            obj = json.loads(chunk)
        except json.JSONDecodeError as exc:
            errors.append(
                RowError(line, "json", f"not valid JSON ({exc.msg} at column {exc.colno})")
            )
            continue
        except RecursionError:
            errors.append(RowError(line, "json", "is nested too deeply"))
            continue
        if not isinstance(obj, dict):
            errors.append(RowError(line, "json", "must be one JSON object per line"))
            continue
        records.append((line, obj))
    return records, errors


@sensitive_variables()
def parse_post_file(*, data: bytes, file_name: str, format: str | None = None,
                    content_type: str | None = None) -> tuple[str, list[ParsedRow]]:  # fmt: skip
    """Validate the whole file; return (format, rows) or raise ImportFileError listing every bad
    line and field."""
    fmt = detect_format(file_name, format)
    if content_type is not None:
        ctype = content_type.split(";")[0].strip().lower()
        if ctype not in CONTENT_TYPES[fmt]:
            raise ImportFileError([RowError(None, "file", f"content type “{ctype}” is not allowed "
                                                          f"for a {fmt} file")])  # fmt: skip
    limit = max_import_bytes()
    if len(data) > limit:
        raise ImportFileError(
            [RowError(None, "file", f"is {len(data)} bytes; the limit is {limit} bytes")]
        )
    text = decode(data)
    # From here on every line of the file may be logged by accident; none of it may be.
    register_sensitive(*text.splitlines())
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportFileError([RowError(line, "encoding", "contains a NUL byte")])
    records, errors = (_csv_records if fmt == PostImportFormat.CSV else _jsonl_records)(text)
    if not records and not errors:
        errors.append(RowError(None, "file", "has no rows"))
    if len(records) > MAX_IMPORT_ROWS:
        errors.append(RowError(None, "file", f"has {len(records)} rows; the limit is "
                                             f"{MAX_IMPORT_ROWS}"))  # fmt: skip
    rows: list[ParsedRow] = []
    seen_ids: dict[str, int] = {}
    for line, raw in records:
        register_sensitive(*(v for v in raw.values() if isinstance(v, str)))
        values, row_errors = _clean_row(line, raw, from_csv=fmt == PostImportFormat.CSV)
        errors.extend(row_errors)
        ext = values.get("external_id")
        if ext and not row_errors:
            if ext in seen_ids:
                field = "external_id" if raw.get("external_id") not in (None, "") else "id"
                errors.append(RowError(line, field, f"same id as line {seen_ids[ext]}"))
            seen_ids.setdefault(ext, line)
        if not row_errors:
            rows.append(ParsedRow(line, values))
    if seen_ids:
        taken = dict(
            PostCase.objects.filter(source="import", external_id__in=list(seen_ids)).values_list(
                "external_id", "pk"
            )
        )
        for ext, pk in taken.items():
            errors.append(
                RowError(seen_ids[ext], "external_id", f"already imported as post case #{pk}")
            )
    if errors:
        errors.sort(key=lambda e: (e.line or 0, FIELDS.index(e.field) if e.field in FIELDS else -1))
        raise ImportFileError(errors)
    return fmt, rows
