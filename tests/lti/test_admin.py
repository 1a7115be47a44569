"""Platform registrations, deployments and their institutions are managed in the Django admin."""

import pytest
from lti_tool.models import LtiDeployment, LtiRegistration

from lti.models import DeploymentInstitution
from tests.factories import InstitutionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_deployment_gets_its_institution_in_the_admin(admin_client):
    institution = InstitutionFactory(name="Northside Nursing School")
    registration = LtiRegistration.objects.create(
        name="Canvas",
        issuer="https://canvas.instructure.com",
        client_id="10000000000001",
        auth_url="https://sso.canvaslms.com/api/lti/authorize_redirect",
        token_url="https://sso.canvaslms.com/login/oauth2/token",
        keyset_url="https://sso.canvaslms.com/api/lti/security/jwks",
    )
    response = admin_client.post(
        "/django-admin/lti_tool/ltideployment/add/",
        {
            "registration": registration.pk,
            "deployment_id": "42:abc",
            "is_active": "on",
            "ethos_institution-TOTAL_FORMS": "1",
            "ethos_institution-INITIAL_FORMS": "0",
            "ethos_institution-MIN_NUM_FORMS": "0",
            "ethos_institution-MAX_NUM_FORMS": "1",
            "ethos_institution-0-institution": institution.pk,
        },
    )
    assert response.status_code == 302
    deployment = LtiDeployment.objects.get(deployment_id="42:abc")
    assert DeploymentInstitution.objects.get(deployment=deployment).institution == institution
    listing = admin_client.get("/django-admin/lti_tool/ltideployment/")
    assert listing.status_code == 200
    assert "Northside Nursing School" in listing.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/django-admin/lti_tool/ltiregistration/add/",
        "/django-admin/lti/deploymentinstitution/",
        "/django-admin/lti_tool/lticontext/",
        "/django-admin/lti/scorepublish/",
        "/django-admin/lti/rostersync/",
        "/django-admin/lti_tool/key/",
    ],
)
def test_admin_pages_answer(admin_client, path):
    assert admin_client.get(path).status_code == 200


def test_learners_cannot_reach_the_lti_admin(client):
    client.force_login(UserFactory())
    response = client.get("/django-admin/lti_tool/ltiregistration/")
    assert response.status_code == 302
