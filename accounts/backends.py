"""Authentication backend that keeps the signed-in user's row in the cache.

Django loads the user from the database on every signed-in request (``get_user``). This backend
keeps the row in the cache for ``USER_CACHE_SECONDS`` and drops it whenever the user is saved or
deleted (and ``forget_users`` after bulk writes), so a password change, a deactivation or a
rename takes effect on the next request. Everything else (the session hash check that logs out
other sessions after a password change, ``is_active``) is Django's own ``ModelBackend`` logic.
Permissions are not kept: they are read from the database as before.

It is also where the login lockout (django-axes, accounts/lockout.py) refuses a locked account or
client, before any password is checked: one backend, so ``login(request, user)`` needs no
``backend=`` argument and the sessions of signed-in users stay valid.
"""

from __future__ import annotations

from collections.abc import Iterable

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.utils.module_loading import import_string

from core.primed import primed_user, user_cache_key
from core.transactions import now_and_after_commit

cache_key = user_cache_key  # where a user's row is kept (core/primed.py)


def forget_users(user_ids: Iterable[int]) -> None:
    """Drop these users' kept rows, now and again after commit."""
    keys = [cache_key(pk) for pk in {pk for pk in user_ids if pk is not None}]
    if keys:
        now_and_after_commit(lambda: cache.delete_many(keys))


def forget_saved_user(sender, instance, **kwargs) -> None:
    """post_save / post_delete receiver of the user model (wired in AccountsConfig.ready)."""
    forget_users([instance.pk])


def password_login_refusal(*, email: str = "", user=None) -> str | None:
    """Why a password sign-in is refused (settings.PASSWORD_LOGIN_POLICY, e.g. the person's
    institution requires single sign-on), or None."""
    path = getattr(settings, "PASSWORD_LOGIN_POLICY", "")
    return import_string(path)(email=email, user=user) if path else None


class CachedModelBackend(AxesStandaloneBackend, ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        """Axes' lockout check first (it raises PermissionDenied for a locked account or client,
        which ``django.contrib.auth.authenticate`` turns into a failed sign-in), then Django's.
        ``authenticate()`` without a request (a management command, the test client's
        ``login()``) has no client to count; every web sign-in passes its request (Django's and
        Wagtail's login views, the token endpoint), which tests/security/test_lockout.py holds.
        """
        if request is not None:
            AxesStandaloneBackend.authenticate(self, request, username, password, **kwargs)
        user = ModelBackend.authenticate(self, request, username, password, **kwargs)
        if user is not None:
            # The right password of a member whose institution requires single sign-on: refused
            # (a failed sign-in for axes too); the sign-in form says why (request attribute).
            refusal = password_login_refusal(user=user)
            if refusal:
                if request is not None:
                    request.password_login_refusal = refusal
                return None
        return user

    def get_user(self, user_id):
        key = cache_key(user_id)
        user = primed_user()
        if user is None or str(user.pk) != str(user_id):
            user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is None:
                return None
            cache.set(key, user, settings.USER_CACHE_SECONDS)
        return user if self.user_can_authenticate(user) else None
