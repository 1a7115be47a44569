"""What the provider says about the person, mapped onto Ethos (README: Single sign-on)."""

from __future__ import annotations

from dataclasses import dataclass

from accounts.models import Profession
from institutions.models import Role

from .models import IdentityProvider, Protocol


@dataclass(frozen=True)
class Claims:
    email: str = ""
    name: str = ""
    first_name: str = ""
    last_name: str = ""
    department: str = ""
    role: str = ""
    profession: str = ""
    employee_id: str = ""


def _first(value) -> str:
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    if value is None or isinstance(value, dict):
        return ""
    return str(value).strip()


def raw_claims(*, idp: IdentityProvider, extra_data: dict) -> dict:
    """One flat dict of what the provider sent: OIDC ID token claims overlaid by userinfo; SAML
    attributes (each a list of values)."""
    if idp.protocol == Protocol.OIDC:
        data = dict(extra_data.get("id_token") or {})
        data.update(extra_data.get("userinfo") or {})
        return data or dict(extra_data)
    return dict(extra_data)


_ROLES = {value for value, _ in Role.choices}
_PROFESSIONS = {value for value, _ in Profession.choices}
_PROFESSION_LABELS = {label.lower(): value for value, label in Profession.choices}


def map_claims(*, idp: IdentityProvider, extra_data: dict) -> Claims:
    """The mapped claims; unknown roles and professions are dropped (never guessed)."""
    raw = raw_claims(idp=idp, extra_data=extra_data)

    def get(name: str) -> str:
        return _first(raw.get(name)) if name else ""

    role = get(idp.claim_role).lower()
    profession = get(idp.claim_profession).lower()
    profession = _PROFESSION_LABELS.get(profession, profession)
    return Claims(
        email=get(idp.claim_email).lower(),
        name=get(idp.claim_name),
        first_name=get("given_name"),
        last_name=get("family_name"),
        department=get(idp.claim_department),
        role=role if role in _ROLES else "",
        profession=profession if profession in _PROFESSIONS else "",
        employee_id=get(idp.claim_employee_id),
    )
