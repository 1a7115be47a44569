"""Writes: an institution's provider settings and domains, and what a single sign-on does to the
person's account and membership (just-in-time creation, updates from claims)."""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.models import User
from institutions.models import Department, Institution, Membership
from institutions.permissions import require_admin
from institutions.services import membership_create, membership_update

from .claims import Claims
from .models import EmailDomain, IdentityProvider, normalise_domain

logger = logging.getLogger(__name__)

IDP_FIELDS = (
    "protocol",
    "is_enabled",
    "oidc_discovery_url",
    "oidc_client_id",
    "oidc_client_secret",
    "oidc_scopes",
    "saml_entity_id",
    "saml_metadata_url",
    "saml_metadata_xml",
    "claim_uid",
    "claim_email",
    "claim_name",
    "claim_department",
    "claim_role",
    "claim_profession",
    "claim_employee_id",
    "update_profile_on_login",
    "password_login_disabled",
)


@transaction.atomic
def identity_provider_save(
    *, actor: User | None, institution: Institution, domains: list[str] | None = None, **fields
) -> IdentityProvider:
    """Create or change this institution's provider (and, if given, its full list of owned
    email domains); only its admins or platform staff may, and nothing of another institution
    is touched. All or nothing."""
    require_admin(actor=actor, institution=institution)
    unknown = set(fields) - set(IDP_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown identity provider fields: {', '.join(sorted(unknown))}")
    idp = IdentityProvider.objects.filter(institution=institution).first()
    if idp is None:
        idp = IdentityProvider(institution=institution)
    if not fields.get("oidc_client_secret") and idp.oidc_client_secret:
        # An empty secret in a form means "keep the current one" (it is never shown again).
        fields.pop("oidc_client_secret", None)
    for name, value in fields.items():
        setattr(idp, name, value.strip() if isinstance(value, str) else value)
    idp.full_clean()
    idp.save()
    if domains is not None:
        email_domains_set(actor=actor, institution=institution, domains=domains)
    return idp


@transaction.atomic
def email_domains_set(
    *, actor: User | None, institution: Institution, domains: list[str]
) -> list[EmailDomain]:
    """Make ``domains`` the institution's owned email domains; a domain owned by another
    institution is refused by name (domains are unique across institutions)."""
    require_admin(actor=actor, institution=institution)
    wanted = list(dict.fromkeys(normalise_domain(d) for d in domains if d.strip()))
    EmailDomain.objects.filter(institution=institution).exclude(domain__in=wanted).delete()
    have = set(EmailDomain.objects.filter(institution=institution).values_list("domain", flat=True))
    rows = []
    for domain in wanted:
        if domain in have:
            continue
        row = EmailDomain(institution=institution, domain=domain)
        row.full_clean()
        try:
            with transaction.atomic():
                row.save()
        except IntegrityError:
            raise ValidationError(
                {"domain": f"{domain} is already owned by an institution."}
            ) from None
        rows.append(row)
    return list(EmailDomain.objects.filter(institution=institution))


def _department(*, institution: Institution, name: str) -> Department | None:
    if not name:
        return None
    # Only this institution's departments are looked at.
    return Department.objects.filter(institution=institution, name__iexact=name).first()


def _membership_fields(*, idp: IdentityProvider, claims: Claims) -> dict:
    fields: dict = {}
    department = _department(institution=idp.institution, name=claims.department)
    if claims.department and department is None:
        logger.warning(
            "SSO for %s: department %r is not one of the institution's; left unchanged.",
            idp.institution.slug,
            claims.department,
        )
    if department is not None:
        fields["department"] = department
    if claims.role:
        fields["role"] = claims.role
    if claims.employee_id:
        fields["employee_id"] = claims.employee_id
    return fields


def _apply_user_claims(*, user: User, claims: Claims) -> list[str]:
    changed = []
    for field, value in (
        ("display_name", claims.name),
        ("first_name", claims.first_name),
        ("last_name", claims.last_name),
        ("profession", claims.profession),
    ):
        if value and getattr(user, field) != value:
            setattr(user, field, value)
            changed.append(field)
    return changed


@transaction.atomic
def sso_member_join(*, idp: IdentityProvider, user: User, claims: Claims) -> Membership:
    """Just-in-time: the person the provider vouches for becomes an ACTIVE member of the
    provider's institution (only that one), with department/role/employee id from the claims."""
    return membership_create(
        actor=None,
        institution=idp.institution,
        user=user,
        **_membership_fields(idp=idp, claims=claims),
    )


@transaction.atomic
def sso_member_update(
    *, idp: IdentityProvider, user: User, membership: Membership, claims: Claims
) -> Membership:
    """On each sign-in (when the admin chose so): name and profession on the account, and
    department, role and employee id on the membership of the provider's institution only."""
    if membership.institution_id != idp.institution_id:
        raise ValidationError("The membership belongs to another institution.")
    changed = _apply_user_claims(user=user, claims=claims)
    if changed:
        user.full_clean(exclude=["password"])
        user.save(update_fields=changed)
    fields = {
        k: v
        for k, v in _membership_fields(idp=idp, claims=claims).items()
        if getattr(membership, k) != v
    }
    if fields:
        membership = membership_update(
            actor=None, institution=idp.institution, membership=membership, **fields
        )
    return membership
