"""The compliance dashboard leads somewhere: each tile, each department/requirement row and each
chart bar opens the member list filtered to it; overdue rows say by how many days; a manager's
page says which departments it covers."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.compliance.test_pages import site  # noqa: F401 - the shared fixture

pytestmark = pytest.mark.django_db


def _dashboard(client, member, slug):
    client.force_login(member.user)
    response = client.get(reverse("compliance:compliance", args=[slug]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _query(href: str) -> dict:
    url = urlsplit(href)
    assert url.fragment == "members"
    return {k: v[0] for k, v in parse_qs(url.query).items()}


def test_tiles_link_to_the_filtered_member_list(client, site):  # noqa: F811
    inst, *_rest, people, _ri = site
    soup = _dashboard(client, people["admin"], inst.slug)
    tiles = {a.select_one(".kpi-label").text.strip(): a["href"] for a in soup.select("a.kpi-tile")}
    assert _query(tiles["overdue"]) == {"status": "overdue"}
    assert _query(tiles["not started"]) == {"status": "not_started"}
    assert _query(tiles["expired"]) == {"status": "expired"}
    assert _query(tiles["due within 30 days"]) == {"status": "due_soon"}
    # Following a tile lists exactly those rows.
    client.force_login(people["admin"].user)
    dashboard = reverse("compliance:compliance", args=[inst.slug])
    listed = BeautifulSoup(client.get(dashboard + tiles["overdue"]).content, "html.parser")
    statuses = {td.text.strip() for td in listed.select("#members ~ form table tbody td.status")}
    assert statuses == {"Overdue"}


def test_department_and_requirement_rows_and_bars_link_to_their_members(client, site):  # noqa: F811
    inst, icu, _er, req, people, _ri = site
    soup = _dashboard(client, people["admin"], inst.slug)
    overdue_link = soup.select_one(f'a[data-overdue-department="{icu.id}"]')
    assert _query(overdue_link["href"]) == {"status": "overdue", "department": str(icu.id)}
    req_link = soup.select_one(f'a[data-requirement="{req.id}"]')
    assert _query(req_link["href"]) == {"requirement": str(req.id)}
    bars = soup.select("svg.chart a")
    assert {_query(a["href"]).get("requirement") for a in bars} >= {str(req.id)}
    assert all(a.get("tabindex") == "-1" for a in bars)  # the tables carry the same links


def test_overdue_rows_say_how_many_days(client, site):  # noqa: F811
    inst, *_rest, people, _ri = site
    client.force_login(people["admin"].user)
    url = reverse("compliance:compliance", args=[inst.slug]) + "?status=overdue"
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    header = [th.text for th in soup.select("#members ~ form table thead th")]
    assert "Days overdue" in header
    cells = [td.text.strip() for td in soup.select("#members ~ form table tbody td.days-overdue")]
    assert cells == ["2"]


def test_manager_page_says_which_departments_it_covers(client, site):  # noqa: F811
    inst, icu, _er, _req, people, _ri = site
    soup = _dashboard(client, people["manager"], inst.slug)
    note = soup.select_one(".scope-note")
    assert " ".join(note.text.split()) == f"You see the members of: {icu.name}."
    admin = _dashboard(client, people["admin"], inst.slug)
    assert " ".join(admin.select_one(".scope-note").text.split()) == (
        f"You see every member of {inst.name}."
    )
