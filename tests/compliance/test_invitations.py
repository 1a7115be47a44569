import datetime as dt
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from compliance import invitations, rosters
from compliance.invitations import (
    InvitationDeliveryError,
    invitation_resend,
    invitation_send,
)
from compliance.models import OutboxEmail, RosterImport
from compliance.reminders import reminders_batch
from compliance.rosters import roster_import_create, roster_import_process
from compliance.tasks import invitations_send_for_import_task, roster_import_run
from tests.compliance.helpers import requirement
from tests.factories import (
    DepartmentFactory,
    InstitutionFactory,
    MembershipFactory,
    UserFactory,
    make_course,
)

pytestmark = pytest.mark.django_db

HEADER = "email,name,department,job_title,profession,role,employee_id\n"
FILE = HEADER + (
    "ana@example.org,Ana Ruiz,,Staff nurse,nurse,learner,E1\n"
    "ben@example.org,Ben Ode,,Physician,physician,learner,E2\n"
    "old@example.org,Old Timer,,Charge nurse,,,E9\n"
)
ANA = HEADER + "ana@example.org,Ana Ruiz,,,,,\n"
SUBJECT = "St Mary's Hospital invited you to Ethos: set your password"
LINK = re.compile(r"http://testserver/accounts/reset/[^/\s]+/[^/\s]+/")


@pytest.fixture
def inst(settings):
    settings.SITE_URL = "http://testserver"
    settings.PLATFORM_NAME = "Ethos"
    return InstitutionFactory(name="St Mary's Hospital", slug="st-marys")


@pytest.fixture
def old(inst):
    return MembershipFactory(
        institution=inst, user=UserFactory(email="old@example.org"), employee_id="E9"
    )


@pytest.fixture
def admin(inst):
    return MembershipFactory(institution=inst, role="admin", user=UserFactory()).user


def run(inst, text, capture, *, execute: bool = True, **options) -> RosterImport:
    """Import and process ``text``; ``execute=False`` records the invitations but sends none."""
    with capture(execute=execute):
        ri = roster_import_create(
            actor=None, institution=inst, filename="staff.csv", content=text, **options
        )
        ri = roster_import_process(roster_import_id=ri.pk)
    return ri


def link_in(body: str) -> str:
    links = LINK.findall(body)
    assert len(links) == 1, body
    return links[0].removeprefix("http://testserver")


def test_import_invites_exactly_the_people_it_created(
    inst, old, django_capture_on_commit_callbacks
):
    course = make_course(title="Privacy on social media")
    requirement(inst, course=course, due_days=30)
    today = timezone.localdate()

    ri = run(inst, FILE, django_capture_on_commit_callbacks)

    assert ri.status == "succeeded"
    assert ri.summary["people_invited"] == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "ben@example.org"]
    assert [m.subject for m in mail.outbox] == [SUBJECT, SUBJECT]
    ana = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    due = (today + dt.timedelta(days=30)).strftime("%-d %B %Y")
    assert "Hello Ana Ruiz," in ana.body
    assert "St Mary's Hospital has created an account for you on Ethos" in ana.body
    assert (
        f"St Mary's Hospital requires these courses of you:\n- Privacy on social media, due {due}\n"
        in ana.body
    )
    html = ana.alternatives[0][0]
    assert "St Mary&#x27;s Hospital has created an account for you" in html
    assert f"<li>Privacy on social media, due {due}</li>" in html
    assert f'href="http://testserver{link_in(ana.body)}"' in html
    rows = OutboxEmail.objects.order_by("to_address")
    assert [
        (
            e.to_address,
            e.kind,
            e.status,
            e.send_on,
            e.institution_id,
            e.roster_import_id,
            e.subject,
            e.attempts,
        )
        for e in rows
    ] == [
        ("ana@example.org", "invitation", "sent", today, inst.pk, ri.pk, SUBJECT, 1),
        ("ben@example.org", "invitation", "sent", today, inst.pk, ri.pk, SUBJECT, 1),
    ]
    created = User.objects.filter(email__in=["ana@example.org", "ben@example.org"])
    assert [u.has_usable_password() for u in created] == [False, False]
    assert User.objects.get(email="old@example.org").has_usable_password() is True


def test_invitation_without_required_courses_lists_none(inst, django_capture_on_commit_callbacks):
    run(inst, ANA, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    assert "requires these courses" not in mail.outbox[0].body
    assert "<ul>" not in mail.outbox[0].alternatives[0][0]


def test_the_link_sets_a_password_that_signs_in(client, inst, django_capture_on_commit_callbacks):
    run(inst, ANA, django_capture_on_commit_callbacks)
    link = link_in(mail.outbox[0].body)

    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert response.context["validlink"] is True
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"new_password1": "Tr1cky-Orchid-88", "new_password2": "Tr1cky-Orchid-88"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_complete")

    response = client.post(
        reverse("accounts:login"),
        {"username": "ana@example.org", "password": "Tr1cky-Orchid-88"},
    )
    assert response.status_code == 302
    ana = User.objects.get(email="ana@example.org")
    assert int(client.session["_auth_user_id"]) == ana.pk
    assert ana.last_login is not None
    # The link worked once.
    client.logout()
    assert client.get(link, follow=True).context["validlink"] is False


def test_reimport_and_redelivered_tasks_send_nothing_more(
    inst, old, django_capture_on_commit_callbacks
):
    ri = run(inst, FILE, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2

    again = run(inst, FILE, django_capture_on_commit_callbacks)
    assert (again.status, again.summary["people_invited"]) == ("succeeded", 0)
    with django_capture_on_commit_callbacks(execute=True):
        assert roster_import_run(ri.pk) == "succeeded"
        assert invitations_send_for_import_task(ri.pk) == 0

    assert len(mail.outbox) == 2
    assert OutboxEmail.objects.count() == 2


def test_background_import_invites_once_from_the_worker(inst, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ri = roster_import_create(
            actor=None, institution=inst, filename="staff.csv", content=FILE, background=True
        )
    ri.refresh_from_db()
    assert ri.status == "succeeded"
    assert sorted(m.to[0] for m in mail.outbox) == [
        "ana@example.org",
        "ben@example.org",
        "old@example.org",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        roster_import_run(ri.pk)  # redelivered
    assert len(mail.outbox) == 3


def test_rejected_import_invites_nobody(inst, django_capture_on_commit_callbacks):
    ri = run(
        inst,
        ANA + "not-an-email,Ben,,,,,\n",
        django_capture_on_commit_callbacks,
    )

    assert ri.status == "failed"
    assert mail.outbox == []
    assert OutboxEmail.objects.count() == 0


def test_import_rolled_back_after_recording_invitations_invites_nobody(
    inst, monkeypatch, django_capture_on_commit_callbacks
):
    real = rosters.invitations_create_for_import

    def record_then_conflict(**kwargs):
        real(**kwargs)
        raise IntegrityError("duplicate key")

    monkeypatch.setattr(rosters, "invitations_create_for_import", record_then_conflict)
    ri = run(inst, FILE, django_capture_on_commit_callbacks)

    assert ri.status == "failed"
    assert mail.outbox == []
    assert OutboxEmail.objects.count() == 0
    assert User.objects.filter(email="ana@example.org").exists() is False


def test_refused_send_stays_pending_and_goes_out_once_later(
    inst, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(invitations.EmailMultiAlternatives, "send", refuse)
    run(inst, ANA, django_capture_on_commit_callbacks, execute=False)
    email = OutboxEmail.objects.get()

    with pytest.raises(InvitationDeliveryError, match="mail server down"):
        invitation_send(email_id=email.pk)
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("pending", 1, "mail server down")

    monkeypatch.undo()
    assert invitation_send(email_id=email.pk) is True
    assert invitation_send(email_id=email.pk) is False
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 2)
    assert len(mail.outbox) == 1


def test_the_daily_reminder_sweep_leaves_a_pending_invitation_alone(
    inst, django_capture_on_commit_callbacks
):
    # The sweep fails yesterday's unsent digests; an invitation still waiting for the mail
    # server is not a digest and must still go out.
    run(inst, ANA, django_capture_on_commit_callbacks, execute=False)
    email = OutboxEmail.objects.get()
    OutboxEmail.objects.filter(pk=email.pk).update(send_on=email.send_on - dt.timedelta(days=1))
    reminders_batch(institution=inst)
    email.refresh_from_db()
    assert (email.status, email.last_error) == ("pending", "")
    assert invitation_send(email_id=email.pk) is True


# --- Resend by an admin --------------------------------------------------------------------------


@pytest.fixture
def newcomer(inst):
    user = User(email="cara@example.org", display_name="Cara Lee")
    user.set_unusable_password()
    user.save()
    return MembershipFactory(
        institution=inst, user=user, department=DepartmentFactory(institution=inst)
    )


def resend_url(inst, membership) -> str:
    return reverse(
        "compliance:member-invitation-resend",
        kwargs={"slug": inst.slug, "membership_id": membership.pk},
    )


def post_and_follow(client, url: str) -> tuple[list, list[str]]:
    """POST, follow the redirect; the redirect chain and the messages the page showed."""
    response = client.post(url, follow=True)
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    for text in shown:
        assert text.replace("'", "&#x27;") in response.content.decode()
    return response.redirect_chain, shown


def test_admin_resends_once_a_day(
    client, inst, admin, newcomer, django_capture_on_commit_callbacks
):
    client.force_login(admin)
    member_url = reverse(
        "compliance:compliance-member",
        kwargs={"slug": inst.slug, "membership_id": newcomer.pk},
    )
    page = client.get(member_url)
    assert f'action="{resend_url(inst, newcomer)}"' in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        chain, shown = post_and_follow(client, resend_url(inst, newcomer))
    assert chain == [(member_url, 302)]
    assert shown == ["An invitation was sent to cara@example.org."]
    assert [(m.to, m.subject) for m in mail.outbox] == [(["cara@example.org"], SUBJECT)]
    assert "Hello Cara Lee," in mail.outbox[0].body
    link_in(mail.outbox[0].body)

    with django_capture_on_commit_callbacks(execute=True):
        chain, shown = post_and_follow(client, resend_url(inst, newcomer))
    assert chain == [(member_url, 302)]
    assert shown == [
        "An invitation was already sent to cara@example.org today; you can send another tomorrow."
    ]
    assert len(mail.outbox) == 1

    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        email = invitation_resend(actor=admin, membership=newcomer, today=tomorrow)
    assert (email.send_on, email.status, email.roster_import_id) == (tomorrow, "pending", None)
    email.refresh_from_db()
    assert email.status == "sent"
    assert len(mail.outbox) == 2


def test_resend_refused_for_a_member_who_has_signed_in(client, inst, admin, newcomer):
    User.objects.filter(pk=newcomer.user_id).update(last_login=timezone.now())
    client.force_login(admin)
    member_url = reverse(
        "compliance:compliance-member",
        kwargs={"slug": inst.slug, "membership_id": newcomer.pk},
    )
    assert resend_url(inst, newcomer) not in client.get(member_url).content.decode()

    chain, shown = post_and_follow(client, resend_url(inst, newcomer))

    assert chain == [(member_url, 302)]
    assert shown == ["cara@example.org has already signed in, so there is no invitation to resend."]
    assert mail.outbox == []
    assert OutboxEmail.objects.count() == 0


def test_resend_refused_for_an_inactive_member(inst, admin, newcomer):
    newcomer.is_active = False
    newcomer.save()

    with pytest.raises(ValidationError) as exc:
        invitation_resend(actor=admin, membership=newcomer)

    assert exc.value.messages == [
        "cara@example.org is no longer an active member of St Mary's Hospital."
    ]
    assert OutboxEmail.objects.count() == 0


def test_resend_is_for_this_institutions_admins_only(client, inst, newcomer):
    other = InstitutionFactory()
    other_admin = MembershipFactory(institution=other, role="admin").user
    other_member = MembershipFactory(institution=other)
    manager = MembershipFactory(institution=inst, role="manager").user

    client.force_login(other_admin)
    assert client.post(resend_url(inst, newcomer)).status_code == 404
    # Their own institution's URL with this institution's member: 404 as well.
    wrong = reverse(
        "compliance:member-invitation-resend",
        kwargs={"slug": other.slug, "membership_id": newcomer.pk},
    )
    assert client.post(wrong).status_code == 404
    client.force_login(manager)
    assert client.post(resend_url(inst, newcomer)).status_code == 404
    assert client.get(resend_url(inst, other_member)).status_code == 405
    assert mail.outbox == []
    assert OutboxEmail.objects.count() == 0


def test_manager_sees_no_resend_button(client, inst, newcomer):
    manager = MembershipFactory(
        institution=inst, role="manager", department=newcomer.department
    ).user
    client.force_login(manager)
    page = client.get(
        reverse(
            "compliance:compliance-member",
            kwargs={"slug": inst.slug, "membership_id": newcomer.pk},
        )
    )
    assert page.status_code == 200
    assert "Resend invitation" not in page.content.decode()


# --- The keys that make "once" hold ---------------------------------------------------------------


def test_one_invitation_per_person_per_day(inst, newcomer):
    today = timezone.localdate()
    values = {"recipient": newcomer.user, "kind": "invitation", "institution": inst}
    OutboxEmail.objects.create(**values, send_on=today, to_address="cara@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboxEmail.objects.create(**values, send_on=today, to_address="cara@example.org")
    # Another day is another email (a resend)...
    OutboxEmail.objects.create(
        **values, send_on=today + dt.timedelta(days=1), to_address="cara@example.org"
    )
    assert OutboxEmail.objects.count() == 2


def test_one_invitation_per_import_and_per_institution_and_day(inst, newcomer):
    ri = RosterImport.objects.create(institution=inst, status="succeeded")
    values = {"recipient": newcomer.user, "kind": "invitation", "to_address": "c@x.org"}
    today = timezone.localdate()
    OutboxEmail.objects.create(**values, institution=inst, roster_import=ri, send_on=today)
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboxEmail.objects.create(
            **values, institution=inst, roster_import=ri, send_on=today + dt.timedelta(days=3)
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboxEmail.objects.create(**values, institution=inst, send_on=today)
    # Another institution's invitation the same day is its own (and reveals nothing).
    other = InstitutionFactory()
    OutboxEmail.objects.create(**values, institution=other, send_on=today)
    assert OutboxEmail.objects.count() == 2


def test_an_invitation_names_its_institution(newcomer):
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboxEmail.objects.create(
            recipient=newcomer.user,
            kind="invitation",
            send_on=timezone.localdate(),
            to_address="cara@example.org",
        )
    assert OutboxEmail.objects.count() == 0
