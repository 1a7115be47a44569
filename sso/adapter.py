"""django-allauth's social account adapter for Ethos: one app per institution (built from its
IdentityProvider row) and the rules of who a single sign-on may sign in as (README: Single
sign-on)."""

from __future__ import annotations

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialApp
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse

from accounts.models import User
from institutions.models import Membership

from .claims import map_claims
from .models import IdentityProvider, Protocol
from .saml import parse_idp_metadata
from .selectors import identity_provider_for_slug, identity_providers, owned_domains
from .services import sso_member_join, sso_member_update

_ALLAUTH_PROVIDER = {Protocol.OIDC: "openid_connect", Protocol.SAML: "saml"}
_PROTOCOL = {v: k for k, v in _ALLAUTH_PROVIDER.items()}


def social_app(idp: IdentityProvider) -> SocialApp:
    """The (unsaved) allauth app of an institution's provider."""
    slug = idp.institution.slug
    if idp.protocol == Protocol.OIDC:
        settings = {
            "server_url": idp.oidc_discovery_url,
            "oauth_pkce_enabled": True,
            "scope": sorted({"openid", *idp.oidc_scopes.split()}),
        }
        if idp.claim_uid:
            settings["uid_field"] = idp.claim_uid
        return SocialApp(
            provider="openid_connect",
            provider_id=slug,
            name=idp.institution.name,
            client_id=idp.oidc_client_id,
            secret=idp.oidc_client_secret,
            settings=settings,
        )
    if idp.saml_metadata_xml.strip():
        meta = parse_idp_metadata(xml=idp.saml_metadata_xml, entity_id=idp.saml_entity_id)
        idp_settings = {
            "entity_id": meta["entityId"],
            "sso_url": meta["singleSignOnService"]["url"],
            "x509cert": meta.get("x509cert")
            or (meta.get("x509certMulti") or {}).get("signing", [""])[0],
        }
        slo = (meta.get("singleLogoutService") or {}).get("url")
        if slo:
            idp_settings["slo_url"] = slo
    else:
        idp_settings = {"entity_id": idp.saml_entity_id, "metadata_url": idp.saml_metadata_url}
    mapping = {"email": [idp.claim_email]}
    if idp.claim_uid:
        mapping["uid"] = [idp.claim_uid]
    return SocialApp(
        provider="saml",
        provider_id=slug,
        name=idp.institution.name,
        client_id=slug,
        settings={
            "idp": idp_settings,
            "attribute_mapping": mapping,
            "advanced": {
                "strict": True,
                "want_assertion_signed": True,
                "reject_idp_initiated_sso": True,
                "allow_single_label_domains": True,
            },
        },
    )


def _refuse(request: HttpRequest, message: str, idp: IdentityProvider | None = None):
    from .views import refusal

    raise ImmediateHttpResponse(
        refusal(request, message, institution=idp.institution if idp else None)
    )


class EthosSocialAccountAdapter(DefaultSocialAccountAdapter):
    def list_apps(self, request, provider=None, client_id=None) -> list[SocialApp]:
        protocol = _PROTOCOL.get(provider) if provider else None
        slug = None if (provider is None or protocol) else provider
        qs = identity_providers(protocol=protocol, slug=slug or client_id)
        return [social_app(idp) for idp in qs]

    def is_open_for_signup(self, request, sociallogin) -> bool:
        return True

    def _idp(self, request, sociallogin) -> IdentityProvider:
        idp = identity_provider_for_slug(slug=sociallogin.account.provider)
        if idp is None:
            _refuse(request, "Single sign-on is not available for this organisation.")
        return idp

    def pre_social_login(self, request, sociallogin) -> None:
        """Who this sign-in may be: the address must be in a domain the institution owns; an
        account already linked to this provider must still be an active member; an unlinked
        existing account is used only when it is already an active member of this institution
        (the roster made it, or its owner accepted an invitation)."""
        idp = self._idp(request, sociallogin)
        claims = map_claims(idp=idp, extra_data=sociallogin.account.extra_data)
        institution = idp.institution
        if not claims.email or "@" not in claims.email:
            _refuse(request, f"{institution.name}'s sign-in did not tell us your email.", idp)
        domains = owned_domains(idp=idp)
        if claims.email.rpartition("@")[2] not in domains:
            _refuse(
                request,
                f"{claims.email} is not an address of {institution.name} "
                f"({', '.join(domains) or 'no email domain configured'}), so it cannot sign "
                "in through its single sign-on.",
                idp,
            )
        request.ethos_sso = {"idp": idp, "claims": claims}
        if sociallogin.is_existing:
            user = sociallogin.user
        else:
            user = User.objects.filter(email__iexact=claims.email).first()
            if user is None:
                return  # just-in-time creation (save_user)
        membership = Membership.objects.filter(user=user, institution=institution).first()
        if membership is None or not membership.is_active:
            if membership is not None and membership.invitation_pending:
                url = reverse("compliance:invitation", kwargs={"membership_id": membership.pk})
                _refuse(
                    request,
                    f"An Ethos account already uses {claims.email}. Sign in to it as usual and "
                    f"accept {institution.name}'s invitation ({url}); then sign in with your "
                    "organisation.",
                    idp,
                )
            if membership is not None and sociallogin.is_existing:
                _refuse(request, f"Your membership of {institution.name} has ended.", idp)
            _refuse(
                request,
                f"An Ethos account already uses {claims.email} and is not a member of "
                f"{institution.name}. Ask its administrators to invite that account; once you "
                "accept the invitation, you can sign in with your organisation.",
                idp,
            )
        if not sociallogin.is_existing:
            sociallogin.connect(request, user)
        if idp.update_profile_on_login:
            try:
                sso_member_update(idp=idp, user=user, membership=membership, claims=claims)
            except ValidationError as exc:
                _refuse(request, f"Your profile could not be updated: {_text(exc)}", idp)

    def save_user(self, request, sociallogin, form=None):
        """Just-in-time: the account, its link to the provider and the active membership of
        the provider's institution are written together, or not at all."""
        info = request.ethos_sso
        claims = info["claims"]
        user = sociallogin.user
        user.email = claims.email
        user.display_name = claims.name or f"{claims.first_name} {claims.last_name}".strip()
        user.first_name = claims.first_name or user.first_name
        user.last_name = claims.last_name or user.last_name
        if claims.profession:
            user.profession = claims.profession
        try:
            with transaction.atomic():
                user = super().save_user(request, sociallogin, form=form)
                sso_member_join(idp=info["idp"], user=user, claims=info["claims"])
        except ValidationError as exc:
            _refuse(request, f"Your account could not be created: {_text(exc)}", info["idp"])
        return user


def _text(exc: ValidationError) -> str:
    return " ".join(exc.messages)
