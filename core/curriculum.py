"""The curriculum loader framework shared by every curriculum loader (content, quizzes).

A loader step reads source files under ``content/curriculum/`` (format:
``content/curriculum/README.md``) and writes rows. What every step has in common lives here, once:

- :data:`LOADER_VERSION`, mixed into every :func:`content_hash`: bump it when the mapping from
  source to rows changes, so every page, case and quiz is rewritten once on the next load;
- :func:`read_yaml`: reads one file, and reports a syntax error with the file, line and column;
- :func:`yaml_line` / :func:`at_line`: the line of a node, for errors found after parsing;
- :class:`CurriculumError`: the one error library code raises, always ``<path>: <what is
  wrong>``. Management commands turn it into ``CommandError``; library code never raises
  ``CommandError`` itself.

No models here: ``core`` sits below every app.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings

# Bump when the mapping from source to rows changes, so every page, case and quiz is reloaded once.
LOADER_VERSION = "1"

Log = Callable[[str], None]


def display_path(path: Path | str) -> str:
    """``path`` relative to the project (as written in error messages), else as given."""
    try:
        return str(Path(path).resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)


class CurriculumError(Exception):
    """A curriculum source cannot be loaded. The message is ``<path>: <what is wrong>`` when the
    problem is in one file (``path``, and ``line``/``column`` when known, are kept as
    attributes), or several such lines when the loader collected every problem."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column
        self.problem = message
        super().__init__(f"{display_path(path)}: {message}" if path is not None else message)


def content_hash(data: Any) -> str:
    """Stable digest of a parsed source (JSON of ``[LOADER_VERSION, data]``, keys sorted): a row
    whose stored hash equals the digest of its source is left untouched."""
    payload = json.dumps([LOADER_VERSION, data], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def read_yaml(path: Path) -> Any:
    """The parsed YAML of ``path``; a file that cannot be read or parsed raises CurriculumError
    naming the file and, for a syntax error, the line and column (1-based)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        where = f" (line {line}, column {column})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise CurriculumError(
            f"invalid YAML{where}: {problem}", path=path, line=line, column=column
        ) from exc
    except UnicodeDecodeError as exc:
        raise CurriculumError("is not UTF-8 text", path=path) from exc
    except OSError as exc:
        raise CurriculumError(f"cannot be read ({exc.strerror or exc})", path=path) from exc


def yaml_line(path: Path, *keys: str | int) -> int | None:
    """1-based line of the node at ``keys`` (mapping keys / list indexes) in a YAML file, or of
    the deepest existing parent; None when the file cannot be composed."""
    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in keys:
        if isinstance(node, yaml.MappingNode) and isinstance(key, str):
            pair = next(((k, v) for k, v in node.value if k.value == key), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if not 0 <= key < len(node.value):
                break
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def at_line(path: Path, *keys: str | int) -> str:
    """ " (line N)" for an error message, or "" when the line is unknown."""
    line = yaml_line(path, *keys)
    return f" (line {line})" if line else ""
