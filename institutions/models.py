from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class InstitutionKind(models.TextChoices):
    SCHOOL = "school", "School"
    HOSPITAL = "hospital", "Hospital"
    HEALTH_SYSTEM = "health_system", "Health system"
    OTHER = "other", "Other"


class Role(models.TextChoices):
    LEARNER = "learner", "Learner"
    MANAGER = "manager", "Manager"
    ADMIN = "admin", "Admin"


class Institution(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(
        max_length=20, choices=InstitutionKind.choices, default=InstitutionKind.HOSPITAL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DepartmentQuerySet(models.QuerySet):
    def for_institution(self, institution: Institution) -> "DepartmentQuerySet":
        return self.filter(institution=institution)


class Department(models.Model):
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="departments"
    )
    name = models.CharField(max_length=200)

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "name"], name="institutions_department_unique_name"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def belongs_to(self, institution: Institution | int) -> bool:
        """The one tenancy rule for departments: a department is only ever used within its own
        institution (services refuse, selectors answer 404)."""
        return self.institution_id == getattr(institution, "pk", institution)


class MembershipQuerySet(models.QuerySet):
    def for_institution(self, institution: Institution) -> "MembershipQuerySet":
        return self.filter(institution=institution)

    def active(self) -> "MembershipQuerySet":
        return self.filter(is_active=True)


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="memberships"
    )
    department = models.ForeignKey(
        Department, on_delete=models.SET_NULL, null=True, blank=True, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.LEARNER)
    job_title = models.CharField(max_length=150, blank=True)
    employee_id = models.CharField("external employee id", max_length=64, blank=True)
    is_active = models.BooleanField(default=True)
    # An existing account named by this institution (a roster, an admin) is invited, not added:
    # the membership waits inactive, shown as "invited", until the person accepts.
    invitation_pending = models.BooleanField(default=False)
    joined_at = models.DateField(default=timezone.localdate)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["institution", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "institution"], name="institutions_membership_one_per_user"
            ),
            models.UniqueConstraint(
                fields=["institution", "employee_id"],
                condition=~Q(employee_id=""),
                name="institutions_membership_unique_employee_id",
            ),
            models.CheckConstraint(
                condition=Q(invitation_pending=False) | Q(is_active=False),
                name="institutions_membership_invited_is_inactive",
            ),
        ]
        indexes = [models.Index(fields=["institution", "is_active", "role"])]

    def __str__(self) -> str:
        return f"{self.user} @ {self.institution} ({self.role})"

    @property
    def status(self) -> str:
        """What member lists show: invited (not accepted yet), active or inactive."""
        if self.invitation_pending:
            return "invited"
        return "active" if self.is_active else "inactive"
