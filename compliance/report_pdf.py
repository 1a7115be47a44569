"""The printable compliance report (PDF) an auditor asks for: overall figures, by department,
by requirement, and every overdue member, for the reader's scope (a manager: their departments).
Drawn with reportlab and the certificates' Unicode fonts, so any name prints."""

from __future__ import annotations

import datetime as dt
import io

from django.conf import settings
from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from certificates.fonts import SANS, SANS_BOLD, markup
from certificates.pdf import data_table
from core.formatting import display_date, display_datetime
from institutions.models import Institution

from .selectors import ComplianceStatus, compliance_rows, compliance_summary, order_rows

MAX_OVERDUE_ROWS = 2000
_MUTED = colors.HexColor("#52606d")


def _style(name: str, **kw) -> ParagraphStyle:
    values = {"fontName": SANS, "fontSize": 9, "leading": 11.5, **kw}
    return ParagraphStyle(name, **values)


def _table(header: list[str], rows: list[list[str]], widths: list[float]):
    return data_table(header, rows, widths, font_size=9, leading=11.5, style=_style)


def _figures(entry: dict) -> list[str]:
    c = entry["counts"]
    return [
        entry["name"],
        f"{entry['percent']}%",
        str(entry["compliant"]),
        str(c[ComplianceStatus.OVERDUE]),
        str(c[ComplianceStatus.EXPIRED]),
        str(c[ComplianceStatus.DUE_SOON]),
        str(entry["total"]),
    ]


def compliance_report_pdf(
    *,
    institution: Institution,
    department_ids: list[int] | None = None,
    scope_label: str = "",
    now: dt.datetime | None = None,
) -> bytes:
    now = now or timezone.now()
    summary = compliance_summary(institution=institution, department_ids=department_ids, now=now)
    overdue = order_rows(
        compliance_rows(
            institution=institution,
            department_ids=department_ids,
            status=ComplianceStatus.OVERDUE,
            now=now,
        ),
        "due",
    )[:MAX_OVERDUE_ROWS]
    buf = io.BytesIO()
    width, _height = landscape(A4)
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        invariant=1,
        initialFontName=SANS,
        leftMargin=0.6 * inch,
        rightMargin=0.6 * inch,
        topMargin=0.6 * inch,
        bottomMargin=0.6 * inch,
        title=f"Compliance report — {institution.name}",
        author=settings.PLATFORM_NAME,
    )
    usable = width - 1.2 * inch
    h1 = _style("h1", fontName=SANS_BOLD, fontSize=18, leading=22)
    h2 = _style("h2", fontName=SANS_BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    sub = _style("sub", textColor=_MUTED)
    header = ["", "Compliant %", "Completed", "Overdue", "Expired", "Due soon", "Total"]
    widths = [usable * 0.4] + [usable * 0.1] * 6
    story = [
        Paragraph(markup(f"Compliance report — {institution.name}", SANS_BOLD), h1),
        Paragraph(
            markup(
                f"As of {display_datetime(now)} · {scope_label or 'All departments'} · "
                f"{settings.PLATFORM_NAME}",
                SANS,
            ),
            sub,
        ),
        Spacer(1, 8),
        Paragraph(
            markup(
                f"{summary['percent']}% compliant: {summary['compliant']} of "
                f"{summary['total']} required courses completed and in date.",
                SANS_BOLD,
            ),
            _style("lead", fontName=SANS_BOLD, fontSize=11, leading=14),
        ),
        Paragraph(markup("By department", SANS_BOLD), h2),
        _table(
            ["Department", *header[1:]], [_figures(d) for d in summary["by_department"]], widths
        ),
        Paragraph(markup("By requirement", SANS_BOLD), h2),
        _table(["Course", *header[1:]], [_figures(r) for r in summary["by_requirement"]], widths),
        Paragraph(
            markup(f"Overdue ({summary['counts'][ComplianceStatus.OVERDUE]})", SANS_BOLD), h2
        ),
    ]
    today = timezone.localdate(now)
    rows = [
        [
            row.membership.user.name,
            row.membership.employee_id or "—",
            row.membership.department.name if row.membership.department else "—",
            row.requirement.course.title,
            display_date(row.due_on),
            str((today - row.due_on).days),
        ]
        for row in overdue
    ]
    if rows:
        story.append(
            _table(
                ["Member", "Employee id", "Department", "Course", "Due", "Days overdue"],
                rows,
                [usable * w for w in (0.2, 0.12, 0.16, 0.3, 0.12, 0.1)],
            )
        )
    else:
        story.append(Paragraph(markup("No member is overdue.", SANS), _style("none")))
    doc.build(story)
    return buf.getvalue()
