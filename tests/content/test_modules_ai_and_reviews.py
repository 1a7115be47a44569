"""Modules 08 (AI-generated and manipulated content) and 09 (answering online reviews and public
complaints): they load on their own and a rerun changes nothing, and their files meet the
curriculum contract of this round (objectives, review note, pools at least twice their draw,
item-writing rules, estimated time, non-US settings)."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from content.loader import load_curriculum
from content.models import CoursePage
from quizzes.models import PostCase, Question, Quiz, QuizQuestion

SHIPPED = Path(__file__).resolve().parents[2] / "content" / "curriculum"
MODULES = {"08-ai-generated-content": "8", "09-online-reviews-complaints": "9"}
ALL_OR_NONE = re.compile(
    r"\b(all|none|both) of (the|these) (above|options)\b|\bboth [a-d] and\b", re.I
)
NON_US = re.compile(
    r"\b(England|UK|Scotland|Wales|Ireland|Australia|New South Wales|Queensland|Canada|Ontario|"
    r"India|Maharashtra|Nigeria|Lagos)\b"
)
COMPETENCIES = {
    "confidentiality",
    "misinformation",
    "boundaries",
    "consent",
    "legal",
    "advocacy",
    "digital_literacy",
}


def _yaml(path: Path):
    return yaml.safe_load(path.read_text())


def _cases(module: str) -> dict[str, dict]:
    quiz = _yaml(SHIPPED / module / "quiz.yaml")
    slugs = {slug for pool in quiz["pools"] for slug in pool["cases"]}
    found = {}
    for path in sorted((SHIPPED / "cases").glob("*.yaml")):
        data = _yaml(path)
        if data["slug"] in slugs:
            found[data["slug"]] = {**data, "_file": path.name}
    assert set(found) == slugs, f"{module}: quiz names unknown cases {slugs - set(found)}"
    return found


def _words(value) -> int:
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, dict):
        skip = {"platform", "kind", "year", "likes", "comments", "shares"}
        return sum(_words(v) for k, v in value.items() if k not in skip)
    if isinstance(value, list):
        return sum(_words(v) for v in value)
    return 0


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_files_meet_the_contract(module):
    course = _yaml(SHIPPED / module / "course.yaml")
    lessons = sorted((SHIPPED / module / "lessons").glob("*.yaml"))
    assert len(lessons) == 4
    assert 5 <= len(course["objectives"]) <= 6
    review = _yaml(SHIPPED / module / "review.yaml")
    assert review["statements"] and all(s["source"].strip() for s in review["statements"])

    # Estimated time: lesson = words / 200; course = lesson words / 200 + 1.5 min per question
    # served, to the nearest 5 (the shipped-curriculum rule allows ±20 %).
    words = 0
    for path in lessons:
        lesson = _yaml(path)
        count = _words(lesson["body"]) + _words(lesson["title"])
        words += count
        assert lesson["estimated_minutes"] == max(1, round(count / 200)), path.name
    quiz = _yaml(SHIPPED / module / "quiz.yaml")
    served = sum(pool["draw"] for pool in quiz["pools"])
    expected = words / 200 + 1.5 * served
    assert course["estimated_minutes"] % 5 == 0
    assert abs(course["estimated_minutes"] - expected) <= 0.2 * expected

    cases = _cases(module)
    assert len(cases) >= 6
    assert all(c["_file"].startswith(MODULES[module]) for c in cases.values())
    outside_us = [c["_file"] for c in cases.values() if NON_US.search(c["author_role"])]
    assert len(outside_us) >= 2, outside_us

    covered: set[int] = set()
    for case in cases.values():
        assert 2 <= len(case["questions"]) <= 4, case["_file"]
        assert len({q["type"] for q in case["questions"]}) >= 2, case["_file"]
        for n, q in enumerate(case["questions"], start=1):
            where = f"{case['_file']} question {n}"
            assert 1 <= q["objective"] <= len(course["objectives"]), where
            covered.add(q["objective"])
            assert q["explanation"].strip(), where
            if q["type"] == "spot":
                assert q["key"], where
                continue
            options = q.get("choices") or q.get("steps")
            for option in options:
                assert option["feedback"].strip(), where
                assert option["competency"] in COMPETENCIES, where
                assert not ALL_OR_NONE.search(option["text"]), where
            lengths = [len(o["text"].split()) for o in options]
            assert max(lengths) <= 3 * min(lengths), (where, lengths)
            if q["type"] in ("single", "multiple"):
                assert 3 <= len(options) <= 5, where
                correct = sum(bool(o.get("correct")) for o in options)
                if q["type"] == "single":
                    assert correct == 1, where
                else:
                    assert 2 <= correct < len(options), where
    assert covered == set(range(1, len(course["objectives"]) + 1)), covered

    # Each pool holds at least twice what it draws, counted over its cases and types.
    for pool in quiz["pools"]:
        types = set(pool.get("types") or ["single", "multiple", "spot", "order"])
        size = sum(
            1 for slug in pool["cases"] for q in cases[slug]["questions"] if q["type"] in types
        )
        assert size >= 2 * pool["draw"], (module, pool["name"], size)


@pytest.fixture
def subset(tmp_path) -> Path:
    """Only the credit types, modules 08 and 09 and their cases: loading the whole curriculum
    is the shipped-curriculum test's job."""
    root = tmp_path / "curriculum"
    (root / "cases").mkdir(parents=True)
    shutil.copy(SHIPPED / "credit_types.yaml", root / "credit_types.yaml")
    for module in MODULES:
        shutil.copytree(SHIPPED / module, root / module)
        for case in _cases(module).values():
            shutil.copy(SHIPPED / "cases" / case["_file"], root / "cases" / case["_file"])
    return root


def _state():
    return (
        sorted(CoursePage.objects.values_list("slug", "live", "latest_revision_id")),
        sorted(PostCase.objects.values_list("slug", "version", "status", "text")),
        sorted(Question.objects.values_list("pk", "objective")),
        sorted(QuizQuestion.objects.values_list("quiz_id", "question_id", "pool")),
    )


@pytest.mark.django_db
@pytest.mark.slow
def test_modules_load_alone_and_a_rerun_changes_nothing(subset):
    courses = load_curriculum(root=subset)
    assert sorted(courses) == ["ai-generated-content", "online-reviews-complaints"]
    first = _state()
    load_curriculum(root=subset)
    assert _state() == first

    assert PostCase.objects.published().count() == 12
    for module in MODULES:
        slug = _yaml(SHIPPED / module / "course.yaml")["slug"]
        case_slugs = list(_cases(module))
        quiz = Quiz.objects.get(course__slug=slug)
        assert QuizQuestion.objects.filter(quiz=quiz).count() == (
            Question.objects.filter(post_case__slug__in=case_slugs).count()
        )
    # The reply case keeps the diagnosis for the learner to find, never the name.
    reply = PostCase.objects.published().get(slug="psychiatry-google-reply")
    assert "Lindqvist" not in reply.text and "bipolar medication review" in reply.text
