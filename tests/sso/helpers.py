from sso.services import identity_provider_save
from tests.sso.idp import self_signed

_CERT = None


def idp_metadata_xml(entity_id: str, sso_url: str) -> str:
    """IdP metadata as an IdP publishes it (entity id, SSO/SLO endpoints, signing cert)."""
    global _CERT
    if _CERT is None:
        _CERT = self_signed("metadata test IdP")[0]
    body = "".join(_CERT.strip().splitlines()[1:-1])
    ns = "urn:oasis:names:tc:SAML:2.0:metadata"
    return f"""<EntityDescriptor xmlns="{ns}" entityID="{entity_id}">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
      <X509Data><X509Certificate>{body}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
      Location="{sso_url}/slo"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
      Location="{sso_url}"/>
  </IDPSSODescriptor>
</EntityDescriptor>"""


def saml_idp(institution, *, domains=("riverside.example",), **fields):
    entity = f"https://idp.{institution.slug}.example/metadata"
    values = {
        "protocol": "saml",
        "saml_entity_id": entity,
        "saml_metadata_xml": idp_metadata_xml(
            entity, f"https://idp.{institution.slug}.example/sso"
        ),
        **fields,
    }
    return identity_provider_save(
        actor=None, institution=institution, domains=list(domains), **values
    )


def oidc_idp(institution, *, domains=("riverside.example",), **fields):
    values = {
        "protocol": "oidc",
        "oidc_discovery_url": f"https://login.{institution.slug}.example",
        "oidc_client_id": "ethos",
        "oidc_client_secret": "s3cret",
        **fields,
    }
    return identity_provider_save(
        actor=None, institution=institution, domains=list(domains), **values
    )
