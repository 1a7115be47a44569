"""Single sign-on with SAML 2.0, through the browser, against a real IdP (built on samlp from
npm) started by the test: just-in-time account and membership, attribute mapping, single logout,
and the refusals (bad signature, wrong audience, wrong issuer, replayed assertion)."""

import pytest
from allauth.socialaccount.models import SocialAccount

from accounts.models import User
from institutions.models import Membership
from sso.models import SamlAssertionUse
from sso.services import identity_provider_save
from tests.factories import DepartmentFactory, InstitutionFactory
from tests.sso.idp import start_saml

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ATTRS = {
    "email": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    "name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
    "department": "department",
    "role": "role",
    "profession": "profession",
    "employee_id": "employeeNumber",
}
PERSON = {
    ATTRS["email"]: "sam.okafor@lakeside.example",
    ATTRS["name"]: "Sam Okafor",
    "department": "Pharmacy",
    "role": "learner",
    "profession": "Pharmacist",
    "employeeNumber": "LK-77",
}


@pytest.fixture
def lakeside(db):
    institution = InstitutionFactory(name="Lakeside Hospital", slug="lakeside")
    DepartmentFactory(institution=institution, name="Pharmacy")
    return institution


@pytest.fixture
def saml(lakeside, live_server):
    started = []

    def start(*, rogue: str = ""):
        peer = start_saml(
            attributes=list(PERSON),
            sls_url=f"{live_server.url}/sso/saml/lakeside/sls/",
            rogue=rogue,
        )
        started.append(peer)
        identity_provider_save(
            actor=None,
            institution=lakeside,
            domains=["lakeside.example"],
            protocol="saml",
            saml_entity_id=f"{peer.base_url}/metadata",
            saml_metadata_url=f"{peer.base_url}/metadata",
            claim_email=ATTRS["email"],
            claim_name=ATTRS["name"],
            claim_department="department",
            claim_role="role",
            claim_profession="profession",
            claim_employee_id="employeeNumber",
        )
        return peer

    yield start
    for peer in started:
        peer.stop()


def _sign_in(journey, idp, person: dict):
    """Ethos' sign-in page with the Lakeside address, then the IdP's page with ``person``."""
    page = journey.goto("/accounts/login/")
    page.get_by_label("Work e-mail address").fill(PERSON[ATTRS["email"]])
    page.get_by_role("button", name="Continue with your organisation").click()
    page.wait_for_url(f"{idp.base_url}/sso?**")
    for name, value in person.items():
        page.get_by_label(name, exact=True).fill(value)
    page.get_by_role("button", name="Sign in").click()
    return page


def test_first_sign_in_creates_the_member_maps_attributes_and_refuses_a_replay(
    journey, saml, lakeside, live_server
):
    idp = saml()
    posted = []
    journey.page.on(
        "request",
        lambda r: posted.append(r.post_data) if r.url.endswith("/acs/") else None,
    )
    page = _sign_in(journey, idp, PERSON)
    page.wait_for_url(f"{live_server.url}/my-learning/")
    journey.step("signed in with SAML")
    user = User.objects.get(email="sam.okafor@lakeside.example")
    assert (user.display_name, user.profession) == ("Sam Okafor", "pharmacist")
    membership = Membership.objects.get(user=user)
    assert (membership.institution, membership.is_active, membership.role) == (
        lakeside,
        True,
        "learner",
    )
    assert (membership.department.name, membership.employee_id) == ("Pharmacy", "LK-77")
    assert SocialAccount.objects.get(user=user).provider == "lakeside"
    assert SamlAssertionUse.objects.count() == 1

    # The same signed response, posted again to the assertion consumer, is refused.
    assert len(posted) == 1
    page.evaluate(
        """body => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = '/sso/saml/lakeside/acs/';
          for (const [k, v] of new URLSearchParams(body)) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = k; input.value = v; form.appendChild(input);
          }
          document.body.appendChild(form);
          form.submit();
        }""",
        posted[0],
    )
    page.get_by_role("heading", name="Sign-in refused").wait_for()
    assert page.get_by_role("alert").inner_text() == (
        "This sign-in response was already used. Start again from the sign-in page."
    )
    assert SamlAssertionUse.objects.count() == 1


def test_single_logout_ends_the_idp_session(journey, saml, live_server):
    idp = saml()
    page = _sign_in(journey, idp, PERSON)
    page.wait_for_url(f"{live_server.url}/my-learning/")
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(f"{idp.base_url}/slo?**")
    page.get_by_role("link", name="Return to the service").click()
    page.wait_for_url(f"{live_server.url}/")
    journey.goto("/my-learning/")
    assert "/accounts/login/" in page.url


@pytest.mark.parametrize("rogue", ["signature", "audience", "issuer"])
def test_a_badly_signed_or_misaddressed_assertion_is_refused(journey, saml, rogue):
    idp = saml(rogue=rogue)
    page = _sign_in(journey, idp, PERSON)
    page.get_by_role("heading", name="Sign-in failed").wait_for()
    journey.step(f"saml refused {rogue}")
    assert not User.objects.filter(email="sam.okafor@lakeside.example").exists()
    assert not SamlAssertionUse.objects.exists()


def test_an_address_outside_the_owned_domains_is_refused(journey, saml):
    idp = saml()
    page = _sign_in(journey, idp, {**PERSON, ATTRS["email"]: "sam@elsewhere.example"})
    page.get_by_role("heading", name="Sign-in refused").wait_for()
    assert page.get_by_role("alert").inner_text() == (
        "sam@elsewhere.example is not an address of Lakeside Hospital (lakeside.example), so "
        "it cannot sign in through its single sign-on."
    )
    assert not User.objects.filter(email="sam@elsewhere.example").exists()
