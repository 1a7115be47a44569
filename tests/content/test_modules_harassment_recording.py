"""Modules 10 (harassment, doxxing, threats) and 11 (recording and filming in clinical settings)
meet the curriculum contract mechanically, straight from their source files: pools at least twice
their draw, every objective examined, the item-writing rules, estimated time, review notes and
non-US settings. (The whole-curriculum load is covered by test_shipped_curriculum.py.)"""

import re
from pathlib import Path

import pytest
import yaml

CURRICULUM = Path(__file__).resolve().parents[2] / "content" / "curriculum"
MODULES = ["10-harassment-doxxing-threats", "11-recording-filming-clinical"]
BANNED = re.compile(r"\b(all|none) of the above\b|\bboth a and b\b", re.IGNORECASE)


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _cases() -> dict[str, dict]:
    return {
        data["slug"]: data | {"_file": path.name}
        for path in sorted((CURRICULUM / "cases").glob("*.yaml"))
        for data in [_yaml(path)]
    }


def _words(value) -> int:
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, dict):
        return sum(_words(v) for k, v in value.items() if k not in {"type", "kind", "platform"})
    if isinstance(value, list):
        return sum(_words(v) for v in value)
    return 0


@pytest.fixture(scope="module")
def cases():
    return _cases()


@pytest.mark.parametrize("module", MODULES)
def test_pools_are_twice_their_draw_and_cover_every_objective(module, cases):
    course = _yaml(CURRICULUM / module / "course.yaml")
    quiz = _yaml(CURRICULUM / module / "quiz.yaml")
    covered = set()
    for pool in quiz["pools"]:
        types = set(pool.get("types") or ["single", "multiple", "order", "spot"])
        questions = [
            q for slug in pool["cases"] for q in cases[slug]["questions"] if q["type"] in types
        ]
        assert len(questions) >= 2 * pool["draw"], f"{module} {pool['name']}: {len(questions)}"
        covered |= {q["objective"] for q in questions}
    assert covered == set(range(1, len(course["objectives"]) + 1))
    assert 5 <= len(course["objectives"]) <= 6


@pytest.mark.parametrize("module", MODULES)
def test_questions_follow_the_item_writing_rules(module, cases):
    quiz = _yaml(CURRICULUM / module / "quiz.yaml")
    slugs = {slug for pool in quiz["pools"] for slug in pool["cases"]}
    assert len(slugs) >= 6
    for slug in slugs:
        case = cases[slug]
        assert 2 <= len(case["questions"]) <= 4, slug
        for n, q in enumerate(case["questions"], start=1):
            where = f"{case['_file']} question {n}"
            assert isinstance(q["objective"], int), where
            options = q.get("choices") or q.get("steps") or []
            assert all(o["feedback"].strip() and o["competency"] for o in options), where
            if q["type"] in ("single", "multiple"):
                assert 3 <= len(options) <= 5, where
                right = sum(bool(o["correct"]) for o in options)
                assert right == 1 if q["type"] == "single" else 2 <= right < len(options), where
                lengths = [len(o["text"].split()) for o in options]
                assert max(lengths) <= 3 * min(lengths), f"{where}: option lengths {lengths}"
                assert not any(BANNED.search(o["text"]) for o in options), where


@pytest.mark.parametrize("module", MODULES)
def test_estimated_minutes_follow_words_and_quiz_time(module):
    course = _yaml(CURRICULUM / module / "course.yaml")
    quiz = _yaml(CURRICULUM / module / "quiz.yaml")
    words = 0
    for path in sorted((CURRICULUM / module / "lessons").glob("*.yaml")):
        lesson = _yaml(path)
        lesson_words = _words(lesson["body"])
        words += lesson_words
        assert abs(lesson["estimated_minutes"] - lesson_words / 200) <= 1, path.name
    expected = words / 200 + 1.5 * sum(pool["draw"] for pool in quiz["pools"])
    assert abs(course["estimated_minutes"] - expected) <= 0.2 * expected
    assert course["estimated_minutes"] % 5 == 0


@pytest.mark.parametrize("module", MODULES)
def test_review_note_lists_files_of_the_module_and_settings_are_international(module, cases):
    review = _yaml(CURRICULUM / module / "review.yaml")
    assert review["statements"]
    for item in review["statements"]:
        target = re.split(r"[#\s(]", item["where"], maxsplit=1)[0]
        assert (CURRICULUM / module / target).is_file() or (CURRICULUM / target).is_file()
        assert item["status"] in {"verified", "qualified", "corrected"}
        assert item["status"] == "verified" or item.get("note")
    quiz = _yaml(CURRICULUM / module / "quiz.yaml")
    slugs = {slug for pool in quiz["pools"] for slug in pool["cases"]}
    non_us = re.compile(
        r"\b(UK|England|NHS|Ireland|Irish|Australia|Queensland|New South Wales|Canada|Ontario|"
        r"British Columbia|India|Nigeria|Lagos)\b"
    )
    settings = [
        s for s in slugs if non_us.search(" ".join(q["stem"] for q in cases[s]["questions"]))
    ]
    assert len(settings) >= 2, settings
