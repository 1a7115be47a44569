"""What every visitor of a page shares, kept once in the shared cache for everyone: the routed
page (Wagtail's walk down the tree and the view-restriction check) and a course's outline.

Everything here is stamped with the content generation (``core.pagecache.content_generation``),
which changes whenever a page, Site, view restriction, credit type, quiz, image or document is
saved, published, moved or deleted (content/receivers.py, quizzes/receivers.py). A kept value is
used only while its stamp is the current one, so a change shows on the next request on every
worker; a stale value is rebuilt by the first request that finds it, for everyone after.
Values are pickled by the cache backend (Redis and locmem alike): each request unpickles its own
copy, nothing is shared in memory between requests.

On only with ``SHARED_CONTENT_CACHE`` (by default when the cache is shared by every worker, as
the page cache: a per-process cache could not see another worker's bumps); off, everything is
read from the database on every request.

A first visit to a page costs no routing query and no outline query; only the learner's own rows
(enrollment, ticks, notes, attempts) are read per visitor.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from wagtail.models import Page, PageViewRestriction

from core import pagecache
from core.primed import get_many

SHARED_SECONDS = 3600
_GENERATION = "_content_generation"


def enabled() -> bool:
    return bool(getattr(settings, "SHARED_CONTENT_CACHE", False))


def _generation(request: HttpRequest | None) -> str:
    stamp = getattr(request, _GENERATION, None) if request is not None else None
    if stamp is None:
        stamp = pagecache.content_generation()
        if request is not None:
            setattr(request, _GENERATION, stamp)
    return stamp


def shared(request: HttpRequest | None, name: str, build: Callable[[], Any]) -> Any:
    """``build()``'s value, kept for every visitor under ``name`` while the content generation
    holds (one cache read when kept)."""
    if not enabled():
        return build()
    key = f"content:shared:{name}"
    found = cache.get_many([key, pagecache.CONTENT_KEY])
    stamp = found.get(pagecache.CONTENT_KEY)
    if stamp is None:
        stamp = _generation(None)
    if request is not None:
        setattr(request, _GENERATION, stamp)
    kept = found.get(key)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    value = build()
    cache.set(key, (stamp, value), SHARED_SECONDS)
    return value


def _route_key(root_page_id: int, path: str) -> str:
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    return f"content:route:{root_page_id}:{digest}"


# Route keys this process has used, by host and request path: a page cache lookup made before
# URL resolution (a path already kept) reads the route with its batch too. Bounded.
_ROUTE_KEYS: dict[tuple[str, str], str] = {}
_ROUTE_KEYS_MAX = 20_000


def _route_read_ahead(request: HttpRequest, user_id: int) -> list[str]:
    """The route's key, read in the page cache's lookup batch: from the Site and path
    content/middleware.py noted just before, or the key this process used for the path."""
    if not enabled() or request.method not in ("GET", "HEAD"):
        return []
    site = getattr(request, "_wagtail_site", None)
    path = getattr(request, "_wagtail_serve_path", None)
    if site is not None and isinstance(path, str):
        key = _route_key(site.root_page_id, path)
    else:
        key = _ROUTE_KEYS.get((request.get_host(), request.path))
    return [] if key is None else [key, pagecache.CONTENT_KEY]


pagecache.read_ahead_with(_route_read_ahead)


def route(request: HttpRequest, site, path: str) -> None:
    """Routes a page request for ``site`` as Wagtail does (``Page.route_for_request``), from the
    shared cache when another request routed the same path under the current generation.

    Kept only for the site's own page types (``KeptPageMixin``: no page-specific routing by
    request) with no view restriction on the page or above it; such a page is served with an
    empty restriction list (adding a restriction changes the generation). Anything else, and
    a 404, is routed by Wagtail on every request."""
    from .models import KeptPageMixin

    if not enabled():
        return
    key = _route_key(site.root_page_id, path)
    if len(_ROUTE_KEYS) >= _ROUTE_KEYS_MAX:
        _ROUTE_KEYS.clear()
    _ROUTE_KEYS[(request.get_host(), request.path)] = key
    found = get_many([key, pagecache.CONTENT_KEY])
    stamp = found.get(pagecache.CONTENT_KEY) or _generation(None)
    setattr(request, _GENERATION, stamp)
    kept = found.get(key)
    if kept is not None and kept[0] == stamp:
        page = pickle.loads(kept[1])  # noqa: S301 - written by route() below, in our own cache
        page.__dict__["_view_restrictions"] = PageViewRestriction.objects.none()
        request._wagtail_route_for_request = (page, [], {})
        return
    result = Page.route_for_request(request, path)
    if result is None:
        return
    page, args, kwargs = result
    if args or kwargs or not isinstance(page, KeptPageMixin):
        return
    if page.get_view_restrictions().exists():
        return
    restrictions = page.__dict__.pop("_view_restrictions", None)
    try:
        # Pickled here, unpickled only when used: a kept page's hit reads the route in its lookup
        # batch too (read ahead) and should not pay for unpickling a page it never uses.
        cache.set(key, (stamp, pickle.dumps(page, pickle.HIGHEST_PROTOCOL)), SHARED_SECONDS)
    finally:
        if restrictions is not None:
            page.__dict__["_view_restrictions"] = restrictions
