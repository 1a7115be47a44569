"""Contract §1: a question's ``objective`` is the 1-based position of an objective of the course
whose quiz serves its case; the loader stores it and refuses a bad one naming file, line and
field, with nothing written."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from content.loader import load_curriculum
from core.curriculum import CurriculumError
from quizzes.models import PostCase, Question, Quiz

pytestmark = pytest.mark.django_db

SHIPPED = Path(settings.BASE_DIR) / "content" / "curriculum"
CASE = "cases/101-icu-shift-vent.yaml"


@pytest.fixture
def root(tmp_path) -> Path:
    """Module 01 and its cases (module 01 has five objectives)."""
    target = tmp_path / "curriculum"
    target.mkdir()
    shutil.copy(SHIPPED / "credit_types.yaml", target / "credit_types.yaml")
    shutil.copytree(
        SHIPPED / "01-social-media-in-healthcare", target / "01-social-media-in-healthcare"
    )
    (target / "cases").mkdir()
    for path in sorted((SHIPPED / "cases").glob("1*.yaml")):
        shutil.copy(path, target / "cases" / path.name)
    return target


def set_objective(root: Path, value: str) -> None:
    """Give question 1 of case 101 ``objective: value`` (replacing any it has)."""
    path = root / CASE
    lines = [
        line
        for line in path.read_text().splitlines(keepends=True)
        if not line.startswith("  objective:")
    ]
    at = next(i for i, line in enumerate(lines) if line.startswith("- type: single"))
    lines.insert(at + 1, f"  objective: {value}\n")
    path.write_text("".join(lines))


def line_of_objective(root: Path) -> int:
    lines = (root / CASE).read_text().splitlines()
    return next(i for i, line in enumerate(lines, start=1) if line.startswith("  objective:"))


def test_objective_is_stored_on_the_question(root):
    set_objective(root, "4")
    load_curriculum(root=root)
    question = Question.objects.get(post_case__slug="icu-shift-vent", sort_order=1)
    assert question.objective == 4
    # Edited: the question follows.
    set_objective(root, "2")
    load_curriculum(root=root)
    question = Question.objects.get(post_case__slug="icu-shift-vent", sort_order=1)
    assert question.objective == 2


def test_objective_beyond_the_course_objectives_is_refused(root):
    set_objective(root, "6")
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value) == (
        f"{root / CASE}: question 1 (line {line_of_objective(root)}): 'objective' 6 is out of "
        "range: course “social-media-in-healthcare” has 5 objective(s)"
    )
    assert not PostCase.objects.exists() and not Quiz.objects.exists()


@pytest.mark.parametrize("value", ["0", "two", "1.5", "true"])
def test_objective_must_be_a_whole_number_from_1(root, value):
    set_objective(root, value)
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    shown = {"0": "0", "two": "'two'", "1.5": "1.5", "true": "True"}[value]
    assert str(exc.value) == (
        f"{root / CASE}: question 1 (line {line_of_objective(root)}): 'objective' must be a "
        "whole number of at least 1 (the position of the course objective it assesses), not "
        f"{shown}"
    )
    assert not PostCase.objects.exists()
