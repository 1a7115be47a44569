"""Once-only issuance under real concurrency (PostgreSQL: row locks and a unique index)."""

import threading

import pytest
from django.db import connection
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.models import Completion
from tests.factories import EnrollmentFactory, UserFactory, make_course


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_issuance_creates_one_certificate(ama):
    course = make_course(credit_type=ama, credit_amount="1.00")
    user = UserFactory()
    enrollment = EnrollmentFactory(user=user, course=course)
    completion = Completion.objects.create(
        enrollment=enrollment,
        user=user,
        course=course,
        cycle=1,
        completed_at=timezone.now(),
        course_title=course.title,
        course_version=course.version,
        credit_type=ama,
        credit_type_name=ama.name,
        credit_amount=course.credit_amount,
    )
    workers = 8
    barrier = threading.Barrier(workers)
    results: list[int] = []
    errors: list[BaseException] = []

    def issue():
        try:
            barrier.wait()
            results.append(certificate_issue(completion=completion).pk)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=issue) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Certificate.objects.filter(completion=completion).count() == 1
    assert set(results) == {Certificate.objects.get(completion=completion).pk}
    assert len(results) == workers
