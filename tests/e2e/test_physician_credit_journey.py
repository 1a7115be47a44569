"""A physician earns AMA PRA Category 1 Credit™ on a real credit-bearing course: the course page
shows the accreditation data before enrolling, the quiz has a navigator and warns about
unanswered questions, then the activity evaluation, the attestation and the claim, and the
certificate PDF carries the degree, the activity dates, the claim and the signature. axe runs on
every page."""

import io
import re

import pytest
from pypdf import PdfReader

from certificates.models import Certificate, CertificateSignatory
from quizzes.models import Attempt
from tests.e2e.quiz_answers import answers
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE_DIR = "03-misinformation"


def _signature_png() -> bytes:
    from PIL import Image as PILImage
    from PIL import ImageDraw

    image = PILImage.new("RGB", (300, 80), "white")
    ImageDraw.Draw(image).line([(10, 60), (120, 20), (290, 50)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _fill(page, a) -> None:
    for cid in a.choices:
        page.locator(f'input[name="q{a.question_id}"][value="{cid}"]').check()
    for idx in a.tokens:
        # A learner clicks the word (the label); its checkbox is visually hidden.
        box = page.locator(f'input[name="q{a.question_id}-t"][value="{idx}"]')
        label = box.locator("xpath=..")
        label.scroll_into_view_if_needed()
        # A word that wraps onto two lines has no ink at the centre of its box: click the middle
        # of its first line, where a finger or a mouse would.
        at = label.evaluate(
            "l => { const r = l.getClientRects()[0]; "
            "return {x: r.left + r.width / 2, y: r.top + r.height / 2}; }"
        )
        page.mouse.click(at["x"], at["y"])
        assert box.is_checked()
    for cid, pos in a.positions.items():
        page.locator(f'select[name="q{a.question_id}-pos-{cid}"]').select_option(str(pos))


def test_physician_claims_credit_after_evaluation_and_attestation(
    journey, load_course, settings, live_server, tmp_path
):
    from django.core.files.base import ContentFile
    from wagtail.images.models import Image

    settings.SITE_URL = live_server.url
    settings.MEDIA_ROOT = str(tmp_path / "media")
    course = load_course(COURSE_DIR)
    signature = Image.objects.create(
        title="Signature", file=ContentFile(_signature_png(), name="signature.png")
    )
    CertificateSignatory.objects.create(
        name="Dana Whitfield", title="Director, Continuing Education", signature=signature
    )
    user = UserFactory(
        email="doc@example.org", display_name="Priya Raman", profession="physician", degree="MD"
    )
    user.set_password("physician journey pass")
    user.save()

    page = journey.goto("/accounts/login/")
    journey.step("login")
    page.locator("input[name=username]").fill("doc@example.org")
    page.locator("input[name=password]").fill("physician journey pass")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The course page shows the accreditation data before enrolling.
    page = journey.goto(course.url)
    journey.step("course-before-enrolling")
    for text in (
        "Release date",
        "Expiry (termination) date",
        "This activity received no commercial support.",
        "pass the final assessment (80% or more)",
        "Faculty, planners and disclosures",
    ):
        assert page.get_by_text(text).first.is_visible(), text
    page.get_by_role("button", name="Start this course").click()
    lessons = list(course.lessons())
    for n, _lesson in enumerate(lessons, start=1):
        label = "Mark complete and continue" if n < len(lessons) else "Mark complete"
        page.get_by_role("button", name=label).click()
    page.wait_for_url(f"**{course.url}")

    # The final quiz: navigator, then the unanswered warning, then a pass.
    page.get_by_role("link", name="Go to the final assessment").click()
    journey.step("quiz-start")
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url("**/attempts/*/")
    attempt_id = int(re.search(r"/attempts/(\d+)/", page.url).group(1))
    navigator = page.get_by_role("navigation", name="Question navigator")
    assert navigator.is_visible()
    journey.step("attempt")
    plan = answers(attempt_id, correct=True)
    for a in plan[:-1]:
        _fill(page, a)
    page.get_by_role("button", name="Submit attempt").click()
    assert page.get_by_text("1 question not answered yet").is_visible()
    journey.step("unanswered-warning")
    assert Attempt.objects.get(pk=attempt_id).submitted_at is None
    _fill(page, plan[-1])
    page.get_by_role("button", name="Submit anyway").click()
    page.wait_for_url(f"**/attempts/{attempt_id}/result/")
    journey.step("result-passed")
    assert page.get_by_role("heading", level=1).inner_text() == "Your result: 100%"

    # Evaluation, then the claim with its attestation.
    certificate = Certificate.objects.get(user=user)
    page = journey.goto(f"/certificates/{certificate.pk}/")
    journey.step("evaluation")
    page.get_by_label("Yes, fully", exact=True).check()
    page.get_by_label("Objective 2: partly", exact=True).check()
    page.get_by_label("I will change something in my practice").check()
    page.get_by_label("What will you change?").fill("Check sources before sharing.")
    page.get_by_label("No bias or commercial influence").check()
    page.get_by_role("button", name="Submit the evaluation").click()
    assert page.get_by_role("heading", name="Step 2: claim your credit").is_visible()
    journey.step("claim")
    page.get_by_label("Credit to claim").fill("0.75")
    page.get_by_label("I attest that I claim only the credit commensurate", exact=False).check()
    page.get_by_role("button", name="Claim credit").click()
    assert page.get_by_text("Your credit claim was recorded.").is_visible()
    journey.step("claimed")
    certificate.refresh_from_db()
    assert str(certificate.credit_claimed) == "0.75" and certificate.learner_degree == "MD"
    assert certificate.evaluation.answers == {"objective_2": "partly"}

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    data = open(download_info.value.path(), "rb").read()  # noqa: SIM115
    pdf = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())
    for expected in (
        "Priya Raman, MD",
        "Activity released 15 January 2026 · expires 14 January 2029",
        "AMA PRA Category 1 Credit™ claimed: 0.75 (maximum 0.75)",
        "Dana Whitfield",
        "Director, Continuing Education",
    ):
        assert expected in text, expected
    assert len(pdf.pages[0].images) == 1
