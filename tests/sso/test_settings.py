"""Configuring an institution's identity provider: the admin page, the service's rules and the
tenancy (nothing of another institution is reachable)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from sso.models import EmailDomain, IdentityProvider
from sso.services import email_domains_set, identity_provider_save
from tests.factories import InstitutionFactory, MembershipFactory
from tests.sso.helpers import idp_metadata_xml, oidc_idp, saml_idp

pytestmark = pytest.mark.django_db


@pytest.fixture
def riverside():
    return InstitutionFactory(name="Riverside Health", slug="riverside")


@pytest.fixture
def admin(riverside):
    return MembershipFactory(institution=riverside, role="admin").user


def _post(client, slug, **data):
    form = {
        "protocol": "oidc",
        "is_enabled": "on",
        "oidc_discovery_url": "https://login.riverside.example",
        "oidc_client_id": "ethos",
        "oidc_client_secret": "s3cret",
        "oidc_scopes": "openid profile email",
        "claim_email": "email",
        "claim_name": "name",
        "domains": "riverside.example\nriverside-health.example",
        "update_profile_on_login": "on",
        **data,
    }
    return client.post(f"/institutions/{slug}/sso/", form)


def test_admin_configures_oidc_and_domains(client, riverside, admin):
    client.force_login(admin)
    page = client.get("/institutions/riverside/sso/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "http://testserver/sso/oidc/riverside/login/callback/" in html
    assert "http://testserver/sso/saml/riverside/acs/" in html
    assert "http://testserver/sso/saml/riverside/metadata/" in html
    response = _post(client, "riverside", password_login_disabled="on")
    assert response.status_code == 302
    idp = IdentityProvider.objects.get(institution=riverside)
    assert (idp.protocol, idp.oidc_client_id, idp.oidc_client_secret) == ("oidc", "ethos", "s3cret")
    assert idp.password_login_disabled is True
    assert sorted(EmailDomain.objects.values_list("domain", flat=True)) == [
        "riverside-health.example",
        "riverside.example",
    ]
    # An empty secret keeps the current one; the secret is never shown back.
    assert _post(client, "riverside", oidc_client_secret="").status_code == 302
    idp.refresh_from_db()
    assert idp.oidc_client_secret == "s3cret"
    assert "s3cret" not in client.get("/institutions/riverside/sso/").content.decode()


def test_a_domain_owned_by_another_institution_is_refused_by_name(client, riverside, admin):
    other = InstitutionFactory()
    EmailDomain.objects.create(institution=other, domain="riverside-health.example")
    client.force_login(admin)
    response = _post(client, "riverside")
    assert response.status_code == 400
    assert response.context["form"].errors["domains"] == [
        "riverside-health.example is already owned by an institution."
    ]
    # Nothing half-written: neither the provider nor the other domain was saved.
    assert not IdentityProvider.objects.exists()
    assert list(EmailDomain.objects.values_list("institution_id", "domain")) == [
        (other.pk, "riverside-health.example")
    ]


def test_missing_protocol_fields_are_named(client, riverside, admin):
    client.force_login(admin)
    response = _post(client, "riverside", oidc_client_id="", oidc_client_secret="")
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert errors["oidc_client_id"] == ["OpenID Connect needs the client id."]
    assert errors["oidc_client_secret"] == ["OpenID Connect needs the client secret."]
    response = _post(client, "riverside", protocol="saml", saml_entity_id="https://idp.example")
    assert response.context["form"].errors["saml_metadata_url"] == [
        "SAML needs the IdP metadata: give either its URL or its XML (one of them)."
    ]
    response = _post(client, "riverside", domains="not a domain")
    assert response.context["form"].errors["domains"] == [
        "“not” is not an email domain (e.g. riverside.example).",
        "“a” is not an email domain (e.g. riverside.example).",
        "“domain” is not an email domain (e.g. riverside.example).",
    ]
    assert not IdentityProvider.objects.exists()


def test_saml_metadata_xml_is_checked(riverside):
    with pytest.raises(ValidationError) as exc:
        saml_idp(riverside, saml_metadata_xml="<not-xml")
    assert exc.value.message_dict["saml_metadata_xml"][0].startswith(
        "The IdP metadata is not valid XML"
    )
    xml = idp_metadata_xml("https://idp.other.example", "https://idp.other.example/sso")
    with pytest.raises(ValidationError) as exc:
        saml_idp(riverside, saml_metadata_xml=xml, saml_entity_id="https://idp.riverside.example")
    assert exc.value.message_dict["saml_metadata_xml"] == [
        "The IdP metadata has no IDPSSODescriptor for entity id “https://idp.riverside.example”."
    ]


@pytest.mark.parametrize("role", ["learner", "manager", None])
def test_only_the_institutions_admins_see_the_page(client, riverside, role):
    user = MembershipFactory(institution=riverside, role=role).user if role else None
    if user is None:
        user = MembershipFactory(role="admin").user  # admin of another institution
    client.force_login(user)
    assert client.get("/institutions/riverside/sso/").status_code == 404
    assert _post(client, "riverside").status_code == 404
    assert not IdentityProvider.objects.exists()


def test_tenancy_one_institutions_admin_cannot_change_anothers_provider(riverside, admin):
    other = InstitutionFactory(slug="lakeside")
    theirs = oidc_idp(other, domains=["lakeside.example"])
    with pytest.raises(PermissionDenied):
        identity_provider_save(actor=admin, institution=other, oidc_client_id="hijacked")
    with pytest.raises(PermissionDenied):
        email_domains_set(actor=admin, institution=other, domains=["evil.example"])
    # Riverside's own settings never touch Lakeside's rows (domains are replaced per institution).
    oidc_idp(riverside, domains=["riverside.example"])
    identity_provider_save(actor=admin, institution=riverside, domains=[], oidc_client_id="x")
    theirs.refresh_from_db()
    assert theirs.oidc_client_id == "ethos"
    assert list(EmailDomain.objects.values_list("domain", flat=True)) == ["lakeside.example"]


def test_platform_staff_manage_providers_in_the_django_admin(client, riverside):
    from tests.factories import UserFactory

    staff = UserFactory(email="editor@ethos.example", is_staff=True, is_superuser=True)
    client.force_login(staff)
    assert client.get("/django-admin/sso/identityprovider/add/").status_code == 200
    assert client.get("/django-admin/sso/emaildomain/").status_code == 200
    assert client.get("/cms/snippets/sso/identityprovider/").status_code == 200
