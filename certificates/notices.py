"""Telling learners about their certificates: issued, and about to expire (in the app, and by
email unless they switched certificate emails off). Each fact is recorded once
(notifications' unique key) and emailed at most once."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from core.formatting import display_date
from notifications.models import EmailCategory, NotificationKind
from notifications.services import Draft, notification_email, notify

from .models import Certificate

EXPIRY_NOTICE_DAYS = 30


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _tell(certificate: Certificate, *, subject: str, template: str, context: dict, **draft) -> bool:
    """Record the notice once (``draft``: kind, key, title, body) and, if it is new, email it
    at most once; returns whether it was new."""
    path = reverse("certificates:detail", args=[certificate.pk])
    notification = notify(Draft(user_id=certificate.user_id, url=path, **draft))
    if notification is None:
        return False
    notification_email(
        notification=notification,
        category=EmailCategory.CERTIFICATES,
        subject=subject,
        template=template,
        context={"certificate": certificate, "certificate_url": _absolute(path), **context},
    )
    return True


def certificate_issued_notice(*, certificate_id: int) -> bool:
    """Notify (and email) the owner that a certificate was issued; returns whether it was new."""
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.revoked_at is not None:
        return False
    expiry = (
        f" It is valid until {display_date(certificate.expires_at)}."
        if certificate.expires_at
        else ""
    )
    return _tell(
        certificate,
        kind=NotificationKind.CERTIFICATE_ISSUED,
        key=f"certificate-issued:{certificate.pk}",
        title=f"Certificate issued: {certificate.course_title}",
        body=f"Download it, claim any credit and share it from your certificate page.{expiry}",
        subject=f"Your certificate: {certificate.course_title}",
        template="notifications/email/certificate_issued",
        context={},
    )


def certificates_expiry_notices(*, now: dt.datetime | None = None) -> int:
    """Notify owners of valid certificates expiring within 30 days, once per certificate and
    expiry date (renewing moves the date, so the next cycle is told again); returns how many."""
    now = now or timezone.now()
    expiring = (
        Certificate.objects.filter(
            revoked_at__isnull=True,
            expires_at__gt=now,
            expires_at__lte=now + dt.timedelta(days=EXPIRY_NOTICE_DAYS),
            user__is_active=True,
        )
        .select_related("user")
        .order_by("expires_at", "pk")
    )
    told = 0
    for certificate in expiring.iterator(chunk_size=500):
        day = timezone.localdate(certificate.expires_at)
        told += _tell(
            certificate,
            kind=NotificationKind.CERTIFICATE_EXPIRING,
            key=f"certificate-expiring:{certificate.pk}:{day.isoformat()}",
            title=f"Certificate expires {display_date(day)}: {certificate.course_title}",
            body="Take the course again before then to renew it.",
            subject=f"Your certificate expires on {display_date(day)}: {certificate.course_title}",
            template="notifications/email/certificate_expiring",
            context={"expires_on": day},
        )
    return told
