"""Discovery endpoints, and the rule that deactivating or deleting a member through SCIM keeps
every training record: enrollments, completions, certificates, quiz attempts."""

import pytest

from certificates.models import Certificate
from courses.models import Completion, Enrollment
from courses.services import enrollment_create, lesson_complete
from institutions.models import Membership
from quizzes.models import Attempt
from quizzes.services.attempts import attempt_start
from tests.factories import MembershipFactory, UserFactory, make_course
from tests.quizzes.conftest import make_quiz
from tests.scim.conftest import ENTERPRISE, ETHOS, PATCH_OP, USER_SCHEMA

pytestmark = pytest.mark.django_db


def test_service_provider_config(scim):
    response = scim.get("/ServiceProviderConfig")
    assert response.status_code == 200
    body = response.json()
    assert body["patch"] == {"supported": True}
    assert body["bulk"]["supported"] is False
    assert body["filter"] == {"supported": True, "maxResults": 200}
    assert body["sort"] == {"supported": False}
    assert body["etag"] == {"supported": False}
    assert body["changePassword"] == {"supported": False}
    assert [s["type"] for s in body["authenticationSchemes"]] == ["oauthbearertoken"]


def test_resource_types_and_schemas(scim):
    body = scim.get("/ResourceTypes").json()
    assert [(r["id"], r["endpoint"]) for r in body["Resources"]] == [
        ("User", "/Users"),
        ("Group", "/Groups"),
    ]
    assert [e["schema"] for e in body["Resources"][0]["schemaExtensions"]] == [ENTERPRISE, ETHOS]
    body = scim.get("/Schemas").json()
    assert [s["id"] for s in body["Resources"]] == [
        USER_SCHEMA,
        ENTERPRISE,
        ETHOS,
        "urn:ietf:params:scim:schemas:core:2.0:Group",
    ]
    user = scim.get(f"/Schemas/{USER_SCHEMA}").json()
    assert [a["name"] for a in user["attributes"]] == [
        "userName",
        "name",
        "displayName",
        "title",
        "active",
        "emails",
        "groups",
    ]
    ethos = scim.get(f"/Schemas/{ETHOS}").json()
    assert {a["name"]: a["canonicalValues"] for a in ethos["attributes"]} == {
        "role": ["learner", "manager", "admin"],
        "profession": ["nurse", "physician", "pharmacist", "student", "allied_health", "other"],
    }
    assert scim.get("/Schemas/urn:nope").status_code == 404
    assert scim.get("/ResourceTypes/Widget").status_code == 404


@pytest.mark.parametrize("how", ["patch", "delete"])
def test_deactivation_keeps_every_training_record(
    scim, scim_setup, how, django_capture_on_commit_callbacks
):
    institution = scim_setup[0]
    learner = UserFactory(email="ana.lima@riverside.example")
    membership = MembershipFactory(user=learner, institution=institution)
    course = make_course(lessons=1)
    quiz_course = make_course(lessons=1)
    quiz = make_quiz(course=quiz_course)
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = enrollment_create(
            user=learner, course=course, source="requirement", institution=institution
        )
        for lesson in course.lessons():
            lesson_complete(user=learner, lesson=lesson)
        enrollment_create(user=learner, course=quiz_course, source="self")
        attempt_start(user=learner, quiz=quiz)
    before = {
        "enrollments": Enrollment.objects.filter(user=learner).count(),
        "completions": Completion.objects.filter(user=learner).count(),
        "certificates": Certificate.objects.filter(user=learner).count(),
        "attempts": Attempt.objects.filter(user=learner).count(),
    }
    assert before == {"enrollments": 2, "completions": 1, "certificates": 1, "attempts": 1}

    with django_capture_on_commit_callbacks(execute=True):
        if how == "patch":
            response = scim.patch(
                f"/Users/{membership.pk}",
                {
                    "schemas": [PATCH_OP],
                    "Operations": [{"op": "replace", "path": "active", "value": False}],
                },
            )
            assert response.status_code == 200
        else:
            assert scim.delete(f"/Users/{membership.pk}").status_code == 204

    membership.refresh_from_db()
    assert (membership.is_active, membership.invitation_pending) == (False, False)
    after = {
        "enrollments": Enrollment.objects.filter(user=learner).count(),
        "completions": Completion.objects.filter(user=learner).count(),
        "certificates": Certificate.objects.filter(user=learner).count(),
        "attempts": Attempt.objects.filter(user=learner).count(),
    }
    assert after == before
    certificate = Certificate.objects.get(user=learner)
    assert certificate.status == "valid"
    assert Enrollment.objects.get(pk=enrollment.pk).completions.count() == 1
    assert Membership.objects.filter(user=learner).count() == 1
