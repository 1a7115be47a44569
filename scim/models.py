"""SCIM 2.0 provisioning: bearer tokens an institution admin issues to its identity provider, the
SCIM view of the institution's members (userName as the IdP sent it) and departments, and the
audit trail of every token and provisioning change."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from institutions.models import Department, Institution, Membership


class ScimTokenQuerySet(models.QuerySet):
    def for_institution(self, institution: Institution) -> "ScimTokenQuerySet":
        return self.filter(institution=institution)

    def live(self) -> "ScimTokenQuerySet":
        return self.filter(revoked_at__isnull=True)


class ScimToken(models.Model):
    """A bearer token of one institution's SCIM endpoint. Only its SHA-256 digest is kept; the
    token itself is shown once, when it is created."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="scim_tokens"
    )
    name = models.CharField(max_length=100, help_text="Where it is used, e.g. “Entra ID”.")
    # The first characters of the token, shown in lists so an admin can tell tokens apart.
    prefix = models.CharField(max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ScimTokenQuerySet.as_manager()

    class Meta:
        ordering = ["institution", "-created_at", "-id"]
        verbose_name = "SCIM token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) for {self.institution}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class ScimUser(models.Model):
    """The SCIM side of one membership: the ``userName`` the identity provider gave it (Entra ID
    sends the UPN, which need not be the mailbox) and the type of the email it sent."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    membership = models.OneToOneField(Membership, on_delete=models.CASCADE, related_name="scim")
    user_name = models.CharField(max_length=255)
    email_type = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                "institution", Lower("user_name"), name="scim_user_unique_user_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_name} @ {self.institution_id}"


class ScimGroup(models.Model):
    """The SCIM side of one department: the identity provider's ``externalId`` and timestamps."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    department = models.OneToOneField(Department, on_delete=models.CASCADE, related_name="scim")
    external_id = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"group {self.department_id} @ {self.institution_id}"


class ScimAction(models.TextChoices):
    TOKEN_CREATED = "token_created", "Token created"
    TOKEN_REVOKED = "token_revoked", "Token revoked"
    USER_CREATED = "user_created", "User created"
    USER_INVITED = "user_invited", "Existing account invited"
    USER_UPDATED = "user_updated", "User updated"
    USER_DEACTIVATED = "user_deactivated", "User deactivated"
    USER_REACTIVATED = "user_reactivated", "User reactivated"
    GROUP_CREATED = "group_created", "Group created"
    GROUP_UPDATED = "group_updated", "Group updated"
    GROUP_DELETED = "group_deleted", "Group deleted"


class ScimEvent(models.Model):
    """Audit trail: who (an admin, or the identity provider through a token) changed what."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    token = models.ForeignKey(
        ScimToken, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=20, choices=ScimAction.choices)
    target = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["institution", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.action} {self.target} @ {self.institution_id}"
