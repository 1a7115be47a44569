"""Synthetic load data for benchmarks (``manage.py generate_load --size S|M|L``).

In the spirit of Moodle's ``tool_generator``: fixed sizes, seeded (the same size and seed give
the same rows), bulk inserts in batches, and only the real models, so the benchmarks read what
production reads. The curriculum must be loaded first (``manage.py load_curriculum``): courses,
lessons and final quizzes are the real ones.

Per institution: departments, one admin, ~2% managers, learners; every member is required to
take up to three courses (one recurring every 12 months). Each assignment is drawn into one
outcome so the proportions hold at every size:

===================  =====  ==========================================================
outcome              share  rows
===================  =====  ==========================================================
completed            60%    enrollment, every lesson, a passing attempt (a quarter after
                            one failed attempt), completion, certificate (recurring
                            requirement: 1 in 5 completed over a year ago = expired)
in progress          15%    enrollment, some lessons, 1 in 3 a failed attempt; not yet due
overdue, started      5%    enrollment, some lessons; due date passed
overdue, not started  5%    no enrollment; due date passed
not started          15%    no enrollment; not yet due
===================  =====  ==========================================================

So 80% of assignments are enrolled, 60% completed and 10% overdue. On top of that, 10% of
learners self-enrolled in one course nobody required of them.

Everything generated is tagged: users have emails ``...@load.example`` and institutions have
slugs ``load-<size>-<n>``. ``generate_refuse_or_reset`` refuses a second run on the same
database unless asked to delete the earlier load first.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from accounts.models import Profession, User
from certificates.models import Certificate
from compliance.models import Assignment, Audience, DueRule, Requirement
from content.models import CoursePage
from courses.models import Completion, Enrollment, EnrollmentSource, LessonProgress
from institutions.models import Department, Institution, InstitutionKind, Membership, Role
from quizzes.models import Attempt, Quiz

EMAIL_DOMAIN = "load.example"
SLUG_PREFIX = "load-"
# Every generated user can log in with this password (benchmarks sign in as them).
PASSWORD = "load-test-password"  # noqa: S105 - synthetic accounts in benchmark databases only
BATCH = 2000


@dataclass(frozen=True)
class Size:
    code: str
    institutions: int
    members: int  # in all institutions together

    @property
    def per_institution(self) -> int:
        return self.members // self.institutions


SIZES: dict[str, Size] = {
    "S": Size("S", 1, 100),
    "M": Size("M", 5, 5_000),
    "L": Size("L", 20, 50_000),
}

OUTCOMES: list[tuple[str, int]] = [
    ("completed", 60),
    ("in_progress", 15),
    ("overdue_started", 5),
    ("overdue_not_started", 5),
    ("not_started", 15),
]
DEPARTMENTS = [
    "Emergency",
    "Intensive care",
    "Medicine",
    "Surgery",
    "Paediatrics",
    "Pharmacy",
    "Oncology",
    "Radiology",
]
FIRST = "Ada Ben Cai Dara Eli Fen Gus Hana Ivo Jun Kai Lena Milo Nia Omar Pia Quin Rosa Sami Tove"
LAST = "Abara Berg Chen Diaz Evans Farah Gupta Holm Ito Jensen Kaur Lind Moreau Ng Okafor Patel"
PROFESSIONS = [
    (Profession.NURSE, 45),
    (Profession.PHYSICIAN, 20),
    (Profession.PHARMACIST, 8),
    (Profession.ALLIED_HEALTH, 15),
    (Profession.STUDENT, 7),
    (Profession.OTHER, 5),
]
# Requirements per institution: (due days, recurrence in months).
REQUIREMENT_RULES = [(30, 12), (60, None), (90, None)]


class LoadExists(Exception):
    """The database already holds generated load data."""


@dataclass
class LoadStats:
    counts: Counter = field(default_factory=Counter)

    def add(self, name: str, n: int) -> None:
        self.counts[name] += n


@dataclass
class _Course:
    page: CoursePage
    lesson_ids: list[int]
    quiz: Quiz | None
    served: list[dict]


def _batched(items: list, size: int = BATCH) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _bulk(model, rows: list, stats: LoadStats, name: str) -> list:
    """bulk_create in batches; the primary keys come back (PostgreSQL and SQLite both return
    them)."""
    out: list = []
    for chunk in _batched(rows):
        out.extend(model.objects.bulk_create(chunk, batch_size=BATCH))
    stats.add(name, len(rows))
    return out


def _weighted(rng: random.Random, choices: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _code(rng: random.Random) -> str:
    """A certificate code shaped like certificates.codes.generate_code (base32 of 20 bytes),
    drawn from the seeded generator so reruns give the same codes."""
    return base64.b32encode(rng.randbytes(20)).decode("ascii")


def existing_load() -> list[str]:
    """Slugs of generated institutions already in the database."""
    return list(
        Institution.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True)
    )


@transaction.atomic
def load_delete() -> Counter:
    """Delete every generated row (history tables are PROTECTed, so children go first)."""
    users = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
    deleted: Counter = Counter()
    steps: list[tuple[str, Callable[[], tuple[int, dict]]]] = [
        ("certificates", lambda: Certificate.objects.filter(user__in=users).delete()),
        ("attempts", lambda: Attempt.objects.filter(user__in=users).delete()),
        ("completions", lambda: Completion.objects.filter(user__in=users).delete()),
        ("enrollments", lambda: Enrollment.objects.filter(user__in=users).delete()),
        (
            "institutions",
            lambda: Institution.objects.filter(slug__startswith=SLUG_PREFIX).delete(),
        ),
        ("users", lambda: users.delete()),
    ]
    for name, step in steps:
        deleted[name] = step()[0]
    return deleted


def _courses() -> list[_Course]:
    pages = list(CoursePage.objects.live().select_related("credit_type").order_by("path"))
    if not pages:
        raise ValueError(
            "No published courses: load the curriculum first (python manage.py load_curriculum)."
        )
    quizzes = {q.course_id: q for q in Quiz.objects.filter(course__in=pages)}
    courses = []
    for page in pages:
        quiz = quizzes.get(page.pk)
        served: list[dict] = []
        if quiz is not None:
            for qq in quiz.quiz_questions.select_related("question").order_by("sort_order"):
                choice_ids = list(qq.question.choices.values_list("pk", flat=True))
                served.append({"question": qq.question_id, "choices": choice_ids})
        courses.append(
            _Course(
                page=page,
                lesson_ids=list(page.lessons().values_list("pk", flat=True)),
                quiz=quiz,
                served=served,
            )
        )
    return courses


def _aware(day: dt.date, rng: random.Random) -> dt.datetime:
    moment = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randrange(0, 600))
    return timezone.make_aware(moment, dt.UTC) if settings.USE_TZ else moment


@transaction.atomic
def generate(
    *,
    size: Size,
    seed: int = 42,
    today: dt.date | None = None,
    log: Callable[[str], None] = lambda msg: None,
) -> LoadStats:
    """Generate one size of load data; refuses (LoadExists) if any generated data is there."""
    existing = existing_load()
    if existing:
        raise LoadExists(
            f"This database already has generated load data ({', '.join(sorted(existing)[:3])}"
            f"{'…' if len(existing) > 3 else ''}). Run with --reset to delete it first."
        )
    rng = random.Random(seed)
    today = today or timezone.localdate()
    stats = LoadStats()
    courses = _courses()
    password = make_password(PASSWORD)
    first, last = FIRST.split(), LAST.split()
    code = size.code.lower()

    for i in range(1, size.institutions + 1):
        institution = Institution(
            name=f"Load {size.code} Health {i}",
            slug=f"{SLUG_PREFIX}{code}-{i}",
            kind=InstitutionKind.HOSPITAL if i % 4 else InstitutionKind.SCHOOL,
        )
        institution.full_clean()
        institution.save()
        stats.add("institutions", 1)
        departments = _bulk(
            Department,
            [Department(institution=institution, name=n) for n in DEPARTMENTS],
            stats,
            "departments",
        )

        users = _bulk(
            User,
            [
                User(
                    email=f"{code}{i}-{n:06d}@{EMAIL_DOMAIN}",
                    password=password,
                    first_name=rng.choice(first),
                    last_name=rng.choice(last),
                    display_name="",
                    profession=_weighted(rng, PROFESSIONS),
                )
                for n in range(size.per_institution)
            ],
            stats,
            "users",
        )
        for user in users:
            user.display_name = f"{user.first_name} {user.last_name}"
        User.objects.bulk_update(users, ["display_name"], batch_size=BATCH)

        joined = [today - dt.timedelta(days=rng.randrange(30, 900)) for _ in users]
        memberships = _bulk(
            Membership,
            [
                Membership(
                    user=user,
                    institution=institution,
                    department=None if n == 0 else rng.choice(departments),
                    role=Role.ADMIN if n == 0 else (Role.MANAGER if n % 50 == 1 else Role.LEARNER),
                    job_title="Staff",
                    employee_id=f"E{n:06d}",
                    joined_at=joined[n],
                )
                for n, user in enumerate(users)
            ],
            stats,
            "memberships",
        )

        required = courses[: len(REQUIREMENT_RULES)]
        requirements = []
        for course, (days, months) in zip(required, REQUIREMENT_RULES, strict=False):
            requirement = Requirement(
                institution=institution,
                course=course.page,
                audience=Audience.EVERYONE,
                due_rule=DueRule.AFTER_ASSIGNMENT,
                due_days=days,
                recurrence_months=months,
            )
            requirement.full_clean()
            requirement.save()
            requirements.append(requirement)
        stats.add("requirements", len(requirements))

        _learning(
            rng=rng,
            today=today,
            institution=institution,
            memberships=memberships,
            users=users,
            courses=courses,
            required=list(zip(requirements, required, strict=True)),
            stats=stats,
        )
        log(f"{institution.slug}: {len(users)} members")
    return stats


def _learning(
    *,
    rng: random.Random,
    today: dt.date,
    institution: Institution,
    memberships: list[Membership],
    users: list[User],
    courses: list[_Course],
    required: list[tuple[Requirement, _Course]],
    stats: LoadStats,
) -> None:
    assignments: list[Assignment] = []
    enrollments: list[Enrollment] = []
    # Parallel to enrollments: (outcome, course, user, completed day or None)
    plans: list[tuple[str, _Course, User, dt.date | None]] = []
    for membership, user in zip(memberships, users, strict=True):
        for requirement, course in required:
            outcome = _weighted(rng, OUTCOMES)
            days = requirement.due_days or 30
            expired = (
                outcome == "completed"
                and requirement.recurrence_months is not None
                and rng.random() < 0.2
            )
            if expired:
                # Completed over a year ago under a 12-month renewal: the certificate expired.
                completed_on = today - dt.timedelta(days=rng.randrange(370, 500))
                due_on = completed_on + dt.timedelta(days=rng.randrange(0, days))
            elif outcome.startswith("overdue"):
                due_on = today - dt.timedelta(days=rng.randrange(1, 120))
            elif outcome == "completed":
                due_on = today + dt.timedelta(days=rng.randrange(-300, days))
            else:
                due_on = today + dt.timedelta(days=rng.randrange(1, days + 1))
            assigned_on = due_on - dt.timedelta(days=days)
            assignments.append(
                Assignment(
                    requirement=requirement,
                    membership=membership,
                    assigned_on=assigned_on,
                    due_on=due_on,
                )
            )
            if outcome in ("overdue_not_started", "not_started"):
                continue
            if outcome == "completed" and not expired:
                latest = min(today, due_on + dt.timedelta(days=20))
                completed_on = assigned_on + dt.timedelta(
                    days=rng.randrange(0, max(1, (latest - assigned_on).days + 1))
                )
            elif not expired:
                completed_on = None
            enrollments.append(
                Enrollment(
                    user=user,
                    course=course.page,
                    source=EnrollmentSource.REQUIREMENT,
                    institution=institution,
                    started_at=_aware(assigned_on, rng),
                )
            )
            plans.append((outcome, course, user, completed_on))
        if rng.random() < 0.1 and len(courses) > len(required):
            course = rng.choice(courses[len(required) :])
            enrollments.append(
                Enrollment(
                    user=user,
                    course=course.page,
                    source=EnrollmentSource.SELF,
                    started_at=_aware(today - dt.timedelta(days=rng.randrange(1, 200)), rng),
                )
            )
            plans.append(("in_progress", course, user, None))
    _bulk(Assignment, assignments, stats, "assignments")

    for enrollment, (_, course, _, completed_on) in zip(enrollments, plans, strict=True):
        if completed_on is not None:
            enrollment.completed_at = _aware(completed_on, rng)
            enrollment.quiz_passed_at = enrollment.completed_at if course.quiz else None
            enrollment.last_lesson_id = course.lesson_ids[-1] if course.lesson_ids else None
    enrollments = _bulk(Enrollment, enrollments, stats, "enrollments")

    progress: list[LessonProgress] = []
    attempts: list[Attempt] = []
    completions: list[Completion] = []
    updates: list[Enrollment] = []
    for enrollment, (_, course, user, completed_on) in zip(enrollments, plans, strict=True):
        lessons = course.lesson_ids
        if completed_on is not None:
            done = lessons
        else:
            done = lessons[: rng.randrange(0, len(lessons))] if lessons else []
            if done:
                enrollment.last_lesson_id = done[-1]
                updates.append(enrollment)
        for n, lesson_id in enumerate(done):
            progress.append(
                LessonProgress(
                    enrollment=enrollment,
                    lesson_id=lesson_id,
                    completed_at=enrollment.started_at + dt.timedelta(hours=n + 1),
                )
            )
        if course.quiz is not None:
            tries: list[bool] = []
            if completed_on is not None:
                tries = [False, True] if rng.random() < 0.25 else [True]
            elif done and rng.random() < 1 / 3:
                tries = [False]
            for number, passed in enumerate(tries, start=1):
                submitted = (
                    enrollment.completed_at
                    if passed
                    else enrollment.started_at + dt.timedelta(days=1)
                ) - dt.timedelta(minutes=10 * (len(tries) - number))
                score = Decimal(rng.randrange(80, 101) if passed else rng.randrange(20, 80))
                possible = Decimal(len(course.served) or 1)
                attempts.append(
                    Attempt(
                        user=user,
                        quiz=course.quiz,
                        enrollment=enrollment,
                        number=number,
                        seed=rng.getrandbits(62),
                        served=course.served,
                        started_at=submitted - dt.timedelta(minutes=8),
                        submitted_at=submitted,
                        pass_mark=course.quiz.pass_mark,
                        points_possible=possible,
                        points_earned=(possible * score / 100).quantize(Decimal("0.01")),
                        score=score,
                        passed=passed,
                    )
                )
        if completed_on is not None:
            page = course.page
            completions.append(
                Completion(
                    enrollment=enrollment,
                    user=user,
                    course=page,
                    cycle=1,
                    completed_at=enrollment.completed_at,
                    # Every generated completion gets its certificate below.
                    certified_at=enrollment.completed_at,
                    institution=enrollment.institution,
                    course_title=page.title,
                    course_version=page.version,
                    credit_type=page.credit_type,
                    credit_type_name=page.credit_type.name if page.credit_type else "",
                    credit_amount=page.credit_amount if page.credit_type else None,
                )
            )
    Enrollment.objects.bulk_update(updates, ["last_lesson"], batch_size=BATCH)
    _bulk(LessonProgress, progress, stats, "lesson_progress")
    _bulk(Attempt, attempts, stats, "attempts")
    completions = _bulk(Completion, completions, stats, "completions")
    _bulk(Certificate, list(_certificates(rng, completions, required)), stats, "certificates")


def _certificates(
    rng: random.Random, completions: Iterable[Completion], required: list
) -> Iterator[Certificate]:
    months = {course.page.pk: req.recurrence_months for req, course in required}
    provider = settings.CREDIT_PROVIDER_NAME
    for completion in completions:
        page = completion.course
        credit = page.credit_type
        amount = completion.credit_amount
        recurrence = months.get(page.pk) if completion.institution_id else None
        yield Certificate(
            completion=completion,
            user=completion.user,
            institution=completion.institution,
            code=_code(rng),
            course=page,
            learner_name=completion.user.display_name,
            course_title=completion.course_title,
            course_version=completion.course_version,
            completed_at=completion.completed_at,
            credit_type_slug=credit.slug if credit else "",
            credit_type_name=completion.credit_type_name,
            credit_unit=credit.unit if credit else "",
            designation_statement=credit.designation_for(amount) if credit else "",
            accreditation_statement=credit.accreditation_for() if credit else "",
            provider_name=(credit.provider_name if credit else "") or provider,
            institution_name=completion.institution.name if completion.institution else "",
            credit_max=amount,
            issued_at=completion.completed_at,
            expires_at=(
                completion.completed_at + relativedelta(months=recurrence) if recurrence else None
            ),
        )
