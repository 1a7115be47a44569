"""The Open Badges issuer key (Ed25519): loading, the published JWKS, and compact JWS signing.

The private key comes from settings: ``OB_SIGNING_KEY`` (PEM text) or ``OB_SIGNING_KEY_FILE`` (a
path to a PEM file). ``manage.py ensure_dev_keys`` writes a development key when neither is set.
Signing uses ``cryptography`` directly: Ed25519 signatures are deterministic, so the same
credential always yields the same JWT.
"""

import base64
import functools
import hashlib
import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

JWS_ALG = "EdDSA"  # RFC 8037; what Open Badges 3.0 / VC-JWT verifiers accept for Ed25519.


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _pem_from_settings() -> bytes:
    text = (getattr(settings, "OB_SIGNING_KEY", "") or "").strip()
    if text:
        # Environment variables often carry the PEM with literal "\n" escapes.
        return text.replace("\\n", "\n").encode("ascii")
    path = getattr(settings, "OB_SIGNING_KEY_FILE", "") or ""
    if not path and settings.DEBUG:
        path = str(dev_key_path())
    if path:
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"OB_SIGNING_KEY_FILE {path!r} cannot be read ({exc.strerror}). "
                "Run `python manage.py ensure_dev_keys` in development."
            ) from exc
    raise ImproperlyConfigured(
        "Set OB_SIGNING_KEY (an Ed25519 private key in PEM) or OB_SIGNING_KEY_FILE."
    )


def dev_key_path() -> Path:
    """Where `manage.py ensure_dev_keys` writes the development key (DEBUG only)."""
    return Path(settings.OB_DEV_SIGNING_KEY_FILE)


def key_configured() -> bool:
    return bool(
        getattr(settings, "OB_SIGNING_KEY", "") or getattr(settings, "OB_SIGNING_KEY_FILE", "")
    )


@functools.lru_cache(maxsize=4)
def _load(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except ValueError as exc:
        raise ImproperlyConfigured("OB_SIGNING_KEY is not a valid PEM private key.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("OB_SIGNING_KEY must be an Ed25519 private key.")
    return key


def signing_key() -> Ed25519PrivateKey:
    return _load(_pem_from_settings())


def generate_private_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def public_jwk() -> dict:
    """The public key as an RFC 8037 OKP JWK with ``kid`` = its RFC 7638 thumbprint."""
    raw = (
        signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    x = b64url(raw)
    canonical = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": x}, separators=(",", ":"))
    thumbprint = b64url(hashlib.sha256(canonical.encode("ascii")).digest())
    return {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": thumbprint, "alg": JWS_ALG, "use": "sig"}


def jwks() -> dict:
    return {"keys": [public_jwk()]}


def sign_compact(*, header: dict, payload: dict) -> str:
    """A compact JWS (RFC 7515) over the JSON payload, signed with the issuer key."""
    header = {**header, "alg": JWS_ALG}
    signing_input = ".".join(
        b64url(json.dumps(part, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
        for part in (header, payload)
    )
    signature = signing_key().sign(signing_input.encode("ascii"))
    return f"{signing_input}.{b64url(signature)}"
