"""Wagtail admin views of case intake and review. Thin: check access (404 for anyone who may
not see the object), call one service, render. Raw text reaches reviewers only."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET

from quizzes.models import CaseStatus
from quizzes.services.cases import post_case_approve, post_case_recheck, recheck_message

from .forms import (
    DECISION_CHOICES,
    PURGE_NOT_CONFIRMED,
    ChecklistForm,
    PostImportForm,
    RejectForm,
    ReviewEditForm,
)
from .selectors import (
    anonymized_segments,
    approved_awaiting_publication,
    can_import,
    case_status_counts,
    is_reviewer,
    leftovers,
    post_import_get,
    post_import_history,
    post_import_status,
    raw_segments,
    review_case_get,
    review_queue,
    text_digest,
)
from .services import (
    SAFE_HARBOR_18,
    post_case_review_edit,
    post_case_review_leftovers,
    post_case_review_publish,
    post_case_review_reject,
    post_import_create,
)


def import_create(request):
    """Upload form; a bad file is refused whole with every bad line and field listed."""
    if not can_import(request.user):
        raise Http404("Not found.")
    form = PostImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            post_import = post_import_create(
                uploaded_file=form.cleaned_data["file"],
                format=form.cleaned_data["format"] or None,
                actor=request.user,
            )
        except ValidationError as exc:
            form.add_error("file", exc.messages)
        else:
            messages.success(
                request, f"“{post_import.file_name}”: {post_import.total} posts queued."
            )
            return redirect("quizzes_intake_import_detail", pk=post_import.pk)
    return TemplateResponse(
        request,
        "quizzes/intake/import_form.html",
        {
            "form": form,
            "imports": post_import_history(user=request.user, limit=10),
            "header_title": "Import posts",
        },
        status=400 if form.errors else 200,
    )


def import_detail(request, pk: int):
    """Progress page of one import (polls the status endpoint)."""
    post_import = post_import_get(user=request.user, pk=pk)
    return TemplateResponse(
        request,
        "quizzes/intake/import_detail.html",
        {
            "post_import": post_import,
            "status": post_import_status(post_import),
            "header_title": f"Import {post_import.file_name}",
        },
    )


@require_GET
def import_status(request, pk: int):
    """JSON progress of one import."""
    return JsonResponse(post_import_status(post_import_get(user=request.user, pk=pk)))


def review_queue_view(request):
    """Cases waiting for review, counts by status, and the import history."""
    if not is_reviewer(request.user):
        raise Http404("Not found.")
    return TemplateResponse(
        request,
        "quizzes/intake/review_queue.html",
        {
            "cases": review_queue(),
            "approved": approved_awaiting_publication(),
            "counts": case_status_counts(),
            "statuses": CaseStatus.choices,
            "imports": post_import_history(user=request.user),
            "can_import": can_import(request.user),
            "header_title": "Case review",
        },
    )


def approve_from_form(*, form: ChecklistForm, case, reviewer) -> None:
    """Approve ``case`` from a posted approval form (this screen and the moderation page): the
    purge must be confirmed, then ``post_case_approve`` applies every rule."""
    form.is_valid()
    if not form.cleaned_data.get("confirm_purge"):
        raise ValidationError(PURGE_NOT_CONFIRMED)
    post_case_approve(
        case=case,
        reviewer=reviewer,
        checklist=form.cleaned_data.get("safe_harbor", []),
        accepted=form.accepted(),
    )


def _decisions(post) -> dict[int, str]:
    out: dict[int, str] = {}
    for key, value in post.items():
        if key.startswith("decision_") and key[9:].isdigit():
            out[int(key[9:]) - 1] = value
    return out


@sensitive_post_parameters("text")
def review_case(request, pk: int):
    """The review screen of one case: raw and anonymized text side by side, leftovers, edit in
    place, Safe Harbor checklist, approve / reject / publish."""
    case = review_case_get(user=request.user, pk=pk)
    errors: list[str] = []
    edit_form = ReviewEditForm(initial={"text": case.text})
    checklist_form = ChecklistForm()
    reject_form = RejectForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "edit":
                edit_form = ReviewEditForm(request.POST)
                if not edit_form.is_valid():
                    raise ValidationError("The anonymized text cannot be empty.")
                post_case_review_edit(
                    case=case, text=edit_form.cleaned_data["text"], reviewer=request.user
                )
                done = "Anonymized text saved."
            elif action == "leftovers":
                post_case_review_leftovers(
                    case=case,
                    decisions=_decisions(request.POST),
                    digest=request.POST.get("digest", ""),
                    reviewer=request.user,
                )
                done = "Leftover decisions applied."
            elif action == "approve":
                checklist_form = ChecklistForm(request.POST)
                approve_from_form(form=checklist_form, case=case, reviewer=request.user)
                done = "Approved: the raw text and detailed findings are purged."
            elif action == "reject":
                reject_form = RejectForm(request.POST)
                reject_form.is_valid()
                post_case_review_reject(
                    case=case,
                    reviewer=request.user,
                    reason=reject_form.cleaned_data.get("reason", ""),
                )
                done = "Sent back to draft."
            elif action == "publish":
                post_case_review_publish(case=case, reviewer=request.user)
                done = "Published to learners."
            else:
                raise ValidationError("Unknown action.")
        except ValidationError as exc:
            errors = exc.messages
            case.refresh_from_db()
        else:
            messages.success(request, f"“{case}”: {done}")
            if action in ("approve", "reject"):
                return redirect("quizzes_intake_review_queue")
            return redirect("quizzes_intake_review", pk=case.pk)
    if not errors or request.POST.get("action") != "edit":
        edit_form = ReviewEditForm(initial={"text": case.text})
    in_review = case.status == CaseStatus.IN_REVIEW
    flagged = post_case_recheck(case) if in_review else []
    # A refused approval keeps the reasons the reviewer typed.
    typed = checklist_form.accepted() if checklist_form.is_bound else {}
    for finding in flagged:
        finding["accepted_reason"] = typed.get(finding["key"], "")
    items = leftovers(case.text) if in_review else []
    return TemplateResponse(
        request,
        "quizzes/intake/review_case.html",
        {
            "case": case,
            "errors": errors,
            "in_review": in_review,
            "show_raw": bool(case.raw_text),
            "raw_segments": raw_segments(case) if case.raw_text else [],
            "anon_segments": anonymized_segments(
                case, flagged=[f for f in flagged if f["field"] == "text"], items=items
            ),
            "findings": case.findings or [],
            "flagged": flagged,
            "flagged_message": recheck_message(flagged) if flagged else "",
            "leftovers": items,
            "decision_choices": DECISION_CHOICES,
            "digest": text_digest(case.text),
            "edit_form": edit_form,
            "checklist_form": checklist_form,
            "checklist_count": len(SAFE_HARBOR_18),
            "reject_form": reject_form,
            "reviews": case.reviews.select_related("actor"),
            "header_title": f"Review {case}",
            "queue_url": reverse("quizzes_intake_review_queue"),
        },
        status=400 if errors else 200,
    )
