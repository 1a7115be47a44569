"""The wallet channel: OpenID for Verifiable Credential Issuance 1.0, pre-authorized code flow.

1. The learner asks for an offer on the certificate page (``credential_offer_create``): a
   single-use pre-authorized code, valid OFFER_SECONDS, shown as a QR code / link
   ``openid-credential-offer://?credential_offer=…``.
2. The wallet reads the issuer metadata (``/.well-known/openid-credential-issuer``) and the
   authorization-server metadata (``/.well-known/oauth-authorization-server``; this site is its
   own authorization server), then exchanges the code at the token endpoint
   (``credential_offer_redeem``): exactly once, by a conditional UPDATE.
3. It POSTs ``{"credential_configuration_id": "OpenBadgeCredential"}`` with the Bearer token to
   the credential endpoint and receives the same VC-JWT as the download.

Cryptographic holder binding is not offered (no ``cryptographic_binding_methods_supported``, so
wallets send no proofs, OID4VCI §8.2 / Appendix on key binding): the credential names the learner
by its pseudonymous subject id and hashed email, as the downloaded file does.
"""

import hashlib
import json
import secrets
from datetime import timedelta
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import Certificate, CredentialOffer

OFFER_SECONDS = 10 * 60
TOKEN_SECONDS = 5 * 60
CONFIGURATION_ID = "OpenBadgeCredential"
PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _url(name: str) -> str:
    return f"{settings.SITE_URL}{reverse(name)}"


def issuer_metadata() -> dict:
    """Credential Issuer Metadata (OID4VCI 1.0 §12.2)."""
    from .signing import current_key

    return {
        "credential_issuer": settings.SITE_URL,
        "credential_endpoint": _url("certificates:oid4vci-credential"),
        "display": [{"name": settings.CREDIT_PROVIDER_NAME, "locale": "en-US"}],
        "credential_configurations_supported": {
            CONFIGURATION_ID: {
                "format": "jwt_vc_json",
                "credential_signing_alg_values_supported": [current_key().alg],
                "credential_definition": {
                    "type": ["VerifiableCredential", "OpenBadgeCredential"],
                },
                "credential_metadata": {
                    "display": [
                        {"name": f"{settings.PLATFORM_NAME} certificate", "locale": "en-US"}
                    ],
                },
            }
        },
    }


def authorization_server_metadata() -> dict:
    """RFC 8414 metadata of the (built-in) authorization server: only the token endpoint."""
    return {
        "issuer": settings.SITE_URL,
        "token_endpoint": _url("certificates:oid4vci-token"),
        "grant_types_supported": [PRE_AUTHORIZED_GRANT],
        "response_types_supported": [],
        "token_endpoint_auth_methods_supported": ["none"],
        "pre-authorized_grant_anonymous_access_supported": True,
    }


@transaction.atomic
def credential_offer_create(*, certificate: Certificate, user) -> tuple[CredentialOffer, dict]:
    """A new single-use offer of the owner's credential; returns it with the offer object
    (the only place the pre-authorized code ever appears in clear)."""
    if certificate.user_id != getattr(user, "pk", None):
        raise PermissionDenied("Only the certificate's owner can add it to a wallet.")
    if certificate.revoked_at is not None:
        raise ValidationError("This certificate was revoked; it has no credential.")
    code = secrets.token_urlsafe(32)
    offer = CredentialOffer(
        certificate=certificate,
        code_hash=_hash(code),
        expires_at=timezone.now() + timedelta(seconds=OFFER_SECONDS),
    )
    offer.full_clean(exclude=["certificate"])
    offer.save()
    return offer, {
        "credential_issuer": settings.SITE_URL,
        "credential_configuration_ids": [CONFIGURATION_ID],
        "grants": {PRE_AUTHORIZED_GRANT: {"pre-authorized_code": code}},
    }


def offer_uri(offer: dict) -> str:
    """The credential offer as a wallet link / QR payload (OID4VCI 1.0 §4.1)."""
    return "openid-credential-offer://?credential_offer=" + quote(
        json.dumps(offer, separators=(",", ":")), safe=""
    )


@transaction.atomic
def credential_offer_redeem(*, code: str) -> tuple[str, int] | None:
    """Exchange a pre-authorized code for an access token, once: a second exchange, an expired
    or unknown code all return None (the token endpoint answers ``invalid_grant``)."""
    now = timezone.now()
    token = secrets.token_urlsafe(32)
    code_hash = _hash(code or "")
    if CredentialOffer.objects.filter(
        code_hash=code_hash, certificate__revoked_at__isnull=False
    ).exists():
        return None
    # The conditional UPDATE is the once-only guarantee: of two concurrent exchanges of the same
    # code, exactly one matches ``redeemed_at IS NULL`` (PostgreSQL re-checks the row's own
    # columns after waiting for the other UPDATE; a condition on a joined table would not be
    # re-checked, which is why the revocation test above is a separate query. A revocation that
    # lands in between is caught by the credential endpoint, which checks again).
    redeemed = CredentialOffer.objects.filter(
        code_hash=code_hash, redeemed_at__isnull=True, expires_at__gt=now
    ).update(
        redeemed_at=now,
        token_hash=_hash(token),
        token_expires_at=now + timedelta(seconds=TOKEN_SECONDS),
    )
    return (token, TOKEN_SECONDS) if redeemed == 1 else None


def certificate_for_access_token(*, token: str) -> Certificate | None:
    offer = (
        CredentialOffer.objects.select_related("certificate__user")
        .filter(token_hash=_hash(token or ""), token_expires_at__gt=timezone.now())
        .first()
    )
    if offer is None or offer.certificate.revoked_at is not None:
        return None
    return offer.certificate
