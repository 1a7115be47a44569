"""Writes of the learning runtime (HackSoft style: typed, keyword-only, atomic).

Higher apps call these: the quiz engine calls ``enrollment_record_quiz_pass``; compliance calls
``enrollment_create(source="requirement", institution=...)``; certificates listen to
``courses.signals.enrollment_completed``.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from content.models import CoursePage, LessonPage
from content.selectors import course_final_quiz_id, lesson_course
from core import pagecache
from institutions.selectors import institutions_for_user

from .hooks import completion_renewal_months
from .models import Completion, Enrollment, EnrollmentSource, LessonProgress, ReflectionNote
from .selectors import enrollment_certified
from .signals import enrollment_completed


def _get_or_create(model, *, defaults=None, **lookup):
    """get_or_create that survives a concurrent insert of the same unique row.

    The savepoint keeps an IntegrityError from poisoning the caller's transaction; the loser of
    the race then reads the winner's row.
    """
    try:
        with transaction.atomic():
            return model.objects.get_or_create(defaults=defaults, **lookup)
    except IntegrityError:
        return model.objects.get(**lookup), False


@transaction.atomic
def enrollment_create(
    *, user, course: CoursePage, source: str = EnrollmentSource.SELF, institution=None
) -> Enrollment:
    """Enroll once per (user, course); a repeat returns the existing enrollment."""
    return enrollment_get_or_create(
        user=user, course=course, source=source, institution=institution
    )[0]


@transaction.atomic
def enrollment_get_or_create(
    *, user, course: CoursePage, source: str = EnrollmentSource.SELF, institution=None
) -> tuple[Enrollment, bool]:
    """``enrollment_create`` that also tells whether this call created the enrollment: of
    concurrent calls for one (user, course), exactly one did (the database's unique key
    decides)."""
    if source not in EnrollmentSource.values:
        raise ValidationError(f"Unknown enrollment source {source!r}.")
    if source == EnrollmentSource.REQUIREMENT and institution is None:
        raise ValidationError("An enrollment from a requirement needs its institution.")
    if not course.live:
        raise ValidationError("This course is not published.")
    if (
        institution is not None
        and not institutions_for_user(user=user).filter(pk=institution.pk).exists()
    ):
        # Tenancy: an institution may only track enrollments of its own active members.
        raise ValidationError(f"{user} is not an active member of {institution}.")
    enrollment, created = _get_or_create(
        Enrollment,
        user=user,
        course=course,
        defaults={"source": source, "institution": institution},
    )
    if not created and institution is not None and enrollment.institution_id is None:
        # A learner who self-enrolled and is later assigned the course keeps their progress and
        # source; the assignment only records which institution now tracks it.
        enrollment.institution = institution
        enrollment.save(update_fields=["institution"])
    return enrollment, created


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """Mark a live lesson done for an enrolled learner; repeats return the same record."""
    if not lesson.live:
        raise ValidationError("This lesson is not published.")
    try:
        course = lesson_course(lesson)
    except CoursePage.DoesNotExist:
        raise ValidationError("This lesson does not belong to a course.") from None
    enrollment = (
        Enrollment.objects.select_for_update().filter(user=user, course_id=course.pk).first()
    )
    if enrollment is None:
        raise ValidationError(f"Enroll in “{course.title}” before completing its lessons.")
    progress, _ = _get_or_create(
        LessonProgress, enrollment=enrollment, lesson=lesson, cycle=enrollment.cycle
    )
    if enrollment.last_lesson_id != lesson.pk:
        enrollment.last_lesson = lesson
        enrollment.save(update_fields=["last_lesson"])
    enrollment_refresh_completion(enrollment=enrollment)
    return progress


@transaction.atomic(savepoint=False)
def enrollment_record_quiz_pass(*, enrollment: Enrollment, passed_at=None) -> Enrollment:
    """Record that the course's final quiz was passed (first pass of the cycle wins).

    A learner who passes again once the cycle is completed and certified (the usual repeat)
    has nothing to record: when ``enrollment`` was read in the caller's transaction with
    ``selectors.enrollment_certified()`` as ``certified`` and says so, nothing is read at all
    (a concurrent ``enrollment_restart`` then simply comes after this pass); otherwise the
    enrollment is locked, and the lock asks the same, so a "yes" needs no second read. A "yes"
    stays true (completions are append-only and certified once); a "no" is read again below,
    after the lock."""
    # Called inside the quiz submit's transaction: no savepoint of its own (two round trips),
    # so an error here rolls the whole submit back, as the caller does with any error anyway.
    if enrollment.quiz_passed_at is not None and getattr(enrollment, "certified", False):
        return enrollment
    enrollment = (
        Enrollment.objects.select_for_update(of=("self",))
        .annotate(certified=enrollment_certified())
        .get(pk=enrollment.pk)
    )
    if enrollment.quiz_passed_at is not None and enrollment.certified:
        return enrollment
    if enrollment.quiz_passed_at is None:
        enrollment.quiz_passed_at = passed_at or timezone.now()
        enrollment.save(update_fields=["quiz_passed_at"])
    _refresh_completion_locked(enrollment)  # the row is locked and fresh: no second read
    return enrollment


def _requirements_met(enrollment: Enrollment) -> bool:
    course = enrollment.course
    lesson_ids = set(course.lessons().values_list("pk", flat=True))
    if not lesson_ids:
        return False
    done = set(
        LessonProgress.objects.filter(
            enrollment=enrollment, cycle=enrollment.cycle, lesson_id__in=lesson_ids
        ).values_list("lesson_id", flat=True)
    )
    if done != lesson_ids:
        return False
    # The final quiz lives in the quizzes app (above us); read it through the one helper.
    return course_final_quiz_id(course) is None or enrollment.quiz_passed_at is not None


@transaction.atomic
def enrollment_refresh_completion(*, enrollment: Enrollment) -> Completion | None:
    """Complete the current cycle when every live lesson is done and the final quiz (if any)
    is passed; the Completion is created exactly once and the signal sent after commit."""
    # Lock the enrollment row: concurrent refreshes (a double-clicked last lesson, a quiz pass
    # arriving at the same time) queue here, and the unique constraint backs it up.
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    return _refresh_completion_locked(enrollment)


def _refresh_completion_locked(enrollment: Enrollment) -> Completion | None:
    """``enrollment_refresh_completion`` for an enrollment row already read ``FOR UPDATE`` in the
    current transaction."""
    existing = Completion.objects.filter(enrollment=enrollment, cycle=enrollment.cycle).first()
    if existing is not None:
        if existing.certified_at is None:
            # Completed, but the certificate never came (a failed or lost issuance): completing
            # again asks for it again instead of silently doing nothing.
            _announce_completion(existing)
        return existing
    if not _requirements_met(enrollment):
        return None
    course = enrollment.course
    now = timezone.now()
    completion, created = _get_or_create(
        Completion,
        enrollment=enrollment,
        cycle=enrollment.cycle,
        defaults={
            "user_id": enrollment.user_id,
            "course": course,
            "completed_at": now,
            "institution_id": enrollment.institution_id,
            "course_title": course.title,
            "course_version": course.version,
            "credit_type": course.credit_type,
            "credit_type_name": course.credit_type.name if course.credit_type else "",
            "credit_amount": course.credit_amount if course.credit_type else None,
            "renewal_months": completion_renewal_months(
                institution_id=enrollment.institution_id, course_id=course.pk
            ),
        },
    )
    if created:
        enrollment.completed_at = completion.completed_at
        enrollment.save(update_fields=["completed_at"])
    if completion.certified_at is None:
        _announce_completion(completion)
    return completion


def _announce_completion(completion: Completion) -> None:
    """Send ``enrollment_completed`` after commit while the completion still waits for its
    certificate (re-checked then: several refreshes in one transaction announce it once when
    the first one's receiver issues at once, as in the embedded mode).

    Robust: the completion (with its empty ``certified_at``, the intent to certify) is already
    durable, so a receiver failing here (a broker or database hiccup) must not turn the
    learner's request into an error; the issuance sweep repairs it."""

    def announce() -> None:
        if Completion.objects.filter(pk=completion.pk, certified_at__isnull=True).exists():
            enrollment_completed.send(sender=Completion, completion=completion)

    transaction.on_commit(announce, robust=True)


def completion_mark_certified(*, completion_id: int, at=None) -> bool:
    """Record that a completion's certificate exists (called by the certificates app inside the
    transaction that issued it); returns whether this call set it."""
    pending = Completion.objects.filter(pk=completion_id, certified_at__isnull=True)
    user_ids = list(pending.values_list("user_id", flat=True))
    if not pending.update(certified_at=at or timezone.now()):
        return False
    pagecache.bump_users(user_ids)  # a bulk update sends no signal; the course page may change
    return True


@transaction.atomic
def enrollment_restart(*, enrollment: Enrollment) -> Enrollment:
    """Start a new cycle (recertification retake); earlier Completions stay as history."""
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    enrollment.cycle += 1
    enrollment.completed_at = None
    enrollment.quiz_passed_at = None
    enrollment.last_lesson = None
    enrollment.save(update_fields=["cycle", "completed_at", "quiz_passed_at", "last_lesson"])
    return enrollment


@transaction.atomic
def reflection_note_save(*, user, lesson: LessonPage, block_id: str, text: str) -> ReflectionNote:
    """Save (or replace) the learner's private note for one reflection block of a live lesson."""
    if not lesson.live:
        raise ValidationError("This lesson is not published.")
    if not any(b.block_type == "reflection" and b.id == block_id for b in lesson.body):
        raise ValidationError("This lesson has no such reflection prompt.")
    text = text.strip()
    if len(text) > 10_000:
        raise ValidationError("A note can be at most 10,000 characters.")
    note, created = _get_or_create(
        ReflectionNote, user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    if not created and note.text != text:
        note.text = text
        note.full_clean()
        note.save(update_fields=["text", "updated_at"])
    return note


@transaction.atomic
def completions_purge(*, before) -> int:
    """Delete completions finished before ``before`` that no certificate refers to any more
    (the caller enforces the retention period); returns how many."""
    doomed = Completion.objects.filter(completed_at__lt=before, certificate__isnull=True)
    count, _ = doomed.delete()
    return count
