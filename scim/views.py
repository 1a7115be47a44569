"""The SCIM 2.0 endpoint (/scim/v2/) and the admin page that issues its tokens. Thin: check the
bearer token, parse with scim2-models, call one selector or service, serialise. Every failure
answers in the SCIM error format (RFC 7644 §3.12)."""

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from pydantic import ValidationError as PydanticValidationError
from scim2_models import (
    Context,
    Error,
    InvalidSyntaxException,
    InvalidValueException,
    ListResponse,
    NotFoundException,
    NotImplementedException,
    PatchOp,
    ResponseParameters,
    SCIMException,
    SearchRequest,
    UnauthorizedException,
    UniquenessException,
)

from institutions.selectors import institution_get_for_admin

from . import selectors, services
from .models import ScimEvent, ScimToken
from .schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_RESULTS,
    PATCH_POLICY,
    ScimGroupModel,
    ScimUserModel,
    dump,
    published_schemas,
    resource_type_by_id,
    resource_types,
    schema_by_id,
    service_provider_config,
)
from .tokens import scim_token_authenticate, scim_token_create, scim_token_revoke

CONTENT_TYPE = "application/scim+json"
# A SCIM request body larger than this is refused (a connector sends one resource at a time).
MAX_BODY_BYTES = 1_000_000


def _response(payload: dict | None, status: int = 200, **headers: str) -> HttpResponse:
    if payload is None:
        response = HttpResponse(status=status)
    else:
        response = HttpResponse(json.dumps(payload), status=status, content_type=CONTENT_TYPE)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def _error(exc: SCIMException) -> HttpResponse:
    error = exc.to_error()
    headers = {}
    if error.status == 401:
        headers["WWW_Authenticate"] = 'Bearer realm="SCIM"'
    return _response(dump(error), status=error.status or 400, **headers)


def _validation_error(exc: PydanticValidationError) -> HttpResponse:
    errors = Error.from_validation_errors(exc)
    error = errors[0]
    if len(errors) > 1:
        error.detail = "; ".join(e.detail or "" for e in errors)
    return _response(dump(error), status=error.status or 400)


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("scim:root")).rstrip("/")


def scim_endpoint(view: Callable) -> Callable:
    """Authenticate the bearer token and turn every SCIM failure into its error response."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            header = request.headers.get("Authorization", "")
            scheme, _, raw = header.partition(" ")
            token = scim_token_authenticate(raw=raw.strip()) if scheme.lower() == "bearer" else None
            if token is None:
                raise UnauthorizedException(
                    detail="Send a valid SCIM token: Authorization: Bearer <token>."
                )
            request.scim_token = token
            return view(request, *args, **kwargs)
        except SCIMException as exc:
            return _error(exc)
        except PydanticValidationError as exc:
            return _validation_error(exc)
        except ValidationError as exc:
            # A model rule the SCIM checks did not catch first: still the client's value.
            return _error(InvalidValueException(detail=" ".join(exc.messages)))
        except IntegrityError:
            # A concurrent request took the same userName, email, externalId or group name
            # between our check and the insert; the whole change was rolled back.
            return _error(
                UniquenessException(
                    detail="A concurrent change took a unique value (userName, email, "
                    "externalId or group name); nothing was changed."
                )
            )

    return wrapper


def _body(request: HttpRequest) -> Any:
    if len(request.body) > MAX_BODY_BYTES:
        raise InvalidValueException(detail=f"The request body exceeds {MAX_BODY_BYTES} bytes.")
    try:
        return json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise InvalidSyntaxException(detail="The request body is not valid JSON.") from None


def _object_body(request: HttpRequest) -> dict:
    data = _body(request)
    if not isinstance(data, dict):
        raise InvalidSyntaxException(detail="The request body must be a JSON object.")
    return data


def _not_allowed(method: str) -> HttpResponse:
    error = Error(status=405, detail=f"Method {method} is not allowed here.")
    return _response(dump(error), status=405)


def _int_param(request: HttpRequest, name: str, default: int) -> int:
    value = request.GET.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise InvalidValueException(detail=f"{name} must be an integer, not “{value}”.") from None


def _response_parameters(model: type, data: dict) -> ResponseParameters:
    return ResponseParameters[model].model_validate(
        {
            "attributes": data.get("attributes"),
            "excludedAttributes": data.get("excludedAttributes"),
        }
    )


# --- Discovery ----------------------------------------------------------------------------------


@scim_endpoint
def root(request: HttpRequest) -> HttpResponse:
    raise NotFoundException(detail="See /ServiceProviderConfig, /ResourceTypes and /Schemas.")


@scim_endpoint
def spc(request: HttpRequest) -> HttpResponse:
    if request.method != "GET":
        return _not_allowed(request.method)
    config = service_provider_config().model_copy(deep=True)
    config.meta = _meta("ServiceProviderConfig", f"{_base_url(request)}/ServiceProviderConfig")
    return _response(dump(config))


def _meta(resource_type: str, location: str):
    from scim2_models import Meta

    return Meta(resource_type=resource_type, location=location)


def _discovery_list(items: list) -> HttpResponse:
    listing = ListResponse[type(items[0])](
        total_results=len(items), start_index=1, items_per_page=len(items), resources=items
    )
    return _response(dump(listing))


@scim_endpoint
def resource_type_list(request: HttpRequest, type_id: str | None = None) -> HttpResponse:
    if request.method != "GET":
        return _not_allowed(request.method)
    base = _base_url(request)
    items = []
    for rt in resource_types():
        rt = rt.model_copy(deep=True)
        rt.meta = _meta("ResourceType", f"{base}/ResourceTypes/{rt.id}")
        items.append(rt)
    if type_id is None:
        return _discovery_list(items)
    if resource_type_by_id(type_id) is None:
        raise NotFoundException(detail=f"Resource type {type_id} not found")
    return _response(dump(next(rt for rt in items if rt.id == type_id)))


@scim_endpoint
def schema_list(request: HttpRequest, schema_id: str | None = None) -> HttpResponse:
    if request.method != "GET":
        return _not_allowed(request.method)
    base = _base_url(request)
    items = []
    for schema in published_schemas():
        schema = schema.model_copy(deep=True)
        schema.meta = _meta("Schema", f"{base}/Schemas/{schema.id}")
        items.append(schema)
    if schema_id is None:
        return _discovery_list(items)
    if schema_by_id(schema_id) is None:
        raise NotFoundException(detail=f"Schema {schema_id} not found")
    return _response(dump(next(s for s in items if s.id == schema_id)))


@scim_endpoint
def search_root(request: HttpRequest) -> HttpResponse:
    raise NotImplementedException(
        detail="Searching several resource types at once is not supported; "
        "use /Users/.search or /Groups/.search."
    )


# --- Listing ------------------------------------------------------------------------------------


def _page(data: dict) -> tuple[int, int]:
    """RFC 7644 §3.4.2.4: a startIndex below 1 means 1, a negative count means 0."""
    start = data.get("startIndex") or 1
    count = data.get("count")
    count = DEFAULT_PAGE_SIZE if count is None else count
    return max(int(start), 1), min(max(int(count), 0), MAX_RESULTS)


def _list(request: HttpRequest, *, model: type, data: dict, kind: str) -> HttpResponse:
    institution = request.scim_token.institution
    base = _base_url(request)
    start, count = _page(data)
    params = _response_parameters(model, data)
    if kind == "User":
        qs = selectors.scim_user_list(institution=institution, filter=data.get("filter"))
    else:
        qs = selectors.scim_group_list(institution=institution, filter=data.get("filter"))
    total = qs.count()
    page = list(
        (qs if kind == "User" else selectors.with_members(qs, institution=institution))[
            start - 1 : start - 1 + count
        ]
    )
    if kind == "User":
        resources = [selectors.user_resource(m, base_url=base) for m in page]
    else:
        resources = [selectors.group_resource(d, base_url=base) for d in page]
    listing = ListResponse[model](
        total_results=total, start_index=start, items_per_page=len(resources), resources=resources
    )
    return _response(dump(listing, response_parameters=params))


def _query_data(request: HttpRequest) -> dict:
    return {
        "filter": request.GET.get("filter"),
        "startIndex": _int_param(request, "startIndex", 1),
        "count": _int_param(request, "count", DEFAULT_PAGE_SIZE),
        "attributes": request.GET.get("attributes"),
        "excludedAttributes": request.GET.get("excludedAttributes"),
    }


def _search_data(request: HttpRequest, model: type) -> dict:
    search = SearchRequest[model].model_validate(
        _object_body(request), scim_ctx=Context.SEARCH_REQUEST
    )
    return {
        "filter": str(search.filter) if search.filter else None,
        "startIndex": search.start_index or 1,
        "count": DEFAULT_PAGE_SIZE if search.count is None else search.count,
        "attributes": [str(a) for a in search.attributes or []] or None,
        "excludedAttributes": [str(a) for a in search.excluded_attributes or []] or None,
    }


# --- Users --------------------------------------------------------------------------------------


def _user_out(request: HttpRequest, membership, status: int = 200, params=None) -> HttpResponse:
    base = _base_url(request)
    membership = selectors.scim_user_get(
        institution=request.scim_token.institution, user_id=str(membership.pk)
    )
    resource = selectors.user_resource(membership, base_url=base)
    headers = {"Location": resource.meta.location} if status == 201 else {}
    return _response(dump(resource, response_parameters=params), status=status, **headers)


@scim_endpoint
def users(request: HttpRequest) -> HttpResponse:
    token: ScimToken = request.scim_token
    if request.method == "GET":
        return _list(request, model=ScimUserModel, data=_query_data(request), kind="User")
    if request.method == "POST":
        resource = ScimUserModel.model_validate(
            _object_body(request), scim_ctx=Context.RESOURCE_CREATION_REQUEST
        )
        membership = services.scim_user_create(
            institution=token.institution, token=token, resource=resource
        )
        return _user_out(request, membership, status=201)
    return _not_allowed(request.method)


@scim_endpoint
def users_search(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _not_allowed(request.method)
    data = _search_data(request, ScimUserModel)
    return _list(request, model=ScimUserModel, data=data, kind="User")


@scim_endpoint
def user_detail(request: HttpRequest, user_id: str) -> HttpResponse:
    token: ScimToken = request.scim_token
    institution = token.institution
    membership = selectors.scim_user_get(institution=institution, user_id=user_id)
    if request.method == "GET":
        params = _response_parameters(ScimUserModel, _query_data(request))
        return _user_out(request, membership, params=params)
    if request.method == "PUT":
        resource = ScimUserModel.model_validate(
            _object_body(request), scim_ctx=Context.RESOURCE_REPLACEMENT_REQUEST
        )
        membership = services.scim_user_replace(
            institution=institution, token=token, membership=membership, resource=resource
        )
        return _user_out(request, membership)
    if request.method == "PATCH":
        patch = PatchOp[ScimUserModel].model_validate(
            _object_body(request), scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=PATCH_POLICY
        )
        resource = selectors.user_resource(membership, base_url=_base_url(request))
        patch.patch(resource, scim_policy=PATCH_POLICY)
        membership = services.scim_user_replace(
            institution=institution,
            token=token,
            membership=membership,
            resource=resource,
            patched=True,
        )
        return _user_out(request, membership)
    if request.method == "DELETE":
        services.scim_user_delete(institution=institution, token=token, membership=membership)
        return _response(None, status=204)
    return _not_allowed(request.method)


# --- Groups -------------------------------------------------------------------------------------


def _group_out(request: HttpRequest, department, status: int = 200, params=None) -> HttpResponse:
    institution = request.scim_token.institution
    department = selectors.scim_group_get(institution=institution, group_id=str(department.pk))
    members = selectors.group_members(institution=institution, department=department)
    resource = selectors.group_resource(department, base_url=_base_url(request), members=members)
    headers = {"Location": resource.meta.location} if status == 201 else {}
    return _response(dump(resource, response_parameters=params), status=status, **headers)


@scim_endpoint
def groups(request: HttpRequest) -> HttpResponse:
    token: ScimToken = request.scim_token
    if request.method == "GET":
        return _list(request, model=ScimGroupModel, data=_query_data(request), kind="Group")
    if request.method == "POST":
        resource = ScimGroupModel.model_validate(
            _object_body(request), scim_ctx=Context.RESOURCE_CREATION_REQUEST
        )
        department = services.scim_group_create(
            institution=token.institution, token=token, resource=resource
        )
        return _group_out(request, department, status=201)
    return _not_allowed(request.method)


@scim_endpoint
def groups_search(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _not_allowed(request.method)
    data = _search_data(request, ScimGroupModel)
    return _list(request, model=ScimGroupModel, data=data, kind="Group")


@scim_endpoint
def group_detail(request: HttpRequest, group_id: str) -> HttpResponse:
    token: ScimToken = request.scim_token
    institution = token.institution
    department = selectors.scim_group_get(institution=institution, group_id=group_id)
    if request.method == "GET":
        params = _response_parameters(ScimGroupModel, _query_data(request))
        return _group_out(request, department, params=params)
    if request.method == "PUT":
        resource = ScimGroupModel.model_validate(
            _object_body(request), scim_ctx=Context.RESOURCE_REPLACEMENT_REQUEST
        )
        department = services.scim_group_replace(
            institution=institution, token=token, department=department, resource=resource
        )
        return _group_out(request, department)
    if request.method == "PATCH":
        patch = PatchOp[ScimGroupModel].model_validate(
            _object_body(request), scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=PATCH_POLICY
        )
        members = selectors.group_members(institution=institution, department=department)
        resource = selectors.group_resource(
            department, base_url=_base_url(request), members=members
        )
        patch.patch(resource, scim_policy=PATCH_POLICY)
        department = services.scim_group_replace(
            institution=institution, token=token, department=department, resource=resource
        )
        return _group_out(request, department)
    if request.method == "DELETE":
        services.scim_group_delete(institution=institution, token=token, department=department)
        return _response(None, status=204)
    return _not_allowed(request.method)


@scim_endpoint
def unknown(request: HttpRequest, rest: str) -> HttpResponse:
    raise NotFoundException(detail=f"No SCIM endpoint at /{rest}.")


# --- Admin page: tokens -------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: HttpRequest, slug: str) -> HttpResponse:
    institution = institution_get_for_admin(user=request.user, slug=slug)
    new_token = None
    error = ""
    name = ""
    if request.method == "POST":
        name = request.POST.get("name", "").strip()
        try:
            _token, new_token = scim_token_create(
                actor=request.user, institution=institution, name=name
            )
        except ValidationError as exc:
            error = "; ".join(exc.message_dict.get("name", exc.messages))
    tokens = ScimToken.objects.for_institution(institution).select_related(
        "created_by", "revoked_by"
    )
    events = ScimEvent.objects.filter(institution=institution).select_related("actor", "token")[:50]
    return render(
        request,
        "scim/tokens.html",
        {
            "institution": institution,
            "tokens": tokens,
            "events": events,
            "new_token": new_token,
            "error": error,
            "name": "" if new_token else name,
            "base_url": _base_url(request),
        },
        status=400 if error else 200,
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    institution = institution_get_for_admin(user=request.user, slug=slug)
    token = get_object_or_404(ScimToken, pk=pk, institution=institution)
    try:
        scim_token_revoke(actor=request.user, institution=institution, token=token)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"The token “{token.name}” is revoked.")
    return redirect("scim:tokens", slug=slug)
