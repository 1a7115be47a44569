"""Revocation status of Open Badges credentials: W3C Bitstring Status List v1.0.

Every exported credential carries a ``BitstringStatusListEntry`` naming a status list credential
this site publishes and an index in it. Indices are allocated once per certificate, at random
(§6.3 "Herd privacy": sequential indices would tell a verifier the order of issuance), in a list
of 131,072 bits; a new list opens when the current one is half full so a random free index is
found in a few tries.

The bit of index *i* is derived from the certificate holding it (revoked or not), so the list
and the certificates cannot disagree. ``certificate_revoke`` calls ``status_list_mark_changed``,
which bumps the list's revision in the same transaction; the signed list is cached per revision,
so the first fetch after the commit already sees the flipped bit, in every process.
"""

import base64
import gzip
import secrets
from datetime import UTC

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from .models import Certificate, StatusList, StatusListEntry, StatusPurpose

ENTRY_TYPE = "BitstringStatusListEntry"
LIST_CREDENTIAL_TYPE = "BitstringStatusListCredential"
CACHE_SECONDS = 24 * 3600


def status_list_url(status_list_id: int) -> str:
    path = reverse("certificates:status-list", kwargs={"pk": status_list_id})
    return f"{settings.SITE_URL}{path}"


# --- Allocation (once per certificate) ------------------------------------------------------


def _open_list() -> StatusList:
    """The list new indices go into, locked until the transaction ends.

    Only the newest list takes new indices. Whoever finds it full (or finds none) opens number
    N + 1; ``number`` is unique, so of two requests racing to open it one inserts and the other
    waits for it, fails, and on its next round locks the list the first one opened."""
    for _attempt in range(10):
        last = StatusList.objects.filter(purpose=StatusPurpose.REVOCATION).order_by("-number")
        newest = last.first()
        if newest is not None and newest.allocated < newest.size // 2:
            locked = StatusList.objects.select_for_update().get(pk=newest.pk)
            if locked.allocated < locked.size // 2:  # still open now that we hold it
                return locked
            continue
        try:
            with transaction.atomic():
                return StatusList.objects.create(
                    number=(newest.number if newest else 0) + 1, purpose=StatusPurpose.REVOCATION
                )
        except IntegrityError:
            continue
    raise RuntimeError("Could not open a status list.")  # pragma: no cover


def status_entry_allocate(*, certificate: Certificate) -> StatusListEntry:
    """The certificate's status-list index; allocated on the first call, the same one after."""
    existing = StatusListEntry.objects.filter(certificate_id=certificate.pk).first()
    if existing is not None:  # every export after the first: one query, no transaction
        return existing
    return _allocate(certificate=certificate)


@transaction.atomic
def _allocate(*, certificate: Certificate) -> StatusListEntry:
    status_list = _open_list()
    taken = set(status_list.entries.values_list("index", flat=True))
    for _attempt in range(20):
        index = secrets.randbelow(status_list.size)
        if index in taken:
            continue
        entry = StatusListEntry(certificate=certificate, status_list=status_list, index=index)
        entry.full_clean(exclude=["certificate", "status_list"])
        try:
            # The savepoint keeps the caller's transaction usable when a concurrent export of the
            # same certificate won (OneToOne) or, on a database without row locks, took the index.
            with transaction.atomic():
                entry.save()
        except IntegrityError:
            winner = StatusListEntry.objects.filter(certificate_id=certificate.pk).first()
            if winner is not None:
                return winner
            taken.add(index)
            continue
        StatusList.objects.filter(pk=status_list.pk).update(allocated=F("allocated") + 1)
        return entry
    raise RuntimeError(f"No free index found in status list {status_list.pk}.")  # pragma: no cover


@transaction.atomic
def status_list_mark_changed(*, certificate: Certificate) -> None:
    """Flip the certificate's bit as published: the next fetch of its list renders a new revision.

    Called by the code that changes a certificate's status (certificate_revoke). A certificate
    that was never exported has no index, and nothing to flip."""
    StatusList.objects.filter(entries__certificate_id=certificate.pk).update(
        revision=F("revision") + 1, updated_at=timezone.now()
    )


# --- The published list ---------------------------------------------------------------------


def status_list_get(*, status_list_id: int) -> StatusList:
    try:
        return StatusList.objects.get(pk=status_list_id)
    except StatusList.DoesNotExist:
        raise Http404("No such status list.") from None


def status_list_bits(*, status_list: StatusList) -> bytes:
    """The raw bitstring: index 0 is the left-most (most significant) bit of the first byte."""
    bits = bytearray(status_list.size // 8)
    # Set for revoked certificates and for tombstones of purged ones (no longer on record).
    revoked = (
        StatusListEntry.objects.filter(status_list=status_list)
        .filter(Q(certificate__revoked_at__isnull=False) | Q(certificate__isnull=True))
        .values_list("index", flat=True)
    )
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    return bytes(bits)


def encode_bits(bits: bytes) -> str:
    """GZIP, then multibase base64url without padding (prefix ``u``), as §3.2 specifies."""
    compressed = gzip.compress(bits, compresslevel=9, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def decode_bits(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("encodedList is not multibase base64url (it must start with 'u').")
    data = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def bit_is_set(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_document(*, status_list: StatusList) -> dict:
    """The unsigned BitstringStatusListCredential."""
    from .credentials import iso_datetime, issuer_id

    url = status_list_url(status_list.pk)
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", LIST_CREDENTIAL_TYPE],
        "issuer": issuer_id(),
        "validFrom": iso_datetime(status_list.updated_at),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": status_list.purpose,
            "encodedList": encode_bits(status_list_bits(status_list=status_list)),
        },
    }


def status_list_jwt(*, status_list: StatusList) -> str:
    """The status list credential as a VC-JWT, cached per (list, revision, signing key)."""
    from .signing import current_key, sign_jwt

    signer = current_key().thumbprint
    key = f"certificates:status-list:{status_list.pk}:{status_list.revision}:{signer}"
    token = cache.get(key)
    if token is None:
        document = status_list_document(status_list=status_list)
        token = sign_jwt(
            {
                **document,
                "iss": document["issuer"],
                "jti": document["id"],
                "sub": document["credentialSubject"]["id"],
                "nbf": int(status_list.updated_at.astimezone(UTC).timestamp()),
            }
        )
        cache.set(key, token, CACHE_SECONDS)
    return token


def credential_status(entry: StatusListEntry) -> dict:
    """The ``credentialStatus`` of a credential whose certificate holds ``entry``."""
    url = status_list_url(entry.status_list_id)
    return {
        "id": f"{url}#{entry.index}",
        "type": ENTRY_TYPE,
        "statusPurpose": StatusPurpose.REVOCATION.value,
        "statusListIndex": str(entry.index),
        "statusListCredential": url,
    }
