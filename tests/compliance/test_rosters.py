import pytest
from django.core.exceptions import ValidationError

from accounts.models import User
from compliance.models import RosterImport
from compliance.rosters import (
    roster_check_upload,
    roster_import_create,
    roster_import_process,
)
from compliance.tasks import roster_import_run
from institutions.models import Department, Membership, Role
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
        "people_invited": 2,
        "members_updated": 1,
        "members_deactivated": 0,
        "departments_created": 0,
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
    # The membership is the institution's to change; the account's name is its holder's.
    assert (existing.job_title, existing.department.name, existing.user.display_name) == (
        "Charge nurse",
        "ICU",
        existing.user.display_name,
    )
    assert existing.user.display_name != "Old Timer"


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
    assert RosterImport.objects.get(pk=ri.pk).summary["people_invited"] == 1200


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


# --- Hostile input: a clear 400 naming the problem, nothing written -----------------------------


@pytest.fixture
def admin_of(inst):
    return MembershipFactory(institution=inst, role="admin").user


def _upload(body: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("staff.csv", body, content_type="text/csv")


NUL_IN_NAME = (HEADER + "ana@example.org,Ana\x00Ruiz,ICU,,,,\n").encode()
NUL_IN_DEPARTMENT = (HEADER + "ana@example.org,Ana,IC\x00U,,,,\n").encode()
HUGE_CELL = (HEADER + "ana@example.org," + "A" * (128 * 1024 + 1) + ",ICU,,,,\n").encode()
NUL_MESSAGE = "Row 2 contains a NUL character (\\x00); remove it and upload again."
HUGE_MESSAGE = "Row 2: a cell is longer than 128 KB."


@pytest.mark.parametrize(
    ("body", "message"),
    [(NUL_IN_NAME, NUL_MESSAGE), (NUL_IN_DEPARTMENT, NUL_MESSAGE), (HUGE_CELL, HUGE_MESSAGE)],
)
def test_api_refuses_nul_bytes_and_huge_cells_with_nothing_written(
    inst, admin_of, api_client, body, message
):
    from django.urls import reverse

    api_client.force_authenticate(admin_of)
    response = api_client.post(
        reverse("api-roster-import", kwargs={"slug": inst.slug}),
        {"file": _upload(body)},
        format="multipart",
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == f"file: {message}"
    assert not RosterImport.objects.exists()
    assert not User.objects.filter(email="ana@example.org").exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [(NUL_IN_NAME, NUL_MESSAGE), (NUL_IN_DEPARTMENT, NUL_MESSAGE), (HUGE_CELL, HUGE_MESSAGE)],
)
def test_page_refuses_nul_bytes_and_huge_cells_with_nothing_written(
    inst, admin_of, client, body, message
):
    from django.urls import reverse

    client.force_login(admin_of)
    response = client.post(
        reverse("compliance:roster-import", args=[inst.slug]), {"file": _upload(body)}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [message]
    assert not RosterImport.objects.exists()


def test_an_over_long_email_is_a_row_error_and_the_import_ends_failed_and_purged(
    inst, admin_of, client
):
    from django.urls import reverse

    # Syntactically valid (labels of at most 63 characters), 316 characters long.
    long_email = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + "." + "c" * 55 + ".org"
    assert len(long_email) == 316
    client.force_login(admin_of)
    response = client.post(
        reverse("compliance:roster-import", args=[inst.slug]),
        {"file": _upload((HEADER + f"{long_email},Long,ICU,,,,\n").encode())},
    )
    assert response.status_code == 302
    ri = RosterImport.objects.get()
    assert (ri.status, ri.content) == ("failed", "")
    assert ri.errors == [
        {
            "row": 2,
            "field": "email",
            "message": f"The email address has {len(long_email)} characters; the limit is 254.",
        }
    ]
    assert not User.objects.filter(email=long_email).exists()


def test_an_import_that_fails_while_applying_ends_failed_and_purged(inst, monkeypatch):
    from compliance import rosters

    def refuse(*args, **kwargs):
        raise ValidationError({"email": "Ensure this value has at most 254 characters."})

    # A check only the model makes (the row checks let the value through).
    monkeypatch.setattr(rosters, "_apply", refuse)
    ri = run(inst, HEADER + "ana@example.org,Ana,ICU,,,,\n")
    ri.refresh_from_db()
    assert (ri.status, ri.content) == ("failed", "")
    assert ri.errors == [
        {
            "row": 1,
            "field": "file",
            "message": "Nothing was imported: Ensure this value has at most 254 characters.",
        }
    ]
    assert not User.objects.filter(email="ana@example.org").exists()


def test_roster_names_lose_bidi_and_zero_width_characters(inst):
    ri = run(inst, HEADER + "ana@example.org,Ana\u202e Ruiz\u200b\u2066,ICU,Nurse\u202d,,,\n")
    assert ri.status == "succeeded"
    member = Membership.objects.select_related("user").get(user__email="ana@example.org")
    assert (member.user.display_name, member.job_title) == ("Ana Ruiz", "Nurse")
