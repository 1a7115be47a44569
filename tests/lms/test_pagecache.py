"""The personalised page cache (lms/pagecache.py): what is kept, for whom, and every change that
must show on the next visit. The page cache is on for the whole suite (lms/settings/test.py)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from accounts.backends import cache_key as user_cache_key
from courses.models import Enrollment
from courses.services import enrollment_create
from institutions.compliance.rosters import roster_import_create, roster_import_process
from lms import pagecache
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def visit(client: Client, url: str) -> tuple[int, str | None, str]:
    response = client.get(url)
    return response.status_code, response.get(pagecache.HEADER), response.content.decode()


def signed_in(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


@pytest.fixture
def course():
    return make_course(title="Boundaries online", lessons=2)


@pytest.fixture
def lesson(course):
    return course.lessons().first()


@pytest.fixture
def learner():
    return UserFactory(display_name="Ada Nurse")


def test_second_visit_is_served_from_the_cache_without_the_view(
    learner, lesson, django_assert_num_queries
):
    client = signed_in(learner)
    status, outcome, first = visit(client, lesson.url)
    assert (status, outcome) == (200, "MISS")
    # Tests keep sessions in the database: the session row is the only query of a kept page.
    with django_assert_num_queries(1):
        response = client.get(lesson.url)
    assert response.status_code == 200
    assert response[pagecache.HEADER] == "HIT"
    assert response["Cache-Control"] == "private"
    assert response["Vary"] == "Cookie"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    again = response.content.decode()
    # The same page, apart from the freshly masked CSRF tokens.
    assert TOKEN.sub("", again) == TOKEN.sub("", first)
    assert TOKEN.findall(again) and TOKEN.findall(again) != TOKEN.findall(first)


def test_a_page_kept_by_another_worker_is_then_found_before_routing(learner, lesson):
    client = signed_in(learner)
    assert visit(client, lesson.url)[1] == "MISS"
    pagecache._KNOWN.clear()  # as in a worker that did not render it
    assert visit(client, lesson.url)[1] == "HIT"  # found after routing…
    assert lesson.url in pagecache._KNOWN  # …and from now on before it
    assert visit(client, lesson.url)[1] == "HIT"


def test_a_kept_form_posts_with_each_browsers_own_csrf_token(learner, course, lesson):
    enrollment_create(user=learner, course=course)
    laptop = signed_in(learner, enforce_csrf_checks=True)
    phone = signed_in(learner, enforce_csrf_checks=True)
    assert visit(laptop, lesson.url)[1] == "MISS"
    laptop_token = TOKEN.findall(visit(laptop, lesson.url)[2])[0]
    status, outcome, html = visit(phone, lesson.url)
    assert (status, outcome) == (200, "HIT")
    phone_token = TOKEN.findall(html)[0]
    # The laptop's token is refused on the phone; the token the kept page gave the phone works.
    url = f"/learn/lessons/{lesson.pk}/complete/"
    assert phone.post(url, {"csrfmiddlewaretoken": laptop_token}).status_code == 403
    assert phone.post(url, {"csrfmiddlewaretoken": phone_token}).status_code == 302


def test_each_learner_action_shows_on_the_next_visit(learner, course, lesson):
    client = signed_in(learner)
    assert "Enroll in “Boundaries online”" in visit(client, lesson.url)[2]
    assert visit(client, lesson.url)[1] == "HIT"

    client.post(f"/learn/courses/{course.pk}/enroll/", HTTP_ACCEPT="application/json")
    client.cookies.pop("messages", None)
    _, outcome, html = visit(client, lesson.url)
    assert (outcome, "Mark complete and continue" in html) == ("MISS", True)

    client.post(f"/learn/lessons/{lesson.pk}/complete/", HTTP_ACCEPT="application/json")
    _, outcome, html = visit(client, lesson.url)
    assert (outcome, "✓ Completed" in html, "1 of 2 lessons done" in html) == ("MISS", True, True)
    assert visit(client, lesson.url)[1] == "HIT"


def test_a_saved_reflection_note_shows_on_the_next_visit(learner, course):
    lesson = course.lessons().first()
    lesson.body = [("reflection", {"prompt": "What would you post?"})]
    lesson.save_revision().publish()
    client = signed_in(learner)
    block_id = lesson.specific.body[0].id
    assert visit(client, lesson.url)[1] == "MISS"
    assert visit(client, lesson.url)[1] == "HIT"
    response = client.post(
        f"/learn/lessons/{lesson.pk}/reflections/{block_id}/",
        {"text": "Nothing that identifies a patient."},
        HTTP_ACCEPT="application/json",
    )
    assert response.json() == {"saved": True}
    _, outcome, html = visit(client, lesson.url)
    assert outcome == "MISS"
    assert ">Nothing that identifies a patient.</textarea>" in html


def test_one_learners_page_is_never_served_to_another(learner, course, lesson):
    enrollment_create(user=learner, course=course)
    other = UserFactory()
    enrolled, not_enrolled = signed_in(learner), signed_in(other)
    assert "Mark complete" in visit(enrolled, lesson.url)[2]
    _, outcome, html = visit(not_enrolled, lesson.url)
    assert (outcome, "Mark complete" in html, "Enroll in" in html) == ("MISS", False, True)
    anonymous = Client()
    _, outcome, html = visit(anonymous, lesson.url)
    assert (outcome, "Log in</a> to track your progress" in html) == ("MISS", True)
    assert visit(anonymous, lesson.url)[1] == "HIT"
    assert "Mark complete" in visit(enrolled, lesson.url)[2]


def test_publishing_unpublishing_and_restricting_a_page_show_at_once(learner, lesson):
    client = signed_in(learner)
    visit(client, lesson.url)
    assert visit(client, lesson.url)[1] == "HIT"
    lesson.title = "Boundaries, revised"
    lesson.save_revision().publish()
    _, outcome, html = visit(client, lesson.url)
    assert (outcome, "Boundaries, revised" in html) == ("MISS", True)

    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    assert visit(client, lesson.url)[:2] == (200, None)  # served, never kept
    assert visit(client, lesson.url)[:2] == (200, None)
    signed_out = Client().get(lesson.url)  # the restriction itself still applies
    assert (signed_out.status_code, signed_out.url) == (302, f"/accounts/login/?next={lesson.url}")
    PageViewRestriction.objects.filter(page=lesson).delete()
    assert visit(client, lesson.url)[1] == "MISS"

    lesson.unpublish()
    assert visit(client, lesson.url)[:2] == (404, None)


def test_a_waiting_message_is_shown_not_a_kept_page(learner, course, lesson):
    client = signed_in(learner)
    visit(client, lesson.url)
    assert visit(client, lesson.url)[1] == "HIT"
    # Completing without enrolling redirects back with an error message.
    response = client.post(f"/learn/lessons/{lesson.pk}/complete/")
    assert response.status_code == 302
    status, outcome, html = visit(client, lesson.url)
    assert (status, outcome) == (200, None)
    assert "Enroll in “Boundaries online” before completing its lessons." in html
    assert visit(client, lesson.url)[1] == "HIT"  # shown once; the kept page is still current


def test_searches_are_not_kept(learner, course):
    client = signed_in(learner)
    assert visit(client, "/catalog/?q=boundaries")[1] is None
    assert visit(client, "/catalog/?q=boundaries")[1] is None
    assert visit(client, "/catalog/")[1] == "MISS"


def test_a_deactivated_or_repassworded_user_is_signed_out_of_kept_pages(learner, lesson):
    client = signed_in(learner)
    visit(client, lesson.url)
    assert visit(client, lesson.url)[1] == "HIT"
    learner.set_password("a new passphrase for ethos")
    learner.save()
    html = visit(client, lesson.url)[2]
    assert "Log in</a> to track your progress" in html  # the old session no longer authenticates

    client = signed_in(learner)
    visit(client, lesson.url)
    learner.is_active = False
    learner.save()
    assert "Log in</a> to track your progress" in visit(client, lesson.url)[2]


def test_becoming_an_institution_admin_shows_the_compliance_link(learner, lesson):
    institution = InstitutionFactory(name="Riverside Health")
    client = signed_in(learner)
    assert "Riverside Health compliance" not in visit(client, lesson.url)[2]
    membership = MembershipFactory(user=learner, institution=institution, role="learner")
    visit(client, lesson.url)
    membership.role = "admin"
    membership.save()
    assert "Riverside Health compliance" in visit(client, lesson.url)[2]
    institution.name = "Riverside Health System"
    institution.save()
    assert "Riverside Health System compliance" in visit(client, lesson.url)[2]


def test_a_roster_import_updates_the_pages_of_the_people_in_it(learner, lesson):
    institution = InstitutionFactory(name="Lakeside Clinic")
    admin = MembershipFactory(institution=institution, role="admin").user
    MembershipFactory(user=learner, institution=institution, role="learner")
    client = signed_in(learner)
    assert "Lakeside Clinic compliance" not in visit(client, lesson.url)[2]
    assert visit(client, lesson.url)[1] == "HIT"
    # Rosters write in bulk (no model signals); the import names whom it changed.
    roster = roster_import_create(
        actor=admin,
        institution=institution,
        filename="roster.csv",
        content=f"email,name,role\n{learner.email},Ada Nurse,manager\n",
    )
    assert roster_import_process(roster_import_id=roster.pk).status == "succeeded"
    _, outcome, html = visit(client, lesson.url)
    assert (outcome, "Lakeside Clinic compliance" in html) == ("MISS", True)


def test_a_lost_generation_never_brings_back_an_old_page(learner, course, lesson):
    client = signed_in(learner)
    visit(client, lesson.url)
    cache.delete(pagecache.CONTENT_KEY)  # evicted, or Redis restarted without its data
    Enrollment.objects.create(user=learner, course=course)  # a write the cache did not see…
    cache.delete(f"pagecache:gen:u:{learner.pk}")
    _, outcome, html = visit(client, lesson.url)
    assert (outcome, "Mark complete" in html) == ("MISS", True)  # …still shows


def test_bumps_happen_now_and_again_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        pagecache.bump_users([7])
        during = cache.get("pagecache:gen:u:7")
        assert during is not None
    assert len(callbacks) == 1
    callbacks[0]()
    assert cache.get("pagecache:gen:u:7") not in (None, during)


def test_off_means_off(settings, learner, lesson):
    settings.PAGE_CACHE = False
    client = signed_in(learner)
    assert visit(client, lesson.url)[1] is None
    assert visit(client, lesson.url)[1] is None


def test_on_by_default_only_with_a_shared_cache():
    base = Path(settings.BASE_DIR, "lms", "settings", "base.py").read_text()
    assert 'PAGE_CACHE = env.bool("PAGE_CACHE", default=CACHE_IS_SHARED)' in base


def test_templates_put_csrf_tokens_only_where_the_cache_can_replace_them():
    # The page cache swaps the value of {% csrf_token %}'s hidden input; a token printed any
    # other way ({{ csrf_token }}) would be kept and handed to another browser.
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        assert "{{ csrf_token" not in template.read_text(), template


def test_the_signed_in_users_row_is_read_from_the_cache(learner, django_assert_num_queries):
    client = signed_in(learner)
    client.get("/my-learning/")
    assert cache.get(user_cache_key(learner.pk)).pk == learner.pk
    learner.display_name = "Ada R. Nurse"
    learner.save()
    assert cache.get(user_cache_key(learner.pk)) is None  # dropped on save


def test_ids_longer_than_any_row_are_not_found(api_client, learner):
    huge = "182584464786949588300638770429952"
    response = api_client.get(f"/api/v1/courses/{huge}/")
    assert response.status_code == 404
    assert response.json()["error"]["status"] == 404
    api_client.force_authenticate(learner)
    assert api_client.get(f"/api/v1/certificates/{huge}/").status_code == 404
