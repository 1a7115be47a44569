"""Invitations: a person whose account a roster import created is emailed once, by the
institution, with a link to set their password; an admin may resend it, once a day, to a member
who has never signed in.

An existing account named by an institution (a roster row, an admin) is never added directly:
its membership waits inactive (``invitation_pending``, shown as "invited") and the person gets an
"accept invitation" email. The membership starts only when the signed-in owner accepts
(``invitation_accept``); until then the institution cannot assign, enroll, report on or certify
them. Declining withdraws it.

They travel in the compliance outbox (``OutboxEmail``, kind ``invitation``), so the same keys
make "once" hold: one email per person, kind and day, and one import invitation per person,
ever. The rows are written in the import's own transaction, so a rejected import invites nobody
and a re-import (the people exist by then) or a redelivered task invites nobody again. The link
is Django's password reset link, made when the email is sent: it works once and for
``PASSWORD_RESET_TIMEOUT``; Django's "forgot password" form ignores accounts without a usable
password, so for these people the invitation is the way in.
"""

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User
from compliance.models import Assignment, OutboxEmail, OutboxKind, OutboxStatus, RosterImport
from core import pagecache
from core.emails import templated_email
from institutions.models import Department, Institution, Membership, Role
from institutions.permissions import user_can_administer
from institutions.services import membership_create

from .outbox import outbox_deliver

logger = logging.getLogger(__name__)

_CHUNK = 500


class InvitationDeliveryError(Exception):
    """The mail server refused one or more invitations; they stay pending for a retry."""


def invitation_accept_link(*, membership: Membership) -> str:
    """The absolute "accept invitation" page; only the signed-in invited person can use it."""
    path = reverse("compliance:invitation", kwargs={"membership_id": membership.pk})
    return f"{settings.SITE_URL}{path}"


def invitation_link(*, user: User) -> str:
    """The absolute "set your password" link: Django's password reset confirm page."""
    path = reverse(
        "accounts:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{settings.SITE_URL}{path}"


@transaction.atomic
def invitations_create_for_import(
    *, roster_import: RosterImport, user_ids: list[int], today: dt.date | None = None
) -> int:
    """Record one invitation for each person the import created (call it inside the import's
    transaction) and send them once it commits; returns how many were recorded."""
    if not user_ids:
        return 0
    today = today or timezone.localdate()
    addresses: dict[int, str] = {}
    for i in range(0, len(user_ids), _CHUNK):
        chunk = user_ids[i : i + _CHUNK]
        addresses.update(User.objects.filter(pk__in=chunk).values_list("pk", "email"))
    OutboxEmail.objects.bulk_create(
        [
            OutboxEmail(
                recipient_id=pk,
                kind=OutboxKind.INVITATION,
                send_on=today,
                to_address=addresses[pk],
                institution_id=roster_import.institution_id,
                roster_import=roster_import,
            )
            for pk in user_ids
        ],
        batch_size=1000,
        # An invitation the institution already sent the person today (an admin's resend)
        # stands for this one.
        ignore_conflicts=True,
    )
    from .tasks import invitations_send_for_import_task

    invitations_send_for_import_task.delay_on_commit(roster_import.pk)
    return len(user_ids)


@transaction.atomic
def membership_invite(
    *,
    actor: User,
    institution: Institution,
    user: User,
    role: str = Role.LEARNER,
    department: Department | None = None,
    job_title: str = "",
    employee_id: str = "",
) -> Membership:
    """An admin names an existing account as a member: the membership waits, inactive and
    "invited", and the invitation email is queued (institutions.services.membership_create
    creates it; the email is ours)."""
    membership = membership_create(
        actor=actor,
        institution=institution,
        user=user,
        role=role,
        department=department,
        job_title=job_title,
        employee_id=employee_id,
    )
    invitation_resend(actor=actor, membership=membership)
    return membership


def invitation_resend(
    *, actor: User, membership: Membership, today: dt.date | None = None
) -> OutboxEmail:
    """An institution admin may send an invitation again, once a day: to an invited person who
    has not accepted yet, or to a member whose account it created and who never signed in."""
    institution = membership.institution
    if not user_can_administer(user=actor, institution=institution):
        raise PermissionDenied("You do not administer this institution.")
    user = membership.user
    if not membership.is_active and not membership.invitation_pending:
        raise ValidationError(f"{user.email} is no longer an active member of {institution.name}.")
    if not membership.invitation_pending and user.last_login is not None:
        raise ValidationError(
            f"{user.email} has already signed in, so there is no invitation to resend."
        )
    today = today or timezone.localdate()
    try:
        with transaction.atomic():
            email = OutboxEmail(
                recipient=user,
                kind=OutboxKind.INVITATION,
                send_on=today,
                to_address=user.email,
                institution=institution,
            )
            # full_clean would catch the daily key too, but only the database sees a concurrent
            # resend; both land in the except below.
            email.full_clean(validate_constraints=False)
            email.save()
    except IntegrityError as exc:
        raise ValidationError(
            f"An invitation was already sent to {user.email} today; you can send another tomorrow."
        ) from exc
    from .tasks import invitation_send_task

    invitation_send_task.delay_on_commit(email.pk)
    return email


def _render(email: OutboxEmail) -> EmailMultiAlternatives:
    user: User = email.recipient
    institution: Institution = email.institution
    assignments = (
        Assignment.objects.filter(
            membership__user=user,
            membership__institution=institution,
            membership__is_active=True,
            requirement__is_active=True,
        )
        .select_related("requirement__course")
        .order_by("due_on", "id")
    )
    pending = Membership.objects.filter(
        user=user, institution=institution, invitation_pending=True
    ).first()
    if pending is not None:
        # An existing account: the person accepts (signed in) before anything is shared.
        subject = f"{institution.name} invited you to join it on {settings.PLATFORM_NAME}"
        context = {
            "subject": subject,
            "recipient": user,
            "institution": institution.name,
            "accept_link": invitation_accept_link(membership=pending),
            # Someone who never set a password (another institution made the account) sets
            # one first.
            "link": "" if user.has_usable_password() else invitation_link(user=user),
            "link_days": max(settings.PASSWORD_RESET_TIMEOUT // 86400, 1),
            "platform": settings.PLATFORM_NAME,
        }
        return templated_email(
            template="institutions/email/invitation_accept",
            context=context,
            subject=subject,
            to=email.to_address,
        )
    subject = f"{institution.name} invited you to {settings.PLATFORM_NAME}: set your password"
    context = {
        "subject": subject,
        "recipient": user,
        "institution": institution.name,
        "courses": [{"title": a.requirement.course.title, "due_on": a.due_on} for a in assignments],
        "link": invitation_link(user=user),
        "link_days": max(settings.PASSWORD_RESET_TIMEOUT // 86400, 1),
        "login_url": f"{settings.SITE_URL}{reverse('accounts:login')}",
        "platform": settings.PLATFORM_NAME,
    }
    template = "institutions/email/invitation"
    return templated_email(template=template, context=context, subject=subject, to=email.to_address)


def invitation_send(*, email_id: int) -> bool:
    """Send one pending invitation at most once (compliance/outbox.py); returns
    whether this call sent it. A refused send stays pending (and raises
    ``InvitationDeliveryError``) for the task's retry."""
    delivery = outbox_deliver(email_id=email_id, kinds=[OutboxKind.INVITATION], render=_render)
    if delivery.error:
        raise InvitationDeliveryError(delivery.error)
    return delivery.sent


@dataclass
class InvitationRun:
    sent: int = 0
    failed: int = 0


def invitations_send_for_import(*, roster_import_id: int) -> InvitationRun:
    """Send the import's pending invitations, each once; the ones the mail server refused stay
    pending and are counted as failed."""
    run = InvitationRun()
    pending = OutboxEmail.objects.filter(
        roster_import_id=roster_import_id,
        kind=OutboxKind.INVITATION,
        status=OutboxStatus.PENDING,
    ).order_by("id")
    for email_id in list(pending.values_list("id", flat=True)):
        try:
            run.sent += invitation_send(email_id=email_id)
        except InvitationDeliveryError:
            run.failed += 1
    return run


def invitation_get_for_invitee(*, user, membership_id: int) -> Membership:
    """The pending invitation of the signed-in person; anyone else's (or none) answers 404."""
    membership = (
        Membership.objects.select_related("institution", "department")
        .filter(pk=membership_id, invitation_pending=True)
        .first()
    )
    if membership is None or membership.user_id != getattr(user, "pk", None):
        raise Http404("No invitation matches the given query.")
    return membership


@transaction.atomic
def invitation_accept(*, user: User, membership: Membership) -> Membership:
    """Only the invited person starts their membership; then the institution's requirements
    apply to them like to any member."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.user_id != user.pk or not membership.invitation_pending:
        raise PermissionDenied("This invitation is not yours to accept.")
    membership.invitation_pending = False
    membership.is_active = True
    membership.full_clean()
    membership.save(update_fields=["invitation_pending", "is_active"])
    from .services import institution_sync_assignments

    institution_sync_assignments(institution=membership.institution)
    pagecache.bump_users([user.pk])
    return membership


@transaction.atomic
def invitation_decline(*, user: User, membership: Membership) -> None:
    """The invited person declines: the invitation is withdrawn and nothing else changes."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.user_id != user.pk or not membership.invitation_pending:
        raise PermissionDenied("This invitation is not yours to decline.")
    membership.invitation_pending = False
    membership.save(update_fields=["invitation_pending"])
