from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from certificates.services import certificate_revoke
from tests.certificates.conftest import evaluated
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOT_FOUND = {
    "error": {"status": 404, "code": "not_found", "message": "No certificate matches this code."}
}


@pytest.fixture(autouse=True)
def _clear_throttle():
    cache.clear()


def test_list_shows_only_own_certificates(api_client, certificate, learner, ama_course, complete):
    complete(UserFactory(), ama_course)  # someone else's
    api_client.force_authenticate(learner)
    response = api_client.get("/api/v1/certificates/")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == [certificate.pk]
    row = results[0]
    assert row["code"] == certificate.display_code
    assert row["status"] == "valid"
    assert row["credit_type"] == "ama-pra-1"
    assert row["credit_max"] == "1.00"
    assert row["credit_claimed"] is None
    assert row["can_claim"] is True
    assert row["pdf_url"] == f"/api/v1/certificates/{certificate.pk}/pdf/"
    assert row["verify_url"] == f"https://ethos.example/verify/{certificate.code}/"


def test_anonymous_cannot_list(api_client, certificate):
    assert api_client.get("/api/v1/certificates/").status_code == 401


@pytest.mark.parametrize("suffix", ["", "pdf/", "credential/"])
def test_another_users_certificate_answers_404(api_client, certificate, suffix):
    api_client.force_authenticate(UserFactory())
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/{suffix}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_another_users_claim_answers_404(api_client, certificate):
    api_client.force_authenticate(UserFactory())
    response = api_client.post(
        f"/api/v1/certificates/{certificate.pk}/claim/", {"amount": "1"}, format="json"
    )
    assert response.status_code == 404
    certificate.refresh_from_db()
    assert certificate.credit_claimed is None


def test_owner_downloads_pdf(api_client, certificate, learner):
    api_client.force_authenticate(learner)
    response = api_client.get(f"/api/v1/certificates/{certificate.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response["Content-Disposition"] == (
        f'attachment; filename="certificate-{certificate.display_code}.pdf"'
    )


def test_claim_api(api_client, certificate, learner):
    api_client.force_authenticate(learner)
    url = f"/api/v1/certificates/{certificate.pk}/claim/"
    early = api_client.post(url, {"amount": "0.75", "attest": True}, format="json")
    assert early.status_code == 400
    assert early.json()["error"]["message"] == (
        "Complete the activity evaluation before claiming credit."
    )
    evaluation = api_client.post(
        f"/api/v1/certificates/{certificate.pk}/evaluation/",
        {"objectives_met": "partly", "practice_change": "confirmed", "perceived_bias": "none"},
        format="json",
    )
    assert evaluation.status_code == 201
    assert evaluation.json()["objectives_met"] == "partly"
    unattested = api_client.post(url, {"amount": "0.75"}, format="json")
    assert unattested.status_code == 400
    assert unattested.json()["error"]["message"] == (
        "attest: Attest that you claim only the credit commensurate with the extent of your "
        "participation."
    )
    bad = api_client.post(url, {"amount": "0.6", "attest": True}, format="json")
    assert bad.status_code == 400
    assert bad.json()["error"]["message"] == (
        "amount: AMA PRA Category 1 Credit™ is claimed in steps of 0.25."
    )
    ok = api_client.post(url, {"amount": "0.75", "attest": True}, format="json")
    assert ok.status_code == 200
    assert ok.json()["credit_claimed"] == "0.75"
    assert ok.json()["can_claim"] is False


# --- Verification ------------------------------------------------------------------------------


def test_verify_shows_the_public_facts(api_client, certificate):
    response = api_client.get(f"/api/v1/verify/{certificate.display_code.lower()}/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "valid"
    assert body["learner_name"] == "Dr. Amélie Ng"
    assert body["course_title"] == "Patient privacy online"
    assert body["course_version"] == "2.1"
    assert body["credit_type_name"] == "AMA PRA Category 1 Credit™"
    assert body["credit_amount"] == "1.00"
    assert body["revoked_at"] is None
    assert "email" not in str(body) and certificate.user.email not in str(body)
    assert "id" not in body


def test_unknown_and_tampered_codes_answer_404(api_client, certificate):
    code = certificate.code
    tampered = ("A" if code[0] != "A" else "B") + code[1:]
    for bad in [tampered, "not-a-code", "A" * 32, code[:-1]]:
        response = api_client.get(f"/api/v1/verify/{bad}/")
        assert response.status_code == 404, bad
        assert response.json() == NOT_FOUND


def test_verify_reports_revoked_and_expired(api_client, certificate):
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    body = api_client.get(f"/api/v1/verify/{certificate.code}/").json()
    assert body["status"] == "revoked"
    assert body["revoked_at"] is not None
    assert "revoked_reason" not in body

    other = certificate.__class__.objects.filter(pk=certificate.pk)
    other.update(revoked_at=None, revoked_reason="", expires_at=timezone.now())
    assert api_client.get(f"/api/v1/verify/{certificate.code}/").json()["status"] == "expired"


def test_verify_is_rate_limited(api_client, certificate, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "3/minute"},
    }
    statuses = [api_client.get(f"/api/v1/verify/{certificate.code}/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    # The HTML page shares the same budget.
    assert api_client.get(f"/verify/{certificate.code}/").status_code == 429


def test_credit_amount_is_the_claim_once_made(api_client, certificate, learner):
    from certificates.services import certificate_claim_credit

    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount=Decimal("0.5"), attested=True
    )
    body = api_client.get(f"/api/v1/verify/{certificate.code}/").json()
    assert body["credit_amount"] == "0.50"
    assert body["credit_claimed"] == "0.50"
