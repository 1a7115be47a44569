import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes.models import QuestionType
from quizzes.selectors import quiz_item_statistics
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.factories import UserFactory
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db


def take(quiz, picks: dict[int, int]):
    """One learner's attempt choosing option index picks[question position] (default blank)."""
    user = UserFactory()
    started = attempt_start(user=user, quiz=quiz)
    answers = []
    for i, sq in enumerate(started.questions):
        if i in picks:
            answers.append({"question": sq.id, "choices": [sq.choices[picks[i]].pk]})
    return attempt_submit(attempt=started.attempt, user=user, answers=answers)


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))


def test_facility_discrimination_and_option_counts():
    quiz = make_quiz(n=3, types=[QuestionType.SINGLE])  # option 0 is the correct one
    patterns = [
        {0: 0, 1: 0, 2: 0},  # all right
        {0: 0, 1: 0, 2: 1},
        {0: 0, 1: 1, 2: 1},
        {0: 1, 1: 1, 2: 0},
        {0: 2, 1: 1, 2: 2},  # all wrong
    ]
    for p in patterns:
        take(quiz, p)
    stats = quiz_item_statistics(quiz=quiz)
    assert stats.attempts == 5
    totals = [sum(1 for v in p.values() if v == 0) for p in patterns]
    assert stats.mean_score == round(sum(t / 3 * 100 for t in totals) / 5, 1)
    first = stats.items[0]
    assert first.responses == 5 and first.facility == 60.0 and first.fully_correct == 60.0
    xs = [1 if p[0] == 0 else 0 for p in patterns]
    rest = [t - x for t, x in zip(totals, xs, strict=True)]
    assert first.discrimination == round(100 * pearson(xs, rest), 1)
    assert [(o.times, o.share) for o in first.options] == [(3, 60.0), (1, 20.0), (1, 20.0)]
    assert [o.choice.is_correct for o in first.options] == [True, False, False]


def test_statistics_query_count_does_not_grow_with_attempts():
    quiz = make_quiz(n=4)
    counts = []
    for batch in (2, 10):
        for _ in range(batch):
            take(quiz, {0: 0, 1: 0})
        with CaptureQueriesContext(connection) as ctx:
            quiz_item_statistics(quiz=quiz)
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] <= 5


def test_statistics_admin_page(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    quiz = make_quiz(n=2)
    take(quiz, {0: 0})
    client.force_login(admin)
    html = client.get(f"/cms/quizzes/quiz/{quiz.pk}/statistics/").content.decode()
    assert "Submitted attempts: <strong>1</strong>" in html and "Facility" in html
    listing = client.get("/cms/snippets/quizzes/quiz/").content.decode()
    assert f"/cms/quizzes/quiz/{quiz.pk}/statistics/" in listing
    learner = UserFactory()
    client.force_login(learner)
    # Wagtail sends anyone without admin access to its login page.
    refused = client.get(f"/cms/quizzes/quiz/{quiz.pk}/statistics/")
    assert refused.status_code == 302
    assert refused["Location"].startswith(reverse("wagtailadmin_login"))


def test_pool_statistics_per_question_across_attempts_with_flags():
    from tests.quizzes.test_pools import make_pool_quiz

    quiz = make_pool_quiz(pools={"privacy": (4, 2)}, shuffle=False)
    seen: dict[int, int] = {}
    for _ in range(8):
        user = UserFactory()
        started = attempt_start(user=user, quiz=quiz)
        answers = []
        for sq in started.questions:
            seen[sq.id] = seen.get(sq.id, 0) + 1
            # Everyone answers every question right: facility 100, flagged too easy.
            answers.append(
                {"question": sq.id, "choices": [c.pk for c in sq.choices if c.is_correct]}
            )
        attempt_submit(attempt=started.attempt, user=user, answers=answers)
    stats = quiz_item_statistics(quiz=quiz)
    assert stats.attempts == 8
    assert {item.question.pk: item.responses for item in stats.items if item.responses} == seen
    assert sum(item.responses for item in stats.items) == 16
    assert {item.pool for item in stats.items} == {"privacy"}
    drawn = [item for item in stats.items if item.responses]
    assert all(item.flags == ["Too easy: facility above 95%"] for item in drawn)


def test_flags_for_hard_items_and_negative_discrimination():
    from quizzes.selectors import ItemStat

    hard = ItemStat(
        question=None, responses=10, facility=10.0, fully_correct=10.0, sd=None,
        discrimination=-12.5, options=[],
    )  # fmt: skip
    assert hard.flags == [
        "Too hard: facility below 20%",
        "Negative discrimination: check the key",
    ]
    fine = ItemStat(
        question=None, responses=10, facility=60.0, fully_correct=50.0, sd=None,
        discrimination=35.0, options=[],
    )  # fmt: skip
    assert fine.flags == []
