"""Learner quiz pages: quiz start/resume, take an attempt, result. Thin: read the form, call one
service, render. Pages of an open attempt render ``ServedQuestion`` objects only."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from .forms import answer_from_post, answers_from_post, draft_from_post, unanswered_from_post
from .hooks import quiz_result_panels
from .models import FeedbackTiming, QuestionType, QuizLayout
from .selectors import (
    attempt_allowance,
    attempt_checked_feedback,
    attempt_get_for_user,
    attempt_result,
    attempt_served,
    attempts_for_user,
    quiz_get,
)
from .services.attempts import (
    attempt_answer_question,
    attempt_save_draft,
    attempt_start,
    attempt_submit,
)


def _allowance(*, user, quiz):
    from courses.selectors import enrollment_get

    enrollment = enrollment_get(user=user, course=quiz.course) if quiz.course_id else None
    return attempt_allowance(
        user=user, quiz=quiz, cycle=enrollment.cycle if enrollment is not None else 1
    )


def _visible_quiz(quiz_id: int):
    quiz = quiz_get(quiz_id=quiz_id)
    if quiz.course_id and not quiz.course.live:
        raise Http404("No such quiz.")
    return quiz


@login_required
@require_http_methods(["GET", "POST"])
def quiz_detail(request, quiz_id: int):
    """The quiz's start page: rules, past attempts, and Start (or Resume)."""
    quiz = _visible_quiz(quiz_id)
    if request.method == "POST":
        try:
            started = attempt_start(user=request.user, quiz=quiz)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("quizzes:quiz", quiz_id=quiz.pk)
        return redirect("quizzes:attempt", attempt_id=started.attempt.pk)
    attempts = list(attempts_for_user(user=request.user, quiz=quiz))
    open_attempt = next((a for a in attempts if not a.is_submitted), None)
    allowance = _allowance(user=request.user, quiz=quiz)
    return render(
        request,
        "quizzes/quiz_detail.html",
        {
            "quiz": quiz,
            "attempts": attempts,
            "open_attempt": open_attempt,
            "allowance": allowance,
            "attempts_left": allowance.remaining,
        },
    )


def _question_numbers(served) -> dict[int, int]:
    return {sq.id: sq.number for sq in served}


@login_required
@require_http_methods(["GET", "POST"])
def attempt_take(request, attempt_id: int):
    """Answer the questions of an open attempt; POST saves, checks one answer, or submits."""
    attempt = attempt_get_for_user(user=request.user, attempt_id=attempt_id)
    if attempt.is_submitted:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    served = attempt_served(attempt=attempt)
    error = ""
    unanswered = []
    if request.method == "POST":
        action = request.POST.get("action", "save")
        try:
            if action == "submit" and not request.POST.get("confirm_unanswered"):
                unanswered = unanswered_from_post(served=served, data=request.POST)
            draft = draft_from_post(served=served, data=request.POST)
            if unanswered:
                # Keep their work and ask once: the page lists what is still unanswered.
                attempt_save_draft(attempt=attempt, user=request.user, draft=draft)
                attempt.refresh_from_db(fields=["draft"])
            elif action == "submit":
                answers = answers_from_post(served=served, data=request.POST)
                attempt_submit(attempt=attempt, user=request.user, answers=answers)
                return redirect("quizzes:result", attempt_id=attempt.pk)
            else:
                attempt_save_draft(attempt=attempt, user=request.user, draft=draft)
                url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
                if action.startswith("check:"):
                    qid = int(action.split(":", 1)[1])
                    answer = answer_from_post(served=served, data=request.POST, question_id=qid)
                    attempt_answer_question(attempt=attempt, user=request.user, answer=answer)
                    return redirect(f"{url}#q-{qid}")
                messages.success(request, "Your answers are saved.")
                return redirect(url)
        except (ValidationError, ValueError) as exc:
            error = " ".join(getattr(exc, "messages", [str(exc)]))
            attempt.refresh_from_db(fields=["draft"])
    checked = attempt_checked_feedback(attempt=attempt)
    draft = attempt.draft or {}
    flagged = set(draft.get("flagged", []))
    items = []
    for sq in served:
        saved = draft.get(str(sq.id), {})
        items.append(
            {
                "sq": sq,
                "chosen": set(saved.get("choices", [])),
                "tokens": set(saved.get("tokens", [])),
                "positions": saved.get("positions", {}),
                "feedback": checked.get(sq.id),
                "answered": bool(saved) or sq.id in checked,
                "flagged": sq.id in flagged,
            }
        )
    return render(
        request,
        "quizzes/attempt_take.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "items": items,
            "total": len(served),
            "one_at_a_time": attempt.quiz.layout == QuizLayout.ONE,
            "feedback_each": attempt.quiz.feedback_timing == FeedbackTiming.EACH,
            "error": error,
            "unanswered": unanswered,
            "answered_count": sum(1 for item in items if item["answered"]),
            "QuestionType": QuestionType,
            "positions_range": range(1, 1 + max((len(sq.choices) for sq in served), default=0)),
        },
        status=400 if error else 200,
    )


@login_required
def attempt_result_view(request, attempt_id: int):
    """Score, pass/fail, per-question feedback and the competencies to revisit."""
    attempt = attempt_get_for_user(user=request.user, attempt_id=attempt_id)
    if not attempt.is_submitted:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    result = attempt_result(attempt=attempt)
    quiz = attempt.quiz
    allowance = _allowance(user=request.user, quiz=quiz)
    return render(
        request,
        "quizzes/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "result": result,
            "allowance": allowance,
            "can_retry": not attempt.passed and allowance.can_start,
            "panels": quiz_result_panels(request=request, attempt=attempt),
        },
    )
