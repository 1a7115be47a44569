"""Verify a VC-JWT presented as an Ethos Open Badges credential (the /verify/credential/ page and
``POST /api/v1/verify/credential/``).

The key comes only from Ethos's own published keys, looked up by the token's ``kid`` URL; a key
embedded in the token (``jwk``) is never used: anyone can sign with their own key and name Ethos
as the issuer. Then the OB 3.0 §8.2.4 claim checks, the validity period, and the revocation bit of
the Bitstring Status List entry the credential names.
"""

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.utils import timezone
from joserfc import jws
from joserfc.errors import JoseError

from core.formatting import display_date

from .credentials import issuer_id
from .models import Certificate, StatusListEntry
from .signing import jwks_url, key_by_kid
from .status_list import ENTRY_TYPE, status_list_url

VALID, REVOKED, EXPIRED, INVALID = "valid", "revoked", "expired", "invalid"
ALGORITHMS = ("RS256", "EdDSA")
MAX_TOKEN_LENGTH = 64 * 1024


@dataclass
class CredentialCheck:
    status: str
    errors: list[str] = field(default_factory=list)
    claims: dict | None = None
    certificate: Certificate | None = None

    @property
    def is_valid(self) -> bool:
        return self.status == VALID


def _invalid(message: str, claims: dict | None = None) -> CredentialCheck:
    return CredentialCheck(status=INVALID, errors=[message], claims=claims)


def _b64json(segment: str) -> dict:
    raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def _numeric(moment: str) -> int | None:
    try:
        return int(datetime.fromisoformat(moment.replace("Z", "+00:00")).timestamp())
    except (AttributeError, TypeError, ValueError):
        return None


def credential_verify(*, token: str) -> CredentialCheck:
    token = "".join((token or "").split())
    if len(token) > MAX_TOKEN_LENGTH:
        return _invalid("The credential is too long to be an Ethos credential.")
    parts = token.split(".")
    if len(parts) != 3:
        return _invalid(
            "This is not a compact JWS: expected three base64url parts separated by dots."
        )
    try:
        header = _b64json(parts[0])
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError):
        return _invalid("The JOSE header is not base64url-encoded JSON.")

    if "jwk" in header:
        return _invalid(
            "The credential carries its own public key (jwk header). Ethos credentials never do: "
            "their key is published by Ethos and named by the kid URL."
        )
    alg, kid = header.get("alg"), header.get("kid")
    if alg not in ALGORITHMS:
        return _invalid(f"Unsupported signature algorithm {alg!r}.")
    if not isinstance(kid, str) or not kid:
        return _invalid("The JOSE header has no kid naming the signing key.")
    key = key_by_kid(kid)
    if key is None:
        return _invalid(
            f"The signing key {kid!r} is not one of Ethos's published keys "
            f"(listed at {jwks_url()})."
        )
    if key.alg != alg:
        return _invalid(f"The key {kid!r} signs with {key.alg}, not {alg}.")
    try:
        verified = jws.deserialize_compact(token, key.key, algorithms=[key.alg])
    except (JoseError, ValueError, binascii.Error):
        return _invalid(
            "The signature does not match the credential: it was altered after signing or "
            "signed with another key."
        )
    try:
        claims = json.loads(verified.payload)
    except (ValueError, UnicodeDecodeError):
        return _invalid("The JWT payload is not JSON.")
    if not isinstance(claims, dict):
        return _invalid("The JWT payload is not a JSON object.")
    return _check_claims(claims)


def _check_claims(claims: dict) -> CredentialCheck:
    expected_issuer = issuer_id()
    issuer = claims.get("issuer")
    issuer_ref = issuer.get("id") if isinstance(issuer, dict) else issuer
    subject = claims.get("credentialSubject")
    subject_id = subject.get("id") if isinstance(subject, dict) else None
    errors = []
    if claims.get("iss") != expected_issuer:
        errors.append(f"The credential names issuer {claims.get('iss')!r}, not Ethos.")
    if issuer_ref != claims.get("iss"):
        errors.append("iss does not match issuer.id.")
    if not claims.get("jti") or claims.get("jti") != claims.get("id"):
        errors.append("jti does not match id.")
    if not claims.get("sub") or claims.get("sub") != subject_id:
        errors.append("sub does not match credentialSubject.id.")
    nbf = claims.get("nbf")
    if not isinstance(nbf, int) or nbf != _numeric(claims.get("validFrom")):
        errors.append("nbf does not match validFrom.")
    exp = claims.get("exp")
    valid_until = _numeric(claims["validUntil"]) if "validUntil" in claims else None
    if "validUntil" in claims and (not isinstance(exp, int) or exp != valid_until):
        errors.append("exp does not match validUntil.")
    if errors:
        return CredentialCheck(status=INVALID, errors=errors, claims=claims)

    now = timezone.now()
    if nbf > now.timestamp():
        return _invalid("The credential is not valid yet (validFrom is in the future).", claims)
    certificate, status_error = _status(claims)
    if status_error:
        return _invalid(status_error, claims)
    if certificate is not None and certificate.revoked_at is not None:
        return CredentialCheck(status=REVOKED, claims=claims, certificate=certificate)
    if isinstance(exp, int) and exp <= now.timestamp():
        moment = datetime.fromtimestamp(exp, tz=UTC)
        return CredentialCheck(
            status=EXPIRED,
            errors=[f"The credential expired on {display_date(moment)}."],
            claims=claims,
            certificate=certificate,
        )
    return CredentialCheck(status=VALID, claims=claims, certificate=certificate)


def _status(claims: dict) -> tuple[Certificate | None, str]:
    """The certificate behind the credential's status entry; an error for a malformed one."""
    status = claims.get("credentialStatus")
    if not isinstance(status, dict) or status.get("type") != ENTRY_TYPE:
        return None, "The credential has no BitstringStatusListEntry credentialStatus."
    try:
        index = int(status.get("statusListIndex"))
    except (TypeError, ValueError):
        return None, "statusListIndex is not a number."
    url = status.get("statusListCredential")
    match = re.search(r"/(\d{1,12})/$", url) if isinstance(url, str) else None
    if match is None or url != status_list_url(int(match[1])):
        return None, "statusListCredential is not an Ethos status list."
    entry = (
        StatusListEntry.objects.select_related("certificate")
        .filter(status_list_id=int(match[1]), index=index)
        .first()
    )
    if entry is None:
        return None, "The status list entry is unknown to Ethos."
    return entry.certificate, ""
