"""The page cache and the signed-in user's row on a real Redis (the production cache), through
core.cache.RedisCache: what the rest of the suite proves on the in-process cache holds here."""

import pytest
from django.core.cache import cache, caches
from django.test import Client

from core import pagecache
from courses.services import enrollment_create
from tests.conftest import redis_test_url
from tests.factories import UserFactory, make_course

pytestmark = [pytest.mark.django_db, pytest.mark.redis]


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.RedisCache", "LOCATION": redis_test_url()}
    }
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_one_redis_client_per_pool(redis_cache):
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client(write=True) is client
    redis_cache.set("k", {"a": 1}, 30)
    assert redis_cache.get_many(["k", "missing"]) == {"k": {"a": 1}}
    assert redis_cache.add("n", 1, 30) is True
    assert redis_cache.incr("n") == 2


def test_kept_pages_and_their_invalidation_on_redis(redis_cache):
    assert type(cache._cache).__module__ == "core.cache"
    course = make_course(title="Consent and cameras", lessons=1)
    lesson = course.lessons().first()
    learner = UserFactory()
    browser = Client()
    browser.force_login(learner)
    assert browser.get(lesson.url)[pagecache.HEADER] == "MISS"
    hit = browser.get(lesson.url)
    assert hit[pagecache.HEADER] == "HIT"
    assert "Enroll in “Consent and cameras”" in hit.content.decode()
    assert redis_cache.get(f"auth:user:{learner.pk}").pk == learner.pk
    enrollment_create(user=learner, course=course)
    fresh = browser.get(lesson.url)
    assert fresh[pagecache.HEADER] == "MISS"
    assert "Mark complete" in fresh.content.decode()
    learner.is_active = False
    learner.save()
    assert "Log in</a> to track your progress" in browser.get(lesson.url).content.decode()


def test_a_first_visit_reads_the_cache_in_one_batch(redis_cache, round_trips, settings):
    """The page cache's lookup batch also reads the page's route and the header's kept values:
    a first visit to a page costs that batch and storing the page (the session is read with the
    user's, tests keep sessions in the database)."""
    settings.SHARED_CONTENT_CACHE = True
    course = make_course(title="Consent and cameras", lessons=2)
    first, second = course.lessons()
    learner = UserFactory()
    browser = Client()
    browser.force_login(learner)
    assert browser.get(first.url)[pagecache.HEADER] == "MISS"  # the learner's first page
    walker = Client()
    walker.force_login(UserFactory())
    assert walker.get(second.url)[pagecache.HEADER] == "MISS"  # another learner routed it
    round_trips.clear()
    response = browser.get(second.url)
    assert response[pagecache.HEADER] == "MISS"
    assert "Consent and cameras" in response.content.decode()
    # The lookup batch (route, user row, the header's values, the learner's state) and storing
    # the page: the course outline and the lesson body are kept in this process's memory under
    # the content generation the batch read (content.fragments; a round trip each before).
    assert round_trips == ["MGET", "SET"], round_trips


def test_a_kept_page_costs_one_round_trip_and_no_query(
    redis_cache, round_trips, settings, django_assert_num_queries
):
    """Production's sessions (core.sessions, read through the cache): once this process has seen
    the session signed in, the session comes in the page cache's lookup batch with the page, the
    generations, the user's row and the values read ahead: one MGET, no query."""
    settings.SESSION_ENGINE = "core.sessions"
    settings.SHARED_CONTENT_CACHE = True
    pagecache._SESSION_USERS.clear()
    course = make_course(title="Consent and cameras", lessons=2)
    first, second = course.lessons()
    learner = UserFactory()
    browser = Client()
    browser.force_login(learner)
    assert browser.get(first.url)[pagecache.HEADER] == "MISS"
    assert browser.get(second.url)[pagecache.HEADER] == "MISS"
    for page in (first, second, course):
        browser.get(page.url)
        round_trips.clear()
        with django_assert_num_queries(0):
            response = browser.get(page.url)
        assert response[pagecache.HEADER] == "HIT"
        assert round_trips == ["MGET"], round_trips
    # A session this process has not seen signed in is read first, as before.
    pagecache._SESSION_USERS.clear()
    round_trips.clear()
    assert browser.get(first.url)[pagecache.HEADER] == "HIT"
    assert round_trips == ["GET", "MGET"], round_trips
    round_trips.clear()
    assert browser.get(first.url)[pagecache.HEADER] == "HIT"
    assert round_trips == ["MGET"], round_trips


@pytest.mark.parametrize(
    "value",
    [0, 7, -3, 2**70, True, 1.5, "12", b"\x80bytes", "", None, [1, "a"], {"k": (1, 2)}],
)
def test_values_read_back_as_django_wrote_them(redis_cache, value):
    """core.cache.RedisSerializer reads pickles without trying int() first: every value Django's
    own serializer writes (integers stored as digits) reads back equal, of the same type."""
    from django.core.cache.backends.redis import RedisSerializer as DjangoRedisSerializer

    from core.cache import RedisSerializer

    assert type(redis_cache._cache._serializer) is RedisSerializer
    written = DjangoRedisSerializer().dumps(value)
    encoded = written if isinstance(written, bytes) else str(written).encode()
    read = RedisSerializer().loads(encoded)
    assert (read, type(read)) == (value, type(value))
    redis_cache.set("value", value, 30)
    assert redis_cache.get_many(["value"]) == {"value": value}


def test_keys_memcached_would_refuse_are_kept_without_a_warning(redis_cache, recwarn):
    long_key, spaced_key = "k" * 300, "a key with spaces"
    redis_cache.set_many({long_key: 1, spaced_key: 2}, 30)
    assert redis_cache.get_many([long_key, spaced_key]) == {long_key: 1, spaced_key: 2}
    assert not [w for w in recwarn if "memcached" in str(w.message)]


def test_get_many_on_a_pooled_connection_answers_as_redis_py(redis_cache, round_trips):
    """core.cache sends its MGET on a pooled connection directly: one round trip, values as
    Django writes them, a connection the server dropped replaced, an error reply raised."""
    import redis as redis_lib

    redis_cache.set_many({"a": 1, "b": {"x": (1, 2)}, "c": "text"}, 30)
    round_trips.clear()
    assert redis_cache.get_many(["a", "missing", "b", "c"]) == {
        "a": 1,
        "b": {"x": (1, 2)},
        "c": "text",
    }
    assert round_trips == ["MGET"]
    # The server drops every client connection: the next batch still answers.
    client = redis_cache._cache.get_client()
    client.client_kill_filter(_type="normal", skipme=False)
    assert redis_cache.get_many(["a", "c"]) == {"a": 1, "c": "text"}
    # An error reply is raised as redis-py raises it, and the connection stays usable.
    with pytest.raises(redis_lib.ResponseError):
        redis_cache._cache.get_many([])
    assert redis_cache.get_many(["a"]) == {"a": 1}
    pool = redis_cache._cache._get_connection_pool(False)
    assert not pool._in_use_connections
