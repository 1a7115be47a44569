"""API tokens on the profile page: the user's valid tokens are listed (never the token itself)
and each can be revoked, or all at once; another user's token answers 404 like a missing one."""

from datetime import timedelta

import pytest
from django.utils import timezone
from knox.models import AuthToken

from accounts.services import api_token_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PROFILE = "/accounts/profile/"


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def test_profile_lists_valid_tokens_by_their_first_characters_only(client, learner):
    current, token = api_token_create(user=learner)
    expired, _ = api_token_create(user=learner)
    AuthToken.objects.filter(pk=expired.pk).update(expiry=timezone.now() - timedelta(minutes=1))
    api_token_create(user=UserFactory())  # someone else's

    response = client.get(PROFILE)
    assert response.status_code == 200
    html = response.content.decode()
    assert list(response.context["api_tokens"]) == [current]
    assert f"<code>{token[:8]}…</code>" in html
    assert token not in html and current.token_key not in html.replace(
        f"/accounts/profile/api-tokens/{current.token_key}/revoke/", ""
    )
    assert f'action="/accounts/profile/api-tokens/{current.token_key}/revoke/"' in html
    assert expired.token_key[:8] not in html


def test_profile_without_tokens_says_so(client, learner):
    html = client.get(PROFILE).content.decode()
    assert "You have no valid API tokens." in html
    assert "Revoke all API tokens" not in html


def test_revoking_a_token_stops_it_working(client, learner, api_client):
    instance, token = api_token_create(user=learner)
    keep, kept_token = api_token_create(user=learner)

    response = client.post(f"/accounts/profile/api-tokens/{instance.token_key}/revoke/")
    assert response.status_code == 302
    assert response["Location"] == PROFILE
    assert list(AuthToken.objects.filter(user=learner)) == [keep]
    page = client.get(PROFILE)
    assert "The API token was revoked: it no longer works." in page.content.decode()

    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get("/api/v1/enrollments/").status_code == 401
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {kept_token}")
    assert api_client.get("/api/v1/enrollments/").status_code == 200


def test_revoke_all(client, learner):
    for _ in range(3):
        api_token_create(user=learner)
    other, _ = api_token_create(user=UserFactory())
    response = client.post("/accounts/profile/api-tokens/revoke-all/")
    assert response.status_code == 302
    assert not AuthToken.objects.filter(user=learner).exists()
    assert AuthToken.objects.filter(pk=other.pk).exists()
    assert "3 API tokens revoked." in client.get(PROFILE).content.decode()


def test_another_users_token_answers_404_and_stays(client, learner):
    other, _ = api_token_create(user=UserFactory())
    response = client.post(f"/accounts/profile/api-tokens/{other.token_key}/revoke/")
    assert response.status_code == 404
    assert AuthToken.objects.filter(pk=other.pk).exists()
    assert client.post("/accounts/profile/api-tokens/0123456789abcde/revoke/").status_code == 404


def test_revoking_needs_post_and_a_signed_in_user(client):
    owner = UserFactory()
    instance, _ = api_token_create(user=owner)
    url = f"/accounts/profile/api-tokens/{instance.token_key}/revoke/"
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    client.force_login(owner)
    assert client.get(url).status_code == 405
    assert AuthToken.objects.filter(pk=instance.pk).exists()
