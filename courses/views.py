"""Learner web views: thin (validate → one service → redirect or JSON for fetch requests)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from content.models import CoursePage, LessonPage
from content.selectors import lesson_neighbours

from .hooks import my_learning_enrollment_due, my_learning_enrollment_links, my_learning_sections
from .models import Enrollment
from .selectors import course_progress, enrollments_with_progress
from .services import enrollment_create, enrollment_restart, lesson_complete, reflection_note_save


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
@require_POST
def enroll(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    try:
        enrollment_create(user=request.user, course=course)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(course.url)
    first = course.lessons().first()
    messages.success(request, f"You are enrolled in “{course.title}”.")
    return redirect(_safe_next(request, first.url if first else course.url))


@login_required
@require_POST
def complete_lesson(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    try:
        progress = lesson_complete(user=request.user, lesson=lesson)
    except ValidationError as exc:
        if _wants_json(request):
            return JsonResponse({"error": " ".join(exc.messages)}, status=400)
        messages.error(request, " ".join(exc.messages))
        return redirect(lesson.url)
    enrollment = progress.enrollment
    enrollment.refresh_from_db()
    course = enrollment.course
    _, _, following = lesson_neighbours(lesson, list(course.lessons()))
    if _wants_json(request):
        return JsonResponse(
            {
                "lesson": lesson.pk,
                "completed": True,
                "progress": course_progress(enrollment=enrollment),
                "course_completed": enrollment.completed_at is not None,
                "next_url": following.url if following else course.url,
            }
        )
    if enrollment.completed_at is not None:
        messages.success(request, f"Well done: you have completed “{course.title}”.")
    else:
        messages.success(request, f"“{lesson.title}” marked complete.")
    return redirect(following.url if following else course.url)


NOTE_MAX_LENGTH = 10_000


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label="Your private note",
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea,
        error_messages={
            "required": "Write something before saving your note.",
            "max_length": f"Your note is too long: keep it to {NOTE_MAX_LENGTH:,} characters "
            "(it has %(show_value)d).",
        },
    )


@login_required
@require_POST
def save_reflection(request: HttpRequest, lesson_id: int, block_id: str) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    form = ReflectionForm(request.POST)
    anchor = f"{lesson.url}#reflection-{block_id}"
    if not form.is_valid():
        message = form.errors["text"][0]
        if _wants_json(request):
            return JsonResponse({"error": message}, status=400)
        messages.error(request, message)
        return redirect(anchor)
    try:
        reflection_note_save(
            user=request.user, lesson=lesson, block_id=block_id, text=form.cleaned_data["text"]
        )
    except ValidationError as exc:
        if _wants_json(request):
            return JsonResponse({"error": " ".join(exc.messages)}, status=400)
        messages.error(request, " ".join(exc.messages))
        return redirect(anchor)
    if _wants_json(request):
        return JsonResponse({"saved": True})
    messages.success(request, "Your note is saved. Only you can see it.")
    return redirect(anchor)


@login_required
@require_http_methods(["GET", "POST"])
def restart(request: HttpRequest, course_id: int) -> HttpResponse:
    """GET asks first (what resets, what is kept); POST starts the new cycle."""
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("course"),
        user=request.user,
        course_id=course_id,
        completed_at__isnull=False,
    )
    if request.method == "GET":
        return render(request, "courses/restart_confirm.html", {"enrollment": enrollment})
    enrollment = enrollment_restart(enrollment=enrollment)
    messages.success(request, "A new attempt has started; your earlier completion is kept.")
    return redirect(enrollment.course.url)


@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    enrollments = list(enrollments_with_progress(user=request.user))
    links = my_learning_enrollment_links(request=request, enrollments=enrollments)
    due = my_learning_enrollment_due(request=request, enrollments=enrollments)
    for enrollment in enrollments:
        enrollment.progress_summary = course_progress(enrollment=enrollment)
        enrollment.extra_links = links.get(enrollment.pk, [])
        enrollment.due = due.get(enrollment.pk)
    # Each course once: open assigned courses (soonest due first), then the learner's own.
    open_ = [e for e in enrollments if e.completed_at is None]
    assigned = [e for e in open_ if e.institution_id is not None or e.due]
    assigned.sort(key=lambda e: (e.due is None, e.due["due_on"] if e.due else None))
    context = {
        "in_progress": [e for e in open_ if e not in assigned],
        "completed": [e for e in enrollments if e.completed_at is not None],
        "assigned": assigned,
        "sections": my_learning_sections(request=request, enrollments=enrollments),
    }
    return render(request, "courses/my_learning.html", context)
