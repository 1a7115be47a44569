import hashlib
import importlib
import re
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone
from knox.models import AuthToken

from accounts.services import api_token_create, api_token_revoke
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/auth/token/"


def test_good_credentials_return_a_token_that_authenticates(api_client):
    user = UserFactory(email="nurse@example.org")
    before = timezone.now()
    response = api_client.post(
        URL, {"email": "Nurse@Example.org", "password": "correct horse battery"}
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "expiry"}
    token = body["token"]
    assert re.fullmatch(r"[0-9a-f]{64}", token)
    expiry = datetime.fromisoformat(body["expiry"])
    assert before + timedelta(days=30) <= expiry <= timezone.now() + timedelta(days=30)
    # Stored as a digest only: the token text is nowhere in the database row.
    stored = AuthToken.objects.get(user=user)
    assert stored.digest == hashlib.sha512(token.encode()).hexdigest()
    assert token not in {stored.digest, stored.token_key}
    assert stored.token_key == token[:15]

    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    enrollments = api_client.get("/api/v1/enrollments/")
    assert enrollments.status_code == 200


def test_each_sign_in_issues_a_new_token_and_both_work(api_client):
    UserFactory(email="nurse@example.org")
    credentials = {"email": "nurse@example.org", "password": "correct horse battery"}
    first = api_client.post(URL, credentials).json()["token"]
    second = api_client.post(URL, credentials).json()["token"]
    assert first != second
    for token in (first, second):
        api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        assert api_client.get("/api/v1/enrollments/").status_code == 200


def _unauthorized(api_client, token: str):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return api_client.get("/api/v1/enrollments/")


def test_expired_token_is_refused_and_deleted(api_client):
    user = UserFactory()
    instance, token = api_token_create(user=user)
    AuthToken.objects.filter(pk=instance.pk).update(expiry=timezone.now() - timedelta(seconds=1))
    response = _unauthorized(api_client, token)
    assert response.status_code == 401
    assert response.json()["error"] == {
        "status": 401,
        "code": "authentication_failed",
        "message": "Invalid token.",
    }
    assert response["WWW-Authenticate"] == "Token"
    assert not AuthToken.objects.filter(user=user).exists()


def test_revoked_token_is_refused(api_client):
    user = UserFactory()
    instance, token = api_token_create(user=user)
    api_token_revoke(user=user, token_key=instance.token_key)
    assert _unauthorized(api_client, token).status_code == 401


@pytest.mark.parametrize(
    "header",
    [
        "Token " + "0" * 64,
        "Token not-hex-at-all",
        "Token",
        "Token a b",
        b"Token \xff\xfe".decode("latin-1"),
    ],
)
def test_malformed_or_unknown_tokens_answer_401_not_500(api_client, header):
    api_client.credentials(HTTP_AUTHORIZATION=header)
    response = api_client.get("/api/v1/enrollments/")
    assert response.status_code == 401


def test_token_authentication_is_one_query(rf, django_assert_num_queries):
    from lms.api.authentication import ExpiringTokenAuthentication

    user = UserFactory()
    _, token = api_token_create(user=user)
    request = rf.get("/api/v1/enrollments/", HTTP_AUTHORIZATION=f"Token {token}")
    with django_assert_num_queries(1):
        authenticated, auth = ExpiringTokenAuthentication().authenticate(request)
    assert authenticated == user and auth.user_id == user.pk


def test_only_the_newest_tokens_stay_valid(settings):
    settings.API_TOKEN_MAX_PER_USER = 3
    user = UserFactory()
    issued = [api_token_create(user=user)[0].token_key for _ in range(5)]
    assert sorted(
        AuthToken.objects.filter(user=user).values_list("token_key", flat=True)
    ) == sorted(issued[-3:])


def test_issuing_purges_the_users_expired_tokens_only():
    user, other = UserFactory(), UserFactory()
    mine, _ = api_token_create(user=user)
    theirs, _ = api_token_create(user=other)
    past = timezone.now() - timedelta(days=1)
    AuthToken.objects.filter(pk__in=[mine.pk, theirs.pk]).update(expiry=past)
    fresh, _ = api_token_create(user=user)
    assert list(AuthToken.objects.filter(user=user)) == [fresh]
    assert AuthToken.objects.filter(pk=theirs.pk).exists()


def test_inactive_user_is_never_issued_a_token():
    with pytest.raises(ValueError, match=r"An inactive user cannot be issued an API token\."):
        api_token_create(user=UserFactory(is_active=False))
    assert not AuthToken.objects.exists()


def test_revoking_another_users_token_is_refused_like_a_missing_one():
    owner, intruder = UserFactory(), UserFactory()
    instance, _ = api_token_create(user=owner)
    with pytest.raises(AuthToken.DoesNotExist):
        api_token_revoke(user=intruder, token_key=instance.token_key)
    with pytest.raises(AuthToken.DoesNotExist):
        api_token_revoke(user=owner, token_key="f" * 15)
    assert AuthToken.objects.filter(pk=instance.pk).exists()


@pytest.mark.migrations
def test_migration_drops_plain_drf_tokens():
    """accounts 0002 drops DRF's plain-text authtoken table where an older install has one."""
    migration = importlib.import_module("accounts.migrations.0002_drop_plain_api_tokens")
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, user_id bigint, "
            "created timestamp)"
        )
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('authtoken', '0001_initial', %s)",
            [timezone.now()],
        )
        assert "authtoken_token" in connection.introspection.table_names(cursor)
    migration.drop_plain_tokens(connection)
    with connection.cursor() as cursor:
        assert "authtoken_token" not in connection.introspection.table_names(cursor)
        cursor.execute("SELECT count(*) FROM django_migrations WHERE app = 'authtoken'")
        assert cursor.fetchone() == (0,)


def test_wrong_password_names_the_problem(api_client):
    UserFactory(email="nurse@example.org")
    response = api_client.post(URL, {"email": "nurse@example.org", "password": "nope"})
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "status": 400,
            "code": "invalid",
            "message": "Unable to log in with the given email and password.",
            "fields": {"non_field_errors": ["Unable to log in with the given email and password."]},
        }
    }


def test_missing_email_names_the_field(api_client):
    response = api_client.post(URL, {"password": "x"})
    assert response.status_code == 400
    body = response.json()["error"]
    assert body["message"] == "email: This field is required."
    assert body["fields"] == {"email": ["This field is required."]}


def test_malformed_email_names_the_field(api_client):
    response = api_client.post(URL, {"email": "not-an-email", "password": "x"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "email: Enter a valid email address."


def test_inactive_user_cannot_get_a_token(api_client):
    UserFactory(email="gone@example.org", is_active=False)
    response = api_client.post(
        URL, {"email": "gone@example.org", "password": "correct horse battery"}
    )
    assert response.status_code == 400
    assert not AuthToken.objects.exists()


def test_schema_is_limited_to_public_api(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/auth/token/" in paths
    assert all(p.startswith("/api/v1/") for p in paths)


def test_api_docs_page_served_without_cdn(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "cdn.jsdelivr.net" not in html and "unpkg.com" not in html
