"""A final quiz answered and submitted with the keyboard alone: Tab, Space, Enter, arrow keys
and typing. No clicks anywhere, login included. The course (patient privacy) is the real one and
its quiz has every question type: single, multiple, spot the identifiers and ordering."""

import pytest

from courses.services import enrollment_create
from quizzes.models import Attempt, QuestionType, SelectionMode
from tests.e2e.conftest import tab_to
from tests.e2e.quiz_answers import answers
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE_DIR = "02-patient-privacy-online"


def focused(page, expression: str):
    return page.evaluate(f"() => document.activeElement.{expression}")


def key_answer(page, a) -> None:
    qid = a.question_id
    if a.type == QuestionType.SINGLE:
        # One tab stop per radio group; arrow keys move and select, Space selects the first.
        tab_to(page, f'input[name="q{qid}"]')
        target = str(a.choices[0])
        for _ in range(20):
            if focused(page, "value") == target:
                page.keyboard.press("Space")
                break
            page.keyboard.press("ArrowDown")
        assert page.locator(f'input[name="q{qid}"][value="{target}"]').is_checked()
    elif a.type == QuestionType.MULTIPLE:
        order = page.eval_on_selector_all(f'input[name="q{qid}"]', "els => els.map(e => +e.value)")
        for cid in sorted(a.choices, key=order.index):
            tab_to(page, f'input[name="q{qid}"][value="{cid}"]')
            page.keyboard.press("Space")
    elif a.type == QuestionType.SPOT:
        # One tab stop per post; arrow keys move between words, Space selects one.
        tab_to(page, f'input[name="q{qid}-t"]')
        for idx in a.tokens:
            for _ in range(2000):
                if focused(page, "value") == str(idx):
                    break
                page.keyboard.press("ArrowRight")
            page.keyboard.press("Space")
        picked = page.eval_on_selector_all(
            f'input[name="q{qid}-t"]:checked', "els => els.map(e => +e.value)"
        )
        assert picked == a.tokens
    else:
        # Each step's position select: focus it and type the number.
        order = page.eval_on_selector_all(
            f'select[name^="q{qid}-pos-"]', "els => els.map(e => +e.name.split('-').pop())"
        )
        for cid in sorted(a.positions, key=order.index):
            tab_to(page, f'select[name="q{qid}-pos-{cid}"]')
            page.keyboard.type(str(a.positions[cid]))
            assert focused(page, "value") == str(a.positions[cid])


def test_final_quiz_keyboard_only(journey, load_course):
    course = load_course(COURSE_DIR)
    quiz = course.final_quiz
    # Serve every question of the pools (not a draw), so each question type is keyed in.
    quiz.selection = SelectionMode.FIXED
    quiz.save(update_fields=["selection"])
    user = UserFactory(email="kb@example.org", display_name="Kim Brandt")
    user.set_password("keyboard only please")
    user.save()
    enrollment_create(user=user, course=course)

    page = journey.goto(f"/quizzes/{quiz.pk}/")  # redirects to the login form
    journey.step("login")
    tab_to(page, "input[name=username]")
    page.keyboard.type("kb@example.org")
    tab_to(page, "input[name=password]")
    page.keyboard.type("keyboard only please")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{journey.base_url}/quizzes/{quiz.pk}/"
    journey.step("quiz-start")

    tab_to(page, "main form button.button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/attempts/*/")
    attempt_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    journey.step("attempt")
    plan = answers(attempt_id, correct=True)
    assert {a.type for a in plan} == {"single", "multiple", "spot", "order"}
    for a in plan:
        key_answer(page, a)
    tab_to(page, "button[data-submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/attempts/{attempt_id}/result/")
    journey.step("result")
    assert page.get_by_role("heading", level=1).inner_text() == "Your result: 100%"
    attempt = Attempt.objects.get(pk=attempt_id)
    assert attempt.passed is True
    assert attempt.score == 100
