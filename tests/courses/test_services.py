from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

from courses.models import Completion, Enrollment, LessonProgress
from courses.selectors import course_progress, enrollments_with_progress
from courses.services import (
    enrollment_create,
    enrollment_record_quiz_pass,
    enrollment_refresh_completion,
    enrollment_restart,
    lesson_complete,
    reflection_note_save,
)
from courses.signals import enrollment_completed
from tests.factories import CreditTypeFactory, InstitutionFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    received = []

    def receiver(sender, completion, **kwargs):
        received.append(completion)

    enrollment_completed.connect(receiver)
    yield received
    enrollment_completed.disconnect(receiver)


def test_enrollment_create_is_idempotent(user):
    course = make_course()
    first = enrollment_create(user=user, course=course)
    second = enrollment_create(user=user, course=course)
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=user, course=course).count() == 1
    assert first.source == "self"


def test_requirement_enrollment_keeps_self_source_and_fills_institution(user, make_member):
    course = make_course()
    institution = InstitutionFactory()
    make_member(institution, user=user)
    enrollment_create(user=user, course=course)
    again = enrollment_create(
        user=user, course=course, source="requirement", institution=institution
    )
    assert again.source == "self"
    assert again.institution == institution


def test_requirement_enrollment_needs_membership(user):
    course = make_course()
    institution = InstitutionFactory(name="Riverside")
    with pytest.raises(ValidationError) as exc:
        enrollment_create(user=user, course=course, source="requirement", institution=institution)
    assert exc.value.messages == [f"{user.email} is not an active member of Riverside."]
    assert Enrollment.objects.count() == 0


def test_enrollment_in_unpublished_course_is_refused(user):
    course = make_course()
    course.unpublish()
    with pytest.raises(ValidationError, match=r"This course is not published\."):
        enrollment_create(user=user, course=course)


def test_lesson_complete_requires_enrollment(user):
    course = make_course(title="Privacy online")
    lesson = course.lessons().first()
    with pytest.raises(ValidationError) as exc:
        lesson_complete(user=user, lesson=lesson)
    assert exc.value.messages == ["Enroll in “Privacy online” before completing its lessons."]
    assert LessonProgress.objects.count() == 0


def test_lesson_of_another_course_is_refused(user):
    mine = make_course()
    other = make_course(title="Other course")
    enrollment_create(user=user, course=mine)
    with pytest.raises(ValidationError) as exc:
        lesson_complete(user=user, lesson=other.lessons().first())
    assert exc.value.messages == ["Enroll in “Other course” before completing its lessons."]


def test_unpublished_lesson_is_refused(user):
    course = make_course()
    enrollment_create(user=user, course=course)
    lesson = course.lessons().first()
    lesson.unpublish()
    with pytest.raises(ValidationError) as exc:
        lesson_complete(user=user, lesson=lesson)
    assert exc.value.messages == ["This lesson is not published."]


def test_lesson_complete_is_idempotent_and_sets_resume_point(user):
    course = make_course(lessons=3)
    enrollment = enrollment_create(user=user, course=course)
    lesson = course.lessons()[1]
    a = lesson_complete(user=user, lesson=lesson)
    b = lesson_complete(user=user, lesson=lesson)
    assert a.pk == b.pk
    enrollment.refresh_from_db()
    assert enrollment.last_lesson_id == lesson.pk
    assert course_progress(enrollment=enrollment) == {"done": 1, "total": 3, "percent": 33}


def test_completion_created_once_with_snapshot_and_signal(
    user, sent, django_capture_on_commit_callbacks
):
    credit = CreditTypeFactory(name="AMA PRA Category 1 Credit™")
    course = make_course(lessons=2, credit_type=credit, credit_amount=Decimal("1.25"))
    enrollment = enrollment_create(user=user, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in course.lessons():
            lesson_complete(user=user, lesson=lesson)
        enrollment_refresh_completion(enrollment=enrollment)
        enrollment_refresh_completion(enrollment=enrollment)
    completion = Completion.objects.get()
    assert sent == [completion]
    assert completion.course_title == course.title
    assert completion.course_version == "1.0"
    assert completion.credit_type_name == "AMA PRA Category 1 Credit™"
    assert completion.credit_amount == Decimal("1.25")
    enrollment.refresh_from_db()
    assert enrollment.completed_at == completion.completed_at


def test_not_complete_until_every_lesson_done(user):
    course = make_course(lessons=2)
    enrollment = enrollment_create(user=user, course=course)
    lesson_complete(user=user, lesson=course.lessons().first())
    assert enrollment_refresh_completion(enrollment=enrollment) is None
    assert Completion.objects.count() == 0


def test_final_quiz_must_be_passed(user, monkeypatch):
    course = make_course(lessons=1)
    monkeypatch.setattr("courses.services.course_final_quiz_id", lambda course: 7)
    enrollment = enrollment_create(user=user, course=course)
    lesson_complete(user=user, lesson=course.lessons().first())
    assert Completion.objects.count() == 0
    enrollment_record_quiz_pass(enrollment=enrollment)
    assert Completion.objects.filter(enrollment=enrollment, cycle=1).count() == 1


def test_restart_starts_new_cycle_and_keeps_history(user):
    course = make_course(lessons=1)
    enrollment = enrollment_create(user=user, course=course)
    lesson_complete(user=user, lesson=course.lessons().first())
    enrollment = enrollment_restart(enrollment=enrollment)
    assert enrollment.cycle == 2
    assert enrollment.completed_at is None
    assert course_progress(enrollment=enrollment) == {"done": 0, "total": 1, "percent": 0}
    lesson_complete(user=user, lesson=course.lessons().first())
    assert list(Completion.objects.order_by("cycle").values_list("cycle", flat=True)) == [1, 2]


def test_completed_lessons_cannot_be_deleted(user):
    course = make_course(lessons=1)
    enrollment_create(user=user, course=course)
    lesson = course.lessons().first()
    lesson_complete(user=user, lesson=lesson)
    with pytest.raises(ProtectedError):
        lesson.delete()


def test_enrollments_with_progress_annotates_counts(django_assert_num_queries):
    user = UserFactory()
    for n in (1, 2, 3):
        course = make_course(lessons=n)
        enrollment_create(user=user, course=course)
        lesson_complete(user=user, lesson=course.lessons().first())
    with django_assert_num_queries(1):
        rows = [course_progress(enrollment=e) for e in enrollments_with_progress(user=user)]
    assert sorted(r["total"] for r in rows) == [1, 2, 3]
    assert all(r["done"] == 1 for r in rows)


def test_reflection_note_saved_and_replaced(user):
    course = make_course(lessons=0)
    from tests.factories import make_lesson

    lesson = make_lesson(course=course, body=[("reflection", {"prompt": "Think."})])
    block_id = lesson.body[0].id
    reflection_note_save(user=user, lesson=lesson, block_id=block_id, text="First")
    note = reflection_note_save(user=user, lesson=lesson, block_id=block_id, text="Second")
    assert note.text == "Second"
    with pytest.raises(ValidationError) as exc:
        reflection_note_save(user=user, lesson=lesson, block_id="nope", text="x")
    assert exc.value.messages == ["This lesson has no such reflection prompt."]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Write something before saving your note."),
        ("x" * 10_001, "Your note is too long: keep it to 10,000 characters (it has 10001)."),
    ],
)
def test_reflection_note_errors_say_what_is_wrong(client, user, text, message):
    from django.urls import reverse

    from courses.models import ReflectionNote
    from tests.factories import make_lesson

    course = make_course(lessons=0)
    lesson = make_lesson(course=course, body=[("reflection", {"prompt": "Think."})])
    client.force_login(user)
    url = reverse("courses:save_reflection", args=[lesson.pk, lesson.body[0].id])
    response = client.post(url, {"text": text}, HTTP_ACCEPT="application/json")
    assert (response.status_code, response.json()) == (400, {"error": message})
    assert not ReflectionNote.objects.exists()
