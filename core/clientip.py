"""The client's IP address: one function, called by every throttle and by the login lockout.

``X-Forwarded-For`` is written by whoever sends the request, so only the entries appended by our
own proxies can be believed. ``TRUSTED_PROXY_COUNT`` says how many proxies (load balancer,
ingress, …) stand between the client and this process:

* 0 (default): no proxy; the client is ``REMOTE_ADDR`` and ``X-Forwarded-For`` is ignored.
* N: each of the N proxies appended the address it received the request from, so the client is
  the N-th entry from the right. Entries further left were written by the client and are ignored.
  A request with fewer entries than N did not come through all our proxies (or the header was
  stripped): it is keyed on ``REMOTE_ADDR`` rather than on anything the client wrote.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


UNSPECIFIED = "0.0.0.0"  # noqa: S104 - a value, never bound to


def client_ip(request: HttpRequest) -> str:
    """The address the request came from, as far as the trusted proxies vouch for it."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted > 0:
        entries = [e for e in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if e.strip()]
        if len(entries) >= trusted:
            ip = _valid_ip(entries[-trusted])
            if ip is not None:
                return ip
    # Always an IP address (axes stores it in an inet column on PostgreSQL): a request with no
    # usable REMOTE_ADDR (a test transport, a broken proxy) counts as the unspecified address.
    return _valid_ip(remote) or UNSPECIFIED
