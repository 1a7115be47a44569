"""Joint accreditation: one course offers several credit types, each with its own maximum; a
learner claims each type their profession may claim, once, after the evaluation, attesting; the
certificate and its PDF show the credit claimed per type with its statements."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates.models import Certificate, CertificateCredit
from certificates.selectors import certificate_credit_offers, certificate_pdf_content
from certificates.services import certificate_claim_credit, certificate_revoke
from content.models import CourseCredit
from core.formatting import display_date
from tests.certificates.conftest import evaluated
from tests.factories import CreditTypeFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

JA = (
    "In support of improving patient care, {provider} is jointly accredited by the ACCME, the "
    "ACPE and the ANCC to provide continuing education for the healthcare team."
)


@pytest.fixture
def kinds(ama):
    ama.eligible_professions = ["physician"]
    ama.save()
    ancc = CreditTypeFactory(
        slug="ancc-contact-hours",
        name="ANCC nursing contact hours",
        unit="contact hour",
        eligible_professions=["nurse"],
        designation_statement="This activity awards a maximum of {amount} contact hour(s).",
        accreditation_statement=JA,
    )
    ipce = CreditTypeFactory(
        slug="ipce",
        name="IPCE credit",
        unit="credit",
        eligible_professions=["physician", "nurse", "pharmacist", "allied_health"],
        designation_statement="Learners will receive a maximum of {amount} IPCE credit(s).",
        accreditation_statement=JA,
    )
    acpe = CreditTypeFactory(
        slug="acpe",
        name="ACPE contact hours",
        unit="contact hour",
        eligible_professions=["pharmacist"],
        required_profile_fields=["nabp_eprofile_id", "birth_month", "birth_day"],
        designation_statement="Approved for a maximum of {amount} contact hour(s) of CPE.",
        accreditation_statement=JA,
    )
    return {"ama": ama, "ancc": ancc, "ipce": ipce, "acpe": acpe}


def joint_course(kinds, extra=("ancc", "ipce")):
    course = make_course(credit_type=kinds["ama"], credit_amount=Decimal("1.00"))
    amounts = {"ancc": "1.25", "ipce": "1.00", "acpe": "0.75"}
    CourseCredit.objects.create(page=course, credit_type=kinds["ama"], amount="1.00", sort_order=0)
    for i, key in enumerate(extra, start=1):
        CourseCredit.objects.create(
            page=course, credit_type=kinds[key], amount=amounts[key], sort_order=i
        )
    return course


@pytest.fixture
def nurse(db):
    return UserFactory(profession="nurse", degree="RN", display_name="Nora Nurse")


def test_issuance_snapshots_every_credit_type_offered(complete, kinds, nurse):
    certificate = complete(nurse, joint_course(kinds)).certificate
    offers = certificate_credit_offers(certificate)
    assert [(o.slug, o.maximum, o.primary) for o in offers] == [
        ("ama-pra-1", Decimal("1.00"), True),
        ("ancc-contact-hours", Decimal("1.25"), False),
        ("ipce", Decimal("1.00"), False),
    ]
    assert offers[1].designation_statement == (
        "This activity awards a maximum of 1.25 contact hour(s)."
    )
    assert offers[2].accreditation_statement.startswith(
        "In support of improving patient care, Ethos Continuing Education is jointly accredited"
    )
    # Later edits of the course do not change an issued certificate.
    CourseCredit.objects.filter(credit_type=kinds["ancc"]).update(amount="5.00")
    assert CertificateCredit.objects.get(credit_type_slug="ancc-contact-hours").credit_max == (
        Decimal("1.25")
    )


def test_a_nurse_claims_the_nursing_and_ipce_credit_but_not_ama(complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=nurse, amount="1", attested=True)
    assert exc.value.messages == [
        "AMA PRA Category 1 Credit™ may be claimed only by physicians; your profile says nurse. "
        "Update your profession in your profile if it is wrong."
    ]
    certificate_claim_credit(
        certificate=certificate,
        user=nurse,
        amount="1.25",
        attested=True,
        credit_type="ancc-contact-hours",
    )
    certificate_claim_credit(
        certificate=certificate, user=nurse, amount="0.5", attested=True, credit_type="ipce"
    )
    rows = {r.credit_type_slug: r for r in CertificateCredit.objects.all()}
    assert rows["ancc-contact-hours"].credit_claimed == Decimal("1.25")
    assert rows["ancc-contact-hours"].claim_attestation == (
        "I claim 1.25 contact hours of ANCC nursing contact hours, commensurate with the extent "
        "of my participation in the activity."
    )
    assert rows["ipce"].credit_claimed == Decimal("0.50")
    certificate.refresh_from_db()
    assert certificate.credit_claimed is None  # the AMA credit stays unclaimed
    assert certificate.learner_degree == "RN"  # the first claim froze the degree


def test_each_claim_is_final_and_within_its_own_maximum(complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate,
            user=nurse,
            amount="1.5",
            attested=True,
            credit_type="ancc-contact-hours",
        )
    assert exc.value.message_dict == {"amount": ["Claim at most 1.25 (the maximum)."]}
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate, user=nurse, amount="1", credit_type="ancc-contact-hours"
        )
    assert exc.value.message_dict == {
        "attest": [
            "Attest that you claim only the credit commensurate with the extent of your "
            "participation."
        ]
    }
    certificate_claim_credit(
        certificate=certificate,
        user=nurse,
        amount="1",
        attested=True,
        credit_type="ancc-contact-hours",
    )
    # The same claim again changes nothing; another amount is refused.
    certificate_claim_credit(
        certificate=certificate,
        user=nurse,
        amount="1.00",
        attested=True,
        credit_type="ancc-contact-hours",
    )
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate,
            user=nurse,
            amount="0.5",
            attested=True,
            credit_type="ancc-contact-hours",
        )
    assert exc.value.messages == [
        "ANCC nursing contact hours was already claimed (1); a claim cannot be changed."
    ]


def test_a_type_the_certificate_does_not_offer_is_refused(complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate, user=nurse, amount="1", attested=True, credit_type="acpe"
        )
    assert exc.value.messages == ["This certificate offers no acpe credit."]


def test_pharmacist_needs_cpe_monitor_fields_for_acpe(complete, kinds):
    pharmacist = UserFactory(profession="pharmacist", degree="PharmD")
    certificate = evaluated(complete(pharmacist, joint_course(kinds, ("acpe",))).certificate)
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate,
            user=pharmacist,
            amount="0.75",
            attested=True,
            credit_type="acpe",
        )
    assert exc.value.messages == [
        "To claim ACPE contact hours, add your NABP e-Profile ID, birth month, birth day to "
        "your profile."
    ]


def test_evaluation_gate_and_owner_only_apply_to_every_type(complete, kinds, nurse):
    certificate = complete(nurse, joint_course(kinds)).certificate
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate, user=nurse, amount="1", attested=True, credit_type="ipce"
        )
    assert exc.value.messages == ["Complete the activity evaluation before claiming credit."]
    evaluated(certificate)
    with pytest.raises(PermissionDenied) as denied:
        certificate_claim_credit(
            certificate=certificate,
            user=UserFactory(profession="nurse"),
            amount="1",
            attested=True,
            credit_type="ipce",
        )
    assert str(denied.value) == "Only the certificate's owner can claim its credit."


def test_no_claim_of_any_type_on_expired_or_revoked_certificates(complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    expired_at = timezone.now() - timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expired_at)
    certificate.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate, user=nurse, amount="1", attested=True, credit_type="ipce"
        )
    assert exc.value.messages == [
        f"This certificate expired on {display_date(expired_at)}; its credit cannot be claimed."
    ]
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=None)
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate, user=nurse, amount="1", attested=True, credit_type="ipce"
        )
    assert exc.value.messages == ["This certificate was revoked; its credit cannot be claimed."]
    assert not CertificateCredit.objects.filter(credit_claimed__isnull=False).exists()


def test_pdf_prints_each_claimed_type_with_its_statements(complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    for slug, amount in (("ancc-contact-hours", "1.25"), ("ipce", "1")):
        certificate_claim_credit(
            certificate=certificate, user=nurse, amount=amount, attested=True, credit_type=slug
        )
    certificate.refresh_from_db()
    content = certificate_pdf_content(certificate)
    assert content.credit_type_name == "Continuing education (joint accreditation)"
    assert content.credit_line == (
        "ANCC nursing contact hours claimed: 1.25 (maximum 1.25) · IPCE credit claimed: 1 "
        "(maximum 1)"
    )
    assert content.extra_lines == (
        "This activity awards a maximum of 1.25 contact hour(s).",
        "Learners will receive a maximum of 1 IPCE credit(s).",
        "In support of improving patient care, Ethos Continuing Education is jointly accredited "
        "by the ACCME, the ACPE and the ANCC to provide continuing education for the healthcare "
        "team.",
    )
    assert content.learner_degree == "RN"
    assert content.designation_statement == "" and content.accreditation_statement == ""


def test_single_credit_certificate_pdf_is_unchanged(complete, ama, learner):
    course = make_course(credit_type=ama, credit_amount=Decimal("1.00"))
    certificate = complete(learner, course).certificate
    content = certificate_pdf_content(certificate)
    assert content.extra_lines == ()
    assert content.credit_type_name == "AMA PRA Category 1 Credit™"


def _claim_queries(certificate, user, slug) -> int:
    with CaptureQueriesContext(connection) as ctx:
        certificate_claim_credit(
            certificate=certificate, user=user, amount="1", attested=True, credit_type=slug
        )
    return len(ctx.captured_queries)


def test_claim_queries_do_not_grow_with_the_credit_types_offered(complete, kinds):
    small = UserFactory(profession="nurse")
    large = UserFactory(profession="nurse")
    one = evaluated(complete(small, joint_course(kinds, ("ipce",))).certificate)
    three = evaluated(complete(large, joint_course(kinds, ("ancc", "acpe", "ipce"))).certificate)
    assert _claim_queries(one, small, "ipce") == _claim_queries(three, large, "ipce")


def test_certificate_page_claims_each_type_separately(client, complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    client.force_login(nurse)
    url = f"/certificates/{certificate.pk}/"
    html = client.get(url).content.decode()
    assert "This activity is jointly accredited" in html
    assert (
        "AMA PRA Category 1 Credit™ may be claimed only by physicians; your profile says nurse."
        in html
    )
    assert 'name="credit_type" value="ancc-contact-hours"' in html
    assert 'name="ancc-contact-hours-amount"' in html
    assert 'name="credit_type" value="ama-pra-1"' not in html  # no form for an ineligible type
    response = client.post(
        url,
        {
            "step": "claim",
            "credit_type": "ancc-contact-hours",
            "ancc-contact-hours-amount": "1.25",
            "ancc-contact-hours-attest": "on",
        },
    )
    assert response.status_code == 302
    assert CertificateCredit.objects.get(credit_type_slug="ancc-contact-hours").credit_claimed == (
        Decimal("1.25")
    )
    html = client.get(url).content.decode()
    assert "ANCC nursing contact hours claimed: 1.25 (maximum 1.25)" in html
    assert "IPCE credit: up to 1 designated (not yet claimed)" in html
    response = client.post(
        url, {"step": "claim", "credit_type": "acpe", "amount": "1", "attest": "on"}
    )
    assert response.status_code == 400
    assert "This certificate offers no acpe credit." in response.content.decode()
    response = client.post(
        url, {"step": "claim", "credit_type": "ama-pra-1", "amount": "1", "attest": "on"}
    )
    assert response.status_code == 400
    assert "may be claimed only by physicians" in response.content.decode()


def test_course_page_lists_every_credit_type_offered(client, kinds):
    course = joint_course(kinds)
    html = client.get(course.url).content.decode()
    assert "it offers 3 credit types, each with its own maximum" in html
    assert "<strong>1 AMA PRA Category 1 Credit™</strong> (who may claim: physicians)" in html
    assert "<strong>1.25 ANCC nursing contact hours</strong> (who may claim: nurses)" in html
    assert (
        "<strong>1 IPCE credit</strong> (who may claim: physicians, nurses, pharmacists, "
        "allied health professionals)" in html
    )


def test_api_lists_other_credits_and_claims_one_by_type(client, complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    client.force_login(nurse)
    data = client.get(f"/api/v1/certificates/{certificate.pk}/").json()
    assert [c["credit_type"] for c in data["other_credits"]] == ["ancc-contact-hours", "ipce"]
    response = client.post(
        f"/api/v1/certificates/{certificate.pk}/claim/",
        {"amount": "1", "attest": True, "credit_type": "ipce"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.json()
    claimed = {c["credit_type"]: c["credit_claimed"] for c in response.json()["other_credits"]}
    assert claimed == {"ancc-contact-hours": None, "ipce": "1.00"}
    response = client.post(
        f"/api/v1/certificates/{certificate.pk}/claim/",
        {"amount": "1", "attest": True, "credit_type": "ama-pra-1"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "may be claimed only by physicians" in str(response.json())


def test_transcript_totals_count_each_type_claimed(complete, kinds, nurse):
    from certificates.selectors import transcript_for_user

    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    certificate_claim_credit(
        certificate=certificate,
        user=nurse,
        amount="1.25",
        attested=True,
        credit_type="ancc-contact-hours",
    )
    totals = {
        t.credit_type_name: (t.claimed, t.certificates)
        for t in transcript_for_user(user=nurse).totals
    }
    assert totals == {
        "AMA PRA Category 1 Credit™": (Decimal("0"), 1),
        "ANCC nursing contact hours": (Decimal("1.25"), 1),
    }


def test_public_verification_shows_each_type_claimed_at_once(client, complete, kinds, nurse):
    certificate = evaluated(complete(nurse, joint_course(kinds)).certificate)
    url = f"/verify/{certificate.code}/"
    assert "IPCE credit: up to 1 designated (not yet claimed)" in client.get(url).content.decode()
    certificate_claim_credit(
        certificate=certificate, user=nurse, amount="1", attested=True, credit_type="ipce"
    )
    html = client.get(url).content.decode()  # the claim dropped the cached page
    assert "IPCE credit claimed: 1 (maximum 1)" in html
    assert "AMA PRA Category 1 Credit™: up to 1 designated (not yet claimed)" in html
