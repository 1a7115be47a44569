"""Module 12 (influencers, sponsorship and telehealth marketing) and the lessons and cases folded
into modules 03 (outbreak and crisis communication) and 04 (persistent patient-initiated
contact): their files meet the curriculum contract of this round, they load on their own, a
rerun changes nothing, and learners only ever see anonymized post text."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from content.loader import load_curriculum
from content.models import CoursePage, LessonPage
from core.curriculum import CurriculumError
from quizzes.models import PostCase, Question, Quiz, QuizQuestion

SHIPPED = Path(__file__).resolve().parents[2] / "content" / "curriculum"
MODULE_12 = "12-influencers-sponsorship-telehealth"
# Folded-in additions: module folder -> (new lesson file, new case files, new objective number).
FOLDS = {
    "03-misinformation": (
        "05-crisis-and-outbreak-communication.yaml",
        ["307-cholera-voice-note-forward.yaml", "308-major-incident-live-posts.yaml"],
        6,
    ),
    "04-professional-boundaries": (
        "05-when-contact-persists.yaml",
        ["408-former-client-daily-messages.yaml", "409-midnight-whatsapp-reports.yaml"],
        6,
    ),
}
BANNED = re.compile(r"\b(all|none) of the (above|options)\b|\bboth [a-d] and [a-d]\b", re.I)
NON_US = re.compile(r"\((UK|Ireland|Australia|Canada|India|Nigeria)\)")
COMPETENCIES = {
    "confidentiality",
    "misinformation",
    "boundaries",
    "consent",
    "legal",
    "advocacy",
    "digital_literacy",
}
WORD = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’-][A-Za-z0-9À-ÿ]+)*")
NOT_READ = {"type", "platform", "url", "kind", "year", "likes", "comments", "shares"}


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _words(value) -> int:
    if isinstance(value, str):
        return len(WORD.findall(value))
    if isinstance(value, list):
        return sum(_words(v) for v in value)
    if isinstance(value, dict):
        return sum(_words(v) for k, v in value.items() if k not in NOT_READ)
    return 0


def _case_files(module: str) -> dict[str, str]:
    """slug -> file name of every case the module's quiz draws from."""
    quiz = _yaml(SHIPPED / module / "quiz.yaml")
    slugs = {slug for pool in quiz["pools"] for slug in pool["cases"]}
    found = {}
    for path in sorted((SHIPPED / "cases").glob("*.yaml")):
        slug = _yaml(path)["slug"]
        if slug in slugs:
            found[slug] = path.name
    assert set(found) == slugs, f"{module}: unknown cases {slugs - set(found)}"
    return found


def _check_question(where: str, q: dict, objectives: int) -> None:
    assert 1 <= q["objective"] <= objectives, where
    assert q["explanation"].strip(), where
    assert not BANNED.search(q["stem"]), where
    if q["type"] == "spot":
        assert q["key"], where
        return
    options = q.get("choices") or q.get("steps")
    for option in options:
        assert option["feedback"].strip(), where
        assert option["competency"] in COMPETENCIES, where
        assert not BANNED.search(option["text"]), where
    lengths = [len(o["text"].split()) for o in options]
    assert max(lengths) <= 3 * min(lengths), (where, lengths)
    if q["type"] in ("single", "multiple"):
        assert 3 <= len(options) <= 5, where
        correct = sum(bool(o.get("correct")) for o in options)
        if q["type"] == "single":
            assert correct == 1, where
        else:
            assert 2 <= correct < len(options), where


def test_module_12_meets_the_contract():
    course = _yaml(SHIPPED / MODULE_12 / "course.yaml")
    assert 5 <= len(course["objectives"]) <= 6
    lessons = sorted((SHIPPED / MODULE_12 / "lessons").glob("*.yaml"))
    assert len(lessons) == 4
    words = 0
    for path in lessons:
        count = _words(_yaml(path)["body"])
        words += count
        assert 700 <= count <= 1300, (path.name, count)
        assert abs(_yaml(path)["estimated_minutes"] - round(count / 200)) <= 1, path.name
    quiz = _yaml(SHIPPED / MODULE_12 / "quiz.yaml")
    served = sum(pool["draw"] for pool in quiz["pools"])
    expected = words / 200 + 1.5 * served
    assert course["estimated_minutes"] % 5 == 0
    assert abs(course["estimated_minutes"] - expected) <= 0.2 * expected

    files = _case_files(MODULE_12)
    assert len(files) >= 6
    assert all(name.startswith("12") for name in files.values())
    cases = {slug: _yaml(SHIPPED / "cases" / name) for slug, name in files.items()}
    outside_us = [slug for slug, c in cases.items() if NON_US.search(c["author_role"])]
    assert len(outside_us) >= 2, outside_us

    covered: set[int] = set()
    for slug, case in cases.items():
        assert 2 <= len(case["questions"]) <= 4, slug
        assert len({q["type"] for q in case["questions"]}) >= 2, slug
        for n, q in enumerate(case["questions"], start=1):
            _check_question(f"{files[slug]} question {n}", q, len(course["objectives"]))
            covered.add(q["objective"])
    assert covered == set(range(1, len(course["objectives"]) + 1))

    for pool in quiz["pools"]:
        types = set(pool.get("types") or ["single", "multiple", "spot", "order"])
        size = sum(
            1 for slug in pool["cases"] for q in cases[slug]["questions"] if q["type"] in types
        )
        assert size >= 2 * pool["draw"], (pool["name"], size)

    review = _yaml(SHIPPED / MODULE_12 / "review.yaml")
    assert len(review["statements"]) >= 10
    for statement in review["statements"]:
        assert statement["source"].strip() and statement["status"] in (
            "verified",
            "qualified",
            "corrected",
        )
        if statement["status"] != "verified":
            assert statement["note"].strip(), statement["statement"]


@pytest.mark.parametrize("module", sorted(FOLDS))
def test_folded_in_lesson_and_cases_meet_the_contract(module):
    lesson_file, case_files, objective = FOLDS[module]
    course = _yaml(SHIPPED / module / "course.yaml")
    assert len(course["objectives"]) == objective
    lessons = sorted(p.name for p in (SHIPPED / module / "lessons").glob("*.yaml"))
    assert lessons[-1] == lesson_file
    lesson = _yaml(SHIPPED / module / "lessons" / lesson_file)
    count = _words(lesson["body"])
    assert 700 <= count <= 1300 and abs(lesson["estimated_minutes"] - round(count / 200)) <= 1

    pooled = _case_files(module)
    quiz = _yaml(SHIPPED / module / "quiz.yaml")
    for name in case_files:
        case = _yaml(SHIPPED / "cases" / name)
        assert pooled[case["slug"]] == name
        assert NON_US.search(case["author_role"]), name
        assert len({q["type"] for q in case["questions"]}) >= 2, name
        for n, q in enumerate(case["questions"], start=1):
            _check_question(f"{name} question {n}", q, len(course["objectives"]))
        assert objective in {q["objective"] for q in case["questions"]}, name
        # Every question of the new case lands in one of the module's pools.
        for q in case["questions"]:
            assert any(
                case["slug"] in pool["cases"] and q["type"] in set(pool.get("types") or [q["type"]])
                for pool in quiz["pools"]
            ), (name, q["type"])

    # The review note gains a statement for the new lesson.
    review = _yaml(SHIPPED / module / "review.yaml")
    assert any(s["where"].startswith(f"lessons/{lesson_file}") for s in review["statements"])


@pytest.fixture
def subset(tmp_path) -> Path:
    """Credit types, modules 03, 04 and 12 and their cases (the whole curriculum is the
    shipped-curriculum test's job)."""
    root = tmp_path / "curriculum"
    (root / "cases").mkdir(parents=True)
    shutil.copy(SHIPPED / "credit_types.yaml", root / "credit_types.yaml")
    for module in [MODULE_12, *FOLDS]:
        shutil.copytree(SHIPPED / module, root / module)
        for name in _case_files(module).values():
            shutil.copy(SHIPPED / "cases" / name, root / "cases" / name)
    return root


def _state():
    return (
        sorted(CoursePage.objects.values_list("slug", "live", "latest_revision_id")),
        sorted(LessonPage.objects.values_list("slug", "live", "latest_revision_id")),
        sorted(PostCase.objects.values_list("slug", "version", "status", "text")),
        sorted(Question.objects.values_list("pk", "objective")),
        sorted(QuizQuestion.objects.values_list("quiz_id", "question_id", "pool")),
    )


@pytest.mark.django_db
@pytest.mark.slow
def test_modules_load_alone_and_a_rerun_changes_nothing(subset):
    courses = load_curriculum(root=subset)
    assert sorted(courses) == [
        "health-misinformation",
        "influencers-sponsorship-telehealth",
        "professional-boundaries",
    ]
    first = _state()
    load_curriculum(root=subset)
    assert _state() == first, "a second load changed the database"

    course = CoursePage.objects.get(slug="influencers-sponsorship-telehealth")
    assert [lesson.slug for lesson in course.lessons()] == [
        "when-a-post-becomes-an-ad",
        "disclosing-well-and-conflicts",
        "medicines-supplements-aesthetics",
        "telehealth-across-borders",
    ]
    quiz = Quiz.objects.get(course=course)
    twelve = list(_case_files(MODULE_12))
    assert QuizQuestion.objects.filter(quiz=quiz).count() == (
        Question.objects.filter(post_case__slug__in=twelve).count()
    )
    assert PostCase.objects.published().filter(slug__in=twelve).count() == 7
    for slug in ("health-misinformation", "professional-boundaries"):
        lessons = list(CoursePage.objects.get(slug=slug).lessons())
        assert len(lessons) == 5

    # Learners see the anonymized text: the fictional names and numbers are gone, the
    # quasi-identifiers the spot questions ask for are still there.
    published = {c.slug: c.text for c in PostCase.objects.published()}
    for slug, gone, kept in [
        ("immunity-gummies-code", "Brandt", "the retired fire chief"),
        ("anniversary-toxin-giveaway", "07700 900461", "the dental surgery across the road"),
        ("physio-testimonial-repost", "Kovac", "coach of the under-12s netball side"),
        ("diaspora-whatsapp-consults", "Sandeep Varma", "New Jersey"),
        ("lagos-tonic-live", "Adebayo", "our church pastor's wife"),
        ("cork-weight-jab-tiktok", "Siobhan", "the primary teacher from the parish"),
        ("cholera-voice-note-forward", "Bamidele", "his two sons"),
        ("midnight-whatsapp-reports", "Raghavan", "the retired bus conductor"),
    ]:
        assert gone not in published[slug] and kept in published[slug], slug


REVIEW_NOTE = """\
reviewed_on: 2026-12-05
reviewed_by: Ethos curriculum team (editor)
next_review_due: 2027-12-05
statements:
- statement: "A statement made in two lessons."
  where: WHERE
  source: "A primary source."
  checked_on: 2026-12-05
  status: verified
"""


@pytest.fixture
def demo(tmp_path, settings) -> Path:
    """The loader's small fixture curriculum (one course), content loader only."""
    settings.CURRICULUM_LOADERS = ["content.loader.load_courses"]
    root = tmp_path / "curriculum"
    shutil.copytree(Path(__file__).parent / "fixtures" / "curriculum", root)
    shutil.copy(SHIPPED / "credit_types.yaml", root / "credit_types.yaml")
    course = root / "01-demo-course" / "course.yaml"
    text = course.read_text()
    course.write_text(re.sub(r"(?m)^  type: .*$", "  type: completion", text, count=1))
    return root


@pytest.mark.django_db
@pytest.mark.parametrize(
    "where",
    [
        "lessons/01-first-lesson.yaml, lessons/02-second-lesson.yaml",
        "lessons/01-first-lesson.yaml (also lessons/02-second-lesson.yaml)",
        "lessons/02-second-lesson.yaml#key-points, cases/001-ignored.yaml",
    ],
)
def test_review_where_may_name_several_files(demo, where):
    (demo / "01-demo-course" / "review.yaml").write_text(REVIEW_NOTE.replace("WHERE", where))
    course = load_curriculum(root=demo)["demo-course"]
    assert course.review["statements"][0]["where"] == where


@pytest.mark.django_db
def test_review_where_with_a_missing_file_among_several_is_refused(demo):
    where = "lessons/01-first-lesson.yaml, lessons/09-missing.yaml"
    (demo / "01-demo-course" / "review.yaml").write_text(REVIEW_NOTE.replace("WHERE", where))
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=demo)
    assert str(exc.value).endswith(
        "01-demo-course/review.yaml: statement 1 (line 5): 'where' 'lessons/09-missing.yaml' is "
        "not a file of this module (e.g. lessons/02-....yaml) or of the curriculum (e.g. "
        "cases/601-....yaml)"
    )
    assert not CoursePage.objects.exists()
