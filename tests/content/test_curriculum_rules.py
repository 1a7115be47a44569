"""Whole-curriculum rules (curriculum contract §1, §2, §5, §6, §7), checked mechanically over
EVERY module folder found in content/curriculum/: pool sizes, objectives of questions and their
coverage, item-writing rules, estimated time against the word count, and each module's dated
review note. Plain file checks: no database."""

import math
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR) / "content" / "curriculum"
MODULES = sorted(p for p in ROOT.iterdir() if p.is_dir() and re.match(r"^\d+-", p.name))
CHOICE_TYPES = {"single", "multiple"}
BANNED_OPTIONS = re.compile(
    r"\b(all|none) of the (above|options|answers)\b|\bboth (a|b|c|d|\d) and (a|b|c|d|\d)\b",
    re.IGNORECASE,
)
# Stems that ask for a definition (recall) rather than a decision in a situation.
RECALL_STEMS = re.compile(
    r"^\s*(define\b|what is (the )?(definition|meaning) of\b|which (term|word) (means|describes)"
    r"|what does .{1,40} stand for\b)",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’-][A-Za-z0-9À-ÿ]+)*")
NOT_READ = {"type", "platform", "url", "kind", "year", "likes", "comments", "shares"}
WORDS_PER_MINUTE = 200
MINUTES_PER_QUESTION = 1.5


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def cases() -> dict[str, tuple[str, dict]]:
    out = {}
    for path in sorted((ROOT / "cases").glob("*.yaml")):
        data = load(path)
        out[data["slug"]] = (path.name, data)
    return out


def module_id(module: Path) -> str:
    return module.name


def pools(module: Path) -> list[dict]:
    quiz = load(module / "quiz.yaml") or {}
    return quiz.get("pools") or []


def pool_questions(module: Path) -> list[tuple[str, int, dict]]:
    """(case file, question number, question) of every question the module's quiz can serve."""
    out = []
    for pool in pools(module):
        types = set(pool.get("types") or ["single", "multiple", "spot", "order"])
        for slug in pool["cases"]:
            name, case = cases()[slug]
            for n, q in enumerate(case["questions"], start=1):
                if q["type"] in types:
                    out.append((name, n, q))
    return out


def words(value) -> int:
    if isinstance(value, str):
        return len(WORD.findall(value))
    if isinstance(value, list):
        return sum(words(v) for v in value)
    if isinstance(value, dict):
        return sum(words(v) for k, v in value.items() if k not in NOT_READ)
    return 0


def lesson_words(path: Path) -> int:
    return words(load(path).get("body") or [])


def nearest_5(minutes: float) -> int:
    return int(5 * math.floor(minutes / 5 + 0.5))


def expected_course_minutes(module: Path) -> int:
    total = sum(lesson_words(p) for p in sorted((module / "lessons").glob("*.yaml")))
    served = sum(p["draw"] for p in pools(module))
    return nearest_5(total / WORDS_PER_MINUTE + MINUTES_PER_QUESTION * served)


def test_every_module_folder_is_found():
    assert len(MODULES) >= 7


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_pools_hold_twice_their_draw(module):
    assert pools(module), f"{module.name}/quiz.yaml has no pools"
    small = []
    for pool in pools(module):
        types = set(pool.get("types") or ["single", "multiple", "spot", "order"])
        size = sum(
            1 for slug in pool["cases"] for q in cases()[slug][1]["questions"] if q["type"] in types
        )
        if size < 2 * pool["draw"]:
            small.append(f"pool “{pool['name']}” holds {size} question(s) but draws {pool['draw']}")
    assert small == [], f"{module.name}/quiz.yaml: " + "; ".join(small)


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_every_question_has_a_valid_objective(module):
    count = len(load(module / "course.yaml")["objectives"])
    bad = [
        f"{name} question {n}: objective {q.get('objective')!r}"
        for name, n, q in pool_questions(module)
        if not isinstance(q.get("objective"), int)
        or isinstance(q.get("objective"), bool)
        or not 1 <= q["objective"] <= count
    ]
    assert bad == [], f"{module.name} has {count} objectives; " + "; ".join(bad)


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_every_objective_is_assessed(module):
    objectives = load(module / "course.yaml")["objectives"]
    covered = {q.get("objective") for _, _, q in pool_questions(module)}
    missing = [f"{i}: {o[:60]}" for i, o in enumerate(objectives, start=1) if i not in covered]
    assert missing == [], f"{module.name}: objectives no question assesses: {missing}"


def item_problems(q: dict) -> list[str]:
    problems = []
    stem = q.get("stem") or ""
    if RECALL_STEMS.search(stem):
        problems.append("stem asks for recall of a definition, not a decision")
    options = q.get("choices") or q.get("steps") or []
    if q["type"] == "single" and sum(bool(o.get("correct")) for o in options) != 1:
        problems.append("a single-answer question needs exactly one correct option")
    if q["type"] in CHOICE_TYPES:
        if not 3 <= len(options) <= 5:
            problems.append(f"{len(options)} options (3–5 wanted)")
        lengths = [len(WORD.findall(o.get("text") or "")) for o in options]
        if lengths and max(lengths) > 3 * max(1, min(lengths)):
            problems.append(
                f"options not homogeneous: longest {max(lengths)} words, shortest "
                f"{min(lengths)} (at most 3×)"
            )
    for i, o in enumerate(options, start=1):
        if BANNED_OPTIONS.search(o.get("text") or ""):
            problems.append(f"option {i} is an all/none of the above or 'both A and B' option")
        if not (o.get("feedback") or "").strip():
            problems.append(f"option {i} has no feedback")
        if not o.get("competency"):
            problems.append(f"option {i} has no competency")
    return problems


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_items_follow_the_item_writing_rules(module):
    bad = [
        f"{name} question {n}: {', '.join(problems)}"
        for name, n, q in pool_questions(module)
        if (problems := item_problems(q))
    ]
    assert bad == [], f"{module.name}:\n" + "\n".join(bad)


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_estimated_minutes_match_the_word_count(module):
    course = load(module / "course.yaml")
    expected = expected_course_minutes(module)
    assert abs(course["estimated_minutes"] - expected) <= 0.2 * expected, (
        f"{module.name}/course.yaml: estimated_minutes {course['estimated_minutes']}, but lesson "
        f"words / 200 + 1.5 min per question served ≈ {expected}"
    )
    for path in sorted((module / "lessons").glob("*.yaml")):
        minutes = load(path)["estimated_minutes"]
        wanted = max(1, round(lesson_words(path) / WORDS_PER_MINUTE))
        assert abs(minutes - wanted) <= max(1, 0.2 * wanted), (
            f"{module.name}/lessons/{path.name}: estimated_minutes {minutes}, but "
            f"{lesson_words(path)} words / 200 ≈ {wanted}"
        )


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_credit_designated_does_not_exceed_the_time(module):
    """Credit is designated per hour of learning in quarter hours: no type's maximum may
    exceed the estimated time (rounded to the nearest quarter hour)."""
    course = load(module / "course.yaml")
    credit = course.get("credit") or []
    hours = math.floor(course["estimated_minutes"] / 60 * 4 + 0.5) / 4
    over = [
        f"{c['type']}: {c['amount']}"
        for c in (credit if isinstance(credit, list) else [credit])
        if float(c["amount"]) > hours
    ]
    assert over == [], f"{module.name}: more credit than {hours} hour(s) of learning: {over}"


@pytest.mark.parametrize("module", MODULES, ids=module_id)
def test_each_module_has_a_dated_review_note(module):
    path = module / "review.yaml"
    assert path.exists(), f"{module.name}: no review.yaml"
    data = load(path)
    assert data.get("statements"), f"{module.name}/review.yaml lists no statement"
