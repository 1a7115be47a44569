"""Quiz engine fixtures: published cases and quizzes built directly (the case workflow itself is
tested through its services in test_cases.py)."""

import pytest

from quizzes.models import (
    CaseStatus,
    Choice,
    PostCase,
    Question,
    QuestionType,
    Quiz,
    QuizQuestion,
)
from quizzes.tokens import phrase_token_indexes
from tests.factories import UserFactory

CASE_TEXT = (
    "12 hrs at [HOSPITAL_1] and I am DONE. Bed 14 pulled his lines twice and the guy who "
    "crashed his motorcycle into the church fountain is back AGAIN #nurselife"
)


def make_case(**fields) -> PostCase:
    values = {
        "platform": "x",
        "author_role": "ICU nurse",
        "text": CASE_TEXT,
        "year": 2019,
        "likes": 143,
        "comments": 27,
        "shares": 9,
        "competencies": ["confidentiality"],
        "status": CaseStatus.PUBLISHED,
        "media_description": "Text-only post.",
    }
    values.update(fields)
    return PostCase.objects.create(**values)


def add_question(case, qtype: str, *, points: int = 1, competency="confidentiality", n=0):
    q = Question.objects.create(
        post_case=case,
        type=qtype,
        stem=f"Stem {qtype} {n}",
        points=points,
        explanation=f"SECRET-EXPLANATION-{qtype}-{n}",
        competency=competency,
        sort_order=n,
    )
    if qtype == QuestionType.SINGLE:
        specs = [("Right", True), ("Wrong A", False), ("Wrong B", False)]
    elif qtype == QuestionType.MULTIPLE:
        specs = [("Right 1", True), ("Right 2", True), ("Wrong 1", False), ("Wrong 2", False)]
    elif qtype == QuestionType.ORDER:
        specs = [("Step 1", True), ("Step 2", True), ("Step 3", True), ("Step 4", True)]
    else:
        specs = []
    for i, (text, correct) in enumerate(specs):
        Choice.objects.create(
            question=q,
            text=f"{text} of {n}",
            is_correct=correct,
            feedback=f"SECRET-FEEDBACK-{n}-{i}",
            competency="boundaries" if not correct else competency,
            sort_order=i,
        )
    if qtype == QuestionType.SPOT:
        for i, phrase in enumerate(["Bed 14", "crashed his motorcycle into the church fountain"]):
            Choice.objects.create(
                question=q,
                text=phrase,
                is_correct=True,
                feedback=f"SECRET-FEEDBACK-{n}-spot-{i}",
                competency=competency,
                sort_order=i,
                tokens=phrase_token_indexes(case.text, phrase),
            )
    return q


def make_quiz(*, n: int = 4, course=None, types=None, case=None, **fields) -> Quiz:
    """A fixed quiz of ``n`` questions cycling through the four types."""
    types = types or [QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.SPOT, "order"]
    case = case or make_case()
    values = {"title": "Test quiz", "pass_mark": 50, "shuffle": False, "course": course}
    values.update(fields)
    quiz = Quiz.objects.create(**values)
    for i in range(n):
        q = add_question(case, types[i % len(types)], n=i)
        QuizQuestion.objects.create(quiz=quiz, question=q, sort_order=i)
    return quiz


def correct_answers(served) -> list[dict]:
    """Full-credit answers for a list of ServedQuestion (test helper; reads the key)."""
    from quizzes.selectors import correct_order

    out = []
    for sq in served:
        q = sq.question
        if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            out.append({"question": q.pk, "choices": [c.pk for c in sq.choices if c.is_correct]})
        elif q.type == QuestionType.SPOT:
            out.append(
                {"question": q.pk, "tokens": sorted({i for c in q.choices.all() for i in c.tokens})}
            )
        else:
            out.append({"question": q.pk, "order": [c.pk for c in correct_order(q)]})
    return out


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def other_learner(db):
    return UserFactory()
