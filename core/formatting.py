"""Human-readable dates for messages, emails and PDFs, in the site's one format.

The format itself lives in lms/formats/en/formats.py (DATE_FORMAT / DATETIME_FORMAT) so that
templates (``|date:"DATE_FORMAT"``) and Python code print a date the same way: 5 December 2026.
"""

from __future__ import annotations

import datetime as dt

from django.utils import formats, timezone


def display_date(value: dt.date | dt.datetime | None) -> str:
    """5 December 2026 (a datetime is shown in the site's time zone first)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return formats.date_format(value, "DATE_FORMAT")


def display_datetime(value: dt.datetime | None) -> str:
    """5 December 2026, 14:30 (in the site's time zone)."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, "DATETIME_FORMAT")
