"""A nurse on a jointly accredited course (module 06: AMA PRA 1 + ANCC + ACPE + IPCE): the
course page lists every credit type offered and who may claim it; after the quiz and the
evaluation the certificate page offers her only the nursing and IPCE credit, says why not the
others, and the PDF prints the credit she claimed with its statements. axe runs on every page."""

import io
import re

import pytest
from pypdf import PdfReader

from certificates.models import Certificate, CertificateCredit
from tests.e2e.quiz_answers import answers
from tests.e2e.test_physician_credit_journey import _fill
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE_DIR = "06-legal-regulatory-risk"


def test_nurse_claims_the_nursing_credit_of_a_jointly_accredited_course(
    journey, load_course, settings, live_server, tmp_path
):
    settings.SITE_URL = live_server.url
    settings.MEDIA_ROOT = str(tmp_path / "media")
    course = load_course(COURSE_DIR)
    user = UserFactory(
        email="rn@example.org", display_name="Nora Quinn", profession="nurse", degree="RN"
    )
    user.set_password("nurse journey pass")
    user.save()

    page = journey.goto("/accounts/login/")
    journey.step("login")
    page.locator("input[name=username]").fill("rn@example.org")
    page.locator("input[name=password]").fill("nurse journey pass")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    page = journey.goto(course.url)
    journey.step("course-joint-credit")
    assert page.get_by_text("it offers 4 credit types, each with its own maximum").is_visible()
    assert page.get_by_text("(who may claim: nurses)").is_visible()
    page.get_by_role("button", name="Start this course").click()
    lessons = list(course.lessons())
    for n, _lesson in enumerate(lessons, start=1):
        label = "Mark complete and continue" if n < len(lessons) else "Mark complete"
        page.get_by_role("button", name=label).click()
    page.wait_for_url(f"**{course.url}")

    page.get_by_role("link", name="Go to the final assessment").click()
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url("**/attempts/*/")
    attempt_id = int(re.search(r"/attempts/(\d+)/", page.url).group(1))
    for a in answers(attempt_id, correct=True):
        _fill(page, a)
    page.get_by_role("button", name="Submit attempt").click()
    page.wait_for_url(f"**/attempts/{attempt_id}/result/")
    assert page.get_by_role("heading", level=1).inner_text() == "Your result: 100%"

    certificate = Certificate.objects.get(user=user)
    page = journey.goto(f"/certificates/{certificate.pk}/")
    page.get_by_label("Yes, fully", exact=True).check()
    page.get_by_label("It confirmed what I already do").check()
    page.get_by_label("No bias or commercial influence").check()
    page.get_by_role("button", name="Submit the evaluation").click()
    assert page.get_by_role("heading", name="Step 2: claim your credit").is_visible()
    journey.step("claim-joint")
    assert page.get_by_text(
        "AMA PRA Category 1 Credit™ may be claimed only by physicians; your profile says nurse."
    ).is_visible()
    nursing = page.get_by_role("region", name="ANCC nursing contact hours")
    nursing.get_by_label("Credit to claim").fill("0.75")
    nursing.get_by_label("I attest that I claim only the credit", exact=False).check()
    nursing.get_by_role("button", name="Claim ANCC nursing contact hours").click()
    assert page.get_by_text("Your credit claim was recorded.").is_visible()
    journey.step("claimed-joint")
    row = CertificateCredit.objects.get(
        certificate=certificate, credit_type_slug="ancc-contact-hours"
    )
    assert str(row.credit_claimed) == "0.75"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    data = open(download_info.value.path(), "rb").read()  # noqa: SIM115
    text = " ".join(
        " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages).split()
    )
    for expected in (
        "Nora Quinn, RN",
        "ANCC nursing contact hours claimed: 0.75 (maximum 0.75)",
        "awards a maximum of 0.75 contact hour(s)",
    ):
        assert expected in text, expected
