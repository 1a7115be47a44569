"""Assessment integrity of the shipped curriculum, tried as a learner would: submit an empty
attempt, read everything the result shows, answer attempt 2 from it. None of the shipped
credit-bearing quizzes may be passed that way, and attempts past the limit are refused."""

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.test import Client
from django.urls import reverse

from content.loader import load_curriculum
from core.curriculum import CurriculumError
from quizzes.models import Attempt, QuestionType, Quiz, QuizPool, QuizQuestion, ReviewPolicy
from tests.factories import UserFactory
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db

SHIPPED = Path(settings.BASE_DIR) / "content" / "curriculum"


@pytest.fixture
def client_for(api_client):
    def _login(user):
        api_client.force_authenticate(user)
        return api_client

    return _login


class Learner:
    """Remembers everything a result payload shows and answers from it."""

    def __init__(self, client):
        self.client = client
        self.right_choices: dict[int, list[int]] = {}
        self.right_texts: set[str] = set()
        self.key_tokens: dict[int, list[int]] = {}
        self.orders: dict[int, list[int]] = {}

    def start(self, quiz_id: int) -> dict:
        response = self.client.post(reverse("api-quiz-attempts", args=[quiz_id]))
        # Every start here follows a submitted attempt: a new attempt (a resumed one is 200).
        assert response.status_code == 201, response.content
        return response.json()

    def submit(self, attempt: dict, answers: list[dict]) -> dict:
        response = self.client.post(
            reverse("api-attempt-submit", args=[attempt["id"]]),
            {"answers": answers},
            format="json",
        )
        assert response.status_code == 200, response.content
        result = response.json()
        self.learn(result)
        return result

    def learn(self, result: dict) -> None:
        for item in result["feedback"]:
            qid = item["question"]
            if "choices" in item:
                right = [c for c in item["choices"] if c.get("correct")]
                self.right_choices[qid] = [c["id"] for c in right]
                self.right_texts |= {c["text"] for c in right}
            if "key_tokens" in item:
                self.key_tokens[qid] = item["key_tokens"]
            if "steps" in item:
                steps = sorted(item["steps"], key=lambda s: s["correct_position"])
                self.orders[qid] = [s["id"] for s in steps]

    def answer(self, question: dict) -> dict:
        qid = question["id"]
        if question["type"] == QuestionType.SPOT:
            return {"question": qid, "tokens": self.key_tokens.get(qid, [])}
        if question["type"] == QuestionType.ORDER:
            served = [c["id"] for c in question["choices"]]
            return {"question": qid, "order": self.orders.get(qid, served)}
        known = self.right_choices.get(qid) or [
            c["id"] for c in question["choices"] if c["text"] in self.right_texts
        ]
        if question["type"] == QuestionType.SINGLE:
            known = known[:1] or [question["choices"][0]["id"]]
        return {"question": qid, "choices": known}


def _enrolled_learner(quiz: Quiz, **profile):
    from courses.services import enrollment_create

    user = UserFactory(**profile)
    enrollment_create(user=user, course=quiz.course)
    return user


def test_the_learner_strategy_passes_a_quiz_that_shows_its_key(client_for):
    """The check can fail: against a fixed quiz that shows everything, attempt 2 passes."""
    quiz = make_quiz(n=4, pass_mark=80, review_policy=ReviewPolicy.ALWAYS)
    learner = Learner(client_for(UserFactory()))
    first = learner.start(quiz.pk)
    assert learner.submit(first, [])["passed"] is False
    second = learner.start(quiz.pk)
    result = learner.submit(second, [learner.answer(q) for q in second["questions"]])
    assert result["passed"] is True


def test_no_shipped_credit_bearing_quiz_passes_on_what_a_failed_attempt_shows(client_for):
    load_curriculum(root=SHIPPED)
    quizzes = [q for q in Quiz.objects.select_related("course__credit_type") if q.bears_credit]
    awards = {
        c["slug"]: c.get("awards_credit", True)
        for c in yaml.safe_load((SHIPPED / "credit_types.yaml").read_text())
    }
    credit_courses = 0
    for path in SHIPPED.glob("*/course.yaml"):
        credit = yaml.safe_load(path.read_text())["credit"]
        credit_courses += any(
            awards[c["type"]] for c in (credit if isinstance(credit, list) else [credit])
        )
    assert len(quizzes) == credit_courses
    for quiz in quizzes:
        user = _enrolled_learner(quiz)
        learner = Learner(client_for(user))
        first = learner.start(quiz.pk)
        result = learner.submit(first, [])
        assert result["passed"] is False and result["feedback"] == []
        assert result["review_available"] is False and result["lessons"]
        second = learner.start(quiz.pk)
        ids1 = {q["id"] for q in first["questions"]}
        ids2 = {q["id"] for q in second["questions"]}
        assert len(ids1 & ids2) <= len(ids2) // 2, quiz.title
        result = learner.submit(second, [learner.answer(q) for q in second["questions"]])
        assert result["passed"] is False, quiz.title
        # The third attempt is the last of the round; a fourth is refused (API and HTML).
        third = learner.start(quiz.pk)
        assert learner.submit(third, [])["review_available"] is True
        refused = learner.client.post(reverse("api-quiz-attempts", args=[quiz.pk]))
        assert refused.status_code == 400
        assert refused.json()["error"]["message"].startswith(
            "You have used all 3 attempts allowed for this quiz."
        )
        html = Client()
        html.force_login(user)
        page = html.post(reverse("quizzes:quiz", args=[quiz.pk]), follow=True)
        assert "You have used all 3 attempts allowed for this quiz." in page.content.decode()
        assert Attempt.objects.filter(user=user, quiz=quiz).count() == 3


def test_shipped_pools_hold_at_least_twice_their_draw():
    load_curriculum(root=SHIPPED)
    quizzes = list(Quiz.objects.select_related("course__credit_type"))
    assert len(quizzes) == len(list(SHIPPED.glob("*/quiz.yaml")))
    for quiz in quizzes:
        pools = list(QuizPool.objects.filter(quiz=quiz))
        assert pools, quiz.title
        for pool in pools:
            size = QuizQuestion.objects.filter(quiz=quiz, pool=pool.name).count()
            assert size >= 2 * pool.draw, (quiz.title, pool.name, size, pool.draw)
        if quiz.bears_credit:
            assert quiz.withholds_key and quiz.attempts_allowed == 3 and quiz.cooloff_hours == 24


ALL_OR_NONE = re.compile(r"\b(all|none|both) of (the|these) (above|options)\b", re.I)


def test_shipped_questions_have_feedback_on_every_option_and_a_single_best_answer():
    for path in sorted((SHIPPED / "cases").glob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        for n, q in enumerate(data["questions"], start=1):
            where = f"{path.name} question {n}"
            options = q.get("choices") or q.get("steps") or []
            for option in options:
                assert option.get("feedback", "").strip(), where
                assert not ALL_OR_NONE.search(option["text"]), where
            if q["type"] == "single":
                assert sum(bool(o.get("correct")) for o in options) == 1, where


def _write_quiz(root: Path, text: str) -> None:
    (root / "01-social-media-in-healthcare" / "quiz.yaml").write_text(text)


@pytest.fixture
def small_root(tmp_path) -> Path:
    import shutil

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


QUIZ_HEAD = "title: Final\npass_mark: 80\n"


@pytest.mark.parametrize(
    ("pools", "message"),
    [
        (
            "pools:\n- name: Big\n  draw: 9\n  types: [spot]\n  cases: [icu-shift-vent]\n",
            "pool “Big” has 1 question(s) but draws 9",
        ),
        (
            "pools:\n- name: A\n  draw: 1\n  cases: [icu-shift-vent]\n"
            "- name: B\n  draw: 1\n  cases: [icu-shift-vent]\n",
            "a question is in both pools “A” and “B”",
        ),
        (
            "pools:\n- name: A\n  draw: 1\n  types: [essay]\n  cases: [icu-shift-vent]\n",
            "pool 1: “types” must be a list of question types (single, multiple, spot, order)",
        ),
        (
            "pools:\n- name: A\n  draw: 1\n  types: [spot]\n  cases: [patient-friend-request]\n",
            "pool “A”: case “patient-friend-request” has no question of type spot",
        ),
        (
            "review_policy: sometimes\npools:\n- name: A\n  draw: 1\n  cases: [icu-shift-vent]\n",
            "“review_policy” must be one of always, after_pass",
        ),
        (
            "questions:\n- case: icu-shift-vent\npools:\n- name: A\n  draw: 1\n"
            "  cases: [icu-shift-vent]\n",
            "give one of fixed “questions”, a random “draw” or question “pools”, not several",
        ),
    ],
)
def test_bad_pools_stop_the_load_and_write_nothing(small_root, pools, message):
    _write_quiz(small_root, QUIZ_HEAD + pools)
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=small_root)
    assert str(exc.value).endswith(f"quiz.yaml: {message}")
    assert not Quiz.objects.exists()


def test_unknown_lesson_competency_stops_the_load(small_root):
    lesson = next((small_root / "01-social-media-in-healthcare" / "lessons").glob("01-*.yaml"))
    text = lesson.read_text()
    lesson.write_text(re.sub(r"^competencies: .*$", "competencies: [telepathy]", text, flags=re.M))
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=small_root)
    assert "unknown competency 'telepathy'" in str(exc.value)
    assert not Quiz.objects.exists()
