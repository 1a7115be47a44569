"""SCIM fixtures: an institution with an admin and a live token, and a client sending it."""

import json

import pytest
from django.test import Client

from scim.tokens import scim_token_create
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory

SCIM = "application/scim+json"


class ScimClient:
    """Django's test client with the bearer token and SCIM JSON bodies."""

    def __init__(self, raw_token: str):
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {raw_token}"}

    def _send(self, method: str, path: str, body=None, **kw):
        data = json.dumps(body) if body is not None and not isinstance(body, str) else body
        fn = getattr(self.client, method)
        kwargs = {"headers": self.headers, **kw}
        if data is not None:
            kwargs.update(data=data, content_type=SCIM)
        return fn(f"/scim/v2{path}", **kwargs)

    def get(self, path, **kw):
        return self._send("get", path, **kw)

    def post(self, path, body=None):
        return self._send("post", path, body)

    def put(self, path, body=None):
        return self._send("put", path, body)

    def patch(self, path, body=None):
        return self._send("patch", path, body)

    def delete(self, path):
        return self._send("delete", path)


def make_scim_institution(name: str = "Riverside"):
    institution = InstitutionFactory(name=name)
    admin = UserFactory()
    MembershipFactory(user=admin, institution=institution, role="admin")
    token, raw = scim_token_create(actor=admin, institution=institution, name="Entra ID")
    return institution, admin, token, raw


@pytest.fixture
def scim_setup(db):
    return make_scim_institution()


@pytest.fixture
def scim(scim_setup):
    return ScimClient(scim_setup[3])


USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
ETHOS = "urn:ethos:params:scim:schemas:extension:ethos:2.0:User"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


def user_body(email: str = "ana.lima@riverside.example", **extra) -> dict:
    body = {
        "schemas": [USER_SCHEMA, ENTERPRISE, ETHOS],
        "userName": email,
        "externalId": "E-100",
        "name": {"givenName": "Ana", "familyName": "Lima"},
        "displayName": "Ana Lima",
        "title": "Staff nurse",
        "active": True,
        "emails": [{"value": email, "type": "work", "primary": True}],
        ENTERPRISE: {"department": "Intensive Care"},
        ETHOS: {"role": "learner", "profession": "nurse"},
    }
    body.update(extra)
    return body
