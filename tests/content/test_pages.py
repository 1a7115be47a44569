import pytest
from bs4 import BeautifulSoup
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from content.models import CatalogPage, CoursePage, HomePage, LessonPage
from courses.services import enrollment_create, lesson_complete
from tests.factories import CreditTypeFactory, UserFactory, catalog_page, make_course, make_lesson

pytestmark = pytest.mark.django_db

ALL_BLOCKS = [
    ("text", "<h2>Heading</h2><p>Some <b>bold</b> text.</p>"),
    ("key_points", {"heading": "Key points", "points": ["Point one", "Point two"]}),
    ("checklist", {"title": "Before you post", "source": "NCSBN [2]", "items": ["No names"]}),
    ("callout", {"kind": "legal", "title": "Check local law", "text": "<p>Varies.</p>"}),
    ("quote", {"text": "First, do no harm.", "source": "Traditional"}),
    (
        "social_post",
        {
            "platform": "tiktok",
            "author_role": "ED nurse",
            "text": "Wild night shift!",
            "year": 2023,
            "likes": 1250,
            "comments": 37,
            "shares": 4,
        },
    ),
    ("reflection", {"prompt": "What would you post instead?"}),
    ("video", {"url": "https://youtu.be/abcdefghijk", "title": "A talk", "transcript": "Hi."}),
]


def test_tree_rules():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert CatalogPage.allowed_parent_page_models() == [HomePage]
    assert CoursePage.allowed_parent_page_models() == [CatalogPage]
    assert LessonPage.allowed_parent_page_models() == [CoursePage]
    assert CatalogPage.allowed_subpage_models() == [CoursePage]
    assert LessonPage.allowed_subpage_models() == []


def test_every_block_type_renders(client):
    image = Image.objects.create(title="Ward", file=get_test_image_file())
    course = make_course(lessons=0)
    body = [*ALL_BLOCKS, ("image", {"image": image, "alt_text": "An empty ward", "caption": ""})]
    lesson = make_lesson(course=course, body=body, slug="all-blocks")
    response = client.get(lesson.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    body_html = soup.select_one(".lesson-body")
    assert body_html.select_one(".block-text h2").text == "Heading"
    assert [li.text for li in body_html.select(".key-points li")] == ["Point one", "Point two"]
    assert body_html.select_one(".checklist-source").text == "Source: NCSBN [2]"
    assert "callout-legal" in body_html.select_one(".callout")["class"]
    assert body_html.select_one(".quote figcaption").text == "— Traditional"
    post = body_html.select_one(".post-card.post-tiktok")
    assert post.select_one(".post-author").text == "ED nurse"
    assert post.select_one(".post-meta").text == "TikTok · 2023"
    assert post.select_one(".post-engagement").text.split() == [
        "♥", "1.2K", "likes", "💬", "37", "comments", "↻", "4", "shares"
    ]  # fmt: skip
    assert body_html.select_one(".reflection .reflection-prompt").text.strip() == (
        "What would you post instead?"
    )
    assert body_html.select_one(".video iframe")["src"] == (
        "https://www.youtube-nocookie.com/embed/abcdefghijk"
    )
    assert body_html.select_one(".transcript summary").text == "Transcript"
    assert body_html.select_one(".transcript p").text == "Hi."
    assert body_html.select_one(".lesson-image img")["alt"] == "An empty ward"


def test_reflection_form_for_logged_in_learner_prefills_note(client):
    user = UserFactory()
    course = make_course(lessons=0)
    lesson = make_lesson(course=course, body=[ALL_BLOCKS[6]], slug="reflect")
    block_id = lesson.body[0].id
    client.force_login(user)
    response = client.post(
        f"/learn/lessons/{lesson.pk}/reflections/{block_id}/", {"text": "My private note"}
    )
    assert response.status_code == 302
    assert response.url == f"{lesson.url}#reflection-{block_id}"
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert soup.select_one(f"#note-{block_id}").text == "My private note"
    assert soup.select_one(f"label[for=note-{block_id}]").text == "Your private note"


def test_course_page_shows_ticks_progress_and_resume(client):
    credit = CreditTypeFactory(name="Test Credit™", designation_statement="Max {amount} credits.")
    course = make_course(lessons=3, credit_type=credit, credit_amount="1.50")
    user = UserFactory()
    enrollment_create(user=user, course=course)
    first, second, _ = course.lessons()
    lesson_complete(user=user, lesson=first)
    client.force_login(user)
    soup = BeautifulSoup(client.get(course.url).content, "html.parser")
    done = [li.a.text for li in soup.select(".lesson-list li.is-done")]
    assert done == [first.title]
    bar = soup.select_one("[role=progressbar]")
    assert bar["aria-valuenow"] == "33"
    assert soup.select_one(".course-actions a.button").text == f"Resume: {second.title}"
    assert "Max 1.5 credits." in soup.select_one(".credit").text


def test_course_page_for_anonymous_visitor_invites_login(client):
    course = make_course()
    soup = BeautifulSoup(client.get(course.url).content, "html.parser")
    assert soup.select_one(".course-actions a.button").text == "Log in to start"
    assert soup.find("main")["id"] == "main"


def test_lesson_page_previous_next_and_mark_complete(client):
    course = make_course(lessons=3)
    first, second, third = course.lessons()
    user = UserFactory()
    enrollment_create(user=user, course=course)
    client.force_login(user)
    soup = BeautifulSoup(client.get(second.url).content, "html.parser")
    assert soup.select_one("a[rel=prev]")["href"] == first.url
    assert soup.select_one("a[rel=next]")["href"] == third.url
    form = soup.select_one("form[data-complete-form]")
    response = client.post(form["action"])
    assert response.status_code == 302
    assert response.url == third.url
    soup = BeautifulSoup(client.get(second.url).content, "html.parser")
    assert soup.select_one(".lesson-complete .badge").text == "✓ Completed"


def test_catalog_search_and_filters(client):
    credit = CreditTypeFactory(slug="ama-test", name="AMA test")
    a = make_course(title="Privacy online", audience=["nurse"], estimated_minutes=20)
    b = make_course(
        title="Misinformation", audience=["physician"], estimated_minutes=95, credit_type=credit,
        credit_amount=1,
    )  # fmt: skip
    make_lesson(course=a, title="Hashtags that identify", slug="hashtags")
    url = catalog_page().url

    def titles(query: str) -> list[str]:
        soup = BeautifulSoup(client.get(url + query).content, "html.parser")
        return [h.text for h in soup.select(".course-card h3")]

    assert titles("") == [a.title, b.title]
    assert titles("?profession=physician") == [b.title]
    assert titles("?credit_type=ama-test") == [b.title]
    assert titles("?length=short") == [a.title]
    assert titles("?length=long") == [b.title]
    assert titles("?q=misinformation") == [b.title]
    assert titles("?q=hashtags") == [a.title]  # found through one of its lessons


def test_unpublished_course_is_not_in_catalog(client):
    a = make_course()
    b = make_course()
    b.unpublish()
    soup = BeautifulSoup(client.get(catalog_page().url).content, "html.parser")
    assert [h.text for h in soup.select(".course-card h3")] == [a.title]


# --- Admin form: required fields are enforced ---------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_admin_refuses_course_without_summary(admin_client):
    catalog = catalog_page()
    data = nested_form_data(
        {
            "title": "No summary",
            "slug": "no-summary",
            "summary": "",
            "objectives": streamfield([("objective", "Explain things.")]),
            "estimated_minutes": 30,
            "level": "introductory",
            "version": "1.0",
            "references": streamfield([]),
            "disclosures": streamfield([]),
            "credits": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["audience"] = ["nurse"]
    response = admin_client.post(f"/cms/pages/add/content/coursepage/{catalog.pk}/", data)
    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    assert not CoursePage.objects.filter(slug="no-summary").exists()


def test_admin_accepts_complete_course(admin_client):
    catalog = catalog_page()
    data = nested_form_data(
        {
            "title": "Complete",
            "slug": "complete",
            "summary": "All there.",
            "objectives": streamfield([("objective", "Explain things.")]),
            "estimated_minutes": 30,
            "level": "introductory",
            "version": "1.0",
            "references": streamfield([]),
            "disclosures": streamfield([]),
            "credits": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["audience"] = ["nurse"]
    response = admin_client.post(f"/cms/pages/add/content/coursepage/{catalog.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert CoursePage.objects.get(slug="complete").audience == ["nurse"]


@pytest.mark.parametrize(
    ("block", "field"),
    [
        (("video", {"url": "https://youtu.be/abcdefghijk", "title": "T", "transcript": ""}), None),
        (("image", {"image": "", "alt_text": "", "caption": ""}), None),
    ],
)
def test_admin_refuses_lesson_block_missing_required_field(admin_client, block, field):
    course = make_course(lessons=0)
    kind, value = block
    if kind == "image":
        value["image"] = Image.objects.create(title="x", file=get_test_image_file()).pk
    data = nested_form_data(
        {
            "title": "Bad lesson",
            "slug": "bad-lesson",
            "estimated_minutes": 5,
            "body": streamfield([(kind, value)]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/cms/pages/add/content/lessonpage/{course.pk}/", data)
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not LessonPage.objects.filter(slug="bad-lesson").exists()


def test_text_block_admin_roundtrip(admin_client):
    course = make_course(lessons=0)
    data = nested_form_data(
        {
            "title": "Good lesson",
            "slug": "good-lesson",
            "estimated_minutes": 5,
            "body": streamfield([("text", rich_text("<p>Hello</p>"))]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/cms/pages/add/content/lessonpage/{course.pk}/", data)
    assert response.status_code == 302
    assert LessonPage.objects.get(slug="good-lesson").live
