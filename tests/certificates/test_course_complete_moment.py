"""The "course complete" moment on the result page of the attempt that completes a course: the
certificate, the credit claim and the share actions (issue 18)."""

import pytest
from bs4 import BeautifulSoup

from courses.services import enrollment_create, lesson_complete
from quizzes.models import Attempt
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.factories import make_course
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = pytest.mark.django_db


def _take(user, quiz, *, right: bool) -> Attempt:
    started = attempt_start(user=user, quiz=quiz)
    answers = correct_answers(started.questions) if right else []
    return attempt_submit(attempt=started.attempt, user=user, answers=answers)


def _panel(client, attempt):
    response = client.get(f"/attempts/{attempt.pk}/result/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".course-complete-moment")


def _course_with_quiz(learner):
    course = make_course(lessons=2)
    quiz = make_quiz(n=2, course=course)
    enrollment_create(user=learner, course=course)
    return course, quiz


def test_passing_the_final_quiz_shows_certificate_claim_and_share(
    client, learner, django_capture_on_commit_callbacks
):
    course, quiz = _course_with_quiz(learner)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in course.lessons():
            lesson_complete(user=learner, lesson=lesson)
        attempt = _take(learner, quiz, right=True)
    certificate = learner.certificates.get()
    client.force_login(learner)
    panel = _panel(client, attempt)
    assert panel is not None
    assert panel.h2.text.strip() == f"Course complete: {course.title}"
    links = {a.text.strip(): a["href"] for a in panel.select("a")}
    assert links["View your certificate"] == f"/certificates/{certificate.pk}/"
    assert links["Download the PDF"] == f"/certificates/{certificate.pk}/pdf/"
    assert links["Add to LinkedIn profile"].startswith("https://www.linkedin.com/profile/add?")
    assert panel.select_one("#complete-verification-link")["value"].endswith(
        f"/verify/{certificate.code}/"
    )


def test_a_failed_attempt_or_an_unfinished_course_shows_no_moment(client, learner):
    _course, quiz = _course_with_quiz(learner)
    client.force_login(learner)
    failed = _take(learner, quiz, right=False)
    assert _panel(client, failed) is None
    passed_before_lessons = _take(learner, quiz, right=True)
    assert passed_before_lessons.passed
    assert _panel(client, passed_before_lessons) is None  # lessons still open: not complete


def test_the_moment_costs_a_bounded_number_of_queries(
    client, learner, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    course, quiz = _course_with_quiz(learner)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in course.lessons():
            lesson_complete(user=learner, lesson=lesson)
        attempt = _take(learner, quiz, right=True)
    client.force_login(learner)
    client.get(f"/attempts/{attempt.pk}/result/")  # warm caches
    with django_assert_max_num_queries(30):
        assert _panel(client, attempt) is not None
