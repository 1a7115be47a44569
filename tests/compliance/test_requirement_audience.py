"""Requirements that combine department with role or profession, a preview of how many people
a requirement assigns before it is saved, and how many it assigned after (issue 18)."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse

from compliance.models import Assignment, Requirement
from compliance.selectors import AudiencePreview, requirement_audience_preview
from compliance.services import requirement_create, requirement_update
from institutions.models import Role
from tests.compliance.helpers import make_course
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 3, 1)


@pytest.fixture
def hospital():
    inst = InstitutionFactory()
    ed, icu = DepartmentFactory(institution=inst, name="ED"), DepartmentFactory(institution=inst)
    people = {
        "ed_nurse": MembershipFactory(institution=inst, department=ed),
        "ed_nurse_manager": MembershipFactory(institution=inst, department=ed, role=Role.MANAGER),
        "ed_doctor": MembershipFactory(
            institution=inst, department=ed, user=UserFactory(profession="physician")
        ),
        "icu_nurse": MembershipFactory(institution=inst, department=icu),
        "ed_nurse_left": MembershipFactory(institution=inst, department=ed, is_active=False),
    }
    admin = MembershipFactory(institution=inst, role=Role.ADMIN)
    return inst, ed, icu, people, admin


def _ids(req):
    return set(Assignment.objects.filter(requirement=req).values_list("membership_id", flat=True))


def test_combined_audience_requires_every_filter_given(hospital):
    inst, ed, _icu, p, _admin = hospital
    nurses_in_ed = requirement_create(
        actor=None,
        institution=inst,
        course=make_course(),
        audience="combined",
        departments=[ed],
        professions=["nurse"],
        due_days=30,
        today=DAY,
    )
    assert _ids(nurses_in_ed) == {p["ed_nurse"].id, p["ed_nurse_manager"].id}
    assert nurses_in_ed.sync_result.added == 2
    ed_managers = requirement_create(
        actor=None,
        institution=inst,
        course=make_course(),
        audience="combined",
        departments=[ed],
        roles=["manager"],
        due_days=30,
        today=DAY,
    )
    assert _ids(ed_managers) == {p["ed_nurse_manager"].id}
    # Narrowing further on update removes those who no longer match, and says so.
    updated = requirement_update(
        actor=None,
        institution=inst,
        requirement=nurses_in_ed,
        departments=[ed],
        audience="combined",
        roles=["learner"],
        professions=["nurse"],
        today=DAY,
    )
    assert _ids(updated) == {p["ed_nurse"].id}
    assert (updated.sync_result.added, updated.sync_result.removed) == (0, 1)


def test_a_combination_needs_at_least_one_filter(hospital):
    inst, *_ = hospital
    with pytest.raises(ValidationError) as exc:
        requirement_create(
            actor=None, institution=inst, course=make_course(), audience="combined", due_days=30
        )
    assert exc.value.message_dict == {
        "audience": ["Choose at least one department, role or profession to combine."]
    }
    assert not Requirement.objects.exists()


def test_preview_counts_active_and_inactive_members_in_one_query(
    hospital, django_assert_num_queries
):
    inst, ed, _icu, _p, _admin = hospital
    with django_assert_num_queries(1):
        preview = requirement_audience_preview(
            institution=inst, audience="combined", departments=[ed], professions=["nurse"]
        )
    assert preview == AudiencePreview(active=2, inactive=1)
    assert requirement_audience_preview(institution=inst, audience="everyone") == AudiencePreview(
        active=5, inactive=1
    )


def test_form_previews_without_saving_then_reports_what_it_assigned(client, hospital):
    inst, ed, _icu, _p, admin = hospital
    course = make_course()
    client.force_login(admin.user)
    url = reverse("compliance:requirement-create", args=[inst.slug])
    data = {
        "course": course.pk,
        "audience": "combined",
        "departments": [ed.pk],
        "professions": ["nurse"],
        "due_rule": "after_assignment",
        "due_days": 30,
        "grace_days": 0,
        "is_active": "on",
    }
    response = client.post(url, {**data, "preview": "1"})
    assert response.status_code == 200
    box = BeautifulSoup(response.content, "html.parser").select_one("#audience-preview")
    assert " ".join(box.text.split()) == (
        "2 active members match this audience; saving assigns the course to each of them at "
        "once. 1 inactive member will be assigned if they return."
    )
    assert not Requirement.objects.exists()  # a preview saves nothing
    response = client.post(url, data, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        f"“{course.title}” is now required: assigned to 2 people."
    ]
    assert Requirement.objects.get().audience == "combined"


def test_preview_refuses_another_institutions_department(hospital):
    inst, *_ = hospital
    foreign = DepartmentFactory(institution=InstitutionFactory())
    from django.http import Http404

    with pytest.raises(Http404):
        requirement_audience_preview(
            institution=inst, audience="departments", departments=[foreign]
        )
