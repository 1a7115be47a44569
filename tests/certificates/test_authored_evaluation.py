"""Authored evaluation: the course's objectives each get "did it meet objective N", its authors
may add questions and a practice-change prompt (course.yaml accreditation.evaluation); the
evaluation form, the service and the per-course report use them."""

import pytest
from django.core.exceptions import ValidationError

from certificates.models import ActivityEvaluation
from certificates.selectors import course_evaluation_report
from certificates.services import activity_evaluation_submit
from tests.factories import UserFactory, make_course

pytestmark = pytest.mark.django_db

EVALUATION = {
    "practice_change_prompt": "What will you change in how you reply to online reviews?",
    "questions": [
        {
            "key": "confidence",
            "text": "How confident are you now in replying to a public complaint?",
            "type": "choice",
            "choices": ["Not confident", "Somewhat confident", "Very confident"],
        },
        {"key": "barriers", "text": "What might stop you?", "type": "text", "choices": []},
    ],
}


@pytest.fixture
def course(ama):
    return make_course(
        credit_type=ama,
        credit_amount="1.00",
        objectives=[("objective", "Reply safely to a review."), ("objective", "Escalate.")],
        evaluation=EVALUATION,
    )


def submit(certificate, **answers):
    return activity_evaluation_submit(
        certificate=certificate,
        user=certificate.user,
        objectives_met="yes",
        practice_change="will_change",
        perceived_bias="none",
        answers=answers,
    )


def test_answers_are_stored_and_reported(complete, course):
    for n, (met, confidence) in enumerate(
        [("yes", "Very confident"), ("partly", "Somewhat confident"), ("yes", "Very confident")]
    ):
        certificate = complete(UserFactory(), course).certificate
        extra = {"barriers": "Time."} if n == 0 else {}
        submit(certificate, objective_1=met, objective_2="no", confidence=confidence, **extra)
    assert ActivityEvaluation.objects.order_by("pk").first().answers == {
        "objective_1": "yes",
        "objective_2": "no",
        "confidence": "Very confident",
        "barriers": "Time.",
    }
    report = course_evaluation_report(course=course)
    by_question = {d.question: d.counts for d in report.distributions}
    assert by_question["Did the activity meet objective 1: Reply safely to a review."] == [
        ("Yes, fully", 2, 66.7),
        ("Partly", 1, 33.3),
        ("No", 0, 0.0),
    ]
    assert by_question["How confident are you now in replying to a public complaint?"] == [
        ("Not confident", 0, 0.0),
        ("Somewhat confident", 1, 33.3),
        ("Very confident", 2, 66.7),
    ]
    assert ("What might stop you?", "Time.") in report.comments


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        ({"objective_3": "yes"}, {"answers": ["Unknown evaluation item(s): objective_3."]}),
        ({"objective_1": "maybe"}, {"objective_1": ["Choose one of: Yes, fully, Partly, No."]}),
        (
            {"confidence": "Extremely"},
            {"confidence": ["Choose one of: Not confident, Somewhat confident, Very confident."]},
        ),
        ({"barriers": "x" * 2001}, {"barriers": ["Answer in text of at most 2000 characters."]}),
    ],
)
def test_bad_answers_are_refused_naming_the_item(complete, course, answers, error):
    certificate = complete(UserFactory(), course).certificate
    with pytest.raises(ValidationError) as exc:
        submit(certificate, **answers)
    assert exc.value.message_dict == error
    assert not ActivityEvaluation.objects.exists()


def test_the_form_asks_the_course_items(client, complete, course):
    learner = UserFactory()
    certificate = complete(learner, course).certificate
    client.force_login(learner)
    html = client.get(f"/certificates/{certificate.pk}/").content.decode()
    assert "Did the activity meet objective 2: Escalate." in html
    assert "What will you change in how you reply to online reviews?" in html
    assert "How confident are you now in replying to a public complaint?" in html
    response = client.post(
        f"/certificates/{certificate.pk}/",
        {
            "step": "evaluation",
            "objectives_met": "yes",
            "q_objective_1": "partly",
            "practice_change": "confirmed",
            "perceived_bias": "none",
            "q_confidence": "Very confident",
            "q_barriers": "Time pressure.",
        },
    )
    assert response.status_code == 302
    assert ActivityEvaluation.objects.get().answers == {
        "objective_1": "partly",
        "confidence": "Very confident",
        "barriers": "Time pressure.",
    }


def test_api_takes_the_answers(client, complete, course):
    learner = UserFactory()
    certificate = complete(learner, course).certificate
    client.force_login(learner)
    response = client.post(
        f"/api/v1/certificates/{certificate.pk}/evaluation/",
        {
            "objectives_met": "yes",
            "practice_change": "confirmed",
            "perceived_bias": "none",
            "answers": {"objective_2": "no"},
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["answers"] == {"objective_2": "no"}
