"""Forms of case intake and review (shape only; the rules live in the services)."""

from __future__ import annotations

from django import forms

from quizzes.models import PostImportFormat

from .parsing import max_import_bytes
from .selectors import KEEP, REPLACEMENTS
from .services import SAFE_HARBOR_18


class PostImportForm(forms.Form):
    file = forms.FileField(
        label="File of posts",
        help_text=(
            f"CSV with a header row, or JSON Lines (one object per line); UTF-8; at most "
            f"{max_import_bytes() // (1024 * 1024)} MB. Field “text” is required; optional: "
            "external_id (or id), platform, author_role, year, likes, comments, shares, "
            "media_description."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.jsonl,.json"}),
    )
    format = forms.ChoiceField(
        label="Format",
        choices=[("", "From the file extension"), *PostImportFormat.choices],
        required=False,
    )


class ReviewEditForm(forms.Form):
    text = forms.CharField(
        label="Anonymized text (what learners will see)",
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Reason for sending the case back to draft",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


ACCEPT_PREFIX = "accept:"
PURGE_CONFIRMATION = (
    "I understand that approving permanently deletes the original post text and the detailed "
    "findings; only the anonymized text and the counts by type are kept."
)
PURGE_NOT_CONFIRMED = (
    "Approving permanently deletes the original post text: tick the confirmation to approve."
)


class ChecklistForm(forms.Form):
    """The approval form: the Safe Harbor checklist, a reason for each re-check finding the
    reviewer keeps (``accept:<finding key>``), and the purge confirmation."""

    safe_harbor = forms.MultipleChoiceField(
        label="Safe Harbor checklist: tick each identifier category once you have confirmed "
        "it is gone from the anonymized text and the media description",
        choices=[(key, label) for key, (label, _) in SAFE_HARBOR_18.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    confirm_purge = forms.BooleanField(label=PURGE_CONFIRMATION, required=False)

    def accepted(self) -> dict[str, str]:
        """Finding key -> the reviewer's reason, for every reason given."""
        return {
            key[len(ACCEPT_PREFIX) :]: value.strip()
            for key, value in self.data.items()
            if key.startswith(ACCEPT_PREFIX) and value.strip()
        }


DECISION_CHOICES = [(KEEP, "Keep as is")] + [
    (label, f"Replace with [{label}_n] ({what})") for label, what in REPLACEMENTS.items()
]
