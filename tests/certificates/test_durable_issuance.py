"""A certificate cannot be lost: a failed issuance leaves the completion waiting (never a 500),
completing again or the sweep issues it, and a PDF render that failed is redone by the sweep.

The faults are real: the database refuses the insert (a trigger), the media storage is not
writable (its root is a file)."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.services import certificates_sweep
from courses.models import Completion
from courses.services import lesson_complete
from tests.certificates.conftest import evaluated
from tests.factories import UserFactory
from tests.faults.injection import refuse_inserts, report

pytestmark = pytest.mark.django_db

LATER = timedelta(minutes=10)


def test_failed_issuance_leaves_the_completion_waiting_and_completing_again_issues_it(
    learner, ama_course, complete, django_capture_on_commit_callbacks
):
    with refuse_inserts("certificates_certificate"):
        completion = complete(learner, ama_course)
    # The learner's completion is kept, with its intent to certify still open.
    assert Completion.objects.count() == 1
    assert Certificate.objects.count() == 0
    completion.refresh_from_db()
    assert completion.certified_at is None

    # Completing the last lesson again asks for the certificate again (it used to do nothing).
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=ama_course.lessons().last())
    certificate = Certificate.objects.get()
    completion.refresh_from_db()
    assert certificate.completion_id == completion.pk
    assert completion.certified_at == certificate.issued_at
    report("issuance-complete-again", faults=1, checked=1, lost=0, duplicated=0)


def test_completing_while_issuance_fails_answers_200_not_500(
    learner, ama_course, django_capture_on_commit_callbacks
):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(learner)
    client.post(f"/api/v1/courses/{ama_course.pk}/enroll/")
    statuses = []
    with (
        refuse_inserts("certificates_certificate"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        for lesson in ama_course.lessons():
            statuses.append(client.post(f"/api/v1/lessons/{lesson.pk}/complete/").status_code)
    assert statuses == [200, 200]
    assert Completion.objects.filter(user=learner, certified_at__isnull=True).count() == 1
    assert Certificate.objects.count() == 0


def test_sweep_issues_every_missing_certificate_once_and_reports_how_many(
    ama_course, complete, django_capture_on_commit_callbacks
):
    learners = [UserFactory() for _ in range(3)]
    with refuse_inserts("certificates_certificate"):
        for person in learners:
            complete(person, ama_course)
    assert Certificate.objects.count() == 0

    # Younger than the grace period: left to its own (retrying) task.
    assert certificates_sweep().certificates_issued == 0
    with django_capture_on_commit_callbacks(execute=True):
        result = certificates_sweep(now=timezone.now() + LATER)
    assert result.as_dict() == {"certificates_issued": 3, "pdfs_rendered": 0, "failed": 0}
    assert Certificate.objects.count() == 3
    assert not Completion.objects.filter(certified_at__isnull=True).exists()
    # The renders the issuance queued ran; nothing is left for a second sweep.
    assert not Certificate.objects.filter(pdf_requested_at__isnull=False).exists()
    assert certificates_sweep(now=timezone.now() + LATER).as_dict() == {
        "certificates_issued": 0,
        "pdfs_rendered": 0,
        "failed": 0,
    }
    per_completion = {c.completion_id for c in Certificate.objects.all()}
    report(
        "issuance-sweep",
        faults=3,
        checked=Completion.objects.count(),
        lost=Completion.objects.count() - len(per_completion),
        duplicated=Certificate.objects.count() - len(per_completion),
    )


def test_sweep_counts_a_failure_and_keeps_the_completion_waiting(ama_course, complete):
    with refuse_inserts("certificates_certificate"):
        complete(UserFactory(), ama_course)
        result = certificates_sweep(now=timezone.now() + LATER)
    assert result.as_dict() == {"certificates_issued": 0, "pdfs_rendered": 0, "failed": 1}
    assert Completion.objects.filter(certified_at__isnull=True).count() == 1


def test_sweep_renders_a_pdf_whose_render_failed(learner, ama_course, complete, settings, tmp_path):
    media = Path(settings.MEDIA_ROOT)
    broken = tmp_path / "not-a-directory"
    broken.write_text("media storage unavailable")
    settings.MEDIA_ROOT = str(broken)
    completion = complete(learner, ama_course)
    certificate = Certificate.objects.get(completion=completion)
    # Issued, but the render could not write its file: the request to render stays recorded.
    assert certificate.pdf_sha256 == ""
    assert certificate.pdf_requested_at is not None

    settings.MEDIA_ROOT = str(media)
    result = certificates_sweep(now=timezone.now() + LATER)
    assert result.as_dict() == {"certificates_issued": 0, "pdfs_rendered": 1, "failed": 0}
    certificate.refresh_from_db()
    assert certificate.pdf_requested_at is None
    with certificate.pdf.open("rb") as fh:
        text = "".join(page.extract_text() for page in PdfReader(fh).pages)
    assert "Dr. Amélie Ng" in text
    assert "Patient privacy online" in text


def test_a_claim_marks_the_pdf_for_rerendering_until_the_render_commits(
    certificate, django_capture_on_commit_callbacks
):
    from certificates.services import certificate_claim_credit

    assert certificate.pdf_requested_at is None
    with django_capture_on_commit_callbacks() as callbacks:
        certificate_claim_credit(
            certificate=evaluated(certificate), user=certificate.user, amount="0.75", attested=True
        )
    certificate.refresh_from_db()
    assert certificate.pdf_requested_at is not None  # committed with the claim, render pending
    for callback in callbacks:
        callback()
    certificate.refresh_from_db()
    assert certificate.pdf_requested_at is None
