"""Login lockout (django-axes, accounts/lockout.py): the sign-in page, the API token endpoint and
password reset, per account and per client address, cool-off, admin unlock, and the answer of a
locked sign-in identical to a wrong password's."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
TOKEN = "/api/v1/auth/token/"
RESET = "/accounts/password-reset/"
GOOD = "correct horse battery"
LIMIT = settings.AXES_FAILURE_LIMIT
WRONG_TOKEN_BODY = {
    "error": {
        "status": 400,
        "code": "invalid",
        "message": "Unable to log in with the given email and password.",
        "fields": {"non_field_errors": ["Unable to log in with the given email and password."]},
    }
}


def _page(response) -> str:
    """The page without its CSRF token, which is masked differently in every response (Wagtail's
    admin also puts it in its JSON config)."""
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())
    return re.sub(r'"CSRF_TOKEN": "[^"]*"', "", page)


def html_login(email, password, ip="10.0.0.1", **extra):
    client = Client(REMOTE_ADDR=ip, **extra)
    response = client.post(LOGIN, {"username": email, "password": password})
    return client, response


def token_login(email, password, ip="10.0.0.1", **extra):
    return APIClient(REMOTE_ADDR=ip, **extra).post(TOKEN, {"email": email, "password": password})


def _fail(n, email, ip="10.0.0.1"):
    for _ in range(n):
        _, response = html_login(email, "wrong", ip)
        assert response.status_code == 200


def test_unlocked_correct_password_signs_in():
    UserFactory(email="nurse@example.org")
    _fail(LIMIT - 1, "nurse@example.org")
    client, response = html_login("nurse@example.org", GOOD)
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")
    # a success clears the account's failures
    assert not AccessAttempt.objects.filter(username="nurse@example.org").exists()


def test_html_login_locks_after_the_limit_and_answers_like_a_wrong_password():
    UserFactory(email="nurse@example.org")
    _, first_wrong = html_login("nurse@example.org", "wrong")
    _fail(LIMIT - 1, "nurse@example.org")

    client, locked_right = html_login("nurse@example.org", GOOD)
    _, locked_wrong = html_login("nurse@example.org", "wrong")
    assert locked_right.status_code == locked_wrong.status_code == first_wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    assert _page(locked_right) == _page(locked_wrong) == _page(first_wrong)
    assert "Please enter a correct email address and password" in _page(locked_right)


def test_token_endpoint_locks_with_the_wrong_password_answer():
    UserFactory(email="nurse@example.org")
    for _ in range(LIMIT):
        response = token_login("nurse@example.org", "wrong")
        assert response.status_code == 400
        assert response.json() == WRONG_TOKEN_BODY
    locked_right = token_login("nurse@example.org", GOOD)
    locked_wrong = token_login("nurse@example.org", "wrong")
    assert locked_right.status_code == locked_wrong.status_code == 400
    assert locked_right.content == locked_wrong.content
    assert locked_right.json() == WRONG_TOKEN_BODY


def test_html_and_token_failures_count_together():
    UserFactory(email="nurse@example.org")
    _fail(LIMIT // 2, "nurse@example.org")
    for _ in range(LIMIT - LIMIT // 2):
        token_login("nurse@example.org", "wrong")
    assert token_login("nurse@example.org", GOOD).status_code == 400
    assert html_login("nurse@example.org", GOOD)[1].status_code == 200


def test_per_account_across_rotating_addresses_and_letter_case():
    UserFactory(email="nurse@example.org")
    spellings = ["nurse@example.org", "NURSE@example.org", " Nurse@Example.org "]
    for i in range(LIMIT):
        html_login(spellings[i % 3], "wrong", ip=f"198.51.100.{i + 1}")
    _, response = html_login("nurse@example.org", GOOD, ip="203.0.113.77")
    assert response.status_code == 200  # the form again, not a redirect
    assert token_login("nurse@example.org", GOOD, ip="203.0.113.78").status_code == 400


def test_per_client_address_across_accounts():
    UserFactory(email="last@example.org")
    for i in range(LIMIT):
        html_login(f"guess{i}@example.org", "wrong", ip="192.0.2.9")
    _, response = html_login("last@example.org", GOOD, ip="192.0.2.9")
    assert response.status_code == 200
    assert token_login("last@example.org", GOOD, ip="192.0.2.9").status_code == 400
    # the account itself is not locked: from another address it signs in
    _, elsewhere = html_login("last@example.org", GOOD, ip="192.0.2.10")
    assert elsewhere.status_code == 302


def test_signing_in_to_an_own_account_does_not_clear_the_address_count():
    UserFactory(email="mine@example.org")
    UserFactory(email="victim@example.org")
    for i in range(LIMIT - 1):
        html_login(f"guess{i}@example.org", "wrong", ip="192.0.2.9")
    assert html_login("mine@example.org", GOOD, ip="192.0.2.9")[1].status_code == 302
    html_login("guess-last@example.org", "wrong", ip="192.0.2.9")
    assert html_login("victim@example.org", GOOD, ip="192.0.2.9")[1].status_code == 200


@pytest.mark.parametrize("trusted", [0, 1])
def test_rotating_x_forwarded_for_does_not_escape_the_per_client_lock(settings, trusted):
    """With no trusted proxy the header is ignored; with one, only its (rightmost) entry counts,
    whatever the client writes to the left of it."""
    settings.TRUSTED_PROXY_COUNT = trusted
    UserFactory(email="last@example.org")
    for i in range(LIMIT):
        xff = f"172.16.{i}.1, 192.0.2.9" if trusted else f"172.16.{i}.1"
        html_login(f"guess{i}@example.org", "wrong", ip="10.9.9.9", HTTP_X_FORWARDED_FOR=xff)
    xff = "172.31.0.1, 192.0.2.9" if trusted else "172.31.0.1"
    _, response = html_login("last@example.org", GOOD, ip="10.9.9.9", HTTP_X_FORWARDED_FOR=xff)
    assert response.status_code == 200
    attempt = AccessAttempt.objects.first()
    assert attempt.ip_address == ("192.0.2.9" if trusted else "10.9.9.9")


def test_lock_lifts_after_the_cool_off():
    UserFactory(email="nurse@example.org")
    _fail(LIMIT, "nurse@example.org")
    assert html_login("nurse@example.org", GOOD)[1].status_code == 200
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert html_login("nurse@example.org", GOOD)[1].status_code == 302


def test_lock_still_holds_just_before_the_cool_off_ends():
    UserFactory(email="nurse@example.org")
    _fail(LIMIT, "nurse@example.org")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME + timedelta(seconds=30)
    )
    assert html_login("nurse@example.org", GOOD)[1].status_code == 200


def test_admin_unlocks_from_django_admin():
    UserFactory(email="nurse@example.org")
    _fail(LIMIT, "nurse@example.org")
    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    staff = Client()
    staff.force_login(admin)
    attempt = AccessAttempt.objects.get(username="nurse@example.org")
    listing = staff.get("/django-admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "nurse@example.org" in listing.content.decode()
    response = staff.post(f"/django-admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert html_login("nurse@example.org", GOOD)[1].status_code == 302


def test_password_reset_through_the_emailed_link_lifts_the_account_lock():
    UserFactory(email="nurse@example.org")
    _fail(LIMIT, "nurse@example.org")
    assert Client().post(RESET, {"email": "nurse@example.org"}).status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    client = Client()
    form_url = client.get(link)["Location"]
    new = "a new long passphrase"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="nurse@example.org").exists()
    assert html_login("nurse@example.org", "a new long passphrase")[1].status_code == 302


def test_password_reset_requests_are_limited_per_account_across_addresses():
    UserFactory(email="nurse@example.org")
    limit = settings.PASSWORD_RESET_RATE_LIMIT
    answers = []
    for i in range(limit + 3):
        response = Client(REMOTE_ADDR=f"198.51.100.{i + 1}").post(
            RESET, {"email": "Nurse@Example.org" if i % 2 else "nurse@example.org"}
        )
        answers.append((response.status_code, response["Location"]))
    assert set(answers) == {(302, "/accounts/password-reset/sent/")}
    assert len(mail.outbox) == limit


@pytest.mark.parametrize("trusted", [0, 1])
def test_password_reset_requests_are_limited_per_client_across_accounts(settings, trusted):
    settings.TRUSTED_PROXY_COUNT = trusted
    limit = settings.PASSWORD_RESET_RATE_LIMIT
    for i in range(limit + 3):
        UserFactory(email=f"member{i}@example.org")
        xff = f"172.16.{i}.1, 192.0.2.9" if trusted else f"172.16.{i}.1"
        response = Client(REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR=xff).post(
            RESET, {"email": f"member{i}@example.org"}
        )
        assert response.status_code == 302
    assert len(mail.outbox) == limit


def test_wagtail_admin_login_shares_the_lock_and_the_answer():
    UserFactory(email="editor@example.org", is_staff=True, is_superuser=True)
    _fail(LIMIT, "editor@example.org")

    def cms(password):
        return Client(REMOTE_ADDR="203.0.113.5").post(
            "/cms/login/", {"username": "editor@example.org", "password": password}
        )

    locked_right, locked_wrong = cms(GOOD), cms("wrong")
    assert locked_right.status_code == locked_wrong.status_code == 200
    assert _page(locked_right) == _page(locked_wrong)
    assert 'name="password"' in _page(locked_right)  # the sign-in form again, not the admin
