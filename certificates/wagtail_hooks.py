"""Learner hooks of the learning core: the certificates section and per-course links on
"My learning" (courses.hooks; imports point down)."""

from wagtail import hooks

from content.selectors import LEARNER_CONTEXT_HOOK
from courses.hooks import MY_LEARNING_ENROLLMENT_LINKS, MY_LEARNING_SECTIONS
from quizzes.hooks import QUIZ_RESULT_PANELS


@hooks.register(LEARNER_CONTEXT_HOOK)
def course_certificate(*, page, request, context):
    """The certificate on the course page once the course is complete."""
    from .selectors import certificate_for_completed_course

    if page is not context.get("course"):
        return {}
    certificate = certificate_for_completed_course(
        user=request.user, enrollment=context.get("enrollment")
    )
    return {"course_certificate": certificate} if certificate else {}


@hooks.register(MY_LEARNING_SECTIONS)
def certificates_section(*, request, enrollments):
    from .selectors import certificates_for_user

    certificates = list(certificates_for_user(user=request.user))
    if not certificates:
        return []
    return [
        {
            "template": "certificates/_my_learning_section.html",
            "context": {"certificates": certificates},
            "placement": "bottom",
        }
    ]


@hooks.register(MY_LEARNING_ENROLLMENT_LINKS)
def certificate_links(*, request, enrollments):
    from .selectors import certificate_links_for_enrollments

    return certificate_links_for_enrollments(
        user=request.user, enrollment_ids=[e.pk for e in enrollments]
    )


@hooks.register(QUIZ_RESULT_PANELS)
def course_complete_panel(*, request, attempt):
    """The "course complete" moment on the result of the attempt that completed the course:
    the certificate, the credit claim (evaluation and attestation first) and the share actions."""
    from .selectors import course_complete_moment

    moment = course_complete_moment(user=request.user, attempt=attempt)
    if moment is None:
        return []
    return [{"template": "certificates/_course_complete.html", "context": moment}]
