import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from accounts.models import User
from accounts.services import user_create, user_update_profile

pytestmark = pytest.mark.django_db


def test_email_is_the_login_and_case_insensitive(client):
    user_create(email="Mei.Chen@Example.org", password="s3cure-pass-phrase")
    assert User.objects.get().email == "mei.chen@example.org"
    with pytest.raises(ValidationError):
        user_create(email="MEI.CHEN@example.org", password="x")
    assert client.login(username="MEI.chen@example.org", password="s3cure-pass-phrase")


def test_signup_logs_in_and_rejects_mismatched_passwords(client):
    bad = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.org",
            "display_name": "New Nurse",
            "profession": "nurse",
            "password1": "long-enough-passphrase",
            "password2": "different-passphrase",
        },
    )
    assert bad.status_code == 200
    assert "The two passwords do not match." in bad.content.decode()
    assert not User.objects.filter(email="new@example.org").exists()
    ok = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.org",
            "display_name": "New Nurse",
            "profession": "nurse",
            "password1": "long-enough-passphrase",
            "password2": "long-enough-passphrase",
        },
    )
    assert ok.status_code == 302
    assert client.session.get("_auth_user_id")


def test_password_reset_sends_email(client):
    user_create(email="reset@example.org", password="old-passphrase-1")
    client.post("/accounts/password-reset/", {"email": "reset@example.org"})
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


def test_profile_update_refuses_unknown_fields():
    user = user_create(email="p@example.org", password="x-passphrase-1")
    user_update_profile(user=user, licence_number="RN123456", licence_state="OH")
    user.refresh_from_db()
    assert (user.licence_number, user.licence_state) == ("RN123456", "OH")
    with pytest.raises(ValueError, match="Fields not editable: is_superuser"):
        user_update_profile(user=user, is_superuser=True)
