"""Wayfinding through a course: an outline beside every lesson, the final assessment as the next
step once the lessons are done, the certificate on the course page once earned, and "Take it
again" asking before it resets progress."""

import pytest
from bs4 import BeautifulSoup

from courses.models import Enrollment
from courses.services import enrollment_create, lesson_complete
from tests.factories import make_course
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_lesson_has_the_course_outline(client, learner):
    course = make_course(lessons=3)
    make_quiz(n=2, course=course)
    first, second, third = course.lessons()
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=first)
    client.force_login(learner)
    outline = _soup(client, second.url).select_one('nav[aria-label="Course outline"]')
    items = outline.select("li")
    assert [li.a.text.strip() for li in items] == [
        first.title,
        second.title,
        third.title,
        "Final assessment",
    ]
    assert "is-done" in items[0]["class"] and "(completed)" in items[0].text
    assert items[1].a["aria-current"] == "step"
    assert "is-done" not in items[2].get("class", [])


def test_after_the_last_lesson_the_assessment_is_the_primary_next_step(client, learner):
    course = make_course(lessons=2)
    make_quiz(n=2, course=course)
    enrollment_create(user=learner, course=course)
    for lesson in course.lessons():
        lesson_complete(user=learner, lesson=lesson)
    client.force_login(learner)
    last = course.lessons().last()
    for url in (last.url, course.url):
        primary = _soup(client, url).select_one("a.button.next-step")
        assert primary is not None, url
        assert primary.text.strip() == "Take the final assessment"
        assert "button-secondary" not in primary["class"]


def test_course_page_shows_the_certificate_once_earned(client, learner, ama_course, complete):
    certificate = complete(learner, ama_course).certificate
    client.force_login(learner)
    soup = _soup(client, ama_course.url)
    box = soup.select_one(".course-complete")
    assert box is not None
    links = {a.text.strip(): a["href"] for a in box.select("a")}
    assert links["View your certificate"] == f"/certificates/{certificate.pk}/"


def test_take_it_again_asks_before_resetting(client, learner, ama_course, complete):
    complete(learner, ama_course)
    client.force_login(learner)
    soup = _soup(client, ama_course.url)
    again = soup.find("a", string="Take it again")
    assert again["href"] == f"/learn/courses/{ama_course.pk}/restart/"
    confirm = _soup(client, again["href"])
    assert "Your earlier completion and certificate are kept" in " ".join(confirm.text.split())
    assert confirm.select_one(f'form[action="/learn/courses/{ama_course.pk}/restart/"]')
    enrollment = Enrollment.objects.get(user=learner, course=ama_course)
    assert enrollment.completed_at is not None  # looking at the question changed nothing
    response = client.post(again["href"])
    assert response.status_code == 302
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None


def test_restart_page_of_an_unfinished_course_is_404(client, learner):
    course = make_course()
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    assert client.get(f"/learn/courses/{course.pk}/restart/").status_code == 404
