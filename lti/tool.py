"""pylti1p3 glue: the tool configuration Ethos validates launches with.

django-lti's ``DjangoToolConfig`` creates an inactive deployment row for any deployment id it has
not seen; Ethos refuses instead (nothing is written for an unknown deployment), and only a
deployment that is active *and* assigned to an institution is known.
"""

from __future__ import annotations

from lti_tool.models import LtiDeployment
from lti_tool.utils import DjangoToolConfig, _prepare_deployment
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoMessageLaunch
from pylti1p3.deployment import Deployment

# Claims
CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"


class EthosToolConfig(DjangoToolConfig):
    """Registrations come from django-lti's admin; deployments must be known to Ethos."""

    def _known_deployment(self, **lookups) -> Deployment | None:
        deployment = (
            LtiDeployment.objects.filter(
                is_active=True,
                registration__is_active=True,
                ethos_institution__isnull=False,
                **lookups,
            )
            .select_related("registration", "ethos_institution__institution")
            .first()
        )
        self.deployment = deployment
        return None if deployment is None else _prepare_deployment(deployment)

    def find_deployment(self, iss, deployment_id):
        lookups = {"registration__issuer": iss, "deployment_id": deployment_id}
        if self.registration_uuid is not None:
            lookups["registration__uuid"] = self.registration_uuid
        return self._known_deployment(**lookups)

    def find_deployment_by_params(self, iss, deployment_id, client_id, *args, **kwargs):
        lookups = {
            "registration__issuer": iss,
            "registration__client_id": client_id,
            "deployment_id": deployment_id,
        }
        if self.registration_uuid is not None:
            lookups["registration__uuid"] = self.registration_uuid
        return self._known_deployment(**lookups)


def message_launch_validate(request) -> DjangoMessageLaunch:
    """Validate the platform's id_token (state, nonce issued here, registration, signature,
    expiry, deployment, message) with pylti1p3; raises ``pylti1p3.exception.LtiException``."""
    launch = DjangoMessageLaunch(
        request, EthosToolConfig(), launch_data_storage=DjangoCacheDataStorage()
    )
    launch.validate()
    return launch


def message_launch_restore(request, launch_id: str) -> DjangoMessageLaunch:
    """The validated launch this browser session started from (kept in the cache)."""
    return DjangoMessageLaunch.from_cache(
        launch_id, request, EthosToolConfig(), launch_data_storage=DjangoCacheDataStorage()
    )
