"""SCIM Users: create, get, replace, patch, deactivate, delete, list and filter, with the exact
SCIM errors for bad input."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from knox.models import AuthToken

from compliance.models import OutboxEmail
from institutions.models import Department, Membership
from scim.models import ScimEvent, ScimUser
from tests.factories import DepartmentFactory, MembershipFactory, UserFactory
from tests.scim.conftest import ENTERPRISE, ERROR, ETHOS, PATCH_OP, USER_SCHEMA, user_body

pytestmark = pytest.mark.django_db


def _error(status: int, detail: str, scim_type: str | None = None) -> dict:
    body = {"schemas": [ERROR], "status": str(status), "detail": detail}
    if scim_type:
        body["scimType"] = scim_type
    return body


def test_create_user_makes_an_account_and_an_active_membership(scim, scim_setup):
    institution = scim_setup[0]
    response = scim.post("/Users", user_body())
    assert response.status_code == 201
    assert response["Content-Type"] == "application/scim+json"
    membership = Membership.objects.get(
        institution=institution, user__email="ana.lima@riverside.example"
    )
    assert response["Location"] == f"http://testserver/scim/v2/Users/{membership.pk}"
    department = Department.objects.get(institution=institution, name="Intensive Care")
    body = response.json()
    assert body == {
        "schemas": [USER_SCHEMA, ENTERPRISE, ETHOS],
        "id": str(membership.pk),
        "externalId": "E-100",
        "meta": {
            "resourceType": "User",
            "created": body["meta"]["created"],
            "lastModified": body["meta"]["lastModified"],
            "location": f"http://testserver/scim/v2/Users/{membership.pk}",
        },
        "userName": "ana.lima@riverside.example",
        "name": {"givenName": "Ana", "familyName": "Lima"},
        "displayName": "Ana Lima",
        "title": "Staff nurse",
        "active": True,
        "emails": [{"value": "ana.lima@riverside.example", "type": "work"}],
        "groups": [
            {
                "value": str(department.pk),
                "$ref": f"http://testserver/scim/v2/Groups/{department.pk}",
                "display": "Intensive Care",
            }
        ],
        ENTERPRISE: {"department": "Intensive Care"},
        ETHOS: {"role": "learner", "profession": "nurse"},
    }
    user = membership.user
    assert (user.first_name, user.last_name, user.display_name, user.profession) == (
        "Ana",
        "Lima",
        "Ana Lima",
        "nurse",
    )
    assert not user.has_usable_password()
    assert (membership.is_active, membership.invitation_pending) == (True, False)
    assert (membership.employee_id, membership.job_title, membership.role) == (
        "E-100",
        "Staff nurse",
        "learner",
    )
    assert membership.department == department
    assert list(ScimEvent.objects.values_list("action", "target")) == [
        ("user_created", "ana.lima@riverside.example"),
        ("token_created", "Entra ID"),
    ]


def test_user_name_need_not_be_the_email(scim):
    body = user_body(userName="ana.lima@corp.onmicrosoft.example")
    body["emails"] = [{"value": "Ana.Lima@Riverside.example", "type": "work", "primary": True}]
    response = scim.post("/Users", body)
    assert response.status_code == 201
    assert response.json()["userName"] == "ana.lima@corp.onmicrosoft.example"
    assert response.json()["emails"] == [{"value": "ana.lima@riverside.example", "type": "work"}]
    assert ScimUser.objects.get().user_name == "ana.lima@corp.onmicrosoft.example"


def test_existing_account_of_another_institution_is_invited_not_attached(scim, scim_setup):
    institution, admin = scim_setup[0], scim_setup[1]
    person = UserFactory(email="ana.lima@riverside.example", display_name="Dr Ana Lima")
    MembershipFactory(user=person)  # a member of another institution
    response = scim.post("/Users", user_body(displayName="Someone Else"))
    assert response.status_code == 201
    assert response.json()["active"] is False
    membership = Membership.objects.get(institution=institution, user=person)
    assert (membership.is_active, membership.invitation_pending) == (False, True)
    # The account is the person's: its name is not overwritten.
    person.refresh_from_db()
    assert person.display_name == "Dr Ana Lima"
    invitation = OutboxEmail.objects.get(recipient=person, kind="invitation")
    assert invitation.institution == institution
    assert ScimEvent.objects.filter(action="user_invited").count() == 1
    assert admin.pk != person.pk


def test_member_already_known_answers_409_with_how_to_find_it(scim, scim_setup):
    institution = scim_setup[0]
    m = MembershipFactory(
        institution=institution, user=UserFactory(email="ana.lima@riverside.example")
    )
    response = scim.post("/Users", user_body(externalId="E-new"))
    assert response.status_code == 409
    assert response.json() == _error(
        409,
        f"ana.lima@riverside.example is already a member (id {m.pk}); find it with "
        'filter=userName eq "ana.lima@riverside.example".',
        "uniqueness",
    )


def test_duplicate_user_name_and_external_id_answer_409(scim):
    assert scim.post("/Users", user_body()).status_code == 201
    again = user_body("other@riverside.example", userName="ANA.LIMA@riverside.example")
    response = scim.post("/Users", again)
    assert response.status_code == 409
    assert response.json() == _error(
        409, "userName “ANA.LIMA@riverside.example” is already in use.", "uniqueness"
    )
    response = scim.post("/Users", user_body("other@riverside.example"))
    assert response.status_code == 409
    assert response.json() == _error(409, "externalId “E-100” is already in use.", "uniqueness")
    assert Membership.objects.filter(user__email="other@riverside.example").count() == 0


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (
            {"userName": "not-an-email", "emails": []},
            "A user needs an email address: emails[].value (or userName) must be one.",
        ),
        (
            {ETHOS: {"role": "superuser"}},
            "role “superuser” is not one of: learner, manager, admin.",
        ),
        (
            {ETHOS: {"profession": "astronaut"}},
            "profession “astronaut” is not one of: nurse, physician, pharmacist, student, "
            "allied_health, other.",
        ),
        ({"externalId": "x" * 65}, "externalId is longer than 64 characters."),
        ({"title": "t" * 151}, "title is longer than 150 characters."),
    ],
)
def test_bad_values_answer_400_invalid_value_and_write_nothing(scim, change, detail):
    response = scim.post("/Users", user_body(**change))
    assert response.status_code == 400
    assert response.json() == _error(400, detail, "invalidValue")
    assert not Membership.objects.filter(user__email="ana.lima@riverside.example").exists()
    assert not ScimUser.objects.exists()


def test_missing_user_name_and_bad_json_answer_400(scim):
    body = user_body()
    del body["userName"]
    response = scim.post("/Users", body)
    assert response.status_code == 400
    assert response.json()["scimType"] == "invalidValue"
    assert "userName" in response.json()["detail"]
    response = scim.post("/Users", "{not json")
    assert response.status_code == 400
    assert response.json() == _error(400, "The request body is not valid JSON.", "invalidSyntax")
    response = scim.post("/Users", "[1, 2]")
    assert response.json() == _error(
        400, "The request body must be a JSON object.", "invalidSyntax"
    )


def _create(scim, email="ana.lima@riverside.example", **extra) -> str:
    response = scim.post("/Users", user_body(email, **extra))
    assert response.status_code == 201, response.json()
    return response.json()["id"]


def test_get_replace_and_patch(scim, scim_setup):
    institution = scim_setup[0]
    user_id = _create(scim)
    assert scim.get(f"/Users/{user_id}").json()["displayName"] == "Ana Lima"

    body = user_body(
        "ana.souza@riverside.example",
        externalId="E-200",
        title="Charge nurse",
        name={"givenName": "Ana", "familyName": "Souza"},
        displayName="Ana Souza",
    )
    body[ENTERPRISE] = {"department": "Emergency"}
    body[ETHOS] = {"role": "manager", "profession": "nurse"}
    response = scim.put(f"/Users/{user_id}", body)
    assert response.status_code == 200
    m = Membership.objects.select_related("user", "department").get(pk=user_id)
    assert (m.user.email, m.user.last_name, m.employee_id, m.job_title, m.role) == (
        "ana.souza@riverside.example",
        "Souza",
        "E-200",
        "Charge nurse",
        "manager",
    )
    assert m.department.name == "Emergency"
    assert m.department.institution == institution

    response = scim.patch(
        f"/Users/{user_id}",
        {
            "schemas": [PATCH_OP],
            "Operations": [
                {"op": "replace", "path": "title", "value": "Ward sister"},
                {"op": "replace", "path": f"{ENTERPRISE}:department", "value": "Oncology"},
            ],
        },
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Ward sister"
    assert response.json()[ENTERPRISE] == {"department": "Oncology"}
    m.refresh_from_db()
    assert (m.job_title, m.department.name) == ("Ward sister", "Oncology")


def test_patch_with_a_bad_path_answers_400_and_changes_nothing(scim):
    user_id = _create(scim)
    response = scim.patch(
        f"/Users/{user_id}",
        {
            "schemas": [PATCH_OP],
            "Operations": [
                {"op": "replace", "path": "title", "value": "Changed"},
                {"op": "replace", "path": f"{ETHOS}:role", "value": "wizard"},
            ],
        },
    )
    assert response.status_code == 400
    assert response.json() == _error(
        400, "role “wizard” is not one of: learner, manager, admin.", "invalidValue"
    )
    assert Membership.objects.get(pk=user_id).job_title == "Staff nurse"


def test_list_filter_and_pagination(scim, scim_setup):
    institution = scim_setup[0]
    ids = [_create(scim, f"nurse{i}@riverside.example", externalId=f"E-{i}") for i in range(3)]
    response = scim.get("/Users", data={"filter": 'userName eq "NURSE1@riverside.example"'})
    assert response.status_code == 200
    body = response.json()
    assert (body["totalResults"], body["startIndex"], body["itemsPerPage"]) == (1, 1, 1)
    assert [r["id"] for r in body["Resources"]] == [ids[1]]
    body = scim.get("/Users", data={"filter": 'externalId eq "E-2"'}).json()
    assert [r["id"] for r in body["Resources"]] == [ids[2]]
    body = scim.get("/Users", data={"filter": 'externalId eq "E-404"'}).json()
    assert (body["totalResults"], body["Resources"]) == (0, [])
    # The admin who created the token is a member too: 4 in all.
    admin_id = str(Membership.objects.get(institution=institution, role="admin").pk)
    body = scim.get("/Users", data={"startIndex": 2, "count": 2}).json()
    assert (body["totalResults"], body["startIndex"], body["itemsPerPage"]) == (4, 2, 2)
    assert [r["id"] for r in body["Resources"]] == sorted([admin_id, *ids], key=int)[1:3]
    body = scim.get("/Users", data={"count": 0}).json()
    assert (body["totalResults"], body["itemsPerPage"]) == (4, 0)


def test_search_endpoint_filters_too(scim):
    ids = [_create(scim, f"nurse{i}@riverside.example", externalId=f"E-{i}") for i in range(2)]
    response = scim.post(
        "/Users/.search",
        {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
            "filter": 'userName eq "nurse0@riverside.example"',
            "attributes": ["userName"],
        },
    )
    assert response.status_code == 200
    assert response.json()["Resources"] == [
        {"schemas": [USER_SCHEMA], "id": ids[0], "userName": "nurse0@riverside.example"}
    ]


@pytest.mark.parametrize(
    ("expression", "detail"),
    [
        (
            'title eq "Nurse"',
            "Filtering on “title” is not supported; use userName, externalId or emails with eq.",
        ),
        (
            'userName co "ana"',
            "Filtering with “co” is not supported; use userName, externalId or emails with eq.",
        ),
    ],
)
def test_unsupported_filters_answer_400_invalid_filter(scim, expression, detail):
    response = scim.get("/Users", data={"filter": expression})
    assert response.status_code == 400
    assert response.json() == _error(400, detail, "invalidFilter")


def test_malformed_filter_answers_400_invalid_filter(scim):
    response = scim.get("/Users", data={"filter": 'userName eq "unterminated'})
    assert response.status_code == 400
    assert response.json()["scimType"] == "invalidFilter"
    response = scim.get("/Users", data={"count": "ten"})
    assert response.json() == _error(400, "count must be an integer, not “ten”.", "invalidValue")


def test_list_query_count_does_not_grow_with_members(scim, django_assert_max_num_queries):
    for i in range(6):
        _create(scim, f"nurse{i}@riverside.example", externalId=f"E-{i}")
    # token lookup + creator's admin check + last_used + count + page
    with django_assert_max_num_queries(6):
        response = scim.get("/Users")
    assert response.json()["totalResults"] == 7


def test_unknown_ids_answer_404(scim):
    for path in ("/Users/999999", "/Users/abc", "/Users/-1", "/Users/99999999999999999999"):
        response = scim.get(path)
        assert response.status_code == 404
        assert response.json() == _error(404, f"Resource {path[7:]} not found")


def test_unknown_path_and_method(scim):
    response = scim.get("/Widgets")
    assert response.status_code == 404
    assert response.json() == _error(404, "No SCIM endpoint at /Widgets.")
    response = scim.delete("/Users")
    assert response.status_code == 405
    assert response.json() == _error(405, "Method DELETE is not allowed here.")


def test_deactivate_reactivate_owned_account(scim):
    user_id = _create(scim)
    off = {
        "schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": "active", "value": False}],
    }
    assert scim.patch(f"/Users/{user_id}", off).json()["active"] is False
    m = Membership.objects.get(pk=user_id)
    assert (m.is_active, m.invitation_pending) == (False, False)
    on = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "value": {"active": True}}]}
    assert scim.patch(f"/Users/{user_id}", on).json()["active"] is True
    assert list(
        ScimEvent.objects.filter(action__startswith="user_").values_list("action", flat=True)
    ) == ["user_reactivated", "user_updated", "user_deactivated", "user_updated", "user_created"]


def test_reactivating_a_persons_own_account_invites_them(scim, scim_setup):
    institution = scim_setup[0]
    person = UserFactory(email="ana.lima@riverside.example")
    m = MembershipFactory(user=person, institution=institution, employee_id="E-100")
    m.is_active = False
    m.save()
    ScimUser.objects.create(institution=institution, membership=m, user_name=person.email)
    response = scim.patch(
        f"/Users/{m.pk}",
        {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": True}]},
    )
    assert response.json()["active"] is False
    m.refresh_from_db()
    assert (m.is_active, m.invitation_pending) == (False, True)
    assert OutboxEmail.objects.filter(recipient=person, kind="invitation").count() == 1


def test_deactivation_ends_sessions_and_api_tokens(
    scim, scim_setup, django_capture_on_commit_callbacks
):
    institution = scim_setup[0]
    person = UserFactory(email="ana.lima@riverside.example")
    m = MembershipFactory(user=person, institution=institution, employee_id="E-100")
    browser = Client()
    browser.force_login(person)
    bystander = Client()
    bystander.force_login(scim_setup[1])
    AuthToken.objects.create(user=person)
    assert Session.objects.count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        response = scim.patch(
            f"/Users/{m.pk}",
            {
                "schemas": [PATCH_OP],
                "Operations": [{"op": "replace", "path": "active", "value": False}],
            },
        )
    assert response.status_code == 200
    assert [s.get_decoded()["_auth_user_id"] for s in Session.objects.all()] == [
        str(scim_setup[1].pk)
    ]
    assert not AuthToken.objects.filter(user=person).exists()
    assert browser.get("/my-learning/").status_code == 302  # signed out


def test_delete_deactivates_and_then_answers_404(scim):
    user_id = _create(scim)
    response = scim.delete(f"/Users/{user_id}")
    assert response.status_code == 204
    assert response.content == b""
    assert scim.get(f"/Users/{user_id}").status_code == 404
    assert scim.delete(f"/Users/{user_id}").status_code == 404
    m = Membership.objects.get(pk=user_id)
    assert (m.is_active, m.invitation_pending) == (False, False)
    assert m.user.email == "ana.lima@riverside.example"  # the account stays
    # Provisioned again later: the same membership comes back.
    again = scim.post("/Users", user_body())
    assert again.status_code == 201
    assert again.json()["id"] == user_id
    assert again.json()["active"] is True


def test_group_membership_shown_and_department_cleared_by_patch_remove(scim, scim_setup):
    institution = scim_setup[0]
    DepartmentFactory(institution=institution, name="Intensive Care")
    user_id = _create(scim)
    response = scim.patch(
        f"/Users/{user_id}",
        {"schemas": [PATCH_OP], "Operations": [{"op": "remove", "path": ENTERPRISE}]},
    )
    assert response.status_code == 200
    assert ENTERPRISE not in response.json()
    assert "groups" not in response.json()
    assert Membership.objects.get(pk=user_id).department is None


def test_entra_id_style_patches(scim, scim_setup):
    """What Entra ID sends: capitalised ops, booleans as strings, and a filtered email path on a
    member whose address was stored without a type (a roster member)."""
    institution = scim_setup[0]
    roster_member = MembershipFactory(
        institution=institution,
        user=UserFactory(email="roster@riverside.example", password="!"),
        employee_id="E-9",
    )
    roster_member.user.set_unusable_password()
    roster_member.user.save()
    found = scim.get("/Users", data={"filter": 'userName eq "roster@riverside.example"'}).json()
    assert [r["id"] for r in found["Resources"]] == [str(roster_member.pk)]
    response = scim.patch(
        f"/Users/{roster_member.pk}",
        {
            "schemas": [PATCH_OP],
            "Operations": [
                {
                    "op": "Replace",
                    "path": 'emails[type eq "work"].value',
                    "value": "new@riverside.example",
                },
                {"op": "Replace", "path": "active", "value": "False"},
                {"op": "Add", "path": "title", "value": "Porter"},
            ],
        },
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["emails"] == [{"value": "new@riverside.example", "type": "work"}]
    assert (body["active"], body["title"]) == (False, "Porter")
    roster_member.refresh_from_db()
    assert roster_member.user.email == "new@riverside.example"
    assert (roster_member.is_active, roster_member.job_title) == (False, "Porter")
