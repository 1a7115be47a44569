"""One date format site-wide: 5 December 2026 (issue 18).

Pages, emails, PDFs and messages print dates the same way; machine-readable outputs (CSV, API,
credentials) stay ISO 8601.
"""

import datetime as dt
import re
from pathlib import Path

from django.template import Context, Template
from django.test import override_settings

from core.formatting import display_date, display_datetime

ROOT = Path(__file__).resolve().parents[2]
# "c" and "Y-m-d" are machine-readable (<time datetime>, <input type="date"> values).
ALLOWED_TEMPLATE_FORMATS = {"DATE_FORMAT", "DATETIME_FORMAT", "F Y", "c", "Y-m-d"}
# Files whose dates go to machines (accreditors' batch files, credentials), in their formats.
MACHINE_READABLE = {"certificates/exports.py", "certificates/credentials.py"}
APPS = [
    "accounts",
    "certificates",
    "content",
    "courses",
    "institutions",
    "quizzes",
    "lms",
    "notifications",
    "sso",
    "scim",
    "lti",
]


def test_python_helpers_print_the_one_format():
    assert display_date(dt.date(2026, 12, 5)) == "5 December 2026"
    assert display_date(dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC)) == "5 December 2026"
    assert (
        display_datetime(dt.datetime(2026, 12, 5, 9, 5, tzinfo=dt.UTC)) == "5 December 2026, 09:05"
    )
    assert display_date(None) == "" and display_datetime(None) == ""


@override_settings(TIME_ZONE="Europe/London")
def test_datetimes_are_shown_in_the_site_time_zone():
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    assert display_datetime(dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC)) == "1 July 2026, 00:30"


def test_templates_use_the_named_formats_only():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        for fmt in re.findall(r"""\|date:["']([^"']*)["']""", path.read_text()):
            if fmt not in ALLOWED_TEMPLATE_FORMATS:
                offenders.append(f"{path.relative_to(ROOT)}: {fmt}")
    assert offenders == []


def test_template_filter_uses_the_site_format():
    rendered = Template('{{ d|date:"DATE_FORMAT" }} · {{ t|date:"DATETIME_FORMAT" }}').render(
        Context({"d": dt.date(2027, 1, 9), "t": dt.datetime(2027, 1, 9, 14, 0)})
    )
    assert rendered == "9 January 2027 · 9 January 2027, 14:00"


def test_app_messages_do_not_hand_format_dates():
    """f"{when:%Y-%m-%d}" in a user-facing message bypasses the site format."""
    offenders = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            rel = path.relative_to(ROOT)
            if "migrations" in rel.parts or "management" in rel.parts:
                continue
            if rel.as_posix() in MACHINE_READABLE:
                continue
            text = path.read_text()
            for match in re.finditer(r"\{[^{}\n]*:%[A-Za-z]", text):
                offenders.append(f"{rel}: {match.group(0)}")
            if re.search(r"dateformat\.format\(", text):
                offenders.append(f"{rel}: dateformat.format")
    assert offenders == []
