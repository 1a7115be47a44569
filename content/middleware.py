"""Wagtail's Site lookup for page requests, kept in process memory.

Wagtail finds the Site of every page request with one query (``Site.find_for_request``, which
first looks for ``request._wagtail_site``). Sites almost never change, so the lookup's result is
kept here for ``SITE_CACHE_SECONDS`` per host and port, and dropped in this process whenever a
Site is saved or deleted; other processes see a change within that many seconds. Each request
gets its own Site instance built from the kept field values (no shared mutable state). Only
views served by Wagtail's page view pay for the lookup.

``SharedRouteMiddleware`` (after the page cache, so a kept page costs no routing) then routes the
page of a GET from the shared cache (content.shared.route): one cache read instead of Wagtail's
walk down the tree and the view-restriction queries.
"""

from __future__ import annotations

import time

from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site

from . import shared

SITE_CACHE_SECONDS = 60
_FIELDS = [f.attname for f in Site._meta.concrete_fields]
_sites: dict[tuple[str, str], tuple[float, tuple | None]] = {}


def _forget_sites(**kwargs) -> None:
    _sites.clear()


post_save.connect(_forget_sites, sender=Site, dispatch_uid="content.forget_sites_save")
post_delete.connect(_forget_sites, sender=Site, dispatch_uid="content.forget_sites_delete")


class SiteLookupMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_site"):
            return None
        key = (split_domain_port(request.get_host())[0], request.get_port())
        now = time.monotonic()
        kept = _sites.get(key)
        if kept is not None and kept[0] > now:
            values = kept[1]
            site = None if values is None else Site.from_db(None, _FIELDS, values)
        else:
            site = Site.find_for_request(request)
            values = None if site is None else tuple(getattr(site, f) for f in _FIELDS)
            _sites[key] = (now + SITE_CACHE_SECONDS, values)
        request._wagtail_site = site
        # Wagtail's URL pattern passes the path positionally (read ahead: content.shared).
        request._wagtail_serve_path = view_kwargs.get("path", view_args[0] if view_args else None)
        return None


class SharedRouteMiddleware:
    """Routes Wagtail page GETs from the shared cache (content.shared.route); after
    SiteLookupMiddleware and the page cache in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        # Wagtail's URL pattern passes the path positionally.
        path = view_kwargs.get("path", view_args[0] if view_args else None)
        if (
            view_func is wagtail_views.serve
            and request.method in ("GET", "HEAD")
            and isinstance(path, str)
            and not hasattr(request, "_wagtail_route_for_request")
            and getattr(request, "_wagtail_site", None) is not None
        ):
            shared.route(request, request._wagtail_site, path)
            _site_root_paths(request)
        return None


# Wagtail's Site root paths (every page URL on a page is built from them), kept in process
# memory under the content generation the route just read: a Site or page change bumps it.
_root_paths: list = [None, None]


def _site_root_paths(request: HttpRequest) -> None:
    stamp = getattr(request, shared._GENERATION, None)
    if stamp is None or hasattr(request, "_wagtail_cached_site_root_paths"):
        return
    kept_stamp, paths = _root_paths
    if kept_stamp != stamp:
        paths = Site.get_site_root_paths()
        _root_paths[:] = [stamp, paths]
    request._wagtail_cached_site_root_paths = paths
