"""A quiz shown N questions per screen: the navigator jumps between screens, the last screen
offers Submit, and the unanswered warning lists what is missing (axe on each screen)."""

import pytest

from quizzes.models import QuestionType
from quizzes.services.attempts import attempt_start
from tests.factories import UserFactory
from tests.quizzes.conftest import make_quiz

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_two_questions_per_screen_with_navigator(journey):
    quiz = make_quiz(
        n=5, types=[QuestionType.SINGLE], layout="one", questions_per_page=2, title="Paged quiz"
    )
    user = UserFactory(email="pages@example.org")
    user.set_password("paged quiz pass")
    user.save()
    attempt = attempt_start(user=user, quiz=quiz).attempt
    page = journey.goto("/accounts/login/")
    page.locator("input[name=username]").fill("pages@example.org")
    page.locator("input[name=password]").fill("paged quiz pass")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page = journey.goto(f"/attempts/{attempt.pk}/")
    journey.step("screen-1")
    sections = page.locator("[data-question]")
    assert [sections.nth(k).is_visible() for k in range(5)] == [True, True, False, False, False]
    assert page.get_by_text("Questions 1–2 of 5").is_visible()
    assert not page.get_by_role("button", name="Submit attempt").is_visible()
    page.get_by_role("button", name="Next page").click()
    assert [sections.nth(k).is_visible() for k in range(5)] == [False, False, True, True, False]
    # The navigator jumps to the screen holding question 5.
    page.get_by_role("navigation", name="Question navigator").get_by_role(
        "link", name="5", exact=False
    ).click()
    assert [sections.nth(k).is_visible() for k in range(5)] == [False, False, False, False, True]
    journey.step("screen-3")
    page.get_by_role("button", name="Submit attempt").click()
    assert page.get_by_text("5 questions not answered yet").is_visible()
    journey.step("unanswered-warning")
