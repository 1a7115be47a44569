"""Reports for audits (issue 18): a printable compliance report (PDF) for the reader's scope, and
weekly emailed reports (CSV + PDF) to the admins and managers an admin chooses, once a week."""

import csv
import datetime as dt
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from compliance.models import ReportRecipient, ReportSend
from compliance.reports import reports_send_weekly
from institutions.models import Role
from tests.compliance.helpers import assign, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday())


@pytest.fixture
def hospital():
    inst = InstitutionFactory(name="Harbour General", slug="harbour")
    icu, ed = (
        DepartmentFactory(institution=inst, name="ICU"),
        DepartmentFactory(institution=inst, name="Emergency"),
    )
    admin = MembershipFactory(
        institution=inst, role=Role.ADMIN, user=UserFactory(email="admin@harbour.example")
    )
    manager = MembershipFactory(
        institution=inst,
        role=Role.MANAGER,
        department=icu,
        user=UserFactory(email="icu.lead@harbour.example"),
    )
    req = requirement(inst, make_course(title="Privacy online"))
    late = dict(assigned_on=TODAY - dt.timedelta(days=60), due_on=TODAY - dt.timedelta(days=9))
    ana = MembershipFactory(
        institution=inst, department=icu, user=UserFactory(display_name="Ana Ward")
    )
    ben = MembershipFactory(
        institution=inst, department=ed, user=UserFactory(display_name="Ben Cole")
    )
    assign(req, ana, **late)
    assign(req, ben, **late)
    return inst, admin, manager


def _pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(content)).pages).split()
    )


def test_printable_report_for_the_readers_scope(client, hospital):
    inst, admin, manager = hospital
    url = reverse("compliance:compliance-report-pdf", args=[inst.slug])
    client.force_login(admin.user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    assert "Compliance report — Harbour General" in text
    assert "All departments" in text
    assert "0% compliant: 0 of 2 required courses completed and in date." in text
    assert "Ana Ward" in text and "Ben Cole" in text
    client.force_login(manager.user)
    scoped = _pdf_text(client.get(url).content)
    assert "Departments: ICU" in scoped
    assert "Ana Ward" in scoped and "Ben Cole" not in scoped
    client.force_login(MembershipFactory(institution=inst).user)  # a learner
    assert client.get(url).status_code == 404


def test_admin_chooses_recipients_and_day(client, hospital):
    inst, admin, manager = hospital
    url = reverse("compliance:report-recipients", args=[inst.slug])
    client.force_login(admin.user)
    learner = MembershipFactory(institution=inst)
    refused = client.post(url, {"recipients": [learner.pk], "weekday": 0})
    assert refused.status_code == 400
    assert refused.context["errors"] == [
        "Only active admins and managers of this institution can get reports."
    ]
    assert not ReportRecipient.objects.exists()
    response = client.post(url, {"recipients": [admin.pk, manager.pk], "weekday": 0})
    assert response.status_code == 302
    assert set(ReportRecipient.objects.values_list("membership_id", "weekday")) == {
        (admin.pk, 0),
        (manager.pk, 0),
    }
    client.force_login(manager.user)
    assert client.get(url).status_code == 404  # admins only


def test_weekly_reports_go_once_with_csv_and_pdf_in_each_scope(hospital):
    inst, admin, manager = hospital
    for m in (admin, manager):
        ReportRecipient.objects.create(institution=inst, membership=m, weekday=0)
    mail.outbox.clear()
    assert reports_send_weekly(today=MONDAY) == 2
    assert reports_send_weekly(today=MONDAY + dt.timedelta(days=2)) == 0  # once a week
    by_to = {m.to[0]: m for m in mail.outbox}
    assert set(by_to) == {"admin@harbour.example", "icu.lead@harbour.example"}
    for address, expected in (
        ("admin@harbour.example", {"Ana Ward", "Ben Cole"}),
        ("icu.lead@harbour.example", {"Ana Ward"}),
    ):
        message = by_to[address]
        assert message.subject == "Weekly compliance report: Harbour General"
        (csv_name, csv_body, csv_type), (_pdf_name, pdf_body, pdf_type) = message.attachments
        assert (csv_type, pdf_type) == ("text/csv", "application/pdf")
        assert csv_name == f"compliance-harbour-{MONDAY.isoformat()}.csv"
        names = {row["name"] for row in csv.DictReader(io.StringIO(csv_body))}
        assert names == expected
        assert _pdf_text(pdf_body).startswith("Compliance report — Harbour General")
    assert ReportSend.objects.filter(sent_at__isnull=False).count() == 2
