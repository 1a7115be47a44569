import pytest

from accounts.services import api_token_create
from courses.models import Enrollment, LessonProgress
from courses.services import enrollment_create
from tests.factories import CreditTypeFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner_client(api_client):
    user = UserFactory()
    _, token = api_token_create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    api_client.user = user
    return api_client


def test_catalog_lists_published_courses_with_page_url(api_client):
    credit = CreditTypeFactory(
        slug="ama-pra-1",
        name="AMA PRA Category 1 Credit™",
        designation_statement="{provider} designates … a maximum of {amount} credits.",
    )
    course = make_course(lessons=2, credit_type=credit, credit_amount="1.00")
    hidden = make_course()
    hidden.unpublish()
    response = api_client.get("/api/v1/courses/")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    item = data["results"][0]
    assert item["id"] == course.pk
    assert item["url"] == f"http://testserver{course.url}"
    assert item["lesson_count"] == 2
    assert item["credit"] == {
        "type": "ama-pra-1",
        "name": "AMA PRA Category 1 Credit™",
        "unit": "credit",
        "amount": "1.00",
        "designation_statement": "Ethos Continuing Education designates … a maximum of 1 credits.",
    }


def test_catalog_filters(api_client):
    nurse = make_course(audience=["nurse"])
    make_course(audience=["physician"])
    data = api_client.get("/api/v1/courses/?profession=nurse").json()
    assert [c["id"] for c in data["results"]] == [nurse.pk]


def test_course_detail_lists_lessons_and_quiz(api_client):
    course = make_course(lessons=2)
    response = api_client.get(f"/api/v1/courses/{course.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["quiz"] is None
    assert data["objectives"] == ["Explain why privacy matters."]
    assert [(lesson["id"], lesson["title"], lesson["url"]) for lesson in data["lessons"]] == [
        (lesson.pk, lesson.title, f"http://testserver{lesson.url}") for lesson in course.lessons()
    ]


def test_course_detail_of_unpublished_course_is_404(api_client):
    course = make_course()
    course.unpublish()
    assert api_client.get(f"/api/v1/courses/{course.pk}/").status_code == 404


def test_enroll_is_idempotent(learner_client):
    course = make_course()
    first = learner_client.post(f"/api/v1/courses/{course.pk}/enroll/")
    second = learner_client.post(f"/api/v1/courses/{course.pk}/enroll/")
    assert first.status_code == 201
    assert second.status_code == 200
    assert first.json()["id"] == second.json()["id"]
    assert first.json()["progress"] == {"done": 0, "total": 2, "percent": 0}
    assert Enrollment.objects.filter(user=learner_client.user).count() == 1


def test_enroll_needs_authentication(api_client):
    course = make_course()
    response = api_client.post(f"/api/v1/courses/{course.pk}/enroll/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_enroll_in_unknown_course_is_404(learner_client):
    assert learner_client.post("/api/v1/courses/999999/enroll/").status_code == 404


def test_enrollments_list_only_own(learner_client):
    mine = make_course()
    other_course = make_course()
    enrollment_create(user=learner_client.user, course=mine)
    enrollment_create(user=UserFactory(), course=other_course)
    data = learner_client.get("/api/v1/enrollments/").json()
    assert [e["course"]["id"] for e in data["results"]] == [mine.pk]
    assert data["results"][0]["progress"] == {"done": 0, "total": 2, "percent": 0}


def test_complete_lesson(learner_client):
    course = make_course(lessons=2)
    enrollment_create(user=learner_client.user, course=course)
    lesson = course.lessons().first()
    response = learner_client.post(f"/api/v1/lessons/{lesson.pk}/complete/")
    assert response.status_code == 200
    data = response.json()
    assert data["lesson"] == lesson.pk
    assert data["progress"] == {"done": 1, "total": 2, "percent": 50}
    assert data["course_completed"] is False
    again = learner_client.post(f"/api/v1/lessons/{lesson.pk}/complete/")
    assert again.status_code == 200
    assert LessonProgress.objects.count() == 1


def test_complete_lesson_when_not_enrolled_is_refused(learner_client):
    course = make_course(title="Boundaries")
    lesson = course.lessons().first()
    response = learner_client.post(f"/api/v1/lessons/{lesson.pk}/complete/")
    assert response.status_code == 403
    assert response.json()["error"]["message"] == (
        "Enroll in “Boundaries” before completing its lessons."
    )
    assert LessonProgress.objects.count() == 0


def test_complete_lesson_of_another_course_is_refused(learner_client):
    mine = make_course()
    other = make_course(title="Other")
    enrollment_create(user=learner_client.user, course=mine)
    response = learner_client.post(f"/api/v1/lessons/{other.lessons().first().pk}/complete/")
    assert response.status_code == 403
    assert LessonProgress.objects.count() == 0


def test_complete_unpublished_lesson_is_404(learner_client):
    course = make_course()
    enrollment_create(user=learner_client.user, course=course)
    lesson = course.lessons().first()
    lesson.unpublish()
    assert learner_client.post(f"/api/v1/lessons/{lesson.pk}/complete/").status_code == 404


def test_schema_documents_learning_endpoints(api_client):
    schema = api_client.get("/api/schema/?format=json").json()
    for path in [
        "/api/v1/courses/",
        "/api/v1/courses/{id}/",
        "/api/v1/courses/{id}/enroll/",
        "/api/v1/enrollments/",
        "/api/v1/lessons/{id}/complete/",
    ]:
        assert path in schema["paths"], path
    detail = schema["paths"]["/api/v1/courses/{id}/"]["get"]["responses"]["200"]["content"]
    assert "examples" in detail["application/json"]


def test_page_urls_follow_the_host_and_port_that_served_the_request(api_client):
    """Absolute links are built from the request, never from the Wagtail Site record."""
    course = make_course(lessons=1)
    response = api_client.get(f"/api/v1/courses/{course.pk}/", HTTP_HOST="localhost:9123")
    data = response.json()
    assert data["url"] == f"http://localhost:9123{course.url}"
    assert data["lessons"][0]["url"].startswith(f"http://localhost:9123{course.url}")
    listing = api_client.get("/api/v1/courses/", HTTP_HOST="127.0.0.1:8765").json()
    assert listing["results"][0]["url"] == f"http://127.0.0.1:8765{course.url}"
