"""Personalised page cache: whole rendered pages, kept per visitor, served without the view.

A learner page (home, catalog, course, lesson) costs a Wagtail route, a dozen queries and a
template render, yet between two visits of one learner almost nothing on it changes. As in
Drupal's Dynamic Page Cache, the finished response is kept per visitor (user id, 0 when signed
out), origin (scheme, host and port: two Wagtail Sites never share a page) and path, stamped
with two generations:

* the **content generation** (``bump_content()``): what every visitor sees has changed;
* the **visitor's generation** (``bump_users(ids)``): these visitors' own rows have changed.

This module names no model. Each app bumps for its own models with ``sender=``-scoped
``post_save``/``post_delete`` receivers in its ``receivers.py`` (content: pages, Sites, view
restrictions, credit types, images, renditions, documents; accounts: the user; institutions:
institutions, memberships; courses: enrollments, lesson ticks, notes, completions; quizzes:
quizzes, attempts; certificates: certificates), so every other model keeps Django's fast
delete. A bulk write (``update``, ``bulk_create``, ``bulk_update``) sends no signal: the code
doing it calls the bump API itself (tests/lms/test_pagecache.py checks every module that does).

The same generations key what pages share without keeping whole pages: routes and course outlines
(``content_generation()``, content/shared.py) and per-visitor values such as the header's links
(``for_user``).

A kept page is served only while both generations match; otherwise the view runs and its
response is kept again. Generations are fresh random stamps (not counters), so a stamp lost from
the cache can never come back and match an old page. Every bump happens at once and again after
the transaction commits: a request that read the old rows while the write was committing can only
have kept its page under the old stamp.

What is kept, and when:

* only responses that opt in with ``allow(response)``, of Wagtail's page view (the learner
  pages; never a page behind a view restriction, and the cache refuses to start if another
  ``before_serve_page``/``on_serve_page`` hook would be skipped on hits) or of a view decorated
  with ``keep`` — innermost, so its other decorators (login, permissions) run on every hit;
* only GET requests without a query string, and never while a flash message waits to be shown;
* only 200 ``text/html`` responses that set no cookie and leave the session unchanged;
* CSRF tokens in forms are replaced by a placeholder, filled with a fresh token for the
  requesting browser on every hit (two browsers of one learner never share a token);
* each page lives ``PAGE_CACHE_SECONDS`` at most, bounding memory and any time-relative text.

Responses carry ``X-Page-Cache: HIT`` or ``MISS`` (or nothing when the page cannot be kept) and
``Cache-Control: private``. ``PAGE_CACHE`` switches it on; by default it is on when the cache
is shared by every process (``CACHE_URL=redis://…``), since a per-process cache could not see
another worker's bumps. README: Performance.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token
from django.utils.cache import patch_cache_control, patch_vary_headers

from core.bounded import BoundedDict, BoundedSet
from core.primed import forget, get_many, primed, read_ahead, reading_ahead, user_cache_key
from core.ratelimit import read_and_count
from core.transactions import now_and_after_commit

CONTENT_KEY = "pagecache:gen:content"
# Stamps expire after a day (one per user and certificate would otherwise pile up in Redis). An
# expired stamp is replaced by a new random one, so it can only turn kept pages into misses.
STAMP_SECONDS = 24 * 3600
HEADER = "X-Page-Cache"
_ALLOWED = "_page_cache_allowed"
_PLACEHOLDER = b"__ETHOS_PAGE_CACHE_CSRF__"
_KEPT_HEADERS = ("Content-Type", "Cache-Control", "Content-Language")
# Exactly what Django's {% csrf_token %} renders (a 64-character masked token).
_CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
_CSRF_INDEX = {char: i for i, char in enumerate(CSRF_ALLOWED_CHARS)}
# Random bytes below this (62 × 4) give a mask character each, the rest are dropped: every
# character stays equally likely, as with Django's ``secrets.choice``.
_CSRF_BYTE_LIMIT = 256 - 256 % len(CSRF_ALLOWED_CHARS)


@dataclass(frozen=True)
class Spec:
    """How a view's pages are kept: ``depends(request, **url_kwargs)`` names extra keys whose
    bump makes the page stale (e.g. one certificate); ``gate(request)`` runs before every hit
    and may answer instead (e.g. a rate limit that must count kept pages too);
    ``counts(request)`` names fixed-window counters (``core.ratelimit.window_key`` → seconds)
    that the lookup counts in its own round trip, once per request, hit or miss: the gate's or
    the view's ``window_hit`` of that window then takes the count instead of a round trip."""

    depends: Callable[..., list[str]] | None = None
    gate: Callable[[HttpRequest], HttpResponse | None] | None = None
    counts: Callable[[HttpRequest], dict[str, int]] | None = None


_WAGTAIL = Spec()


def keep(
    *,
    depends: Callable[..., list[str]] | None = None,
    gate: Callable[[HttpRequest], HttpResponse | None] | None = None,
    counts: Callable[[HttpRequest], dict[str, int]] | None = None,
):
    """Decorator for a plain view whose ``allow``-ed responses may be kept. It must be the
    innermost decorator: a kept page is answered from inside it, so every decorator above it
    (``login_required``, permission checks, ``require_GET``, ``cache_control``…) runs on a hit
    exactly as on a miss. A view already wrapped by another decorator (or a class-based view,
    whose ``dispatch`` may carry its own) is refused here, at import time."""

    def decorate(view):
        if hasattr(view, "__wrapped__") or hasattr(view, "view_class"):
            name = f"{view.__module__}.{getattr(view, '__name__', view)}"
            raise ImproperlyConfigured(
                f"pagecache.keep() must be the innermost decorator of {name}: a kept page's "
                "hit returns from inside keep(), so a decorator under it would be skipped."
            )
        spec = Spec(depends=depends, gate=gate, counts=counts)

        @functools.wraps(view)
        def kept_view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _eligible(request):
                return view(request, *args, **kwargs)
            hit = _serve(request, spec, kwargs)
            if hit is not None:
                return hit
            response = view(request, *args, **kwargs)
            _store(request, response)
            return response

        kept_view.page_cache = spec
        return kept_view

    return decorate


def enabled() -> bool:
    return bool(getattr(settings, "PAGE_CACHE", False))


def _stamp() -> str:
    return secrets.token_hex(8)


def _user_key(user_id: int) -> str:
    return f"pagecache:gen:u:{user_id}"


def _dep_key(name: str) -> str:
    return f"pagecache:gen:dep:{name}"


def _page_key(user_id: int, request: HttpRequest) -> str:
    """Where one visitor's page is kept: per user, and per scheme, host and port as well as path,
    so two Wagtail Sites (or two names of one) never answer each other's pages. The host is the
    one the page's absolute links were built from; the port is the one Wagtail picks the Site by
    (``Site.find_for_request``)."""
    origin = f"{request.scheme}://{request.get_host().lower()}|{request.get_port()}"
    digest = hashlib.md5(f"{origin}{request.path}".encode(), usedforsecurity=False).hexdigest()
    return f"pagecache:page:{user_id}:{digest}"


def content_generation() -> str:
    """The current content stamp (started if missing): a key for what every visitor sees, e.g.
    routes and course outlines shared by every learner (content.shared)."""
    stamp = cache.get(CONTENT_KEY)
    if stamp is None:
        cache.add(CONTENT_KEY, _stamp(), STAMP_SECONDS)
        stamp = cache.get(CONTENT_KEY)
    return stamp if stamp is not None else _stamp()  # no cache at all: a key never found again


def value_key(user_id: int, name: str) -> str:
    return f"pagecache:value:{user_id}:{name}"


_READ_AHEAD: list[Callable[[HttpRequest, int], list[str]]] = []


def read_ahead_with(keys: Callable[[HttpRequest, int], list[str]]) -> None:
    """Register ``keys(request, user_id)``: cache keys a page of this request will read, added
    to the page cache's lookup batch and handed to the first ``core.primed.get_many`` asking
    (one round trip for all of them instead of one each)."""
    _READ_AHEAD.append(keys)


def for_user(user_id: int, name: str, build: Callable[[], object]) -> object:
    """``build()``'s value for this visitor, kept while their generation holds (their own rows
    unchanged; ``bump_users``), at most ``PAGE_CACHE_SECONDS``: e.g. the header's links, which
    every page they open shows. One cache read when kept. Only with a shared cache (the caller
    checks), as the page cache."""
    key, stamp_key = value_key(user_id, name), _user_key(user_id)
    # The visitor's stamp stays read ahead for the next value of theirs (a bump forgets it).
    found = get_many([key, stamp_key], keep=(stamp_key,))
    stamp = found.get(stamp_key)
    if stamp is None:
        cache.add(stamp_key, _stamp(), STAMP_SECONDS)
        stamp = cache.get(stamp_key)
    kept = found.get(key)
    if kept is not None and stamp is not None and kept[0] == stamp:
        return kept[1]
    value = build()
    if stamp is not None:
        cache.set(key, (stamp, value), settings.PAGE_CACHE_SECONDS)
    return value


def bump_content() -> None:
    """Every kept page is stale from now on (content every visitor sees has changed)."""
    forget([CONTENT_KEY])
    now_and_after_commit(lambda: cache.set(CONTENT_KEY, _stamp(), STAMP_SECONDS))


def bump_users(user_ids: Iterable[int]) -> None:
    """These visitors' kept pages are stale from now on (their own rows have changed)."""
    ids = sorted({int(pk) for pk in user_ids if pk is not None})
    if ids:
        forget([_user_key(pk) for pk in ids])
        now_and_after_commit(
            lambda: cache.set_many({_user_key(pk): _stamp() for pk in ids}, STAMP_SECONDS)
        )


def bump(*names: str) -> None:
    """Kept pages that depend on these names (``keep(depends=...)``) are stale from now on."""
    if names:
        now_and_after_commit(
            lambda: cache.set_many({_dep_key(name): _stamp() for name in names}, STAMP_SECONDS)
        )


def allow(response: HttpResponse, *, seconds: int | None = None) -> HttpResponse:
    """Let the page cache keep this response, for at most ``seconds`` (and PAGE_CACHE_SECONDS)."""
    setattr(response, _ALLOWED, seconds if seconds is not None else True)
    return response


def _eligible(request: HttpRequest) -> bool:
    """May this request be looked up? (A flash message kept in the session is checked after the
    lookup batch, which may have read the session: ``_serve``.)"""
    return (
        enabled()
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and not request.COOKIES.get("messages")
    )


def _keepable(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        getattr(response, _ALLOWED, None) is not None
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not request.session.modified
        and not getattr(getattr(request, "_messages", None), "_queued_messages", None)
    )


@dataclass
class _Lookup:
    page_key: str
    stamp_keys: list[str]
    stamp: tuple
    found: dict


def _session_user_id(request: HttpRequest) -> int:
    try:
        return int(request.session.get(SESSION_KEY) or 0)
    except (TypeError, ValueError):
        return 0


# Whom each session was last seen signed in as, in this process, keyed by the hash of the session
# key (the key itself, a credential, is not kept). Only a guess: with one, the session is read in
# the lookup batch itself (core/sessions.py: one round trip for a kept page instead of two); the
# request is then authenticated from the session read, as always, and a wrong guess (a signed-out
# or flushed session) is looked up again for whoever the session names. Bounded; cleared when full.
_SESSION_USERS: BoundedDict[int, int] = BoundedDict(50_000)


def _guess(request: HttpRequest) -> tuple[int | None, list[str]]:
    """The user this request's session was last seen as, and the session's cache key to read
    with the batch; (None, []) when unknown here, already read, or not readable in a batch."""
    session = request.session
    read_ahead_key = getattr(session, "read_ahead_key", None)
    if read_ahead_key is None or hasattr(session, "_session_cache"):
        return None, []
    key = read_ahead_key()
    guess = _SESSION_USERS.get(hash(session.session_key)) if key else None
    return (guess, [key]) if guess is not None else (None, [])


def _seen(request: HttpRequest, user_id: int) -> None:
    session = request.session
    session_key = session.session_key
    if not user_id or not session_key or not hasattr(session, "read_ahead_key"):
        return
    _SESSION_USERS.put(hash(session_key), user_id)


@dataclass
class _Pending:
    page_key: str
    stamp: tuple
    spec: Spec


# Paths this process has kept a Wagtail page for: a request for one is looked up before URL
# resolution (a kept page then costs no routing at all). The URLconf is the same for every host,
# and a path's page only changes with the page tree (the content stamp makes the page stale, and
# the request then resolves as usual). Only Wagtail's page view is remembered: a ``keep`` view
# answers from inside its decorators, so it is always routed. Bounded; cleared when full.
_KNOWN: BoundedSet[str] = BoundedSet(20_000)


# Wagtail's page view runs these hooks before a page; a kept page's hit skips them, which is safe
# only for these two: the request method check (a kept page is only ever a GET) and view
# restrictions (a restricted page is never kept, and adding a restriction bumps the content
# stamp). Any other hook would be skipped on hits, so the page cache refuses to start.
_SKIPPABLE_PAGE_HOOKS = frozenset(
    {
        ("before_serve_page", "wagtail.wagtail_hooks.check_request_method"),
        ("on_serve_page", "wagtail.wagtail_hooks.check_view_restrictions"),
    }
)


def _refuse_skipped_page_hooks() -> None:
    from wagtail import hooks

    for hook_name in ("before_serve_page", "on_serve_page"):
        for fn in hooks.get_hooks(hook_name):
            name = f"{fn.__module__}.{fn.__name__}"
            if (hook_name, name) not in _SKIPPABLE_PAGE_HOOKS:
                raise ImproperlyConfigured(
                    "The page cache would serve kept Wagtail pages without running the "
                    f"{hook_name} hook {name}: run its check in a view restriction, or let the "
                    "page decline the cache (do not call pagecache.allow) where it applies."
                )


class PageCacheMiddleware:
    """Serves kept Wagtail pages in place of the page view; keeps the responses that allow it.

    Last in MIDDLEWARE: sessions, authentication, CSRF, messages and security headers run for
    every kept page exactly as for a rendered one. Only requests for a path already kept in this
    process, or routed to Wagtail's page view, touch the cache here; views decorated with
    ``keep`` look their pages up themselves, inside their own decorators."""

    def __init__(self, get_response):
        from wagtail.views import serve

        if enabled():
            _refuse_skipped_page_hooks()
        self.get_response = get_response
        self.wagtail_serve = serve

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with reading_ahead():
            return self._respond(request)

    def _respond(self, request: HttpRequest) -> HttpResponse:
        if request.path in _KNOWN and _eligible(request):
            hit = _serve(request, _WAGTAIL, {})
            if hit is not None:
                return _private(hit)
        response = self.get_response(request)
        _store(request, response)
        return _private(response) if HEADER in response else response

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if (
            view_func is not self.wagtail_serve
            or hasattr(request, "_page_cache")  # looked up before routing already
            or not _eligible(request)
        ):
            return None
        response = _serve(request, _WAGTAIL, view_kwargs)
        if response is not None and response.get(HEADER) == "HIT":
            _KNOWN.add(request.path)  # kept by another worker: known here now
        return response


def _serve(request: HttpRequest, spec: Spec, view_kwargs: dict) -> HttpResponse | None:
    """The kept page (or the gate's answer), else None with the request marked to keep what the
    view returns."""
    request._page_cache = None
    # The session names the user: their row, the page and the generations come in one batch
    # (with the session itself when this process has seen it: ``_guess``), then authentication
    # runs as for every view (session hash, is_active) on the rows read. A session that turns out
    # not to authenticate as the user looked up is looked up again as whoever it names.
    candidate, session_keys = _guess(request)
    if candidate is None:
        candidate = _session_user_id(request)
    counters = spec.counts(request) if spec.counts is not None else None
    lookup = _lookup(request, spec, view_kwargs, candidate, session_keys, counters)
    if "_messages" in request.session:  # a flash message waits: the view shows it
        return None
    with primed(lookup.found.get(user_cache_key(candidate)) if candidate else None):
        user_id = request.user.pk if request.user.is_authenticated else 0
    if user_id != candidate:  # counted already: not again
        lookup = _lookup(request, spec, view_kwargs, user_id)
    _seen(request, user_id)
    stamp, kept = lookup.stamp, lookup.found.get(lookup.page_key)
    if kept is not None and kept[0] == stamp and None not in stamp:
        refused = spec.gate(request) if spec.gate is not None else None
        return refused if refused is not None else _hit(request, kept)
    if None in stamp:  # first request since a flush or an eviction: start the generations
        for key, value in zip(lookup.stamp_keys, stamp, strict=True):
            if value is None:
                cache.add(key, _stamp(), STAMP_SECONDS)
        found = cache.get_many(lookup.stamp_keys)
        stamp = tuple(found.get(key) for key in lookup.stamp_keys)
    if None not in stamp:
        request._page_cache = _Pending(lookup.page_key, stamp, spec)
    return None


def _lookup(
    request: HttpRequest,
    spec: Spec,
    view_kwargs: dict,
    user_id: int,
    session_keys: list[str] | None = None,
    counters: dict[str, int] | None = None,
) -> _Lookup:
    stamp_keys = [CONTENT_KEY] + ([_user_key(user_id)] if user_id else [])
    if spec.depends is not None:
        stamp_keys += [_dep_key(name) for name in spec.depends(request, **view_kwargs)]
    page_key = _page_key(user_id, request)
    extra = [user_cache_key(user_id)] if user_id else []
    ahead = [key for keys in _READ_AHEAD for key in keys(request, user_id)]
    if session_keys:
        ahead += session_keys
    keys = [page_key, *stamp_keys, *extra, *ahead]
    found = read_and_count(keys, counters) if counters else cache.get_many(keys)
    read_ahead(found, [*stamp_keys, *ahead])
    stamp = tuple(found.get(key) for key in stamp_keys)
    return _Lookup(page_key=page_key, stamp_keys=stamp_keys, stamp=stamp, found=found)


def _store(request: HttpRequest, response: HttpResponse) -> None:
    """Keep the response the view just returned, if the request was looked up and missed."""
    pending: _Pending | None = getattr(request, "_page_cache", None)
    request._page_cache = None
    if pending is None or not _keepable(request, response):
        return
    allowed = getattr(response, _ALLOWED)
    seconds = settings.PAGE_CACHE_SECONDS
    if allowed is not True:
        seconds = max(1, min(seconds, int(allowed)))
    body = _CSRF_INPUT.sub(rb"\g<1>" + _PLACEHOLDER + rb"\g<2>", response.content)
    headers = {h: response[h] for h in _KEPT_HEADERS if h in response}
    compress = bool(getattr(settings, "PAGE_CACHE_COMPRESS", False))
    kept = (pending.stamp, headers, zlib.compress(body, 1) if compress else body, compress)
    cache.set(pending.page_key, kept, seconds)
    if pending.spec is _WAGTAIL:
        _KNOWN.add(request.path)
    _mark(response, "MISS")


def _hit(request: HttpRequest, kept: tuple) -> HttpResponse:
    """The kept page as a response: its body (inflated only when it was kept compressed:
    ``PAGE_CACHE_COMPRESS``, or a page kept before the flag existed) with the browser's own CSRF
    token, and its kept headers in their order (Content-Type first, as ``HttpResponse`` sets it)."""
    headers, body = kept[1], kept[2]
    if len(kept) == 3 or kept[3]:
        body = zlib.decompress(body)
    if _PLACEHOLDER in body:
        body = body.replace(_PLACEHOLDER, _csrf_token(request).encode())
    response = HttpResponse(body, content_type=headers.get("Content-Type"))
    for header, value in headers.items():
        if header != "Content-Type":
            response[header] = value
    return _mark(response, "HIT")


def _csrf_token(request: HttpRequest) -> str:
    """``get_token(request)``: the browser's CSRF secret under a fresh random mask, its cookie
    renewed. Django draws the mask with 32 ``secrets.choice`` calls (~45 µs on every kept page
    with a form); here it comes from one ``secrets.token_bytes`` read, then the same cipher
    (Django's ``_unmask_cipher_token`` reads it back). A browser without the cookie yet takes
    Django's own path, which creates it."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None or len(secret) != CSRF_SECRET_LENGTH:
        return get_token(request)
    chars, n, index = CSRF_ALLOWED_CHARS, len(CSRF_ALLOWED_CHARS), _CSRF_INDEX
    mask: list[int] = []
    while len(mask) < CSRF_SECRET_LENGTH:
        mask += [b % n for b in secrets.token_bytes(48) if b < _CSRF_BYTE_LIMIT]
    del mask[CSRF_SECRET_LENGTH:]
    try:
        cipher = "".join(chars[(index[c] + m) % n] for c, m in zip(secret, mask, strict=True))
    except KeyError:  # not a secret Django's middleware accepted: let Django decide
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # as get_token: the cookie is renewed
    return "".join(chars[m] for m in mask) + cipher


def _mark(response: HttpResponse, outcome: str) -> HttpResponse:
    """Mark the outcome; the middleware makes the response private once every decorator of
    the view has run (``_private``)."""
    response[HEADER] = outcome
    return response


# (Cache-Control, Vary) of a response -> the same headers made private: Django's
# ``patch_cache_control`` and ``patch_vary_headers`` parse and rebuild them on every page (~4 µs);
# their answer depends only on the two values. Bounded; cleared when full.
_PRIVATE: BoundedDict[tuple[str | None, str | None], tuple[str, str]] = BoundedDict(256)


def _private(response: HttpResponse) -> HttpResponse:
    """A kept (or keepable) page is one visitor's: never stored by a shared cache."""
    headers = response.headers
    key = (headers.get("Cache-Control"), headers.get("Vary"))
    patched = _PRIVATE.get(key)
    if patched is None:
        scratch = HttpResponse()
        for name, value in zip(("Cache-Control", "Vary"), key, strict=True):
            if value is not None:
                scratch.headers[name] = value
        patch_cache_control(scratch, private=True)
        patch_vary_headers(scratch, ("Cookie",))
        patched = (scratch.headers["Cache-Control"], scratch.headers["Vary"])
        _PRIVATE.put(key, patched)
    # Set in this order, as the two patches do: a header already there keeps its place.
    headers["Cache-Control"], headers["Vary"] = patched
    return response
