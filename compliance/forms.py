"""Forms: the dashboard filters (shared by the pages and the API), requirement editing and the
roster upload."""

from django import forms

from accounts.models import Profession
from compliance.models import Audience, DueRule, Requirement
from content.models import CoursePage
from institutions.models import Role

from .selectors import ComplianceStatus, ReportScope

STATUS_CHOICES = [
    ("", "Any status"),
    *ComplianceStatus.LABELS.items(),
    ("expiring_soon", "Certificate expiring within 30 days"),
]
SORT_CHOICES = [
    ("due", "Due date (soonest first)"),
    ("-due", "Due date (latest first)"),
    ("name", "Name"),
    ("email", "Email"),
    ("department", "Department"),
    ("requirement", "Requirement"),
    ("status", "Status"),
    ("expires", "Certificate expiry"),
]


class ComplianceFilterForm(forms.Form):
    status = forms.ChoiceField(choices=STATUS_CHOICES, required=False)
    department = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    requirement = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    q = forms.CharField(label="Search name, email or employee id", required=False, max_length=100)
    ordering = forms.ChoiceField(label="Sort by", choices=SORT_CHOICES, required=False)

    def __init__(self, *args, scope: ReportScope, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = [("", "All departments")] + [
            (d.id, d.name) for d in scope.departments()
        ]
        self.fields["requirement"].choices = [("", "All requirements")] + [
            (r.id, r.course.title)
            for r in Requirement.objects.filter(institution=scope.institution, is_active=True)
            .select_related("course")
            .order_by("course__title")
        ]

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "status": data.get("status") or None,
            "department_id": data.get("department"),
            "requirement_id": data.get("requirement"),
            "search": (data.get("q") or "").strip(),
            "ordering": data.get("ordering") or "due",
        }


class RequirementForm(forms.Form):
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), empty_label=None)
    audience = forms.ChoiceField(choices=Audience.choices, widget=forms.RadioSelect)
    departments = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="For “Selected departments”, or to narrow a combination.",
    )
    roles = forms.MultipleChoiceField(
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="For “Selected roles”, or to narrow a combination.",
    )
    professions = forms.MultipleChoiceField(
        choices=Profession.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="For “Selected professions”, or to narrow a combination.",
    )
    due_rule = forms.ChoiceField(choices=DueRule.choices, widget=forms.RadioSelect)
    due_days = forms.IntegerField(
        label="Days after assignment", min_value=0, max_value=3650, required=False
    )
    due_date = forms.DateField(
        label="Fixed due date", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    recurrence_months = forms.IntegerField(
        label="Renew every (months)",
        min_value=1,
        max_value=120,
        required=False,
        help_text="Leave empty if the course is done once.",
    )
    grace_days = forms.IntegerField(label="Grace days", min_value=0, max_value=365, initial=0)
    is_active = forms.BooleanField(label="Active", required=False, initial=True)

    def __init__(self, *args, institution, editing: Requirement | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["departments"].queryset = institution.departments.order_by("name")
        if editing is not None:
            self.fields["course"].disabled = True


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label="Roster file (.csv, at most 5 MB)",
        help_text="Columns: email, name, department, job_title, profession, role, employee_id. "
        "Only email is required.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    auto_create_departments = forms.BooleanField(
        label="Create departments that do not exist yet", required=False
    )
    deactivate_missing = forms.BooleanField(
        label="Deactivate members who are not in the file", required=False
    )


class MemberActionForm(forms.Form):
    """One action on the selected member requirements (the dashboard's bulk form and the
    member page's per-course forms)."""

    action = forms.ChoiceField(
        choices=[
            ("remind", "Send a reminder now"),
            ("extend", "Extend the due date"),
            ("exempt", "Exempt"),
            ("assign", "Assign a course"),
        ]
    )
    until = forms.DateField(
        label="Exempt until", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), required=False)
    assignments = forms.TypedMultipleChoiceField(coerce=int, choices=(), required=False)
    due_on = forms.DateField(
        label="New due date", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(label="Reason for the extension", required=False, max_length=500)
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any ids may be posted; the service checks each one against the actor's scope.
        self.fields["assignments"].valid_value = lambda value: True
        self.fields["course"].queryset = CoursePage.objects.live()
