"""Credit rules: who may claim which credit type, the evaluation and attestation before a claim,
and no claim on an expired or revoked certificate (issue: credit worth its name)."""

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from certificates.models import ActivityEvaluation, Certificate
from certificates.services import (
    activity_evaluation_submit,
    certificate_claim_credit,
    certificate_revoke,
)
from content.loader import parse_credit_types
from content.models import CreditType
from core.formatting import display_date
from tests.certificates.conftest import evaluated
from tests.factories import CreditTypeFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

SHIPPED_CREDIT_TYPES = Path(settings.BASE_DIR) / "content" / "curriculum" / "credit_types.yaml"


@pytest.fixture
def ama_physicians(ama):
    ama.eligible_professions = ["physician"]
    ama.save()
    return ama


def _certificate(complete, user, credit_type, amount="1.00") -> Certificate:
    course = make_course(credit_type=credit_type, credit_amount=amount)
    return complete(user, course).certificate


def test_shipped_credit_types_name_who_may_claim_them():
    by_slug = {c.slug: c for c in parse_credit_types(SHIPPED_CREDIT_TYPES)}
    assert by_slug["ama-pra-1"].eligible_professions == ["physician"]
    assert by_slug["ancc-contact-hours"].eligible_professions == ["nurse"]
    assert by_slug["acpe"].eligible_professions == ["pharmacist"]
    assert by_slug["acpe"].required_profile_fields == [
        "nabp_eprofile_id",
        "birth_month",
        "birth_day",
    ]
    assert set(by_slug["ipce"].eligible_professions) == {
        "physician",
        "nurse",
        "pharmacist",
        "allied_health",
    }
    assert by_slug["completion"].eligible_professions == []
    assert by_slug["completion"].awards_credit is False


def test_a_nurse_cannot_claim_ama_credit(complete, ama_physicians):
    nurse = UserFactory(profession="nurse")
    certificate = evaluated(_certificate(complete, nurse, ama_physicians))
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=nurse, amount="1", attested=True)
    assert exc.value.messages == [
        "AMA PRA Category 1 Credit™ may be claimed only by physicians; your profile says nurse. "
        "Update your profession in your profile if it is wrong."
    ]
    certificate.refresh_from_db()
    assert certificate.credit_claimed is None and certificate.claim_attestation == ""


def test_a_physician_claims_ama_credit_with_the_attestation_stored(complete, ama_physicians):
    physician = UserFactory(profession="physician", degree="MD")
    certificate = evaluated(_certificate(complete, physician, ama_physicians))
    claimed = certificate_claim_credit(
        certificate=certificate, user=physician, amount="0.75", attested=True
    )
    assert str(claimed.credit_claimed) == "0.75"
    assert claimed.claim_attestation == (
        "I claim 0.75 credits of AMA PRA Category 1 Credit™, commensurate with the extent of my "
        "participation in the activity."
    )


def test_acpe_needs_the_cpe_monitor_profile_fields(complete):
    acpe = CreditTypeFactory(
        slug="acpe",
        name="ACPE contact hours",
        unit="contact hour",
        eligible_professions=["pharmacist"],
        required_profile_fields=["nabp_eprofile_id", "birth_month", "birth_day"],
    )
    pharmacist = UserFactory(profession="pharmacist", degree="PharmD")
    certificate = evaluated(_certificate(complete, pharmacist, acpe))
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=certificate, user=pharmacist, amount="1", attested=True
        )
    assert exc.value.messages == [
        "To claim ACPE contact hours, add your NABP e-Profile ID, birth month, birth day to "
        "your profile."
    ]
    pharmacist.nabp_eprofile_id, pharmacist.birth_month, pharmacist.birth_day = "1234567", 4, 9
    pharmacist.save()
    claimed = certificate_claim_credit(
        certificate=certificate, user=pharmacist, amount="1", attested=True
    )
    assert claimed.claim_attestation.startswith("I claim 1 contact hour of ACPE contact hours")


def test_claim_needs_the_evaluation_then_the_attestation(certificate, learner):
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=learner, amount="1", attested=True)
    assert exc.value.messages == ["Complete the activity evaluation before claiming credit."]
    evaluated(certificate)
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=learner, amount="1")
    assert exc.value.message_dict == {
        "attest": [
            "Attest that you claim only the credit commensurate with the extent of your "
            "participation."
        ]
    }
    certificate.refresh_from_db()
    assert certificate.credit_claimed is None


def test_expired_certificate_cannot_be_claimed(certificate, learner):
    evaluated(certificate)
    expired_at = timezone.now() - timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expired_at)
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=learner, amount="1", attested=True)
    assert exc.value.messages == [
        f"This certificate expired on {display_date(expired_at)}; its credit cannot be claimed."
    ]


def test_revoked_certificate_cannot_be_claimed_even_after_evaluation(certificate, learner):
    evaluated(certificate)
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=learner, amount="1", attested=True)
    assert exc.value.messages == ["This certificate was revoked; its credit cannot be claimed."]


def test_evaluation_is_once_and_owner_only(certificate, learner):
    from django.core.exceptions import PermissionDenied

    answers = {"objectives_met": "yes", "practice_change": "confirmed", "perceived_bias": "none"}
    with pytest.raises(PermissionDenied):
        activity_evaluation_submit(certificate=certificate, user=UserFactory(), **answers)
    activity_evaluation_submit(certificate=certificate, user=learner, **answers)
    with pytest.raises(ValidationError) as exc:
        activity_evaluation_submit(certificate=certificate, user=learner, **answers)
    assert exc.value.messages == [
        "You have already evaluated this activity; evaluations are final."
    ]
    assert ActivityEvaluation.objects.filter(certificate=certificate).count() == 1


def test_unknown_evaluation_answer_is_refused(certificate, learner):
    with pytest.raises(ValidationError) as exc:
        activity_evaluation_submit(
            certificate=certificate,
            user=learner,
            objectives_met="maybe",
            practice_change="confirmed",
            perceived_bias="none",
        )
    assert list(exc.value.message_dict) == ["objectives_met"]
    assert not ActivityEvaluation.objects.exists()


def test_api_refuses_an_ineligible_claim_with_the_reason(api_client, complete, ama_physicians):
    nurse = UserFactory(profession="nurse")
    certificate = evaluated(_certificate(complete, nurse, ama_physicians))
    api_client.force_authenticate(nurse)
    response = api_client.post(
        f"/api/v1/certificates/{certificate.pk}/claim/",
        {"amount": "1", "attest": True},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith(
        "AMA PRA Category 1 Credit™ may be claimed only by physicians"
    )


def test_evaluation_api_of_another_users_certificate_answers_404(api_client, certificate):
    api_client.force_authenticate(UserFactory())
    response = api_client.post(
        f"/api/v1/certificates/{certificate.pk}/evaluation/",
        {"objectives_met": "yes", "practice_change": "confirmed", "perceived_bias": "none"},
        format="json",
    )
    assert response.status_code == 404
    assert not ActivityEvaluation.objects.exists()


def test_credit_type_refuses_unknown_professions_and_fields():
    credit = CreditType(
        slug="x",
        name="X",
        unit="credit",
        designation_statement="{amount}",
        eligible_professions=["wizard"],
    )
    with pytest.raises(ValidationError) as exc:
        credit.full_clean()
    assert exc.value.message_dict["eligible_professions"] == ["Unknown profession(s): wizard."]
    credit.eligible_professions = []
    credit.required_profile_fields = ["shoe_size"]
    with pytest.raises(ValidationError) as exc:
        credit.full_clean()
    assert list(exc.value.message_dict) == ["required_profile_fields"]


def test_evaluation_report_per_course_with_csv(client, complete, ama):
    course = make_course(credit_type=ama, credit_amount="1.00")
    answers = [
        ("yes", "will_change", "Ask before photographing", "none", ""),
        ("yes", "confirmed", "", "some", "=cmd|' /C calc'!A0 sponsor mention"),
        ("partly", "will_change", "", "none", ""),
    ]
    for met, change, detail, bias, bias_detail in answers:
        user = UserFactory()
        activity_evaluation_submit(
            certificate=complete(user, course).certificate,
            user=user,
            objectives_met=met,
            practice_change=change,
            practice_change_detail=detail,
            perceived_bias=bias,
            bias_detail=bias_detail,
        )
    client.force_login(UserFactory())
    assert client.get("/certificates/evaluations/", {"course": course.pk}).status_code == 403
    client.force_login(UserFactory(is_staff=True))
    page = client.get("/certificates/evaluations/", {"course": course.pk})
    html = page.content.decode()
    assert page.status_code == 200 and "3 evaluations" in html
    assert "Ask before photographing" in html
    response = client.get("/certificates/evaluations.csv", {"course": course.pk})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["question", "answer", "count", "share %"]
    assert rows[1] == ["Did the activity meet its stated objectives?", "Yes, fully", "2", "66.7"]
    assert rows[2] == ["Did the activity meet its stated objectives?", "Partly", "1", "33.3"]
    assert [
        "Intended change in practice",
        "I will change something in my practice",
        "2",
        "66.7",
    ] in rows
    # Free text is neutralized against spreadsheet formulas.
    assert ["Bias seen", "'=cmd|' /C calc'!A0 sponsor mention"] in rows
