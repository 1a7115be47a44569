import csv
import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from compliance.export import neutralize
from compliance.models import ComplianceSnapshot, RosterImport
from compliance.services import compliance_snapshot_take
from institutions.models import Role
from tests.compliance.helpers import assign, certify, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    inst = InstitutionFactory(slug="riverside")
    icu, er = (
        DepartmentFactory(institution=inst, name="ICU"),
        DepartmentFactory(institution=inst, name="ER"),
    )
    course = make_course(title="Privacy online")
    req = requirement(inst, course)
    today = timezone.localdate()
    people = {
        "admin": MembershipFactory(institution=inst, role=Role.ADMIN, department=None),
        "manager": MembershipFactory(institution=inst, role=Role.MANAGER, department=icu),
        "learner": MembershipFactory(institution=inst, department=icu),
        "er_nurse": MembershipFactory(institution=inst, department=er),
        "other_admin": MembershipFactory(role=Role.ADMIN),
    }
    assign(req, people["learner"], assigned_on=today, due_on=today - dt.timedelta(days=3))
    assign(req, people["er_nurse"], assigned_on=today, due_on=today + dt.timedelta(days=60))
    certify(people["er_nurse"].user, course, issued_at=timezone.now() - dt.timedelta(days=1))
    ri = RosterImport.objects.create(institution=inst, filename="x.csv", status="succeeded")
    return inst, icu, er, req, people, ri


def client_for(api_client, people, who):
    if who != "anonymous":
        api_client.force_authenticate(people[who].user)
    return api_client


REPORT_URLS = [
    ("api-compliance-summary", {}),
    ("api-compliance-members", {}),
    ("api-compliance-export", {}),
]
# who -> expected status for reporting endpoints / admin-only endpoints
MATRIX = {
    "admin": (200, 200),
    "manager": (200, 404),
    "learner": (404, 404),
    "other_admin": (404, 404),
    "anonymous": (401, 401),
}


@pytest.mark.parametrize("who", list(MATRIX))
@pytest.mark.parametrize(("name", "extra"), REPORT_URLS)
def test_report_endpoints_by_role(api_client, world, who, name, extra):
    inst, *_rest, people, _ri = world
    response = client_for(api_client, people, who).get(reverse(name, kwargs={"slug": inst.slug}))
    assert response.status_code == MATRIX[who][0]


@pytest.mark.parametrize("who", list(MATRIX))
def test_roster_endpoints_by_role(api_client, world, who):
    inst, *_rest, people, ri = world
    client = client_for(api_client, people, who)
    detail = client.get(
        reverse("api-roster-import-detail", kwargs={"slug": inst.slug, "pk": ri.pk})
    )
    assert detail.status_code == MATRIX[who][1]
    upload = SimpleUploadedFile("r.csv", b"email\nnew@example.org\n", content_type="text/csv")
    post = client.post(
        reverse("api-roster-import", kwargs={"slug": inst.slug}),
        {"file": upload},
        format="multipart",
    )
    assert post.status_code == {200: 201}.get(MATRIX[who][1], MATRIX[who][1])


def test_missing_institution_answers_like_a_foreign_one(api_client, world):
    *_rest, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    missing = api_client.get(reverse("api-compliance-summary", kwargs={"slug": "nowhere"}))
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {"status": 404, "code": "not_found", "message": "Not found."}
    }


def test_another_institutions_roster_import_is_404(api_client, world):
    inst, *_rest, people, _ri = world
    foreign = RosterImport.objects.create(institution=people["other_admin"].institution)
    api_client.force_authenticate(people["admin"].user)
    url = reverse("api-roster-import-detail", kwargs={"slug": inst.slug, "pk": foreign.pk})
    assert api_client.get(url).status_code == 404


def test_summary_counts_and_manager_scope(api_client, world):
    inst, icu, er, _req, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    data = api_client.get(reverse("api-compliance-summary", kwargs={"slug": inst.slug})).json()
    assert (data["total"], data["compliant"], data["percent"]) == (2, 1, 50.0)
    assert data["counts"]["overdue"] == 1
    assert [(d["name"], d["total"], d["percent"]) for d in data["by_department"]] == [
        ("ER", 1, 100.0),
        ("ICU", 1, 0.0),
    ]
    api_client.force_authenticate(people["manager"].user)
    data = api_client.get(reverse("api-compliance-summary", kwargs={"slug": inst.slug})).json()
    assert [(d["name"], d["total"]) for d in data["by_department"]] == [("ICU", 1)]
    url = reverse("api-compliance-summary", kwargs={"slug": inst.slug})
    assert api_client.get(url, {"department": er.id}).status_code == 404
    assert api_client.get(url, {"department": icu.id}).status_code == 200


def test_member_rows_filter_by_status_and_department(api_client, world):
    inst, icu, _er, req, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    url = reverse("api-compliance-members", kwargs={"slug": inst.slug})
    data = api_client.get(url, {"status": "overdue"}).json()
    assert data["count"] == 1
    row = data["results"][0]
    assert row["email"] == people["learner"].user.email
    assert row["status"] == "overdue"
    assert row["department"] == {"id": icu.id, "name": "ICU"}
    assert row["requirement"] == req.id
    assert row["course"] == "Privacy online"
    assert api_client.get(url, {"status": "completed"}).json()["count"] == 1
    bad = api_client.get(url, {"status": "sleepy"})
    assert bad.status_code == 400
    assert bad.json()["error"]["fields"] == {
        "status": ["Select a valid choice. sleepy is not one of the available choices."]
    }
    foreign_dept = DepartmentFactory()
    assert api_client.get(url, {"department": foreign_dept.id}).status_code == 400


def test_query_count_does_not_grow_with_members(api_client, world, django_assert_max_num_queries):
    inst, icu, _er, req, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    urls = [
        reverse("api-compliance-summary", kwargs={"slug": inst.slug}),
        reverse("api-compliance-members", kwargs={"slug": inst.slug}),
    ]
    counts = []
    for extra in (0, 30):
        today = timezone.localdate()
        for _ in range(extra):
            assign(req, MembershipFactory(institution=inst, department=icu), assigned_on=today)
        n = []
        for url in urls:
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as ctx:
                assert api_client.get(url).status_code == 200
            n.append(len(ctx))
        counts.append(n)
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(12):
        api_client.get(urls[1])


def test_export_streams_neutralised_csv(api_client, world):
    inst, icu, _er, req, people, _ri = world
    evil = MembershipFactory(
        institution=inst,
        department=icu,
        user=UserFactory(display_name='=HYPERLINK("http://x")'),
        job_title="+1 nurse",
        employee_id="@SUM(A1)",
    )
    assign(req, evil, assigned_on=timezone.localdate())
    api_client.force_authenticate(people["admin"].user)
    response = api_client.get(reverse("api-compliance-export", kwargs={"slug": inst.slug}))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["employee_id", "email", "name"]
    assert len(rows) == 4
    evil_row = next(r for r in rows if r[1] == evil.user.email)
    assert evil_row[0] == "'@SUM(A1)"
    assert evil_row[2] == '\'=HYPERLINK("http://x")'
    assert evil_row[4] == "'+1 nurse"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("safe", "safe"),
        (None, ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralize(value, expected):
    assert neutralize(value) == expected


def test_as_of_answers_from_the_snapshot(api_client, world):
    inst, *_rest, people, _ri = world
    compliance_snapshot_take(institution=inst, on=dt.date(2026, 1, 31))
    ComplianceSnapshot.objects.filter(institution=inst).update(compliant=0)
    api_client.force_authenticate(people["admin"].user)
    url = reverse("api-compliance-summary", kwargs={"slug": inst.slug})
    data = api_client.get(url, {"as_of": "2026-02-15"}).json()
    assert (data["source"], data["as_of"], data["total"], data["compliant"]) == (
        "snapshot",
        "2026-01-31",
        2,
        0,
    )
    missing = api_client.get(url, {"as_of": "2025-01-01"})
    assert missing.status_code == 400
    assert (
        missing.json()["error"]["message"] == "as_of: No snapshot was kept on or before 2025-01-01."
    )


def test_roster_upload_api_good_bad_and_limits(api_client, world):
    inst, *_rest, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    url = reverse("api-roster-import", kwargs={"slug": inst.slug})
    good = SimpleUploadedFile(
        "r.csv", b"email,name,department\nzoe@example.org,Zoe,ICU\n", content_type="text/csv"
    )
    response = api_client.post(url, {"file": good}, format="multipart")
    assert response.status_code == 201
    assert response.json()["summary"]["people_invited"] == 1
    bad = SimpleUploadedFile(
        "r.csv", b"email,department\nnope,ICU\nyes@example.org,Moon\n", content_type="text/csv"
    )
    response = api_client.post(url, {"file": bad}, format="multipart")
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "The roster has 2 bad rows; nothing was imported."
    assert response.json()["error"]["rows"] == [
        {"row": 2, "field": "email", "message": "Enter a valid email address."},
        {"row": 3, "field": "department", "message": "Unknown department “Moon”."},
    ]
    pdf = SimpleUploadedFile("r.pdf", b"%PDF", content_type="application/pdf")
    response = api_client.post(url, {"file": pdf}, format="multipart")
    assert response.status_code == 400
    assert (
        response.json()["error"]["message"] == "file: Upload a .csv file (comma-separated values)."
    )


def test_large_roster_upload_answers_202_with_status_url(
    api_client, world, django_capture_on_commit_callbacks
):
    inst, *_rest, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    body = "email\n" + "".join(f"bulk{i}@example.org\n" for i in range(1001))
    upload = SimpleUploadedFile("big.csv", body.encode(), content_type="text/csv")
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(
            reverse("api-roster-import", kwargs={"slug": inst.slug}),
            {"file": upload},
            format="multipart",
        )
    assert response.status_code == 202
    status_url = response.json()["status_url"]
    assert response["Location"] == status_url
    polled = api_client.get(status_url).json()
    assert (polled["status"], polled["percent"], polled["summary"]["people_invited"]) == (
        "succeeded",
        100,
        1001,
    )


@pytest.mark.parametrize(
    ("name", "path", "query", "message"),
    [
        (
            "summary",
            "api-compliance-summary",
            "department=²",
            "department: A valid integer is required.",
        ),
        (
            "summary",
            "api-compliance-summary",
            "department=0",
            "department: Ensure this value is greater than or equal to 1.",
        ),
        (
            "summary",
            "api-compliance-summary",
            "department=99999999999",
            "department: Ensure this value is less than or equal to 2147483647.",
        ),
        (
            "summary",
            "api-compliance-summary",
            "as_of=2025-13-01",
            "as_of: Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
        ),
        (
            "members",
            "api-compliance-members",
            "department=²",
            "department: A valid integer is required.",
        ),
        (
            "members",
            "api-compliance-members",
            "requirement=¹",
            "requirement: A valid integer is required.",
        ),
        ("members", "api-compliance-members", "page=²", "page: A valid integer is required."),
        (
            "members",
            "api-compliance-members",
            "page_size=-1",
            "page_size: Ensure this value is greater than or equal to 1.",
        ),
        (
            "export",
            "api-compliance-export",
            "department=²",
            "department: A valid integer is required.",
        ),
    ],
)
def test_numeric_and_date_query_parameters_are_validated(
    api_client, world, name, path, query, message
):
    inst, *_rest, people, _ri = world
    api_client.force_authenticate(people["admin"].user)
    response = api_client.get(f"{reverse(path, kwargs={'slug': inst.slug})}?{query}")
    assert response.status_code == 400
    assert response.json()["error"]["message"] == message
