"""Roster import page: a CSV template to start from, and a rejected import never shown in the
success colour (issue 18)."""

import csv
import io
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from compliance.models import RosterImport
from compliance.rosters import COLUMNS, roster_import_create, roster_import_process
from institutions.models import Membership
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "ethos.css"


@pytest.fixture
def inst():
    inst = InstitutionFactory()
    DepartmentFactory(institution=inst, name="ICU")
    return inst


@pytest.fixture
def admin_client(client, inst):
    client.force_login(MembershipFactory(institution=inst, role="admin").user)
    return client


def test_the_template_has_the_header_and_rows_the_importer_accepts(admin_client, inst):
    page = BeautifulSoup(
        admin_client.get(reverse("compliance:roster-import", args=[inst.slug])).content,
        "html.parser",
    )
    link = page.find("a", string="Download the CSV template")
    assert link["href"] == f"/institutions/{inst.slug}/members/import/template.csv"
    response = admin_client.get(link["href"])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="roster-template.csv"'
    body = response.content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert tuple(rows[0]) == COLUMNS
    assert [r[2] for r in rows[1:]] == ["ICU", "ICU"]  # a department of this institution
    # Round trip: the template imports as it is.
    ri = roster_import_create(actor=None, institution=inst, filename="t.csv", content=body)
    ri = roster_import_process(roster_import_id=ri.pk)
    assert ri.status == "succeeded", ri.errors
    imported = Membership.objects.filter(institution=inst, employee_id__in=["E1001", "E1002"])
    assert sorted(imported.values_list("user__email", flat=True)) == [
        "a.nurse@example.org",
        "b.manager@example.org",
    ]


def test_the_template_is_for_admins_only(client, inst):
    url = reverse("compliance:roster-template", args=[inst.slug])
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(MembershipFactory(institution=inst, role="learner").user)
    assert client.get(url).status_code == 404
    other_admin = MembershipFactory(institution=InstitutionFactory(), role="admin").user
    client.force_login(other_admin)
    assert client.get(url).status_code == 404


def _detail(admin_client, inst, ri):
    response = admin_client.get(reverse("compliance:roster-import-detail", args=[inst.slug, ri.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_rejected_import_is_never_shown_in_the_success_colour(admin_client, inst):
    ri = roster_import_create(
        actor=None, institution=inst, filename="bad.csv", content="email,name\nnot-an-email,Ana\n"
    )
    ri = roster_import_process(roster_import_id=ri.pk)
    assert ri.status == "failed"
    page = _detail(admin_client, inst, ri)
    assert page.select_one("#roster-status-text")["class"] == ["badge", "badge-bad"]
    assert page.select_one("#roster-progress")["class"] == ["progress", "progress-failed"]
    assert page.select_one(".callout-error[role=alert]") is not None
    assert not page.select(".badge-ok, .callout-ok")
    listing = BeautifulSoup(
        admin_client.get(reverse("compliance:roster-import", args=[inst.slug])).content,
        "html.parser",
    )
    assert [b["class"] for b in listing.select("td .badge")] == [["badge", "badge-bad"]]


def test_a_successful_import_is_shown_in_the_success_colour(admin_client, inst):
    ri = roster_import_create(
        actor=None, institution=inst, filename="ok.csv", content="email,name\nana@example.org,Ana\n"
    )
    ri = roster_import_process(roster_import_id=ri.pk)
    page = _detail(admin_client, inst, ri)
    assert page.select_one("#roster-status-text")["class"] == ["badge", "badge-ok"]
    assert page.select_one("#roster-progress")["class"] == ["progress", "progress-succeeded"]


def test_running_and_rejected_bars_do_not_use_the_success_colour():
    css = CSS.read_text()
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", css))
    failed = next(v for k, v in rules.items() if ".progress-failed > span" in k)
    assert "var(--bad)" in failed
    running = next(v for k, v in rules.items() if ".progress-validating > span" in k)
    assert "var(--ok)" not in running
    assert RosterImport.objects.count() == 0
