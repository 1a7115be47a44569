"""The quiz step of load_curriculum: shipped cases and quizzes, idempotency, versioning, errors."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from content.loader import load_curriculum
from core.curriculum import CurriculumError
from quizzes.loader import CURRICULUM_REVIEWER_EMAIL
from quizzes.models import (
    CaseSource,
    CaseStatus,
    PostCase,
    PostCaseReview,
    Question,
    QuestionType,
    Quiz,
    QuizQuestion,
)
from quizzes.services.attempts import attempt_start, attempt_submit
from quizzes.services.cases import CURRICULUM_PROVENANCE
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SHIPPED = Path(settings.BASE_DIR) / "content" / "curriculum"


def snapshot():
    return (
        sorted(PostCase.objects.values_list("slug", "version", "status", "text", "source_hash")),
        sorted(Question.objects.values_list("pk", "post_case_id", "stem")),
        sorted(QuizQuestion.objects.values_list("quiz_id", "question_id", "sort_order")),
        sorted(Quiz.objects.values_list("pk", "title", "source_hash")),
        PostCaseReview.objects.count(),
    )


@pytest.fixture
def root(tmp_path) -> Path:
    """A small copy of the shipped curriculum: module 01 and its six cases."""
    target = tmp_path / "curriculum"
    target.mkdir()
    for name in ("credit_types.yaml",):
        if (SHIPPED / name).exists():
            shutil.copy(SHIPPED / name, target / name)
    shutil.copytree(
        SHIPPED / "01-social-media-in-healthcare", target / "01-social-media-in-healthcare"
    )
    (target / "cases").mkdir()
    for path in sorted((SHIPPED / "cases").glob("1*.yaml")):
        shutil.copy(path, target / "cases" / path.name)
    return target


def test_shipped_curriculum_loads_every_case_and_quiz():
    load_curriculum(root=SHIPPED)
    case_files = list((SHIPPED / "cases").glob("*.yaml"))
    quiz_files = list(SHIPPED.glob("*/quiz.yaml"))
    assert case_files and PostCase.objects.published().count() == len(case_files)
    assert Quiz.objects.filter(course__isnull=False).count() == len(quiz_files)
    # Every case went through the workflow honestly and its raw text is gone.
    assert not PostCase.objects.exclude(raw_text="").exists()
    assert set(PostCase.objects.values_list("provenance_note", flat=True)) == {
        CURRICULUM_PROVENANCE
    }
    assert set(PostCase.objects.values_list("source", flat=True)) == {CaseSource.CURRICULUM}
    approvals = PostCaseReview.objects.filter(action="approved")
    assert approvals.count() == len(case_files)
    assert set(approvals.values_list("actor__email", flat=True)) == {CURRICULUM_REVIEWER_EMAIL}
    # Every spot key maps to tokens of the anonymized text.
    spots = Question.objects.filter(type=QuestionType.SPOT).prefetch_related("choices")
    assert spots.count() >= 20
    for q in spots:
        tokens = q.post_case.tokens()
        for span in q.choices.all():
            assert span.tokens, (q.post_case.slug, span.text)
            covered = " ".join(tokens[i].text for i in span.tokens)
            assert span.text.split()[0].lower() in covered.lower()
    # A quiz is takeable end to end.
    quiz = Quiz.objects.select_related("course").first()
    user = UserFactory()
    from courses.services import enrollment_create

    enrollment_create(user=user, course=quiz.course)
    started = attempt_start(user=user, quiz=quiz)
    assert len(started.questions) == sum(pool.draw for pool in quiz.pools.all())
    assert attempt_submit(attempt=started.attempt, user=user, answers=[]).score == 0


def test_rerun_changes_nothing(root):
    load_curriculum(root=root)
    before = snapshot()
    load_curriculum(root=root)
    assert snapshot() == before


def _edit_case(root, slug_prefix, old, new):
    path = next((root / "cases").glob(f"{slug_prefix}*.yaml"))
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_edited_case_without_attempts_updates_in_place(root):
    load_curriculum(root=root)
    case = PostCase.objects.get(slug="icu-shift-vent")
    question_ids = list(case.questions.values_list("pk", flat=True))
    _edit_case(root, "101", "I am DONE", "I am so DONE")
    load_curriculum(root=root)
    case.refresh_from_db()
    assert PostCase.objects.filter(slug="icu-shift-vent").count() == 1
    assert case.status == CaseStatus.PUBLISHED and "so DONE" in case.text and case.raw_text == ""
    assert list(case.questions.values_list("pk", flat=True)) == question_ids
    assert list(case.reviews.values_list("action", flat=True)).count("approved") == 2


def test_edited_case_with_attempts_becomes_a_new_version(root):
    load_curriculum(root=root)
    quiz = Quiz.objects.get()
    from courses.services import enrollment_create

    user = UserFactory()
    enrollment_create(user=user, course=quiz.course)
    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=[])
    # Edit a case the attempt was served (pool quizzes draw only some of the cases).
    old = started.questions[0].case
    path = next(
        p for p in (root / "cases").glob("*.yaml") if f"slug: {old.slug}\n" in p.read_text()
    )
    _edit_case(root, path.name[:3], f"author_role: {old.author_role}", "author_role: Edited role")
    load_curriculum(root=root)
    old.refresh_from_db()
    new = PostCase.objects.get(slug=old.slug, version=2)
    assert old.status == CaseStatus.RETIRED and new.status == CaseStatus.PUBLISHED
    assert new.author_role == "Edited role"
    quiz_questions = set(
        QuizQuestion.objects.filter(quiz=quiz).values_list("question_id", flat=True)
    )
    assert set(new.questions.values_list("pk", flat=True)) <= quiz_questions
    assert not set(old.questions.values_list("pk", flat=True)) & quiz_questions
    # The past attempt still shows what it served.
    from quizzes.selectors import attempt_served

    started.attempt.refresh_from_db()
    assert attempt_served(attempt=started.attempt)[0].case.pk == old.pk


def test_missing_key_phrase_stops_the_load_and_writes_nothing(root):
    _edit_case(
        root,
        "101",
        "- crashed his motorcycle into the church fountain",
        "- a phrase that is not there",
    )
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value) == (
        f"{root / 'cases' / '101-icu-shift-vent.yaml'}: question 2: key phrase "
        "'a phrase that is not there' not found in the anonymized text"
    )
    assert not PostCase.objects.exists() and not Quiz.objects.exists()


def test_unknown_case_in_quiz_is_refused(root):
    quiz_file = root / "01-social-media-in-healthcare" / "quiz.yaml"
    quiz_file.write_text(quiz_file.read_text().replace("- icu-shift-vent", "- no-such-case", 1))
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value).endswith("quiz.yaml: unknown case(s): no-such-case")


def test_removed_case_file_retires_the_case(root):
    load_curriculum(root=root)
    quiz_file = root / "01-social-media-in-healthcare" / "quiz.yaml"
    quiz_file.write_text(quiz_file.read_text().replace("  - sponsored-knee-brace\n", ""))
    next((root / "cases").glob("106*.yaml")).unlink()
    load_curriculum(root=root)
    assert PostCase.objects.get(slug="sponsored-knee-brace").status == CaseStatus.RETIRED
