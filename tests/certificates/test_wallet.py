"""The wallet channel: an OpenID for Verifiable Credential Issuance 1.0 offer, redeemed with the
pre-authorized code flow, delivers the same VC-JWT as the download."""

import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from certificates.models import CredentialOffer
from certificates.services import certificate_revoke
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"


def _offer(client, certificate) -> dict:
    client.force_login(certificate.user)
    response = client.post(f"/certificates/{certificate.pk}/wallet/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    body = response.content.decode()
    assert "<svg" in body
    uri = response.context["offer_uri"]
    assert uri.startswith("openid-credential-offer://?credential_offer=")
    assert f'href="{uri}"' in body
    return json.loads(parse_qs(urlsplit(uri).query)["credential_offer"][0])


def _path(url: str) -> str:
    return url.removeprefix("https://ethos.example")


def test_wallet_receives_the_credential_with_a_pre_authorized_code(client, api_client, certificate):
    offer = _offer(client, certificate)
    assert offer["credential_issuer"] == "https://ethos.example"
    assert offer["credential_configuration_ids"] == ["OpenBadgeCredential"]
    code = offer["grants"][GRANT]["pre-authorized_code"]
    assert not CredentialOffer.objects.filter(code_hash=code).exists()  # only its hash is stored

    wallet = type(client)()  # the wallet app: no session
    metadata = wallet.get("/.well-known/openid-credential-issuer")
    assert metadata["Access-Control-Allow-Origin"] == "*"
    metadata = metadata.json()
    assert metadata["credential_issuer"] == "https://ethos.example"
    configuration = metadata["credential_configurations_supported"]["OpenBadgeCredential"]
    assert configuration["format"] == "jwt_vc_json"
    assert configuration["credential_signing_alg_values_supported"] == ["RS256"]
    assert "cryptographic_binding_methods_supported" not in configuration
    authorization = wallet.get("/.well-known/oauth-authorization-server").json()
    assert authorization["pre-authorized_grant_anonymous_access_supported"] is True

    token_url = _path(authorization["token_endpoint"])
    response = wallet.post(token_url, {"grant_type": GRANT, "pre-authorized_code": code})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    token = response.json()
    assert token["token_type"] == "Bearer"
    assert token["expires_in"] == 300

    # The code works once.
    again = wallet.post(token_url, {"grant_type": GRANT, "pre-authorized_code": code})
    assert again.status_code == 400
    assert again.json() == {
        "error": "invalid_grant",
        "error_description": "The pre-authorized code is unknown, expired or already used.",
    }

    response = wallet.post(
        _path(metadata["credential_endpoint"]),
        {"credential_configuration_id": "OpenBadgeCredential"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token['access_token']}"},
    )
    assert response.status_code == 200
    [issued] = response.json()["credentials"]
    api_client.force_authenticate(certificate.user)
    download = api_client.get(f"/api/v1/certificates/{certificate.pk}/credential/").json()
    assert issued["credential"] == download["credential"]


def test_credential_endpoint_refuses_bad_tokens_and_configurations(client, certificate):
    code = _offer(client, certificate)["grants"][GRANT]["pre-authorized_code"]
    access = client.post("/oid4vci/token", {"grant_type": GRANT, "pre-authorized_code": code})
    token = access.json()["access_token"]

    missing = client.post("/oid4vci/credential", {}, content_type="application/json")
    assert missing.status_code == 401
    assert missing["WWW-Authenticate"] == 'Bearer error="invalid_token"'
    wrong = client.post(
        "/oid4vci/credential",
        {"credential_configuration_id": "UniversityDegree"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "unknown_credential_configuration"

    CredentialOffer.objects.update(token_expires_at=timezone.now() - timedelta(seconds=1))
    expired = client.post(
        "/oid4vci/credential",
        {"credential_configuration_id": "OpenBadgeCredential"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert expired.status_code == 401


def test_expired_or_revoked_offers_cannot_be_redeemed(client, certificate):
    code = _offer(client, certificate)["grants"][GRANT]["pre-authorized_code"]
    CredentialOffer.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    expired = client.post("/oid4vci/token", {"grant_type": GRANT, "pre-authorized_code": code})
    assert expired.json()["error"] == "invalid_grant"

    code = _offer(client, certificate)["grants"][GRANT]["pre-authorized_code"]
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    revoked = client.post("/oid4vci/token", {"grant_type": GRANT, "pre-authorized_code": code})
    assert revoked.json()["error"] == "invalid_grant"
    # And no new offer for a revoked certificate.
    assert client.post(f"/certificates/{certificate.pk}/wallet/").status_code == 404

    other = client.post("/oid4vci/token", {"grant_type": "authorization_code", "code": "x"})
    assert other.status_code == 400
    assert other.json()["error"] == "unsupported_grant_type"


def test_only_the_owner_gets_an_offer(client, certificate):
    client.force_login(UserFactory())
    assert client.post(f"/certificates/{certificate.pk}/wallet/").status_code == 404
    assert CredentialOffer.objects.count() == 0
    client.force_login(certificate.user)
    assert client.get(f"/certificates/{certificate.pk}/wallet/").status_code == 405
