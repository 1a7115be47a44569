"""An institution admin imports a staff roster, requires a real course of everyone, watches the
compliance dashboard change (assignments appear, then a completion counts) and exports the
member rows as CSV."""

import csv
import io

import pytest

from compliance.models import Assignment
from courses.services import enrollment_create, enrollment_record_quiz_pass, lesson_complete
from institutions.models import Membership, Role
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE_DIR = "07-digital-literacy-essentials"
ROSTER = (
    "email,name,department,job_title,profession,role,employee_id\n"
    "ana.ward@example.org,Ana Ward,ICU,Staff nurse,nurse,learner,E-001\n"
    "ben.cole@example.org,Ben Cole,ICU,Charge nurse,nurse,manager,E-002\n"
    "cy.dunn@example.org,Cy Dunn,Pharmacy,Pharmacist,pharmacist,learner,E-003\n"
)


def kpi_line(page) -> str:
    return page.locator(".kpis .card").first.inner_text()


def test_admin_imports_roster_requires_course_watches_dashboard_and_exports(
    journey, load_course, tmp_path
):
    course = load_course(COURSE_DIR)
    institution = InstitutionFactory(name="St Brigid Hospital", slug="st-brigid")
    admin = UserFactory(email="admin@stbrigid.example", display_name="Alex Admin")
    admin.set_password("compliance matters")
    admin.save()
    MembershipFactory(user=admin, institution=institution, role=Role.ADMIN, department=None)
    roster = tmp_path / "staff.csv"
    roster.write_text(ROSTER)
    dashboard = f"/institutions/{institution.slug}/compliance/"

    page = journey.goto(f"/accounts/login/?next={dashboard}")
    page.get_by_label("Email").fill("admin@stbrigid.example")
    page.get_by_label("Password").fill("compliance matters")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{journey.base_url}{dashboard}")
    journey.step("dashboard-empty")
    assert "0 of 0 required courses" in kpi_line(page)

    # Roster import.
    page.get_by_role("link", name="Import roster").click()
    journey.step("roster-form")
    page.get_by_label("Roster file (.csv, at most 5 MB)").set_input_files(str(roster))
    page.get_by_label("Create departments that do not exist yet").check()
    page.get_by_role("button", name="Upload and import").click()
    page.wait_for_url(f"**/institutions/{institution.slug}/members/import/*/")
    journey.step("roster-imported")
    assert page.get_by_text("Imported").first.is_visible()
    members = Membership.objects.filter(institution=institution)
    assert sorted(members.values_list("user__email", flat=True)) == [
        "admin@stbrigid.example",
        "ana.ward@example.org",
        "ben.cole@example.org",
        "cy.dunn@example.org",
    ]

    # Requirement: the course, for everyone, due 30 days after assignment.
    page.get_by_role("link", name=institution.name).first.click()
    page.get_by_role("link", name="Requirements").click()
    journey.step("requirements-empty")
    page.get_by_role("link", name="Require a course").click()
    journey.step("requirement-form")
    page.get_by_label("Course").select_option(label=course.title)
    page.get_by_role("button", name="Preview who it assigns").click()
    preview = page.locator("#audience-preview")
    preview.wait_for()
    journey.step("requirement-preview")
    assert preview.inner_text().startswith("4 active members match this audience")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(f"**/institutions/{institution.slug}/requirements/")
    journey.step("requirements-list")
    assert page.get_by_text(f"“{course.title}” is now required: assigned to 4 people.").is_visible()
    assigned = Assignment.objects.filter(requirement__institution=institution).count()
    assert assigned == 4  # everyone, the admin included

    # The dashboard now counts the assignments; then one member completes the course.
    journey.goto(dashboard)
    journey.step("dashboard-assigned")
    assert f"0 of {assigned} required courses" in kpi_line(page)
    ana = members.get(user__email="ana.ward@example.org").user
    enrollment = enrollment_create(user=ana, course=course)
    for lesson in course.lessons():
        lesson_complete(user=ana, lesson=lesson)
    enrollment_record_quiz_pass(enrollment=enrollment)
    page.reload()
    journey.step("dashboard-one-compliant")
    assert f"1 of {assigned} required courses" in kpi_line(page)

    # Export the member rows.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download these rows as CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read())))
    assert len(rows) == assigned
    emails = {value for row in rows for value in row.values() if "@" in (value or "")}
    assert emails == {
        "admin@stbrigid.example",
        "ana.ward@example.org",
        "ben.cole@example.org",
        "cy.dunn@example.org",
    }
