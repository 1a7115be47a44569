"""Common fixtures. The database is SQLite unless DATABASE_URL is set (then PostgreSQL); tests
that need a real service are marked and skip with a reason locally, but fail under CI=true."""

import os

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from tests.factories import (
    DepartmentFactory,
    InstitutionFactory,
    MembershipFactory,
    UserFactory,
)

IN_CI = os.environ.get("CI", "").lower() == "true"


def _missing_service(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_configure(config: pytest.Config) -> None:
    """On SQLite (the local default, an in-memory test database) the schema is built from the
    models instead of running every migration, which took most of a small run (README: Testing).
    ``--migrations`` runs them anyway. PostgreSQL (CI) always migrates, so CI still proves the
    migrations; the rows migrations create are put back by ``_migration_data`` below."""
    args = [*config.invocation_params.args, *os.environ.get("PYTEST_ADDOPTS", "").split()]
    sqlite = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    if sqlite and "--migrations" not in args:
        config.option.nomigrations = True


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Without migrations, add the one piece of schema the models do not describe: Wagtail's
    SQLite full-text table (an FTS5 virtual table, which the models can only describe as a plain
    table) and its triggers: raw SQL in wagtailsearch's migration 0006, each run after its own
    reverse (DROP ... IF EXISTS)."""
    if request.config.getvalue("nomigrations"):
        import importlib

        from django.db import connection, migrations

        fts = importlib.import_module("wagtail.search.migrations.0006_customise_indexentry")
        statements = [
            sql
            for outer in fts.Migration.operations
            if isinstance(outer, migrations.SeparateDatabaseAndState)
            for op in outer.database_operations
            if isinstance(op, migrations.RunSQL)
            for sql in (op.reverse_sql, op.sql)
        ]
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("migrations") and item.config.getvalue("nomigrations"):
        pytest.skip("needs the real migrations: run with --migrations (PostgreSQL always does)")
    if item.get_closest_marker("postgres"):
        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            _missing_service("needs PostgreSQL: set DATABASE_URL=postgres://...")
    if item.get_closest_marker("broker") and not os.environ.get("CELERY_BROKER_URL"):
        _missing_service("needs a Celery broker: set CELERY_BROKER_URL=redis://...")
    if item.get_closest_marker("redis") and redis_test_url() is None:
        _missing_service("needs Redis: set CACHE_TEST_URL or CELERY_BROKER_URL=redis://...")


def redis_test_url() -> str | None:
    """A Redis database the tests may empty: CACHE_TEST_URL, else database 13 of the broker's
    Redis (CI: redis://127.0.0.1:6379/0 → /13)."""
    if os.environ.get("CACHE_TEST_URL"):
        return os.environ["CACHE_TEST_URL"]
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if broker.startswith("redis://"):
        return broker.rsplit("/", 1)[0] + "/13"
    return None


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    """A transactional test's flush re-creates content types under new ids; a cached stale id
    would then break the next test that creates a Wagtail page, so start each test uncached."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: ids are reused after a rollback (SQLite), and a page
    kept by the page cache for one test's user must never answer another test's."""
    from django.core.cache import cache

    from content import middleware as site_lookup
    from content import shared
    from core import pagecache

    cache.clear()
    site_lookup._sites.clear()  # per-process Site lookups: a rolled-back Site's id is reused
    pagecache._KNOWN.clear()
    shared._HELD.clear()  # per-process routes (held under a content stamp the clear replaces)
    yield


@pytest.fixture(autouse=True)
def _migration_data(request):
    """Database tests start with what the migrations created (Wagtail's root page, locale, site
    and collection, the reviewers group), even after an earlier transactional test's flush."""
    if request.node.get_closest_marker("django_db") is not None:
        from tests.dbstate import restore_migration_data

        restore_migration_data()


@pytest.fixture
def round_trips(monkeypatch):
    """The commands sent to Redis (each one round trip), counted where every command is written
    to the connection (core.cache sends its ``MGET`` there without redis-py's command layer)."""
    import redis.connection

    sent: list[str] = []
    original = redis.connection.AbstractConnection.send_command

    def counted(self, *args, **kwargs):
        sent.append(str(args[0]))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(redis.connection.AbstractConnection, "send_command", counted)
    return sent


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def institution(db):
    return InstitutionFactory()


@pytest.fixture
def make_member(db):
    """make_member(institution, role="learner", department=None) -> Membership."""

    def _make(institution, role="learner", department=None, **kwargs):
        if department is None and role != "admin":
            department = DepartmentFactory(institution=institution)
        return MembershipFactory(
            institution=institution, role=role, department=department, **kwargs
        )

    return _make
