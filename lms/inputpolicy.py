"""Input policy at the HTTP boundary, before any view, form, serializer or query sees the request.

* No NUL or other C0 control character (U+0000-U+001F except tab, line feed and carriage return,
  and U+007F) in the path, query string keys and values, form fields (urlencoded and the text
  parts of multipart) or any string or key of a JSON body; nor an unpaired surrogate escape
  (``\\ud800``) in a JSON body. PostgreSQL cannot store NUL at all
  (a query with one is a 500), and the others have no business in names, answers or searches.
* JSON bodies nest at most ``JSON_MAX_DEPTH`` arrays/objects deep: Python's parser recurses, so
  a body nested thousands deep would otherwise end in a RecursionError (a 500). The depth is
  measured by a flat scan, without parsing.
* A body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` or with more than ``DATA_UPLOAD_MAX_NUMBER_FIELDS``
  fields is refused here too, in the same shape.

A refused request is answered 400 with a message naming the problem and where it is, in the
API's error shape under /api/ and with the site's 400 page elsewhere; nothing runs, nothing is
written. Uploaded files are not inspected here: their importers validate their own formats.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render

CODE = "invalid_input"
# C0 controls except \t \n \r, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ALLOWED_ESCAPED_CONTROLS = {0x09, 0x0A, 0x0D}


class InputRejected(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def describe_control(text: str) -> str | None:
    """``"U+0000"`` for the first control character in ``text``, or None."""
    match = _CONTROL.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


def _check_text(text: str, where: str) -> None:
    found = describe_control(text)
    if found:
        raise InputRejected(
            f"{where} contains a control character ({found}), which is not allowed."
        )


def _check_querydict(data, kind: str) -> None:
    for key, values in data.lists():
        _check_text(key, f"The {kind} name {key!r}")
        for value in values:
            if isinstance(value, str):
                _check_text(value, f"The {kind} {key!r}")


# A JSON string (unrolled loop: fast on long strings) or one bracket; and one escape in a string.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)
_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)


def _unpaired(code: int) -> InputRejected:
    return InputRejected(
        f"The JSON body contains an unpaired surrogate (U+{code:04X}), which is not a character."
    )


def _check_json_string(piece: str) -> None:
    if "\x7f" in piece:
        raise InputRejected(
            "The JSON body contains a control character (U+007F), which is not allowed."
        )
    if "\\u" not in piece:
        return
    pending: tuple[int, int] | None = None  # a high surrogate and where its escape ended
    for escape in _JSON_ESCAPE.finditer(piece):
        seq = escape.group(1)
        code = int(seq[1:], 16) if len(seq) == 5 else None
        if pending is not None:
            high, high_end = pending
            pending = None
            if code is not None and 0xDC00 <= code <= 0xDFFF and escape.start() == high_end:
                continue  # high + low: one character
            raise _unpaired(high)
        if code is None:
            continue
        if (code < 0x20 and code not in _ALLOWED_ESCAPED_CONTROLS) or code == 0x7F:
            raise InputRejected(
                f"The JSON body contains a control character (U+{code:04X}), which is not allowed."
            )
        if 0xD800 <= code <= 0xDBFF:
            pending = (code, escape.end())
        elif 0xDC00 <= code <= 0xDFFF:
            raise _unpaired(code)
    if pending is not None:
        raise _unpaired(pending[0])


def check_json_bytes(body: bytes, *, max_depth: int) -> None:
    """Depth and control characters of a JSON document, by one flat pass over its text.

    Raw control characters inside strings are already invalid JSON (the parser refuses them with
    a 400); escaped ones (``\\u0000``) and unpaired surrogates (``\\ud800``) would come out of
    the parser as real characters, so they are caught here. Malformed JSON is left to the parser,
    which answers it with its own 400.
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputRejected("The JSON body is not valid UTF-8.") from None
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        piece = match.group()
        if piece[0] == '"':
            _check_json_string(piece)
        elif piece in "[{":
            depth += 1
            if depth > max_depth:
                raise InputRejected(
                    f"The JSON body is nested more than {max_depth} levels deep, "
                    "which is not allowed."
                )
        else:
            depth -= 1


def _is_json(request: HttpRequest) -> bool:
    content_type = request.content_type or ""
    return content_type == "application/json" or content_type.endswith("+json")


def check_request(request: HttpRequest) -> None:
    """Raise InputRejected naming the first thing in ``request`` the policy refuses."""
    _check_text(request.path, "The address")
    _check_querydict(request.GET, "query parameter")
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if _is_json(request):
        check_json_bytes(request.body, max_depth=settings.JSON_MAX_DEPTH)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        _check_querydict(request.POST, "form field")


def bad_request(request: HttpRequest, message: str, *, code: str = CODE) -> HttpResponse:
    if request.path_info.startswith("/api/"):
        return JsonResponse(
            {"error": {"status": 400, "code": code, "message": message}}, status=400
        )
    return render(request, "400.html", {"reason": message}, status=400)


class InputPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            check_request(request)
        except InputRejected as exc:
            return bad_request(request, exc.message)
        except RequestDataTooBig:
            return bad_request(
                request, "The request body is larger than allowed.", code="too_large"
            )
        except TooManyFieldsSent:
            return bad_request(request, "The request has more fields than allowed.")
        except MultiPartParserError as exc:
            return bad_request(request, f"The form data could not be read: {exc}")
        return self.get_response(request)
