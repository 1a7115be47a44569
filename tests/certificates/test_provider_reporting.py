"""Provider reporting: the ACCME PARS learner-completion batch and the ACPE CPE Monitor fields,
generated from the claims and validated against the column tables encoded from the published
specifications (columns, order, required values, formats)."""

import csv
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates.exports import (
    CPE_MONITOR_COLUMNS,
    PARS_LEARNER_COLUMNS,
    row_problems,
)
from certificates.services import certificate_claim_credit
from content.models import CourseCredit
from tests.certificates.conftest import evaluated
from tests.factories import CreditTypeFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

UAN = "JA0000000-0000-26-006-H04-P"
URL = "/certificates/provider-export/"


@pytest.fixture
def joint(ama):
    ama.eligible_professions = ["physician"]
    ama.save()
    acpe = CreditTypeFactory(
        slug="acpe",
        name="ACPE contact hours",
        unit="contact hour",
        eligible_professions=["pharmacist"],
        required_profile_fields=["nabp_eprofile_id", "birth_month", "birth_day"],
    )
    course = make_course(
        title="Legal risk", credit_type=ama, credit_amount=Decimal("1.00"), acpe_uan=UAN
    )
    CourseCredit.objects.create(page=course, credit_type=ama, amount="1.00", sort_order=0)
    CourseCredit.objects.create(page=course, credit_type=acpe, amount="1.00", sort_order=1)
    return course


def physician(**extra):
    values = {
        "profession": "physician",
        "first_name": "Amélie",
        "last_name": "Ng",
        "display_name": "Dr. Amélie Ng",
        "birth_month": 4,
        "birth_day": 9,
        "licence_state": "OR",
        "licence_number": "MD-4411",
    }
    values.update(extra)
    return UserFactory(**values)


def pharmacist():
    return UserFactory(
        profession="pharmacist",
        first_name="Priya",
        last_name="Shah",
        nabp_eprofile_id="1234567",
        birth_month=11,
        birth_day=30,
    )


def claim(complete, user, course, slug, amount):
    certificate = evaluated(complete(user, course).certificate)
    certificate_claim_credit(
        certificate=certificate, user=user, amount=amount, attested=True, credit_type=slug
    )
    return certificate


def export(client, report, **extra):
    today = timezone.localdate()
    params = {"report": report, "start": today, "end": today, **extra}
    return client.get(URL, params)


def parse(response, delimiter):
    return list(csv.reader(io.StringIO(response.content.decode()), delimiter=delimiter))


def us_day(certificate) -> str:
    return f"{timezone.localtime(certificate.completed_at).date():%m/%d/%Y}"


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(is_staff=True))
    return client


PARS_HEADERS = [
    "Provider Activity ID",
    "Learner First Name",
    "Learner Last Name",
    "Date of Birth (MM/DD)",
    "Licensing State",
    "State License ID",
    "Completion Date (MM/DD/YYYY)",
    "AMA PRA Category 1 Credits",
    "Action",
]


def test_pars_file_matches_the_learner_template(staff, complete, joint):
    """The upload file is what PARS takes: records only (ACCME's tab-delimited instructions:
    delete the header row before saving the .txt), every field present, CRLF line ends."""
    doctor = physician()
    certificate = claim(complete, doctor, joint, "ama-pra-1", "0.75")
    claim(complete, pharmacist(), joint, "acpe", "1")  # not an AMA claim: not in PARS
    response = export(staff, "pars")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    assert response["Content-Disposition"].endswith('.txt"')
    assert response.content.decode().endswith("\r\n")
    assert [col.header for col in PARS_LEARNER_COLUMNS] == PARS_HEADERS
    rows = parse(response, "\t")
    assert rows == [
        [joint.slug, "Amélie", "Ng", "04/09", "OR", "MD-4411", us_day(certificate), "0.75", "Add"]
    ]
    for row in rows:
        assert len(row) == len(PARS_HEADERS)
        assert row_problems(PARS_LEARNER_COLUMNS, row) == []


def test_pars_review_copy_has_the_header_row_first(staff, complete, joint):
    certificate = claim(complete, physician(), joint, "ama-pra-1", "1")
    response = export(staff, "pars", header_row="on")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-with-headers.txt"')
    rows = parse(response, "\t")
    assert rows[0] == PARS_HEADERS
    assert rows[1:] == [
        [joint.slug, "Amélie", "Ng", "04/09", "OR", "MD-4411", us_day(certificate), "1.00", "Add"]
    ]


def test_pars_refuses_a_physician_without_licence_state_or_number(staff, complete, joint):
    """ACCME reports CME credit to the learner's licensing board: first and last name, month and
    day of birth, primary state of licensure and state licence ID are all needed."""
    certificate = claim(
        complete, physician(licence_state="", licence_number=""), joint, "ama-pra-1", "1"
    )
    response = export(staff, "pars")
    assert response.status_code == 400
    assert (
        f"<li>Dr. Amélie Ng (certificate {certificate.display_code}): missing Licensing State; "
        "missing State License ID</li>"
    ) in response.content.decode()


def test_cpe_monitor_file_has_the_cpe_monitor_fields(staff, complete, joint):
    claim(complete, physician(), joint, "ama-pra-1", "1")
    certificate = claim(complete, pharmacist(), joint, "acpe", "1")
    response = export(staff, "cpe")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = parse(response, ",")
    assert rows[0] == [
        "NABP e-Profile ID",
        "Date of Birth (MMDD)",
        "UAN",
        "Date of Participation (MM/DD/YYYY)",
        "Participant Type",
        "Contact Hours",
        "First Name",
        "Last Name",
    ]
    assert rows[0] == [col.header for col in CPE_MONITOR_COLUMNS]
    assert rows[1:] == [["1234567", "1130", UAN, us_day(certificate), "P", "1.00", "Priya", "Shah"]]
    for row in rows[1:]:
        assert row_problems(CPE_MONITOR_COLUMNS, row) == []


def test_a_learner_missing_a_required_value_is_named_not_sent(staff, complete, joint):
    claim(complete, physician(), joint, "ama-pra-1", "1")
    incomplete = physician(display_name="Dr. Bo Li", first_name="Bo", last_name="Li")
    incomplete.birth_month = None
    incomplete.save()
    certificate = claim(complete, incomplete, joint, "ama-pra-1", "0.5")
    response = export(staff, "pars")
    assert response.status_code == 400
    html = response.content.decode()
    assert "1 learner cannot be reported as the accreditor requires:" in html
    assert (
        f"<li>Dr. Bo Li (certificate {certificate.display_code}): missing Date of Birth "
        "(MM/DD)</li>"
    ) in html
    response = export(staff, "pars", leave_out_incomplete="on")
    assert response.status_code == 200
    rows = parse(response, "\t")
    assert [row[1:3] for row in rows] == [["Amélie", "Ng"]]


def test_a_value_in_the_wrong_format_is_named(staff, complete, joint):
    certificate = claim(complete, physician(licence_state="Oregon"), joint, "ama-pra-1", "1")
    response = export(staff, "pars")
    assert response.status_code == 400
    assert (
        f"Dr. Amélie Ng (certificate {certificate.display_code}): Licensing State is longer "
        "than 2 characters"
    ) in response.content.decode()


@pytest.mark.parametrize(
    ("header", "good", "bad"),
    [
        ("UAN", UAN, "JA0000000-0000-26-006"),
        ("UAN", "0204-0000-25-001-H04-T", "0204-0000-25-001-X04-P"),
        ("Date of Birth (MMDD)", "0229", "1301"),
        ("NABP e-Profile ID", "123456", "12345"),
        ("Contact Hours", "1.25", "1.5"),
        ("Date of Participation (MM/DD/YYYY)", "12/05/2026", "2026-12-05"),
    ],
)
def test_cpe_columns_accept_and_refuse_formats(header, good, bad):
    col = next(c for c in CPE_MONITOR_COLUMNS if c.header == header)
    assert col.problem(good) == ""
    assert col.problem(bad) == f"{header} {bad!r} is not in the required format"
    assert col.problem("") == f"missing {header}"


def test_required_columns_of_each_spec():
    assert all(c.required for c in PARS_LEARNER_COLUMNS)
    assert all(c.required for c in CPE_MONITOR_COLUMNS)


def test_summary_export_lists_every_type_claimed(staff, complete, joint):
    claim(complete, pharmacist(), joint, "acpe", "0.5")
    response = staff.get(URL, {"start": timezone.localdate(), "end": timezone.localdate()})
    assert response.status_code == 200
    lines = response.content.decode().split("\r\n")
    assert len(lines) == 3 and lines[2] == ""
    assert "\tACPE contact hours\t0.5\tLegal risk (version 1.0)" in lines[1]


def _export_queries(client, report) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert export(client, report).status_code == 200
    return len(ctx.captured_queries)


def test_export_queries_do_not_grow_with_the_claims(staff, complete, joint):
    claim(complete, physician(), joint, "ama-pra-1", "1")
    claim(complete, pharmacist(), joint, "acpe", "1")
    _export_queries(staff, "pars")  # the first request of a session loads it once
    small = {r: _export_queries(staff, r) for r in ("pars", "cpe", "completions")}
    for _ in range(3):
        claim(complete, physician(), joint, "ama-pra-1", "1")
        claim(complete, pharmacist(), joint, "acpe", "1")
    assert {r: _export_queries(staff, r) for r in ("pars", "cpe", "completions")} == small
