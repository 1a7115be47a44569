"""Real concurrency on PostgreSQL: retries and parallel requests never double a record."""

import threading

import pytest
from django.db import connection

from courses.models import Completion, Enrollment, LessonProgress
from courses.services import enrollment_create, enrollment_refresh_completion, lesson_complete
from tests.factories import UserFactory, make_course

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_parallel(fn, n=6):
    barrier = threading.Barrier(n)
    errors = []

    def worker():
        try:
            barrier.wait()
            fn()
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_parallel_enroll_complete_and_refresh_create_one_row_each():
    user = UserFactory()
    course = make_course(lessons=1)
    lesson = course.lessons().first()
    run_parallel(lambda: enrollment_create(user=user, course=course))
    assert Enrollment.objects.filter(user=user, course=course).count() == 1
    run_parallel(lambda: lesson_complete(user=user, lesson=lesson))
    assert LessonProgress.objects.count() == 1
    enrollment = Enrollment.objects.get()
    run_parallel(lambda: enrollment_refresh_completion(enrollment=enrollment))
    assert Completion.objects.count() == 1


def test_parallel_enroll_requests_answer_201_exactly_once():
    from rest_framework.test import APIClient

    user = UserFactory()
    course = make_course(lessons=1)
    statuses: list[int] = []
    lock = threading.Lock()

    def enroll():
        client = APIClient()
        client.force_authenticate(user)
        response = client.post(f"/api/v1/courses/{course.pk}/enroll/")
        with lock:
            statuses.append(response.status_code)

    run_parallel(enroll, n=8)
    assert sorted(statuses) == [200] * 7 + [201]
    assert Enrollment.objects.filter(user=user, course=course).count() == 1
