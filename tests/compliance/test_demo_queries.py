"""Query counts of the compliance page and the member list at demo size: the `make run` data
(``seed_demo``: 40 members, 131 assignments over the demo's five requirements), built on small
courses with the demo's slugs instead of the whole curriculum.

While every precomputed status row holds (the normal case: the scheduled job keeps them
fresh), a request reads the stored rows only: no live-rule query, no requirement rules, and the
precomputed counts read once for the whole page. Rows out of their window add the live rule on
them, still a constant number of queries."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from compliance.management.commands.seed_demo import COURSE_SLUGS
from compliance.models import Assignment
from compliance.selectors import ComplianceStatus, statuses_out_of_date
from compliance.services import assignment_statuses_invalidate
from institutions.models import Institution, Membership
from tests.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(django_capture_on_commit_callbacks):
    for slug in COURSE_SLUGS:
        make_course(slug=slug, title=slug.replace("-", " ").capitalize(), lessons=1)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    inst = Institution.objects.get(slug="riverside")
    admin = Membership.objects.select_related("user").get(
        institution=inst, user__email="admin@riverside.example"
    )
    return inst, admin


def _sqls(fetch) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        fetch()
    return [q["sql"] for q in ctx.captured_queries]


def _get(client, url, params=None) -> None:
    assert client.get(url, params or {}).status_code == 200


def test_demo_page_and_list_read_only_the_stored_rows(
    client, api_client, demo, django_assert_max_num_queries
):
    inst, admin = demo
    assert Assignment.objects.filter(requirement__institution=inst).count() == 131
    assert not statuses_out_of_date(institution=inst, now=timezone.now())
    client.force_login(admin.user)
    api_client.force_authenticate(admin.user)
    page = reverse("compliance:compliance", args=[inst.slug])
    members = reverse("api-compliance-members", kwargs={"slug": inst.slug})
    export = reverse("api-compliance-export", kwargs={"slug": inst.slug})
    _get(client, page)  # warm: the signed-in user's row is then read from the cache

    # The live branch (its requirement rules, certificates and enrollments) is not built.
    live = ('"grace_days" AS "grace_days"', '"certificates_certificate"', '"courses_enrollment"')
    for fetch in (
        lambda: _get(client, page),
        lambda: _get(client, page, {"status": ComplianceStatus.OVERDUE}),
        lambda: _get(client, page, {"ordering": "status"}),
        lambda: _get(api_client, members),
        lambda: _get(api_client, members, {"status": ComplianceStatus.DUE_SOON}),
        lambda: _get(api_client, members, {"ordering": "status"}),
        lambda: b"".join(api_client.get(export).streaming_content),
    ):
        assert not [sql for sql in _sqls(fetch) if any(name in sql for name in live)]

    # Before the switch to precomputed rows the page took 21 queries; the precomputed counts
    # are now read once for the summary and the three lists, their page's ids and rows after.
    with django_assert_max_num_queries(19):
        _get(client, page)
    with django_assert_max_num_queries(19):
        _get(client, page, {"status": ComplianceStatus.OVERDUE})
    with django_assert_max_num_queries(9):
        _get(api_client, members)
    with django_assert_max_num_queries(9):
        _get(api_client, members, {"ordering": "status"})


def test_demo_page_with_rows_out_of_date_stays_constant(
    client, api_client, demo, django_assert_max_num_queries
):
    inst, admin = demo
    requirement_id = Assignment.objects.filter(requirement__institution=inst).first().requirement_id
    assignment_statuses_invalidate(where=Q(requirement_id=requirement_id))
    assert statuses_out_of_date(institution=inst, now=timezone.now())
    client.force_login(admin.user)
    api_client.force_authenticate(admin.user)
    page = reverse("compliance:compliance", args=[inst.slug])
    members = reverse("api-compliance-members", kwargs={"slug": inst.slug})
    _get(client, page)
    # The live rule on the out-of-date rows: the counts' two more queries once for the page,
    # the requirement rules once.
    with django_assert_max_num_queries(22):
        _get(client, page)
    with django_assert_max_num_queries(12):
        _get(api_client, members, {"status": ComplianceStatus.OVERDUE})
