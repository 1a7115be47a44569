"""The personalised page cache (core/pagecache.py): what is kept, for whom, and every change that
must show on the next visit. The page cache is on for the whole suite (lms/settings/test.py)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from accounts.backends import cache_key as user_cache_key
from compliance.rosters import roster_import_create, roster_import_process
from core import pagecache
from courses.models import Enrollment
from courses.services import enrollment_create
from tests.bulkwrites import APPS, unbumped_bulk_writes
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def visit(client: Client, url: str) -> tuple[int, str | None, str]:
    response = client.get(url)
    return response.status_code, response.get(pagecache.HEADER), response.content.decode()


def visit_host(client: Client, url: str, host: str) -> tuple[int, str | None, str]:
    response = client.get(url, HTTP_HOST=host)
    return response.status_code, response.get(pagecache.HEADER), response.content.decode()


def signed_in(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


DB_SESSIONS = "django.contrib.sessions.backends.db"


@pytest.fixture(autouse=True, params=[DB_SESSIONS, "core.sessions"])
def session_engine(request, settings):
    """Every guarantee holds with the sessions the suite keeps in the database and with the ones
    production reads in the page cache's lookup batch (core.sessions: the session is read with the
    batch once this process has seen it signed in)."""
    settings.SESSION_ENGINE = request.param
    pagecache._SESSION_USERS.clear()
    yield request.param
    pagecache._SESSION_USERS.clear()


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
    learner, lesson, django_assert_num_queries, session_engine
):
    client = signed_in(learner)
    status, outcome, first = visit(client, lesson.url)
    assert (status, outcome) == (200, "MISS")
    # Sessions kept in the database: the session row is the only query of a kept page; read
    # through the cache (core.sessions), none.
    with django_assert_num_queries(1 if session_engine == DB_SESSIONS else 0):
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


def _headers(response) -> list[tuple[str, str]]:
    """The response's headers in order, with the per-response CSRF cookie left out."""
    return [(name, value) for name, value in response.items()]


@pytest.mark.parametrize("compress", [False, True])
def test_a_hit_sends_the_bytes_and_headers_of_the_page_kept(settings, learner, lesson, compress):
    """Kept as sent (the default) or zlib-compressed (PAGE_CACHE_COMPRESS): a hit answers the
    same body (apart from the fresh CSRF tokens) and the same headers, in the same order."""
    settings.PAGE_CACHE_COMPRESS = compress
    client = signed_in(learner)
    first = client.get(lesson.url)
    assert first[pagecache.HEADER] == "MISS"
    hit = client.get(lesson.url)
    assert hit[pagecache.HEADER] == "HIT"
    assert TOKEN.sub("", hit.content.decode()) == TOKEN.sub("", first.content.decode())
    miss_headers = [(n, v) for n, v in _headers(first) if n != pagecache.HEADER]
    hit_headers = [(n, v) for n, v in _headers(hit) if n != pagecache.HEADER]
    assert hit_headers == miss_headers
    assert list(hit.headers).index(pagecache.HEADER) == list(first.headers).index(pagecache.HEADER)
    again = client.get(lesson.url)
    assert _headers(again) == _headers(hit)


def test_a_page_kept_compressed_before_the_flag_existed_is_still_served(learner, lesson):
    """Pages kept by the code before PAGE_CACHE_COMPRESS (a 3-tuple with a zlib body) are served
    as they were until they expire."""
    import zlib

    client = signed_in(learner)
    first = client.get(lesson.url)
    assert first[pagecache.HEADER] == "MISS"
    [key] = [k.split(":", 2)[2] for k in cache._cache if ":pagecache:page:" in k]  # locmem
    stamp, headers, body, compressed = cache.get(key)
    assert compressed is False
    cache.set(key, (stamp, headers, zlib.compress(body, 1)), 60)
    hit = client.get(lesson.url)
    assert hit[pagecache.HEADER] == "HIT"
    assert TOKEN.sub("", hit.content.decode()) == TOKEN.sub("", first.content.decode())


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


def test_a_kept_pages_csrf_token_is_the_browsers_own_secret_freshly_masked(learner, course, lesson):
    enrollment_create(user=learner, course=course)
    browser = signed_in(learner, enforce_csrf_checks=True)
    assert visit(browser, lesson.url)[1] == "MISS"
    secret = browser.cookies[settings.CSRF_COOKIE_NAME].value
    masks = set()
    for _ in range(3):
        response = browser.get(lesson.url)
        assert response[pagecache.HEADER] == "HIT"
        tokens = TOKEN.findall(response.content.decode())
        assert tokens and {_unmask_cipher_token(token) for token in tokens} == {secret}
        masks.add(tokens[0][:32])
        # As Django's get_token: the cookie is sent again, its expiry renewed.
        assert response.cookies[settings.CSRF_COOKIE_NAME].value == secret
    assert len(masks) == 3


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


def test_a_wrong_guess_of_whose_session_it_is_never_serves_the_guessed_users_page(
    learner, course, lesson
):
    """The user a session was last seen as is only a guess (pagecache._guess): the page served
    is always the page of whoever the session read authenticates."""
    enrollment_create(user=learner, course=course)
    enrolled, other = signed_in(learner), signed_in(UserFactory())
    assert visit(enrolled, lesson.url)[1] == "MISS"
    assert visit(enrolled, lesson.url)[1] == "HIT"  # the learner's page is kept
    assert visit(other, lesson.url)[1] == "MISS"
    # This process now wrongly believes the other browser's session is the learner's.
    pagecache._SESSION_USERS[hash(other.session.session_key)] = learner.pk
    status, outcome, html = visit(other, lesson.url)
    assert (status, outcome) == (200, "HIT")
    assert ("Mark complete" in html, "Enroll in" in html) == (False, True)
    assert "Mark complete" in visit(enrolled, lesson.url)[2]


def test_a_signed_out_session_brought_back_gets_the_signed_out_page(learner, course, lesson):
    enrollment_create(user=learner, course=course)
    browser = signed_in(learner)
    visit(browser, lesson.url)
    assert "Mark complete" in visit(browser, lesson.url)[2]
    old_cookie = browser.cookies[settings.SESSION_COOKIE_NAME].value
    assert browser.post("/accounts/logout/").status_code == 302
    replayed = Client()
    replayed.cookies[settings.SESSION_COOKIE_NAME] = old_cookie
    status, _, html = visit(replayed, lesson.url)
    assert status == 200
    assert ("Mark complete" in html, "Log in</a> to track your progress" in html) == (False, True)


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


# --- The key: one kept page per host ---------------------------------------------------------


def test_two_sites_never_share_a_kept_page(settings, learner, course):
    from content.models import CatalogPage

    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    catalog = CatalogPage.objects.get()
    Site.objects.filter(is_default_site=True).update(hostname="a.example")
    Site.objects.create(hostname="b.example", port=80, root_page=catalog)
    client = signed_in(learner)
    status, outcome, html = visit_host(client, "/", "a.example")
    assert (status, outcome, "Use social media well, in healthcare" in html) == (200, "MISS", True)
    assert visit_host(client, "/", "a.example")[:2] == (200, "HIT")
    # The same path on the other Site is that Site's own page, rendered for it and kept apart.
    status, outcome, html = visit_host(client, "/", "b.example")
    assert (status, outcome) == (200, "MISS")
    assert "Use social media well, in healthcare" not in html
    assert "Boundaries online" in html  # b.example's root is the catalog
    assert visit_host(client, "/", "b.example")[:2] == (200, "HIT")
    assert "Use social media well" in visit_host(client, "/", "a.example")[2]


def test_the_same_host_on_another_port_is_another_key(settings, course):
    settings.ALLOWED_HOSTS = ["a.example"]
    anonymous = Client()
    assert visit_host(anonymous, "/catalog/", "a.example")[1] == "MISS"
    assert visit_host(anonymous, "/catalog/", "a.example")[1] == "HIT"
    assert visit_host(anonymous, "/catalog/", "a.example:8443")[1] == "MISS"
    assert visit_host(anonymous, "/catalog/", "A.EXAMPLE")[1] == "HIT"  # host names fold case


# --- Invalidation is registered by each app, for its own models ------------------------------


def test_no_model_signal_receiver_listens_to_every_model():
    # A receiver without a sender runs on every save in the project and, for deletes, turns off
    # Django's fast delete for every model. (Wagtail's own pre_save locale default is not ours.)
    from django.db.models import signals

    for name in ("pre_delete", "post_delete", "post_save", "m2m_changed"):
        signal = getattr(signals, name)
        signal._clear_dead_receivers()
        everyone = [entry for entry in signal.receivers if entry[0][1] == id(None)]
        assert everyone == [], f"{name} has a receiver for every sender: {everyone}"


@pytest.mark.parametrize(
    "label",
    [
        # Bulk-deleted (clearsessions, Wagtail's reference index rebuilds, retention of
        # compliance history and import rows), and nothing of theirs shows on a kept page.
        "sessions.Session",
        "wagtailcore.ReferenceIndex",
        "compliance.ComplianceSnapshot",
        "quizzes.PostImportRow",
        "quizzes.ResponseChoice",
    ],
)
def test_rows_deleted_in_bulk_are_fast_deleted(label):
    from django.apps import apps
    from django.db.models.deletion import Collector

    model = apps.get_model(label)
    assert Collector(using="default").can_fast_delete(model.objects.filter(pk__in=[1, 2]))


@pytest.mark.parametrize(
    "label",
    ["courses.LessonProgress", "courses.ReflectionNote", "institutions.Membership"],
)
def test_rows_a_kept_page_shows_are_deleted_one_by_one_so_their_receivers_run(label):
    from django.apps import apps
    from django.db.models.deletion import Collector
    from django.db.models.signals import post_delete

    model = apps.get_model(label)
    assert post_delete.has_listeners(model)
    assert not Collector(using="default").can_fast_delete(model.objects.filter(pk__in=[1, 2]))


def test_pagecache_names_no_other_apps_models():
    source = Path(settings.BASE_DIR, "core", "pagecache.py").read_text()
    for label in ("courses.", "quizzes.", "certificates.", "institutions.", "content."):
        assert f'"{label}' not in source


def test_deleting_lesson_ticks_in_bulk_shows_on_the_next_visit(learner, course, lesson):
    from courses.models import LessonProgress

    enrollment_create(user=learner, course=course)
    client = signed_in(learner)
    client.post(f"/learn/lessons/{lesson.pk}/complete/", HTTP_ACCEPT="application/json")
    assert "1 of 2 lessons done" in visit(client, lesson.url)[2]
    assert visit(client, lesson.url)[1] == "HIT"
    LessonProgress.objects.filter(enrollment__user=learner).delete()
    _, outcome, html = visit(client, lesson.url)
    assert (outcome, "0 of 2 lessons done" in html) == ("MISS", True)


def test_a_new_credit_type_name_shows_on_the_next_visit(learner, course):
    from tests.factories import CreditTypeFactory

    credit = CreditTypeFactory(name="AMA PRA Category 1 Credit™")
    course.credit_type = credit
    course.credit_amount = 1
    course.save_revision().publish()
    client = signed_in(learner)
    assert "AMA PRA Category 1 Credit™" in visit(client, course.url)[2]
    assert visit(client, course.url)[1] == "HIT"
    credit.name = "Nursing contact hours"
    credit.save()
    _, outcome, html = visit(client, course.url)
    assert (outcome, "Nursing contact hours" in html) == ("MISS", True)


# --- Replaced images and documents -----------------------------------------------------------


def _image(title="Consent form"):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    png = BytesIO()
    PILImage.new("RGB", (200, 100), "teal").save(png, "PNG")
    png = png.getvalue()
    return Image.objects.create(title=title, file=SimpleUploadedFile("dot.png", png))


@pytest.mark.parametrize("change", ["image saved", "image deleted", "renditions deleted"])
def test_a_replaced_image_makes_kept_pages_stale(settings, tmp_path, learner, lesson, change):
    settings.MEDIA_ROOT = str(tmp_path)
    image = _image()
    image.get_rendition("width-100")
    client = signed_in(learner)
    visit(client, lesson.url)
    assert visit(client, lesson.url)[1] == "HIT"
    if change == "image saved":
        image.title = "Consent form, replaced"
        image.save()
    elif change == "image deleted":
        image.delete()
    else:
        image.renditions.all().delete()
    assert visit(client, lesson.url)[1] == "MISS"


def test_a_new_rendition_does_not_make_kept_pages_stale(settings, tmp_path, learner, lesson):
    # Renditions are made while pages render; a kept page never shows one that did not exist.
    settings.MEDIA_ROOT = str(tmp_path)
    image = _image()
    client = signed_in(learner)
    visit(client, lesson.url)
    image.get_rendition("width-100")
    assert visit(client, lesson.url)[1] == "HIT"


@pytest.mark.parametrize("change", ["saved", "deleted"])
def test_a_replaced_document_makes_kept_pages_stale(settings, tmp_path, learner, lesson, change):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    settings.MEDIA_ROOT = str(tmp_path)
    document = Document.objects.create(title="Policy", file=ContentFile(b"v1", name="policy.txt"))
    client = signed_in(learner)
    visit(client, lesson.url)
    assert visit(client, lesson.url)[1] == "HIT"
    if change == "saved":
        document.file = ContentFile(b"v2", name="policy-v2.txt")
        document.save()
    else:
        document.delete()
    assert visit(client, lesson.url)[1] == "MISS"


# --- A hit runs the view's decorators ---------------------------------------------------------


@pytest.mark.urls("tests.lms.pagecache_urls")
def test_a_permission_checked_page_is_never_served_to_someone_who_fails_the_check():
    from django.contrib.auth.models import Group, Permission

    reviewers = Group.objects.create(name="Queue reviewers")
    reviewers.permissions.add(Permission.objects.get(codename="change_postcase"))
    reviewer = UserFactory(email="rev@example.org")
    reviewer.groups.add(reviewers)
    client = signed_in(reviewer)
    assert visit(client, "/review-queue/")[:2] == (200, "MISS")
    status, outcome, html = visit(client, "/review-queue/")
    assert (status, outcome, "Review queue for rev@example.org" in html) == (200, "HIT", True)
    # Losing the permission (a group change: no row of theirs is saved, no stamp moves)…
    reviewer.groups.remove(reviewers)
    status, outcome, html = visit(client, "/review-queue/")
    assert (status, outcome, "Review queue" in html) == (403, None, False)  # …refuses at once
    # Someone else, signed in without the permission or signed out, never sees it either.
    assert visit(signed_in(UserFactory()), "/review-queue/")[:2] == (403, None)
    signed_out = Client().get("/review-queue/")
    assert (signed_out.status_code, signed_out.url) == (302, "/accounts/login/?next=/review-queue/")


def test_keep_refuses_a_view_already_wrapped_by_a_decorator():
    from django.contrib.auth.decorators import login_required
    from django.core.exceptions import ImproperlyConfigured
    from django.views.generic import TemplateView

    def page(request):
        return HttpResponse("")

    with pytest.raises(ImproperlyConfigured) as refused:
        pagecache.keep()(login_required(page))
    assert str(refused.value) == (
        "pagecache.keep() must be the innermost decorator of tests.lms.test_pagecache.page: "
        "a kept page's hit returns from inside keep(), so a decorator under it would be skipped."
    )
    with pytest.raises(ImproperlyConfigured, match="innermost decorator"):
        pagecache.keep()(TemplateView.as_view(template_name="base.html"))


def test_a_page_hook_the_cache_would_skip_stops_the_page_cache():
    from django.core.exceptions import ImproperlyConfigured
    from wagtail import hooks

    def block_interns(page, request, serve_args, serve_kwargs):
        return None

    with (
        hooks.register_temporarily("before_serve_page", block_interns),
        pytest.raises(ImproperlyConfigured) as refused,
    ):
        pagecache.PageCacheMiddleware(lambda request: HttpResponse(""))
    assert str(refused.value) == (
        "The page cache would serve kept Wagtail pages without running the before_serve_page "
        "hook tests.lms.test_pagecache.block_interns: run its check in a view restriction, or "
        "let the page decline the cache (do not call pagecache.allow) where it applies."
    )


# --- Bulk writes bump too ---------------------------------------------------------------------

BUMPS = {"bump_content", "bump_users", "bump"}


def _watched_model_names() -> set[str]:
    """Models one of our apps listens to on save to bump the page cache: their bulk writes skip
    those receivers. (Receivers for other purposes, e.g. compliance's precomputed statuses,
    have their own bulk-write rule and tests.)"""
    from django.apps import apps
    from django.db.models.signals import post_save

    names = set()
    for model in apps.get_models():
        sync_receivers, async_receivers = post_save._live_receivers(model)
        if any(
            r.__module__.split(".")[0] in APPS and "pagecache" in getattr(r, "__globals__", {})
            for r in sync_receivers + async_receivers
        ):
            names.add(model.__name__)
    return names


def test_every_bulk_write_of_a_watched_model_bumps_the_page_cache():
    # queryset.update(), bulk_create() and bulk_update() send no model signals: a module that
    # writes a watched model in bulk must name whom it changed (bump_users) or bump everything.
    watched = _watched_model_names()
    assert {"User", "Enrollment", "LessonProgress", "Membership", "Certificate"} <= watched
    missing, checked = unbumped_bulk_writes(watched, BUMPS)
    assert "rosters.py" in checked and "seed_demo.py" in checked  # the scan does find them
    assert missing == []


@pytest.mark.parametrize(
    "cache_control, vary",
    [
        (None, None),
        ("max-age=60", None),
        ("public, max-age=60", "Accept-Language"),
        (None, "Cookie"),
        ("no-cache", "Accept-Encoding, Cookie"),
    ],
)
def test_private_headers_are_djangos_patches(cache_control, vary):
    """pagecache._private keeps the answer of Django's patch_cache_control(private=True) and
    patch_vary_headers(("Cookie",)) per header value: the same headers, in the same order."""
    from django.utils.cache import patch_cache_control, patch_vary_headers

    def response():
        made = HttpResponse(b"page")
        made["X-Other"] = "1"
        if cache_control is not None:
            made["Cache-Control"] = cache_control
        if vary is not None:
            made["Vary"] = vary
        return made

    expected = response()
    patch_cache_control(expected, private=True)
    patch_vary_headers(expected, ("Cookie",))
    for _ in range(2):  # computed, then reused
        assert list(pagecache._private(response()).items()) == list(expected.items())
