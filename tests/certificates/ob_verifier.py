"""An independent Open Badges 3.0 VC-JWT verifier for the tests: jwcrypto (never used by Ethos's
signing code) plus plain HTTP. It knows nothing of Ethos but the issuer id it is told to trust,
and fetches everything else the way a third party would:

1. the JOSE header's ``kid`` URL (must be on the trusted issuer's origin) → the public JWK;
2. the issuer document at ``iss`` (must answer with the same ``id``);
3. the status list credential named by ``credentialStatus`` (verified the same way), whose bit at
   ``statusListIndex`` says revoked or not.

A key embedded in the token (``jwk``) is refused: trusting it is how forgeries got accepted.
"""

import base64
import gzip
import json
import time
from datetime import datetime
from urllib.parse import urlsplit

import requests
from jwcrypto import jwk, jws

MIN_STATUS_LIST_BITS = 131_072


class Rejected(Exception):
    pass


def _b64json(segment: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _get(url: str) -> requests.Response:
    response = requests.get(url, timeout=10)
    if response.status_code != 200:
        raise Rejected(f"GET {url} answered {response.status_code}")
    if response.headers.get("Access-Control-Allow-Origin") != "*":
        raise Rejected(f"GET {url} is not readable cross-origin (no CORS header)")
    return response


def verify_jwt(token: str, *, trusted_issuer: str) -> dict:
    """The verified payload of a VC-JWT signed with a key the trusted issuer publishes."""
    try:
        header = _b64json(token.split(".")[0])
    except (ValueError, IndexError) as exc:
        raise Rejected("not a compact JWS") from exc
    if "jwk" in header:
        raise Rejected("embedded jwk: the key must come from the issuer, not the token")
    kid = header.get("kid")
    if not isinstance(kid, str) or _origin(kid) != _origin(trusted_issuer):
        raise Rejected(f"kid {kid!r} is not on the issuer's origin")
    key_document = _get(kid).json()
    if key_document.get("kid") != kid or "d" in key_document:
        raise Rejected("the kid URL does not answer with that public key")
    key = jwk.JWK(**key_document)
    verifier = jws.JWS()
    try:
        verifier.deserialize(token)
        verifier.verify(key, alg=header.get("alg"))
    except (jws.InvalidJWSSignature, jws.InvalidJWSObject, ValueError) as exc:
        raise Rejected("bad signature") from exc
    if header.get("alg") not in ("RS256", "EdDSA") or key_document.get("alg") != header["alg"]:
        raise Rejected("unexpected algorithm")
    claims = json.loads(verifier.payload)
    if claims.get("iss") != trusted_issuer:
        raise Rejected(f"issuer {claims.get('iss')!r} is not the trusted issuer")
    return claims


def _timestamp(value: str) -> int:
    return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())


def verify_credential(token: str, *, trusted_issuer: str) -> str:
    """'valid', 'revoked' or 'expired'; raises Rejected for anything not genuinely issued."""
    claims = verify_jwt(token, trusted_issuer=trusted_issuer)
    issuer = claims["issuer"]
    issuer_ref = issuer["id"] if isinstance(issuer, dict) else issuer
    if issuer_ref != claims["iss"]:
        raise Rejected("iss does not match issuer.id")
    if _get(claims["iss"]).json().get("id") != claims["iss"]:
        raise Rejected("the issuer document does not describe this issuer")
    if not claims.get("sub") or claims["sub"] != claims["credentialSubject"].get("id"):
        raise Rejected("sub does not match credentialSubject.id")
    if claims.get("jti") != claims.get("id"):
        raise Rejected("jti does not match id")
    if claims.get("nbf") != _timestamp(claims["validFrom"]) or claims["nbf"] > time.time():
        raise Rejected("nbf/validFrom")

    status = claims["credentialStatus"]
    if status["type"] != "BitstringStatusListEntry" or status["statusPurpose"] != "revocation":
        raise Rejected("unexpected credentialStatus")
    list_claims = verify_jwt(
        _get(status["statusListCredential"]).text, trusted_issuer=claims["iss"]
    )
    if list_claims["id"] != status["statusListCredential"]:
        raise Rejected("the status list credential has another id")
    subject = list_claims["credentialSubject"]
    if subject["type"] != "BitstringStatusList" or subject["statusPurpose"] != "revocation":
        raise Rejected("not a revocation status list")
    encoded = subject["encodedList"]
    if not encoded.startswith("u"):
        raise Rejected("encodedList is not multibase base64url")
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    if len(bits) * 8 < MIN_STATUS_LIST_BITS:
        raise Rejected("status list shorter than 131,072 bits")
    index = int(status["statusListIndex"])
    if bits[index // 8] & (0x80 >> (index % 8)):
        return "revoked"
    if "exp" in claims and claims["exp"] <= time.time():
        return "expired"
    return "valid"
