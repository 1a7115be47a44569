"""Every learner's name prints: embedded Roboto TrueType for Latin (incl. Vietnamese), Greek and
Cyrillic, CID fonts for CJK, a visible U+FFFD for scripts no font covers; output stays
deterministic."""

import dataclasses
import hashlib
import io
import logging

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from certificates.fonts import SANS, SANS_BOLD, unsupported_characters
from certificates.pdf import (
    CertificateContent,
    TranscriptContent,
    render_certificate,
    render_transcript,
)
from certificates.selectors import certificate_pdf_content
from certificates.services import certificate_pdf_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAMES = [
    "Nguyễn Thị Hương",  # Vietnamese: Latin Extended Additional + ư/ơ (Latin Extended-B)
    "Σοφία Παπαδοπούλου",  # Greek
    "Анна Иванова",  # Cyrillic
    "Łukasz Wróbel",  # Polish: Latin Extended-A
    "Zoë Ødegård",  # Latin-1
    "Ɓello Ɗanjuma",  # Hausa hooked letters: Latin Extended-B
]

SAMPLE = CertificateContent(
    learner_name="Dr. Amélie Ng",
    course_title="Patient privacy online",
    course_version="2.1",
    completed_on="21 November 2026",
    issued_on="21 November 2026",
    provider_name="Ethos Continuing Education",
    verification_url="https://ethos.example/verify/H7GNR5IYPK6A5YOL2SE5T2BUCHQE2M4O/",
    display_code="H7GN-R5IY-PK6A-5YOL-2SE5-T2BU-CHQE-2M4O",
    institution_name="Riverside Health",
)

ROBOTO = {"/AAAAAA+Roboto-Regular", "/AAAAAA+Roboto-Bold"}


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _fonts(data: bytes) -> dict[str, dict]:
    """BaseFont -> font dictionary, over every page's /Font resources."""
    fonts = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def _assert_embedded_truetype(fonts: dict[str, dict], allowed_other: set[str]) -> None:
    assert set(fonts) >= ROBOTO
    for name, font in fonts.items():
        if name in allowed_other:
            assert "/FontDescriptor" not in font or "/FontFile2" not in font["/FontDescriptor"]
            continue
        assert font["/Subtype"] == "/TrueType", name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


@pytest.mark.parametrize("name", NAMES)
def test_certificate_prints_the_exact_name(name, ama_course, complete):
    learner = UserFactory(display_name=name)
    certificate = complete(learner, ama_course).certificate
    data = certificate_pdf_bytes(certificate=certificate)

    assert f"This certifies that {name} has completed" in _text(data)
    # All text is embedded Roboto; the only other font is Courier for the ASCII code.
    fonts = _fonts(data)
    assert set(fonts) == ROBOTO | {"/Courier-Bold"}
    _assert_embedded_truetype(fonts, {"/Courier-Bold"})
    # Deterministic: same bytes twice, and the stored hash is the hash of those bytes.
    content = certificate_pdf_content(certificate)
    first, second = render_certificate(content), render_certificate(content)
    assert first == second == data
    certificate.refresh_from_db()
    assert hashlib.sha256(first).hexdigest() == certificate.pdf_sha256


def test_names_everywhere_on_the_page_use_the_embedded_font():
    content = dataclasses.replace(
        SAMPLE,
        provider_name="Ωμέγα Εκπαίδευση",
        course_title="Безопасность пациентов",
        institution_name="Bệnh viện Chợ Rẫy",
        credit_line="Crédit: 1 giờ",
        revoked_on="ngày 1 tháng 12",
    )
    data = render_certificate(content)
    text = _text(data)
    for expected in [
        "Ωμέγα Εκπαίδευση",
        "Безопасность пациентов",
        "Institution: Bệnh viện Chợ Rẫy",
        "Crédit: 1 giờ",
        "REVOKED on ngày 1 tháng 12",
    ]:
        assert expected in text, expected
    _assert_embedded_truetype(_fonts(data), {"/Courier-Bold"})
    assert render_certificate(content) == data


@pytest.mark.parametrize(
    ("name", "cid_font"),
    [
        ("王小明", "/STSong-Light"),
        ("山田 はなこ", "/HeiseiMin-W3"),  # kana present: Han set in the Japanese font too
        ("김민준", "/HYSMyeongJo-Medium"),
    ],
)
def test_cjk_names_use_a_cid_font(name, cid_font):
    content = dataclasses.replace(SAMPLE, learner_name=name, institution_name=f"{name} Clinic")
    data = render_certificate(content)

    text = _text(data)
    assert f"This certifies that {name} has completed" in text
    assert f"Institution: {name} Clinic" in text
    fonts = _fonts(data)
    assert set(fonts) == ROBOTO | {"/Courier-Bold", cid_font}
    # Documented limit: reportlab's CID fonts are not embedded, the viewer supplies the glyphs.
    assert fonts[cid_font]["/Subtype"] == "/Type0"
    _assert_embedded_truetype(fonts, {"/Courier-Bold", cid_font})
    assert render_certificate(content) == data


def test_uncovered_script_prints_replacement_characters_and_warns(caplog):
    name = "مريم Haddad"  # Arabic: no font here covers it (and reportlab cannot shape it)
    assert unsupported_characters(name) == "مري"
    content = dataclasses.replace(SAMPLE, learner_name=name)
    with caplog.at_level(logging.WARNING, logger="certificates.fonts"):
        data = render_certificate(content)

    assert "This certifies that \ufffd\ufffd\ufffd\ufffd Haddad has completed" in _text(data)
    assert caplog.messages == [
        "certificate PDF: no font for U+0645 U+0631 U+064A, printed as U+FFFD"
    ]


def test_decomposed_accents_print_as_precomposed_letters():
    data = render_certificate(
        dataclasses.replace(SAMPLE, learner_name="Zoe\u0308 Nguye\u0302\u0303n")
    )
    assert "This certifies that Zoë Nguyễn has completed" in _text(data)
    assert unsupported_characters("Zoe\u0308 Nguye\u0302\u0303n") == ""


def test_transcript_prints_every_script_in_embedded_fonts():
    content = TranscriptContent(
        learner_name="Nguyễn Thị Hương",
        generated_on="21 November 2026",
        provider_name="Ethos",
        rows=(
            ("Безопасность пациентов", "1.0", "Nov 1", "Active", "1 credit", "", "AAAA-BBBB"),
            ("Ιατρική ηθική", "2.0", "Nov 2", "Active", "", "", "CCCC-DDDD"),
        ),
        totals=(("2026", "Łódź CME credit", "1", "2"),),
    )
    data = render_transcript(content)
    text = _text(data)
    for expected in [
        "Transcript — Nguyễn Thị Hương",
        "Безопасность пациентов",
        "Ιατρική ηθική",
        "Łódź CME credit",
    ]:
        assert expected in text, expected
    fonts = _fonts(data)
    assert set(fonts) == ROBOTO
    _assert_embedded_truetype(fonts, set())
    assert render_transcript(content) == data


def test_font_coverage_is_what_the_docs_claim():
    wanted = {
        "Latin-1": range(0xA0, 0x100),
        "Latin Extended-A": range(0x100, 0x180),
        "Latin Extended-B": range(0x180, 0x250),
        "Vietnamese": range(0x1EA0, 0x1EFA),
        "Greek": [c for c in range(0x386, 0x3CF) if c not in (0x387, 0x38B, 0x38D, 0x3A2)],
        "Cyrillic": range(0x400, 0x500),
    }
    for font in (SANS, SANS_BOLD):
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        for script, codes in wanted.items():
            missing = [f"U+{c:04X}" for c in codes if c not in cmap]
            assert missing == [], (font, script)
