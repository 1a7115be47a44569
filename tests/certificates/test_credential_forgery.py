"""Forged Open Badges credentials are rejected by Ethos's verification page and API, and by an
independent verifier (jwcrypto + HTTP against a live server) that knows only the issuer id.

The defect (issue 21): the header embedded the public key, so a verifier following OB 3.0 took
the key from the token and accepted a credential signed with an attacker's key that named Ethos
as issuer and claimed 40 credits."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from jwcrypto import jwk, jws

from certificates.credentials import issuer_id
from certificates.models import Certificate
from certificates.services import certificate_revoke
from certificates.signing import generate_private_pem, sign_jwt
from core.formatting import display_date
from tests.certificates.ob_verifier import Rejected, verify_credential
from tests.factories import UserFactory

ATTACKER = jwk.JWK.generate(kty="RSA", size=2048)


def _export(api_client, certificate) -> str:
    api_client.force_authenticate(certificate.user)
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/credential/")
    assert response.status_code == 200
    return response.json()["credential"]


def _parts(token: str) -> tuple[dict, dict]:
    head, payload, _ = token.split(".")
    return json.loads(jwk.base64url_decode(head)), json.loads(jwk.base64url_decode(payload))


def _attacker_signed(claims: dict, header: dict) -> str:
    token = jws.JWS(json.dumps(claims).encode())
    token.add_signature(ATTACKER, alg="RS256", protected=json.dumps(header))
    return token.serialize(compact=True)


def _inflated(claims: dict) -> dict:
    return {**claims, "credentialSubject": {**claims["credentialSubject"], "creditsEarned": 40.0}}


def _forgeries(genuine: str, site: str) -> dict[str, str]:
    header, claims = _parts(genuine)
    public = ATTACKER.export_public(as_dict=True)
    edited = ".".join(
        [
            genuine.split(".")[0],
            jwk.base64url_encode(json.dumps(_inflated(claims))),
            genuine.split(".")[2],
        ]
    )
    return {
        "embedded attacker key": _attacker_signed(
            _inflated(claims), {"alg": "RS256", "typ": "JWT", "jwk": public}
        ),
        "embedded key under Ethos's kid": _attacker_signed(
            _inflated(claims), {"alg": "RS256", "typ": "JWT", "kid": header["kid"], "jwk": public}
        ),
        "attacker's kid": _attacker_signed(
            _inflated(claims), {"alg": "RS256", "typ": "JWT", "kid": "https://evil.example/k/1"}
        ),
        "wrong kid on Ethos's origin": _attacker_signed(
            _inflated(claims),
            {
                "alg": "RS256",
                "typ": "JWT",
                "kid": f"{site}/.well-known/keys/{ATTACKER.thumbprint()}",
            },
        ),
        "edited payload": edited,
        # Even Ethos's key cannot make a credential of another issuer acceptable as Ethos's.
        "wrong issuer": sign_jwt(
            {
                **claims,
                "iss": "https://evil.example/issuer",
                "issuer": {**claims["issuer"], "id": "https://evil.example/issuer"},
            }
        ),
    }


EXPECTED_ERRORS = {
    "embedded attacker key": "The credential carries its own public key (jwk header). Ethos "
    "credentials never do: their key is published by Ethos and named by the kid URL.",
    "embedded key under Ethos's kid": "The credential carries its own public key (jwk header). "
    "Ethos credentials never do: their key is published by Ethos and named by the kid URL.",
    "attacker's kid": "The signing key 'https://evil.example/k/1' is not one of Ethos's "
    "published keys (listed at {site}/.well-known/jwks.json).",
    "wrong kid on Ethos's origin": "The signing key '{site}/.well-known/keys/{thumbprint}' is not "
    "one of Ethos's published keys (listed at {site}/.well-known/jwks.json).",
    "edited payload": "The signature does not match the credential: it was altered after signing "
    "or signed with another key.",
    "wrong issuer": "The credential names issuer 'https://evil.example/issuer', not Ethos.",
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(EXPECTED_ERRORS))
def test_verification_page_and_api_reject_forgeries(kind, api_client, client, certificate):
    site = "https://ethos.example"
    forged = _forgeries(_export(api_client, certificate), site)[kind]
    expected = EXPECTED_ERRORS[kind].format(site=site, thumbprint=ATTACKER.thumbprint())

    page = client.post("/verify/credential/", {"credential": forged})
    assert page.status_code == 200
    assert page.context["check"].status == "invalid"
    assert page.context["check"].errors == [expected]
    assert "This is not a valid Ethos credential." in page.content.decode()

    api = api_client.post("/api/v1/verify/credential/", {"credential": forged}, format="json")
    assert api.status_code == 200
    assert api.json()["status"] == "invalid"
    assert api.json()["errors"] == [expected]


@pytest.mark.django_db
def test_verification_page_reports_valid_revoked_and_expired(
    api_client, client, certificate, ama_course, complete, django_assert_max_num_queries
):
    token = _export(api_client, certificate)
    with django_assert_max_num_queries(4):
        page = client.post("/verify/credential/", {"credential": token})
    assert page.context["check"].status == "valid"
    assert page.context["check"].errors == []
    assert "This credential is valid." in page.content.decode()
    assert "Dr. Amélie Ng" in page.content.decode()

    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    page = client.post("/verify/credential/", {"credential": token})
    assert page.context["check"].status == "revoked"
    assert "This credential was revoked" in page.content.decode()

    expiring = complete(UserFactory(), ama_course).certificate
    now = timezone.now()
    Certificate.objects.filter(pk=expiring.pk).update(
        issued_at=now - timedelta(days=400), expires_at=now - timedelta(days=35)
    )
    expiring.refresh_from_db()
    api = api_client.post(
        "/api/v1/verify/credential/", {"credential": _export(api_client, expiring)}, format="json"
    )
    assert api.json()["status"] == "expired"
    assert api.json()["errors"] == [
        f"The credential expired on {display_date(expiring.expires_at)}."
    ]


@pytest.mark.django_db
def test_verification_page_explains_unreadable_input(client):
    page = client.post("/verify/credential/", {"credential": "not a credential"})
    assert page.context["check"].errors == [
        "This is not a compact JWS: expected three base64url parts separated by dots."
    ]
    empty = client.post("/verify/credential/", {"credential": ""})
    assert empty.status_code == 400
    assert empty.context["form"].errors == {
        "__all__": ["Paste a credential or choose a credential file."]
    }


# --- The independent verifier, over real HTTP ----------------------------------------------


@pytest.fixture
def live_site(settings, live_server):
    settings.SITE_URL = live_server.url
    return live_server.url


@pytest.mark.django_db(transaction=True)
def test_independent_verifier_valid_then_revoked(live_site, api_client, certificate):
    token = _export(api_client, certificate)
    trusted = issuer_id()
    assert trusted == f"{live_site}/.well-known/openbadges-issuer.json"
    assert verify_credential(token, trusted_issuer=trusted) == "valid"
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    # The next fetch of the status list already has the bit set.
    assert verify_credential(token, trusted_issuer=trusted) == "revoked"


@pytest.mark.django_db(transaction=True)
def test_independent_verifier_expired(live_site, api_client, certificate):
    now = timezone.now()
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=now - timedelta(days=400), expires_at=now - timedelta(days=35)
    )
    certificate.refresh_from_db()
    token = _export(api_client, certificate)
    assert verify_credential(token, trusted_issuer=issuer_id()) == "expired"


@pytest.mark.django_db(transaction=True)
def test_independent_verifier_accepts_old_credentials_after_rotation(
    live_site, api_client, certificate, settings, tmp_path
):
    token = _export(api_client, certificate)
    retired = tmp_path / "retired.pem"
    retired.write_text(settings.OB_SIGNING_KEY)
    settings.OB_RETIRED_KEY_FILES = [str(retired)]
    settings.OB_SIGNING_KEY = generate_private_pem(bits=2048).decode()
    # The status list is now signed with the new key, the credential with the retired one.
    assert verify_credential(token, trusted_issuer=issuer_id()) == "valid"


@pytest.mark.django_db(transaction=True)
def test_independent_verifier_rejects_forgeries(live_site, api_client, certificate):
    forgeries = _forgeries(_export(api_client, certificate), live_site)
    reasons = {}
    for kind, token in forgeries.items():
        with pytest.raises(Rejected) as excinfo:
            verify_credential(token, trusted_issuer=issuer_id())
        reasons[kind] = str(excinfo.value)
    assert reasons == {
        "embedded attacker key": "embedded jwk: the key must come from the issuer, not the token",
        "embedded key under Ethos's kid": "embedded jwk: the key must come from the issuer, "
        "not the token",
        "attacker's kid": "kid 'https://evil.example/k/1' is not on the issuer's origin",
        "wrong kid on Ethos's origin": f"GET {live_site}/.well-known/keys/"
        f"{ATTACKER.thumbprint()} answered 404",
        "edited payload": "bad signature",
        "wrong issuer": "issuer 'https://evil.example/issuer' is not the trusted issuer",
    }


@pytest.mark.django_db
def test_hostile_input_gets_a_clear_answer_never_a_500(api_client, client, certificate):
    genuine = _export(api_client, certificate)
    head, payload, _signature = genuine.split(".")
    deep = jwk.base64url_encode("[" * 20_000 + "]" * 20_000)
    cases = {
        f"{deep}.{payload}.AAAA": "The JOSE header is not base64url-encoded JSON.",
        f"{head}.{payload}.***": "The signature does not match the credential: it was altered "
        "after signing or signed with another key.",
        f"{jwk.base64url_encode(json.dumps({'alg': 'none'}))}.{payload}.": "Unsupported "
        "signature algorithm 'none'.",
        f"{jwk.base64url_encode(json.dumps({'alg': 'RS256'}))}.{payload}.AAAA": "The JOSE header "
        "has no kid naming the signing key.",
    }
    for token, message in cases.items():
        response = api_client.post(
            "/api/v1/verify/credential/", {"credential": token}, format="json"
        )
        assert response.status_code == 200
        assert response.json()["errors"] == [message]
    # NUL and absurd nesting are refused at the input boundary (lms.inputpolicy), naming it.
    nul = client.post("/verify/credential/", {"credential": f"{genuine}\x00"})
    assert nul.status_code == 400
    assert nul.context["reason"] == (
        "The form field 'credential' contains a control character (U+0000), which is not allowed."
    )
    wallet = client.post(
        "/oid4vci/credential",
        "[" * 50_000,
        content_type="application/json",
        headers={"Authorization": "Bearer nope"},
    )
    assert wallet.status_code == 400
    assert "nested" in wallet.content.decode()


@pytest.mark.django_db
def test_verify_start_page_links_the_credential_verifier(client):
    assert 'href="/verify/credential/"' in client.get("/verify/").content.decode()
    page = client.get("/verify/credential/")
    assert page.status_code == 200
    assert page.context["check"] is None
