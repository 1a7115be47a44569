"""Pages and API lists cost the same number of queries for 2 and for 50 courses / lessons."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import enrollment_create, lesson_complete
from tests.factories import CreditTypeFactory, UserFactory, catalog_page, make_course, make_lesson

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def build_courses(n: int, user=None):
    credit = CreditTypeFactory(slug="qc-credit")
    courses = [
        make_course(lessons=1, credit_type=credit if i % 2 else None, credit_amount=1)
        for i in range(n)
    ]
    if user is not None:
        for course in courses:
            enrollment_create(user=user, course=course)
            lesson_complete(user=user, lesson=course.lessons().first())
    return courses


@pytest.mark.parametrize("logged_in", [False, True])
def test_catalog_page_queries_do_not_grow_with_courses(client, logged_in):
    user = UserFactory()
    if logged_in:
        client.force_login(user)
    build_courses(2, user)
    url = catalog_page().url
    few = count_queries(client, url)
    build_courses(48, user)
    many = count_queries(client, url)
    assert few == many


def test_catalog_api_queries_do_not_grow_with_courses(client):
    build_courses(2)
    few = count_queries(client, "/api/v1/courses/")
    build_courses(48)
    many = count_queries(client, "/api/v1/courses/")
    assert client.get("/api/v1/courses/").json()["count"] == 50
    assert few == many


@pytest.mark.parametrize("logged_in", [False, True])
def test_course_page_queries_do_not_grow_with_lessons(client, logged_in):
    user = UserFactory()
    course = make_course(lessons=2)
    if logged_in:
        client.force_login(user)
        enrollment_create(user=user, course=course)
        lesson_complete(user=user, lesson=course.lessons().first())
    few = count_queries(client, course.url)
    for i in range(48):
        make_lesson(course=course, slug=f"extra-{i}", title=f"Extra {i}")
    many = count_queries(client, course.url)
    assert few == many


def test_lesson_page_queries_do_not_grow_with_lessons(client):
    user = UserFactory()
    course = make_course(lessons=2)
    client.force_login(user)
    enrollment_create(user=user, course=course)
    lesson = course.lessons().first()
    few = count_queries(client, lesson.url)
    for i in range(48):
        make_lesson(course=course, slug=f"extra-{i}", title=f"Extra {i}")
    many = count_queries(client, lesson.url)
    assert few == many


def test_course_detail_api_queries_do_not_grow_with_lessons(client):
    course = make_course(lessons=2)
    url = f"/api/v1/courses/{course.pk}/"
    few = count_queries(client, url)
    for i in range(48):
        make_lesson(course=course, slug=f"extra-{i}", title=f"Extra {i}")
    many = count_queries(client, url)
    assert len(client.get(url).json()["lessons"]) == 50
    assert few == many


def test_my_learning_and_enrollments_api_do_not_grow_with_enrollments(client):
    user = UserFactory()
    client.force_login(user)
    build_courses(2, user)
    few_page = count_queries(client, "/my-learning/")
    few_api = count_queries(client, "/api/v1/enrollments/")
    build_courses(48, user)
    assert count_queries(client, "/my-learning/") == few_page
    assert count_queries(client, "/api/v1/enrollments/") == few_api
