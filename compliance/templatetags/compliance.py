from django import template
from django.utils.html import format_html

from compliance.selectors import ComplianceStatus

register = template.Library()


@register.simple_tag
def status_badge(row) -> str:
    """The row's status as a badge, plus "Expiring" when its certificate lapses within 30 days."""
    html = format_html(
        '<span class="badge {}">{}</span>',
        ComplianceStatus.BADGE.get(row.status, ""),
        ComplianceStatus.LABELS.get(row.status, row.status),
    )
    if getattr(row, "expiring_soon", False):
        html += format_html(' <span class="badge badge-warn">{}</span>', "Expiring")
    return html


@register.simple_tag
def days_overdue(row, today) -> str:
    """Whole days past the due date for an overdue row, else a dash."""
    if row.status != ComplianceStatus.OVERDUE:
        return "—"
    return str((today - row.due_on).days)


@register.filter
def for_course(learning: dict, course_id: int) -> dict:
    """``learning|for_course:row.requirement.course_id`` on the member page."""
    return (learning or {}).get(course_id, {})
