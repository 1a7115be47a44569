"""One error shape for the whole API:

    {"error": {"status": 400, "code": "invalid", "message": "email: This field is required.",
               "fields": {"email": ["This field is required."]}}}

``message`` is always a sentence a person can read and names what is wrong; ``fields`` is present
for validation errors so clients can attach messages to inputs.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            out.update(_flatten(value, name))
    elif isinstance(detail, list):
        if all(not isinstance(v, (dict, list)) for v in detail):
            out[prefix or "non_field_errors"] = [str(v) for v in detail]
        else:
            for i, value in enumerate(detail):
                out.update(_flatten(value, f"{prefix}[{i}]" if prefix else f"[{i}]"))
    else:
        out[prefix or "non_field_errors"] = [str(detail)]
    return out


def _django_validation_to_drf(exc: DjangoValidationError) -> exceptions.ValidationError:
    if hasattr(exc, "error_dict"):
        return exceptions.ValidationError(
            {k: [str(m) for e in v for m in e.messages] for k, v in exc.error_dict.items()}
        )
    return exceptions.ValidationError({"non_field_errors": exc.messages})


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = _django_validation_to_drf(exc)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)

    response = drf_exception_handler(exc, context)
    if response is None:
        return None

    body: dict = {"status": response.status_code}
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail)
        body["code"] = "invalid"
        first_field, first_msgs = next(iter(fields.items()))
        body["message"] = (
            first_msgs[0]
            if first_field == "non_field_errors"
            else f"{first_field}: {first_msgs[0]}"
        )
        body["fields"] = fields
    elif isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        body["code"] = codes if isinstance(codes, str) else "error"
        body["message"] = str(exc.detail)
    else:  # pragma: no cover - DRF only returns responses for APIExceptions
        body["code"] = "error"
        body["message"] = "Request failed."
    response.data = {"error": body}
    return response


def error_response(*, status_code: int, code: str, message: str) -> Response:
    """For views that answer an error without raising (same shape as above)."""
    return Response(
        {"error": {"status": status_code, "code": code, "message": message}}, status=status_code
    )


__all__ = ["error_response", "exception_handler", "status"]
