"""The same new LMS user launching twice at once (two tabs, a double click): both launches land
signed in to one account with one membership, nothing half-written (PostgreSQL, real threads,
real platform)."""

import threading

import pytest
from django.db import connection
from lti_tool.models import LtiUser

from accounts.models import User
from courses.models import Enrollment
from institutions.models import Membership
from tests.factories import make_course
from tests.lti.conftest import Browser
from tests.lti.platform import LEARNER, LaunchSpec

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_simultaneous_first_launches_share_one_account(
    platform, registered, institution, live_server
):
    course = make_course(title="Patient privacy online")
    spec = LaunchSpec(
        user_id="lms-user-77",
        roles=[LEARNER],
        name="Ana Learner",
        email="ana@northside.example",
        custom={"ethos_course": str(course.pk)},
    )
    tabs = 4
    browsers = [Browser(live_server.url) for _ in range(tabs)]
    forms = [b.authorize(platform, spec) for b in browsers]
    barrier = threading.Barrier(tabs)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def post(browser, form):
        try:
            barrier.wait()
            statuses.append(browser.post_launch(form).status_code)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=post, args=pair) for pair in zip(browsers, forms, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    connection.close()
    assert errors == []
    assert statuses == [302] * tabs
    user = LtiUser.objects.get(sub="lms-user-77").auth_user
    assert User.objects.filter(pk=user.pk).count() == 1
    assert User.objects.filter(display_name="Ana Learner").count() == 1
    assert list(Membership.objects.filter(user=user).values_list("is_active", flat=True)) == [True]
    assert Enrollment.objects.filter(user=user, course_id=course.pk).count() == 1
    for b in browsers:  # every tab is signed in to that one account
        assert b.get("/my-learning/", allow_redirects=False).status_code == 200
