"""Deep Linking 2.0, Assignment and Grade Services and Names and Role Provisioning against a
real LTI 1.3 platform (lti1p3platform over HTTP): the platform verifies Ethos's signed deep
linking response and client assertions with Ethos's published JWKS, and records what arrives."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from lti_tool.models import LtiContext, LtiUser

from accounts.models import User
from courses.services import enrollment_create
from institutions.models import Membership
from lti.models import QuizLineItem, RosterSync, ScorePublish, ScoreStatus
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory, make_course
from tests.lti.conftest import Browser, refusal
from tests.lti.platform import INSTRUCTOR, LEARNER, LaunchSpec
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = pytest.mark.django_db(transaction=True)

TEACHER = LaunchSpec(
    user_id="lms-teacher-1",
    roles=[INSTRUCTOR],
    name="Tess Teacher",
    email="tess@northside.example",
    deep_link=True,
)


def deep_link(browser, platform, item: str) -> dict:
    """The instructor adds ``item`` from the picker; returns the content item the platform
    accepted."""
    launched = browser.launch(platform, TEACHER)
    assert launched.status_code == 302
    assert launched.headers["Location"] == "/lti/deep-link/"
    picker = browser.get("/lti/deep-link/")
    assert picker.status_code == 200
    answer = browser.post("/lti/deep-link/", {"item": item})
    assert answer.status_code == 200
    form = BeautifulSoup(answer.text, "html.parser").find(id="lti-deep-link-return")
    assert form["action"] == f"{platform.base_url}/deep_link_return"
    assert platform.base_url in answer.headers["Content-Security-Policy"]
    returned = browser.session.post(form["action"], data={"JWT": form.find("input")["value"]})
    assert returned.status_code == 200, returned.text
    return platform.deep_link_items[-1]


def test_deep_link_a_course(platform, registered, browser, live_server):
    course = make_course(title="Misinformation")
    item = deep_link(browser, platform, f"course:{course.pk}")
    assert item == {
        "type": "ltiResourceLink",
        "title": "Misinformation",
        "url": f"{live_server.url}/lti/launch/",
        "custom": {"ethos_course": str(course.pk)},
    }
    assert platform.gradebook.lineitems == {}


def test_deep_link_picker_refuses_an_unknown_item(platform, registered, browser):
    assert browser.launch(platform, TEACHER).status_code == 302
    response = browser.post("/lti/deep-link/", {"item": "quiz:999999"})
    assert response.status_code == 400
    assert refusal(response) == "No quiz with id 999999."
    assert platform.deep_link_items == []


@pytest.fixture
def graded_quiz(platform, registered, browser):
    """A course's final quiz deep-linked by the instructor: the platform holds its column."""
    course = make_course(title="Professional boundaries")
    quiz = make_quiz(course=course, title="Boundaries final quiz", n=2)
    item = deep_link(browser, platform, f"quiz:{quiz.pk}")
    assert item["lineItem"] == {
        "scoreMaximum": 100,
        "label": "Boundaries final quiz",
        "resourceId": f"ethos-quiz-{quiz.pk}",
        "tag": "ethos-quiz",
    }
    assert item["custom"] == {"ethos_quiz": str(quiz.pk)}
    (lineitem_url,) = platform.gradebook.lineitems
    return quiz, item, lineitem_url


def test_grade_passback_on_pass_and_each_later_submission(
    platform, graded_quiz, browser, live_server
):
    quiz, item, lineitem_url = graded_quiz
    learner = Browser(live_server.url)
    spec = LaunchSpec(
        user_id="lms-learner-7",
        roles=[LEARNER],
        email="lee@northside.example",
        resource_link_id="link-quiz",
        custom=item["custom"],
        lineitem=lineitem_url,
    )
    response = learner.launch(platform, spec)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/quizzes/{quiz.pk}/"
    assert QuizLineItem.objects.get().lineitem.url == lineitem_url
    user = User.objects.get(email="lee@northside.example")

    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=correct_answers(started.questions))
    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=[])

    scores = platform.gradebook.scores[lineitem_url]
    assert [
        (
            s["userId"],
            s["scoreGiven"],
            s["scoreMaximum"],
            s["activityProgress"],
            s["gradingProgress"],
        )
        for s in scores
    ] == [
        ("lms-learner-7", 100.0, 100.0, "Completed", "FullyGraded"),
        ("lms-learner-7", 0.0, 100.0, "Submitted", "FullyGraded"),
    ]
    assert list(ScorePublish.objects.order_by("id").values_list("status", "tries")) == [
        (ScoreStatus.SENT, 1),
        (ScoreStatus.SENT, 1),
    ]
    # The platform issued a token for the tool's signed client assertion, then took the scores.
    assert ("POST", "/token") in platform.requests


def test_score_is_recorded_once_per_attempt_and_column(platform, graded_quiz, live_server):
    from lti.services import score_publishes_record

    quiz, item, lineitem_url = graded_quiz
    learner = Browser(live_server.url)
    spec = LaunchSpec(
        user_id="lms-learner-8",
        roles=[LEARNER],
        email="kim@northside.example",
        custom=item["custom"],
        lineitem=lineitem_url,
    )
    assert learner.launch(platform, spec).status_code == 302
    user = User.objects.get(email="kim@northside.example")
    started = attempt_start(user=user, quiz=quiz)
    attempt = attempt_submit(
        attempt=started.attempt, user=user, answers=correct_answers(started.questions)
    )
    assert score_publishes_record(attempt=attempt) == []
    assert ScorePublish.objects.count() == 1
    assert len(platform.gradebook.scores[lineitem_url]) == 1


def test_failed_passback_is_kept_with_its_error(platform, graded_quiz, live_server):
    quiz, item, lineitem_url = graded_quiz
    learner = Browser(live_server.url)
    spec = LaunchSpec(
        user_id="lms-learner-9",
        roles=[LEARNER],
        email="max@northside.example",
        custom=item["custom"],
        lineitem=lineitem_url,
    )
    assert learner.launch(platform, spec).status_code == 302
    platform.gradebook.lineitems.clear()  # the column was deleted in the LMS
    user = User.objects.get(email="max@northside.example")
    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=correct_answers(started.questions))
    publish = ScorePublish.objects.get()
    assert (publish.status, publish.tries, publish.sent_at) == (ScoreStatus.FAILED, 1, None)
    assert f"HTTP response [{lineitem_url}/scores]: 404" in publish.last_error


def test_no_passback_for_a_learner_who_did_not_come_from_the_lms(platform, graded_quiz):
    quiz, _, lineitem_url = graded_quiz
    user = UserFactory()
    enrollment_create(user=user, course=quiz.course)
    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=correct_answers(started.questions))
    assert ScorePublish.objects.count() == 0
    assert lineitem_url not in platform.gradebook.scores


# --- Names and Role Provisioning ---------------------------------------------------------


def roster():
    return [
        {
            "user_id": "lms-teacher-1",
            "roles": [INSTRUCTOR],
            "name": "Tess Teacher",
            "email": "tess@northside.example",
            "status": "Active",
        },
        {
            "user_id": "lms-s-1",
            "roles": [LEARNER],
            "name": "Sam One",
            "email": "sam1@northside.example",
            "status": "Active",
        },
        {
            "user_id": "lms-s-2",
            "roles": [LEARNER],
            "name": "Riley Elsewhere",
            "email": "riley@riverside.example",
            "status": "Active",
        },
        {
            "user_id": "lms-s-3",
            "roles": [LEARNER],
            "name": "Gone Student",
            "email": "gone@northside.example",
            "status": "Inactive",
        },
    ]


def test_instructor_pulls_the_roster_into_the_institution_only(
    platform, registered, institution, browser
):
    other = InstitutionFactory(name="Riverside Health")
    riley = UserFactory(email="riley@riverside.example")
    MembershipFactory(user=riley, institution=other)
    platform.roster["course-1"] = roster()
    assert browser.launch(platform, TEACHER).status_code == 302

    response = browser.post("/lti/roster/", allow_redirects=False)

    assert response.status_code == 302
    sync = RosterSync.objects.get()
    assert (sync.members, sync.created, sync.updated) == (4, 1, 1)
    assert sync.refused == [
        {
            "user_id": "lms-s-2",
            "reason": (
                "An Ethos account already exists for riley@riverside.example and is not a member "
                "of Northside Nursing School. Ask Northside Nursing School's administrator for an "
                "invitation, accept it, then launch again."
            ),
        }
    ]
    sam = User.objects.get(email="sam1@northside.example")
    assert list(sam.memberships.values_list("institution", "is_active")) == [(institution.pk, True)]
    assert list(riley.memberships.values_list("institution", flat=True)) == [other.pk]
    assert not User.objects.filter(email="gone@northside.example").exists()
    context = LtiContext.objects.get()
    active = context.memberships.filter(is_active=True).values_list("user__sub", flat=True)
    assert sorted(active) == ["lms-s-1", "lms-s-2", "lms-teacher-1"]
    assert LtiUser.objects.get(sub="lms-s-2").auth_user is None
    page = browser.get("/my-learning/")
    assert "Roster pulled: 4 members, 1 new, 1 updated, 1 refused." in page.text


def test_learner_cannot_pull_the_roster(platform, registered, browser):
    platform.roster["course-1"] = roster()
    spec = LaunchSpec(user_id="lms-s-1", roles=[LEARNER], email="sam1@northside.example")
    assert browser.launch(platform, spec).status_code == 302
    response = browser.post("/lti/roster/")
    assert response.status_code == 403
    assert refusal(response) == "Only the course's instructors can pull its roster."
    assert RosterSync.objects.count() == 0


def test_roster_command(platform, registered, institution, browser, capsys):
    platform.roster["course-1"] = roster()[:2]
    assert browser.launch(platform, TEACHER).status_code == 302
    context = LtiContext.objects.get()
    call_command("lti_pull_roster", str(context.pk))
    assert capsys.readouterr().out == ("Course course-1: 2 members, 1 new, 1 updated, 0 refused.\n")
    assert Membership.objects.filter(institution=institution, is_active=True).count() == 2


def test_score_goes_only_to_columns_of_the_learners_own_contexts(
    platform, graded_quiz, live_server
):
    """Another institution's deployment has a column for the same quiz: the learner is not in
    its course, so nothing of theirs is sent there."""
    from lti_tool.models import LtiLineItem

    from tests.lti.conftest import register

    quiz, item, lineitem_url = graded_quiz
    _, riverside = register(platform, InstitutionFactory(name="Riverside"), deployment_id="rv")
    their_context = LtiContext.objects.create(deployment=riverside, id_on_platform="rv-course")
    their_column = LtiLineItem.objects.create(
        context=their_context, url=f"{platform.base_url}/lineitems/99", maximum_score=100, label="x"
    )
    QuizLineItem.objects.create(lineitem=their_column, quiz=quiz)
    learner = Browser(live_server.url)
    spec = LaunchSpec(
        user_id="lms-learner-t",
        roles=[LEARNER],
        email="tam@northside.example",
        custom=item["custom"],
        lineitem=lineitem_url,
    )
    assert learner.launch(platform, spec).status_code == 302
    user = User.objects.get(email="tam@northside.example")
    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=correct_answers(started.questions))
    assert list(ScorePublish.objects.values_list("lineitem__url", flat=True)) == [lineitem_url]
    assert list(platform.gradebook.scores) == [lineitem_url]
