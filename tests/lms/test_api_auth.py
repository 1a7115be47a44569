import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/auth/token/"


def test_good_credentials_return_a_token_that_authenticates(api_client):
    user = UserFactory(email="nurse@example.org")
    response = api_client.post(
        URL, {"email": "Nurse@Example.org", "password": "correct horse battery"}
    )
    assert response.status_code == 200
    token = response.json()["token"]
    assert len(token) == 40
    assert user.auth_token.key == token
    # Same token again, not a new one per login.
    again = api_client.post(
        URL, {"email": "nurse@example.org", "password": "correct horse battery"}
    )
    assert again.json()["token"] == token


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
