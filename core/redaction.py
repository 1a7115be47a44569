"""Keeping raw post text and roster rows out of log records and error reports.

Code that reads such text registers it (``register_sensitive``) as soon as it holds it: the
post-import parser, the case services, the roster parser, and ``PostCase``/``PostImportRow``
loaded from the database. Then:

- every ``LogRecord`` made in this process (any logger, any handler, pytest's capture included)
  has its message, arguments and formatted traceback scrubbed of registered text, by the log
  record factory installed in ``install()`` (called by ``LmsConfig.ready``);
- ``RedactingExceptionReporter`` (``DEFAULT_EXCEPTION_REPORTER``) scrubs the error reports that
  ``AdminEmailHandler`` mails and the DEBUG 500 page, and ``SensitiveReporterFilter`` hides the
  POST fields that carry raw text before anything registered them.

The registry is per process, bounded (``MAX_ENTRIES``, oldest dropped) and forgets entries after
``TTL_SECONDS``: long enough for any request, task or command to log its failure.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
import time
import traceback
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

REDACTED = "[redacted]"
MAX_ENTRIES = 20_000
TTL_SECONDS = 3600
# Fragments shorter than this are too common ("the", "bed 14") to scrub usefully.
MIN_FRAGMENT = 12
# POST fields that carry raw text (the snippet create form, the importer's row payload).
SENSITIVE_POST_FIELDS = frozenset({"raw_text", "payload", "text"})

_lock = threading.Lock()
_entries: OrderedDict[str, float] = OrderedDict()
_index: dict[str, list[str]] | None = None
# Where a post is cut into fragments: sentence ends, and every character an escaper (repr, JSON,
# a traceback's nested repr) might rewrite: controls, quotes, backslashes, non-ASCII.
_SPLIT = re.compile(r"(?<=[.!?])\s+|[\x00-\x1f\x7f-\x9f\\'\"]+|[^\x00-\x7f]+")


def _variants(text: str) -> Iterable[str]:
    """The text as logs may quote it: itself, repr/JSON-escaped, and each fragment between
    sentence ends and characters that escaping would change."""
    yield text
    yield from _SPLIT.split(text)
    yield repr(text)[1:-1]
    yield json.dumps(text)[1:-1]
    yield json.dumps(text, ensure_ascii=False)[1:-1]
    yield html.escape(text)


def register_sensitive(*texts: Any) -> None:
    """Never log these strings (nor their lines, sentences or escaped forms)."""
    global _index
    now = time.monotonic()
    added = False
    with _lock:
        for text in texts:
            if not isinstance(text, str) or len(text.strip()) < MIN_FRAGMENT:
                continue
            for variant in _variants(text):
                variant = variant.strip()
                if len(variant) < MIN_FRAGMENT:
                    continue
                added |= variant not in _entries
                _entries[variant] = now
                _entries.move_to_end(variant)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
            added = True
        if added:
            _index = None


def clear() -> None:
    """Forget everything (tests)."""
    global _index
    with _lock:
        _entries.clear()
        _index = None


def _current_index() -> dict[str, list[str]] | None:
    """Registered strings by their first MIN_FRAGMENT characters, longest first: every
    occurrence of an entry starts with its prefix, so one dictionary lookup per position of a
    message finds every candidate (linear in the message, whatever the registry holds)."""
    global _index
    with _lock:
        if not _entries:
            return None
        # Oldest first (registering moves an entry to the end), so expiry stops at the first
        # live entry.
        cutoff = time.monotonic() - TTL_SECONDS
        while _entries and next(iter(_entries.values())) < cutoff:
            _entries.popitem(last=False)
            _index = None
        if not _entries:
            return None
        if _index is None and _entries:
            index: dict[str, list[str]] = {}
            for entry in _entries:
                index.setdefault(entry[:MIN_FRAGMENT], []).append(entry)
            for candidates in index.values():
                candidates.sort(key=len, reverse=True)
            _index = index
        return _index


def redact(text: str) -> str:
    """``text`` with every registered string replaced by ``[redacted]``."""
    if not text or len(text) < MIN_FRAGMENT:
        return text
    index = _current_index()
    if not index:
        return text
    spans: list[tuple[int, int]] = []
    reach = -1
    for i in range(len(text) - MIN_FRAGMENT + 1):
        candidates = index.get(text[i : i + MIN_FRAGMENT])
        if not candidates:
            continue
        for entry in candidates:
            if text.startswith(entry, i):
                end = i + len(entry)
                if spans and i <= reach:  # overlaps the previous match: extend it
                    reach = max(reach, end)
                    spans[-1] = (spans[-1][0], reach)
                else:
                    reach = end
                    spans.append((i, end))
                break
    if not spans:
        return text
    out, pos = [], 0
    for begin, end in spans:
        out.append(text[pos:begin])
        out.append(REDACTED)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Scrub one record in place: message and args merged, traceback and stack formatted."""
    if not _current_index():
        return record
    try:
        message = record.getMessage()
    except Exception:  # a bad format string must not break logging
        message = str(record.msg)
    scrubbed = redact(message)
    # Arguments the message does not print still travel with the record (structured handlers
    # serialise them), so raw text in any of them drops them all.
    if scrubbed != message or (record.args and redact(repr(record.args)) != repr(record.args)):
        record.msg, record.args = scrubbed, None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        formatted = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if redact(formatted) != formatted:
            # Formatters print exc_text when it is set, so the traceback goes out scrubbed.
            record.exc_text = formatted
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class SensitiveTextFilter(logging.Filter):
    """Handler/logger filter form of ``redact_record`` (for handlers built outside Django's
    LOGGING, e.g. by a worker's own logging setup)."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


_installed = False


def install() -> None:
    """Wrap the log record factory so every record is scrubbed when it is made."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _installed = True


class SensitiveReporterFilter(SafeExceptionReporterFilter):
    """Django's filter, plus the POST fields that carry raw post text. The report is built
    (this runs) before ``RedactingExceptionReporter`` scrubs it."""

    def get_post_parameters(self, request):
        params = super().get_post_parameters(request)
        if request is None or not any(k in params for k in SENSITIVE_POST_FIELDS):
            return params
        params = params.copy()
        for key in SENSITIVE_POST_FIELDS & set(params):
            # Registered too, so the value is scrubbed wherever else the report shows it
            # (frame variables, forms' cleaned data).
            register_sensitive(*params.getlist(key))
            params[key] = self.cleansed_substitute
        return params


class RedactingExceptionReporter(ExceptionReporter):
    """Error reports (admin emails, the DEBUG 500 page) with registered text scrubbed, from the
    exception message and local variables to the request body."""

    def get_traceback_text(self) -> str:
        return redact(super().get_traceback_text())

    def get_traceback_html(self) -> str:
        return redact(super().get_traceback_html())
