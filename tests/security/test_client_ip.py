"""Client address for every throttle and the lockout: one function (core.clientip.client_ip),
believing X-Forwarded-For only as far as TRUSTED_PROXY_COUNT proxies vouch for it."""

import pytest
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.settings import api_settings
from rest_framework.test import APIClient

from core.clientip import client_ip
from core.throttling import ClientIPThrottleMixin

TOKEN = "/api/v1/auth/token/"


def _ip(settings, trusted, remote="10.0.0.5", xff=None):
    settings.TRUSTED_PROXY_COUNT = trusted
    meta = {"REMOTE_ADDR": remote}
    if xff is not None:
        meta["HTTP_X_FORWARDED_FOR"] = xff
    return client_ip(RequestFactory().get("/", **meta))


@pytest.mark.parametrize(
    ("trusted", "xff", "expected"),
    [
        (0, None, "10.0.0.5"),
        (0, "203.0.113.1", "10.0.0.5"),  # no proxy: the header is the client's own writing
        (1, "203.0.113.1", "203.0.113.1"),
        (1, "6.6.6.6, 203.0.113.1", "203.0.113.1"),  # client-written entries to the left
        (1, " 6.6.6.6 ,203.0.113.1 ", "203.0.113.1"),
        (2, "6.6.6.6, 203.0.113.1, 10.1.1.1", "203.0.113.1"),
        (2, "203.0.113.1", "10.0.0.5"),  # fewer entries than proxies: not through them all
        (1, "not-an-ip", "10.0.0.5"),
        (1, "", "10.0.0.5"),
        (1, "2001:db8::1", "2001:db8::1"),
        (1, "2001:DB8:0::1", "2001:db8::1"),  # one spelling per address
    ],
)
def test_client_ip(settings, trusted, xff, expected):
    assert _ip(settings, trusted, xff=xff) == expected


def _views():
    def walk(resolver):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry)
            elif isinstance(entry, URLPattern):
                cls = getattr(entry.callback, "cls", None) or getattr(
                    entry.callback, "view_class", None
                )
                if cls is not None:
                    yield str(entry.pattern), cls

    return list(walk(get_resolver()))


def test_every_throttle_keys_on_client_ip():
    """Every DRF view's throttles (and the project-wide defaults) use the one function."""
    from rest_framework.views import APIView

    checked = 0
    for throttle in api_settings.DEFAULT_THROTTLE_CLASSES:
        assert issubclass(throttle, ClientIPThrottleMixin), throttle
    for pattern, cls in _views():
        if not (isinstance(cls, type) and issubclass(cls, APIView)):
            continue
        for throttle in cls.throttle_classes:
            checked += 1
            assert issubclass(throttle, ClientIPThrottleMixin), f"{pattern}: {throttle}"
    assert checked >= 2  # the token endpoint and verification at least


def _rotating(trusted: int, i: int) -> dict:
    """A new client-written X-Forwarded-For per request; with a trusted proxy the proxy appends
    the one real client address."""
    forged = f"172.16.{i // 250}.{i % 250 + 1}"
    return {"HTTP_X_FORWARDED_FOR": f"{forged}, 192.0.2.9" if trusted else forged}


@pytest.mark.django_db
@pytest.mark.parametrize("trusted", [0, 1])
def test_token_endpoint_throttle_ignores_a_rotating_forwarded_for(settings, trusted):
    settings.TRUSTED_PROXY_COUNT = trusted
    statuses = [
        APIClient(REMOTE_ADDR="10.9.9.9", **_rotating(trusted, i))
        .post(TOKEN, {"email": f"x{i}@example.org", "password": "nope"})
        .status_code
        for i in range(31)
    ]
    assert statuses == [400] * 30 + [429]


@pytest.mark.django_db
def test_token_endpoint_throttle_counts_distinct_clients_behind_a_trusted_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for i in range(31):
        response = APIClient(REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{i + 1}").post(
            TOKEN, {"email": f"x{i}@example.org", "password": "nope"}
        )
        assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("trusted", [0, 1])
@pytest.mark.parametrize("path", ["/api/v1/verify/NOPE2345/", "/verify/NOPE2345/"])
def test_verification_throttle_ignores_a_rotating_forwarded_for(settings, trusted, path):
    settings.TRUSTED_PROXY_COUNT = trusted
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"verify": "3/minute"},
    }
    statuses = [
        APIClient(REMOTE_ADDR="10.9.9.9", **_rotating(trusted, i)).get(path).status_code
        for i in range(4)
    ]
    assert statuses == [404, 404, 404, 429]


@pytest.mark.parametrize("remote", ["", "unknown", "not-an-ip"])
def test_a_missing_or_invalid_remote_address_is_still_an_ip_address(rf, remote):
    """Axes keeps the address in an inet column on PostgreSQL: anything else answered 500."""
    from core.clientip import client_ip

    request = rf.get("/", REMOTE_ADDR=remote)
    assert client_ip(request) == "0.0.0.0"  # noqa: S104


@pytest.mark.django_db
def test_token_endpoint_without_a_remote_address_is_a_clean_401_or_400(api_client):
    response = api_client.post(
        "/api/v1/auth/token/", {"email": "x@example.org", "password": "nope"}, REMOTE_ADDR=""
    )
    assert response.status_code == 400
