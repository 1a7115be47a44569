"""SAML 2.0 through allauth's provider (python3-saml): IdP metadata parsing, and the assertion
consumer that also refuses an assertion id it has already accepted."""

from __future__ import annotations

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.providers.saml.provider import SAMLProvider
from allauth.socialaccount.providers.saml.views import FinishACSView
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser


def parse_idp_metadata(*, xml: str, entity_id: str) -> dict:
    """The IdP entry (entity id, SSO/SLO URLs, signing certificate) of ``entity_id`` in this
    metadata; ValueError naming what is missing otherwise."""
    try:
        data = OneLogin_Saml2_IdPMetadataParser.parse(xml, entity_id=entity_id or None)
    except Exception as exc:  # lxml / defusedxml errors
        raise ValueError(f"The IdP metadata is not valid XML: {exc}") from exc
    idp = data.get("idp") or {}
    if not idp.get("entityId"):
        raise ValueError(f"The IdP metadata has no IDPSSODescriptor for entity id “{entity_id}”.")
    if not (idp.get("singleSignOnService") or {}).get("url"):
        raise ValueError("The IdP metadata has no SingleSignOnService URL.")
    if not (idp.get("x509cert") or idp.get("x509certMulti")):
        raise ValueError("The IdP metadata has no signing certificate.")
    return idp


class EthosSAMLProvider(SAMLProvider):
    """allauth's SAML provider; each validated assertion id is recorded once (unique key)."""

    def sociallogin_from_response(self, request: HttpRequest, response):
        from .models import IdentityProvider, SamlAssertionUse
        from .views import refusal

        assertion_id = response.get_last_assertion_id()
        idp = IdentityProvider.objects.get(institution__slug=self.app.client_id)
        try:
            with transaction.atomic():
                SamlAssertionUse.objects.create(identity_provider=idp, assertion_id=assertion_id)
        except IntegrityError:
            raise ImmediateHttpResponse(
                refusal(
                    request,
                    "This sign-in response was already used. Start again from the sign-in page.",
                    institution=idp.institution,
                )
            ) from None
        # What single logout needs later (sso.views.remember_sign_in moves it under one key).
        request.session["ethos_sso_saml"] = {
            "name_id": response.get_nameid(),
            "name_id_format": response.get_nameid_format(),
            "session_index": response.get_session_index(),
        }
        return super().sociallogin_from_response(request, response)


class EthosFinishACSView(FinishACSView):
    def get_provider(self, organization_slug):
        return EthosSAMLProvider(self.request, app=self.get_app(organization_slug))


finish_acs = EthosFinishACSView.as_view()
