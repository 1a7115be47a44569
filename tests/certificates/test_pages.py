import csv
import io
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from certificates.models import Certificate
from certificates.selectors import verify_cache_key, verify_page_dependency
from certificates.services import certificate_claim_credit, certificate_revoke
from core import pagecache
from tests.certificates.conftest import evaluated
from tests.factories import InstitutionFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_throttle():
    cache.clear()


def test_verify_form_redirects_to_the_normalised_code(client, certificate):
    response = client.get("/verify/", {"code": certificate.display_code.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.code}/"


def test_verify_page_shows_valid_certificate(client, certificate):
    response = client.get(f"/verify/{certificate.display_code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "This certificate is valid." in html
    assert "Dr. Amélie Ng" in html
    assert "Patient privacy online (version 2.1)" in html
    assert "AMA PRA Category 1 Credit™: up to 1 designated (not yet claimed)" in html
    assert certificate.user.email not in html


def test_verify_page_unknown_code_reveals_nothing(client, certificate):
    for bad in ["nonsense", "A" * 32]:
        response = client.get(f"/verify/{bad}/")
        assert response.status_code == 404
        html = response.content.decode()
        assert "No certificate matches this code." in html
        assert "Dr. Amélie Ng" not in html


def test_verify_page_shows_revoked_and_expired(client, certificate):
    # The first view caches the certificate; revoking it (a save) drops the cached copy.
    assert (
        "This certificate is valid." in client.get(f"/verify/{certificate.code}/").content.decode()
    )
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "This certificate was revoked" in html
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=None, revoked_reason="", expires_at=timezone.now() - timedelta(days=1)
    )
    # update() bypasses save(): drop the cached certificate and its kept page by hand.
    cache.delete(verify_cache_key(certificate.code))
    pagecache.bump(verify_page_dependency(certificate.code))
    html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "This certificate expired" in html


def test_verify_page_reads_the_certificate_from_the_cache(
    client, certificate, django_assert_num_queries, settings
):
    client.get(f"/verify/{certificate.code}/")
    with django_assert_num_queries(0):
        html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "This certificate is valid." in html
    certificate_claim_credit(
        certificate=evaluated(certificate), user=certificate.user, amount="0.75", attested=True
    )
    html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "AMA PRA Category 1 Credit™ claimed: 0.75 (maximum 1)" in html
    settings.CERTIFICATES_VERIFY_CACHE_SECONDS = 0
    cache.clear()
    for _ in range(2):
        # The certificate and its further credit types (a jointly accredited course's).
        with django_assert_num_queries(2):
            client.get(f"/verify/{certificate.code}/")


def test_verify_page_is_rate_limited(client, certificate, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "2/minute"},
    }
    codes = [client.get(f"/verify/{certificate.code}/").status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_pdf_page_is_owner_only(client, certificate):
    client.force_login(UserFactory())
    assert client.get(f"/certificates/{certificate.pk}/pdf/").status_code == 404
    client.force_login(certificate.user)
    response = client.get(f"/certificates/{certificate.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_detail_page_claims_credit(client, certificate):
    client.force_login(certificate.user)
    url = f"/certificates/{certificate.pk}/"
    page = client.get(url).content.decode()
    assert "Step 1: evaluate the activity" in page and "Claim credit" not in page
    response = client.post(
        url,
        {
            "step": "evaluation",
            "objectives_met": "yes",
            "practice_change": "will_change",
            "practice_change_detail": "Use the pre-posting checklist.",
            "perceived_bias": "some",
        },
    )
    assert response.status_code == 400
    assert "Say where you saw bias or commercial influence." in response.content.decode()
    response = client.post(
        url,
        {
            "step": "evaluation",
            "objectives_met": "yes",
            "practice_change": "will_change",
            "perceived_bias": "none",
        },
    )
    assert response.status_code == 302
    assert "Step 2: claim your credit" in client.get(url).content.decode()
    response = client.post(url, {"step": "claim", "amount": "2", "attest": "on"})
    assert response.status_code == 400
    assert "Claim at most 1 (the maximum)." in response.content.decode()
    response = client.post(url, {"step": "claim", "amount": "0.25"})
    assert response.status_code == 400
    assert "Attest that you claim only the credit commensurate" in response.content.decode()
    response = client.post(url, {"step": "claim", "amount": "0.25", "attest": "on"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert str(certificate.credit_claimed) == "0.25"


def test_my_certificates_list(client, certificate):
    client.force_login(certificate.user)
    html = client.get("/certificates/").content.decode()
    assert f'href="/certificates/{certificate.pk}/pdf/"' in html
    assert "Patient privacy online" in html


def test_transcript_totals_by_year_and_type(client, learner, ama_course, ama, complete):
    first = complete(learner, ama_course).certificate
    certificate_claim_credit(
        certificate=evaluated(first), user=learner, amount="0.75", attested=True
    )
    second_course = make_course(title="=HYPERLINK(1)", credit_type=ama, credit_amount="2.00")
    second = complete(learner, second_course).certificate
    certificate_claim_credit(
        certificate=evaluated(second), user=learner, amount="1.5", attested=True
    )
    revoked = complete(learner, make_course(credit_type=ama, credit_amount="1.00")).certificate
    certificate_claim_credit(
        certificate=evaluated(revoked), user=learner, amount="1", attested=True
    )
    certificate_revoke(certificate=revoked, actor=UserFactory(is_superuser=True), reason="x")
    client.force_login(learner)
    year = timezone.localtime(first.completed_at).year

    html = client.get("/transcript/").content.decode()
    assert f"<td>{year}</td><td>AMA PRA Category 1 Credit™</td><td>2.25</td><td>2</td>" in html

    response = client.get("/transcript/?format=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["course", "version", "completed"]
    assert len(rows) == 1 + 3 + 1 + 1 + 1  # header, 3 certificates, blank, totals header, 1 total
    assert "'=HYPERLINK(1)" in [r[0] for r in rows if r]  # spreadsheet formula neutralised
    assert rows[-1] == [str(year), "AMA PRA Category 1 Credit™", "2.25", "2"]

    pdf = client.get("/transcript.pdf")
    assert pdf.status_code == 200
    from pypdf import PdfReader

    text = " ".join(PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text().split())
    assert "Transcript — Dr. Amélie Ng" in text
    assert "2.25" in text


def test_transcript_requires_login(client):
    response = client.get("/transcript/")
    assert response.status_code == 302


def test_provider_export_is_staff_only_and_tab_delimited(client, learner, ama_course, complete):
    certificate = complete(learner, ama_course).certificate
    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.75", attested=True
    )
    unclaimed = complete(UserFactory(), ama_course).certificate  # not reported: nothing claimed
    today = timezone.localdate()
    params = {"course": ama_course.pk, "start": today - timedelta(days=1), "end": today}

    client.force_login(UserFactory())
    assert client.get("/certificates/provider-export/", params).status_code == 403

    client.force_login(UserFactory(is_staff=True))
    response = client.get("/certificates/provider-export/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    lines = response.content.decode().split("\r\n")
    assert lines[0] == (
        "learner name\tlicence id\tlicence state\tcompletion date\tcredit type\tcredit amount"
        "\tactivity"
    )
    day = timezone.localtime(certificate.completed_at).date().isoformat()
    assert lines[1] == (
        f"Dr. Amélie Ng\tMD-4411\tOR\t{day}\tAMA PRA Category 1 Credit™\t0.75"
        "\tPatient privacy online (version 2.1)"
    )
    assert lines[2:] == [""]
    assert unclaimed.learner_name not in response.content.decode()

    bad = client.get(
        "/certificates/provider-export/", {"start": today, "end": today - timedelta(days=1)}
    )
    assert bad.status_code == 400
    assert "The start date must be on or before the end date." in bad.content.decode()


def test_institution_admin_revokes_from_the_page(
    client, learner, ama_course, complete, make_member
):
    institution = InstitutionFactory()
    certificate = complete(learner, ama_course, institution=institution).certificate
    outsider = make_member(InstitutionFactory(), role="admin").user
    client.force_login(outsider)
    assert client.get(f"/certificates/{certificate.pk}/revoke/").status_code == 404
    assert client.get(f"/certificates/institution/{institution.slug}/").status_code == 404

    admin = make_member(institution, role="admin").user
    client.force_login(admin)
    listing = client.get(f"/certificates/institution/{institution.slug}/").content.decode()
    assert f"/certificates/{certificate.pk}/revoke/" in listing
    empty = client.post(f"/certificates/{certificate.pk}/revoke/", {"reason": ""})
    assert empty.status_code == 200
    response = client.post(
        f"/certificates/{certificate.pk}/revoke/", {"reason": "Duplicate account"}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoked_by == admin


def _visit(client, url):
    response = client.get(url)
    return response.status_code, response.get(pagecache.HEADER), response.content.decode()


def test_the_verification_page_is_kept_until_its_certificate_changes(client, certificate):
    url = f"/verify/{certificate.code}/"
    assert _visit(client, url)[1] == "MISS"
    status, outcome, html = _visit(client, url)
    assert (status, outcome, "This certificate is valid." in html) == (200, "HIT", True)
    assert client.get(url)["Cache-Control"] == "no-store, private"
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    status, outcome, html = _visit(client, url)
    assert (outcome, "This certificate was revoked" in html) == ("MISS", True)
