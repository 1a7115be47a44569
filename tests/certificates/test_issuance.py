import hashlib
from datetime import timedelta
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import (
    certificate_claim_credit,
    certificate_issue,
    certificate_render_pdf,
    certificate_revoke,
)
from compliance.models import Requirement
from courses.services import enrollment_restart
from tests.certificates.conftest import evaluated
from tests.factories import InstitutionFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

AMA_TEXT = (
    "Ethos Continuing Education designates this enduring material for a maximum of 1 AMA PRA "
    "Category 1 Credit(s)™. Physicians should claim only the credit commensurate with the extent "
    "of their participation in the activity."
)


def test_completion_issues_one_certificate_with_its_snapshot(learner, ama_course, complete):
    institution = InstitutionFactory(name="Riverside Health")
    completion = complete(learner, ama_course, institution=institution)
    certificate = Certificate.objects.get(completion=completion)
    assert certificate.user == learner
    assert certificate.learner_name == "Dr. Amélie Ng"
    assert certificate.course_title == "Patient privacy online"
    assert certificate.course_version == "2.1"
    assert certificate.completed_at == completion.completed_at
    assert certificate.credit_type_slug == "ama-pra-1"
    assert certificate.credit_type_name == "AMA PRA Category 1 Credit™"
    assert certificate.credit_max == Decimal("1.00")
    assert certificate.credit_claimed is None
    assert certificate.designation_statement == AMA_TEXT
    assert certificate.accreditation_statement.startswith(
        "Ethos Continuing Education is accredited by the Accreditation Council"
    )
    assert certificate.provider_name == "Ethos Continuing Education"
    assert certificate.institution_name == "Riverside Health"
    assert certificate.expires_at is None
    assert certificate.status == "valid"
    # The PDF was rendered by the on-commit task and its SHA-256 matches the stored file.
    with certificate.pdf.open("rb") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == certificate.pdf_sha256


def test_issue_is_idempotent(certificate):
    again = certificate_issue(completion=certificate.completion)
    assert again.pk == certificate.pk
    assert Certificate.objects.count() == 1


def test_retake_issues_a_new_certificate_and_keeps_history(learner, ama_course, complete):
    first = complete(learner, ama_course).certificate
    enrollment_restart(enrollment=first.completion.enrollment)
    second = complete(learner, ama_course).certificate
    assert first.pk != second.pk
    assert first.code != second.code
    assert list(Certificate.objects.filter(user=learner).order_by("pk")) == [first, second]


def test_course_and_profile_edits_never_change_an_issued_certificate(
    certificate, ama_course, ama, learner
):
    sha = certificate.pdf_sha256
    ama_course.title = "Renamed course"
    ama_course.version = "3.0"
    ama_course.credit_amount = Decimal("2.00")
    ama_course.save_revision().publish()
    ama.designation_statement = "Changed {amount} {provider}"
    ama.provider_name = "Someone Else"
    ama.save()
    learner.display_name = "New Name"
    learner.save()

    certificate = certificate_render_pdf(certificate=certificate)
    certificate.refresh_from_db()
    assert certificate.course_title == "Patient privacy online"
    assert certificate.course_version == "2.1"
    assert certificate.credit_max == Decimal("1.00")
    assert certificate.designation_statement == AMA_TEXT
    assert certificate.learner_name == "Dr. Amélie Ng"
    assert certificate.pdf_sha256 == sha  # same content, same bytes


def test_recurring_requirement_sets_expiry(learner, ama_course, complete):
    institution = InstitutionFactory()
    Requirement.objects.create(
        institution=institution, course=ama_course, due_days=30, recurrence_months=12
    )
    completion = complete(learner, ama_course, institution=institution)
    # The renewal period travels down as a value: snapshotted on the completion when it is
    # recorded, read from there by the certificate.
    assert completion.renewal_months == 12
    certificate = completion.certificate
    assert certificate.expires_at == completion.completed_at + relativedelta(months=12)
    assert certificate.status == "valid"
    certificate.expires_at = timezone.now() - timedelta(seconds=1)
    assert certificate.status == "expired"


def test_no_institution_means_no_expiry(monkeypatch, certificate):
    assert certificate.institution is None
    assert certificate.expires_at is None


# --- Claims ------------------------------------------------------------------------------------


def test_owner_claims_credit_in_quarter_steps(certificate, learner):
    claimed = certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.75", attested=True
    )
    assert claimed.credit_claimed == Decimal("0.75")
    assert claimed.claimed_at is not None


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "Claim more than 0."),
        ("-1", "Claim more than 0."),
        ("1.25", "Claim at most 1 (the maximum)."),
        ("0.3", "AMA PRA Category 1 Credit™ is claimed in steps of 0.25."),
        ("abc", "Enter the credit as a number, e.g. 0.75."),
        ("NaN", "Enter the credit as a number, e.g. 0.75."),
    ],
)
def test_bad_claims_are_refused(certificate, learner, amount, message):
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=evaluated(certificate), user=learner, amount=amount, attested=True
        )
    assert exc.value.message_dict == {"amount": [message]}
    certificate.refresh_from_db()
    assert certificate.credit_claimed is None


def test_claim_is_final(certificate, learner):
    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.5", attested=True
    )
    certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.50", attested=True
    )  # same: no-op
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=evaluated(certificate), user=learner, amount="1", attested=True
        )
    assert exc.value.messages == ["Credit was already claimed (0.5); a claim cannot be changed."]


def test_only_the_owner_claims(certificate):
    with pytest.raises(PermissionDenied, match="Only the certificate's owner can claim"):
        certificate_claim_credit(
            certificate=evaluated(certificate), user=UserFactory(), amount="1", attested=True
        )


def test_completion_certificates_have_nothing_to_claim(learner, completion_type, complete):
    course = make_course(credit_type=completion_type, credit_amount=Decimal("0.5"))
    certificate = complete(learner, course).certificate
    assert certificate.designation_statement == (
        "Ethos Continuing Education certifies completion of about 0.5 hour(s)."
    )
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(
            certificate=evaluated(certificate), user=learner, amount="0.5", attested=True
        )
    assert exc.value.messages == ["This certificate carries no credit to claim."]


def test_course_without_credit_type_gets_a_plain_certificate(learner, complete):
    certificate = complete(learner, make_course()).certificate
    assert certificate.credit_type_slug == ""
    assert certificate.credit_max is None
    assert certificate.provider_name == "Ethos Continuing Education"


# --- Revocation --------------------------------------------------------------------------------


@pytest.fixture
def institution_certificate(learner, ama_course, complete):
    return complete(learner, ama_course, institution=InstitutionFactory()).certificate


def test_institution_admin_revokes_with_reason(
    institution_certificate, make_member, django_capture_on_commit_callbacks
):
    admin = make_member(institution_certificate.institution, role="admin").user
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(
            certificate=institution_certificate, actor=admin, reason="  Completed by someone else. "
        )
    revoked = Certificate.objects.get(pk=institution_certificate.pk)
    assert revoked.status == "revoked"
    assert revoked.revoked_reason == "Completed by someone else."
    assert revoked.revoked_by == admin
    # The PDF was re-rendered and now says so.
    assert revoked.pdf_sha256 != institution_certificate.pdf_sha256


def test_empty_reason_is_refused(institution_certificate):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    with pytest.raises(ValidationError) as exc:
        certificate_revoke(certificate=institution_certificate, actor=superuser, reason="   ")
    assert exc.value.message_dict == {"reason": ["Give a reason for revoking the certificate."]}


@pytest.mark.parametrize("who", ["learner", "manager", "other_admin", "owner"])
def test_others_cannot_revoke(institution_certificate, make_member, who):
    institution = institution_certificate.institution
    actor = {
        "learner": lambda: make_member(institution, role="learner").user,
        "manager": lambda: make_member(institution, role="manager").user,
        "other_admin": lambda: make_member(InstitutionFactory(), role="admin").user,
        "owner": lambda: institution_certificate.user,
    }[who]()
    with pytest.raises(PermissionDenied, match=r"You may not revoke this certificate\."):
        certificate_revoke(certificate=institution_certificate, actor=actor, reason="x")
    institution_certificate.refresh_from_db()
    assert institution_certificate.revoked_at is None


def test_superuser_revokes_a_certificate_without_institution(certificate):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    certificate_revoke(certificate=certificate, actor=superuser, reason="Fraud")
    with pytest.raises(ValidationError) as exc:
        certificate_revoke(certificate=certificate, actor=superuser, reason="Again")
    assert exc.value.messages == ["This certificate is already revoked."]


def test_revoked_certificate_cannot_be_claimed(certificate, learner):
    certificate_revoke(
        certificate=certificate, actor=UserFactory(is_superuser=True), reason="Fraud"
    )
    with pytest.raises(ValidationError) as exc:
        certificate_claim_credit(certificate=certificate, user=learner, amount="1", attested=True)
    assert exc.value.messages == ["This certificate was revoked; its credit cannot be claimed."]
