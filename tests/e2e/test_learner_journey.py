"""A learner signs up, enrolls in a real course, completes every lesson, fails the final quiz once
(and reads the feedback), passes it, downloads the certificate PDF and checks the public
verification page. Everything goes through the UI; the test only reads the database to know
the right and wrong answers."""

import io
import re

import pytest
from django.core import mail
from pypdf import PdfReader

from quizzes.models import Attempt
from tests.e2e.quiz_answers import answers

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE_DIR = "07-digital-literacy-essentials"
LEARNER = "Dana Okafor-Lindqvist"


def attempt_id_from(url: str) -> int:
    match = re.search(r"/attempts/(\d+)/", url)
    assert match, url
    return int(match.group(1))


def answer_with_mouse(page, attempt_id: int, *, correct: bool):
    plan = answers(attempt_id, correct=correct)
    for a in plan:
        for cid in a.choices:
            page.locator(f'input[name="q{a.question_id}"][value="{cid}"]').check()
        for idx in a.tokens:
            page.locator(f'input[name="q{a.question_id}-t"][value="{idx}"]').check()
        for cid, pos in a.positions.items():
            page.locator(f'select[name="q{a.question_id}-pos-{cid}"]').select_option(str(pos))
    return plan


def test_learner_signs_up_completes_course_fails_then_passes_and_verifies(
    journey, load_course, settings, live_server
):
    settings.SITE_URL = live_server.url  # certificate links point at this server
    course = load_course(COURSE_DIR)
    lessons = list(course.lessons())
    assert len(lessons) == 3

    # Sign up, landing on the catalog.
    page = journey.goto("/accounts/signup/?next=/catalog/")
    journey.step("signup")
    page.get_by_label("Email").fill("dana@example.org")
    page.get_by_label("Name (as it should appear on certificates)").fill(LEARNER)
    page.get_by_label("Profession").select_option("nurse")
    page.get_by_label("Password", exact=True).fill("correct horse battery staple")
    page.get_by_label("Confirm password").fill("correct horse battery staple")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/accounts/signup/sent/")
    journey.step("signup-sent")
    # Confirm the address with the emailed link, then go to the catalog.
    link = re.search(r"(/accounts/signup/confirm/\S+/)", mail.outbox[-1].body)[1]
    page = journey.goto(link)
    page.get_by_role("button", name="Confirm and sign in").click()
    page.wait_for_load_state()
    page = journey.goto("/catalog/")
    journey.step("catalog")

    # Enroll from the course page.
    page.get_by_role("link", name=course.title).first.click()
    page.wait_for_url(f"**{course.url}")
    journey.step("course-before-enrolling")
    page.get_by_role("button", name="Start this course").click()  # enrolls, opens lesson 1
    assert page.get_by_text(f"You are enrolled in “{course.title}”.").is_visible()

    # Every lesson, in order, with "Mark complete".
    for n, lesson in enumerate(lessons, start=1):
        page.wait_for_url(f"**{lesson.url}")
        assert page.get_by_role("heading", level=1).inner_text() == lesson.title
        journey.step(f"lesson-{n}")
        label = "Mark complete and continue" if n < len(lessons) else "Mark complete"
        page.get_by_role("button", name=label).click()
    page.wait_for_url(f"**{course.url}")
    journey.step("course-lessons-done")
    assert page.get_by_text("final assessment").first.is_visible()

    # Final quiz, first attempt: wrong answers.
    page.get_by_role("link", name="Go to the final assessment").click()
    journey.step("quiz-start")
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url("**/attempts/*/")
    first = attempt_id_from(page.url)
    journey.step("attempt-1")
    plan = answer_with_mouse(page, first, correct=False)
    page.get_by_role("button", name="Submit attempt").click()
    page.wait_for_url(f"**/attempts/{first}/result/")
    journey.step("result-failed")
    assert page.get_by_text("Not passed").first.is_visible()
    assert Attempt.objects.get(pk=first).passed is False
    # Feedback: the explanation of the wrong option the learner picked is on the page.
    feedback = next(a.wrong_feedback for a in plan if a.wrong_feedback)
    assert page.get_by_text(feedback).first.is_visible()

    # Second attempt: right answers.
    page.get_by_role("link", name="Try again").click()
    journey.step("quiz-retry")
    page.get_by_role("button", name="Start a new attempt").click()
    page.wait_for_url("**/attempts/*/")
    second = attempt_id_from(page.url)
    assert second != first
    answer_with_mouse(page, second, correct=True)
    page.get_by_role("button", name="Submit attempt").click()
    page.wait_for_url(f"**/attempts/{second}/result/")
    journey.step("result-passed")
    assert page.get_by_role("heading", level=1).inner_text() == "Your result: 100%"
    assert page.get_by_text("Passed", exact=True).first.is_visible()
    # The course-complete moment: certificate, credit and share actions on the result page.
    assert page.get_by_role("heading", name=f"Course complete: {course.title}").is_visible()

    # The course is complete; the certificate is in My learning.
    page.get_by_role("link", name="Back to the course").click()
    assert page.get_by_text("Completed", exact=False).first.is_visible()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My learning").click()
    journey.step("my-learning-completed")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=f"Download PDF for {course.title}").click()
    download = download_info.value
    assert download.suggested_filename.startswith("certificate-")
    pdf = PdfReader(io.BytesIO(open(download.path(), "rb").read()))  # noqa: SIM115
    text = " ".join((p.extract_text() or "") for p in pdf.pages)
    flat = " ".join(text.split())
    assert LEARNER in flat
    assert course.title in flat

    # The certificate was announced in the app.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Notifications").click()
    journey.step("notifications")
    assert page.get_by_role("link", name=f"Certificate issued: {course.title}").is_visible()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My learning").click()

    # Certificate page, then its public verification page.
    page.locator(".my-certificates").get_by_role("link", name=course.title, exact=True).click()
    journey.step("certificate")
    page.get_by_role("link", name="Public verification page").click()
    page.wait_for_url("**/verify/*/")
    journey.step("verification")
    assert page.get_by_text("This certificate is valid.").is_visible()
    assert page.get_by_text(LEARNER).first.is_visible()
    assert page.get_by_text(course.title).first.is_visible()
