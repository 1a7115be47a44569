import json

import pytest
from django.urls import reverse

from quizzes.models import Attempt, Choice
from quizzes.selectors import attempt_served
from tests.factories import EnrollmentFactory, UserFactory, make_course
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = pytest.mark.django_db


def start_url(quiz_id):
    return reverse("api-quiz-attempts", kwargs={"quiz_id": quiz_id})


def submit_url(attempt_id):
    return reverse("api-attempt-submit", kwargs={"attempt_id": attempt_id})


@pytest.fixture
def client_for(api_client):
    def _login(user):
        api_client.force_authenticate(user)
        return api_client

    return _login


def secrets_of(quiz) -> list[str]:
    """Every string that would reveal the key or feedback before submission."""
    out = []
    for qq in quiz.quiz_questions.select_related("question"):
        out.append(qq.question.explanation)
    out += list(Choice.objects.exclude(feedback="").values_list("feedback", flat=True))
    return out


def test_start_returns_questions_without_any_correctness(client_for, learner):
    quiz = make_quiz(n=4)
    response = client_for(learner).post(start_url(quiz.pk))
    assert response.status_code == 201
    body = response.json()
    assert body["resumed"] is False and len(body["questions"]) == 4
    raw = json.dumps(body)
    for secret in secrets_of(quiz):
        assert secret not in raw
    # Spot key phrases (Choice rows of the spot question) are never served.
    spot = next(q for q in body["questions"] if q["type"] == "spot")
    assert spot["choices"] == [] and spot["tokens"][0] == {"index": 0, "text": "12"}
    for q in body["questions"]:
        assert set(q) == {"id", "number", "type", "stem", "points", "case", "choices", "tokens"}
        for c in q["choices"]:
            assert set(c) == {"id", "text"}
    assert set(body["questions"][0]["case"]) == {
        "id", "platform", "platform_label", "author_role", "text", "media_description", "year",
        "likes", "comments", "shares",
    }  # fmt: skip
    for word in ("correct", "feedback", "explanation", "is_correct", "competency", "key"):
        assert f'"{word}"' not in raw


def test_start_twice_resumes(client_for, learner):
    quiz = make_quiz(n=2)
    client = client_for(learner)
    first = client.post(start_url(quiz.pk)).json()
    second = client.post(start_url(quiz.pk))
    assert second.status_code == 200 and second.json()["resumed"] is True
    assert second.json()["id"] == first["id"]
    assert second.json()["questions"] == first["questions"]


def test_submit_scores_and_second_submit_returns_the_same_result(client_for, learner):
    quiz = make_quiz(n=4)
    client = client_for(learner)
    started = client.post(start_url(quiz.pk)).json()
    attempt = Attempt.objects.get(pk=started["id"])
    answers = correct_answers(attempt_served(attempt=attempt))
    answers[0]["choices"] = []  # one question wrong
    response = client.post(submit_url(attempt.pk), {"answers": answers}, format="json")
    assert response.status_code == 200
    result = response.json()
    assert result["score"] == 75.0 and result["passed"] is True
    assert result["points_earned"] == 3.0 and result["points_possible"] == 4.0
    assert [f["correct"] for f in result["feedback"]] == [False, True, True, True]
    assert result["feedback"][0]["explanation"] == "SECRET-EXPLANATION-single-0"
    assert result["revisit"] == [
        {"competency": "confidentiality", "label": "Confidentiality & privacy"}
    ]
    again = client.post(submit_url(attempt.pk), {"answers": []}, format="json")
    assert again.status_code == 200 and again.json() == result


def test_submit_refuses_an_unserved_question_with_a_clear_error(client_for, learner):
    quiz = make_quiz(n=2)
    client = client_for(learner)
    started = client.post(start_url(quiz.pk)).json()
    response = client.post(
        submit_url(started["id"]), {"answers": [{"question": 999999, "choices": []}]}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Question 999999 was not served in this attempt."
    assert Attempt.objects.get(pk=started["id"]).submitted_at is None


def test_submit_validates_shape(client_for, learner):
    quiz = make_quiz(n=2)
    client = client_for(learner)
    started = client.post(start_url(quiz.pk)).json()
    response = client.post(
        submit_url(started["id"]), {"answers": [{"choices": [1]}]}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "answers.0.question: This field is required."


def test_another_users_attempt_answers_404(client_for, learner):
    quiz = make_quiz(n=2)
    started = client_for(learner).post(start_url(quiz.pk)).json()
    intruder = client_for(UserFactory())
    response = intruder.post(submit_url(started["id"]), {"answers": []}, format="json")
    assert response.status_code == 404
    assert intruder.post(submit_url(987654), {"answers": []}, format="json").status_code == 404
    assert Attempt.objects.get(pk=started["id"]).submitted_at is None


def test_missing_quiz_is_404_and_anonymous_is_refused(api_client, client_for, learner):
    assert api_client.post(start_url(1)).status_code == 401
    assert client_for(learner).post(start_url(123456)).status_code == 404


def test_final_quiz_requires_enrollment(client_for, learner):
    course = make_course(lessons=1)
    quiz = make_quiz(n=2, course=course)
    client = client_for(learner)
    response = client.post(start_url(quiz.pk))
    assert response.status_code == 400
    assert (
        response.json()["error"]["message"] == "Enroll in the course before taking its final quiz."
    )
    EnrollmentFactory(user=learner, course=course)
    assert client.post(start_url(quiz.pk)).status_code == 201


def test_attempt_limit_via_api(client_for, learner):
    quiz = make_quiz(n=1, attempts_allowed=1, cooloff_hours=0)
    client = client_for(learner)
    started = client.post(start_url(quiz.pk)).json()
    client.post(submit_url(started["id"]), {"answers": []}, format="json")
    response = client.post(start_url(quiz.pk))
    assert response.status_code == 400
    assert (
        response.json()["error"]["message"] == "You have used all 1 attempt allowed for this quiz."
    )
