"""Each outbox email is sent at most once under a lease, with its Message-ID as idempotency key,
and every attempt is on the member page for the institution's admins (not its managers)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from compliance.invitations import invitation_resend, invitation_send
from compliance.models import EmailDelivery, OutboxEmail
from compliance.outbox import SEND_LEASE, outbox_expire_leases
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def inst(settings):
    settings.SITE_URL = "http://testserver"
    return InstitutionFactory(name="St Mary's Hospital", slug="st-marys")


@pytest.fixture
def admin(inst):
    return MembershipFactory(institution=inst, role="admin", user=UserFactory()).user


@pytest.fixture
def newcomer(inst):
    return MembershipFactory(
        institution=inst,
        department=DepartmentFactory(institution=inst, name="ICU"),
        user=UserFactory(email="cara@example.org", last_login=None),
    )


def member_url(inst, membership) -> str:
    return reverse(
        "compliance:compliance-member",
        kwargs={"slug": inst.slug, "membership_id": membership.pk},
    )


def test_sent_email_carries_its_message_id_and_is_on_the_admins_member_page(
    client, inst, admin, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        email = invitation_resend(actor=admin, membership=newcomer)
    email.refresh_from_db()
    assert email.status == "sent"
    assert email.lease_expires_at is None
    assert email.message_id.startswith(f"<outbox-{email.pk}.")
    assert [m.extra_headers["Message-ID"] for m in mail.outbox] == [email.message_id]
    delivery = EmailDelivery.objects.get()
    assert (delivery.attempt, delivery.outcome, delivery.message_id) == (
        1,
        "sent",
        email.message_id,
    )

    client.force_login(admin)
    page = client.get(member_url(inst, newcomer)).content.decode()
    assert "Reminder and invitation history" in page
    assert "Accepted by the mail server" in page
    assert email.message_id.replace("<", "&lt;").replace(">", "&gt;") in page

    manager = MembershipFactory(
        institution=inst, role="manager", department=newcomer.department
    ).user
    client.force_login(manager)
    page = client.get(member_url(inst, newcomer))
    assert page.status_code == 200
    assert "Reminder and invitation history" not in page.content.decode()


def test_a_leased_email_is_not_sent_by_a_second_worker_and_expires_unconfirmed(
    inst, admin, newcomer
):
    email = invitation_resend(actor=admin, membership=newcomer)  # queued, not yet sent
    # A worker leased it and died before recording the outcome (as a SIGKILL would leave it).
    lease = timezone.now() + SEND_LEASE
    OutboxEmail.objects.filter(pk=email.pk).update(
        status="sending", lease_expires_at=lease, message_id="<outbox-lost@ethos.example>"
    )
    EmailDelivery.objects.create(email=email, attempt=1, message_id="<outbox-lost@ethos.example>")

    assert invitation_send(email_id=email.pk) is False  # another worker: hands off
    assert outbox_expire_leases() == 0  # the lease still runs
    assert outbox_expire_leases(now=lease + timedelta(seconds=1)) == 1
    email.refresh_from_db()
    assert email.status == "unconfirmed"
    assert email.last_error == "The worker was lost while sending; not resent (at most once)."
    assert invitation_send(email_id=email.pk) is False
    assert mail.outbox == []
    assert list(email.deliveries.values_list("outcome", flat=True)) == ["unconfirmed"]


def test_a_refused_send_keeps_the_message_id_for_the_retry(inst, admin, newcomer, settings):
    from compliance.invitations import InvitationDeliveryError

    email = invitation_resend(actor=admin, membership=newcomer)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with pytest.raises(InvitationDeliveryError):
        invitation_send(email_id=email.pk)
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("pending", 1)
    first_id = email.message_id
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert invitation_send(email_id=email.pk) is True
    email.refresh_from_db()
    assert email.message_id == first_id
    assert [m.extra_headers["Message-ID"] for m in mail.outbox] == [first_id]
    assert list(email.deliveries.order_by("attempt").values_list("outcome", flat=True)) == [
        "failed",
        "sent",
    ]
