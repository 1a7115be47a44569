"""API tokens kept in the shared cache (accounts/apitokens.py): a token used before costs no
query, and whatever the database would refuse is refused on the very next request, in any
worker: a revoked or deleted token, an expired one, an inactive or deleted user."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from knox.models import AuthToken

from accounts import apitokens
from accounts.services import api_token_create, api_token_revoke, api_token_revoke_all
from lms.api.authentication import ExpiringTokenAuthentication
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/enrollments/"


def other_worker() -> None:
    """What another process holds: nothing of this one's memory, the same shared cache."""
    apitokens._OWNERS.clear()


def call(api_client, token: str):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return api_client.get(URL)


@pytest.fixture
def used(api_client):
    """A user with a token that has authenticated one request (so it is kept)."""
    user = UserFactory()
    instance, token = api_token_create(user=user)
    assert call(api_client, token).status_code == 200
    return user, instance, token


def authenticate(rf, token: str):
    request = rf.get(URL, HTTP_AUTHORIZATION=f"Token {token}")
    return ExpiringTokenAuthentication().authenticate(request)


def test_a_kept_token_authenticates_without_a_query(rf, used):
    user, instance, token = used
    for worker in ("this", "another"):
        if worker == "another":
            other_worker()
        with CaptureQueriesContext(connection) as queries:
            authenticated, auth = authenticate(rf, token)
        assert queries.captured_queries == []
        assert authenticated == user and authenticated.is_active
        assert auth.pk == instance.pk and auth.user_id == user.pk
        assert auth.token_key == instance.token_key and auth.expiry == instance.expiry


def test_the_cache_holds_no_token_text(used):
    _, instance, token = used
    entry = cache.get(apitokens.token_cache_key(instance.digest))
    assert token not in repr(entry) and instance.digest not in repr(entry)


@pytest.mark.parametrize("where", ["this worker", "another worker"])
def test_a_revoked_token_is_refused_on_the_next_request(api_client, used, where):
    user, instance, token = used
    api_token_revoke(user=user, token_key=instance.token_key)
    if where == "another worker":
        other_worker()
    response = call(api_client, token)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "Invalid token."


def test_every_token_revoked_at_once_is_refused(api_client, used):
    user, _, token = used
    api_token_revoke_all(user=user)
    assert call(api_client, token).status_code == 401


def test_a_token_deleted_elsewhere_is_refused(api_client, used):
    _, instance, token = used
    AuthToken.objects.get(pk=instance.pk).delete()  # the admin, knox's own logout
    assert call(api_client, token).status_code == 401


def test_a_token_pushed_out_by_newer_ones_is_refused(api_client, used, settings):
    settings.API_TOKEN_MAX_PER_USER = 1
    user, _, token = used
    api_token_create(user=user)
    assert call(api_client, token).status_code == 401


def test_a_reader_that_read_the_row_before_the_revocation_cannot_keep_it(api_client, used):
    user, instance, token = used
    stale = AuthToken.objects.select_related("user").get(pk=instance.pk)
    api_token_revoke(user=user, token_key=instance.token_key)
    apitokens.token_keep(stale)  # a slow request of another worker, finishing now
    assert call(api_client, token).status_code == 401


def test_an_expired_token_is_refused_at_once_and_deleted(api_client, used, monkeypatch):
    _, instance, token = used
    later = instance.expiry + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = call(api_client, token)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "Invalid token."
    assert not AuthToken.objects.filter(pk=instance.pk).exists()


def test_an_expiry_changed_on_the_row_is_seen(api_client, used):
    _, instance, token = used
    instance.expiry = timezone.now() - timedelta(seconds=1)
    instance.save()
    assert call(api_client, token).status_code == 401


@pytest.mark.parametrize("where", ["this worker", "another worker"])
def test_a_deactivated_user_is_refused_on_the_next_request(api_client, used, where):
    user, _, token = used
    user.is_active = False
    user.save()
    if where == "another worker":
        other_worker()
    response = call(api_client, token)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "User inactive or deleted."


def test_a_deleted_user_is_refused(api_client, used):
    user, _, token = used
    user.delete()
    assert call(api_client, token).status_code == 401


def test_a_renamed_user_is_seen_on_the_next_request(rf, used):
    user, _, token = used
    user.display_name = "Renamed"
    user.save()
    authenticated, _ = authenticate(rf, token)
    assert authenticated.display_name == "Renamed"


def test_another_users_token_never_answers_for_this_one(rf, used):
    user, _, token = used
    other = UserFactory()
    _, other_token = api_token_create(user=other)
    assert authenticate(rf, other_token)[0] == other
    assert authenticate(rf, token)[0] == user
    assert authenticate(rf, other_token)[0] == other


def test_without_a_shared_cache_every_request_reads_the_token(rf, used, settings):
    settings.SHARED_CONTENT_CACHE = False
    user, instance, token = used
    with CaptureQueriesContext(connection) as queries:
        authenticated, _ = authenticate(rf, token)
    assert len(queries.captured_queries) == 1 and authenticated == user
    api_token_revoke(user=user, token_key=instance.token_key)
    with pytest.raises(Exception, match="Invalid token"):
        authenticate(rf, token)


def test_an_unknown_token_is_still_refused_after_a_kept_one(api_client, used):
    assert call(api_client, "0" * 64).status_code == 401
