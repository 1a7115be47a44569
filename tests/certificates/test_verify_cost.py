"""The public verification page on the production cache (Redis): a kept page costs no query and
one round trip (the page cache's batch, which also counts the hit against the rate limit), and a
revocation or an expiry shows on the next request (README: Performance, "Quiz and verification
pass", "Verification pass")."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import timezone

from certificates.services import certificate_revoke
from tests.conftest import redis_test_url
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.redis]


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.RedisCache", "LOCATION": redis_test_url()}
    }
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "1000/minute"},
    }
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_incr_is_one_round_trip_and_keeps_djangos_rules(redis_cache, round_trips):
    with pytest.raises(ValueError):
        redis_cache.incr("missing")
    assert redis_cache.get("missing") is None  # a missing key is not created
    redis_cache.add("n", 1, 30)
    round_trips.clear()
    assert redis_cache.incr("n") == 2
    assert redis_cache.incr("n", 5) == 7
    assert round_trips == ["EVALSHA", "EVALSHA"]
    assert redis_cache.get("n") == 7
    client = redis_cache._cache.get_client()
    assert 0 < client.ttl(redis_cache.make_and_validate_key("n")) <= 30  # expiry kept


def test_kept_verification_page_costs_one_round_trip_and_no_query(
    redis_cache, round_trips, certificate, django_assert_num_queries
):
    client = Client()
    url = f"/verify/{certificate.code}/"
    assert client.get(url).status_code == 200  # rendered and kept
    client.get(url)  # the rate limit's window started
    round_trips.clear()
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response["X-Page-Cache"] == "HIT"
    assert "This certificate is valid." in response.content.decode()
    # The kept page, its stamps and the rate limit's counter: one script (MGET and INCR).
    assert round_trips == ["EVALSHA"]


def test_a_rendered_verification_page_counts_in_the_lookup_too(
    redis_cache, round_trips, certificate
):
    client = Client()
    url = f"/verify/{certificate.code}/"
    client.get(url)  # the stamps started
    certificate.save()  # its dependency bumped: the next request renders the page again
    round_trips.clear()
    response = client.get(url)
    assert response["X-Page-Cache"] == "MISS"
    # The lookup (and the count), the certificate read and kept again, the page kept.
    assert round_trips == ["EVALSHA", "GET", "SET", "SET"], round_trips


def test_each_request_counts_once_with_the_api_in_one_budget(redis_cache, certificate, settings):
    """A rendered page, a kept page and the API share the client's window, each request counted
    once; the counter expires with its window."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "4/hour"},
    }
    client = Client()
    url = f"/verify/{certificate.code}/"
    assert client.get(url)["X-Page-Cache"] == "MISS"
    assert client.get(url)["X-Page-Cache"] == "HIT"
    assert client.get(f"/api/v1/verify/{certificate.code}/").status_code == 200
    assert client.get(url)["X-Page-Cache"] == "HIT"
    limited = client.get(url)
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 3600
    assert client.get(f"/api/v1/verify/{certificate.code}/").status_code == 429
    redis = redis_cache._cache.get_client()
    (counter,) = redis.keys("*throttle_verify_*")
    assert int(redis.get(counter)) == 6
    assert 3600 < redis.ttl(counter) <= 3601


def test_revocation_and_expiry_show_on_the_next_request(redis_cache, certificate):
    client = Client()
    url = f"/verify/{certificate.code}/"
    assert "This certificate is valid." in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "HIT"
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    assert "This certificate was revoked" in client.get(url).content.decode()
    certificate.refresh_from_db()
    certificate.revoked_at, certificate.revoked_reason = None, ""
    certificate.expires_at = timezone.now() - timedelta(days=1)
    certificate.save()
    assert "This certificate expired" in client.get(url).content.decode()


def test_the_rate_limit_still_counts_kept_pages(redis_cache, certificate, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "3/hour"},
    }
    client = Client()
    url = f"/verify/{certificate.code}/"
    statuses = [client.get(url).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


def test_a_request_across_a_window_boundary_counts_once(
    redis_cache, certificate, settings, monkeypatch
):
    """The lookup counts the request; the throttle then takes that count in the same window,
    even if its own clock has moved into the next one meanwhile."""
    from certificates.throttles import VerifyRateThrottle

    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "5/minute"},
    }
    clock = iter([6_000_059.9999, 6_000_060.0001])
    monkeypatch.setattr(VerifyRateThrottle, "timer", lambda self: next(clock))
    response = Client().get(f"/verify/{certificate.code}/")
    assert response.status_code == 200
    redis = redis_cache._cache.get_client()
    counters = {key.decode(): int(redis.get(key)) for key in redis.keys("*throttle_verify_*")}
    assert counters == {":1:throttle_verify_127.0.0.1:100000": 1}
