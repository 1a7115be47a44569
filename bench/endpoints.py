"""What the benchmarks measure, and as whom: shared by bench/load_bench.py (HTTP load through
gunicorn) and bench/query_counts.py (queries per request at two data sizes).

``targets()`` must run inside Django, against a database holding the curriculum and
``generate_load`` data. It picks the first generated institution's admin, learners enrolled in
the first required course, that course's first lesson and final quiz, and a valid certificate.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from bench.loadgen import SLUG_PREFIX


@dataclass
class Targets:
    institution_slug: str
    catalog_path: str
    lesson_path: str
    quiz_id: int
    answers: list[dict]
    verify_path: str
    compliance_path: str
    learner_id: int
    admin_id: int
    quiz_learner_ids: list[int] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def served_answers(answers: list[dict], start_payload: dict) -> list[dict]:
    """The answers to the questions an attempt served (pool quizzes draw a subset per attempt;
    an answer to anything else is refused)."""
    served = {q["id"] for q in start_payload["questions"]}
    return [a for a in answers if a["question"] in served]


def correct_answers(quiz) -> list[dict]:
    """The right answer to every question of ``quiz`` (fixed or pool member), in the API's
    submit shape; filter it with ``served_answers`` for one attempt."""
    from quizzes.models import QuestionType

    out = []
    for qq in quiz.quiz_questions.select_related("question").order_by("sort_order"):
        q = qq.question
        choices = list(q.choices.all())
        if q.type == QuestionType.SPOT:
            out.append({"question": q.pk, "tokens": sorted({t for c in choices for t in c.tokens})})
        elif q.type == QuestionType.ORDER:
            ordered = sorted(choices, key=lambda c: (c.sort_order, c.pk))
            out.append({"question": q.pk, "order": [c.pk for c in ordered]})
        else:
            out.append({"question": q.pk, "choices": [c.pk for c in choices if c.is_correct]})
    return out


def targets(*, quiz_learners: int = 8) -> Targets:
    from certificates.models import Certificate
    from compliance.models import Requirement
    from courses.models import Enrollment
    from institutions.models import Institution, Membership, Role
    from quizzes.models import Quiz

    institution = Institution.objects.filter(slug__startswith=SLUG_PREFIX).order_by("slug").first()
    if institution is None:
        raise SystemExit("No generated load data: run manage.py generate_load --size S|M first.")
    requirement = (
        Requirement.objects.filter(institution=institution, course__final_quiz__isnull=False)
        .select_related("course")
        .order_by("id")
        .first()
    )
    course = requirement.course
    quiz = Quiz.objects.get(course=course)
    lesson = course.lessons().first()
    enrolled = (
        # Learners who completed the course: a passing submit then changes no completion state,
        # so every size (and every repeat under load) takes the same path.
        Enrollment.objects.filter(
            course=course,
            completed_at__isnull=False,
            user__memberships__institution=institution,
            user__memberships__role=Role.LEARNER,
        )
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    learner_ids = list(enrolled[: quiz_learners + 1])
    admin = Membership.objects.get(institution=institution, role=Role.ADMIN)
    certificate = (
        Certificate.objects.filter(
            institution=institution, revoked_at__isnull=True, expires_at__isnull=True
        )
        .order_by("pk")
        .first()
    )
    return Targets(
        institution_slug=institution.slug,
        catalog_path="/catalog/",
        lesson_path=lesson.url,
        quiz_id=quiz.pk,
        answers=correct_answers(quiz),
        verify_path=f"/verify/{certificate.code}/",
        compliance_path=f"/api/v1/institutions/{institution.slug}/compliance/",
        learner_id=learner_ids[0],
        admin_id=admin.user_id,
        quiz_learner_ids=learner_ids[1:],
    )


def journey_paths() -> list[str]:
    """Every page a learner reads: the catalog, each catalog course and each of its live
    lessons (bench/load_bench.py's journeys)."""
    from content.models import CatalogPage
    from content.selectors import catalog_courses

    paths = [CatalogPage.objects.live().get().url]
    for course in catalog_courses():
        paths.append(course.url)
        paths.extend(lesson.url for lesson in course.lessons())
    return paths


def journey_learner_ids(count: int, *, exclude: list[int]) -> list[int]:
    """``count`` learners of the first generated institution (enrolled or not, as generated),
    leaving out ``exclude`` (the learners other endpoints use)."""
    from institutions.models import Institution, Membership, Role

    institution = Institution.objects.filter(slug__startswith=SLUG_PREFIX).order_by("slug").first()
    ids = (
        Membership.objects.filter(institution=institution, role=Role.LEARNER)
        .exclude(user_id__in=exclude)
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    return list(ids[:count])
