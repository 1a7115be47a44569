"""Tenancy: a token reaches only its own institution. Another institution's users and groups
answer 404 (like a missing id), never appear in lists or filters, and cannot be made members of
a group; an email of another institution's account is invited, never attached."""

import pytest

from accounts.models import User
from institutions.models import Department, Membership
from scim.models import ScimUser
from tests.factories import DepartmentFactory, MembershipFactory, UserFactory
from tests.scim.conftest import (
    ENTERPRISE,
    ERROR,
    PATCH_OP,
    ScimClient,
    make_scim_institution,
    user_body,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two():
    a = make_scim_institution("Riverside")
    b = make_scim_institution("Lakeside")
    return a, b


def test_another_institutions_user_answers_404_to_every_method(two):
    (_a, _, _, raw_a), (b, _, _, _) = two
    dept_b = DepartmentFactory(institution=b, name="Oncology")
    victim = MembershipFactory(
        institution=b, department=dept_b, user=UserFactory(email="b.nurse@lakeside.example")
    )
    scim = ScimClient(raw_a)
    not_found = {"schemas": [ERROR], "status": "404", "detail": f"Resource {victim.pk} not found"}
    path = f"/Users/{victim.pk}"
    patch = {
        "schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": "active", "value": False}],
    }
    for response in (
        scim.get(path),
        scim.put(path, user_body("b.nurse@lakeside.example")),
        scim.patch(path, patch),
        scim.delete(path),
    ):
        assert response.status_code == 404
        assert response.json() == not_found
    victim.refresh_from_db()
    assert (victim.is_active, victim.department, victim.job_title) == (True, dept_b, "Staff nurse")


def test_lists_and_filters_never_show_another_institution(two):
    (a, _, _, raw_a), (b, _, _, _raw_b) = two
    MembershipFactory(
        institution=b, user=UserFactory(email="b.nurse@lakeside.example"), employee_id="E-1"
    )
    scim = ScimClient(raw_a)
    body = scim.get("/Users", data={"filter": 'userName eq "b.nurse@lakeside.example"'}).json()
    assert body["totalResults"] == 0
    body = scim.get("/Users", data={"filter": 'externalId eq "E-1"'}).json()
    assert body["totalResults"] == 0
    ids_a = {r["id"] for r in scim.get("/Users").json()["Resources"]}
    assert ids_a == {str(m.pk) for m in Membership.objects.filter(institution=a)}
    DepartmentFactory(institution=b, name="Oncology")
    assert scim.get("/Groups").json()["totalResults"] == 0
    body = scim.get("/Groups", data={"filter": 'displayName eq "Oncology"'}).json()
    assert body["totalResults"] == 0


def test_same_user_name_and_external_id_may_exist_in_two_institutions(two):
    (_, _, _, raw_a), (_, _, _, raw_b) = two
    first = ScimClient(raw_a).post("/Users", user_body("ana@shared.example"))
    assert first.status_code == 201
    # The account now exists (Riverside made it): Lakeside invites it, with the same ids.
    second = ScimClient(raw_b).post("/Users", user_body("ana@shared.example"))
    assert second.status_code == 201
    assert second.json()["active"] is False
    assert ScimUser.objects.count() == 2


def test_existing_account_is_not_renamed_or_moved_by_another_institution(two):
    (a, _, _, raw_a), (b, _, _, raw_b) = two
    ScimClient(raw_a).post("/Users", user_body("ana@shared.example"))
    body = user_body("ana@shared.example", displayName="Hijacked", name={"givenName": "X"})
    response = ScimClient(raw_b).post("/Users", body)
    assert response.status_code == 201
    ana = User.objects.get(email="ana@shared.example")
    assert (ana.display_name, ana.first_name) == ("Ana Lima", "Ana")
    membership_a = Membership.objects.get(institution=a, user=ana)
    assert membership_a.is_active is True
    membership_b = Membership.objects.get(institution=b, user=ana)
    assert (membership_b.is_active, membership_b.invitation_pending) == (False, True)
    # Lakeside's PUT cannot change the email of an account Riverside made.
    put = ScimClient(raw_b).put(f"/Users/{membership_b.pk}", user_body("hijack@lakeside.example"))
    assert put.status_code == 200
    ana.refresh_from_db()
    assert ana.email == "ana@shared.example"


def test_group_cannot_take_another_institutions_member_or_be_reached(two):
    (a, _, _, raw_a), (b, _, _, _raw_b) = two
    victim = MembershipFactory(institution=b)
    dept_b = DepartmentFactory(institution=b, name="Oncology")
    scim = ScimClient(raw_a)
    response = scim.post(
        "/Groups",
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "ICU",
            "members": [{"value": str(victim.pk)}],
        },
    )
    assert response.status_code == 400
    assert response.json() == {
        "schemas": [ERROR],
        "status": "400",
        "scimType": "invalidValue",
        "detail": f"members: no user with id {victim.pk} here.",
    }
    assert not Department.objects.filter(institution=a, name="ICU").exists()
    victim.refresh_from_db()
    assert victim.department is None
    for response in (
        scim.get(f"/Groups/{dept_b.pk}"),
        scim.patch(
            f"/Groups/{dept_b.pk}",
            {
                "schemas": [PATCH_OP],
                "Operations": [{"op": "replace", "path": "displayName", "value": "x"}],
            },
        ),
        scim.delete(f"/Groups/{dept_b.pk}"),
    ):
        assert response.status_code == 404
    assert Department.objects.get(pk=dept_b.pk).name == "Oncology"


def test_department_named_in_a_user_is_made_in_the_tokens_institution(two):
    (a, _, _, raw_a), (b, _, _, _) = two
    dept_b = DepartmentFactory(institution=b, name="Intensive Care")
    response = ScimClient(raw_a).post("/Users", user_body())
    assert response.status_code == 201
    assert response.json()[ENTERPRISE] == {"department": "Intensive Care"}
    m = Membership.objects.get(pk=response.json()["id"])
    assert m.department.institution == a
    assert m.department != dept_b


@pytest.mark.parametrize("kind", ["member_of_b", "unaffiliated", "superuser"])
def test_people_the_institution_does_not_own_are_only_invited(two, kind):
    (a, _, _, raw_a), (b, _, _, _) = two
    person = UserFactory(
        email="person@example.org",
        display_name="Their own name",
        profession="physician",
        is_superuser=kind == "superuser",
        is_staff=kind == "superuser",
    )
    if kind == "member_of_b":
        MembershipFactory(user=person, institution=b)
    body = user_body("person@example.org", displayName="Renamed", externalId="E-7")
    body["urn:ethos:params:scim:schemas:extension:ethos:2.0:User"] = {
        "role": "admin",
        "profession": "student",
    }
    scim = ScimClient(raw_a)
    response = scim.post("/Users", body)
    assert response.status_code == 201
    assert response.json()["active"] is False
    m = Membership.objects.get(institution=a, user=person)
    assert (m.is_active, m.invitation_pending) == (False, True)
    # A later PUT or PATCH cannot activate them or touch their profile either.
    scim.put(f"/Users/{m.pk}", body)
    scim.patch(
        f"/Users/{m.pk}",
        {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": True}]},
    )
    m.refresh_from_db()
    person.refresh_from_db()
    assert (m.is_active, m.invitation_pending) == (False, True)
    assert (person.email, person.display_name, person.profession) == (
        "person@example.org",
        "Their own name",
        "physician",
    )
    assert person.is_superuser == (kind == "superuser")
