import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from institutions.models import Role
from institutions.permissions import (
    managed_department_ids,
    user_can_administer,
    user_can_view_reports,
)
from institutions.selectors import (
    institution_get_for_admin,
    institution_get_for_reporter,
    institutions_for_user,
    members_for,
    membership_get,
)
from institutions.services import department_create, membership_create, membership_update
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_tenants(make_member):
    a, b = InstitutionFactory(slug="alpha"), InstitutionFactory(slug="beta")
    admin_a = make_member(a, role=Role.ADMIN)
    admin_b = make_member(b, role=Role.ADMIN)
    learners_a = [make_member(a) for _ in range(3)]
    learners_b = [make_member(b) for _ in range(2)]
    return a, b, admin_a, admin_b, learners_a, learners_b


def test_admin_sees_only_own_members(two_tenants):
    a, _b, admin_a, _admin_b, learners_a, learners_b = two_tenants
    assert institution_get_for_admin(user=admin_a.user, slug="alpha") == a
    ids = set(members_for(institution=a).values_list("id", flat=True))
    assert ids == {admin_a.id, *(m.id for m in learners_a)}
    assert not ids & {m.id for m in learners_b}


def test_admin_of_one_gets_404_for_the_other(two_tenants):
    _a, _b, admin_a, *_ = two_tenants
    with pytest.raises(Http404):
        institution_get_for_admin(user=admin_a.user, slug="beta")
    # Missing and not-yours are indistinguishable.
    with pytest.raises(Http404) as missing:
        institution_get_for_admin(user=admin_a.user, slug="no-such-place")
    with pytest.raises(Http404) as foreign:
        institution_get_for_admin(user=admin_a.user, slug="beta")
    assert str(missing.value) == str(foreign.value)


def test_member_of_other_institution_is_not_reachable(two_tenants):
    a, _b, _admin_a, _admin_b, _learners_a, learners_b = two_tenants
    with pytest.raises(Http404):
        membership_get(institution=a, membership_id=learners_b[0].id)


def test_admin_can_change_own_member_but_not_another_tenants(two_tenants):
    a, b, admin_a, _admin_b, learners_a, learners_b = two_tenants
    updated = membership_update(
        actor=admin_a.user, institution=a, membership=learners_a[0], job_title="Charge nurse"
    )
    assert updated.job_title == "Charge nurse"
    with pytest.raises(PermissionDenied, match=r"You do not administer this institution\."):
        membership_update(
            actor=admin_a.user, institution=b, membership=learners_b[0], job_title="Hacked"
        )
    with pytest.raises(ValidationError, match=r"The membership belongs to another institution\."):
        membership_update(
            actor=admin_a.user, institution=a, membership=learners_b[0], job_title="Hacked"
        )
    learners_b[0].refresh_from_db()
    assert learners_b[0].job_title == "Staff nurse"


def test_department_of_another_institution_is_refused(two_tenants):
    a, b, admin_a, *_ = two_tenants
    foreign_dept = DepartmentFactory(institution=b)
    with pytest.raises(ValidationError) as exc:
        membership_create(
            actor=admin_a.user, institution=a, user=UserFactory(), department=foreign_dept
        )
    assert exc.value.message_dict == {
        "department": ["The department belongs to another institution."]
    }


def test_manager_cannot_administer_but_can_view_own_departments(make_member):
    inst = InstitutionFactory()
    manager = make_member(inst, role=Role.MANAGER)
    assert not user_can_administer(user=manager.user, institution=inst)
    assert user_can_view_reports(user=manager.user, institution=inst)
    assert managed_department_ids(user=manager.user, institution=inst) == [manager.department_id]
    with pytest.raises(Http404):
        institution_get_for_admin(user=manager.user, slug=inst.slug)
    assert institution_get_for_reporter(user=manager.user, slug=inst.slug) == inst
    with pytest.raises(PermissionDenied):
        department_create(actor=manager.user, institution=inst, name="Radiology")


def test_learner_can_neither_administer_nor_report(make_member):
    inst = InstitutionFactory()
    learner = make_member(inst)
    assert not user_can_administer(user=learner.user, institution=inst)
    assert not user_can_view_reports(user=learner.user, institution=inst)
    with pytest.raises(Http404):
        institution_get_for_reporter(user=learner.user, slug=inst.slug)


def test_user_in_two_institutions_sees_each_separately():
    user = UserFactory()
    a, b = InstitutionFactory(), InstitutionFactory()
    MembershipFactory(user=user, institution=a, role=Role.ADMIN)
    MembershipFactory(
        user=user, institution=b, role=Role.LEARNER, department=DepartmentFactory(institution=b)
    )
    other_a = MembershipFactory(institution=a)
    assert set(institutions_for_user(user=user)) == {a, b}
    assert user_can_administer(user=user, institution=a)
    assert not user_can_administer(user=user, institution=b)
    assert other_a in members_for(institution=a)
    assert other_a not in members_for(institution=b)


def test_inactive_admin_loses_access():
    inst = InstitutionFactory()
    m = MembershipFactory(institution=inst, role=Role.ADMIN, is_active=False)
    assert not user_can_administer(user=m.user, institution=inst)


def test_employee_id_unique_within_institution_only():
    a, b = InstitutionFactory(), InstitutionFactory()
    membership_create(actor=None, institution=a, user=UserFactory(), employee_id="E1")
    membership_create(actor=None, institution=b, user=UserFactory(), employee_id="E1")
    with pytest.raises(ValidationError) as exc:
        membership_create(actor=None, institution=a, user=UserFactory(), employee_id="E1")
    assert "employee_id" in str(exc.value) or "employee id" in str(exc.value).lower()


def test_header_links_only_institutions_the_user_reports_on(client):
    user = UserFactory()
    admin_of, manager_of, learner_of = (
        InstitutionFactory(),
        InstitutionFactory(),
        InstitutionFactory(),
    )
    MembershipFactory(user=user, institution=admin_of, role=Role.ADMIN)
    MembershipFactory(
        user=user,
        institution=manager_of,
        role=Role.MANAGER,
        department=DepartmentFactory(institution=manager_of),
    )
    MembershipFactory(
        user=user,
        institution=learner_of,
        role=Role.LEARNER,
        department=DepartmentFactory(institution=learner_of),
    )
    client.force_login(user)
    html = client.get("/accounts/profile/").content.decode()
    assert f"/institutions/{admin_of.slug}/compliance/" in html
    assert f"/institutions/{manager_of.slug}/compliance/" in html
    assert f"/institutions/{learner_of.slug}/compliance/" not in html
