"""Reads of the learning runtime. Listing helpers annotate counts so pages stay O(1) in queries."""

import pickle

from django.conf import settings
from django.db.models import (
    Count,
    Exists,
    F,
    FilteredRelation,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce

from content.models import CoursePage, LessonPage
from content.selectors import live_lesson_count
from core import pagecache

from .models import Completion, Enrollment, LessonProgress, ReflectionNote


def enrollments_for_user(*, user) -> QuerySet[Enrollment]:
    """The user's own enrollments, newest first, with their course and credit type."""
    if not getattr(user, "is_authenticated", False):
        return Enrollment.objects.none()
    return (
        Enrollment.objects.for_user(user)
        .select_related("course", "course__credit_type", "institution", "last_lesson")
        .order_by("-started_at", "-pk")
    )


def enrollment_get(*, user, course: CoursePage) -> Enrollment | None:
    """The user's enrollment in this course, or None (anonymous users have none)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Enrollment.objects.filter(user=user, course=course).first()


def enrollment_certified(path: str = "") -> Exists:
    """An annotation: whether the enrollment (``path``: the foreign key leading to it from the
    query's model, "" for an Enrollment query) has a completion of its current cycle whose
    certificate was issued. Completions are append-only and certified once, so a "yes" read
    in a transaction stays true (``services.enrollment_record_quiz_pass``)."""
    return Exists(
        Completion.objects.filter(
            enrollment=OuterRef(path or "pk"),
            cycle=OuterRef(f"{path}__cycle" if path else "cycle"),
            certified_at__isnull=False,
        )
    )


def enrollments_with_progress(*, user) -> QuerySet[Enrollment]:
    """Own enrollments annotated with ``lessons_done`` and ``lessons_total`` (live lessons of the
    current cycle) in one query, so listing many enrollments has no N+1."""
    done = (
        LessonProgress.objects.filter(
            enrollment=OuterRef("pk"),
            cycle=OuterRef("cycle"),
            lesson__live=True,
            lesson__depth=OuterRef("course__depth") + 1,
            lesson__path__startswith=OuterRef("course__path"),
        )
        .order_by()
        .values("enrollment")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return enrollments_for_user(user=user).annotate(
        lessons_done=Coalesce(Subquery(done, output_field=IntegerField()), 0),
        lessons_total=live_lesson_count(course_path="course__"),
    )


def _progress_dict(done: int, total: int) -> dict:
    percent = round(100 * done / total) if total else 0
    return {"done": done, "total": total, "percent": percent}


def course_progress(*, enrollment: Enrollment) -> dict:
    """{"done", "total", "percent"} over the course's live lessons in the current cycle.

    Uses the annotations of ``enrollments_with_progress`` when present (no extra queries)."""
    if hasattr(enrollment, "lessons_done") and hasattr(enrollment, "lessons_total"):
        return _progress_dict(enrollment.lessons_done, enrollment.lessons_total)
    lesson_ids = list(enrollment.course.lessons().values_list("pk", flat=True))
    done = LessonProgress.objects.filter(
        enrollment=enrollment, cycle=enrollment.cycle, lesson_id__in=lesson_ids
    ).count()
    return _progress_dict(done, len(lesson_ids))


def completed_lesson_ids(*, enrollment: Enrollment | None) -> set[int]:
    """Ids of lessons done in the enrollment's current cycle."""
    if enrollment is None:
        return set()
    return set(
        LessonProgress.objects.filter(enrollment=enrollment, cycle=enrollment.cycle).values_list(
            "lesson_id", flat=True
        )
    )


def completions_for_user(*, user) -> QuerySet[Completion]:
    """The user's completion history, newest first."""
    return (
        Completion.objects.filter(user=user)
        .select_related("course", "credit_type", "institution")
        .order_by("-completed_at")
    )


__all__ = [
    "completed_lesson_ids",
    "completions_for_user",
    "course_progress",
    "enrollment_get",
    "enrollments_for_user",
    "enrollments_with_progress",
]


# --- The learner's own state on course and lesson pages ---------------------------------------
# Every course and lesson page shows the visitor's enrollment and ticks for its course (and a
# lesson page their notes). A learner reads many such pages between two of their own writes, so
# their state for *every* course is read in one go and kept per person under their generation
# (``pagecache.for_user``: enrolling, a tick, a note, a completion bump it), read ahead in the
# page cache's lookup batch. A first visit to a page then reads no row of theirs. Kept as pickled
# bytes, unpickled only when a rendered page uses it (a kept page's hit reads it ahead too).

LEARNER_COURSES = "learner-courses"


def _learner_courses_build(user) -> dict:
    """{"enrollments": {course_id: Enrollment}, "done": {course_id: {lesson ids done in the
    current cycle}}, "noted": {lesson ids with a note}} (two queries)."""
    enrollments: dict[int, Enrollment] = {}
    done: dict[int, set[int]] = {}
    rows = (
        Enrollment.objects.filter(user=user)
        .annotate(done=FilteredRelation("progress", condition=Q(progress__cycle=F("cycle"))))
        .annotate(done_lesson_id=F("done__lesson_id"))
        .order_by()
    )
    for row in rows:
        enrollments.setdefault(row.course_id, row)
        ids = done.setdefault(row.course_id, set())
        if row.done_lesson_id is not None:
            ids.add(row.done_lesson_id)
    for enrollment in enrollments.values():
        del enrollment.done_lesson_id  # one row per lesson done: not the enrollment's own
    noted = set(
        ReflectionNote.objects.filter(user=user).values_list("lesson_id", flat=True).distinct()
    )
    return {"enrollments": enrollments, "done": done, "noted": noted}


def _state_enabled() -> bool:
    return bool(settings.SHARED_CONTENT_CACHE)


def learner_courses_state(*, user) -> dict | None:
    """The signed-in user's enrollments, lessons done and noted lessons for every course, kept
    per person (None when not kept: the callers then read one course's rows)."""
    if not _state_enabled() or not getattr(user, "is_authenticated", False):
        return None
    kept = pagecache.for_user(
        user.pk, LEARNER_COURSES, lambda: pickle.dumps(_learner_courses_build(user), 5)
    )
    return pickle.loads(kept)  # noqa: S301 - written just above, in our own cache


def _learner_courses_read_ahead(request, user_id: int) -> list[str]:
    if not user_id or not _state_enabled():
        return []
    return [pagecache.value_key(user_id, LEARNER_COURSES)]


pagecache.read_ahead_with(_learner_courses_read_ahead)


def reflection_notes_for(*, user, lesson: LessonPage, state: dict | None = None) -> dict[str, str]:
    """{block_id: text} of the user's private notes on one lesson (no query when ``state``, the
    kept ``learner_courses_state``, says they have none there)."""
    if not getattr(user, "is_authenticated", False):
        return {}
    if state is not None and lesson.pk not in state["noted"]:
        return {}
    return dict(
        ReflectionNote.objects.filter(user=user, lesson=lesson).values_list("block_id", "text")
    )


def _resume_lesson(lessons: list[LessonPage], done_ids: set[int]) -> LessonPage | None:
    """The first lesson not yet done, in course order (the last one when all are done)."""
    for lesson in lessons:
        if lesson.pk not in done_ids:
            return lesson
    return lessons[-1] if lessons else None


def enrollment_with_done_ids(*, user, course: CoursePage) -> tuple[Enrollment | None, set[int]]:
    """The user's enrollment in this course (or None) and the ids of the lessons done in its
    current cycle, in one query (one row per lesson done, joined to the enrollment)."""
    if not getattr(user, "is_authenticated", False):
        return None, set()
    rows = list(
        Enrollment.objects.filter(user=user, course=course)
        .annotate(done=FilteredRelation("progress", condition=Q(progress__cycle=F("cycle"))))
        .annotate(done_lesson_id=F("done__lesson_id"))
        .order_by()
    )
    if not rows:
        return None, set()
    return rows[0], {row.done_lesson_id for row in rows if row.done_lesson_id is not None}


def learner_page_context(*, page, user, context: dict) -> dict:
    """Learner state for a course or lesson page (registered as a content hook)."""
    lessons: list[LessonPage] = context.get("lessons", [])
    course: CoursePage = context["course"]
    state = learner_courses_state(user=user)
    if state is not None:
        enrollment = state["enrollments"].get(course.pk)
        done_ids = set(state["done"].get(course.pk, ()))
    else:
        enrollment, done_ids = enrollment_with_done_ids(user=user, course=course)
    lesson_ids = {lesson.pk for lesson in lessons}
    progress = _progress_dict(len(done_ids & lesson_ids), len(lessons))
    extra = {
        "enrollment": enrollment,
        "done_ids": done_ids,
        "progress": progress,
        "resume_lesson": _resume_lesson(lessons, done_ids),
    }
    if isinstance(page, LessonPage):
        extra["lesson_done"] = page.pk in done_ids
        extra["reflection_notes"] = reflection_notes_for(user=user, lesson=page, state=state)
    return extra
