import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from compliance.models import Assignment
from compliance.services import (
    institution_sync_assignments,
    requirement_create,
    requirement_update,
)
from courses.models import Enrollment
from institutions.models import Role
from tests.compliance.helpers import make_course
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 3, 1)


def assigned(req):
    return dict(Assignment.objects.filter(requirement=req).values_list("membership_id", "due_on"))


@pytest.fixture
def hospital():
    inst = InstitutionFactory()
    icu, er = DepartmentFactory(institution=inst), DepartmentFactory(institution=inst)
    admin = MembershipFactory(institution=inst, role=Role.ADMIN)
    nurse = MembershipFactory(institution=inst, department=icu)
    doctor = MembershipFactory(
        institution=inst, department=er, user=UserFactory(profession="physician")
    )
    manager = MembershipFactory(institution=inst, department=er, role=Role.MANAGER)
    return inst, icu, er, admin, nurse, doctor, manager


def test_create_assigns_everyone_and_enrolls_on_commit(
    hospital, django_capture_on_commit_callbacks
):
    inst, _icu, _er, admin, nurse, doctor, manager = hospital
    course = make_course()
    with django_capture_on_commit_callbacks(execute=True):
        req = requirement_create(
            actor=admin.user, institution=inst, course=course, due_days=30, today=DAY
        )
    due = DAY + dt.timedelta(days=30)
    assert assigned(req) == {m.id: due for m in (admin, nurse, doctor, manager)}
    enrollments = Enrollment.objects.filter(course=course)
    assert enrollments.count() == 4
    assert set(enrollments.values_list("source", "institution_id")) == {("requirement", inst.id)}


def test_audience_by_department_role_and_profession(hospital):
    inst, icu, _er, admin, nurse, doctor, manager = hospital
    by_dept = requirement_create(
        actor=None,
        institution=inst,
        course=make_course(),
        audience="departments",
        departments=[icu],
        due_days=10,
        today=DAY,
    )
    assert set(assigned(by_dept)) == {nurse.id}
    by_role = requirement_create(
        actor=None,
        institution=inst,
        course=make_course(),
        audience="roles",
        roles=["manager", "admin"],
        due_days=10,
        today=DAY,
    )
    assert set(assigned(by_role)) == {admin.id, manager.id}
    by_prof = requirement_create(
        actor=None,
        institution=inst,
        course=make_course(),
        audience="professions",
        professions=["physician"],
        due_days=10,
        today=DAY,
    )
    assert set(assigned(by_prof)) == {doctor.id}


def test_audience_change_adds_and_removes_members(hospital):
    inst, icu, er, admin, _nurse, doctor, manager = hospital
    req = requirement_create(
        actor=admin.user,
        institution=inst,
        course=make_course(),
        audience="departments",
        departments=[icu],
        due_days=10,
        today=DAY,
    )
    later = DAY + dt.timedelta(days=5)
    requirement_update(
        actor=admin.user, institution=inst, requirement=req, departments=[er], today=later
    )
    assert assigned(req) == {
        doctor.id: later + dt.timedelta(days=10),
        manager.id: later + dt.timedelta(days=10),
    }


def test_member_joining_later_is_assigned_from_their_join_day(hospital):
    inst, icu, *_ = hospital
    req = requirement_create(
        actor=None, institution=inst, course=make_course(), due_days=14, today=DAY
    )
    newcomer = MembershipFactory(institution=inst, department=icu)
    joined = DAY + dt.timedelta(days=40)
    result = institution_sync_assignments(institution=inst, today=joined)
    assert result.added == 1
    assert assigned(req)[newcomer.id] == joined + dt.timedelta(days=14)
    # A second run changes nothing.
    assert institution_sync_assignments(institution=inst, today=joined).added == 0


def test_inactive_member_keeps_assignment_but_is_not_newly_assigned(hospital):
    inst, icu, *_ = hospital
    sleeper = MembershipFactory(institution=inst, department=icu, is_active=False)
    req = requirement_create(
        actor=None, institution=inst, course=make_course(), due_days=14, today=DAY
    )
    assert sleeper.id not in assigned(req)


def test_due_rule_change_recomputes_due_dates(hospital):
    inst, *_ = hospital
    req = requirement_create(
        actor=None, institution=inst, course=make_course(), due_days=14, today=DAY
    )
    requirement_update(
        actor=None,
        institution=inst,
        requirement=req,
        due_rule="fixed_date",
        due_date=dt.date(2026, 12, 31),
        today=DAY,
    )
    assert set(assigned(req).values()) == {dt.date(2026, 12, 31)}
    requirement_update(
        actor=None,
        institution=inst,
        requirement=req,
        due_rule="after_assignment",
        due_days=7,
        today=DAY,
    )
    assert set(assigned(req).values()) == {DAY + dt.timedelta(days=7)}


def test_validation_errors_are_named(hospital):
    inst, *_ = hospital
    other_dept = DepartmentFactory()
    with pytest.raises(ValidationError) as exc:
        requirement_create(
            actor=None,
            institution=inst,
            course=make_course(),
            audience="departments",
            departments=[other_dept],
            due_days=10,
        )
    assert exc.value.message_dict == {
        "departments": ["A department belongs to another institution."]
    }
    with pytest.raises(ValidationError) as exc:
        requirement_create(
            actor=None, institution=inst, course=make_course(), due_rule="fixed_date"
        )
    assert exc.value.message_dict == {"due_date": ["Give the due date."]}
    with pytest.raises(ValidationError) as exc:
        requirement_create(
            actor=None,
            institution=inst,
            course=make_course(),
            audience="roles",
            roles=["boss"],
            due_days=3,
        )
    assert exc.value.message_dict == {"roles": ["Unknown role(s): boss."]}
    course = make_course()
    requirement_create(actor=None, institution=inst, course=course, due_days=3)
    with pytest.raises(ValidationError) as exc:
        requirement_create(actor=None, institution=inst, course=course, due_days=3)
    assert exc.value.message_dict == {
        "course": ["This course is already required; edit that requirement."]
    }


def test_only_admins_change_requirements(hospital):
    inst, _icu, _er, _admin, nurse, _doctor, manager = hospital
    for actor in (nurse.user, manager.user, MembershipFactory(role=Role.ADMIN).user):
        with pytest.raises(PermissionDenied):
            requirement_create(actor=actor, institution=inst, course=make_course(), due_days=3)


def test_requirement_of_another_institution_cannot_be_updated(hospital):
    inst, *_ = hospital
    other = InstitutionFactory()
    req = requirement_create(actor=None, institution=other, course=make_course(), due_days=3)
    with pytest.raises(ValidationError) as exc:
        requirement_update(actor=None, institution=inst, requirement=req, grace_days=5)
    assert exc.value.messages == ["The requirement belongs to another institution."]
