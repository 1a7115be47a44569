"""SCIM tokens: created by an institution admin (secret shown once, only a digest stored), listed
with last use, revoked, audited; a missing, wrong or revoked token answers 401."""

import hashlib

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from core.formatting import display_datetime
from scim.models import ScimEvent, ScimToken
from scim.tokens import scim_token_create, scim_token_revoke
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory
from tests.scim.conftest import ERROR, ScimClient

pytestmark = pytest.mark.django_db

UNAUTHORIZED = {
    "schemas": [ERROR],
    "status": "401",
    "detail": "Send a valid SCIM token: Authorization: Bearer <token>.",
}


def _admin_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_admin_creates_a_token_shown_once_and_stored_as_a_digest(scim_setup):
    institution, admin = scim_setup[0], scim_setup[1]
    client = _admin_client(admin)
    url = f"/institutions/{institution.slug}/scim/"
    page = client.get(url)
    assert page.status_code == 200
    assert "http://testserver/scim/v2" in page.content.decode()
    response = client.post(url, {"name": "Okta"})
    assert response.status_code == 200
    token = ScimToken.objects.get(name="Okta")
    raw = response.context["new_token"]
    assert raw.startswith("ethos_scim_")
    assert raw in response.content.decode()
    assert token.digest == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {token.name, token.prefix, token.digest}
    assert token.created_by == admin
    # Never shown again.
    assert raw not in client.get(url).content.decode()
    assert ScimEvent.objects.filter(action="token_created", actor=admin, token=token).exists()


def test_token_name_is_required(scim_setup):
    institution, admin = scim_setup[0], scim_setup[1]
    response = _admin_client(admin).post(f"/institutions/{institution.slug}/scim/", {"name": " "})
    assert response.status_code == 400
    assert "This field cannot be blank." in response.content.decode()
    assert ScimToken.objects.filter(institution=institution).count() == 1


def test_last_used_is_recorded_and_listed(scim_setup, scim):
    institution, admin, token = scim_setup[0], scim_setup[1], scim_setup[2]
    assert token.last_used_at is None
    assert scim.get("/Users").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    page = _admin_client(admin).get(f"/institutions/{institution.slug}/scim/")
    assert display_datetime(token.last_used_at) in (page.content.decode())


def test_missing_wrong_and_malformed_tokens_answer_401(scim_setup):
    raw = scim_setup[3]
    client = Client()
    for headers in (
        {},
        {"Authorization": "Bearer ethos_scim_wrong"},
        {"Authorization": "Bearer "},
        {"Authorization": f"Basic {raw}"},
        {"Authorization": raw},
    ):
        response = client.get("/scim/v2/Users", headers=headers)
        assert response.status_code == 401, headers
        assert response.json() == UNAUTHORIZED
        assert response["WWW-Authenticate"] == 'Bearer realm="SCIM"'


def test_revoked_token_answers_401_and_revocation_is_audited(scim_setup, scim):
    institution, admin, token = scim_setup[0], scim_setup[1], scim_setup[2]
    assert scim.get("/Users").status_code == 200
    response = _admin_client(admin).post(
        f"/institutions/{institution.slug}/scim/tokens/{token.pk}/revoke/"
    )
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None and token.revoked_by == admin
    response = scim.get("/Users")
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED
    assert ScimEvent.objects.filter(action="token_revoked", actor=admin, token=token).exists()
    with pytest.raises(ValidationError, match="is already revoked"):
        scim_token_revoke(actor=admin, institution=institution, token=token)


def test_token_stops_working_when_its_creator_is_no_longer_admin(scim_setup, scim):
    institution, admin = scim_setup[0], scim_setup[1]
    admin.memberships.filter(institution=institution).update(role="learner")
    assert scim.get("/Users").status_code == 401


def test_only_the_institutions_admins_manage_its_tokens(scim_setup):
    institution, _admin, token = scim_setup[0], scim_setup[1], scim_setup[2]
    learner = UserFactory()
    MembershipFactory(user=learner, institution=institution, role="learner")
    other_admin = UserFactory()
    MembershipFactory(user=other_admin, institution=InstitutionFactory(), role="admin")
    for user in (learner, other_admin):
        client = _admin_client(user)
        assert client.get(f"/institutions/{institution.slug}/scim/").status_code == 404
        response = client.post(f"/institutions/{institution.slug}/scim/tokens/{token.pk}/revoke/")
        assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    with pytest.raises(PermissionDenied, match=r"You do not administer this institution\."):
        scim_token_create(actor=other_admin, institution=institution, name="x")


def test_an_admin_cannot_revoke_another_institutions_token(scim_setup):
    other, _other_admin, other_token, _ = _other_institution()
    institution, admin = scim_setup[0], scim_setup[1]
    response = _admin_client(admin).post(
        f"/institutions/{institution.slug}/scim/tokens/{other_token.pk}/revoke/"
    )
    assert response.status_code == 404
    other_token.refresh_from_db()
    assert other_token.revoked_at is None
    assert other.pk != institution.pk


def _other_institution():
    from tests.scim.conftest import make_scim_institution

    return make_scim_institution("Lakeside")


def test_platform_staff_create_a_token_in_django_admin(scim_setup):
    institution = scim_setup[0]
    staff = UserFactory(is_staff=True, is_superuser=True)
    client = _admin_client(staff)
    response = client.post(
        "/django-admin/scim/scimtoken/add/",
        {"institution": institution.pk, "name": "Staff token"},
        follow=True,
    )
    assert response.status_code == 200
    token = ScimToken.objects.get(name="Staff token")
    assert token.created_by == staff
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) >= 1
    raw = next(m for m in shown if "ethos_scim_" in m).split("<code>")[1].split("</code>")[0]
    assert ScimClient(raw).get("/Users").status_code == 200


def test_compliance_dashboard_links_admins_to_scim(scim_setup):
    institution, admin = scim_setup[0], scim_setup[1]
    page = _admin_client(admin).get(f"/institutions/{institution.slug}/compliance/")
    assert page.status_code == 200
    assert f'href="/institutions/{institution.slug}/scim/"' in page.content.decode()
