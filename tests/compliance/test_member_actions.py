"""Actions on members, one at a time and in bulk (issue 18): send a reminder now, extend a due
date with a reason; audited, scoped, all or nothing, shown on the member's page."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from compliance.member_actions import member_actions_extend, member_actions_remind
from compliance.models import Assignment, MemberAction, OutboxEmail
from compliance.services import requirement_update
from institutions.models import Role
from tests.compliance.helpers import assign, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

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
    dashboard = reverse("compliance:compliance", args=[inst.slug])
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
        "compliance:compliance-member", args=[inst.slug, rows["nurse"].membership_id]
    )
    page = BeautifulSoup(client.get(member_page).content, "html.parser")
    history = page.find(id="actions-history-heading").find_next("table")
    cells = [td.text.strip() for td in history.select("tbody td")]
    assert cells[1] == admin.email
    assert cells[4] == "Unit closed for refurbishment"
    assert page.select_one("td.lessons").text.strip() == "0 of 2"
    assert page.select_one("td.quiz").text.strip() == "not taken"


def test_exemption_shows_as_exempt_leaves_the_percentage_and_is_not_reminded(ward):
    from compliance.member_actions import member_actions_exempt
    from compliance.reminders import reminders_send_daily
    from compliance.selectors import compliance_rows, compliance_summary

    inst, admin, icu_manager, _req, rows = ward
    with pytest.raises(ValidationError) as exc:
        member_actions_exempt(
            actor=admin, institution=inst, assignment_ids=[rows["nurse"].pk], until=None, reason=""
        )
    assert exc.value.message_dict == {
        "until": ["Give the date the exemption ends."],
        "reason": ["Give a reason for the exemption."],
    }
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):  # managers cannot exempt
        member_actions_exempt(
            actor=icu_manager,
            institution=inst,
            assignment_ids=[rows["nurse"].pk],
            until=TODAY,
            reason="x",
        )
    member_actions_exempt(
        actor=admin,
        institution=inst,
        assignment_ids=[rows["nurse"].pk],
        until=TODAY + dt.timedelta(days=90),
        reason="Long-term sick leave",
    )
    states = dict(compliance_rows(institution=inst).values_list("pk", "state"))
    assert states[rows["nurse"].pk] == "exempt"
    summary = compliance_summary(institution=inst)
    assert (summary["total"], summary["counts"]["exempt"]) == (1, 1)  # left out of the %
    mail.outbox.clear()
    reminders_send_daily(institution=inst, today=TODAY)
    assert [m.to for m in mail.outbox] == [["ben@example.org"]]  # the exempt nurse is not reminded
    action = MemberAction.objects.get(kind="exemption")
    assert (action.reason, action.new_due_on) == ("Long-term sick leave", TODAY + dt.timedelta(90))


def test_ad_hoc_assignment_creates_or_reuses_the_requirement_and_survives_audience_changes(
    ward, django_capture_on_commit_callbacks
):
    from compliance.member_actions import member_actions_assign
    from compliance.models import Requirement

    inst, admin, icu_manager, _req, rows = ward
    nurse = rows["nurse"].membership
    extra = make_course(title="Recording and filming")
    due = TODAY + dt.timedelta(days=20)
    with django_capture_on_commit_callbacks(execute=True):
        result = member_actions_assign(
            actor=admin, institution=inst, membership_ids=[nurse.pk], course=extra, due_on=due
        )
    assert (result.done, result.skipped) == (1, 0)
    new_req = Requirement.objects.get(institution=inst, course=extra)
    assert new_req.audience == "individuals"
    assignment = Assignment.objects.get(requirement=new_req, membership=nurse)
    assert (assignment.due_on, assignment.ad_hoc, assignment.due_extended) == (due, True, True)
    assert nurse.user.enrollments.filter(course=extra).exists()  # enrolled on commit
    # A later change of that requirement's audience keeps the ad-hoc member.
    requirement_update(actor=None, institution=inst, requirement=new_req, due_days=5)
    assert Assignment.objects.filter(requirement=new_req, membership=nurse).exists()
    # Assigning again skips; managers may not assign.
    again = member_actions_assign(
        actor=admin, institution=inst, membership_ids=[nurse.pk], course=extra, due_on=due
    )
    assert (again.done, again.skipped) == (0, 1)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        member_actions_assign(
            actor=icu_manager, institution=inst, membership_ids=[nurse.pk], course=extra, due_on=due
        )
    # An existing requirement is reused, whatever its audience.
    medic = rows["medic"].membership
    other = make_course(title="Influencers")
    audience_req = requirement(inst, other, audience="departments")
    member_actions_assign(
        actor=admin, institution=inst, membership_ids=[medic.pk], course=other, due_on=due
    )
    assert Assignment.objects.get(requirement=audience_req, membership=medic).ad_hoc is True
