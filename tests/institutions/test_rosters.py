import pytest
from django.core.exceptions import ValidationError

from accounts.models import User
from institutions.compliance.rosters import (
    roster_check_upload,
    roster_import_create,
    roster_import_process,
)
from institutions.compliance.tasks import roster_import_run
from institutions.models import Department, Membership, Role, RosterImport
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

HEADER = "email,name,department,job_title,profession,role,employee_id\n"


def run(inst, text, actor=None, **options):
    ri = roster_import_create(
        actor=actor, institution=inst, filename="staff.csv", content=text, **options
    )
    return roster_import_process(roster_import_id=ri.pk)


@pytest.fixture
def inst():
    inst = InstitutionFactory()
    DepartmentFactory(institution=inst, name="ICU")
    DepartmentFactory(institution=inst, name="Emergency")
    return inst


def test_good_file_creates_and_updates(inst):
    existing = MembershipFactory(
        institution=inst, user=UserFactory(email="old@example.org"), employee_id="E9"
    )
    text = HEADER + (
        "ana@example.org,Ana Ruiz,ICU,Staff nurse,nurse,learner,E1\n"
        "BEN@Example.org,Ben Ode,emergency,Physician,Physician,Manager,E2\n"
        "old@example.org,Old Timer,ICU,Charge nurse,,,E9\n"
    )
    ri = run(inst, text)
    assert ri.status == "succeeded"
    assert ri.errors == []
    assert ri.summary == {
        "rows": 3,
        "users_created": 2,
        "users_updated": 1,
        "members_created": 2,
        "members_updated": 1,
        "members_deactivated": 0,
        "departments_created": 0,
        "assignments_added": 0,
    }
    assert ri.content == ""  # the personal data is not kept
    ben = Membership.objects.select_related("user", "department").get(user__email="ben@example.org")
    assert (ben.role, ben.department.name, ben.user.profession, ben.employee_id) == (
        "manager",
        "Emergency",
        "physician",
        "E2",
    )
    assert not ben.user.has_usable_password()
    existing.refresh_from_db()
    assert (existing.job_title, existing.department.name, existing.user.display_name) == (
        "Charge nurse",
        "ICU",
        "Old Timer",
    )


def test_bad_rows_reject_the_whole_file_with_every_error(inst):
    MembershipFactory(
        institution=inst, user=UserFactory(email="holder@example.org"), employee_id="E7"
    )
    text = HEADER + (
        "good@example.org,Good,ICU,,nurse,learner,E1\n"
        "not-an-email,Bad,ICU,,nurse,learner,E2\n"
        "c@example.org,C,Radiology,,nurse,learner,E3\n"
        "d@example.org,D,ICU,,wizard,chief,E1\n"
        "good@example.org,Again,ICU,,,,E5\n"
        "f@example.org,F,ICU\n"
    )
    ri = run(inst, text)
    assert ri.status == "failed"
    assert ri.errors == [
        {"row": 3, "field": "email", "message": "Enter a valid email address."},
        {"row": 4, "field": "department", "message": "Unknown department “Radiology”."},
        {
            "row": 5,
            "field": "profession",
            "message": "Unknown profession “wizard”. Use one of: nurse, physician, pharmacist, "
            "student, allied_health, other.",
        },
        {
            "row": 5,
            "field": "role",
            "message": "Unknown role “chief”. Use one of: learner, manager, admin.",
        },
        {"row": 5, "field": "employee_id", "message": "Duplicate employee id E1 (also on row 2)."},
        {"row": 6, "field": "email", "message": "good@example.org is also on row 2."},
        {"row": 7, "field": "row", "message": "The row has 3 fields; the header has 7."},
    ]
    assert not User.objects.filter(email="good@example.org").exists()
    assert Membership.objects.filter(institution=inst).count() == 1


def test_employee_id_held_by_another_member_is_rejected(inst):
    MembershipFactory(
        institution=inst, user=UserFactory(email="holder@example.org"), employee_id="E7"
    )
    ri = run(inst, HEADER + "new@example.org,New,ICU,,,,E7\n")
    assert ri.errors == [
        {
            "row": 2,
            "field": "employee_id",
            "message": "Employee id E7 already belongs to holder@example.org.",
        }
    ]
    # ...but a swap inside one file is fine.
    ri = run(inst, HEADER + "new@example.org,New,ICU,,,,E7\nholder@example.org,H,ICU,,,,E8\n")
    assert ri.status == "succeeded", ri.errors
    assert set(
        Membership.objects.filter(institution=inst).values_list("user__email", "employee_id")
    ) == {
        ("new@example.org", "E7"),
        ("holder@example.org", "E8"),
    }


def test_unknown_department_auto_created_when_allowed(inst):
    ri = run(inst, HEADER + "a@example.org,A,Radiology,,,,\n", auto_create_departments=True)
    assert ri.status == "succeeded"
    assert ri.summary["departments_created"] == 1
    assert Department.objects.filter(institution=inst, name="Radiology").exists()


def test_deactivate_missing_spares_the_uploader(inst):
    admin = MembershipFactory(institution=inst, role=Role.ADMIN)
    gone = MembershipFactory(institution=inst)
    other_tenant = MembershipFactory()
    ri = run(
        inst, HEADER + "stay@example.org,Stay,ICU,,,,\n", actor=admin.user, deactivate_missing=True
    )
    assert ri.summary["members_deactivated"] == 1
    gone.refresh_from_db()
    admin.refresh_from_db()
    other_tenant.refresh_from_db()
    assert (gone.is_active, admin.is_active, other_tenant.is_active) == (False, True, True)


def test_header_problems(inst):
    ri = run(inst, "mail,name,shoe size\nx@example.org,X,9\n")
    assert ri.errors == [
        {
            "row": 1,
            "field": "header",
            "message": "Unknown column(s): mail, shoe_size. Allowed: "
            "email, name, department, job_title, profession, role, employee_id.",
        },
        {"row": 1, "field": "header", "message": "The header has no email column."},
    ]


def test_large_file_runs_in_a_task_with_progress(inst, django_capture_on_commit_callbacks):
    rows = "".join(f"p{i}@example.org,Person {i},ICU,,nurse,,X{i}\n" for i in range(1200))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ri = roster_import_create(
            actor=None, institution=inst, filename="big.csv", content=HEADER + rows
        )
    # One task queued (the task's own commit then refreshes the page cache of the people in it).
    queued = [cb for cb in callbacks if getattr(cb, "func", None) == roster_import_run.delay]
    assert queued == [callbacks[0]]
    ri.refresh_from_db()
    assert (ri.status, ri.total_rows, ri.processed_rows, ri.percent) == (
        "succeeded",
        1200,
        1200,
        100,
    )
    assert Membership.objects.filter(institution=inst).count() == 1200
    # Processing again (a redelivered task) changes nothing.
    assert roster_import_process(roster_import_id=ri.pk).summary["rows"] == 1200
    assert RosterImport.objects.get(pk=ri.pk).summary["members_created"] == 1200


@pytest.mark.parametrize(
    ("name", "ctype", "size", "message"),
    [
        ("staff.xlsx", "text/csv", 10, "Upload a .csv file (comma-separated values)."),
        ("staff.csv", "application/pdf", 10, "Upload a CSV file; this file is application/pdf."),
        ("staff.csv", "text/csv", 6 * 1024 * 1024, "The file is 6.0 MB; the limit is 5 MB."),
        ("staff.csv", "text/csv", 0, "The file is empty."),
    ],
)
def test_upload_limits(name, ctype, size, message):
    with pytest.raises(ValidationError) as exc:
        roster_check_upload(filename=name, content_type=ctype, size=size)
    assert exc.value.message_dict == {"file": [message]}
