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
from core.bounded import BoundedDict
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
_ROUTE_KEYS: BoundedDict[tuple[str, str], str] = BoundedDict(20_000)


# Routes this process read or built, by route key: (content stamp, pickled page). A route held
# here under the stamp the request reads is used without reading it from the cache again, so the
# page cache's lookup batch leaves it out (a pickled lesson is ~25 KB: most of the batch's bytes,
# on every kept page, which never uses it). Another stamp (any content change, on any worker)
# makes the held copy stale: the route is then read from the cache as before. Bounded (the pages
# are unpickled per request, never shared); cleared when full.
_HELD: BoundedDict[str, tuple[str, bytes]] = BoundedDict(1_000)


def _route_read_ahead(request: HttpRequest, user_id: int) -> list[str]:
    """The route's key, read in the page cache's lookup batch (from the Site and path
    content/middleware.py noted just before, or the key this process used for the path), with
    the content stamp; only the stamp when this process holds the route."""
    if not enabled() or request.method not in ("GET", "HEAD"):
        return []
    site = getattr(request, "_wagtail_site", None)
    path = getattr(request, "_wagtail_serve_path", None)
    if site is not None and isinstance(path, str):
        key = _route_key(site.root_page_id, path)
    else:
        key = _ROUTE_KEYS.get((request.get_host(), request.path))
    if key is None:
        return []
    return [pagecache.CONTENT_KEY] if key in _HELD else [key, pagecache.CONTENT_KEY]


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
    _ROUTE_KEYS.put((request.get_host(), request.path), key)
    held = _HELD.get(key)
    if held is not None:
        # The stamp comes from the lookup batch (read ahead) and stays there for other readers.
        stamp = get_many([pagecache.CONTENT_KEY], keep=(pagecache.CONTENT_KEY,)).get(
            pagecache.CONTENT_KEY
        )
        if stamp is not None and held[0] == stamp:
            setattr(request, _GENERATION, stamp)
            _serve_kept(request, held[1])
            return
    found = get_many([key, pagecache.CONTENT_KEY])
    stamp = found.get(pagecache.CONTENT_KEY) or _generation(None)
    setattr(request, _GENERATION, stamp)
    kept = found.get(key)
    if kept is not None and kept[0] == stamp:
        _HELD.put(key, (stamp, kept[1]))
        _serve_kept(request, kept[1])
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
        # Pickled here, unpickled only when used: a kept page's hit may read the route in its
        # lookup batch too (read ahead) and should not pay for unpickling a page it never uses.
        pickled = pickle.dumps(page, pickle.HIGHEST_PROTOCOL)
        cache.set(key, (stamp, pickled), SHARED_SECONDS)
        _HELD.put(key, (stamp, pickled))
    finally:
        if restrictions is not None:
            page.__dict__["_view_restrictions"] = restrictions


def _serve_kept(request: HttpRequest, pickled: bytes) -> None:
    """Route the request to its own copy of a kept page (served without view restrictions: it
    was kept only without any, and adding one changes the content stamp)."""
    page = pickle.loads(pickled)  # noqa: S301 - written by route(), in our own cache
    page.__dict__["_view_restrictions"] = PageViewRestriction.objects.none()
    request._wagtail_route_for_request = (page, [], {})
