"""Password login refused (with a message pointing to single sign-on) for members of an
institution that disabled it, on the sign-in page and the API token endpoint."""

import pytest

from tests.factories import InstitutionFactory, MembershipFactory, UserFactory
from tests.sso.helpers import oidc_idp

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
MESSAGE = (
    "Riverside Health signs its members in with single sign-on: use “Sign in with your "
    "organisation” with your work email instead of a password."
)


@pytest.fixture
def riverside():
    institution = InstitutionFactory(name="Riverside Health", slug="riverside")
    oidc_idp(institution, domains=["riverside.example"], password_login_disabled=True)
    return institution


def _login(client, email, password=PASSWORD):
    return client.post("/accounts/login/", {"username": email, "password": password})


def test_an_address_in_an_owned_domain_is_pointed_to_sso_before_any_password(client, riverside):
    UserFactory(email="nurse@riverside.example")
    response = _login(client, "nurse@riverside.example", password="wrong")
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [MESSAGE]
    assert "_auth_user_id" not in client.session


def test_a_member_with_another_address_is_refused_after_the_right_password(client, riverside):
    member = MembershipFactory(institution=riverside, user=UserFactory(email="n@gmail.example"))
    response = _login(client, member.user.email)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [MESSAGE]
    assert "_auth_user_id" not in client.session
    # A wrong password gets the usual answer (the policy says nothing before the password).
    response = _login(client, member.user.email, password="wrong")
    assert response.context["form"].non_field_errors() == [
        "Please enter a correct email address and password. Note that both fields may be "
        "case-sensitive."
    ]


def test_the_api_token_endpoint_refuses_too(client, riverside):
    member = MembershipFactory(institution=riverside, user=UserFactory(email="n@gmail.example"))
    response = client.post(
        "/api/v1/auth/token/",
        {"email": member.user.email, "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "token" not in response.json()


def test_members_of_institutions_that_keep_passwords_and_superusers_sign_in(client, riverside):
    other = InstitutionFactory(slug="lakeside")
    oidc_idp(other, domains=["lakeside.example"], password_login_disabled=False)
    member = MembershipFactory(institution=other, user=UserFactory(email="a@lakeside.example"))
    assert _login(client, member.user.email).status_code == 302
    client.logout()
    # An inactive (ended) membership of Riverside does not bind the account.
    ended = MembershipFactory(
        institution=riverside, user=UserFactory(email="b@gmail.example"), is_active=False
    )
    assert _login(client, ended.user.email).status_code == 302
    client.logout()
    staff = UserFactory(email="root@gmail.example", is_superuser=True, is_staff=True)
    MembershipFactory(institution=riverside, user=staff)
    assert _login(client, staff.email).status_code == 302
