"""A learner's due dates as an iCalendar feed their calendar app subscribes to: a private URL
(no sign-in, an unguessable token that stops working when their password changes), one all-day
event per open requirement, parsed back with the icalendar library."""

import datetime as dt

import pytest
from django.utils import timezone
from icalendar import Calendar

from compliance.calendar import calendar_feed_token
from courses.services import enrollment_create
from tests.compliance.helpers import assign, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner_with_requirements():
    inst = InstitutionFactory(name="Riverside Health")
    icu = DepartmentFactory(institution=inst, name="ICU")
    member = MembershipFactory(institution=inst, department=icu)
    today = timezone.localdate()
    overdue = requirement(inst, make_course(title="Patient privacy online"))
    soon = requirement(inst, make_course(title="Health misinformation"))
    assign(overdue, member, assigned_on=today, due_on=today - dt.timedelta(days=3))
    assign(soon, member, assigned_on=today, due_on=today + dt.timedelta(days=12))
    return member.user, inst


def _feed_url(user) -> str:
    return f"/my-learning/calendar/{calendar_feed_token(user)}.ics"


def test_feed_lists_each_open_requirement_as_an_all_day_event(client, learner_with_requirements):
    user, _inst = learner_with_requirements
    response = client.get(_feed_url(user))  # calendar apps do not sign in
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    calendar = Calendar.from_ical(response.content)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("DTSTART"))
    today = timezone.localdate()
    assert [(e.decoded("DTSTART"), str(e["SUMMARY"])) for e in events] == [
        (today - dt.timedelta(days=3), "Due: Patient privacy online (Riverside Health)"),
        (today + dt.timedelta(days=12), "Due: Health misinformation (Riverside Health)"),
    ]
    assert all(isinstance(e.decoded("DTSTART"), dt.date) for e in events)
    assert len({str(e["UID"]) for e in events}) == 2
    assert str(events[0]["URL"]).startswith("http://testserver/catalog/")


def test_completed_requirement_leaves_the_feed(
    client, learner_with_requirements, django_capture_on_commit_callbacks
):
    user, inst = learner_with_requirements
    from compliance.models import Requirement
    from courses.services import lesson_complete

    req = Requirement.objects.get(course__title="Health misinformation")
    with django_capture_on_commit_callbacks(execute=True):  # the certificate is issued on commit
        enrollment_create(user=user, course=req.course, source="requirement", institution=inst)
        for lesson in req.course.lessons():
            lesson_complete(user=user, lesson=lesson)
    events = Calendar.from_ical(client.get(_feed_url(user)).content).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Due: Patient privacy online (Riverside Health)"]


@pytest.mark.parametrize(
    "token", ["", "nonsense", "1-0000000000000000000000000000000", "999999-abc", "1-" + "a" * 500]
)
def test_bad_token_is_404(client, learner_with_requirements, token):
    assert client.get(f"/my-learning/calendar/{token}.ics").status_code == 404


def test_token_stops_working_when_the_password_changes(client, learner_with_requirements):
    user, _inst = learner_with_requirements
    url = _feed_url(user)
    user.set_password("a brand new passphrase")
    user.save()
    assert client.get(url).status_code == 404


def test_my_learning_offers_the_feed(client, learner_with_requirements):
    user, _inst = learner_with_requirements
    client.force_login(user)
    html = client.get("/my-learning/").content.decode()
    assert f"http://testserver{_feed_url(user)}" in html
