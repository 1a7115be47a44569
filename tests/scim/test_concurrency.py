"""Two connectors creating the same person at once: exactly one succeeds, the other gets a SCIM
409, and nothing is half-written (PostgreSQL, real threads and connections)."""

import threading

import pytest
from django.db import connection

from accounts.models import User
from institutions.models import Membership
from scim.models import ScimUser
from tests.scim.conftest import ScimClient, make_scim_institution, user_body

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_concurrent_creates_of_one_person_give_one_member_and_a_409():
    _institution, _admin, _token, raw = make_scim_institution()
    workers = 4
    barrier = threading.Barrier(workers)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def create():
        try:
            client = ScimClient(raw)
            barrier.wait()
            response = client.post("/Users", user_body())
            statuses.append(response.status_code)
            if response.status_code != 201:
                assert response.json()["scimType"] == "uniqueness"
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=create) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(statuses) == [201] + [409] * (workers - 1)
    assert User.objects.filter(email="ana.lima@riverside.example").count() == 1
    assert Membership.objects.filter(user__email="ana.lima@riverside.example").count() == 1
    assert ScimUser.objects.count() == 1
