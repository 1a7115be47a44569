import re

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


SIGNUP = {
    "email": "new@example.org",
    "display_name": "New Nurse",
    "profession": "nurse",
    "password1": "long-enough-passphrase",
    "password2": "long-enough-passphrase",
}


def test_signup_confirms_by_email_and_rejects_mismatched_passwords(client, settings):
    settings.SITE_URL = "http://testserver"
    bad = client.post("/accounts/signup/", {**SIGNUP, "password2": "different-passphrase"})
    assert bad.status_code == 200
    assert "The two passwords do not match." in bad.content.decode()
    assert not User.objects.filter(email="new@example.org").exists()

    ok = client.post("/accounts/signup/", SIGNUP)
    assert (ok.status_code, ok["Location"]) == (302, "/accounts/signup/sent/")
    assert not client.session.get("_auth_user_id")
    user = User.objects.get(email="new@example.org")
    assert (user.is_active, user.display_name) == (False, "New Nurse")
    # Nobody signs in with the password until the address is confirmed.
    assert not client.login(username="new@example.org", password="long-enough-passphrase")
    assert [m.subject for m in mail.outbox] == ["Confirm your Ethos account"]
    link = re.search(r"http://testserver(/accounts/signup/confirm/\S+/)", mail.outbox[0].body)[1]
    # A mail scanner's GET signs nobody in.
    assert client.get(link).status_code == 200
    assert not User.objects.get(pk=user.pk).is_active
    response = client.post(link)
    assert (response.status_code, response["Location"]) == (302, "/")
    assert int(client.session["_auth_user_id"]) == user.pk
    client.logout()
    assert client.post(link).status_code == 400  # once only


def test_signup_does_not_tell_whether_an_email_is_registered(client, settings):
    settings.SITE_URL = "http://testserver"
    taken = user_create(email="taken@example.org", password="original-passphrase", display_name="T")

    fresh = client.post("/accounts/signup/", {**SIGNUP, "email": "fresh@example.org"})
    again = client.post("/accounts/signup/", {**SIGNUP, "email": "Taken@example.org"})

    assert (again.status_code, again["Location"]) == (fresh.status_code, fresh["Location"])
    assert client.get(again["Location"]).content == client.get(fresh["Location"]).content
    # The holder of the address is told instead; nothing about their account changed.
    existing = next(m for m in mail.outbox if m.to == ["taken@example.org"])
    assert existing.subject == "You already have a Ethos account"
    assert "already has an account. Nothing was changed." in existing.body
    assert "/accounts/password-reset/" in existing.body
    taken.refresh_from_db()
    assert taken.check_password("original-passphrase")
    assert taken.display_name == "T"
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1


@pytest.mark.parametrize(
    "invisible",
    ["\u202e", "\u202a", "\u202d", "\u2066", "\u2067", "\u2069", "\u200b", "\u200d", "\ufeff"],
)
def test_bidi_and_zero_width_characters_are_stripped_from_names(client, invisible, settings):
    settings.SITE_URL = "http://testserver"
    # Signup.
    client.post(
        "/accounts/signup/",
        {**SIGNUP, "display_name": f"Ana{invisible} Ruiz{invisible}gnp.exe"},
    )
    assert User.objects.get(email="new@example.org").display_name == "Ana Ruizgnp.exe"
    # Profile (form and service).
    user = user_create(email="p@example.org", password="x-passphrase-1")
    client.force_login(user)
    client.post(
        "/accounts/profile/",
        {
            "display_name": f"Dr{invisible} Lee",
            "first_name": f"{invisible}Li",
            "profession": "nurse",
        },
    )
    user.refresh_from_db()
    assert (user.display_name, user.first_name) == ("Dr Lee", "Li")
    user_update_profile(user=user, last_name=f"O{invisible}Neil")
    user.refresh_from_db()
    assert user.last_name == "ONeil"


def test_a_name_of_only_invisible_characters_is_refused_at_signup(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "display_name": "\u202e\u200b"})
    assert response.status_code == 200
    assert "Enter your name as it should appear on certificates." in response.content.decode()
    assert not User.objects.exists()


def test_model_validation_strips_invisible_characters_for_admin_forms():
    # Admin model forms run full_clean, which is where names are cleaned.
    user = User(email="a@example.org", display_name="Eve\u202eadmin", first_name="\u2067Al")
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    assert (user.display_name, user.first_name) == ("Eveadmin", "Al")


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
