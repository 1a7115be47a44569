"""Hostile input at the HTTP boundary (lms/inputpolicy.py): NUL and control characters in paths,
query strings, form fields and JSON bodies, JSON nested thousands deep, huge values — thrown at
every API endpoint (found by walking the URLconf) and at a set of HTML forms. Never a 500; the
policy's cases are a 400 naming the problem, with nothing written."""

import json

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from accounts.services import api_token_create
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory, make_course
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db

DEEP = 5000
NUL_MESSAGE = "The query parameter 'q' contains a control character (U+0000), which is not allowed."
DEPTH_MESSAGE = "The JSON body is nested more than 32 levels deep, which is not allowed."


def _error(message: str) -> dict:
    return {"error": {"status": 400, "code": "invalid_input", "message": message}}


def _row_counts() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


def _deep(depth: int, leaf="x") -> str:
    return '{"a":' * depth + json.dumps(leaf) + "}" * depth


@pytest.fixture
def world(db):
    """A learner with a token, an institution they administer, a course and a started attempt,
    so each endpoint's path resolves to something real."""
    user = UserFactory(email="fuzz@example.org")
    institution = InstitutionFactory()
    MembershipFactory(institution=institution, user=user, role="admin", department=None)
    course = make_course()
    quiz = make_quiz(course=course)
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(user)
    started = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts/", {}, format="json")
    attempt_id = started.json().get("id", 1) if started.status_code < 300 else 1
    return {
        "user": user,
        "token": api_token_create(user=user)[1],
        "ids": {
            "pk": course.pk,
            "quiz_id": quiz.pk,
            "attempt_id": attempt_id,
            "slug": institution.slug,
            "code": "NOPE2345",
        },
    }


def api_endpoints() -> list[str]:
    """Every /api/v1/ route as a path template ("courses/<id:pk>/")."""

    def walk(resolver, prefix=""):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern)

    return sorted({p for p in walk(get_resolver()) if p.startswith("api/v1/")})


def _fill(template: str, ids: dict) -> str:
    import re

    return "/" + re.sub(
        r"<(?:\w+:)?(\w+)>", lambda m: str(ids.get(m.group(1), 1)), template
    ).replace("^", "").replace("$", "")


def _clients(world):
    anonymous = APIClient(raise_request_exception=False)
    member = APIClient(raise_request_exception=False)
    member.credentials(HTTP_AUTHORIZATION=f"Token {world['token']}")
    return [("anonymous", anonymous), ("member", member)]


HOSTILE_QUERIES = [
    {"q": "\x00"},
    {"q": "a\x1bb"},
    {"page": "\x00"},
    {"\x00": "x"},
    {"page": "9" * 400},
    {"q": "x" * 20000},
    {"page_size": "-1", "ordering": "\x7f"},
]
HOSTILE_JSON = [
    _deep(DEEP),
    "[" * DEEP + "]" * DEEP,
    json.dumps({"email": "a\u0000@example.org", "password": "\u0000"}),
    json.dumps({"answers": [{"question": 1, "choices": ["\u0001"]}]}),
    json.dumps({"answers": [{"question": 10**400, "choices": [10**30]}]}),
    json.dumps({"amount": "1e999999", "count": 10**100}),
    json.dumps({"name": "x" * 200000}),
    '{"a": 1e999999}',
    "[" * 20,  # malformed
    '"\\ud800"',  # lone surrogate
    '{"email": "\\udfff@example.org", "password": "\\ud800", "text": "\\ud800"}',
]
HOSTILE_FORMS = [
    {"email": "a\x00@example.org", "password": "x\x00"},
    {"name": "\x08" * 10},
    {"email": "x" * 100000},
]


def test_every_api_endpoint_survives_hostile_input(world):
    endpoints = api_endpoints()
    assert len(endpoints) >= 15, endpoints
    failures = []
    for template in endpoints:
        path = _fill(template, world["ids"])
        for who, client in _clients(world):
            for params in HOSTILE_QUERIES:
                response = client.get(path, params)
                if response.status_code >= 500:
                    failures.append(f"{who} GET {path} {params!r}: {response.status_code}")
            for method in ("post", "put", "patch", "delete"):
                send = getattr(client, method)
                for body in HOSTILE_JSON:
                    response = send(path, body, content_type="application/json")
                    if response.status_code >= 500:
                        failures.append(
                            f"{who} {method.upper()} {path} {body[:40]!r}: {response.status_code}"
                        )
                for form in HOSTILE_FORMS:
                    response = send(path, form, format="multipart")
                    if response.status_code >= 500:
                        failures.append(f"{who} {method.upper()} {path} form: 500")
    assert not failures, "\n".join(failures)


def test_course_search_with_nul_is_a_400_naming_it(api_client):
    response = api_client.get("/api/v1/courses/?q=%00")
    assert response.status_code == 400
    assert response.json() == _error(NUL_MESSAGE)


def test_deeply_nested_json_on_the_token_endpoint_is_a_400(api_client):
    response = api_client.post("/api/v1/auth/token/", _deep(DEEP), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == _error(DEPTH_MESSAGE)


def test_deeply_nested_json_on_attempt_submit_is_a_400_and_writes_nothing(world):
    client = _clients(world)[1][1]
    before = _row_counts()
    path = f"/api/v1/attempts/{world['ids']['attempt_id']}/submit/"
    body = '{"answers": [' + _deep(DEEP) + "]}"
    response = client.post(path, body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == _error(DEPTH_MESSAGE)
    assert _row_counts() == before


def test_json_at_the_depth_limit_is_read(api_client):
    response = api_client.post(
        "/api/v1/auth/token/",
        '{"email": "a@example.org", "password": "x", "extra": ' + _deep(30) + "}",
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"  # the serializer's answer: it got there


def test_escaped_nul_in_a_json_string_is_a_400_naming_it(world):
    client = _clients(world)[1][1]
    before = _row_counts()
    response = client.post(
        f"/api/v1/attempts/{world['ids']['attempt_id']}/submit/",
        '{"answers": [{"question": 1, "choices": ["\\u0000"]}]}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json() == _error(
        "The JSON body contains a control character (U+0000), which is not allowed."
    )
    assert _row_counts() == before


def test_unpaired_surrogate_in_json_is_a_400_and_a_pair_is_read(api_client):
    response = api_client.post(
        "/api/v1/auth/token/",
        '{"email": "a@example.org", "password": "x\\ud800"}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json() == _error(
        "The JSON body contains an unpaired surrogate (U+D800), which is not a character."
    )
    response = api_client.post(
        "/api/v1/auth/token/",
        '{"email": "a@example.org", "password": "x\\ud83d\\ude00"}',
        content_type="application/json",
    )
    assert response.json()["error"]["code"] == "invalid"  # read, then refused as a bad login


def test_tab_newline_and_return_are_allowed(api_client):
    response = api_client.post(
        "/api/v1/auth/token/",
        json.dumps({"email": "a@example.org", "password": "tab\there\nnew\rline"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_nul_in_an_html_form_field_is_a_400_page_naming_it():
    before = _row_counts()
    client = Client(raise_request_exception=False)
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.org",
            "display_name": "Ann\x00",
            "profession": "nurse",
            "password1": "a long passphrase",
            "password2": "a long passphrase",
        },
    )
    assert response.status_code == 400
    assert (
        "The form field &#x27;display_name&#x27; contains a control character (U+0000), "
        "which is not allowed." in response.content.decode()
    )
    assert _row_counts() == before


def test_nul_in_a_page_address_is_a_400():
    response = Client(raise_request_exception=False).get("/courses/%00/")
    assert response.status_code == 400
    assert "The address contains a control character (U+0000)" in response.content.decode()


HTML_FORMS = [
    ("get", "/courses/"),
    ("get", "/verify/"),
    ("post", "/accounts/login/"),
    ("post", "/accounts/signup/"),
    ("post", "/accounts/password-reset/"),
    ("post", "/accounts/profile/"),
    ("get", "/my-learning/"),
]


@pytest.mark.parametrize(("method", "path"), HTML_FORMS)
def test_html_forms_survive_hostile_input(world, method, path):
    client = Client(raise_request_exception=False)
    client.force_login(world["user"])
    fields = ["q", "code", "username", "password", "email", "display_name", "licence_number"]
    for value in ["\x00", "\x1f", "x" * 100000, "9" * 400, "\ud7ff\uffff"]:
        data = dict.fromkeys(fields, value)
        response = getattr(client, method)(path, data)
        assert response.status_code < 500, (path, value[:10], response.status_code)
        if value in ("\x00", "\x1f"):
            assert response.status_code == 400, (path, value)


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        (r'{"a": "\ud83d\ude00"}', None),  # a surrogate pair is one character
        (r'{"a": "\ud800"}', "unpaired surrogate (U+D800)"),
        (r'{"a": "\udc00x"}', "unpaired surrogate (U+DC00)"),
        (r'{"a": "\ud800\u0041"}', "unpaired surrogate (U+D800)"),
        (r'{"a": "x\ud800y\udc00"}', "unpaired surrogate (U+D800)"),
        (r'{"a": "\\u0000"}', None),  # an escaped backslash, then the text "u0000"
        (r'{"\u0000": 1}', "control character (U+0000)"),  # keys too
        (r'{"a": "\u001F"}', "control character (U+001F)"),
        ('{"a": "\x7f"}', "control character (U+007F)"),
        (r'{"a": "\t\n\r\u0009\u000a\u000d"}', None),
        ('{"a": "[[[[{{{{"}', None),  # brackets inside strings are text
        ("[" * 32 + "]" * 32, None),
        ("[" * 33 + "]" * 33, "nested more than 32 levels deep"),
        ('{"a": "unterminated', None),  # left to the parser's own 400
    ],
)
def test_json_scan(body, refused):
    from lms.inputpolicy import InputRejected, check_json_bytes

    if refused is None:
        check_json_bytes(body.encode(), max_depth=32)
    else:
        with pytest.raises(InputRejected) as exc:
            check_json_bytes(body.encode(), max_depth=32)
        assert refused in exc.value.message
