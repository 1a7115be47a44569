"""A department manager sees only their department, opens an overdue member, sends reminders
now from the member list, extends a due date with a reason, and reads it back on the member's
page. The member finds the reminder in their notifications."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from compliance.models import MemberAction
from institutions.models import Role
from tests.compliance.helpers import assign, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_manager_reminds_and_extends_within_their_department(journey):
    today = timezone.localdate()
    inst = InstitutionFactory(name="Harbour General", slug="harbour")
    icu = DepartmentFactory(institution=inst, name="ICU")
    DepartmentFactory(institution=inst, name="Theatres")
    manager = UserFactory(email="mo@harbour.example", display_name="Mo Manager")
    manager.set_password("lead the unit well")
    manager.save()
    MembershipFactory(user=manager, institution=inst, role=Role.MANAGER, department=icu)
    req = requirement(inst, make_course(title="Privacy online"))
    ana = MembershipFactory(
        institution=inst,
        department=icu,
        user=UserFactory(email="ana@example.org", display_name="Ana Ward"),
    )
    assign(req, ana, assigned_on=today - dt.timedelta(days=60), due_on=today - dt.timedelta(10))
    dashboard = f"/institutions/{inst.slug}/compliance/"

    page = journey.goto(f"/accounts/login/?next={dashboard}")
    page.get_by_label("Email").fill("mo@harbour.example")
    page.get_by_label("Password").fill("lead the unit well")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{journey.base_url}{dashboard}")
    journey.step("manager-dashboard")
    assert " ".join(page.locator(".scope-note").inner_text().split()) == (
        "You see the members of: ICU."
    )

    # Bulk: tick the overdue row, send a reminder now.
    page.get_by_label("Select Ana Ward, Privacy online").check()
    mail.outbox.clear()
    page.locator("#bulk-actions").get_by_role("button", name="Apply to the selected").click()
    page.get_by_text("Reminder sent now for 1 member requirement.").wait_for()
    journey.step("manager-reminded")
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]

    # One member: extend the due date with a reason, then read the history back.
    page.get_by_role("link", name="Ana Ward").first.click()
    page.wait_for_url(f"**/compliance/members/{ana.pk}/")
    journey.step("manager-member-page")
    form = page.locator("form.member-actions")
    form.get_by_label("Privacy online").check()
    form.get_by_label("Extend the due date").check()
    new_due = today + dt.timedelta(days=14)
    form.get_by_label("New due date (extension, or the assigned course's due date)").fill(
        new_due.isoformat()
    )
    form.get_by_label(
        "Reason (required for an extension or exemption; the member does not see it)"
    ).fill("Back from sick leave")
    form.get_by_role("button", name="Apply to the selected").click()
    page.get_by_text(f"Due date moved to {new_due.day} {new_due:%B %Y} for 1 member").wait_for()
    journey.step("manager-extended")
    history = page.locator("#actions-history-heading + div table tbody")
    assert "Back from sick leave" in history.inner_text()
    assert list(MemberAction.objects.values_list("kind", flat=True).order_by("id")) == [
        "reminder",
        "extension",
    ]
    from notifications.models import Notification

    assert list(Notification.objects.filter(user=ana.user).values_list("title", flat=True)) == [
        "Reminder from Harbour General: Privacy online"
    ]
