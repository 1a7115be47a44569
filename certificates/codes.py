"""Verification codes: 160 random bits, base32, typed case-insensitively.

Stored as 32 uppercase RFC 4648 base32 characters (A-Z, 2-7) without separators and shown in
eight groups of four. Lookups forgive case, spaces, dashes and the confusable digits 0 and 1
(base32 has no 0 or 1, so they can only be a mistyped O or I).
"""

import base64
import re
import secrets

CODE_BYTES = 20  # 160 bits of randomness (the issue asks for at least 128)
CODE_LENGTH = 32
_VALID = re.compile(r"^[A-Z2-7]{32}$")
_CONFUSABLE = str.maketrans({"0": "O", "1": "I"})


def generate_code() -> str:
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode("ascii")


def normalize_code(raw: str) -> str | None:
    """The stored form of a typed code, or None when it cannot be a code at all."""
    if not isinstance(raw, str) or len(raw) > 80:
        return None
    cleaned = re.sub(r"[\s\-_.]", "", raw).upper().translate(_CONFUSABLE)
    return cleaned if _VALID.match(cleaned) else None


def format_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
