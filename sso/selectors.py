"""Reads: which institution's provider an address or a login belongs to."""

from __future__ import annotations

from .models import EmailDomain, IdentityProvider, normalise_domain


def email_domain(email: str) -> str:
    return normalise_domain((email or "").rpartition("@")[2])


def identity_provider_for_email(*, email: str) -> IdentityProvider | None:
    """The enabled provider of the institution owning the address's domain, if any."""
    domain = email_domain(email)
    if not domain:
        return None
    row = (
        EmailDomain.objects.filter(domain__iexact=domain)
        .select_related("institution__identity_provider")
        .first()
    )
    idp = getattr(row.institution, "identity_provider", None) if row else None
    return idp if idp is not None and idp.is_enabled else None


def identity_provider_for_slug(*, slug: str) -> IdentityProvider | None:
    """The enabled provider of the institution with this slug (allauth's provider id)."""
    return (
        IdentityProvider.objects.select_related("institution")
        .filter(institution__slug=slug, is_enabled=True)
        .first()
    )


def identity_providers(*, protocol: str | None = None, slug: str | None = None):
    """Enabled providers, optionally of one protocol or one institution."""
    qs = IdentityProvider.objects.select_related("institution").filter(is_enabled=True)
    if protocol:
        qs = qs.filter(protocol=protocol)
    if slug:
        qs = qs.filter(institution__slug=slug)
    return qs


def institution_owns_domain(*, idp: IdentityProvider, email: str) -> bool:
    """Whether the address is in a domain the provider's institution owns."""
    return EmailDomain.objects.filter(
        institution_id=idp.institution_id, domain__iexact=email_domain(email)
    ).exists()


def owned_domains(*, idp: IdentityProvider) -> list[str]:
    return list(
        EmailDomain.objects.filter(institution_id=idp.institution_id).values_list(
            "domain", flat=True
        )
    )


def password_login_refusal(*, email: str = "", user=None) -> str | None:
    """Why a password sign-in is refused (the institution requires single sign-on), or None.

    With ``email`` the rule is the domain's institution (say so before a password is typed);
    with ``user`` it is any active membership of an institution that disabled password login."""
    if email:
        idp = identity_provider_for_email(email=email)
        if idp is not None and idp.password_login_disabled:
            return _refusal_message(idp.institution.name)
    # Platform superusers keep their password (break-glass access to the admin).
    if user is not None and getattr(user, "pk", None) and not user.is_superuser:
        idp = (
            IdentityProvider.objects.select_related("institution")
            .filter(
                password_login_disabled=True,
                is_enabled=True,
                institution__memberships__user=user,
                institution__memberships__is_active=True,
            )
            .first()
        )
        if idp is not None:
            return _refusal_message(idp.institution.name)
    return None


def _refusal_message(name: str) -> str:
    return (
        f"{name} signs its members in with single sign-on: use “Sign in with your "
        "organisation” with your work email instead of a password."
    )
