"""Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0) secured as VC-JWT.

The JWT payload is the OpenBadgeCredential itself with the registered claims OB 3.0 §8.2.2 maps
onto it (iss = issuer.id, jti = id, sub = credentialSubject.id, nbf = validFrom,
exp = validUntil). Everything is derived from the certificate's snapshot and no issue time is
added, so the same certificate always yields the same token; the credential ``id`` is derived from
the content, so a changed credential (e.g. after a credit claim) gets a new ``id`` and the old
token keeps its own.
"""

import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse

from content.models import format_amount

from .models import Certificate, StatusListEntry
from .signing import sign_jwt
from .status_list import credential_status, status_entry_allocate

OB_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
OB_SCHEMA = {
    "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
    "type": "1EdTechJsonSchemaValidator2019",
}


# Namespace of the content-derived credential ids (uuid5): a fixed, random UUID of this project.
CREDENTIAL_ID_NAMESPACE = uuid.UUID("6f4b1f8e-3a52-4c1e-9d0b-5b7f0c2e8a41")


def iso_datetime(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _url(name: str, **kwargs) -> str:
    return f"{settings.SITE_URL}{reverse(name, kwargs=kwargs or None)}"


def issuer_id() -> str:
    return _url("certificates:issuer-profile")


def verification_url(code: str) -> str:
    return _url("certificates:verify-code", code=code)


def issuer_profile(*, name: str | None = None) -> dict:
    """The issuer Profile (OB 3.0 §B.1.19); published at /.well-known/openbadges-issuer.json."""
    return {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": name or settings.CREDIT_PROVIDER_NAME,
        "url": f"{settings.SITE_URL}/",
        "description": "Continuing education certificates issued through "
        f"{settings.PLATFORM_NAME}.",
    }


def _identity_hash(value: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256(f"{value}{salt}".encode()).hexdigest()


def subject_id(user) -> str:
    """The learner's ``credentialSubject.id`` (= the JWT ``sub``): a stable pseudonymous
    ``urn:uuid`` derived from the account with the secret key, the same in all their credentials
    and revealing nothing about them."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"ob-subject:{user.pk}".encode(), "sha256"
    ).digest()
    return uuid.UUID(bytes=digest[:16], version=4).urn


def credential_document(certificate: Certificate, *, status_entry: StatusListEntry) -> dict:
    """The unsigned OpenBadgeCredential for one certificate."""
    # A per-certificate salt derived from the secret key: stable (same JWT every time) but not
    # guessable, so the recipient's email cannot be confirmed by hashing candidates.
    salt = hmac.new(
        settings.SECRET_KEY.encode(), f"ob-salt:{certificate.code}".encode(), "sha256"
    ).hexdigest()[:16]
    achievement: dict = {
        "id": f"{settings.SITE_URL}/api/v1/courses/{certificate.course_id}/"
        f"#version-{certificate.course_version}",
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": certificate.course_title,
        "version": certificate.course_version,
        "description": certificate.designation_statement
        or f"Completion of the {settings.PLATFORM_NAME} module “{certificate.course_title}”.",
        "criteria": {
            "narrative": "Complete every lesson of the module and pass its final assessment."
        },
    }
    if certificate.has_credit:
        achievement["creditsAvailable"] = float(certificate.credit_max)
    subject: dict = {
        "id": subject_id(certificate.user),
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityHash": _identity_hash(certificate.user.email.lower(), salt),
                "identityType": "emailAddress",
                "hashed": True,
                "salt": salt,
            },
            {
                "type": "IdentityObject",
                "identityHash": certificate.learner_name,
                "identityType": "name",
                "hashed": False,
            },
        ],
        "activityEndDate": iso_datetime(certificate.completed_at),
        "achievement": achievement,
    }
    if certificate.credit_claimed is not None:
        subject["creditsEarned"] = float(certificate.credit_claimed)
        subject["result"] = [
            {
                "type": ["Result"],
                "value": f"{format_amount(certificate.credit_claimed)} "
                f"{certificate.credit_type_name}",
            }
        ]
    document: dict = {
        "@context": OB_CONTEXT,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer_profile(name=certificate.provider_name),
        "validFrom": iso_datetime(certificate.issued_at),
        "name": f"{certificate.course_title} — certificate",
        "credentialSubject": subject,
        "credentialSchema": [OB_SCHEMA],
        "credentialStatus": credential_status(status_entry),
    }
    if certificate.expires_at is not None:
        document["validUntil"] = iso_datetime(certificate.expires_at)
    # A new id whenever the content changes (a claim, a re-rendered issuer name), the same id for
    # the same content: (issuer, id) names one credential, so a reissue must not reuse the id.
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    content_id = uuid.uuid5(CREDENTIAL_ID_NAMESPACE, f"{certificate.code}\n{canonical}")
    return {"@context": document.pop("@context"), "id": content_id.urn, **document}


def credential_jwt(certificate: Certificate) -> str:
    """The credential signed as a VC-JWT with the current issuer key (joserfc).

    Allocates the certificate's status-list index on the first export (once, see
    status_list.status_entry_allocate)."""
    entry = status_entry_allocate(certificate=certificate)
    document = credential_document(certificate, status_entry=entry)
    claims = {
        **document,
        "iss": document["issuer"]["id"],
        "jti": document["id"],
        "sub": document["credentialSubject"]["id"],
        "nbf": int(certificate.issued_at.replace(microsecond=0).timestamp()),
    }
    if certificate.expires_at is not None:
        claims["exp"] = int(certificate.expires_at.replace(microsecond=0).timestamp())
    return sign_jwt(claims)
