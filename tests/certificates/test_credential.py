"""The Open Badges 3.0 credential (VC-JWT): what it contains, that it validates against the official
AchievementCredential schema, and that it verifies with jwcrypto (independent of the signer, which
uses joserfc) using only the key its ``kid`` URL dereferences to."""

import json
from pathlib import Path

import pytest
from django.db import IntegrityError, transaction
from jsonschema import Draft201909Validator
from jwcrypto import jwk, jws, jwt

from certificates.models import StatusListEntry
from certificates.services import certificate_claim_credit, certificate_revoke
from certificates.signing import generate_private_pem
from certificates.status_list import bit_is_set, decode_bits
from tests.certificates.conftest import evaluated
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[2]
        / "certificates/schema/ob_v3p0_achievementcredential_schema.json"
    ).read_text()
)
ISSUER = "https://ethos.example/.well-known/openbadges-issuer.json"


def _credential(api_client, certificate) -> str:
    api_client.force_authenticate(certificate.user)
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/credential/")
    assert response.status_code == 200
    assert response.json()["format"] == "vc+jwt"
    return response.json()["credential"]


def _header(token: str) -> dict:
    return json.loads(jwk.base64url_decode(token.split(".")[0]))


def _key_from_kid(client, token: str) -> jwk.JWK:
    """Dereference the kid URL through the site, as a verifier would (OB 3.0 §8.2.4)."""
    kid = _header(token)["kid"]
    assert kid.startswith("https://ethos.example/.well-known/keys/")
    response = client.get(kid.removeprefix("https://ethos.example"))
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document["kid"] == kid
    assert "d" not in document and "p" not in document  # never the private part
    return jwk.JWK(**document)


def _verified_claims(client, token: str) -> dict:
    return json.loads(jwt.JWT(jwt=token, key=_key_from_kid(client, token), algs=["RS256"]).claims)


def test_credential_verifies_with_the_key_its_kid_names(api_client, client, certificate, learner):
    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.75", attested=True
    )
    token = _credential(api_client, certificate)
    header = _header(token)
    # OB 3.0 §8.2.1 allows only alg, kid, jwk, typ; Ethos never embeds the key.
    assert set(header) == {"alg", "kid", "typ"}
    assert header["alg"] == "RS256"
    assert header["typ"] == "JWT"
    claims = _verified_claims(client, token)

    assert claims["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["id"].startswith("urn:uuid:")
    assert claims["jti"] == claims["id"]
    issuer = claims["issuer"]
    assert issuer["id"] == ISSUER
    assert issuer["type"] == ["Profile"]
    assert issuer["name"] == "Ethos Continuing Education"
    assert claims["iss"] == ISSUER
    subject = claims["credentialSubject"]
    assert subject["id"].startswith("urn:uuid:")
    assert claims["sub"] == subject["id"]
    assert claims["validFrom"].endswith("Z")
    assert claims["nbf"] == int(certificate.issued_at.replace(microsecond=0).timestamp())
    assert "exp" not in claims and "validUntil" not in claims
    assert claims["name"] == "Patient privacy online — certificate"
    assert subject["type"] == ["AchievementSubject"]
    assert [i["identityType"] for i in subject["identifier"]] == ["emailAddress", "name"]
    assert subject["identifier"][0]["hashed"] is True
    assert subject["identifier"][0]["identityHash"].startswith("sha256$")
    assert learner.email not in token  # only the salted hash travels
    assert subject["creditsEarned"] == 0.75
    achievement = subject["achievement"]
    assert achievement["name"] == "Patient privacy online"
    assert achievement["description"].startswith("Ethos Continuing Education designates")
    assert achievement["creditsAvailable"] == 1.0
    assert claims["credentialSchema"] == [
        {
            "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
            "ob_v3p0_achievementcredential_schema.json",
            "type": "1EdTechJsonSchemaValidator2019",
        }
    ]
    entry = StatusListEntry.objects.get(certificate=certificate)
    status_url = f"https://ethos.example/credentials/status/{entry.status_list_id}/"
    assert claims["credentialStatus"] == {
        "id": f"{status_url}#{entry.index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(entry.index),
        "statusListCredential": status_url,
    }

    # Signing is deterministic: the same certificate yields the same token.
    assert _credential(api_client, certificate) == token


def test_credential_validates_against_the_official_schema(api_client, client, certificate):
    Draft201909Validator.check_schema(SCHEMA)
    validator = Draft201909Validator(SCHEMA, format_checker=Draft201909Validator.FORMAT_CHECKER)
    claims = _verified_claims(client, _credential(api_client, certificate))
    assert list(validator.iter_errors(claims)) == []
    # The schema can fail: a credential without its subject's achievement is rejected.
    del claims["credentialSubject"]["achievement"]
    assert [e.message for e in validator.iter_errors(claims)] == [
        "'achievement' is a required property"
    ]


def test_a_changed_credential_gets_a_new_id(api_client, client, certificate, learner):
    before = _verified_claims(client, _credential(api_client, certificate))
    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.5", attested=True
    )
    after = _verified_claims(client, _credential(api_client, certificate))
    assert after["credentialSubject"]["creditsEarned"] == 0.5
    assert after["id"] != before["id"]
    assert after["sub"] == before["sub"]  # the same learner
    assert after["credentialStatus"] == before["credentialStatus"]  # the same status entry


def test_each_learner_has_their_own_subject_id(
    api_client, client, certificate, ama_course, complete
):
    other = complete(UserFactory(), ama_course).certificate
    first = _verified_claims(client, _credential(api_client, certificate))
    second = _verified_claims(client, _credential(api_client, other))
    assert first["sub"] != second["sub"]
    assert (
        first["credentialStatus"]["statusListIndex"]
        != (second["credentialStatus"]["statusListIndex"])
    )


def test_status_index_is_allocated_once(api_client, certificate, ama_course, complete):
    _credential(api_client, certificate)
    _credential(api_client, certificate)
    entry = StatusListEntry.objects.get(certificate=certificate)
    assert entry.status_list.allocated == 1
    other = complete(UserFactory(), ama_course).certificate
    # The database refuses a second index for a certificate and a second certificate for an index.
    with pytest.raises(IntegrityError), transaction.atomic():
        StatusListEntry.objects.create(
            certificate=certificate, status_list=entry.status_list, index=entry.index + 1
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        StatusListEntry.objects.create(
            certificate=other, status_list=entry.status_list, index=entry.index
        )


def test_revocation_flips_the_bit_on_the_next_fetch(api_client, client, certificate):
    claims = _verified_claims(client, _credential(api_client, certificate))
    status = claims["credentialStatus"]
    path = status["statusListCredential"].removeprefix("https://ethos.example")
    index = int(status["statusListIndex"])

    def fetch():
        response = client.get(path)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/vc+jwt"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert response["Cache-Control"] == "public, no-cache"
        token = response.content.decode()
        list_claims = _verified_claims(client, token)
        assert list_claims["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
        assert list_claims["iss"] == ISSUER
        subject = list_claims["credentialSubject"]
        assert subject["type"] == "BitstringStatusList"
        assert subject["statusPurpose"] == "revocation"
        assert subject["encodedList"].startswith("u")
        bits = decode_bits(subject["encodedList"])
        assert len(bits) * 8 == 131_072
        return response, bits

    first, bits = fetch()
    assert not bit_is_set(bits, index)
    assert not any(bits)
    # A conditional request for the unchanged list is answered 304.
    assert client.get(path, headers={"If-None-Match": first["ETag"]}).status_code == 304

    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    second, bits = fetch()
    assert second["ETag"] != first["ETag"]
    assert bit_is_set(bits, index)
    assert sum(bin(b).count("1") for b in bits) == 1  # only this certificate's bit


def test_public_key_documents_are_cors_readable(client, certificate, api_client):
    token = _credential(api_client, certificate)
    jwks = client.get("/.well-known/jwks.json")
    assert jwks["Access-Control-Allow-Origin"] == "*"
    keys = jwks.json()["keys"]
    assert [(k["kty"], k["alg"], k["kid"]) for k in keys] == [
        ("RSA", "RS256", _header(token)["kid"])
    ]
    assert all("d" not in k for k in keys)
    profile = client.get("/.well-known/openbadges-issuer.json")
    assert profile["Access-Control-Allow-Origin"] == "*"
    body = profile.json()
    assert body["id"] == ISSUER
    assert body["type"] == ["Profile"]
    assert "publicKey" not in body
    assert client.get("/.well-known/keys/not-a-key").status_code == 404


def test_rotated_key_stays_published_and_verifies_old_credentials(
    api_client, client, certificate, settings, tmp_path, learner
):
    old_token = _credential(api_client, certificate)
    old_kid = _header(old_token)["kid"]
    retired = tmp_path / "retired.pem"
    retired.write_text(settings.OB_SIGNING_KEY)
    settings.OB_RETIRED_KEY_FILES = [str(retired)]
    settings.OB_SIGNING_KEY = generate_private_pem(bits=2048).decode()

    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="1", attested=True
    )
    new_token = _credential(api_client, certificate)
    assert _header(new_token)["kid"] != old_kid
    kids = [k["kid"] for k in client.get("/.well-known/jwks.json").json()["keys"]]
    assert kids == [_header(new_token)["kid"], old_kid]  # current first, the retired one kept
    assert _verified_claims(client, old_token)["iss"] == ISSUER
    assert _verified_claims(client, new_token)["credentialSubject"]["creditsEarned"] == 1.0
    for token in (old_token, new_token):
        response = client.post("/verify/credential/", {"credential": token})
        assert response.context["check"].status == "valid"


def test_tampered_credential_fails_independent_verification(api_client, client, certificate):
    token = _credential(api_client, certificate)
    head, _payload, signature = token.split(".")
    key = _key_from_kid(client, token)
    claims = json.loads(jwt.JWT(jwt=token, key=key, algs=["RS256"]).claims)
    claims["credentialSubject"]["achievement"]["name"] = "Forged course"
    forged = ".".join([head, jwk.base64url_encode(json.dumps(claims)), signature])
    with pytest.raises(jws.InvalidJWSSignature):
        jwt.JWT(jwt=forged, key=key, algs=["RS256"])


def test_revoked_certificate_has_no_credential(api_client, client, certificate):
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    api_client.force_authenticate(certificate.user)
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/credential/")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "revoked"
    client.force_login(certificate.user)
    assert client.get(f"/certificates/{certificate.pk}/credential.jwt").status_code == 404


def test_expiring_certificate_carries_valid_until(api_client, client, certificate):
    from datetime import timedelta

    type(certificate).objects.filter(pk=certificate.pk).update(
        expires_at=certificate.completed_at + timedelta(days=365)
    )
    certificate.refresh_from_db()
    claims = _verified_claims(client, _credential(api_client, certificate))
    assert claims["exp"] == int(certificate.expires_at.replace(microsecond=0).timestamp())
    assert claims["validUntil"].endswith("Z")


def test_learner_downloads_the_credential_file(client, certificate, api_client):
    client.force_login(certificate.user)
    page = client.get(f"/certificates/{certificate.pk}/")
    assert f'href="/certificates/{certificate.pk}/credential.jwt"' in page.content.decode()
    response = client.get(f"/certificates/{certificate.pk}/credential.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Content-Disposition"] == (
        f'attachment; filename="credential-{certificate.display_code}.jwt"'
    )
    assert response.content.decode() == _credential(api_client, certificate)
    client.force_login(UserFactory())
    assert client.get(f"/certificates/{certificate.pk}/credential.jwt").status_code == 404


def test_a_half_full_list_makes_way_for_the_next(certificate, ama_course, complete):
    from certificates.models import StatusList
    from certificates.status_list import status_entry_allocate

    full = StatusList.objects.create(number=1, allocated=131_072 // 2)
    entry = status_entry_allocate(certificate=certificate)
    assert entry.status_list.number == 2
    assert entry.status_list_id != full.pk
    assert 0 <= entry.index < 131_072
    other = status_entry_allocate(certificate=complete(UserFactory(), ama_course).certificate)
    assert other.status_list_id == entry.status_list_id
    assert StatusList.objects.get(number=2).allocated == 2


def test_query_counts(api_client, client, certificate, django_assert_num_queries):
    token = _credential(api_client, certificate)  # allocates the index
    with django_assert_num_queries(2):  # the certificate (with its user), its status entry
        assert _credential(api_client, certificate) == token
    path = f"/credentials/status/{StatusListEntry.objects.get().status_list_id}/"
    client.get(path)  # renders and caches the signed list
    with django_assert_num_queries(1):  # only the list's revision; the signed list is cached
        assert client.get(path).status_code == 200
