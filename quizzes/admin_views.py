"""Wagtail admin views of the quiz engine: post case moderation and quiz item statistics."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .models import CaseStatus, PostCase, Quiz
from .selectors import quiz_item_statistics
from .services.cases import (
    TRANSITIONS,
    is_case_reviewer,
    post_case_publish,
    post_case_reject,
    post_case_retire,
    post_case_submit_for_review,
)


def case_moderate(request, pk: int):
    """Status actions of one case. Submitting needs change permission; approving, rejecting,
    publishing and retiring need the review permission, and so does seeing the raw text.
    Approval is done on the review screen (the same form is accepted here) by the one
    approval service."""
    if not request.user.has_perm("quizzes.change_postcase"):
        raise PermissionDenied
    case = get_object_or_404(PostCase, pk=pk)
    can_review = is_case_reviewer(request.user)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "submit":
                post_case_submit_for_review(case=case, actor=request.user)
            elif action in {"approve", "reject", "publish", "retire"}:
                if not can_review:
                    raise PermissionDenied
                if action == "approve":
                    from .intake.forms import ChecklistForm
                    from .intake.views import approve_from_form

                    approve_from_form(
                        form=ChecklistForm(request.POST), case=case, reviewer=request.user
                    )
                elif action == "reject":
                    post_case_reject(
                        case=case, reviewer=request.user, reason=request.POST.get("reason", "")
                    )
                elif action == "publish":
                    post_case_publish(case=case, actor=request.user)
                else:
                    post_case_retire(
                        case=case, actor=request.user, reason=request.POST.get("reason", "")
                    )
            else:
                raise ValidationError(f"Unknown action {action!r}.")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            case.refresh_from_db()
        else:
            messages.success(request, f"“{case}” is now {case.get_status_display().lower()}.")
            return redirect(reverse("quizzes_case_moderate", args=[case.pk]))
    allowed = {to for (frm, to) in TRANSITIONS if frm == case.status}
    return TemplateResponse(
        request,
        "quizzes/admin/case_moderate.html",
        {
            "case": case,
            "reviews": case.reviews.select_related("actor"),
            "review_url": reverse("quizzes_intake_review", args=[case.pk]),
            "can_review": can_review,
            "can_submit": CaseStatus.IN_REVIEW in allowed and case.status == CaseStatus.DRAFT,
            "can_approve": case.status == CaseStatus.IN_REVIEW,
            "can_publish": case.status == CaseStatus.APPROVED,
            "can_retire": CaseStatus.RETIRED in allowed,
            "show_raw": can_review and bool(case.raw_text),
            "header_title": f"Moderate {case}",
        },
    )


def quiz_statistics(request, pk: int):
    """Item statistics of one quiz for authors."""
    if not (
        request.user.has_perm("quizzes.change_quiz") or request.user.has_perm("quizzes.view_quiz")
    ):
        raise PermissionDenied
    quiz = get_object_or_404(Quiz, pk=pk)
    return TemplateResponse(
        request,
        "quizzes/admin/statistics.html",
        {"stats": quiz_item_statistics(quiz=quiz), "quiz": quiz},
    )


def case_tokens(request, pk: int):
    """The words of a case's published (anonymized) text with their token indexes, for the
    spot-question key picker in the question editor. Raw post text is never returned."""
    from django.http import JsonResponse

    from .tokens import tokenize

    if not (
        request.user.has_perm("quizzes.add_question")
        or request.user.has_perm("quizzes.change_question")
    ):
        return JsonResponse({"detail": "You may not write questions."}, status=403)
    case = get_object_or_404(PostCase, pk=pk)
    return JsonResponse(
        {
            "case": case.pk,
            "tokens": [{"index": t.index, "text": t.text} for t in tokenize(case.text)],
        }
    )
