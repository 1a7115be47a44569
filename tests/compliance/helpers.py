"""Builders for compliance tests: requirements, progress and certificates without the web."""

import datetime as dt
import secrets

from django.utils import timezone

from certificates.models import Certificate
from compliance.models import Assignment, Requirement
from courses.models import Completion, Enrollment
from tests.factories import make_course, make_lesson  # noqa: F401


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def requirement(institution, course=None, **fields) -> Requirement:
    values = {"due_rule": "after_assignment", "due_days": 30, "audience": "everyone"}
    values.update(fields)
    departments = values.pop("departments", None)
    r = Requirement.objects.create(
        institution=institution, course=course or make_course(), **values
    )
    if departments:
        r.departments.set(departments)
    return r


def assign(req: Requirement, membership, *, assigned_on: dt.date, due_on: dt.date | None = None):
    return Assignment.objects.create(
        requirement=req,
        membership=membership,
        assigned_on=assigned_on,
        due_on=due_on or assigned_on + dt.timedelta(days=req.due_days or 0),
    )


def start(user, course, *, institution=None) -> Enrollment:
    enrollment, _ = Enrollment.objects.get_or_create(
        user=user, course=course, defaults={"source": "requirement", "institution": institution}
    )
    enrollment.last_lesson = course.lessons().first()
    enrollment.save(update_fields=["last_lesson"])
    return enrollment


def certify(
    user,
    course,
    *,
    issued_at: dt.datetime,
    expires_at: dt.datetime | None = None,
    revoked: bool = False,
) -> Certificate:
    enrollment, _ = Enrollment.objects.get_or_create(user=user, course=course)
    cycle = Completion.objects.filter(enrollment=enrollment).count() + 1
    completion = Completion.objects.create(
        enrollment=enrollment,
        user=user,
        course=course,
        cycle=cycle,
        completed_at=issued_at,
        course_title=course.title,
        course_version=course.version,
    )
    return Certificate.objects.create(
        completion=completion,
        user=user,
        course=course,
        code=secrets.token_hex(16).upper(),
        learner_name=user.name,
        course_title=course.title,
        course_version=course.version,
        completed_at=issued_at,
        provider_name="Ethos",
        issued_at=issued_at,
        expires_at=expires_at,
        revoked_at=issued_at if revoked else None,
        revoked_reason="Issued in error." if revoked else "",
    )
