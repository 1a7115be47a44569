import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from compliance.models import Requirement, RosterImport
from courses.services import enrollment_create
from institutions.models import Role
from tests.compliance.helpers import assign, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    inst = InstitutionFactory(slug="riverside")
    icu, er = (
        DepartmentFactory(institution=inst, name="ICU"),
        DepartmentFactory(institution=inst, name="ER"),
    )
    req = requirement(inst, make_course(title="Privacy online"))
    people = {
        "admin": MembershipFactory(institution=inst, role=Role.ADMIN),
        "manager": MembershipFactory(institution=inst, role=Role.MANAGER, department=icu),
        "learner": MembershipFactory(institution=inst, department=icu),
        "er_nurse": MembershipFactory(institution=inst, department=er),
        "other_admin": MembershipFactory(role=Role.ADMIN),
    }
    today = timezone.localdate()
    assign(req, people["learner"], assigned_on=today, due_on=today - dt.timedelta(days=2))
    assign(req, people["er_nurse"], assigned_on=today, due_on=today + dt.timedelta(days=50))
    ri = RosterImport.objects.create(
        institution=inst,
        filename="x.csv",
        status="failed",
        errors=[{"row": 2, "field": "email", "message": "Enter a valid email address."}],
    )
    return inst, icu, er, req, people, ri


def pages(inst, icu, er, req, people, ri):
    return {
        "dashboard": (reverse("compliance:compliance", args=[inst.slug]), "report"),
        "icu": (reverse("compliance:compliance-department", args=[inst.slug, icu.id]), "report"),
        "er": (
            reverse("compliance:compliance-department", args=[inst.slug, er.id]),
            "admin-report",
        ),
        "member": (
            reverse("compliance:compliance-member", args=[inst.slug, people["learner"].id]),
            "report",
        ),
        "er_member": (
            reverse("compliance:compliance-member", args=[inst.slug, people["er_nurse"].id]),
            "admin-report",
        ),
        "import": (reverse("compliance:roster-import", args=[inst.slug]), "admin"),
        "import_detail": (
            reverse("compliance:roster-import-detail", args=[inst.slug, ri.pk]),
            "admin",
        ),
        "requirements": (reverse("compliance:requirement-list", args=[inst.slug]), "admin"),
        "requirement_new": (reverse("compliance:requirement-create", args=[inst.slug]), "admin"),
        "requirement_edit": (
            reverse("compliance:requirement-edit", args=[inst.slug, req.pk]),
            "admin",
        ),
    }


EXPECTED = {
    # who: (report pages, admin-only report pages (other departments), admin pages)
    "admin": (200, 200, 200),
    "manager": (200, 404, 404),
    "learner": (404, 404, 404),
    "other_admin": (404, 404, 404),
}


@pytest.mark.parametrize("who", [*EXPECTED, "anonymous"])
def test_page_access_matrix(client, site, who):
    _inst, _icu, _er, _req, people, _ri = site
    if who != "anonymous":
        client.force_login(people[who].user)
    for name, (url, kind) in pages(*site).items():
        response = client.get(url)
        if who == "anonymous":
            assert response.status_code == 302, name
            assert response["Location"].startswith("/accounts/login/"), name
            continue
        report, admin_report, admin = EXPECTED[who]
        expected = {"report": report, "admin-report": admin_report, "admin": admin}[kind]
        assert response.status_code == expected, (name, response.status_code)


def test_dashboard_shows_figures_chart_and_table(client, site):
    inst, _icu, _er, _req, people, _ri = site
    client.force_login(people["admin"].user)
    html = client.get(reverse("compliance:compliance", args=[inst.slug])).content.decode()
    assert "<svg" in html and 'aria-hidden="true"' in html
    assert "Compliance by department" in html  # the table alternative's caption
    assert "50.0%" in html or "0.0%" in html
    assert "cdn" not in html.lower()
    overdue = client.get(reverse("compliance:compliance", args=[inst.slug]), {"status": "overdue"})
    assert overdue.context["page"].paginator.count == 1


def test_dashboard_query_count_is_constant(client, site, django_assert_max_num_queries):
    inst, icu, _er, req, people, _ri = site
    client.force_login(people["admin"].user)
    url = reverse("compliance:compliance", args=[inst.slug])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm: the signed-in user's row is then read from the cache
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    today = timezone.localdate()
    for _ in range(40):
        assign(req, MembershipFactory(institution=inst, department=icu), assigned_on=today)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(before) == len(after)
    # 27: the member list and the most-overdue / expiring lists read the precomputed counts
    # (to choose how to cut their page) and then their page's ids and rows.
    with django_assert_max_num_queries(27):
        client.get(url)


def test_roster_upload_page_reports_bad_rows(client, site):
    inst, _icu, _er, _req, people, _ri = site
    client.force_login(people["admin"].user)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("r.csv", b"email\nnot-an-email\n", content_type="text/csv")
    response = client.post(
        reverse("compliance:roster-import", args=[inst.slug]), {"file": upload}, follow=True
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "Enter a valid email address." in html
    big = SimpleUploadedFile("r.txt", b"email\n", content_type="text/plain")
    response = client.post(reverse("compliance:roster-import", args=[inst.slug]), {"file": big})
    assert "Upload a .csv file (comma-separated values)." in response.content.decode()


def test_requirement_form_creates_and_edits(client, site):
    inst, icu, _er, _req, people, _ri = site
    client.force_login(people["admin"].user)
    course = make_course(title="Boundaries")
    response = client.post(
        reverse("compliance:requirement-create", args=[inst.slug]),
        {
            "course": course.pk,
            "audience": "departments",
            "departments": [icu.pk],
            "due_rule": "after_assignment",
            "due_days": 14,
            "grace_days": 0,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    created = Requirement.objects.get(course=course)
    assert list(created.departments.all()) == [icu]
    assert set(created.assignments.values_list("membership_id", flat=True)) == {
        people["manager"].id,
        people["learner"].id,
    }
    response = client.post(
        reverse("compliance:requirement-edit", args=[inst.slug, created.pk]),
        {"audience": "everyone", "due_rule": "fixed_date", "due_date": "", "grace_days": 0},
    )
    assert response.status_code == 200
    assert "Give the due date." in response.content.decode()


def test_my_learning_shows_assigned_requirements_with_due_date(client, site):
    inst, _icu, _er, req, people, _ri = site
    learner = people["learner"].user
    client.force_login(learner)
    due = (timezone.localdate() - dt.timedelta(days=2)).strftime("%-d %B %Y")
    # Not enrolled yet: listed under "Required by your institution".
    html = client.get("/my-learning/").content.decode()
    assert "Required by your institution" in html
    # Enrolled (as requirements do): the course's own row carries the due date, once.
    enrollment_create(user=learner, course=req.course, source="requirement", institution=inst)
    soup = BeautifulSoup(client.get("/my-learning/").content, "html.parser")
    assert "Required by your institution" not in soup.text
    rows = soup.find(id="assigned-title").find_parent("section").select(".enrollment")
    assert [row.h3.text for row in rows] == [req.course.title]
    text = " ".join(rows[0].text.split())
    assert f"Due {due}" in text
    assert "Overdue" in text
    assert f"Assigned by {inst.name}" in text
    assert [h.text for h in soup.select(".enrollment h3")].count(req.course.title) == 1
