"""System checks: production (``check --deploy``) refuses to run without the issuer key."""

from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured


@register(Tags.security, deploy=True)
def signing_key_configured(app_configs, **kwargs) -> list[Error]:
    from .signing import signing_key

    try:
        signing_key()
    except ImproperlyConfigured as exc:
        return [
            Error(
                f"The Open Badges signing key is not usable: {exc}",
                hint="Set OB_SIGNING_KEY (Ed25519 private key, PEM) or OB_SIGNING_KEY_FILE.",
                id="certificates.E001",
            )
        ]
    return []
