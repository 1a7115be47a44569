"""API token authentication (``Authorization: Token <token>``), kept apart from the token view:
DRF imports authentication classes while it loads its views."""

import binascii

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication as KnoxTokenAuthentication
from knox.crypto import hash_token
from rest_framework import exceptions

from accounts import apitokens


class ExpiringTokenAuthentication(KnoxTokenAuthentication):
    """``Authorization: Token <token>`` with django-rest-knox tokens: only their SHA-512 digest is
    stored, each expires (API_TOKEN_TTL_DAYS) and can be revoked from the profile page. With a
    shared cache a token used before is read from it, with its user (accounts/apitokens.py):
    no query; a revoked or expired token and an inactive user are refused as from the
    database."""

    def authenticate_credentials(self, token: bytes):
        try:
            text = token.decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        if not apitokens.enabled():
            return super().authenticate_credentials(token)
        try:
            digest = hash_token(text)
        except (TypeError, binascii.Error):
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        held = apitokens.token_held(digest)
        if held is not None:
            return self.validate_user(held[1])  # refuses an inactive user
        user, auth_token = super().authenticate_credentials(token)
        apitokens.token_keep(auth_token)
        return user, auth_token

    def _cleanup_token(self, auth_token) -> bool:
        # Only the presented token is checked here (one query per request); the user's other
        # expired tokens are purged when they are next issued one (api_token_create).
        if auth_token.expiry is not None and auth_token.expiry < timezone.now():
            auth_token.delete()
            return True
        return False


class ExpiringTokenScheme(OpenApiAuthenticationExtension):
    target_class = "lms.api.authentication.ExpiringTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'Token-based authentication with required prefix "Token"',
        }
