def only_public_api(endpoints):
    """Keep the OpenAPI schema to our public API; Wagtail's admin API lives elsewhere."""
    return [e for e in endpoints if e[0].startswith("/api/v1/")]
