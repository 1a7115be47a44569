"""Content-Security-Policy (django-csp, lms/csp.py): strict on the site, its own policy for the
admin areas and the API docs, and no template of the site needing more than the strict policy."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def _directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part
    }


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/verify/", "/api/v1/courses/"])
def test_site_policy_is_strict(path):
    response = Client().get(path)
    assert response.status_code == 200
    d = _directives(response)
    assert d["default-src"] == ["'self'"]
    assert d["script-src"] == ["'self'"]
    assert d["style-src"] == ["'self'"]
    assert d["object-src"] == ["'none'"]
    assert d["frame-ancestors"] == ["'none'"]
    assert d["base-uri"] == ["'self'"]
    assert d["form-action"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in d["frame-src"]


def test_error_and_input_policy_pages_carry_the_policy():
    response = Client(raise_request_exception=False).get("/courses/?q=%00")
    assert response.status_code == 400
    assert _directives(response)["script-src"] == ["'self'"]


@pytest.mark.parametrize("path", ["/cms/login/", "/django-admin/login/"])
def test_admin_areas_have_their_own_policy(path):
    d = _directives(Client().get(path))
    assert d["script-src"] == ["'self'", "'unsafe-inline'"]
    assert d["object-src"] == ["'none'"]
    assert d["frame-ancestors"] == ["'self'"]


def test_api_docs_load_their_script_from_a_file():
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert _directives(response)["script-src"] == ["'self'"]
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", html), "inline script in /api/docs/"


def _site_templates():
    """Templates rendered on the site under the strict policy: not emails (no CSP there) and not
    pages of the Wagtail admin (its own policy)."""
    for path in sorted(TEMPLATES.rglob("*.html")):
        text = path.read_text()
        if "/email/" in str(path) or "wagtailadmin/" in text.split("\n", 1)[0]:
            continue
        yield path.relative_to(TEMPLATES), text


def test_no_site_template_has_inline_script_handlers_or_styles():
    problems = []
    for name, text in _site_templates():
        for m in re.finditer(r"<script\b([^>]*)>", text):
            attrs = m.group(1)
            if "src=" not in attrs and 'type="application/json"' not in attrs:
                problems.append(f"{name}: inline <script>")
        if re.search(r"\son[a-z]+\s*=", text):
            problems.append(f"{name}: on*= handler")
        if re.search(r"\sstyle\s*=", text) or "<style" in text:
            problems.append(f"{name}: inline style")
    assert not problems, "\n".join(problems)
