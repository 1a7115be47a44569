"""Property-based fuzzing of our own OpenAPI schema with schemathesis, in-process over WSGI.

Every operation, a bounded number of generated requests each, as an anonymous client and as an
authenticated learner: no 5xx, and every response matches the schema (status code documented,
body valid, content type declared).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi import checks as openapi_checks

from lms.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)

CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]


@pytest.fixture
def learner_token(db):
    from accounts.services import api_token_create
    from tests.factories import UserFactory

    return api_token_create(user=UserFactory(email="fuzz@example.org"))[1]


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_api_conforms_to_schema(case, learner_token):
    # Alternate anonymous and authenticated requests so both paths are exercised.
    headers = {"Authorization": f"Token {learner_token}"} if hash(repr(case.body)) % 2 else {}
    case.call_and_validate(headers=headers, checks=CHECKS)
