"""Resource link launches against a real LTI 1.3 platform: the learner lands signed in, enrolled
and an active member of the deployment's institution; bad launches are refused, writing nothing."""

import base64
import json

import pytest
from lti_tool.models import LtiDeployment, LtiUser

from accounts.models import User
from courses.models import Enrollment
from institutions.models import Membership
from lti.models import UsedNonce
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory, make_course
from tests.lti.conftest import refusal, register
from tests.lti.platform import INSTRUCTOR, LEARNER, LaunchSpec, LtiPlatform, rsa_keypair

pytestmark = pytest.mark.django_db(transaction=True)


def learner_spec(**overrides) -> LaunchSpec:
    values = {
        "user_id": "lms-user-42",
        "roles": [LEARNER],
        "name": "Ana Learner",
        "email": "ana@northside.example",
    }
    values.update(overrides)
    return LaunchSpec(**values)


def test_course_launch_signs_in_enrols_and_adds_membership(
    platform, registered, institution, browser
):
    course = make_course(title="Patient privacy online")

    response = browser.launch(platform, learner_spec(custom={"ethos_course": str(course.pk)}))

    assert response.status_code == 302
    assert response.headers["Location"] == course.url
    user = User.objects.get(email="ana@northside.example")
    assert user.display_name == "Ana Learner"
    assert not user.has_usable_password()
    lti_user = LtiUser.objects.get(sub="lms-user-42")
    assert lti_user.auth_user == user
    assert lti_user.registration.issuer == platform.issuer
    membership = Membership.objects.get(user=user)
    assert (membership.institution, membership.is_active, membership.invitation_pending) == (
        institution,
        True,
        False,
    )
    enrollment = Enrollment.objects.get(user=user)
    assert (enrollment.course_id, enrollment.institution_id) == (course.pk, institution.pk)
    # Signed in: My learning answers the learner, not the login page.
    page = browser.get("/my-learning/", allow_redirects=False)
    assert page.status_code == 200
    assert "Patient privacy online" in page.text


def test_second_launch_reuses_the_account(platform, registered, browser):
    course = make_course()
    spec = learner_spec(custom={"ethos_course": course.slug})
    assert browser.launch(platform, spec).status_code == 302
    assert (
        browser.launch(platform, learner_spec(custom={"ethos_course": course.slug})).status_code
        == 302
    )
    assert User.objects.filter(email="ana@northside.example").count() == 1
    assert Enrollment.objects.count() == 1
    assert UsedNonce.objects.count() == 2


def test_launch_without_email_gets_a_placeholder_account(platform, registered, browser):
    response = browser.launch(platform, learner_spec(email=""))
    assert response.status_code == 302
    assert response.headers["Location"] == "/my-learning/"
    user = LtiUser.objects.get(sub="lms-user-42").auth_user
    assert user.email.endswith("@lti.invalid")


def test_link_to_an_unknown_course_is_refused(platform, registered, browser):
    response = browser.launch(platform, learner_spec(custom={"ethos_course": "no-such-course"}))
    assert response.status_code == 403
    assert refusal(response) == (
        "LTI launch refused: This link points to course 'no-such-course', which is not "
        "published in Ethos."
    )
    assert not User.objects.filter(email="ana@northside.example").exists()


# --- refusals: nothing is written ---------------------------------------------------------


def _nothing_written():
    assert not User.objects.filter(email="ana@northside.example").exists()
    assert LtiUser.objects.count() == 0
    assert UsedNonce.objects.count() == 0


def _tamper_payload(id_token: str) -> str:
    header, payload, signature = id_token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    body["sub"] = "someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
    return f"{header}.{forged}.{signature}"


def test_bad_signature_is_refused(platform, registered, browser):
    response = browser.launch(platform, learner_spec(), tamper=_tamper_payload)
    assert response.status_code == 403
    assert (
        refusal(response)
        == "LTI launch refused: Can't decode id_token: Signature verification failed"
    )
    _nothing_written()


def test_token_signed_with_a_key_the_platform_does_not_publish_is_refused(
    platform, registered, browser
):
    platform.sign_with = rsa_keypair()[0]
    response = browser.launch(platform, learner_spec())
    assert response.status_code == 403
    assert refusal(response) == "LTI launch refused: Unable to find public key"
    _nothing_written()


def test_nonce_the_tool_did_not_issue_is_refused(platform, registered, browser):
    platform.nonce_override = "nonce-not-issued-by-ethos"
    response = browser.launch(platform, learner_spec())
    assert response.status_code == 403
    assert refusal(response) == "LTI launch refused: Invalid Nonce"
    _nothing_written()


def test_replayed_launch_is_refused(platform, registered, browser):
    form = browser.authorize(platform, learner_spec())
    assert browser.post_launch(form).status_code == 302
    replay = browser.post_launch(form)
    assert replay.status_code == 403
    assert refusal(replay) == (
        "LTI launch refused: This launch was already used (its nonce was replayed)."
    )
    assert UsedNonce.objects.count() == 1


def test_expired_token_is_refused(platform, registered, browser):
    platform.id_token_lifetime = -60
    response = browser.launch(platform, learner_spec())
    assert response.status_code == 403
    assert refusal(response) == "LTI launch refused: Can't decode id_token: Signature has expired"
    _nothing_written()


def test_unknown_deployment_is_refused_and_not_recorded(platform, registered, browser):
    response = browser.launch(platform, learner_spec(), deployment_id="deployment-unknown")
    assert response.status_code == 403
    assert refusal(response) == "LTI launch refused: Unable to find deployment"
    assert list(LtiDeployment.objects.values_list("deployment_id", flat=True)) == ["deployment-1"]
    _nothing_written()


def test_deployment_without_institution_is_refused(platform, registered, browser):
    registration, _ = registered
    LtiDeployment.objects.create(registration=registration, deployment_id="d-2", is_active=True)
    response = browser.launch(platform, learner_spec(), deployment_id="d-2")
    assert response.status_code == 403
    assert refusal(response) == "LTI launch refused: Unable to find deployment"
    _nothing_written()


def test_unknown_issuer_is_refused_at_login(registered, browser, live_server):
    stranger = LtiPlatform(tool_url=live_server.url).start()
    try:
        response = browser.launch(stranger, learner_spec())
    finally:
        stranger.stop()
    assert response.status_code == 400
    assert refusal(response) == "LTI login refused: Could not find registration details"
    _nothing_written()


# --- tenancy ------------------------------------------------------------------------------


def test_account_of_another_institution_is_not_attached(platform, registered, institution, browser):
    other = InstitutionFactory(name="Riverside Health")
    owner = UserFactory(email="ana@northside.example")
    MembershipFactory(user=owner, institution=other)

    response = browser.launch(platform, learner_spec())

    assert response.status_code == 403
    assert refusal(response) == (
        "LTI launch refused: An Ethos account already exists for ana@northside.example and is "
        "not a member of Northside Nursing School. Ask Northside Nursing School's administrator "
        "for an invitation, accept it, then launch again."
    )
    assert list(Membership.objects.filter(user=owner).values_list("institution", flat=True)) == [
        other.pk
    ]
    assert LtiUser.objects.count() == 0
    assert browser.get("/my-learning/", allow_redirects=False).status_code == 302


def test_pending_invitation_must_be_accepted_first(platform, registered, institution, browser):
    owner = UserFactory(email="ana@northside.example")
    Membership.objects.create(
        user=owner, institution=institution, is_active=False, invitation_pending=True
    )
    response = browser.launch(platform, learner_spec())
    assert response.status_code == 403
    assert refusal(response) == (
        "LTI launch refused: Northside Nursing School has invited ana@northside.example: accept "
        "the invitation in Ethos (see your email), then launch again."
    )


def test_accepted_invitation_links_the_existing_account(platform, registered, institution, browser):
    owner = UserFactory(email="ana@northside.example")
    MembershipFactory(user=owner, institution=institution)
    response = browser.launch(platform, learner_spec())
    assert response.status_code == 302
    assert LtiUser.objects.get(sub="lms-user-42").auth_user == owner
    assert User.objects.filter(email="ana@northside.example").count() == 1


def test_second_deployment_of_another_institution_does_not_reach_the_account(
    platform, registered, institution, browser
):
    """One registration, two deployments (two schools): the account made for the first school
    is not added to the second one's institution by a launch."""
    other = InstitutionFactory(name="Riverside Health")
    register(platform, other, deployment_id="riverside")
    assert browser.launch(platform, learner_spec()).status_code == 302

    response = browser.launch(platform, learner_spec(), deployment_id="riverside")

    assert response.status_code == 403
    assert "is not a member of Riverside Health" in refusal(response)
    user = User.objects.get(email="ana@northside.example")
    assert list(user.memberships.values_list("institution", flat=True)) == [institution.pk]


def test_instructor_cannot_deep_link_with_learner_role(platform, registered, browser):
    response = browser.launch(platform, learner_spec(deep_link=True))
    assert response.status_code == 403
    assert (
        refusal(response)
        == "LTI launch refused: Only instructors can add Ethos content to a course."
    )


def test_deep_link_picker_needs_a_deep_link_launch(platform, registered, browser):
    assert browser.launch(platform, learner_spec(roles=[INSTRUCTOR])).status_code == 302
    response = browser.get("/lti/deep-link/")
    assert response.status_code == 403
    assert refusal(response) == "Open this page from your learning platform's “add content”."


def test_jwks_publishes_the_tool_key(browser):
    keys = browser.get("/lti/jwks/").json()["keys"]
    assert len(keys) == 1
    assert (keys[0]["kty"], keys[0]["alg"], keys[0]["use"]) == ("RSA", "RS256", "sig")
    assert "d" not in keys[0]
