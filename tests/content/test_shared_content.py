"""Routes and course outlines shared by every visitor (content/shared.py): a learner's first
visit to a page reads only their own rows, the same number of queries whatever the size of the
course, and every change to what visitors share shows on the next request."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from courses.services import enrollment_create
from tests.factories import UserFactory, catalog_page, make_course, make_lesson

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def course():
    return make_course(title="Boundaries online", lessons=3)


def _new_learner(course) -> Client:
    """A new enrolled learner, signed in: nothing of theirs is kept yet."""
    learner = UserFactory()
    enrollment_create(user=learner, course=course)
    return signed_in(learner)


def _first_visit(client: Client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert (response.status_code, response["X-Page-Cache"]) == (200, "MISS")
    return [q["sql"] for q in ctx.captured_queries]


@pytest.mark.parametrize("page", ["catalog", "course", "lesson"])
def test_a_first_visit_reads_only_the_learners_own_rows(
    course, page, django_assert_max_num_queries
):
    lesson = course.lessons().first()
    url = {"catalog": catalog_page().url, "course": course.url, "lesson": lesson.url}[page]
    signed_in(UserFactory()).get(url)  # someone visited before: what everyone shares is kept
    sql = _first_visit(_new_learner(course), url)
    # No routing, view-restriction, outline or credit-type query: the session and user rows
    # (tests keep sessions in the database), the header's links and the learner's own state.
    assert not [q for q in sql if "wagtailcore_page" in q or "pageviewrestriction" in q], sql
    assert len(sql) <= 6, sql
    for i in range(30):
        make_lesson(course=course, slug=f"extra-{i}", title=f"Extra {i}")
    signed_in(UserFactory()).get(url)
    client = _new_learner(course)
    with django_assert_max_num_queries(len(sql)):
        assert len(_first_visit(client, url)) == len(sql)


def test_the_outline_shows_a_published_change_on_the_next_request(course):
    first, second = course.lessons()[:2]
    client = signed_in(UserFactory())
    assert "Second steps" not in client.get(first.url).content.decode()
    second.title = "Second steps"
    second.save_revision().publish()
    other = signed_in(UserFactory())  # a first visit: only the shared outline could be stale
    assert "Second steps" in other.get(first.url).content.decode()
    second.unpublish()
    assert "Second steps" not in signed_in(UserFactory()).get(first.url).content.decode()
    assert signed_in(UserFactory()).get(second.url).status_code == 404


def test_a_kept_route_never_skips_a_new_view_restriction(settings, course):
    settings.PAGE_CACHE = False  # the shared route alone
    lesson = course.lessons().first()
    assert Client().get(lesson.url).status_code == 200  # routed once, kept for everyone
    assert Client().get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = Client().get(lesson.url)
    assert (response.status_code, response.url) == (302, f"/accounts/login/?next={lesson.url}")
    assert signed_in(UserFactory()).get(lesson.url).status_code == 200


def test_a_kept_route_is_never_used_for_another_site(settings, course):
    settings.PAGE_CACHE = False  # the shared route alone
    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    catalog = catalog_page()
    Site.objects.filter(is_default_site=True).update(hostname="a.example")
    Site.objects.create(hostname="b.example", port=80, root_page=catalog)
    home = Client().get("/", HTTP_HOST="a.example").content.decode()
    assert "Use social media well, in healthcare" in home  # a.example's root: the home page
    on_b = Client().get("/", HTTP_HOST="b.example").content.decode()
    assert "Use social media well, in healthcare" not in on_b
    assert "Boundaries online" in on_b  # b.example's root is the catalog
    lesson = course.lessons().first()
    # The same lesson under b.example's root has another path there.
    b_path = lesson.url_path[len(catalog.url_path) - 1 :]
    assert Client().get(b_path, HTTP_HOST="b.example").status_code == 200
    assert Client().get(b_path, HTTP_HOST="a.example").status_code == 404


@pytest.fixture
def batches(monkeypatch):
    """The keys of every page cache lookup batch."""
    from core import pagecache

    seen: list[list[str]] = []
    real = pagecache.cache

    class Spy:
        def __getattr__(self, name):
            return getattr(real, name)

        def get_many(self, keys):
            seen.append(list(keys))
            return real.get_many(keys)

    monkeypatch.setattr(pagecache, "cache", Spy())
    return seen


def test_a_route_this_process_holds_is_left_out_of_the_lookup_batch(course, batches):
    """content.shared holds routes per process under the content stamp: the page cache's batch
    then reads the stamp alone, not the ~25 KB pickled page (never used by a kept page)."""
    lesson = course.lessons().first()
    first = signed_in(UserFactory())
    assert first.get(lesson.url)["X-Page-Cache"] == "MISS"  # routed here: held from now on
    batches.clear()
    other = signed_in(UserFactory())
    response = other.get(lesson.url)
    assert (response.status_code, response["X-Page-Cache"]) == (200, "MISS")
    assert lesson.title in response.content.decode()
    assert batches and not [k for keys in batches for k in keys if k.startswith("content:route")]
    batches.clear()
    assert other.get(lesson.url)["X-Page-Cache"] == "HIT"
    assert not [k for keys in batches for k in keys if k.startswith("content:route")]


def test_a_held_route_is_never_used_under_another_content_stamp(course):
    """Another worker's change replaces the content stamp: the held route is stale at once and
    the page is routed again (here: a new title published, then the page moved out of reach)."""
    from content import shared

    lesson = course.lessons().first()
    assert "Consent first" not in signed_in(UserFactory()).get(lesson.url).content.decode()
    [(key, (stamp, _))] = [(k, v) for k, v in shared._HELD.items()]
    lesson.title = "Consent first"
    lesson.save_revision().publish()
    response = signed_in(UserFactory()).get(lesson.url)
    assert "Consent first" in response.content.decode()
    assert shared._HELD[key][0] != stamp
    lesson.unpublish()
    assert signed_in(UserFactory()).get(lesson.url).status_code == 404
