"""Transcript CSV and the accredited-provider (CME reporting) tab-delimited export."""

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from content.models import format_amount
from core.spreadsheets import neutralize

from .models import Certificate
from .selectors import Transcript


def _tsv_cell(value) -> str:
    # A tab or newline inside a field would shift the accreditor's columns.
    return " ".join(neutralize(value).split()) if value else ""


def _day(moment) -> str:
    return timezone.localtime(moment).date().isoformat() if moment else ""


TRANSCRIPT_COLUMNS = [
    "course",
    "version",
    "completed",
    "status",
    "credit type",
    "credit claimed",
    "credit maximum",
    "expires",
    "verification code",
]


def transcript_csv(transcript: Transcript) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TRANSCRIPT_COLUMNS)
    for c in transcript.certificates:
        writer.writerow(
            [
                neutralize(c.course_title),
                neutralize(c.course_version),
                _day(c.completed_at),
                c.status,
                neutralize(c.credit_type_name),
                format_amount(c.credit_claimed) if c.credit_claimed is not None else "",
                format_amount(c.credit_max) if c.has_credit else "",
                _day(c.expires_at),
                c.display_code,
            ]
        )
    writer.writerow([])
    writer.writerow(["year", "credit type", "credit claimed", "certificates"])
    for t in transcript.totals:
        writer.writerow(
            [t.year, neutralize(t.credit_type_name), format_amount(t.claimed), t.certificates]
        )
    return out.getvalue()


PROVIDER_EXPORT_COLUMNS = [
    "learner name",
    "licence id",
    "licence state",
    "completion date",
    "credit type",
    "credit amount",
    "activity",
]


def provider_export_tsv(certificates) -> str:
    """One line per credit type claimed on each reported completion; tab-delimited, header
    first, amounts as claimed."""
    lines = ["\t".join(PROVIDER_EXPORT_COLUMNS)]
    for c in certificates:
        c: Certificate
        claims = [(c.credit_type_name, c.credit_claimed)] if c.credit_claimed is not None else []
        claims += [
            (extra.credit_type_name, extra.credit_claimed)
            for extra in c.extra_credits.all()
            if extra.credit_claimed is not None
        ]
        for name, amount in claims:
            lines.append(
                "\t".join(
                    [
                        _tsv_cell(c.learner_name),
                        _tsv_cell(c.user.licence_number),
                        _tsv_cell(c.user.licence_state),
                        _day(c.completed_at),
                        _tsv_cell(name),
                        format_amount(amount),
                        _tsv_cell(f"{c.course_title} (version {c.course_version})"),
                    ]
                )
            )
    return "\r\n".join(lines) + "\r\n"


def evaluation_report_csv(report) -> str:
    """One course's evaluation report: distributions, then the free-text answers."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["question", "answer", "count", "share %"])
    for dist in report.distributions:
        for label, count, share in dist.counts:
            writer.writerow([neutralize(dist.question), neutralize(label), count, share])
    writer.writerow([])
    writer.writerow(["kind", "text"])
    for kind, text in report.comments:
        writer.writerow([neutralize(kind), neutralize(text)])
    return out.getvalue()


# --- Accreditor batch files: ACCME PARS learner completions and ACPE CPE Monitor ----------------
#
# Each file format is encoded as a column table (header, required, format, where Ethos takes the
# value from). The generator fills the columns in this order and checks every value against the
# table, so a file never leaves with a value the accreditor would reject for its format; a
# learner whose profile lacks a required value is reported by name instead (the provider can
# leave them out and download the rest). Sources (checked 2026-12-05):
#   ACCME, "What is learner credit data?" (accme.org/faq/10501) and "CME Credit Reporting
#     Checklist": to report CME credit to a licensing board, first and last name, month and day
#     of birth (no year), primary state of licensure and state license ID, all required here
#     (Ethos reports no certifying-board ID, so the licence is the learner's only match key);
#   ACCME, "Excel Template Instructions for Submitting Learner Completion Data" (19 Nov 2025),
#     "PARS Tab Delimited Participant Upload Instructions - Learner Template B" (23 Apr 2020)
#     and its tab-delimited upload tutorial: one learner completion per row, add or delete
#     action, every field present (blank ones still tab-separated), saved as .txt after the
#     header row is deleted: the upload file holds records only (a review copy with the header
#     row is offered separately);
#   ACPE, "CPE Monitor Technical Specifications" (rev. 10/15/2020) and NABP CPE Monitor FAQs:
#     the pharmacist's NABP e-Profile ID and date of birth as MMDD, the activity's UAN, the date
#     of participation and the credit (contact hours); participant type P (pharmacist) or T
#     (technician), which must match the UAN's last letter.
# ACCME and ACPE revise their templates: compare the header row with the template downloaded
# from PARS / CPE Monitor before the first upload, and adjust the table here if it changed.


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    required: bool
    pattern: str  # a full match of this regular expression when a value is given
    max_length: int
    source: str  # where Ethos takes the value from (shown in README)

    def problem(self, value: str) -> str:
        """What is wrong with ``value`` in this column, or an empty string when nothing is."""
        if not value:
            return f"missing {self.header}" if self.required else ""
        if len(value) > self.max_length:
            return f"{self.header} is longer than {self.max_length} characters"
        if not re.fullmatch(self.pattern, value):
            return f"{self.header} {value!r} is not in the required format"
        return ""


MMDDYYYY = r"(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4}"
CREDIT = r"\d{1,3}\.\d{2}"
NAME = r"[^\t\r\n]+"

PARS_LEARNER_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("Provider Activity ID", True, r"[A-Za-z0-9._-]+", 50, "course slug"),
    ColumnSpec("Learner First Name", True, NAME, 50, "profile first name"),
    ColumnSpec("Learner Last Name", True, NAME, 50, "profile last name"),
    ColumnSpec(
        "Date of Birth (MM/DD)",
        True,
        r"(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])",
        5,
        "profile birth month and day",
    ),
    ColumnSpec("Licensing State", True, r"[A-Z]{2}", 2, "profile licence state (2 letters)"),
    ColumnSpec("State License ID", True, r"[A-Za-z0-9-]+", 40, "profile licence number"),
    ColumnSpec("Completion Date (MM/DD/YYYY)", True, MMDDYYYY, 10, "certificate completion date"),
    ColumnSpec("AMA PRA Category 1 Credits", True, CREDIT, 6, "credit claimed"),
    ColumnSpec("Action", True, r"Add|Delete", 6, "always Add"),
)

CPE_MONITOR_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("NABP e-Profile ID", True, r"\d{6,7}", 7, "profile NABP e-Profile ID"),
    ColumnSpec(
        "Date of Birth (MMDD)",
        True,
        r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])",
        4,
        "profile birth month and day",
    ),
    ColumnSpec(
        "UAN",
        True,
        r"(JA\d{7}|\d{4})-\d{4}-\d{2}-\d{3}-[HLB]\d{2}-[PT]",
        30,
        "course accreditation acpe_uan",
    ),
    ColumnSpec("Date of Participation (MM/DD/YYYY)", True, MMDDYYYY, 10, "completion date"),
    ColumnSpec("Participant Type", True, r"[PT]", 1, "P (pharmacist)"),
    ColumnSpec("Contact Hours", True, CREDIT, 6, "contact hours claimed"),
    ColumnSpec("First Name", True, NAME, 50, "profile first name"),
    ColumnSpec("Last Name", True, NAME, 50, "profile last name"),
)


@dataclass(frozen=True)
class ClaimRow:
    """One claim of one credit type, as the reporting formats need it."""

    certificate: Certificate
    amount: Decimal


@dataclass
class BatchFile:
    text: str
    rows: int
    problems: list[str]  # one line per learner left out, naming what is missing


def _names(certificate: Certificate) -> tuple[str, str]:
    user = certificate.user
    first, last = (user.first_name or "").strip(), (user.last_name or "").strip()
    if first and last:
        return first, last
    parts = certificate.learner_name.strip().rsplit(" ", 1)
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")


def _us_day(moment) -> str:
    return f"{timezone.localtime(moment).date():%m/%d/%Y}" if moment else ""


def _dob(user, sep: str) -> str:
    if not user.birth_month or not user.birth_day:
        return ""
    return f"{user.birth_month:02d}{sep}{user.birth_day:02d}"


def _pars_values(row: ClaimRow) -> list[str]:
    c, user = row.certificate, row.certificate.user
    first, last = _names(c)
    return [
        c.course.slug,
        first,
        last,
        _dob(user, "/"),
        (user.licence_state or "").strip().upper(),
        (user.licence_number or "").strip(),
        _us_day(c.completed_at),
        f"{row.amount:.2f}",
        "Add",
    ]


def _cpe_values(row: ClaimRow) -> list[str]:
    c, user = row.certificate, row.certificate.user
    first, last = _names(c)
    return [
        (user.nabp_eprofile_id or "").strip(),
        _dob(user, ""),
        (c.course.acpe_uan or "").strip(),
        _us_day(c.completed_at),
        "P",
        f"{row.amount:.2f}",
        first,
        last,
    ]


def row_problems(spec: tuple[ColumnSpec, ...], values: list[str]) -> list[str]:
    """What is wrong with one row of ``spec``: a missing required value, a value too long or
    not in its format, or the wrong number of values."""
    if len(values) != len(spec):
        return [f"{len(values)} values for {len(spec)} columns"]
    return [p for col, value in zip(spec, values, strict=True) if (p := col.problem(value))]


def _batch(
    spec: tuple[ColumnSpec, ...],
    rows: list[ClaimRow],
    values_of: Callable[[ClaimRow], list[str]],
    *,
    delimiter: str,
    header_row: bool,
) -> BatchFile:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if header_row:
        writer.writerow([col.header for col in spec])
    problems, written = [], 0
    for row in rows:
        values = [" ".join(v.split()) for v in values_of(row)]
        wrong = row_problems(spec, values)
        if wrong:
            problems.append(
                f"{row.certificate.learner_name} (certificate {row.certificate.display_code}): "
                + "; ".join(wrong)
            )
            continue
        writer.writerow(values)
        written += 1
    return BatchFile(text=out.getvalue(), rows=written, problems=problems)


def pars_learner_batch(rows: list[ClaimRow], *, header_row: bool = False) -> BatchFile:
    """ACCME PARS learner completions (AMA PRA Category 1 claims): tab-delimited text. The
    upload file holds records only; ``header_row`` adds the column names for a person to read."""
    return _batch(PARS_LEARNER_COLUMNS, rows, _pars_values, delimiter="\t", header_row=header_row)


def cpe_monitor_batch(rows: list[ClaimRow], *, header_row: bool = True) -> BatchFile:
    """ACPE CPE Monitor participant credit (ACPE claims): comma-separated, header row first."""
    return _batch(CPE_MONITOR_COLUMNS, rows, _cpe_values, delimiter=",", header_row=header_row)
