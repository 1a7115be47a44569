"""Extension points of the learner pages for the apps above ``courses``.

Higher apps register functions with Wagtail's hook registry in their ``wagtail_hooks.py`` (imports
still point down: they import from courses, never the reverse).

``my_learning_sections`` — ``fn(*, request, enrollments) -> list[dict]``; each dict is
    ``{"template": "certificates/_my_learning.html", "context": {...}, "placement": "top"}``
    (placement "top" = above "In progress", e.g. compliance's assigned courses with due dates;
    "bottom" = after "Completed", e.g. quiz attempts or certificates). Rendered in order.

``my_learning_enrollment_links`` — ``fn(*, request, enrollments) -> dict[int, list[dict]]``
    mapping an enrollment id to links ``{"label": "Download certificate", "url": "..."}`` shown on
    that course's row (quiz: "Take the final quiz"; certificates: "Download certificate").
    Called once with every enrollment on the page, so query in bulk.

``my_learning_enrollment_due`` — ``fn(*, request, enrollments) -> dict[int, dict]`` mapping an
    enrollment id to what an institution requires of it: ``{"due_on": date, "assigned_by": str,
    "status": str, "badge": css class, "overdue": bool}`` (compliance). Shown on that course's
    row, so an assigned course appears once, with its due date.

``completion_renewal_months`` — ``fn(*, institution_id, course_id) -> int | None``: how many
    months a certificate of this course earned within this institution stays valid (compliance:
    the longest renewal period of the institution's active requirements for the course). Asked
    once, when the completion is recorded; the answer is snapshotted on
    ``Completion.renewal_months`` and travels down to the certificate as a value.

Course and lesson pages: register on ``content.selectors.LEARNER_CONTEXT_HOOK``
(``fn(*, page, request, context) -> dict``) to add ``final_quiz_url`` and ``final_quiz_status``
(shown on the course page and after the last lesson).
"""

from wagtail import hooks

MY_LEARNING_SECTIONS = "my_learning_sections"
MY_LEARNING_ENROLLMENT_LINKS = "my_learning_enrollment_links"
MY_LEARNING_ENROLLMENT_DUE = "my_learning_enrollment_due"
COMPLETION_RENEWAL_MONTHS = "completion_renewal_months"


def my_learning_sections(*, request, enrollments) -> dict[str, list[dict]]:
    placed: dict[str, list[dict]] = {"top": [], "bottom": []}
    for fn in hooks.get_hooks(MY_LEARNING_SECTIONS):
        for section in fn(request=request, enrollments=enrollments) or []:
            placed.get(section.get("placement", "bottom"), placed["bottom"]).append(section)
    return placed


def my_learning_enrollment_links(*, request, enrollments) -> dict[int, list[dict]]:
    links: dict[int, list[dict]] = {}
    for fn in hooks.get_hooks(MY_LEARNING_ENROLLMENT_LINKS):
        for enrollment_id, items in (fn(request=request, enrollments=enrollments) or {}).items():
            links.setdefault(enrollment_id, []).extend(items)
    return links


def my_learning_enrollment_due(*, request, enrollments) -> dict[int, dict]:
    due: dict[int, dict] = {}
    for fn in hooks.get_hooks(MY_LEARNING_ENROLLMENT_DUE):
        due.update(fn(request=request, enrollments=enrollments) or {})
    return due


def completion_renewal_months(*, institution_id: int | None, course_id: int) -> int | None:
    """The longest renewal period any registered app answers for (None: never expires)."""
    if institution_id is None:
        return None
    answers = [
        fn(institution_id=institution_id, course_id=course_id)
        for fn in hooks.get_hooks(COMPLETION_RENEWAL_MONTHS)
    ]
    return max((m for m in answers if m), default=None)
