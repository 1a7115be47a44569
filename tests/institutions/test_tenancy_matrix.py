"""Tenancy matrix: every write path that can touch a user, membership, enrollment or
certificate, tried by an admin of institution A against people A does not own (a member of B,
an unaffiliated account, the platform superuser). Until the person accepts an invitation, A can
never change them, enroll them, read their records or certify/revoke them (DESIGN.md)."""

import csv
import io
import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.urls import reverse

from accounts.models import User
from certificates.services import certificate_revoke
from compliance.invitations import (
    invitation_accept,
    invitation_get_for_invitee,
    invitation_resend,
    membership_invite,
)
from compliance.models import Assignment
from compliance.rosters import roster_import_create, roster_import_process
from compliance.services import (
    institution_sync_assignments,
    requirement_enroll_assigned,
)
from courses.models import Enrollment
from courses.services import enrollment_create
from institutions.models import Membership
from institutions.services import membership_update
from tests.compliance.helpers import at, certify, requirement
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

HEADER = "email,name,department,job_title,profession,role,employee_id\n"
KINDS = ["member_of_b", "unaffiliated", "superuser"]
CHANNELS = ["service", "html", "api"]


@pytest.fixture
def world(settings):
    settings.SITE_URL = "http://testserver"
    a = InstitutionFactory(name="Alpha Hospital", slug="alpha")
    b = InstitutionFactory(name="Beta Clinic", slug="beta")
    admin_a = MembershipFactory(institution=a, role="admin").user
    course = make_course(title="Privacy online")
    req = requirement(a, course=course, due_days=30)
    people = {
        "member_of_b": MembershipFactory(
            institution=b, user=UserFactory(email="bea@beta.org", display_name="Bea Beta")
        ).user,
        "unaffiliated": UserFactory(email="una@example.org", display_name="Una Alone"),
        "superuser": User.objects.create_superuser(
            email="root@example.org", password="root-passphrase-1", display_name="Root"
        ),
    }
    return {"a": a, "b": b, "admin_a": admin_a, "course": course, "req": req, "people": people}


def _import(channel: str, world, client, api_client, text: str) -> dict:
    """Import ``text`` into A as A's admin through one channel; returns the stored summary."""
    a, admin = world["a"], world["admin_a"]
    if channel == "service":
        ri = roster_import_create(actor=admin, institution=a, filename="staff.csv", content=text)
        ri = roster_import_process(roster_import_id=ri.pk)
        assert ri.status == "succeeded", ri.errors
        return ri.summary
    upload = SimpleUploadedFile("staff.csv", text.encode(), content_type="text/csv")
    if channel == "html":
        client.force_login(admin)
        response = client.post(reverse("compliance:roster-import", args=[a.slug]), {"file": upload})
        assert response.status_code == 302
    else:
        api_client.force_authenticate(admin)
        response = api_client.post(
            reverse("api-roster-import", kwargs={"slug": a.slug}),
            {"file": upload},
            format="multipart",
        )
        assert response.status_code == 201, response.content
        return response.json()["summary"]
    return a.roster_imports.first().summary


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("kind", KINDS)
def test_roster_import_only_invites_an_existing_account(
    kind, channel, world, client, api_client, django_capture_on_commit_callbacks
):
    a, person, course = world["a"], world["people"][kind], world["course"]
    before = (person.display_name, person.profession, person.password)
    row = f"{person.email},Renamed Person,,Spy,pharmacist,admin,X1\n"
    with django_capture_on_commit_callbacks(execute=True):
        summary = _import(channel, world, client, api_client, HEADER + row)
    requirement_enroll_assigned(requirement=world["req"])

    # Never changed: name, profession, password.
    person.refresh_from_db()
    assert (person.display_name, person.profession, person.password) == before
    # Invited, not a member: inactive, shown as "invited", no assignment, no enrollment for A.
    m = Membership.objects.get(institution=a, user=person)
    assert (m.is_active, m.invitation_pending, m.status) == (False, True, "invited")
    assert not Assignment.objects.filter(membership=m).exists()
    assert not Enrollment.objects.filter(user=person, institution=a).exists()
    with pytest.raises(ValidationError, match="is not an active member of Alpha Hospital"):
        enrollment_create(user=person, course=course, source="requirement", institution=a)
    # The summary reads exactly as for a brand-new address.
    assert summary == {
        "rows": 1,
        "people_invited": 1,
        "members_updated": 0,
        "members_deactivated": 0,
        "departments_created": 0,
    }
    # The email asks the person to accept; it does not set a password.
    [email] = [e for e in mail.outbox if e.to == [person.email]]
    assert email.subject == "Alpha Hospital invited you to join it on Ethos"
    assert f"http://testserver/invitations/{m.pk}/" in email.body
    assert "/accounts/reset/" not in email.body


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_new_and_an_existing_address_get_the_same_answer(
    channel, world, client, api_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = _import(channel, world, client, api_client, HEADER + "fresh@example.org,F,,,,,\n")
        old = _import(channel, world, client, api_client, HEADER + "bea@beta.org,F,,,,,\n")
    assert new == old


@pytest.mark.parametrize("kind", KINDS)
def test_compliance_pages_api_and_csv_never_show_an_invited_person(
    kind, world, client, api_client, django_capture_on_commit_callbacks
):
    a, b, person, course = world["a"], world["b"], world["people"][kind], world["course"]
    # The person has a certificate for A's required course, earned elsewhere.
    cert = certify(person, course, issued_at=at(world["req"].created_at.date()))
    cert.institution = b
    cert.save(update_fields=["institution"])
    with django_capture_on_commit_callbacks(execute=True):
        _import("service", world, client, api_client, HEADER + f"{person.email},,,,,,\n")
    institution_sync_assignments(institution=a)

    api_client.force_authenticate(world["admin_a"])
    rows = api_client.get(reverse("api-compliance-members", kwargs={"slug": a.slug})).json()
    assert person.email not in [r["email"] for r in rows["results"]]
    export = api_client.get(reverse("api-compliance-export", kwargs={"slug": a.slug}))
    emails = [
        r.get("email")
        for r in csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    ]
    assert person.email not in emails
    client.force_login(world["admin_a"])
    page = client.get(reverse("compliance:compliance", args=[a.slug])).content.decode()
    assert person.email not in page
    # The member page shows the address A typed, not the person's name, and no records.
    m = Membership.objects.get(institution=a, user=person)
    page = client.get(reverse("compliance:compliance-member", args=[a.slug, m.pk]))
    html = page.content.decode()
    assert "Invited (not accepted yet)" in html
    assert person.display_name not in html
    assert "No requirements apply to this member." in html
    # A cannot revoke the certificate B issued.
    with pytest.raises(PermissionDenied, match=re.escape("You may not revoke this certificate.")):
        certificate_revoke(certificate=cert, actor=world["admin_a"], reason="Ours now")


def test_a_re_import_changes_nothing_of_an_invited_person_and_sends_no_second_email(
    world, client, api_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _import("service", world, client, api_client, HEADER + "bea@beta.org,X,,,nurse,,\n")
        second = _import("service", world, client, api_client, HEADER + "bea@beta.org,Y,,,,,\n")
    assert second["people_invited"] == 1
    assert len([e for e in mail.outbox if e.to == ["bea@beta.org"]]) == 1
    assert User.objects.get(email="bea@beta.org").display_name == "Bea Beta"


def test_an_admin_cannot_activate_an_invited_person_or_add_one_directly(world):
    a, admin, bea = world["a"], world["admin_a"], world["people"]["member_of_b"]
    una = world["people"]["unaffiliated"]
    invited = membership_invite(actor=admin, institution=a, user=una)
    assert (invited.is_active, invited.invitation_pending) == (False, True)
    with pytest.raises(ValidationError, match="joins again only by accepting an invitation"):
        membership_update(actor=admin, institution=a, membership=invited, is_active=True)
    invited.refresh_from_db()
    assert invited.is_active is False
    # A member of B is not reachable through A at all.
    with pytest.raises(
        ValidationError, match=re.escape("The membership belongs to another institution.")
    ):
        membership_update(
            actor=admin, institution=a, membership=bea.memberships.get(), job_title="Hacked"
        )


def test_only_the_invited_person_accepts_and_then_requirements_apply(
    world, client, django_capture_on_commit_callbacks
):
    a, bea, una = world["a"], world["people"]["member_of_b"], world["people"]["unaffiliated"]
    with django_capture_on_commit_callbacks(execute=True):
        membership = membership_invite(actor=world["admin_a"], institution=a, user=bea)
    url = reverse("compliance:invitation", args=[membership.pk])
    # Anyone else (another person, A's admin) gets a 404 and cannot accept.
    for outsider in (una, world["admin_a"]):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert client.post(url, {"answer": "accept"}).status_code == 404
        with pytest.raises(Http404):
            invitation_get_for_invitee(user=outsider, membership_id=membership.pk)
        with pytest.raises(PermissionDenied):
            invitation_accept(user=outsider, membership=membership)
    membership.refresh_from_db()
    assert membership.invitation_pending is True
    # The person signs in and accepts.
    client.force_login(bea)
    assert client.get(url).status_code == 200
    assert client.post(url, {"answer": "accept"}).status_code == 302
    membership.refresh_from_db()
    assert (membership.is_active, membership.invitation_pending, membership.status) == (
        True,
        False,
        "active",
    )
    assert Assignment.objects.filter(membership=membership, requirement=world["req"]).exists()
    assert client.get(url).status_code == 404  # answered once


def test_declining_withdraws_the_invitation(world, client, django_capture_on_commit_callbacks):
    a, una = world["a"], world["people"]["unaffiliated"]
    with django_capture_on_commit_callbacks(execute=True):
        membership = membership_invite(actor=world["admin_a"], institution=a, user=una)
    client.force_login(una)
    client.post(reverse("compliance:invitation", args=[membership.pk]), {"answer": "decline"})
    membership.refresh_from_db()
    assert (membership.is_active, membership.invitation_pending, membership.status) == (
        False,
        False,
        "inactive",
    )
    with pytest.raises(ValidationError, match="is no longer an active member of Alpha Hospital"):
        invitation_resend(actor=world["admin_a"], membership=membership)


def test_invitation_resend_to_an_invited_person_is_the_accept_email(
    world, django_capture_on_commit_callbacks
):
    a, una = world["a"], world["people"]["unaffiliated"]
    with django_capture_on_commit_callbacks(execute=True):
        membership = membership_invite(actor=world["admin_a"], institution=a, user=una)
    with pytest.raises(
        ValidationError, match=re.escape("An invitation was already sent to una@example.org")
    ):
        invitation_resend(actor=world["admin_a"], membership=membership)
    # Another institution may invite the same person the same day.
    b_admin = MembershipFactory(institution=world["b"], role="admin").user
    with django_capture_on_commit_callbacks(execute=True):
        membership_invite(actor=b_admin, institution=world["b"], user=una)
    subjects = sorted(e.subject for e in mail.outbox if e.to == ["una@example.org"])
    assert subjects == [
        "Alpha Hospital invited you to join it on Ethos",
        "Beta Clinic invited you to join it on Ethos",
    ]


def test_deactivating_missing_withdraws_pending_invitations(
    world, client, api_client, django_capture_on_commit_callbacks
):
    a = world["a"]
    with django_capture_on_commit_callbacks(execute=True):
        _import("service", world, client, api_client, HEADER + "bea@beta.org,,,,,,\n")
        ri = roster_import_create(
            actor=world["admin_a"],
            institution=a,
            filename="staff.csv",
            content=HEADER + "fresh@example.org,,,,,,\n",
            deactivate_missing=True,
        )
        ri = roster_import_process(roster_import_id=ri.pk)
    m = Membership.objects.get(institution=a, user__email="bea@beta.org")
    assert (m.is_active, m.invitation_pending) == (False, False)
    assert ri.summary["members_deactivated"] == 1


def test_an_account_the_roster_created_keeps_being_the_rosters_until_claimed(
    world, client, api_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _import("service", world, client, api_client, HEADER + "new@example.org,First,,,nurse,,\n")
        _import("service", world, client, api_client, HEADER + "new@example.org,Second,,,,,\n")
    new = User.objects.get(email="new@example.org")
    assert new.display_name == "Second"  # A made it and nobody has claimed it
    m = Membership.objects.get(institution=world["a"], user=new)
    assert (m.is_active, m.invitation_pending) == (True, False)
    # Another institution naming it only invites it and cannot rename it.
    b_admin = MembershipFactory(institution=world["b"], role="admin").user
    ri = roster_import_create(
        actor=b_admin,
        institution=world["b"],
        filename="b.csv",
        content=HEADER + "new@example.org,Beta Name,,,,,\n",
    )
    roster_import_process(roster_import_id=ri.pk)
    new.refresh_from_db()
    assert new.display_name == "Second"
    # Once B also has a membership, A no longer edits the profile either.
    with django_capture_on_commit_callbacks(execute=True):
        _import("service", world, client, api_client, HEADER + "new@example.org,Third,,,,,\n")
    new.refresh_from_db()
    assert new.display_name == "Second"


def test_my_learning_lists_the_invitation_for_the_invited_person_only(
    world, client, django_capture_on_commit_callbacks
):
    una = world["people"]["unaffiliated"]
    membership = membership_invite(actor=world["admin_a"], institution=world["a"], user=una)
    link = reverse("compliance:invitation", args=[membership.pk])
    client.force_login(una)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert "Alpha Hospital invites you to join it." in page
    assert f'href="{link}"' in page
    client.force_login(world["people"]["member_of_b"])
    assert link not in client.get(reverse("courses:my_learning")).content.decode()


def test_an_address_stored_in_another_case_is_invited_not_a_conflict(
    world, client, api_client, django_capture_on_commit_callbacks
):
    legacy = UserFactory(email="mixed@example.org", display_name="Mixed Case")
    User.objects.filter(pk=legacy.pk).update(email="Mixed@Example.org")
    with django_capture_on_commit_callbacks(execute=True):
        summary = _import(
            "service", world, client, api_client, HEADER + "mixed@example.org,,,,,,\n"
        )
    assert summary["people_invited"] == 1
    m = Membership.objects.get(institution=world["a"], user=legacy)
    assert m.status == "invited"
