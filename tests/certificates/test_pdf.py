import hashlib
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from certificates.pdf import render_certificate
from certificates.selectors import certificate_pdf_content, format_day
from certificates.services import certificate_claim_credit, certificate_pdf_bytes
from tests.certificates.conftest import evaluated
from tests.factories import InstitutionFactory

pytestmark = pytest.mark.django_db


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_pdf_text_carries_every_field(learner, ama_course, complete):
    certificate = complete(
        learner, ama_course, institution=InstitutionFactory(name="Riverside Health")
    ).certificate
    certificate = certificate_claim_credit(
        certificate=evaluated(certificate), user=learner, amount="0.75", attested=True
    )
    text = _text(certificate_pdf_bytes(certificate=certificate))
    day = format_day(certificate.completed_at)  # e.g. "21 November 2026"
    for expected in [
        "Ethos Continuing Education",
        "Dr. Amélie Ng",
        "Patient privacy online",
        f"Version 2.1 · Completed {day}",
        "AMA PRA Category 1 Credit™ claimed: 0.75 (maximum 1)",
        "designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit(s)™. "
        "Physicians should claim only the credit commensurate with the extent of their "
        "participation in the activity.",
        "is accredited by the Accreditation Council for Continuing Medical Education (ACCME)",
        "Institution: Riverside Health",
        f"Code {certificate.display_code}",
        f"https://ethos.example/verify/{certificate.code}/",
    ]:
        assert expected in text, expected
    assert "REVOKED" not in text


def test_rendering_is_deterministic(certificate):
    content = certificate_pdf_content(certificate)
    first, second = render_certificate(content), render_certificate(content)
    assert first == second
    assert hashlib.sha256(first).hexdigest() == certificate.pdf_sha256


def test_revoked_pdf_says_so(certificate, django_capture_on_commit_callbacks):
    from certificates.services import certificate_revoke
    from tests.factories import UserFactory

    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(
            certificate=certificate, actor=UserFactory(is_superuser=True), reason="Fraud"
        )
    certificate.refresh_from_db()
    assert "REVOKED on" in _text(certificate_pdf_bytes(certificate=certificate))


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="needs pdftoppm to rasterise the PDF (apt-get install poppler-utils)",
)
def test_qr_code_decodes_to_the_verification_url(certificate, tmp_path):
    import zxingcpp
    from PIL import Image

    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(certificate_pdf_bytes(certificate=certificate))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    results = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert [r.text for r in results] == [f"https://ethos.example/verify/{certificate.code}/"]


def _signature_png() -> bytes:
    from PIL import Image as PILImage
    from PIL import ImageDraw

    image = PILImage.new("RGB", (300, 80), "white")
    ImageDraw.Draw(image).line([(10, 60), (120, 20), (290, 50)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_pdf_carries_degree_activity_dates_claim_and_signature(complete, ama):
    import datetime as dt

    from django.core.files.base import ContentFile
    from wagtail.images.models import Image

    from certificates.models import CertificateSignatory
    from tests.factories import UserFactory, make_course

    signature = Image.objects.create(
        title="Signature", file=ContentFile(_signature_png(), name="signature.png")
    )
    CertificateSignatory.objects.create(
        name="Dana Whitfield", title="Director, Continuing Education", signature=signature
    )
    course = make_course(
        title="Misinformation",
        credit_type=ama,
        credit_amount="1.00",
        release_date=dt.date(2026, 1, 15),
        expiry_date=dt.date(2029, 1, 14),
    )
    physician = UserFactory(display_name="Sam Okafor", profession="physician", degree="DO")
    certificate = complete(physician, course).certificate
    before = _text(certificate_pdf_bytes(certificate=certificate))
    assert "Sam Okafor" in before and "Sam Okafor, DO" not in before  # frozen at the claim
    certificate = certificate_claim_credit(
        certificate=evaluated(certificate), user=physician, amount="1", attested=True
    )
    data = certificate_pdf_bytes(certificate=certificate)
    text = _text(data)
    for expected in [
        "Sam Okafor, DO",
        "Activity released 15 January 2026 · expires 14 January 2029",
        "AMA PRA Category 1 Credit™ claimed: 1 (maximum 1)",
        "designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit(s)™.",
        "is accredited by the Accreditation Council for Continuing Medical Education (ACCME)",
        "Dana Whitfield",
        "Director, Continuing Education",
    ]:
        assert expected in text, expected
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert len(page.images) == 1
    assert certificate_pdf_bytes(certificate=certificate) == data  # still deterministic
