"""Single sign-on per institution: one identity provider (OpenID Connect or SAML 2.0), the email
domains the institution owns, how the provider's claims map onto Ethos, and whether the
institution's members may still sign in with a password.

The protocols are django-allauth's (``allauth.socialaccount.providers.openid_connect`` and
``.saml``); ``sso.adapter`` hands allauth one app per institution built from these rows."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower

from institutions.models import Institution


class Protocol(models.TextChoices):
    OIDC = "oidc", "OpenID Connect"
    SAML = "saml", "SAML 2.0"


_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def normalise_domain(value: str) -> str:
    return (value or "").strip().lower().removeprefix("@").rstrip(".")


def validate_domain(value: str) -> None:
    if not _DOMAIN.match(normalise_domain(value)):
        raise ValidationError(f"“{value}” is not an email domain (e.g. riverside.example).")


class IdentityProvider(models.Model):
    institution = models.OneToOneField(
        Institution, on_delete=models.CASCADE, related_name="identity_provider"
    )
    protocol = models.CharField(max_length=4, choices=Protocol.choices, default=Protocol.OIDC)
    is_enabled = models.BooleanField(
        "enabled", default=True, help_text="Members can sign in through this provider."
    )
    # OpenID Connect
    oidc_discovery_url = models.URLField(
        "issuer discovery URL",
        blank=True,
        max_length=500,
        help_text="The issuer, or its /.well-known/openid-configuration URL.",
    )
    oidc_client_id = models.CharField("client id", max_length=255, blank=True)
    oidc_client_secret = models.CharField("client secret", max_length=500, blank=True)
    oidc_scopes = models.CharField(
        "scopes",
        max_length=255,
        default="openid profile email",
        help_text="Space-separated; openid is always requested.",
    )
    # SAML 2.0
    saml_entity_id = models.CharField("IdP entity id", max_length=500, blank=True)
    saml_metadata_url = models.URLField("IdP metadata URL", blank=True, max_length=500)
    saml_metadata_xml = models.TextField(
        "IdP metadata XML", blank=True, help_text="Paste the metadata instead of a URL."
    )
    # Attribute / claim mapping (names as the provider sends them)
    claim_uid = models.CharField(
        "subject claim",
        max_length=255,
        blank=True,
        help_text="Stable user id; empty = OIDC 'sub' / SAML NameID.",
    )
    claim_email = models.CharField("email claim", max_length=255, default="email")
    claim_name = models.CharField("name claim", max_length=255, default="name", blank=True)
    claim_department = models.CharField(
        "department claim", max_length=255, default="department", blank=True
    )
    claim_role = models.CharField("role claim", max_length=255, default="role", blank=True)
    claim_profession = models.CharField(
        "profession claim", max_length=255, default="profession", blank=True
    )
    claim_employee_id = models.CharField(
        "employee id claim", max_length=255, default="employee_id", blank=True
    )
    update_profile_on_login = models.BooleanField(
        "update profile from claims on each login",
        default=True,
        help_text="Name, department, role, profession and employee id follow the provider.",
    )
    password_login_disabled = models.BooleanField(
        "password login disabled",
        default=False,
        help_text="Members of this institution must sign in through the provider.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "identity provider"

    def __str__(self) -> str:
        return f"{self.institution} ({self.get_protocol_display()})"

    @property
    def provider_id(self) -> str:
        """allauth's provider id (and SAML organisation slug): the institution's slug."""
        return self.institution.slug

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if self.protocol == Protocol.OIDC:
            for field in ("oidc_discovery_url", "oidc_client_id", "oidc_client_secret"):
                if not getattr(self, field).strip():
                    label = self._meta.get_field(field).verbose_name
                    errors[field] = f"OpenID Connect needs the {label}."
        else:
            if not self.saml_entity_id.strip():
                errors["saml_entity_id"] = "SAML needs the IdP entity id."
            if bool(self.saml_metadata_url) == bool(self.saml_metadata_xml.strip()):
                errors["saml_metadata_url"] = (
                    "SAML needs the IdP metadata: give either its URL or its XML (one of them)."
                )
            elif self.saml_metadata_xml.strip():
                from .saml import parse_idp_metadata

                try:
                    parse_idp_metadata(xml=self.saml_metadata_xml, entity_id=self.saml_entity_id)
                except ValueError as exc:
                    errors["saml_metadata_xml"] = str(exc)
        if not self.claim_email.strip():
            errors["claim_email"] = "The email claim is required (accounts are matched by it)."
        if errors:
            raise ValidationError(errors)


class EmailDomain(models.Model):
    """An email domain an institution owns: addresses there sign in through its provider."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="email_domains"
    )
    domain = models.CharField(max_length=253, validators=[validate_domain])

    class Meta:
        ordering = ["domain"]
        constraints = [
            models.UniqueConstraint(Lower("domain"), name="sso_emaildomain_unique_domain"),
        ]

    def __str__(self) -> str:
        return self.domain

    def clean(self) -> None:
        super().clean()
        self.domain = normalise_domain(self.domain)
        clash = EmailDomain.objects.filter(domain__iexact=self.domain).exclude(pk=self.pk)
        if self.domain and clash.exists():
            raise ValidationError({"domain": f"{self.domain} is already owned by an institution."})


class SamlAssertionUse(models.Model):
    """Each SAML assertion id is accepted once: a replayed assertion is refused."""

    identity_provider = models.ForeignKey(
        IdentityProvider, on_delete=models.CASCADE, related_name="+"
    )
    assertion_id = models.CharField(max_length=255)
    used_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["identity_provider", "assertion_id"], name="sso_saml_assertion_once"
            ),
        ]

    def __str__(self) -> str:
        return self.assertion_id
