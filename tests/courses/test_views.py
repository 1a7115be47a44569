import pytest
from bs4 import BeautifulSoup
from wagtail import hooks

from courses.hooks import MY_LEARNING_ENROLLMENT_LINKS, MY_LEARNING_SECTIONS
from courses.models import Completion, Enrollment
from courses.services import enrollment_create, lesson_complete
from courses.signals import enrollment_completed
from tests.factories import InstitutionFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    client.user = user
    return client


def test_my_learning_needs_login(client):
    response = client.get("/my-learning/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_enroll_form_enrolls_and_opens_first_lesson(learner):
    course = make_course()
    response = learner.post(f"/learn/courses/{course.pk}/enroll/")
    assert response.status_code == 302
    assert response.url == course.lessons().first().url
    assert Enrollment.objects.filter(user=learner.user, course=course).count() == 1
    learner.post(f"/learn/courses/{course.pk}/enroll/")  # double click
    assert Enrollment.objects.filter(user=learner.user, course=course).count() == 1


def test_enroll_ignores_offsite_next(learner):
    course = make_course()
    response = learner.post(
        f"/learn/courses/{course.pk}/enroll/", {"next": "https://evil.example/"}
    )
    assert response.url == course.lessons().first().url


def test_complete_without_enrollment_shows_error(learner):
    course = make_course(title="Boundaries")
    lesson = course.lessons().first()
    response = learner.post(f"/learn/lessons/{lesson.pk}/complete/", follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["Enroll in “Boundaries” before completing its lessons."]


def test_completing_last_lesson_completes_course_and_sends_signal(
    learner, django_capture_on_commit_callbacks
):
    received = []

    def receiver(sender, completion, **kwargs):
        received.append(completion.pk)

    enrollment_completed.connect(receiver)
    try:
        course = make_course(lessons=2)
        enrollment_create(user=learner.user, course=course)
        first, last = course.lessons()
        with django_capture_on_commit_callbacks(execute=True):
            learner.post(f"/learn/lessons/{first.pk}/complete/")
            response = learner.post(f"/learn/lessons/{last.pk}/complete/")
            learner.post(f"/learn/lessons/{last.pk}/complete/")  # retry
    finally:
        enrollment_completed.disconnect(receiver)
    assert response.url == course.url
    assert received == [Completion.objects.get().pk]


def test_complete_answers_json_for_fetch(learner):
    course = make_course(lessons=2)
    enrollment_create(user=learner.user, course=course)
    first, second = course.lessons()
    response = learner.post(f"/learn/lessons/{first.pk}/complete/", HTTP_ACCEPT="application/json")
    assert response.json() == {
        "lesson": first.pk,
        "completed": True,
        "progress": {"done": 1, "total": 2, "percent": 50},
        "course_completed": False,
        "next_url": second.url,
    }


def test_my_learning_lists_in_progress_completed_and_assigned(learner, make_member):
    institution = InstitutionFactory(name="Riverside General")
    make_member(institution, user=learner.user)
    started = make_course(title="Started", lessons=2)
    done = make_course(title="Done", lessons=1)
    assigned = make_course(title="Assigned")
    enrollment_create(user=learner.user, course=started)
    lesson_complete(user=learner.user, lesson=started.lessons().first())
    enrollment_create(user=learner.user, course=done)
    lesson_complete(user=learner.user, lesson=done.lessons().first())
    enrollment_create(
        user=learner.user, course=assigned, source="requirement", institution=institution
    )
    soup = BeautifulSoup(learner.get("/my-learning/").content, "html.parser")

    def titles(section_id):
        section = soup.find(id=section_id).find_parent("section")
        return sorted(h.text for h in section.select(".enrollment h3"))

    # Each course once: an assigned course sits under "Assigned to you", not also "In progress".
    assert titles("in-progress-title") == ["Started"]
    assert titles("completed-title") == ["Done"]
    assert titles("assigned-title") == ["Assigned"]
    assert "Assigned by Riverside General" in soup.find(id="assigned-title").parent.text
    all_titles = [h.text for h in soup.select(".enrollment h3")]
    assert sorted(all_titles) == ["Assigned", "Done", "Started"]


def test_my_learning_extension_hooks(learner):
    course = make_course(title="Hooked")
    enrollment = enrollment_create(user=learner.user, course=course)

    def sections(*, request, enrollments):
        return [
            {
                "template": "content/_progress.html",  # any template will do
                "context": {},
                "placement": "bottom",
            }
        ]

    def links(*, request, enrollments):
        return {e.pk: [{"label": "Download certificate", "url": "/c/1/"}] for e in enrollments}

    with hooks.register_temporarily(
        [(MY_LEARNING_SECTIONS, sections), (MY_LEARNING_ENROLLMENT_LINKS, links)]
    ):
        response = learner.get("/my-learning/")
    assert response.status_code == 200
    assert response.context["sections"]["bottom"][0]["context"] == {}
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(f"#enrollment-{enrollment.pk}-title").find_parent("li")
    assert link.select_one("a[href='/c/1/']").text.startswith("Download certificate")
