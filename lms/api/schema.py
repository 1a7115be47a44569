def only_public_api(endpoints):
    """Keep the OpenAPI schema to our public API; Wagtail's admin API lives elsewhere."""
    return [e for e in endpoints if e[0].startswith("/api/v1/")]


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}

ERROR_DESCRIPTIONS = {
    "400": "Invalid input; `message` names what is wrong, `fields` maps inputs to messages.",
    "401": "Authentication credentials were not provided or are invalid.",
    "403": "Authenticated, but not allowed to do this.",
    "404": "Not found (also what another institution's or user's objects answer).",
    "405": "Method not allowed.",
    "406": "The requested content type cannot be produced.",
    "415": "Unsupported media type.",
    "429": "Rate limited; retry later.",
}


def add_error_responses(result, generator, request, public):
    """Document the one error shape on every operation (core.api_errors)."""
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/Error"}
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for code, description in ERROR_DESCRIPTIONS.items():
                responses.setdefault(
                    code,
                    {"description": description, "content": {"application/json": {"schema": ref}}},
                )
    return result
