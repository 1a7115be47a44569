import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision, Site

from content.loader import load_curriculum
from content.models import CatalogPage, CoursePage, CreditType, HomePage, LessonPage
from core.curriculum import CurriculumError
from courses.models import ReflectionNote
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "curriculum"


@pytest.fixture(autouse=True)
def content_loader_only(settings):
    settings.CURRICULUM_LOADERS = ["content.loader.load_courses"]


@pytest.fixture
def root(tmp_path) -> Path:
    target = tmp_path / "curriculum"
    shutil.copytree(FIXTURE, target)
    return target


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        sorted(Page.objects.values_list("path", "title", "live")),
        CreditType.objects.count(),
    )


def test_builds_tree_site_root_and_catalog(root):
    courses = load_curriculum(root=root)
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    catalog = CatalogPage.objects.get()
    assert catalog.url == "/catalog/"
    course = courses["demo-course"]
    assert course.url == "/catalog/demo-course/"
    assert [lesson.url for lesson in course.lessons()] == [
        "/catalog/demo-course/first-lesson/",
        "/catalog/demo-course/second-lesson/",
    ]
    assert course.credit_type.slug == "test-credit"
    assert course.credit_amount == Decimal("0.50")
    assert course.objective_list == ["Explain why this fixture exists.", "List the block types."]
    assert course.audience == ["nurse", "student"]


@pytest.mark.parametrize(
    ("site_url", "hostname", "port"),
    [
        ("http://127.0.0.1:8123", "127.0.0.1", 8123),
        ("https://ethos.example.org", "ethos.example.org", 443),
        ("http://localhost", "localhost", 80),
    ],
)
def test_default_site_follows_site_url(root, settings, site_url, hostname, port):
    """One source of truth for absolute links: the loader writes SITE_URL into the Wagtail Site."""
    settings.SITE_URL = site_url
    load_curriculum(root=root)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == (hostname, port)
    assert CatalogPage.objects.get().full_url == f"{site_url}/catalog/"


def test_markdown_is_converted_and_sanitised(root):
    load_curriculum(root=root)
    lesson = LessonPage.objects.get(slug="first-lesson")
    html = lesson.body[0].value.source
    assert "<h2>Why it matters</h2>" in html
    assert "<strong>work</strong>" in html
    assert '<a href="https://example.org/guide" rel="noopener noreferrer">the guide</a>' in html
    assert "<script" not in html
    assert lesson.body[3].value["text"].source == "<p>Rules differ <strong>by country</strong>.</p>"


def test_rerun_changes_nothing(root):
    load_curriculum(root=root)
    before = snapshot()
    call_command("load_curriculum", root=root, verbosity=0)
    assert snapshot() == before


def test_edit_publishes_a_new_revision_of_the_same_page(root):
    load_curriculum(root=root)
    lesson = LessonPage.objects.get(slug="second-lesson")
    revisions = lesson.revisions.count()
    path = root / "01-demo-course" / "lessons" / "02-second-lesson.yaml"
    path.write_text(path.read_text().replace("Second lesson", "Second lesson, revised"))
    load_curriculum(root=root)
    lesson.refresh_from_db()
    assert lesson.title == "Second lesson, revised"
    assert lesson.live
    assert lesson.revisions.count() == revisions + 1
    assert LessonPage.objects.filter(slug="second-lesson").count() == 1
    # The other lesson and the course were not touched.
    assert LessonPage.objects.get(slug="first-lesson").revisions.count() == 1
    assert CoursePage.objects.get().revisions.count() == 1


def test_reflection_block_ids_are_stable_across_revisions(root):
    load_curriculum(root=root)
    lesson = LessonPage.objects.get(slug="second-lesson")
    block_id = lesson.body[1].id
    note = ReflectionNote.objects.create(
        user=UserFactory(), lesson=lesson, block_id=block_id, text="mine"
    )
    path = root / "01-demo-course" / "lessons" / "02-second-lesson.yaml"
    path.write_text(path.read_text().replace("What would you post", "What could you post"))
    load_curriculum(root=root)
    lesson.refresh_from_db()
    assert lesson.body[1].id == note.block_id


def test_removed_lesson_is_unpublished_not_deleted(root):
    load_curriculum(root=root)
    (root / "01-demo-course" / "lessons" / "02-second-lesson.yaml").unlink()
    load_curriculum(root=root)
    lesson = LessonPage.objects.get(slug="second-lesson")
    assert lesson.live is False
    assert [p.slug for p in CoursePage.objects.get().lessons()] == ["first-lesson"]


def test_lesson_order_follows_file_names(root):
    load_curriculum(root=root)
    lessons = root / "01-demo-course" / "lessons"
    (lessons / "01-first-lesson.yaml").rename(lessons / "03-first-lesson.yaml")
    load_curriculum(root=root)
    assert [p.slug for p in CoursePage.objects.get().lessons()] == [
        "second-lesson",
        "first-lesson",
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "01-demo-course/lessons/01-first-lesson.yaml",
            "type: quote",
            "type: poll",
            "01-demo-course/lessons/01-first-lesson.yaml: body block 5: unknown block type 'poll' "
            "(allowed: text, key_points, checklist, callout, quote, social_post, reflection, "
            "video)",
        ),
        (
            "01-demo-course/lessons/02-second-lesson.yaml",
            'transcript: "Hello and welcome to this talk."',
            "",
            "01-demo-course/lessons/02-second-lesson.yaml: body block 3 (video): missing "
            "required field 'transcript'",
        ),
        (
            "01-demo-course/lessons/02-second-lesson.yaml",
            "likes: 1250",
            "likes: lots",
            "01-demo-course/lessons/02-second-lesson.yaml: body block 1 (social_post): 'likes' "
            "must be a whole number, not text",
        ),
        (
            "01-demo-course/course.yaml",
            "type: test-credit",
            "type: cpd-points",
            "01-demo-course/course.yaml: course: unknown credit type 'cpd-points' "
            "(not in credit_types.yaml)",
        ),
        (
            "01-demo-course/lessons/02-second-lesson.yaml",
            "slug: second-lesson",
            "slug: first-lesson",
            "01-demo-course/lessons/02-second-lesson.yaml: duplicate lesson slug 'first-lesson' "
            "(also in ",
        ),
        (
            "01-demo-course/course.yaml",
            'version: "1.0"',
            "version: 1.0",
            "01-demo-course/course.yaml: course: 'version' must be quoted text such as \"1.0\"",
        ),
        (
            "01-demo-course/course.yaml",
            "level: introductory",
            "level: [introductory",
            "01-demo-course/course.yaml: invalid YAML (line ",
        ),
    ],
)
def test_malformed_source_fails_naming_file_and_problem_and_writes_nothing(
    root, file, old, new, message
):
    path = root / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    before = snapshot()
    with pytest.raises(CommandError) as exc:
        call_command("load_curriculum", root=root, verbosity=0)
    assert message in str(exc.value)
    assert str(exc.value).split(": ", 1)[0].endswith(file)
    assert snapshot() == before


def test_failure_in_a_later_loader_rolls_back_everything(root, settings):
    settings.CURRICULUM_LOADERS = ["content.loader.load_courses", "tests.content.test_loader.boom"]
    before = snapshot()
    with pytest.raises(CurriculumError, match="boom"):
        load_curriculum(root=root)
    assert snapshot() == before


def boom(*, root, courses, log):
    assert "demo-course" in courses  # later loaders receive the loaded courses
    raise CurriculumError("boom")


def test_duplicate_course_slug_across_folders(root):
    shutil.copytree(root / "01-demo-course", root / "02-copy")
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert "02-copy/course.yaml: duplicate course slug 'demo-course' (also in " in str(exc.value)


def test_shipped_curriculum_loads():
    courses = load_curriculum()
    assert len(courses) >= 6
    assert all(course.lessons().exists() for course in courses.values())
    assert set(CreditType.objects.values_list("slug", flat=True)) >= {
        "ama-pra-1",
        "ancc-contact-hours",
        "completion",
    }
