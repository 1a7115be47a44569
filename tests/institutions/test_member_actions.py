"""Actions on members, one at a time and in bulk (issue 18): send a reminder now, extend a due
date with a reason; audited, scoped, all or nothing, shown on the member's page."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from institutions.compliance.member_actions import member_actions_extend, member_actions_remind
from institutions.compliance.services import requirement_update
from institutions.models import Assignment, MemberAction, OutboxEmail, Role
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory
from tests.institutions.helpers import assign, make_course, requirement

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def ward():
    inst = InstitutionFactory(name="Riverside Health")
    icu, ed = DepartmentFactory(institution=inst, name="ICU"), DepartmentFactory(institution=inst)
    admin = MembershipFactory(institution=inst, role=Role.ADMIN).user
    icu_manager = MembershipFactory(institution=inst, department=icu, role=Role.MANAGER).user
    req = requirement(inst, make_course(title="Privacy online"))
    nurse = MembershipFactory(
        institution=inst, department=icu, user=UserFactory(email="ana@example.org")
    )
    medic = MembershipFactory(
        institution=inst, department=ed, user=UserFactory(email="ben@example.org")
    )
    rows = {
        "nurse": assign(req, nurse, assigned_on=TODAY - dt.timedelta(days=40), due_on=TODAY),
        "medic": assign(req, medic, assigned_on=TODAY - dt.timedelta(days=40), due_on=TODAY),
    }
    return inst, admin, icu_manager, req, rows


def test_remind_now_emails_each_member_once_a_day_and_audits(
    ward, django_capture_on_commit_callbacks
):
    inst, admin, _m, _req, rows = ward
    ids = [rows["nurse"].pk, rows["medic"].pk]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        result = member_actions_remind(actor=admin, institution=inst, assignment_ids=ids)
    assert (result.done, result.skipped) == (2, 0)
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "ben@example.org"]
    assert mail.outbox[0].subject == "Reminder from Riverside Health: required training"
    assert "Privacy online (Riverside Health): due today" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        again = member_actions_remind(actor=admin, institution=inst, assignment_ids=ids)
    assert (again.done, again.skipped) == (0, 2)
    assert len(mail.outbox) == 2  # once a day
    assert OutboxEmail.objects.filter(kind="manual", status="sent").count() == 2
    assert list(MemberAction.objects.values_list("kind", "actor_id")) == [
        ("reminder", admin.pk),
        ("reminder", admin.pk),
    ]


def test_extension_needs_a_future_date_and_a_reason(ward):
    inst, admin, _m, _req, rows = ward
    ids = [rows["nurse"].pk]
    with pytest.raises(ValidationError) as exc:
        member_actions_extend(
            actor=admin,
            institution=inst,
            assignment_ids=ids,
            due_on=TODAY - dt.timedelta(1),
            reason=" ",
        )
    assert exc.value.message_dict == {
        "due_on": ["The new due date must be today or later."],
        "reason": ["Give a reason for the extension."],
    }
    assert not MemberAction.objects.exists()


def test_extension_moves_the_date_audits_it_and_survives_a_rule_change(ward):
    inst, admin, _m, req, rows = ward
    new = TODAY + dt.timedelta(days=21)
    result = member_actions_extend(
        actor=admin,
        institution=inst,
        assignment_ids=[rows["nurse"].pk],
        due_on=new,
        reason="Returning from parental leave",
    )
    assert result.done == 1
    nurse = Assignment.objects.get(pk=rows["nurse"].pk)
    assert (nurse.due_on, nurse.due_extended) == (new, True)
    action = MemberAction.objects.get()
    assert (action.previous_due_on, action.new_due_on, action.reason) == (
        TODAY,
        new,
        "Returning from parental leave",
    )
    requirement_update(actor=None, institution=inst, requirement=req, due_days=60)
    assert Assignment.objects.get(pk=rows["nurse"].pk).due_on == new  # kept
    assert Assignment.objects.get(pk=rows["medic"].pk).due_on != TODAY  # recomputed


def test_a_manager_acts_only_in_their_departments_and_nothing_is_half_written(ward):
    inst, _admin, icu_manager, _req, rows = ward
    with pytest.raises(ValidationError) as exc:
        member_actions_extend(
            actor=icu_manager,
            institution=inst,
            assignment_ids=[rows["nurse"].pk, rows["medic"].pk],
            due_on=TODAY + dt.timedelta(days=7),
            reason="Rota",
        )
    assert exc.value.message_dict == {
        "assignments": [
            "1 of the 2 selected rows are not active members of your scope; nothing was changed."
        ]
    }
    assert Assignment.objects.get(pk=rows["nurse"].pk).due_on == TODAY
    assert not MemberAction.objects.exists()
    ok = member_actions_extend(
        actor=icu_manager,
        institution=inst,
        assignment_ids=[rows["nurse"].pk],
        due_on=TODAY + dt.timedelta(days=7),
        reason="Rota",
    )
    assert ok.done == 1


def test_another_institutions_rows_are_refused(ward):
    _inst, _admin, _m, _req, rows = ward
    other = InstitutionFactory()
    other_admin = MembershipFactory(institution=other, role=Role.ADMIN).user
    with pytest.raises(ValidationError):
        member_actions_remind(
            actor=other_admin, institution=other, assignment_ids=[rows["nurse"].pk]
        )
    assert not MemberAction.objects.exists()


def test_bulk_form_on_the_dashboard_and_history_on_the_member_page(client, ward):
    inst, admin, _m, _req, rows = ward
    client.force_login(admin)
    dashboard = reverse("institutions:compliance", args=[inst.slug])
    soup = BeautifulSoup(client.get(dashboard).content, "html.parser")
    form = soup.select_one("form#bulk-actions")
    boxes = form.select('input[name="assignments"]')
    assert {int(b["value"]) for b in boxes} == {rows["nurse"].pk, rows["medic"].pk}
    assert all(b.get("aria-label", "").startswith("Select ") for b in boxes)
    new = TODAY + dt.timedelta(days=14)
    response = client.post(
        form["action"],
        {
            "action": "extend",
            "assignments": [rows["nurse"].pk, rows["medic"].pk],
            "due_on": new.isoformat(),
            "reason": "Unit closed for refurbishment",
            "next": "https://evil.example/",
        },
        follow=True,
    )
    assert response.redirect_chain[0][0] == dashboard  # never off-site
    assert [str(m) for m in response.context["messages"]] == [
        f"Due date moved to {new.day} {new:%B %Y} for 2 member requirements."
    ]
    member_page = reverse(
        "institutions:compliance-member", args=[inst.slug, rows["nurse"].membership_id]
    )
    page = BeautifulSoup(client.get(member_page).content, "html.parser")
    history = page.find(id="actions-history-heading").find_next("table")
    cells = [td.text.strip() for td in history.select("tbody td")]
    assert cells[1] == admin.email
    assert cells[4] == "Unit closed for refurbishment"
    assert page.select_one("td.lessons").text.strip() == "0 of 2"
    assert page.select_one("td.quiz").text.strip() == "not taken"
