"""Sending one outbox email at most once, with every attempt recorded.

The guarantee: an ``OutboxEmail`` reaches the mail server at most once, even if the worker is
killed at any point, including after the server accepted the message but before we wrote that
down. The steps:

1. **Lease** (own transaction, row lock): a ``pending`` row becomes ``sending`` with
   ``lease_expires_at`` and its Message-ID (the idempotency key, unique in the database, the same
   for every attempt of this row); an ``EmailDelivery`` row records the attempt. Committed before
   anything is handed to SMTP, so no other worker can pick it up.
2. **Send** outside any transaction, with that Message-ID header.
3. **Record** (own transaction): accepted → ``sent``; refused (the server said no, so nothing was
   delivered) → back to ``pending`` for a retry, the error kept on the attempt.

A worker killed between 1 and 3 leaves a ``sending`` row. When its lease runs out
(``outbox_expire_leases``, run by every send pass and the daily compliance run) nothing can tell
whether the server accepted it, and we choose **at most once**: the row becomes ``unconfirmed``
and is never sent again. A reminder digest is repeated by the next reminder anyway (weekly while
overdue), and an admin can resend an invitation from the member page, whereas a duplicate would
be in the recipient's inbox for good. The lease is long (10 minutes) compared with one SMTP
conversation (seconds, bounded by ``EMAIL_TIMEOUT``), so a live worker never loses its lease.
"""

import datetime as dt
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from compliance.models import DeliveryOutcome, EmailDelivery, OutboxEmail, OutboxStatus

logger = logging.getLogger(__name__)

SEND_LEASE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Delivery:
    """What one ``outbox_deliver`` call did."""

    sent: bool = False
    error: str = ""


def _message_id(email: OutboxEmail) -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "ethos.invalid"
    return f"<outbox-{email.pk}.{secrets.token_hex(8)}@{domain}>"


def outbox_expire_leases(*, now: dt.datetime | None = None) -> int:
    """Mark emails whose sender died mid-send (lease run out) unconfirmed, never to be resent;
    returns how many."""
    now = now or timezone.now()
    expired = 0
    with transaction.atomic():
        rows = OutboxEmail.objects.select_for_update(skip_locked=True).filter(
            status=OutboxStatus.SENDING, lease_expires_at__lt=now
        )
        for email in rows:
            email.status = OutboxStatus.UNCONFIRMED
            email.last_error = "The worker was lost while sending; not resent (at most once)."
            email.lease_expires_at = None
            email.save(update_fields=["status", "last_error", "lease_expires_at"])
            EmailDelivery.objects.filter(email=email, outcome=DeliveryOutcome.SENDING).update(
                outcome=DeliveryOutcome.UNCONFIRMED, finished_at=now
            )
            expired += 1
    if expired:
        logger.warning("%s outbox email(s) unconfirmed after a lost worker", expired)
    return expired


def outbox_deliver(
    *,
    email_id: int,
    kinds: list[str],
    render: Callable[[OutboxEmail], EmailMessage | None],
) -> Delivery:
    """Send one pending outbox email of one of ``kinds`` at most once (see the module docstring).
    ``render`` builds the message, or returns None when there is nothing to send."""
    now = timezone.now()
    with transaction.atomic():
        email = (
            OutboxEmail.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("recipient", "institution")
            .filter(pk=email_id, kind__in=kinds, status=OutboxStatus.PENDING)
            .first()
        )
        if email is None:
            return Delivery()  # sent, being sent, given up, or locked by another worker now
        message = render(email)
        if message is None:
            email.status = OutboxStatus.FAILED
            email.last_error = "Nothing to send."
            email.save(update_fields=["status", "last_error"])
            return Delivery(error=email.last_error)
        if not email.message_id:
            email.message_id = _message_id(email)
        email.subject = message.subject
        email.attempts += 1
        email.status = OutboxStatus.SENDING
        email.lease_expires_at = now + SEND_LEASE
        email.save(
            update_fields=["message_id", "subject", "attempts", "status", "lease_expires_at"]
        )
        delivery = EmailDelivery.objects.create(
            email=email, attempt=email.attempts, message_id=email.message_id, started_at=now
        )
    message.extra_headers["Message-ID"] = email.message_id
    try:
        message.send()
    except Exception as exc:  # the server refused or was unreachable: nothing was delivered
        logger.warning("outbox email %s failed: %s", email.pk, exc)
        error = str(exc)[:2000] or exc.__class__.__name__
        with transaction.atomic():
            OutboxEmail.objects.filter(pk=email.pk, status=OutboxStatus.SENDING).update(
                status=OutboxStatus.PENDING, lease_expires_at=None, last_error=error
            )
            EmailDelivery.objects.filter(pk=delivery.pk).update(
                outcome=DeliveryOutcome.FAILED, error=error, finished_at=timezone.now()
            )
        return Delivery(error=error)
    finished = timezone.now()
    with transaction.atomic():
        OutboxEmail.objects.filter(pk=email.pk, status=OutboxStatus.SENDING).update(
            status=OutboxStatus.SENT, sent_at=finished, lease_expires_at=None, last_error=""
        )
        EmailDelivery.objects.filter(pk=delivery.pk).update(
            outcome=DeliveryOutcome.SENT, finished_at=finished
        )
    return Delivery(sent=True)
