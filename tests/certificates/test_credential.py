"""The Open Badges 3.0 credential, verified with jwcrypto (independent of the signer, which uses
``cryptography`` directly) against the key published at /.well-known/jwks.json."""

import json

import pytest
from jwcrypto import jwk, jws, jwt

from certificates.services import certificate_claim_credit, certificate_revoke
from tests.certificates.conftest import evaluated
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _published_keys(client) -> jwk.JWKSet:
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    keys = response.json()["keys"]
    assert [(k["kty"], k["crv"], k["alg"]) for k in keys] == [("OKP", "Ed25519", "EdDSA")]
    assert all("d" not in k for k in keys)  # never the private part
    return jwk.JWKSet.from_json(json.dumps({"keys": keys}))


def _credential(api_client, certificate) -> str:
    api_client.force_authenticate(certificate.user)
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/credential/")
    assert response.status_code == 200
    assert response.json()["format"] == "vc+jwt"
    return response.json()["credential"]


def test_credential_verifies_against_published_key(api_client, client, certificate, learner):
    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.75", attested=True
    )
    token = _credential(api_client, certificate)
    keys = _published_keys(client)
    verified = jwt.JWT(jwt=token, key=keys, algs=["EdDSA"], expected_type="JWS")
    header = json.loads(verified.header)
    claims = json.loads(verified.claims)

    assert header["alg"] == "EdDSA"
    assert header["typ"] == "JWT"
    assert keys.get_key(header["kid"]) is not None

    # Open Badges 3.0 OpenBadgeCredential required fields (§B.1.1 and VC-JWT §8.2 claims).
    assert claims["@context"][:2] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["id"] == f"https://ethos.example/verify/{certificate.code}/"
    assert claims["jti"] == claims["id"]
    issuer = claims["issuer"]
    assert issuer["id"] == "https://ethos.example/.well-known/openbadges-issuer.json"
    assert issuer["type"] == ["Profile"]
    assert issuer["name"] == "Ethos Continuing Education"
    assert claims["iss"] == issuer["id"]
    assert claims["validFrom"].endswith("Z")
    assert claims["nbf"] == int(certificate.issued_at.timestamp())
    assert "exp" not in claims and "validUntil" not in claims
    assert claims["name"] == "Patient privacy online — certificate"
    subject = claims["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    identity_types = [i["identityType"] for i in subject["identifier"]]
    assert identity_types == ["emailAddress", "name"]
    assert subject["identifier"][0]["hashed"] is True
    assert subject["identifier"][0]["identityHash"].startswith("sha256$")
    assert learner.email not in token  # only the salted hash travels
    assert subject["creditsEarned"] == 0.75
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"] == "Patient privacy online"
    assert achievement["criteria"]["narrative"]
    assert achievement["description"].startswith("Ethos Continuing Education designates")
    assert achievement["creditsAvailable"] == 1.0
    assert claims["credentialSchema"][0]["type"] == "1EdTechJsonSchemaValidator2019"

    # Signing is deterministic: the same certificate yields the same token.
    assert _credential(api_client, certificate) == token


def test_tampered_credential_fails_verification(api_client, client, certificate):
    from certificates.signing import b64url

    token = _credential(api_client, certificate)
    head, _payload, signature = token.split(".")
    key = _published_keys(client).get_key(json.loads(jwk.base64url_decode(head))["kid"])
    claims = json.loads(jwt.JWT(jwt=token, key=key, algs=["EdDSA"]).claims)
    claims["credentialSubject"]["achievement"]["name"] = "Forged course"
    forged = ".".join([head, b64url(json.dumps(claims).encode()), signature])
    with pytest.raises(jws.InvalidJWSSignature):
        jwt.JWT(jwt=forged, key=key, algs=["EdDSA"])


def test_issuer_profile_is_published(client):
    body = client.get("/.well-known/openbadges-issuer.json").json()
    assert body["id"] == "https://ethos.example/.well-known/openbadges-issuer.json"
    assert body["type"] == ["Profile"]
    assert body["publicKey"] == "https://ethos.example/.well-known/jwks.json"


def test_revoked_certificate_has_no_credential(api_client, certificate):
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    api_client.force_authenticate(certificate.user)
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/credential/")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "revoked"


def test_expiring_certificate_carries_valid_until(api_client, client, certificate):
    from datetime import timedelta

    type(certificate).objects.filter(pk=certificate.pk).update(
        expires_at=certificate.completed_at + timedelta(days=365)
    )
    certificate.refresh_from_db()
    claims = json.loads(
        jwt.JWT(
            jwt=_credential(api_client, certificate), key=_published_keys(client), algs=["EdDSA"]
        ).claims
    )
    assert claims["exp"] == int(certificate.expires_at.timestamp())
    assert claims["validUntil"].endswith("Z")
