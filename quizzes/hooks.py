"""Extension point of the quiz result page for the apps above ``quizzes``.

``quiz_result_panels`` — ``fn(*, request, attempt) -> list[dict]``; each dict is
    ``{"template": "certificates/_course_complete.html", "context": {...}}``, rendered at the top
    of the result page of a submitted attempt (e.g. certificates' "course complete" moment with
    the certificate, the credit claim and the share actions). Higher apps register in their
    ``wagtail_hooks.py``; imports point down.
"""

from __future__ import annotations

from wagtail import hooks

QUIZ_RESULT_PANELS = "quiz_result_panels"


def quiz_result_panels(*, request, attempt) -> list[dict]:
    panels: list[dict] = []
    for fn in hooks.get_hooks(QUIZ_RESULT_PANELS):
        panels.extend(fn(request=request, attempt=attempt) or [])
    return panels
