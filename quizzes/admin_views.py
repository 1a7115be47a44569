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
    SAFE_HARBOR_CHECKLIST,
    TRANSITIONS,
    post_case_approve,
    post_case_publish,
    post_case_reject,
    post_case_retire,
    post_case_submit_for_review,
)

REVIEW_PERMISSION = "quizzes.review_postcase"


def case_moderate(request, pk: int):
    """Status actions of one case. Submitting needs change permission; approving, rejecting,
    publishing and retiring need the review permission."""
    if not request.user.has_perm("quizzes.change_postcase"):
        raise PermissionDenied
    case = get_object_or_404(PostCase, pk=pk)
    can_review = request.user.has_perm(REVIEW_PERMISSION)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "submit":
                post_case_submit_for_review(case=case, actor=request.user)
            elif action in {"approve", "reject", "publish", "retire"}:
                if not can_review:
                    raise PermissionDenied
                if action == "approve":
                    checklist = {key: key in request.POST for key in SAFE_HARBOR_CHECKLIST}
                    post_case_approve(case=case, reviewer=request.user, checklist=checklist)
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
            "checklist": SAFE_HARBOR_CHECKLIST,
            "can_review": can_review,
            "can_submit": CaseStatus.IN_REVIEW in allowed and case.status == CaseStatus.DRAFT,
            "can_approve": case.status == CaseStatus.IN_REVIEW,
            "can_publish": case.status == CaseStatus.APPROVED,
            "can_retire": CaseStatus.RETIRED in allowed,
            "show_raw": case.status in (CaseStatus.DRAFT, CaseStatus.IN_REVIEW),
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
