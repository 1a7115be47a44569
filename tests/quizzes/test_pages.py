import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from quizzes.models import Attempt, Choice, QuestionType
from quizzes.selectors import attempt_served
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.factories import EnrollmentFactory, make_course
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


def test_take_page_html_leaks_no_answers(logged_in, learner):
    quiz = make_quiz(n=8, feedback_timing="end")
    started = attempt_start(user=learner, quiz=quiz)
    html = logged_in.get(reverse("quizzes:attempt", args=[started.attempt.pk])).content.decode()
    assert "Question 1 of 8" in html
    for secret in Choice.objects.exclude(feedback="").values_list("feedback", flat=True):
        assert secret not in html
    assert "SECRET-EXPLANATION" not in html
    assert not re.search(r"correct|is_correct|data-key", html, re.IGNORECASE)
    # The spot key phrases are not in the page as options either: only as plain post text tokens.
    spot = next(sq for sq in started.questions if sq.type == QuestionType.SPOT)
    assert f'name="q{spot.id}-t" value="0"' in html
    assert f'name="q{spot.id}"' not in html
    # The page's script carries no answers either.
    js = (Path(settings.BASE_DIR) / "static" / "js" / "quizzes.js").read_text(encoding="utf-8")
    assert not re.search(r"correct|feedback|explanation|fetch\(|XMLHttpRequest", js)


def test_post_card_is_text_with_platform_class(logged_in, learner):
    quiz = make_quiz(n=1)
    started = attempt_start(user=learner, quiz=quiz)
    html = logged_in.get(reverse("quizzes:attempt", args=[started.attempt.pk])).content.decode()
    assert 'class="post-card post-x"' in html
    assert 'aria-label="X (Twitter) post by ICU nurse, 2019"' in html
    assert (
        '<span class="post-placeholder" title="Replaced by the anonymizer">[HOSPITAL_1]</span>'
        in html
    )
    # The card itself is text (the site header may carry a decorative logo image).
    card = html[html.index('class="post-card post-x"') :]
    card = card[: card.index("</article>")] if "</article>" in card else card
    assert "<img" not in card


def test_form_submission_scores_and_shows_feedback(logged_in, learner):
    quiz = make_quiz(n=4)
    started = attempt_start(user=learner, quiz=quiz)
    served = started.questions
    data = {"action": "submit"}
    for answer in correct_answers(served):
        qid = answer["question"]
        if "choices" in answer:
            data[f"q{qid}"] = [str(c) for c in answer["choices"]]
        elif "tokens" in answer:
            data[f"q{qid}-t"] = [str(t) for t in answer["tokens"]]
        else:
            for pos, cid in enumerate(answer["order"], start=1):
                data[f"q{qid}-pos-{cid}"] = str(pos)
    response = logged_in.post(reverse("quizzes:attempt", args=[started.attempt.pk]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes:result", args=[started.attempt.pk])
    attempt = Attempt.objects.get(pk=started.attempt.pk)
    assert attempt.score == 100
    html = logged_in.get(response["Location"]).content.decode()
    assert "Your result: 100%" in html and "Passed" in html
    assert "SECRET-EXPLANATION-single-0" in html and "SECRET-FEEDBACK-0-1" in html
    assert "no competency to revisit" in html
    # The take page of a submitted attempt goes to the result.
    again = logged_in.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert again["Location"] == reverse("quizzes:result", args=[attempt.pk])


def test_duplicate_positions_are_refused_with_a_clear_error(logged_in, learner):
    quiz = make_quiz(n=1, types=["order"])
    started = attempt_start(user=learner, quiz=quiz)
    sq = started.questions[0]
    data = {"action": "submit"} | {f"q{sq.id}-pos-{c.pk}": "1" for c in sq.choices}
    response = logged_in.post(reverse("quizzes:attempt", args=[started.attempt.pk]), data)
    assert response.status_code == 400
    assert (
        "Question 1: give each step a different position from 1 to 4." in response.content.decode()
    )
    assert Attempt.objects.get(pk=started.attempt.pk).submitted_at is None


def test_result_lists_competencies_to_revisit(logged_in, learner):
    quiz = make_quiz(n=2)
    started = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=learner, answers=[])
    html = logged_in.get(reverse("quizzes:result", args=[started.attempt.pk])).content.decode()
    assert "Competencies to revisit" in html and "Confidentiality &amp; privacy" in html
    assert "Not answered" in html


def test_feedback_each_shows_only_checked_questions(logged_in, learner):
    quiz = make_quiz(n=2, feedback_timing="each")
    started = attempt_start(user=learner, quiz=quiz)
    first = started.questions[0]
    wrong = next(c for c in first.choices if not c.is_correct)
    url = reverse("quizzes:attempt", args=[started.attempt.pk])
    response = logged_in.post(url, {"action": f"check:{first.id}", f"q{first.id}": str(wrong.pk)})
    assert response.status_code == 302 and response["Location"] == f"{url}#q-{first.id}"
    html = logged_in.get(url).content.decode()
    assert "SECRET-FEEDBACK-0-1" in html  # the checked question's feedback
    assert "SECRET-FEEDBACK-1-" not in html  # nothing about the unchecked one
    assert "SECRET-EXPLANATION-multiple-1" not in html


def test_other_users_attempt_pages_are_404(client, learner, other_learner):
    quiz = make_quiz(n=1)
    started = attempt_start(user=learner, quiz=quiz)
    client.force_login(other_learner)
    assert client.get(reverse("quizzes:attempt", args=[started.attempt.pk])).status_code == 404
    assert client.get(reverse("quizzes:result", args=[started.attempt.pk])).status_code == 404


def test_quiz_page_starts_and_resumes(logged_in, learner):
    quiz = make_quiz(n=1)
    url = reverse("quizzes:quiz", args=[quiz.pk])
    assert "Start the quiz" in logged_in.get(url).content.decode()
    response = logged_in.post(url)
    attempt = Attempt.objects.get(user=learner)
    assert response["Location"] == reverse("quizzes:attempt", args=[attempt.pk])
    assert "Resume attempt 1" in logged_in.get(url).content.decode()


def test_quiz_page_explains_enrollment_is_needed(logged_in):
    course = make_course(lessons=1)
    quiz = make_quiz(n=1, course=course)
    response = logged_in.post(reverse("quizzes:quiz", args=[quiz.pk]), follow=True)
    assert "Enroll in the course before taking its final quiz." in response.content.decode()


def test_course_page_and_my_learning_link_the_final_quiz(logged_in, learner):
    course = make_course(lessons=1)
    quiz = make_quiz(n=1, course=course)
    EnrollmentFactory(user=learner, course=course)
    quiz_url = reverse("quizzes:quiz", args=[quiz.pk])
    assert quiz_url in logged_in.get(course.url).content.decode()
    started = attempt_start(user=learner, quiz=quiz)
    attempt_submit(
        attempt=started.attempt,
        user=learner,
        answers=correct_answers(attempt_served(attempt=started.attempt)),
    )
    html = logged_in.get("/my-learning/").content.decode()
    assert quiz_url in html and "Quiz attempts" in html


def test_navigator_flags_and_unanswered_warning(logged_in, learner):
    quiz = make_quiz(n=3, types=[QuestionType.SINGLE])
    started = attempt_start(user=learner, quiz=quiz)
    q1, q2, q3 = started.questions
    url = reverse("quizzes:attempt", args=[started.attempt.pk])
    html = logged_in.get(url).content.decode()
    assert 'aria-label="Question navigator"' in html
    assert html.count("data-nav-for=") == 3 and "0 of 3 answered" in html
    # Save one answer and flag another: the navigator shows both after reloading.
    logged_in.post(
        url, {"action": "save", f"q{q1.id}": str(q1.choices[0].pk), "flag": [str(q2.id)]}
    )
    html = logged_in.get(url).content.decode()
    assert "1 of 3 answered" in html
    assert f'data-nav-for="q-{q1.id}" class="is-answered"' in html
    assert f'data-nav-for="q-{q2.id}" class=" is-flagged"' in html
    assert ": not answered, flagged for review" in html
    # Submitting with questions unanswered lists them first and submits nothing.
    data = {"action": "submit", f"q{q1.id}": str(q1.choices[0].pk)}
    response = logged_in.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "2 questions not answered yet" in page
    assert f'<a href="#q-{q2.id}">Question 2</a>' in page
    assert f'<a href="#q-{q3.id}">Question 3</a>' in page
    assert Attempt.objects.get(pk=started.attempt.pk).submitted_at is None
    # "Submit anyway" confirms.
    response = logged_in.post(url, {**data, "confirm_unanswered": "1"})
    assert response.status_code == 302
    assert Attempt.objects.get(pk=started.attempt.pk).submitted_at is not None


def test_fully_answered_attempt_submits_without_a_warning(logged_in, learner):
    quiz = make_quiz(n=2, types=[QuestionType.SINGLE])
    started = attempt_start(user=learner, quiz=quiz)
    data = {"action": "submit"}
    for sq in started.questions:
        data[f"q{sq.id}"] = str(sq.choices[1].pk)
    response = logged_in.post(reverse("quizzes:attempt", args=[started.attempt.pk]), data)
    assert response.status_code == 302
