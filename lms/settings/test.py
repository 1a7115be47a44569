"""Test settings: fast hasher, locmem email and cache. Database and broker follow the environment,
so the same suite runs on SQLite by default and on PostgreSQL/Redis when they are configured."""

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env

# The suite covers the benchmarks' load generator (tests/bench).
if "bench" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "bench"]

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production-0123456789abcdef"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One process shares one locmem cache, so the page cache is safe here; on for the whole suite so
# every test that writes and then reads a page also proves the invalidation.
PAGE_CACHE = True
SHARED_CONTENT_CACHE = True
# In the test process tasks always run eagerly (queued on commit); the integration tests that
# need a real worker start one themselves against CELERY_BROKER_URL.
CELERY_TASK_ALWAYS_EAGER = True
SCHEDULER_IN_PROCESS = False
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default=str(BASE_DIR / "var" / "test-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
