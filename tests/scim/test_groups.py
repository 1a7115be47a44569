"""SCIM Groups are the institution's departments: create, list, get, patch members, delete."""

import pytest

from institutions.models import Department, Membership
from tests.factories import DepartmentFactory, MembershipFactory
from tests.scim.conftest import ERROR, PATCH_OP, user_body

pytestmark = pytest.mark.django_db

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


def _member(scim, email: str, external_id: str) -> str:
    response = scim.post("/Users", user_body(email, externalId=external_id))
    assert response.status_code == 201
    return response.json()["id"]


def test_create_get_list_group(scim, scim_setup):
    institution = scim_setup[0]
    nurse = _member(scim, "nurse@riverside.example", "E-1")
    response = scim.post(
        "/Groups",
        {
            "schemas": [GROUP],
            "displayName": "Oncology",
            "externalId": "aad-42",
            "members": [{"value": nurse}],
        },
    )
    assert response.status_code == 201
    department = Department.objects.get(institution=institution, name="Oncology")
    body = response.json()
    assert response["Location"] == f"http://testserver/scim/v2/Groups/{department.pk}"
    assert body["id"] == str(department.pk)
    assert (body["displayName"], body["externalId"]) == ("Oncology", "aad-42")
    assert body["members"] == [
        {"value": nurse, "$ref": f"http://testserver/scim/v2/Users/{nurse}", "type": "User"}
    ]
    # Joining a group moves the member out of their previous department.
    assert Membership.objects.get(pk=nurse).department == department
    assert scim.get(f"/Groups/{department.pk}").json() == body
    listing = scim.get("/Groups").json()
    assert listing["totalResults"] == 2  # Intensive Care (from the user's department) + Oncology
    found = scim.get("/Groups", data={"filter": 'displayName eq "oncology"'}).json()
    assert [g["id"] for g in found["Resources"]] == [str(department.pk)]
    found = scim.get("/Groups", data={"filter": 'externalId eq "aad-42"'}).json()
    assert [g["id"] for g in found["Resources"]] == [str(department.pk)]


def test_duplicate_group_name_answers_409(scim, scim_setup):
    DepartmentFactory(institution=scim_setup[0], name="Oncology")
    response = scim.post("/Groups", {"schemas": [GROUP], "displayName": "ONCOLOGY"})
    assert response.status_code == 409
    assert response.json() == {
        "schemas": [ERROR],
        "status": "409",
        "scimType": "uniqueness",
        "detail": "A group named “ONCOLOGY” already exists.",
    }


def test_patch_members_add_and_remove(scim, scim_setup):
    institution = scim_setup[0]
    department = DepartmentFactory(institution=institution, name="Oncology")
    a = _member(scim, "a@riverside.example", "E-1")
    b = _member(scim, "b@riverside.example", "E-2")
    path = f"/Groups/{department.pk}"
    response = scim.patch(
        path,
        {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "add", "path": "members", "value": [{"value": a}, {"value": b}]}],
        },
    )
    assert response.status_code == 200
    assert [m["value"] for m in response.json()["members"]] == [a, b]
    response = scim.patch(
        path,
        {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "remove", "path": f'members[value eq "{a}"]'}],
        },
    )
    assert response.status_code == 200
    assert [m["value"] for m in response.json()["members"]] == [b]
    assert Membership.objects.get(pk=a).department is None
    assert Membership.objects.get(pk=b).department == department
    response = scim.patch(
        path,
        {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": "displayName", "value": "Cancer care"}],
        },
    )
    assert response.json()["displayName"] == "Cancer care"
    assert [m["value"] for m in response.json()["members"]] == [b]


def test_unknown_member_and_nested_group_answer_400(scim, scim_setup):
    department = DepartmentFactory(institution=scim_setup[0], name="Oncology")
    response = scim.patch(
        f"/Groups/{department.pk}",
        {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "add", "path": "members", "value": [{"value": "424242"}]}],
        },
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "members: no user with id 424242 here."
    response = scim.post(
        "/Groups",
        {
            "schemas": [GROUP],
            "displayName": "Nested",
            "members": [{"value": str(department.pk), "type": "Group"}],
        },
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "members: only users can be members of a group."


def test_delete_group_keeps_its_members(scim, scim_setup):
    institution = scim_setup[0]
    department = DepartmentFactory(institution=institution, name="Oncology")
    member = MembershipFactory(institution=institution, department=department)
    response = scim.delete(f"/Groups/{department.pk}")
    assert response.status_code == 204
    assert scim.get(f"/Groups/{department.pk}").status_code == 404
    member.refresh_from_db()
    assert (member.is_active, member.department) == (True, None)


def test_group_list_queries_do_not_grow_with_groups(
    scim, scim_setup, django_assert_max_num_queries
):
    institution = scim_setup[0]
    for i in range(5):
        d = DepartmentFactory(institution=institution, name=f"Ward {i}")
        MembershipFactory(institution=institution, department=d)
    # token + admin check + last used + count + page + members prefetch
    with django_assert_max_num_queries(7):
        response = scim.get("/Groups")
    assert response.json()["totalResults"] == 5
    assert all(len(g["members"]) == 1 for g in response.json()["Resources"])


def test_entra_id_removes_members_by_value(scim, scim_setup):
    department = DepartmentFactory(institution=scim_setup[0], name="Oncology")
    a = _member(scim, "a@riverside.example", "E-1")
    b = _member(scim, "b@riverside.example", "E-2")
    Membership.objects.filter(pk__in=[a, b]).update(department=department)
    response = scim.patch(
        f"/Groups/{department.pk}",
        {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Remove", "path": "members", "value": [{"value": a}]}],
        },
    )
    assert response.status_code == 200, response.json()
    assert [m["value"] for m in response.json()["members"]] == [b]
    assert Membership.objects.get(pk=a).department is None
