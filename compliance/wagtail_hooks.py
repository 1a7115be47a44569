"""What compliance adds to a learner's My learning page: due dates and statuses on required
courses, required courses not started yet, the private calendar feed, pending invitations."""

from django.urls import reverse
from wagtail import hooks

from .calendar import calendar_feed_token
from .selectors import (
    ComplianceStatus,
    learner_open_requirements,
    requirement_recurrence_months,
)


@hooks.register("my_learning_enrollment_due")
def compliance_enrollment_due(*, request, enrollments) -> dict[int, dict]:
    """Due date, status and who assigned it, on the row of each required course."""
    if not getattr(request.user, "is_authenticated", False):
        return {}
    by_course = {e.course_id: e.pk for e in enrollments}
    due: dict[int, dict] = {}
    for row in learner_open_requirements(user=request.user):
        enrollment_id = by_course.get(row.requirement.course_id)
        if enrollment_id is not None and enrollment_id not in due:
            due[enrollment_id] = {
                "due_on": row.due_on,
                "assigned_by": row.membership.institution.name,
                "status": ComplianceStatus.LABELS.get(row.status, row.status),
                "badge": ComplianceStatus.BADGE.get(row.status, ""),
                "overdue": row.status == ComplianceStatus.OVERDUE,
            }
    return due


@hooks.register("my_learning_sections")
def compliance_my_learning(*, request, enrollments) -> list[dict]:
    """Required courses the learner is not enrolled in yet (the others show on their row), and
    the private calendar feed of their due dates."""
    if not getattr(request.user, "is_authenticated", False):
        return []
    rows = learner_open_requirements(user=request.user)
    if not rows:
        return []
    enrolled = {e.course_id for e in enrollments}
    items = [
        {
            "course": row.requirement.course,
            "institution": row.membership.institution.name,
            "due_on": row.due_on,
            "row": row,
        }
        for row in rows
        if row.requirement.course_id not in enrolled
    ]
    feed = reverse("compliance:calendar-feed", args=[calendar_feed_token(request.user)])
    sections = [
        {
            "template": "institutions/_my_learning_calendar.html",
            "context": {"feed_url": request.build_absolute_uri(feed)},
            "placement": "bottom",
        }
    ]
    if items:
        sections.insert(
            0,
            {
                "template": "institutions/_my_learning.html",
                "context": {"items": items},
                "placement": "top",
            },
        )
    return sections


@hooks.register("my_learning_sections")
def invitations_my_learning(*, request, enrollments) -> list[dict]:
    """Invitations waiting for the learner's answer, each linking to its accept page."""
    user = request.user
    if not getattr(user, "is_authenticated", False):
        return []
    pending = list(
        user.memberships.filter(invitation_pending=True)
        .select_related("institution")
        .order_by("institution__name")
    )
    if not pending:
        return []
    return [
        {
            "template": "institutions/_my_invitations.html",
            "context": {"invitations": pending},
            "placement": "top",
        }
    ]


@hooks.register("completion_renewal_months")
def completion_renewal_months(*, institution_id: int, course_id: int) -> int | None:
    """A course completed within an institution that requires it every M months: its
    certificate expires M months after completion (the longest such period)."""
    return requirement_recurrence_months(institution=institution_id, course=course_id)
