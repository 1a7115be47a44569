"""Reading the learner's quiz form into the API's answer shape, plus the admin form for cases.

Field names: ``q<id>`` (single: radio, multiple: checkboxes; values are choice ids),
``q<id>-t`` (spot: checkboxes; values are token indexes), ``q<id>-pos-<choice id>`` (ordering:
the position 1..n the learner gave that step).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from .models import CaseStatus, Competency, QuestionType
from .selectors import ServedQuestion


def _ints(values: list[str]) -> list[int]:
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (TypeError, ValueError):
            continue
    return out


def _positions(sq: ServedQuestion, data) -> dict[int, int]:
    out = {}
    for choice in sq.choices:
        raw = data.get(f"q{sq.id}-pos-{choice.pk}", "")
        if str(raw).strip():
            try:
                out[choice.pk] = int(raw)
            except ValueError:
                continue
    return out


def _answer(sq: ServedQuestion, data) -> dict | None:
    if sq.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        choices = _ints(data.getlist(f"q{sq.id}"))
        return {"question": sq.id, "choices": choices} if choices else None
    if sq.type == QuestionType.SPOT:
        tokens = _ints(data.getlist(f"q{sq.id}-t"))
        return {"question": sq.id, "tokens": tokens} if tokens else None
    positions = _positions(sq, data)
    if not positions:
        return None
    n = len(sq.choices)
    if len(positions) != n or sorted(positions.values()) != list(range(1, n + 1)):
        raise ValidationError(
            f"Question {sq.number}: give each step a different position from 1 to {n}."
        )
    return {"question": sq.id, "order": sorted(positions, key=positions.__getitem__)}


def answers_from_post(*, served: list[ServedQuestion], data) -> list[dict]:
    """Every answered question of the form, in the API's shape."""
    return [a for sq in served if (a := _answer(sq, data)) is not None]


def answer_from_post(*, served: list[ServedQuestion], data, question_id: int) -> dict:
    """One question's answer (feedback after each question)."""
    sq = next((s for s in served if s.id == question_id), None)
    if sq is None:
        raise ValidationError(f"Question {question_id} was not served in this attempt.")
    answer = _answer(sq, data)
    if answer is None:
        raise ValidationError(f"Question {sq.number}: answer it before checking.")
    return answer


def draft_from_post(*, served: list[ServedQuestion], data) -> dict:
    """Unvalidated work in progress, to refill the form (never scored), and the questions the
    learner flagged for review (``flagged``: question ids)."""
    draft: dict = {}
    served_ids = {sq.id for sq in served}
    for sq in served:
        entry = {
            "choices": _ints(data.getlist(f"q{sq.id}")),
            "tokens": _ints(data.getlist(f"q{sq.id}-t")),
            "positions": {str(k): v for k, v in _positions(sq, data).items()},
        }
        if any(entry.values()):
            draft[str(sq.id)] = entry
    flagged = [qid for qid in _ints(data.getlist("flag")) if qid in served_ids]
    if flagged:
        draft["flagged"] = sorted(set(flagged))
    return draft


def unanswered_from_post(*, served: list[ServedQuestion], data) -> list[ServedQuestion]:
    """The served questions the form leaves unanswered (warned about before submitting)."""
    out = []
    for sq in served:
        try:
            answered = _answer(sq, data) is not None
        except ValidationError:
            answered = True  # a malformed ordering is reported by the submit itself
        if not answered:
            out.append(sq)
    return out


class PostCaseAdminForm(WagtailAdminModelForm):
    """Snippet form: on create the raw text is anonymized by ``post_case_create``; afterwards
    the raw text is read-only, shown to case reviewers only (for anyone else the field is not
    in the form at all), and only drafts can be edited. Status is never a form field."""

    competencies = forms.MultipleChoiceField(
        choices=Competency.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            from .services.cases import is_case_reviewer

            if not is_case_reviewer(self.for_user):
                self.fields.pop("raw_text", None)
            elif "raw_text" in self.fields:
                self.fields["raw_text"].disabled = True
        else:
            if "text" in self.fields:
                self.fields["text"].required = False
                self.fields["text"].help_text = "Leave empty: the anonymizer writes it."
            if "raw_text" in self.fields:
                self.fields["raw_text"].required = True

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.status != CaseStatus.DRAFT:
            raise ValidationError(
                f"Only draft cases can be edited; this case is "
                f"{self.instance.get_status_display().lower()}. Reject it back to draft, or "
                "retire it and create a new case."
            )
        if not self.instance.pk:
            # Overwritten by post_case_create with the anonymizer's output.
            cleaned["text"] = "(anonymized on save)"
        return cleaned
