"""Personalised page cache: whole rendered pages, kept per visitor, served without the view.

A learner page (home, catalog, course, lesson) costs a Wagtail route, a dozen queries and a
template render, yet between two visits of one learner almost nothing on it changes. As in
Drupal's Dynamic Page Cache, the finished response is kept per visitor (user id, 0 when signed
out) and path, stamped with two generations:

* the **content generation**: changes when any Wagtail page is saved, published, unpublished,
  moved or deleted, or a row of ``CONTENT_MODELS`` (view restrictions, sites, credit types,
  quizzes, institutions) is saved or deleted;
* the **visitor's generation**: changes when one of their rows in ``USER_MODELS`` (the user,
  enrollments, lesson ticks, reflection notes, completions, attempts, certificates, memberships)
  is saved or deleted, and when a bulk write names them (``bump_users``).

A kept page is served only while both generations match; otherwise the view runs and its
response is kept again. Generations are fresh random stamps (not counters), so a stamp lost from
the cache can never come back and match an old page. Every bump happens at once and again after
the transaction commits: a request that read the old rows while the write was committing can only
have kept its page under the old stamp.

What is kept, and when:

* only views that opt in with ``allow(response)`` (the Wagtail learner pages; never a page
  behind a view restriction);
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

import hashlib
import re
import secrets
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers

from accounts.backends import cache_key as user_cache_key
from accounts.backends import primed

from .transactions import now_and_after_commit

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

# Rows that change what every visitor sees (saved or deleted), besides Wagtail pages.
CONTENT_MODELS = frozenset(
    {
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        "content.CreditType",
        "quizzes.Quiz",
        "institutions.Institution",
    }
)


def _user_of_progress(instance) -> int | None:
    try:
        return instance.enrollment.user_id
    except ObjectDoesNotExist:  # deleted with its enrollment, whose own signal bumps the user
        return None


# Rows that change what one visitor sees: label → how to find that visitor's id.
USER_MODELS: dict[str, Callable[[object], int | None]] = {
    "accounts.User": lambda instance: instance.pk,
    "courses.Enrollment": lambda instance: instance.user_id,
    "courses.LessonProgress": _user_of_progress,
    "courses.ReflectionNote": lambda instance: instance.user_id,
    "courses.Completion": lambda instance: instance.user_id,
    "quizzes.Attempt": lambda instance: instance.user_id,
    "certificates.Certificate": lambda instance: instance.user_id,
    "institutions.Membership": lambda instance: instance.user_id,
}


@dataclass(frozen=True)
class Spec:
    """How a view's pages are kept: ``depends(request, **url_kwargs)`` names extra keys whose
    bump makes the page stale (e.g. one certificate); ``gate(request)`` runs before every hit
    and may answer instead (e.g. a rate limit that must count kept pages too)."""

    depends: Callable[..., list[str]] | None = None
    gate: Callable[[HttpRequest], HttpResponse | None] | None = None


_WAGTAIL = Spec()


def keep(
    *,
    depends: Callable[..., list[str]] | None = None,
    gate: Callable[[HttpRequest], HttpResponse | None] | None = None,
):
    """Decorator (outermost) for a plain view whose ``allow``-ed responses may be kept."""

    def decorate(view):
        view.page_cache = Spec(depends=depends, gate=gate)
        return view

    return decorate


def enabled() -> bool:
    return bool(getattr(settings, "PAGE_CACHE", False))


def _stamp() -> str:
    return secrets.token_hex(8)


def _user_key(user_id: int) -> str:
    return f"pagecache:gen:u:{user_id}"


def _dep_key(name: str) -> str:
    return f"pagecache:gen:dep:{name}"


def _page_key(user_id: int, path: str) -> str:
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    return f"pagecache:page:{user_id}:{digest}"


def bump_content() -> None:
    """Every kept page is stale from now on (content every visitor sees has changed)."""
    now_and_after_commit(lambda: cache.set(CONTENT_KEY, _stamp(), STAMP_SECONDS))


def bump_users(user_ids: Iterable[int]) -> None:
    """These visitors' kept pages are stale from now on (their own rows have changed)."""
    ids = sorted({int(pk) for pk in user_ids if pk is not None})
    if ids:
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


def _messages_waiting(request: HttpRequest) -> bool:
    return bool(request.COOKIES.get("messages")) or "_messages" in request.session


def _eligible(request: HttpRequest) -> bool:
    return (
        enabled()
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and not _messages_waiting(request)
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


@dataclass
class _Pending:
    page_key: str
    stamp: tuple
    spec: Spec
    view_kwargs: dict


# Paths this process has kept a page for, with the view's spec and URL arguments: a request for
# one is looked up before URL resolution (a kept page then costs no routing at all). A path's
# route only changes with the URLconf (a new process) or the page tree (the content stamp makes
# the page stale, and the request then resolves as usual). Bounded; cleared when full.
_KNOWN: dict[str, tuple[Spec, dict]] = {}
_KNOWN_MAX = 20_000


def _remember(path: str, spec: Spec, view_kwargs: dict) -> None:
    if len(_KNOWN) >= _KNOWN_MAX:
        _KNOWN.clear()
    _KNOWN[path] = (spec, view_kwargs)


class PageCacheMiddleware:
    """Serves kept pages in place of the view; keeps the responses of views that allow it.

    Last in MIDDLEWARE: sessions, authentication, CSRF, messages and security headers run for
    every kept page exactly as for a rendered one. Only requests for a path already kept in this
    process, or routed to a view that can keep pages (Wagtail's page view, views decorated with
    ``keep``), touch the cache."""

    def __init__(self, get_response):
        from wagtail.views import serve

        self.get_response = get_response
        self.wagtail_serve = serve

    def __call__(self, request: HttpRequest) -> HttpResponse:
        known = _KNOWN.get(request.path)
        if known is not None and _eligible(request):
            hit = self._serve(request, *known)
            if hit is not None:
                return hit
        response = self.get_response(request)
        pending: _Pending | None = getattr(request, "_page_cache", None)
        if pending is not None and _keepable(request, response):
            allowed = getattr(response, _ALLOWED)
            seconds = settings.PAGE_CACHE_SECONDS
            if allowed is not True:
                seconds = max(1, min(seconds, int(allowed)))
            body = _CSRF_INPUT.sub(rb"\g<1>" + _PLACEHOLDER + rb"\g<2>", response.content)
            headers = {h: response[h] for h in _KEPT_HEADERS if h in response}
            cache.set(pending.page_key, (pending.stamp, headers, zlib.compress(body, 1)), seconds)
            _remember(request.path, pending.spec, pending.view_kwargs)
            self._mark(response, "MISS")
        return response

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if hasattr(request, "_page_cache"):  # looked up before routing already
            return None
        spec = (
            _WAGTAIL if view_func is self.wagtail_serve else getattr(view_func, "page_cache", None)
        )
        if spec is None or not _eligible(request):
            return None
        response = self._serve(request, spec, view_kwargs)
        if response is not None and response.get(HEADER) == "HIT":
            _remember(request.path, spec, view_kwargs)  # kept by another worker: known here now
        return response

    def _serve(self, request: HttpRequest, spec: Spec, view_kwargs: dict) -> HttpResponse | None:
        """The kept page (or the gate's answer), else None with the request marked to keep
        what the view returns."""
        request._page_cache = None
        # The session names the user: their row, the page and the generations come in one
        # batch, then authentication runs as for every view (session hash, is_active) on the
        # row read. A session that turns out not to authenticate is looked up again as such.
        candidate = _session_user_id(request)
        lookup = self._lookup(request, spec, view_kwargs, candidate)
        with primed(lookup.found.get(user_cache_key(candidate)) if candidate else None):
            user_id = request.user.pk if request.user.is_authenticated else 0
        if user_id != candidate:
            lookup = self._lookup(request, spec, view_kwargs, user_id)
        stamp, kept = lookup.stamp, lookup.found.get(lookup.page_key)
        if kept is not None and kept[0] == stamp and None not in stamp:
            refused = spec.gate(request) if spec.gate is not None else None
            return refused if refused is not None else self._hit(request, kept)
        if None in stamp:  # first request since a flush or an eviction: start the generations
            for key, value in zip(lookup.stamp_keys, stamp, strict=True):
                if value is None:
                    cache.add(key, _stamp(), STAMP_SECONDS)
            found = cache.get_many(lookup.stamp_keys)
            stamp = tuple(found.get(key) for key in lookup.stamp_keys)
        if None not in stamp:
            request._page_cache = _Pending(lookup.page_key, stamp, spec, view_kwargs)
        return None

    @staticmethod
    def _lookup(request: HttpRequest, spec: Spec, view_kwargs: dict, user_id: int) -> _Lookup:
        stamp_keys = [CONTENT_KEY] + ([_user_key(user_id)] if user_id else [])
        if spec.depends is not None:
            stamp_keys += [_dep_key(name) for name in spec.depends(request, **view_kwargs)]
        page_key = _page_key(user_id, request.path)
        extra = [user_cache_key(user_id)] if user_id else []
        found = cache.get_many([page_key, *stamp_keys, *extra])
        stamp = tuple(found.get(key) for key in stamp_keys)
        return _Lookup(page_key=page_key, stamp_keys=stamp_keys, stamp=stamp, found=found)

    def _hit(self, request: HttpRequest, kept: tuple) -> HttpResponse:
        _, headers, compressed = kept
        body = zlib.decompress(compressed)
        if _PLACEHOLDER in body:
            body = body.replace(_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(body)
        for header, value in headers.items():
            response[header] = value
        return self._mark(response, "HIT")

    @staticmethod
    def _mark(response: HttpResponse, outcome: str) -> HttpResponse:
        response[HEADER] = outcome
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
        return response


# --- Invalidation ---------------------------------------------------------------------------


def _on_change(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    label = sender._meta.label
    find_user = USER_MODELS.get(label)
    if find_user is not None:
        bump_users([find_user(instance)])
    elif label in CONTENT_MODELS or _is_page(sender):
        bump_content()


def _is_page(model) -> bool:
    from wagtail.models import Page

    return issubclass(model, Page)


def _on_page_event(sender, **kwargs) -> None:
    bump_content()


def connect() -> None:
    """Wire the invalidation receivers (called once from LmsConfig.ready)."""
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
    )

    post_save.connect(_on_change, dispatch_uid="lms.pagecache.save")
    post_delete.connect(_on_change, dispatch_uid="lms.pagecache.delete")
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(_on_page_event, dispatch_uid=f"lms.pagecache.{id(signal)}")
