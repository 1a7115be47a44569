"""SCIM bearer tokens: created and revoked by an institution's admins, stored as SHA-256 digests,
checked on every request."""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from institutions.models import Institution
from institutions.permissions import user_can_administer

from .models import ScimAction, ScimEvent, ScimToken

TOKEN_PREFIX = "ethos_scim_"  # noqa: S105 - a public prefix, not a secret
# last_used_at is written at most this often per token (it is shown in minutes anyway).
_LAST_USED_RESOLUTION = timedelta(minutes=1)


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def scim_token_create(
    *, actor: User | None, institution: Institution, name: str
) -> tuple[ScimToken, str]:
    """An admin of the institution (or platform staff) creates a token; the returned secret is
    shown once and never stored."""
    if actor is None or not user_can_administer(user=actor, institution=institution):
        raise PermissionDenied("You do not administer this institution.")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ScimToken(
        institution=institution,
        name=(name or "").strip(),
        prefix=raw[len(TOKEN_PREFIX) : len(TOKEN_PREFIX) + 6],
        digest=_digest(raw),
        created_by=actor,
    )
    token.full_clean()
    token.save()
    ScimEvent.objects.create(
        institution=institution,
        token=token,
        actor=actor,
        action=ScimAction.TOKEN_CREATED,
        target=token.name,
    )
    return token, raw


@transaction.atomic
def scim_token_revoke(*, actor: User, institution: Institution, token: ScimToken) -> ScimToken:
    """Revoke a token of this institution; it answers 401 from then on. Revoking twice is
    refused, saying so."""
    if not user_can_administer(user=actor, institution=institution):
        raise PermissionDenied("You do not administer this institution.")
    token = ScimToken.objects.select_for_update().get(pk=token.pk)
    if token.institution_id != institution.id:
        raise PermissionDenied("The token belongs to another institution.")
    if token.revoked_at is not None:
        raise ValidationError(f"The token “{token.name}” is already revoked.")
    token.revoked_at = timezone.now()
    token.revoked_by = actor
    token.save(update_fields=["revoked_at", "revoked_by"])
    ScimEvent.objects.create(
        institution=institution,
        token=token,
        actor=actor,
        action=ScimAction.TOKEN_REVOKED,
        target=token.name,
    )
    return token


def scim_token_authenticate(*, raw: str) -> ScimToken | None:
    """The live token matching ``raw``, or None. A token whose creator no longer administers its
    institution stops working too: provisioning acts on that admin's behalf (invitations are
    sent in their name)."""
    if not raw or not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ScimToken.objects.live()
        .select_related("institution", "created_by")
        .filter(digest=_digest(raw))
        .first()
    )
    if token is None or token.created_by is None:
        return None
    if not token.created_by.is_active or not user_can_administer(
        user=token.created_by, institution=token.institution
    ):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= _LAST_USED_RESOLUTION:
        ScimToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
