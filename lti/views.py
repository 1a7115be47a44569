"""LTI 1.3 endpoints: JWKS, OIDC login initiation, launch (resource link and deep linking), the
deep-linking picker and the instructor's roster pull. Thin: pylti1p3 validates, services write."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from lti_tool.models import Key, LtiLaunch
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoOIDCLogin
from pylti1p3.exception import LtiException, OIDCException

from . import selectors, services
from .tool import EthosToolConfig, message_launch_restore, message_launch_validate

SESSION_LAUNCH = "_lti_tool_launch_id"  # django-lti's key, so its middleware finds it too
SESSION_CONTEXT = "_ethos_lti_context_id"
SESSION_DEPLOYMENT = "_ethos_lti_deployment_id"


def _refused(request: HttpRequest, message: str, status: int = 403) -> HttpResponse:
    return render(request, "lti/refused.html", {"message": message}, status=status)


@require_GET
def jwks(request: HttpRequest) -> JsonResponse:
    """Ethos's public tool keys (JWK Set): platforms verify deep-linking responses and
    service-token requests with them."""
    services.tool_key_ensure()
    return JsonResponse(Key.objects.as_jwks())


@csrf_exempt
@xframe_options_exempt
@require_http_methods(["GET", "POST"])
def oidc_login(request: HttpRequest, registration_uuid=None) -> HttpResponse:
    """Third-party initiated login: answer the platform's request with the OIDC authorization
    redirect (state in a cookie, nonce in the cache)."""
    params = request.POST if request.method == "POST" else request.GET
    target_link_uri = params.get("target_link_uri")
    if not target_link_uri:
        return _refused(request, "The login request has no target_link_uri.", status=400)
    services.tool_key_ensure()
    oidc = DjangoOIDCLogin(
        request,
        EthosToolConfig(registration_uuid),
        launch_data_storage=DjangoCacheDataStorage(),
    )
    try:
        return oidc.redirect(target_link_uri)
    except (OIDCException, LtiException) as exc:
        return _refused(request, f"LTI login refused: {exc}", status=400)


@csrf_exempt
@xframe_options_exempt
@require_POST
def launch(request: HttpRequest) -> HttpResponse:
    """The platform's id_token arrives here (resource link or deep linking request)."""
    services.tool_key_ensure()
    try:
        message_launch = message_launch_validate(request)
    except (LtiException, OIDCException) as exc:
        return _refused(request, f"LTI launch refused: {exc}")
    lti_launch = LtiLaunch(message_launch)
    try:
        result = services.launch_accept(lti_launch=lti_launch)
    except services.LaunchRefused as exc:
        return _refused(request, f"LTI launch refused: {exc}")
    login(request, result.user, backend="accounts.backends.CachedModelBackend")
    request.session[SESSION_LAUNCH] = message_launch.get_launch_id()
    request.session[SESSION_CONTEXT] = lti_launch.context.pk
    request.session[SESSION_DEPLOYMENT] = lti_launch.deployment.pk
    if result.is_deep_link:
        return redirect("lti:deep_link")
    if result.quiz is not None:
        return redirect("quizzes:quiz", quiz_id=result.quiz.pk)
    if result.course is not None:
        return redirect(result.course.url)
    return redirect("courses:my_learning")


def _session_launch(request: HttpRequest):
    launch_id = request.session.get(SESSION_LAUNCH)
    if not launch_id or not request.user.is_authenticated:
        return None
    try:
        return LtiLaunch(message_launch_restore(request, launch_id))
    except LtiException:
        return None


@xframe_options_exempt
@require_http_methods(["GET", "POST"])
def deep_link(request: HttpRequest) -> HttpResponse:
    """The instructor picks a course or a quiz; Ethos answers the platform with a signed
    deep-linking response (a quiz carries its gradebook line item)."""
    lti_launch = _session_launch(request)
    if lti_launch is None or not lti_launch.is_deep_link_launch:
        return _refused(request, "Open this page from your learning platform's “add content”.")
    courses, quizzes = selectors.deep_link_choices()
    error = ""
    if request.method == "POST":
        kind, _, pk = request.POST.get("item", "").partition(":")
        try:
            if not pk.isdigit():
                raise ValidationError({"item": "Choose a course or a quiz."})
            resource = services.deep_link_resource(
                kind=kind, pk=int(pk), launch_url=request.build_absolute_uri(reverse("lti:launch"))
            )
        except ValidationError as exc:
            error = " ".join(exc.message_dict.get("item", exc.messages))
        else:
            deep_link_service = lti_launch.get_message_launch().get_deep_link()
            jwt_value = deep_link_service.get_response_jwt([resource])
            return_url = lti_launch.get_message_launch().get_launch_data()[
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
            ]["deep_link_return_url"]
            response = render(
                request,
                "lti/deep_link_return.html",
                {"return_url": return_url, "jwt": jwt_value, "title": resource.to_dict()["title"]},
            )
            parts = urlsplit(return_url)
            response._csp_update = {"form-action": [f"{parts.scheme}://{parts.netloc}"]}
            return response
    return render(
        request,
        "lti/deep_link.html",
        {"courses": courses, "quizzes": quizzes, "error": error},
        status=400 if error else 200,
    )


@require_POST
def roster(request: HttpRequest) -> HttpResponse:
    """An instructor of the launching platform course pulls its roster (NRPS) into the
    deployment's institution."""
    lti_launch = _session_launch(request)
    if lti_launch is None:
        return _refused(request, "Open Ethos from your learning platform first.")
    context = selectors.context_for_launch(
        deployment_id=request.session.get(SESSION_DEPLOYMENT, 0),
        context_id=request.session.get(SESSION_CONTEXT, 0),
    )
    if context is None or not services.membership_can_teach(lti_launch.membership):
        return _refused(request, "Only the course's instructors can pull its roster.")
    try:
        sync = services.roster_pull(context=context, requested_by=request.user)
    except (ValidationError, LtiException) as exc:
        reason = " ".join(getattr(exc, "messages", [str(exc)]))
        messages.error(request, f"The roster could not be pulled: {reason}")
    else:
        messages.success(
            request,
            f"Roster pulled: {sync.members} members, {sync.created} new, {sync.updated} updated, "
            f"{len(sync.refused)} refused.",
        )
    return (
        redirect("lti:deep_link")
        if lti_launch.is_deep_link_launch
        else redirect("courses:my_learning")
    )
