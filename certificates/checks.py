"""System checks: production (``check --deploy``) refuses to run without the issuer key."""

from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured


@register(Tags.security, deploy=True)
def signing_key_configured(app_configs, **kwargs) -> list[Error]:
    from .signing import current_key, retired_keys

    try:
        current_key()
        retired_keys()
    except ImproperlyConfigured as exc:
        return [
            Error(
                f"The Open Badges signing key is not usable: {exc}",
                hint="Set OB_SIGNING_KEY (RSA or Ed25519 private key, PEM) or OB_SIGNING_KEY_FILE; "
                "every OB_RETIRED_KEY_FILES entry must be a readable PEM key.",
                id="certificates.E001",
            )
        ]
    return []
