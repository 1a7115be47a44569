"""A real LTI 1.3 platform for the tests, served over HTTP on 127.0.0.1 in a thread.

The protocol work is the ``lti1p3platform`` library's (PyPI): the OIDC authorization response
and the signed id_token (``LTIAdvantageMessageLaunchAbstract.lti_launch``), the platform JWKS,
the OAuth2 client-credentials token endpoint that verifies the tool's signed client assertion
against the tool's published JWKS (``get_access_token``), deep-linking response validation
(``validate_deeplinking_resp``), and the AGS score and NRPS membership endpoints with bearer
token checks (``AssignmentsGradesService`` / ``NamesRoleProvisioningService``). This harness
only routes HTTP requests to it and keeps the gradebook and roster in memory, like an LMS would.
"""

from __future__ import annotations

import html
import json
import threading
import typing as t
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from jwcrypto.jwk import JWK
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.membership import Context
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request, TRequest
from lti1p3platform.score import UpdateScoreStatus
from lti1p3platform.service_connector import (
    AssignmentsGradesService,
    NamesRoleProvisioningService,
)

LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"


def rsa_keypair() -> tuple[str, str]:
    key = JWK.generate(kty="RSA", size=2048)
    private = key.export_to_pem(private_key=True, password=None).decode()
    public = key.export_to_pem().decode()
    return private, public


class PlatformConfig(LTI1P3PlatformConfAbstract):
    def init_platform_config(self, **kwargs: t.Any) -> None:
        self._registration = kwargs["registration"]

    def get_registration_by_params(self, **kwargs: t.Any) -> Registration:
        return self._registration


class HttpRequest(Request):
    """lti1p3platform's request interface over a parsed HTTP request."""

    def build_metadata(self, request: dict) -> TRequest:
        return request  # type: ignore[return-value]


class OIDCLogin(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs: t.Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class MessageLaunch(LTIAdvantageMessageLaunchAbstract):
    def render_launch_form(self, launch_data: dict, **kwargs: t.Any) -> str:
        fields = "".join(
            f'<input type="hidden" name="{name}" value="{html.escape(str(launch_data[name]))}">'
            for name in ("id_token", "state")
        )
        return (
            f'<form method="post" action="{html.escape(launch_data["launch_url"])}">{fields}</form>'
        )


@dataclass
class LaunchSpec:
    """What the platform sends in one launch."""

    user_id: str
    roles: list[str]
    name: str = ""
    email: str = ""
    context_id: str = "course-1"
    resource_link_id: str = "link-1"
    custom: dict[str, str] = field(default_factory=dict)
    lineitem: str | None = None
    deep_link: bool = False
    with_nrps: bool = True


class Gradebook:
    def __init__(self) -> None:
        self.lineitems: dict[str, dict] = {}
        self.scores: dict[str, list[dict]] = {}


class LtiPlatform:
    """An LTI 1.3 platform (issuer ``base_url``) registered with the tool at ``tool_url``."""

    def __init__(
        self,
        *,
        tool_url: str,
        client_id: str = "ethos-client",
        deployment_id: str = "deployment-1",
        signing_key: tuple[str, str] | None = None,
    ) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.issuer = self.base_url
        self.tool_url = tool_url.rstrip("/")
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.private_key, self.public_key = signing_key or rsa_keypair()
        self.gradebook = Gradebook()
        self.roster: dict[str, list[dict]] = {}
        self.deep_link_items: list[dict] = []
        self.launches: dict[str, LaunchSpec] = {}
        self.id_token_lifetime = 300
        self.nonce_override: str | None = None
        self.sign_with: str | None = None  # another private key: a bad signature
        self.requests: list[tuple[str, str]] = []
        self.fail_scores = 0  # answer this many score posts with 503 (an LMS outage)
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> LtiPlatform:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- URLs the tool is configured with -------------------------------------------------------

    @property
    def auth_url(self) -> str:
        return f"{self.base_url}/auth"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def jwks_url(self) -> str:
        return f"{self.base_url}/jwks"

    def registration(self, deployment_id: str | None = None) -> Registration:
        return (
            Registration()
            .set_iss(self.issuer)
            .set_client_id(self.client_id)
            .set_deployment_id(deployment_id or self.deployment_id)
            .set_oidc_login_url(f"{self.tool_url}/lti/login/")
            .set_launch_url(f"{self.tool_url}/lti/launch/")
            .set_deeplink_launch_url(f"{self.tool_url}/lti/launch/")
            .set_platform_public_key(self.public_key)
            .set_platform_private_key(self.sign_with or self.private_key)
            .set_tool_key_set_url(f"{self.tool_url}/lti/jwks/")
        )

    def config(self, deployment_id: str | None = None) -> PlatformConfig:
        return PlatformConfig(registration=self.registration(deployment_id))

    def memberships_url(self, context_id: str) -> str:
        return f"{self.base_url}/contexts/{context_id}/memberships"

    def lineitems_url(self, context_id: str) -> str:
        return f"{self.base_url}/contexts/{context_id}/lineitems"

    # --- starting a launch ------------------------------------------------------------------

    def initiate(self, spec: LaunchSpec, *, deployment_id: str | None = None) -> str:
        """The third-party login initiation URL the LMS sends the browser to."""
        hint = uuid.uuid4().hex
        self.launches[hint] = spec
        spec_deployment = deployment_id or self.deployment_id
        self.launches[hint].__dict__["deployment_id"] = spec_deployment
        login = OIDCLogin(None, self.config(spec_deployment))
        login.set_lti_message_hint(hint=hint)
        return login.initiate_login(spec.user_id)

    # --- HTTP -------------------------------------------------------------------------------

    def _handler(self):
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: t.Any) -> None:
                pass

            def _request(self) -> dict:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                ctype = self.headers.get("Content-Type", "")
                form = dict(parse_qsl(body.decode())) if "form" in ctype else {}
                payload = json.loads(body) if body and "json" in ctype else None
                return {
                    "method": self.command,
                    "form_data": form,
                    "get_data": dict(parse_qsl(parts.query)),
                    "headers": {k: v for k, v in self.headers.items()},
                    "content_type": ctype,
                    "path": parts.path,
                    "json": payload,
                }

            def _send(self, status: int, body: t.Any, ctype: str = "application/json") -> None:
                data = body if isinstance(body, str) else json.dumps(body)
                raw = data.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                self._dispatch()

            def do_POST(self) -> None:
                self._dispatch()

            def _dispatch(self) -> None:
                req = self._request()
                platform.requests.append((req["method"], req["path"]))
                try:
                    status, body, ctype = platform.route(req)
                except Exception as exc:  # the test reads the platform's answer
                    status, body, ctype = 500, {"error": repr(exc)}, "application/json"
                self._send(status, body, ctype)

        return Handler

    def route(self, req: dict) -> tuple[int, t.Any, str]:
        path = req["path"]
        if path == "/jwks":
            return 200, {"keys": self.registration().get_jwks()}, "application/json"
        if path == "/auth":
            return self._authorize(req)
        if path == "/token":
            config = self.config()
            return 200, dict(config.get_access_token(req["form_data"])), "application/json"
        if path == "/deep_link_return":
            items = self.config().validate_deeplinking_resp(req["form_data"])
            self.deep_link_items.extend(items)
            for item in items:
                if "lineItem" in item:
                    lineitem_id = f"{self.base_url}/lineitems/{len(self.gradebook.lineitems) + 1}"
                    self.gradebook.lineitems[lineitem_id] = {"id": lineitem_id, **item["lineItem"]}
            return 200, "<p>Content added.</p>", "text/html"
        if path.startswith("/lineitems/") and path.endswith("/scores") and self.fail_scores:
            self.fail_scores -= 1
            return 503, {"error": "gradebook unavailable"}, "application/json"
        if path.startswith("/lineitems/") and path.endswith("/scores"):
            lineitem_url = f"{self.base_url}{path[: -len('/scores')]}"
            service = _Ags(HttpRequest(req), self.config(), self.base_url, lineitem_url, self)
            resp = service.handle_resp(service.handle_update_score, line_item_id=lineitem_url)
            return resp.code, {"status": resp.message}, "application/json"
        if path.startswith("/contexts/") and path.endswith("/memberships"):
            context_id = path.split("/")[2]
            service = _Nrps(HttpRequest(req), self.config(), self.memberships_url(context_id))
            service.platform = self
            service.context_id = context_id
            resp = service.handle_resp(service.handle_get_members)
            return resp.code, resp.result or {"error": resp.message}, resp.media_type
        return 404, {"error": "not found"}, "application/json"

    def _authorize(self, req: dict) -> tuple[int, str, str]:
        params = req["get_data"]
        spec = self.launches[params["lti_message_hint"]]
        config = self.config(spec.__dict__.get("deployment_id"))
        launch = MessageLaunch(HttpRequest(req), config)
        launch.set_id_token_expiration(self.id_token_lifetime)
        launch.set_user_data(
            spec.user_id, spec.roles, full_name=spec.name, email_address=spec.email
        )
        launch.set_launch_context_claim(
            spec.context_id,
            context_types=["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"],
            context_title=f"Course {spec.context_id}",
            context_label=spec.context_id,
        )
        if spec.custom:
            launch.set_custom_parameters_claim(spec.custom)
        if spec.with_nrps:
            launch.set_nrps(self.memberships_url(spec.context_id))
        if spec.deep_link:
            launch.set_dl(
                f"{self.base_url}/deep_link_return",
                title="Add content",
                accept_types={"ltiResourceLink"},
            )
        else:
            launch.set_resource_link_claim(spec.resource_link_id, title="Ethos")
            if spec.lineitem:
                launch.set_ags(
                    lineitems_url=self.lineitems_url(spec.context_id),
                    lineitem_url=spec.lineitem,
                    allow_creating_lineitems=False,
                )
        if self.nonce_override is not None:
            req["get_data"] = {**params, "nonce": self.nonce_override}
        return 200, launch.lti_launch(), "text/html"


class _Ags(AssignmentsGradesService):
    def __init__(self, request, config, base_url, lineitem_url, platform: LtiPlatform):
        super().__init__(
            request,
            config,
            lineitems_url=f"{base_url}/lineitems",
            lineitem_url=lineitem_url,
            allow_creating_lineitems=False,
        )
        self.platform = platform

    def update_score(self, line_item_id: str, score: dict) -> UpdateScoreStatus:
        if line_item_id not in self.platform.gradebook.lineitems:
            from lti1p3platform.exceptions import LineItemNotFoundException

            raise LineItemNotFoundException(line_item_id)
        self.platform.gradebook.scores.setdefault(line_item_id, []).append(score)
        return UpdateScoreStatus.SUCCESS

    def find_lineitems(self, **kwargs):  # pragma: no cover - not used by the tool
        raise NotImplementedError

    def find_lineitem(self, line_item_id):  # pragma: no cover
        return self.platform.gradebook.lineitems[line_item_id]

    def create_lineitem(self, creation_data):  # pragma: no cover
        raise NotImplementedError

    def update_lineitem(self, update_data):  # pragma: no cover
        raise NotImplementedError

    def delete_lineitem(self, line_item_id):  # pragma: no cover
        raise NotImplementedError

    def get_results(self, line_item_id, page=1, limit=None, user_id=None):  # pragma: no cover
        raise NotImplementedError


class _Nrps(NamesRoleProvisioningService):
    platform: LtiPlatform
    context_id: str

    def get_member_data_page(self, page=1, limit=None, role=None, since=None, **kwargs):
        members = self.platform.roster.get(self.context_id, [])
        return {"content": [dict(m) for m in members], "has_next": False, "next": None}

    def get_context_by_id(self) -> Context:
        return Context(id=self.context_id, label=self.context_id, title=f"Course {self.context_id}")
