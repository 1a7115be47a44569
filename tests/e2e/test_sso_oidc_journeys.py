"""Single sign-on with OpenID Connect, through the browser, against a real provider
(oidc-provider from npm) started by the test: just-in-time account and membership, claim
mapping on each login, single logout, and the refusals."""

import json

import pytest
from allauth.socialaccount.models import SocialAccount

from accounts.models import User
from institutions.models import Membership
from sso.models import IdentityProvider
from sso.services import identity_provider_save
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory
from tests.sso.idp import start_oidc

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CLIENT_ID = "ethos-riverside"
CLIENT_SECRET = "a-client-secret-for-the-test-provider"
NURSE = {
    "email": "alex.rivera@riverside.example",
    "name": "Alex Rivera",
    "given_name": "Alex",
    "family_name": "Rivera",
    "department": "Intensive Care",
    "role": "manager",
    "profession": "nurse",
    "employee_id": "RS-1001",
}


@pytest.fixture
def riverside(db):
    institution = InstitutionFactory(name="Riverside Health", slug="riverside")
    DepartmentFactory(institution=institution, name="Intensive Care")
    DepartmentFactory(institution=institution, name="Emergency")
    return institution


@pytest.fixture
def oidc(riverside, live_server, tmp_path, request):
    """start(rogue="", users={...}) -> the running provider, configured for Riverside."""
    started = []
    users_file = tmp_path / "users.json"

    def start(*, rogue: str = "", users: dict | None = None):
        users_file.write_text(json.dumps(users or {NURSE["email"]: NURSE}))
        peer = start_oidc(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uri=f"{live_server.url}/sso/oidc/riverside/login/callback/",
            home=f"{live_server.url}/",
            users_file=users_file,
            rogue=rogue,
        )
        started.append(peer)
        identity_provider_save(
            actor=None,
            institution=riverside,
            domains=["riverside.example"],
            protocol="oidc",
            oidc_discovery_url=peer.base_url,
            oidc_client_id=CLIENT_ID,
            oidc_client_secret=CLIENT_SECRET,
            update_profile_on_login=True,
        )
        peer.users_file = users_file
        return peer

    yield start
    for peer in started:
        peer.stop()


def _sign_in(journey, idp, email: str, *, check: bool = True):
    page = journey.goto("/accounts/login/")
    if check:
        journey.step("login page")
    page.get_by_label("Work e-mail address").fill(email)
    page.get_by_role("button", name="Continue with your organisation").click()
    page.wait_for_url(f"{idp.base_url}/**")
    # oidc-provider's login page; the login hint (the email typed at Ethos) names the account.
    assert page.locator("input[name=login]").input_value() == email
    page.locator("input[name=password]").fill("any password")
    page.get_by_role("button", name="Sign-in").click()
    return page


def test_first_sign_in_creates_the_member_and_maps_claims_then_single_logout(
    journey, oidc, riverside, live_server
):
    idp = oidc()
    page = _sign_in(journey, idp, NURSE["email"])
    page.wait_for_url(f"{live_server.url}/my-learning/")
    journey.step("signed in")

    user = User.objects.get(email=NURSE["email"])
    assert (user.display_name, user.first_name, user.last_name, user.profession) == (
        "Alex Rivera",
        "Alex",
        "Rivera",
        "nurse",
    )
    assert not user.has_usable_password()
    membership = Membership.objects.get(user=user)
    assert membership.institution == riverside
    assert (membership.is_active, membership.invitation_pending) == (True, False)
    assert (membership.department.name, membership.role, membership.employee_id) == (
        "Intensive Care",
        "manager",
        "RS-1001",
    )
    assert SocialAccount.objects.get(user=user).provider == "riverside"

    # Single logout: Ethos, then the provider's end_session_endpoint (its confirmation page).
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(f"{idp.base_url}/**")
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(f"{live_server.url}/")
    journey.goto("/my-learning/")
    assert "/accounts/login/" in page.url

    # The provider now says the nurse moved to Emergency as a learner: the next sign-in (a new
    # login at the provider, its session ended) updates the membership.
    idp.users_file.write_text(
        json.dumps({NURSE["email"]: {**NURSE, "department": "Emergency", "role": "learner"}})
    )
    page = _sign_in(journey, idp, NURSE["email"], check=False)
    page.wait_for_url(f"{live_server.url}/my-learning/")
    membership.refresh_from_db()
    assert (membership.department.name, membership.role) == ("Emergency", "learner")
    assert User.objects.filter(email=NURSE["email"]).count() == 1


@pytest.mark.parametrize("rogue", ["audience", "issuer", "signature"])
def test_an_id_token_for_another_audience_issuer_or_key_is_refused(journey, oidc, rogue):
    idp = oidc(rogue=rogue)
    page = _sign_in(journey, idp, NURSE["email"], check=False)
    page.get_by_role("heading", name="Sign-in failed").wait_for()
    journey.step(f"refused {rogue}")
    assert not User.objects.filter(email=NURSE["email"]).exists()
    assert not SocialAccount.objects.exists()


def test_an_address_outside_the_owned_domains_is_refused(journey, oidc):
    outsider = {**NURSE, "email": "alex@gmail.example"}
    idp = oidc(users={NURSE["email"]: outsider})
    page = _sign_in(journey, idp, NURSE["email"], check=False)
    page.get_by_role("heading", name="Sign-in refused").wait_for()
    assert page.get_by_role("alert").inner_text() == (
        "alex@gmail.example is not an address of Riverside Health (riverside.example), so it "
        "cannot sign in through its single sign-on."
    )
    journey.step("refused domain")
    assert not User.objects.filter(email="alex@gmail.example").exists()


def test_an_existing_account_of_another_institution_is_not_taken_over(journey, oidc, riverside):
    other = MembershipFactory(user=UserFactory(email=NURSE["email"], display_name="Someone"))
    idp = oidc()
    page = _sign_in(journey, idp, NURSE["email"], check=False)
    page.get_by_role("heading", name="Sign-in refused").wait_for()
    assert page.get_by_role("alert").inner_text() == (
        f"An Ethos account already uses {NURSE['email']} and is not a member of Riverside "
        "Health. Ask its administrators to invite that account; once you accept the "
        "invitation, you can sign in with your organisation."
    )
    user = User.objects.get(email=NURSE["email"])
    assert user.display_name == "Someone"
    assert not SocialAccount.objects.exists()
    assert list(Membership.objects.filter(user=user)) == [other]
    journey.goto("/my-learning/")
    assert "/accounts/login/" in page.url


def test_an_invited_existing_account_signs_in_once_its_owner_accepted(
    journey, oidc, riverside, live_server
):
    from compliance.invitations import invitation_accept

    owner = UserFactory(email=NURSE["email"], display_name="Alex R.")
    admin = MembershipFactory(institution=riverside, role="admin").user
    from compliance.invitations import membership_invite

    invited = membership_invite(actor=admin, institution=riverside, user=owner)
    assert invited.invitation_pending
    idp = oidc()
    page = _sign_in(journey, idp, NURSE["email"], check=False)
    page.get_by_role("heading", name="Sign-in refused").wait_for()
    assert page.get_by_role("alert").inner_text() == (
        f"An Ethos account already uses {NURSE['email']}. Sign in to it as usual and accept "
        f"Riverside Health's invitation (/invitations/{invited.pk}/); then sign in with your "
        "organisation."
    )
    assert not SocialAccount.objects.exists()

    invitation_accept(user=owner, membership=invited)
    page = journey.goto("/accounts/login/")
    page.get_by_label("Work e-mail address").fill(NURSE["email"])
    page.get_by_role("button", name="Continue with your organisation").click()
    # The provider's session from the first attempt is still open: straight back to Ethos.
    page.wait_for_url(f"{live_server.url}/my-learning/")
    assert SocialAccount.objects.get().user == owner
    invited.refresh_from_db()
    assert (invited.is_active, invited.department.name, invited.role) == (
        True,
        "Intensive Care",
        "manager",
    )
    assert User.objects.filter(email=NURSE["email"]).count() == 1


def test_the_admin_settings_page_is_accessible_and_saves(journey, riverside, live_server):
    admin = MembershipFactory(institution=riverside, role="admin").user
    page = journey.goto("/accounts/login/")
    page.get_by_label("Email", exact=True).fill(admin.email)
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/my-learning/")
    journey.goto("/institutions/riverside/compliance/")
    page.get_by_role("link", name="Single sign-on").click()
    journey.step("sso settings")
    page.get_by_label("Issuer discovery URL").fill("https://login.riverside.example")
    page.get_by_label("Client id").fill("ethos")
    page.get_by_label("Client secret").fill("s3cret")
    page.get_by_label("Email domains your organisation owns").fill("riverside.example")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Single sign-on settings saved.").wait_for()
    journey.step("sso settings saved")
    idp = IdentityProvider.objects.get(institution=riverside)
    assert (idp.oidc_discovery_url, idp.oidc_client_id) == (
        "https://login.riverside.example",
        "ethos",
    )
