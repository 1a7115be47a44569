"""The Open Badges issuer keys: loading, publishing, and compact JWS signing with joserfc.

One **current** private key signs (``OB_SIGNING_KEY`` PEM text or ``OB_SIGNING_KEY_FILE``); keys
retired by a rotation stay published for verification (``OB_RETIRED_KEY_FILES``: PEM files, only
their public part is read). Keys are RSA (signed RS256, the algorithm Open Badges 3.0 §8.2.1
requires every verifier to support; ``manage.py ensure_dev_keys`` and ``ob_generate_key`` write
RSA-3072) or Ed25519 (EdDSA, accepted for keys made before RSA became the default).

Every key's ``kid`` is an https URL on the issuer's origin that dereferences to its public JWK
(``/.well-known/keys/<RFC 7638 thumbprint>``), and the JWKS lists the same URLs: a verifier takes
the key from the issuer's own documents, never from the token (no ``jwk`` header is ever set).
Both signature schemes are deterministic, so the same payload always yields the same token.

This module uses joserfc; jwcrypto is reserved for the independent verifier in the tests.
"""

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import (
    RSAPrivateKey,
    RSAPublicKey,
    generate_private_key,
)
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from joserfc import jws
from joserfc.jwk import OKPKey, RSAKey

RSA_MIN_BITS = 2048
RSA_DEFAULT_BITS = 3072
JWT_HEADER_TYP = "JWT"  # OB 3.0 §8.2.1: typ, if present, MUST be "JWT"


@dataclass(frozen=True)
class IssuerKey:
    """One issuer key pair (or, for a retired key, its public half)."""

    key: RSAKey | OKPKey
    alg: str
    thumbprint: str

    @property
    def kid(self) -> str:
        return key_url(self.thumbprint)

    def public_jwk(self) -> dict:
        public = self.key.as_dict(private=False)
        public = {k: v for k, v in public.items() if k not in ("kid", "d")}
        return {**public, "kid": self.kid, "alg": self.alg, "use": "sig"}


def key_url(thumbprint: str) -> str:
    path = reverse("certificates:issuer-key", kwargs={"thumbprint": thumbprint})
    return f"{settings.SITE_URL}{path}"


def jwks_url() -> str:
    return f"{settings.SITE_URL}{reverse('certificates:jwks')}"


# --- Loading ---------------------------------------------------------------------------------


def _pem_from_settings() -> bytes:
    text = (getattr(settings, "OB_SIGNING_KEY", "") or "").strip()
    if text:
        # Environment variables often carry the PEM with literal "\n" escapes.
        return text.replace("\\n", "\n").encode("ascii")
    path = getattr(settings, "OB_SIGNING_KEY_FILE", "") or ""
    if not path and settings.DEBUG:
        path = str(dev_key_path())
    if path:
        return _read(path, setting="OB_SIGNING_KEY_FILE")
    raise ImproperlyConfigured(
        "Set OB_SIGNING_KEY (an RSA or Ed25519 private key in PEM) or OB_SIGNING_KEY_FILE."
    )


def _read(path: str, *, setting: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ImproperlyConfigured(
            f"{setting} {path!r} cannot be read ({exc.strerror}). "
            "Run `python manage.py ensure_dev_keys` in development."
        ) from exc


def dev_key_path() -> Path:
    """Where `manage.py ensure_dev_keys` writes the development key (DEBUG only)."""
    return Path(settings.OB_DEV_SIGNING_KEY_FILE)


def key_configured() -> bool:
    return bool(
        getattr(settings, "OB_SIGNING_KEY", "") or getattr(settings, "OB_SIGNING_KEY_FILE", "")
    )


def _wrap(crypto_key) -> IssuerKey:
    if isinstance(crypto_key, RSAPrivateKey | RSAPublicKey):
        if crypto_key.key_size < RSA_MIN_BITS:
            raise ImproperlyConfigured(
                f"The Open Badges RSA key has {crypto_key.key_size} bits; use at least "
                f"{RSA_MIN_BITS}."
            )
        key = RSAKey.import_key(crypto_key)
        alg = "RS256"
    elif isinstance(crypto_key, Ed25519PrivateKey | Ed25519PublicKey):
        key = OKPKey.import_key(crypto_key)
        alg = "EdDSA"
    else:
        raise ImproperlyConfigured("Open Badges keys must be RSA or Ed25519.")
    return IssuerKey(key=key, alg=alg, thumbprint=key.thumbprint())


@functools.lru_cache(maxsize=8)
def _load_private(pem: bytes) -> IssuerKey:
    try:
        crypto_key = serialization.load_pem_private_key(pem, password=None)
    except ValueError as exc:
        raise ImproperlyConfigured("OB_SIGNING_KEY is not a valid PEM private key.") from exc
    except TypeError as exc:  # an encrypted PEM
        raise ImproperlyConfigured("OB_SIGNING_KEY must not be password-protected.") from exc
    return _wrap(crypto_key)


@functools.lru_cache(maxsize=32)
def _load_public(pem: bytes, path: str) -> IssuerKey:
    """A retired key from its PEM file: a private key (its public half is used) or a public key."""
    try:
        if b"PRIVATE KEY" in pem:
            crypto_key = serialization.load_pem_private_key(pem, password=None).public_key()
        else:
            crypto_key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(
            f"OB_RETIRED_KEY_FILES: {path!r} is not a readable PEM key."
        ) from exc
    return _wrap(crypto_key)


def current_key() -> IssuerKey:
    """The key that signs every new credential and status list."""
    return _load_private(_pem_from_settings())


def retired_keys() -> list[IssuerKey]:
    paths = getattr(settings, "OB_RETIRED_KEY_FILES", None) or []
    return [_load_public(_read(str(p), setting="OB_RETIRED_KEY_FILES"), str(p)) for p in paths if p]


def published_keys() -> list[IssuerKey]:
    """The current key first, then the retired ones still accepted for verification."""
    keys: dict[str, IssuerKey] = {}
    for key in [current_key(), *retired_keys()]:
        keys.setdefault(key.thumbprint, key)
    return list(keys.values())


def key_by_kid(kid: str) -> IssuerKey | None:
    """The published key whose kid (its https URL) is exactly ``kid``; None for anything else."""
    return next((key for key in published_keys() if key.kid == kid), None)


def generate_private_pem(*, bits: int = RSA_DEFAULT_BITS) -> bytes:
    return generate_private_key(public_exponent=65537, key_size=bits).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


# --- Published documents and signing ---------------------------------------------------------


def public_jwk() -> dict:
    """The current key as a public JWK (kid = its URL, never the private members)."""
    return current_key().public_jwk()


def jwks() -> dict:
    return {"keys": [key.public_jwk() for key in published_keys()]}


def sign_jwt(payload: dict) -> str:
    """The payload as a compact JWS signed with the current key.

    The header is exactly ``{"alg", "kid", "typ": "JWT"}``: OB 3.0 §8.2.1 allows no other
    headers, and leaving out ``jwk`` means a verifier has to fetch the key from ``kid``."""
    key = current_key()
    header = {"alg": key.alg, "kid": key.kid, "typ": JWT_HEADER_TYP}
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return jws.serialize_compact(header, body, key.key, algorithms=[key.alg])
