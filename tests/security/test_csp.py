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


# --- The header built once per area (lms/csp.py) equals django-csp's own, response by response ---


def _django_csp(request, response) -> dict[str, str]:
    """The headers django-csp's own middleware would add to this response."""
    from csp.middleware import CSPMiddleware as DjangoCSPMiddleware

    from lms.csp import AreaCSPMiddleware

    class Reference(AreaCSPMiddleware):
        process_response = DjangoCSPMiddleware.process_response

    reference = Reference(lambda r: response)
    result = reference.process_response(request, response)
    return {name: value for name, value in result.items() if name.startswith("Content-Security")}


@pytest.mark.parametrize(
    "path", ["/catalog/", "/cms/login/", "/django-admin/login/", "/api/docs/", "/nowhere/"]
)
def test_the_header_built_once_is_django_csps_header(rf, path):
    from django.http import HttpResponse

    from lms.csp import AreaCSPMiddleware

    middleware = AreaCSPMiddleware(lambda r: HttpResponse(b"ok"))
    for _ in range(2):  # built, then reused
        request = rf.get(path)
        middleware.process_request(request)
        ours = middleware.process_response(request, HttpResponse(b"ok"))
        expected = _django_csp(rf.get(path), HttpResponse(b"ok"))
        assert {n: v for n, v in ours.items() if n.startswith("Content-Security")} == expected
        assert expected["Content-Security-Policy"]


def test_per_response_overrides_a_nonce_and_exemptions_take_django_csps_path(rf, settings):
    from csp.decorators import csp_exempt, csp_update
    from django.http import HttpResponse

    from lms.csp import AreaCSPMiddleware

    middleware = AreaCSPMiddleware(lambda r: HttpResponse(b"ok"))

    def run(view, *, nonce: bool = False):
        request = rf.get("/catalog/")
        middleware.process_request(request)
        if nonce:
            str(request.csp_nonce)
        return request, middleware.process_response(request, view(request))

    _, updated = run(csp_update({"img-src": ["https://img.example"]})(lambda r: HttpResponse()))
    assert "https://img.example" in updated["Content-Security-Policy"]
    request, with_nonce = run(lambda r: HttpResponse(), nonce=True)
    assert f"'nonce-{request.csp_nonce}'" not in with_nonce["Content-Security-Policy"]  # unused
    _, exempt = run(csp_exempt()(lambda r: HttpResponse()))
    assert "Content-Security-Policy" not in exempt
    preset = HttpResponse()
    preset["Content-Security-Policy"] = "default-src 'none'"
    _, kept = run(lambda r: preset)
    assert kept["Content-Security-Policy"] == "default-src 'none'"
    # A nonce asked for after the header is written is an error, as with django-csp.
    request, _ = run(lambda r: HttpResponse())
    from csp.exceptions import CSPNonceError

    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)
    # A settings change is seen by the next response.
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    assert run(lambda r: HttpResponse())[1]["Content-Security-Policy"] == "default-src 'none'"
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"script-src": ["'self'"]}}
    report_only = run(lambda r: HttpResponse())[1]["Content-Security-Policy-Report-Only"]
    assert (
        report_only
        == _django_csp(rf.get("/catalog/"), HttpResponse())["Content-Security-Policy-Report-Only"]
    )
    assert "script-src 'self'" in report_only
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {
        "DIRECTIVES": {"script-src": ["'self'"]},
        "EXCLUDE_URL_PREFIXES": ["/catalog/"],
    }
    assert "Content-Security-Policy-Report-Only" not in run(lambda r: HttpResponse())[1]
