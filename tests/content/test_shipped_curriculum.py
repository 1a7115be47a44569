"""The shipped curriculum (content/curriculum/) as a whole: it loads on a fresh database, a rerun
changes nothing, and every course, question and case meets the bar the curriculum promises."""

import pytest
from wagtail.models import Revision

from content.loader import load_curriculum
from content.models import CoursePage, LessonPage
from content.selectors import course_final_quiz_id
from quizzes.anonymize import anonymize
from quizzes.models import PostCase, Question, QuestionType, Quiz

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def _state():
    return (
        sorted(CoursePage.objects.values_list("slug", "live", "latest_revision_id")),
        sorted(LessonPage.objects.values_list("slug", "live", "latest_revision_id")),
        Revision.objects.count(),
        sorted(PostCase.objects.values_list("slug", "version", "status", "text")),
        Question.objects.count(),
        sorted(Quiz.objects.values_list("pk", "title")),
    )


def test_whole_curriculum_loads_idempotently_and_meets_the_bar():
    courses = load_curriculum()
    first = _state()
    load_curriculum()
    assert _state() == first, "a second load_curriculum changed the database"

    assert len(courses) >= 6
    for slug, course in courses.items():
        course.refresh_from_db()
        lessons = list(course.lessons())
        assert 3 <= len(lessons) <= 5, f"{slug}: {len(lessons)} lessons"
        assert course.objective_list, f"{slug}: no learning objectives"
        assert course.reference_list, f"{slug}: no references"
        assert course.credit_type_id is not None, f"{slug}: no credit designation"
        assert course_final_quiz_id(course) is not None, f"{slug}: no final quiz"
        # Contract §5: the course adds quiz time to its lessons' reading time (the exact rule
        # is checked in test_curriculum_rules.py).
        assert course.estimated_minutes >= sum(lesson.estimated_minutes for lesson in lessons), (
            f"{slug}: course minutes are less than the sum of its lessons"
        )

    questions = Question.objects.prefetch_related("choices")
    for q in questions:
        choices = list(q.choices.all())
        assert choices, f"question {q.pk} has no options"
        assert q.explanation.strip(), f"question {q.pk} has no explanation"
        if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            correct = [c for c in choices if c.is_correct]
            expected = 1 if q.type == QuestionType.SINGLE else range(2, len(choices))
            assert len(correct) in (expected if isinstance(expected, range) else [expected]), (
                f"question {q.pk} ({q.type}) has {len(correct)} correct options"
            )
            missing = [c.pk for c in choices if not c.feedback.strip()]
            assert not missing, f"question {q.pk}: options without feedback {missing}"
        if q.type == QuestionType.ORDER:
            missing = [c.pk for c in choices if not c.feedback.strip()]
            assert not missing, f"question {q.pk}: steps without feedback {missing}"

    published = PostCase.objects.published()
    assert published.count() >= 40
    for case in published:
        assert case.questions.count() >= 2, f"{case.slug}: fewer than two questions"
        assert case.questions.values("type").distinct().count() >= 2, (
            f"{case.slug}: questions of only one type"
        )
        # Anonymizing the published text again finds nothing new: only placeholders remain.
        again = anonymize(case.text)
        assert not again.findings, f"{case.slug}: anonymizer still finds " + ", ".join(
            f"{f.type} {case.text[f.start : f.end]!r}" for f in again.findings
        )
