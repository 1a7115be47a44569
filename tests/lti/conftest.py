"""LTI fixtures: a real platform (lti1p3platform over HTTP) and Ethos (live server) registered
with each other, and a requests-based browser that follows the launch like a browser would."""

from __future__ import annotations

import re
import typing as t

import pytest
import requests
from bs4 import BeautifulSoup
from lti_tool.models import LtiDeployment, LtiRegistration

from lti.models import DeploymentInstitution
from tests.factories import InstitutionFactory
from tests.lti.platform import LaunchSpec, LtiPlatform


@pytest.fixture
def platform(live_server):
    p = LtiPlatform(tool_url=live_server.url).start()
    yield p
    p.stop()


def register(platform: LtiPlatform, institution, deployment_id: str | None = None):
    registration, _ = LtiRegistration.objects.get_or_create(
        issuer=platform.issuer,
        client_id=platform.client_id,
        defaults={
            "name": "Test LMS",
            "auth_url": platform.auth_url,
            "token_url": platform.token_url,
            "keyset_url": platform.jwks_url,
        },
    )
    deployment = LtiDeployment.objects.create(
        registration=registration,
        deployment_id=deployment_id or platform.deployment_id,
        is_active=True,
    )
    DeploymentInstitution.objects.create(deployment=deployment, institution=institution)
    return registration, deployment


@pytest.fixture
def institution(db):
    return InstitutionFactory(name="Northside Nursing School", slug="northside")


@pytest.fixture
def registered(platform, institution):
    return register(platform, institution)


class Browser:
    """A cookie-keeping HTTP client standing in for the learner's browser."""

    def __init__(self, tool_url: str) -> None:
        self.session = requests.Session()
        self.tool_url = tool_url

    def launch(
        self,
        platform: LtiPlatform,
        spec: LaunchSpec,
        *,
        deployment_id: str | None = None,
        tamper: t.Callable[[str], str] | None = None,
    ) -> requests.Response:
        """Initiation → tool login → platform authorization → auto-posted id_token."""
        form = self.authorize(platform, spec, deployment_id=deployment_id)
        if isinstance(form, requests.Response):
            return form
        if tamper is not None:
            form["data"]["id_token"] = tamper(form["data"]["id_token"])
        return self.post_launch(form)

    def authorize(self, platform, spec, *, deployment_id=None):
        response = self.session.get(
            platform.initiate(spec, deployment_id=deployment_id), allow_redirects=False
        )
        if response.status_code != 302:
            return response
        page = self.session.get(response.headers["Location"])
        assert page.status_code == 200, page.text
        soup = BeautifulSoup(page.text, "html.parser")
        form = soup.find("form")
        data = {i["name"]: i["value"] for i in form.find_all("input")}
        return {"action": form["action"], "data": data}

    def post_launch(self, form: dict) -> requests.Response:
        return self.session.post(form["action"], data=form["data"], allow_redirects=False)

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.session.get(self.tool_url + path, **kwargs)

    def post(self, path: str, data: dict | None = None, **kwargs) -> requests.Response:
        payload = dict(data or {})
        payload["csrfmiddlewaretoken"] = self.session.cookies.get("csrftoken", "")
        return self.session.post(self.tool_url + path, data=payload, **kwargs)


@pytest.fixture
def browser(live_server):
    return Browser(live_server.url)


def refusal(response: requests.Response) -> str:
    soup = BeautifulSoup(response.text, "html.parser")
    node = soup.find(id="lti-error")
    return re.sub(r"\s+", " ", node.get_text()).strip() if node else ""
