"""The rules of a single sign-on that need no browser: the start page, the per-institution
allauth apps, claim mapping and the tenancy of updates from claims."""

import pytest
from django.core.exceptions import ValidationError

from sso.adapter import EthosSocialAccountAdapter
from sso.claims import map_claims
from sso.services import sso_member_update
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory
from tests.sso.helpers import oidc_idp, saml_idp

pytestmark = pytest.mark.django_db


@pytest.fixture
def riverside():
    return InstitutionFactory(name="Riverside Health", slug="riverside")


def test_start_sends_the_email_domain_to_its_institutions_idp(client, riverside):
    saml_idp(riverside, domains=["riverside.example"])
    response = client.post("/sso/", {"email": "Nurse@Riverside.Example"}, HTTP_HOST="testserver")
    assert response.status_code == 200
    assert response.context["url"].startswith("https://idp.riverside.example/sso?SAMLRequest=")
    assert b'<meta http-equiv="refresh" content="0;url=https://idp.riverside.example/sso?' in (
        response.content
    )


def test_start_names_an_address_no_organisation_signs_in(client, riverside):
    saml_idp(riverside, domains=["riverside.example"])
    response = client.post("/sso/", {"email": "nurse@elsewhere.example"})
    assert response.status_code == 400
    assert response.context["form"].errors["email"] == [
        "No organisation signs in elsewhere.example addresses with single sign-on. Log in "
        "with your password instead."
    ]
    # A disabled provider is as good as none.
    riverside.identity_provider.is_enabled = False
    riverside.identity_provider.save()
    assert client.post("/sso/", {"email": "nurse@riverside.example"}).status_code == 400


def test_each_institution_is_its_own_allauth_app(rf, riverside):
    lakeside = InstitutionFactory(slug="lakeside")
    oidc_idp(riverside, domains=["riverside.example"])
    saml_idp(lakeside, domains=["lakeside.example"])
    adapter = EthosSocialAccountAdapter()
    request = rf.get("/")
    apps = adapter.list_apps(request, provider="riverside")
    assert [(a.provider, a.provider_id, a.client_id) for a in apps] == [
        ("openid_connect", "riverside", "ethos")
    ]
    assert apps[0].settings["server_url"] == "https://login.riverside.example"
    saml = adapter.list_apps(request, provider="saml", client_id="lakeside")
    assert [(a.provider, a.client_id) for a in saml] == [("saml", "lakeside")]
    assert saml[0].settings["idp"]["sso_url"] == "https://idp.lakeside.example/sso"
    assert saml[0].settings["advanced"]["want_assertion_signed"] is True
    assert adapter.list_apps(request, provider="saml", client_id="riverside") == []


def test_claims_map_and_unknown_values_are_dropped(riverside):
    idp = oidc_idp(riverside, claim_employee_id="employeeNumber")
    claims = map_claims(
        idp=idp,
        extra_data={
            "id_token": {"email": "A@Riverside.Example", "role": "superuser"},
            "userinfo": {"name": "A B", "profession": "Pharmacist", "employeeNumber": 42},
        },
    )
    assert (claims.email, claims.name, claims.role, claims.profession, claims.employee_id) == (
        "a@riverside.example",
        "A B",
        "",
        "pharmacist",
        "42",
    )


def test_updates_from_claims_never_reach_another_institution(riverside):
    idp = oidc_idp(riverside)
    DepartmentFactory(institution=InstitutionFactory(), name="Oncology")  # another's department
    mine = MembershipFactory(institution=riverside, role="learner")
    claims = map_claims(
        idp=idp,
        extra_data={"userinfo": {"email": "x@riverside.example", "department": "Oncology"}},
    )
    sso_member_update(idp=idp, user=mine.user, membership=mine, claims=claims)
    mine.refresh_from_db()
    assert mine.department is None
    theirs = MembershipFactory(user=mine.user)
    with pytest.raises(ValidationError) as exc:
        sso_member_update(idp=idp, user=mine.user, membership=theirs, claims=claims)
    assert exc.value.messages == ["The membership belongs to another institution."]


def _attempt(rf, *, provider: str, email: str, user=None):
    from allauth.core.exceptions import ImmediateHttpResponse
    from allauth.socialaccount.models import SocialAccount, SocialLogin
    from django.contrib.auth.models import AnonymousUser

    from accounts.models import User

    request = rf.get("/sso/oidc/x/login/callback/")
    request.user = AnonymousUser()
    account = SocialAccount(provider=provider, uid=email, extra_data={"userinfo": {"email": email}})
    if user is not None:
        account.user = user
        account.save()
    login = SocialLogin(account=account, user=user or User(email=email))
    with pytest.raises(ImmediateHttpResponse) as exc:
        EthosSocialAccountAdapter().pre_social_login(request, login)
    return exc.value.response


def test_one_institutions_provider_cannot_sign_in_anothers_addresses(rf, riverside):
    oidc_idp(riverside, domains=["riverside.example"])
    lakeside = InstitutionFactory(name="Lakeside", slug="lakeside")
    oidc_idp(lakeside, domains=["lakeside.example"])
    response = _attempt(rf, provider="riverside", email="pat@lakeside.example")
    assert response.status_code == 403
    assert (
        "pat@lakeside.example is not an address of Riverside Health (riverside.example), so it "
        "cannot sign in through its single sign-on."
    ) in response.content.decode()


def test_a_linked_account_whose_membership_ended_is_refused(rf, riverside):
    oidc_idp(riverside, domains=["riverside.example"])
    member = MembershipFactory(
        institution=riverside, user__email="pat@riverside.example", is_active=False
    )
    response = _attempt(rf, provider="riverside", email="pat@riverside.example", user=member.user)
    assert response.status_code == 403
    assert "Your membership of Riverside Health has ended." in response.content.decode()
