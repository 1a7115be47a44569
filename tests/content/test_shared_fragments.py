"""Fragments shared by every visitor (content/fragments.py: the course's lesson list, the lesson
outline, body, breadcrumb and previous/next links) and the learner's own state kept per person
(courses.selectors.learner_courses_state, quizzes.selectors.learner_quizzes_state): each visitor
sees their own ticks in the shared HTML, never another's, and every change shows on the next
request."""

import re

import pytest
from django.test import Client, RequestFactory
from wagtail.models import Site

from content import fragments
from content.models import CatalogPage
from courses.services import enrollment_create, lesson_complete
from tests.factories import UserFactory, make_course, make_lesson

pytestmark = pytest.mark.django_db

LI = re.compile(
    r'<li class="([^"]*)">\s*<span class="tick" aria-hidden="true">(✓?)</span>\s*'
    r'<a href="([^"]+)"( aria-current="step")?>([^<]+)</a>'
)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def outline(html: str) -> list[tuple]:
    """(title, done, current) of each lesson in the page's lesson list, in order."""
    assert "\x02" not in html and fragments.NONCE not in html  # every marker filled
    return [
        (title, tick == "✓" and "is-done" in classes, bool(current) and "is-current" in classes)
        for classes, tick, _href, current, title in LI.findall(html)
    ]


def hrefs(html: str) -> list[str]:
    return [href for _c, _t, href, _cur, _title in LI.findall(html)]


@pytest.fixture
def course():
    return make_course(title="Boundaries online", lessons=3)


def _learner(course, *, done: list[int]) -> tuple:
    """A new learner enrolled in ``course`` who has done the lessons at these positions."""
    learner = UserFactory()
    enrollment_create(user=learner, course=course)
    lessons = list(course.lessons())
    for index in done:
        lesson_complete(user=learner, lesson=lessons[index])
    return learner, signed_in(learner)


def test_two_learners_see_their_own_ticks_from_one_shared_fragment(course):
    first, second, third = course.lessons()
    _a, a_client = _learner(course, done=[0])
    _b, b_client = _learner(course, done=[1, 2])
    signed_in(UserFactory()).get(second.url)  # someone else rendered the shared outline first
    assert any(key[1:] == ("lesson-outline", course.pk) for key in fragments._KEPT)
    titles = [first.title, second.title, third.title]
    # On the second lesson's page: a has done the first; b the second and third.
    assert outline(a_client.get(second.url).content.decode()) == [
        (titles[0], True, False),
        (titles[1], False, True),
        (titles[2], False, False),
    ]
    assert outline(b_client.get(second.url).content.decode()) == [
        (titles[0], False, False),
        (titles[1], True, True),
        (titles[2], True, False),
    ]
    # The course page's list, shared too.
    assert outline(a_client.get(course.url).content.decode()) == [
        (titles[0], True, False),
        (titles[1], False, False),
        (titles[2], False, False),
    ]
    assert outline(b_client.get(course.url).content.decode()) == [
        (titles[0], False, False),
        (titles[1], True, False),
        (titles[2], True, False),
    ]
    # Someone signed out and someone not enrolled see no tick at all.
    for client in (Client(), signed_in(UserFactory())):
        marks = outline(client.get(third.url).content.decode())
        assert [(done, current) for _t, done, current in marks] == [
            (False, False),
            (False, False),
            (False, True),
        ]


def test_an_enrolment_and_a_tick_show_on_the_learners_next_first_visit(course):
    first, second, third = course.lessons()
    learner = UserFactory()
    client = signed_in(learner)
    html = client.get(first.url).content.decode()  # their state is kept: not enrolled
    assert "Enroll in “Boundaries online”" in html
    enrollment_create(user=learner, course=course)
    html = client.get(second.url).content.decode()  # a page they never opened
    assert "Mark complete" in html and "Enroll in" not in html
    lesson_complete(user=learner, lesson=first)
    assert [done for _t, done, _c in outline(client.get(third.url).content.decode())] == [
        True,
        False,
        False,
    ]
    assert "1 of 3 lessons done" in client.get(course.url).content.decode()


def test_publishing_unpublishing_reordering_and_a_new_body_make_fragments_stale(course):
    first, second, third = course.lessons()
    visit = lambda page: signed_in(UserFactory()).get(page.url).content.decode()  # noqa: E731
    assert [t for t, _d, _c in outline(visit(third))] == [first.title, second.title, third.title]
    visit(course)
    # A new title, published.
    second.title = "Second steps"
    second.save_revision().publish()
    assert outline(visit(third))[1][0] == "Second steps"
    assert outline(visit(course))[1][0] == "Second steps"
    # Unpublished: gone from every list.
    second.unpublish()
    assert [t for t, _d, _c in outline(visit(third))] == [first.title, third.title]
    assert [t for t, _d, _c in outline(visit(course))] == [first.title, third.title]
    # Reordered: the third lesson moved first.
    third.move(first, pos="left")
    assert [t for t, _d, _c in outline(visit(first))] == [third.title, first.title]
    assert [t for t, _d, _c in outline(visit(course))] == [third.title, first.title]
    assert 'rel="next"' not in visit(first).split('class="lesson-nav"')[1]
    # A lesson added and a body changed.
    make_lesson(course=course, title="Added later", slug="added-later")
    assert outline(visit(course))[-1][0] == "Added later"
    first.refresh_from_db()
    assert "Lesson text." in visit(first)
    first.body = [("text", "<p>Rewritten text.</p>")]
    first.save_revision().publish()
    html = visit(first)
    assert "Rewritten text." in html and "Lesson text." not in html


def test_each_site_has_its_own_fragments(settings, course):
    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    catalog = CatalogPage.objects.get()
    Site.objects.filter(is_default_site=True).update(hostname="a.example")
    Site.objects.create(hostname="b.example", port=80, root_page=catalog)
    lessons = list(course.lessons())
    home = catalog.get_parent()
    on_a_paths = [lesson.url_path[len(home.url_path) - 1 :] for lesson in lessons]
    on_b_paths = [lesson.url_path[len(catalog.url_path) - 1 :] for lesson in lessons]
    client = signed_in(UserFactory())
    on_a = client.get(on_a_paths[0], HTTP_HOST="a.example").content.decode()
    assert hrefs(on_a) == on_a_paths  # /catalog/course-…/lesson-…/
    # Under b.example's root (the catalog) the same pages have shorter paths.
    on_b = client.get(on_b_paths[0], HTTP_HOST="b.example").content.decode()
    assert hrefs(on_b) == on_b_paths
    # And back on a.example: a's own fragment, not b's.
    again = signed_in(UserFactory()).get(on_a_paths[1], HTTP_HOST="a.example").content.decode()
    assert hrefs(again) == on_a_paths


def test_a_preview_or_a_request_without_a_stamp_is_never_kept(course):
    from content.shared import _GENERATION

    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/")
    request._wagtail_site = site
    setattr(request, _GENERATION, "stamp-1")
    request.is_preview = True
    assert fragments.kept(request, ("test", 1), lambda: "draft") == "draft"
    assert fragments.kept(request, ("test", 1), lambda: "second") == "second"  # nothing kept
    request.is_preview = False
    assert fragments.kept(request, ("test", 1), lambda: "live") == "live"
    assert fragments.kept(request, ("test", 1), lambda: "not rendered") == "live"
    setattr(request, _GENERATION, "stamp-2")  # content changed
    assert fragments.kept(request, ("test", 1), lambda: "new") == "new"
    delattr(request, _GENERATION)
    assert fragments.kept(request, ("test", 1), lambda: "unstamped") == "unstamped"


def test_markers_are_filled_per_visitor_and_unknown_ones_vanish():
    html = (
        f'<li class="{fragments.mark("li", 7)}{fragments.mark("current", 7)}">'
        f"{fragments.mark('tick', 7)}{fragments.mark('nonsense', 7)}</li>"
    )
    assert (
        fragments.fill(html, done_ids={7}, current_id=7) == '<li class="is-done is-current">✓</li>'
    )
    assert fragments.fill(html, done_ids={8}, current_id=8) == '<li class=""></li>'
    # Text that merely looks like a marker (without this process's nonce) is left alone.
    assert fragments.fill("\x02abc:tick:7\x03") == "\x02abc:tick:7\x03"
