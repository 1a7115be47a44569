"""The certificates URLs come first among the apps at the root (lms/urls.py: the public
verification page is resolved without trying every other app's patterns). That is safe only while
no other pattern can match a path one of theirs matches, so moving them changed no resolution."""

import re

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern, RoutePattern

from certificates import views as certificate_views

_REGEX_SPECIAL = re.compile(r"[.^$*+?{}\[\]\\|()]")


def _literal(pattern) -> tuple[str, bool]:
    """The fixed text a pattern's paths start with, and whether that is the whole pattern."""
    text = str(pattern)
    if isinstance(pattern, RoutePattern):
        head = text.split("<", 1)[0]
        return head, head == text
    assert isinstance(pattern, RegexPattern), pattern
    text = text.removeprefix("^")
    match = _REGEX_SPECIAL.search(text)
    return (text, True) if match is None else (text[: match.start()], False)


def _prefixes(patterns, prefix: str = "", namespace: str | None = None):
    """(literal prefix of every endpoint's paths, the namespace of the root include it is in)."""
    for entry in patterns:
        head, whole = _literal(entry.pattern)
        if isinstance(entry, URLResolver):
            if not whole:  # a converter in the include's own prefix: nothing fixed after it
                yield prefix + head, namespace or entry.namespace
                continue
            yield from _prefixes(entry.url_patterns, prefix + head, namespace or entry.namespace)
        else:
            assert isinstance(entry, URLPattern)
            yield prefix + head, namespace


def test_no_other_pattern_shares_a_prefix_with_the_certificates_urls():
    patterns = get_resolver("lms.urls").url_patterns
    wagtail = patterns[-1]  # Wagtail's catch-all, last: it answers what nothing else matched
    assert isinstance(wagtail, URLResolver) and "wagtail" in str(wagtail.urlconf_name)
    found = list(_prefixes(patterns[:-1]))
    ours = {prefix for prefix, namespace in found if namespace == "certificates"}
    others = {prefix for prefix, namespace in found if namespace != "certificates"}
    assert "verify/" in ours and "health/" in others
    clashes = sorted(
        (mine, other)
        for mine in ours
        for other in others
        if mine.startswith(other) or other.startswith(mine)
    )
    assert clashes == []


def test_the_verification_pages_resolve_to_their_views():
    assert resolve("/verify/ABCDEFGH/").func is certificate_views.verify_code
    assert resolve("/verify/credential/").func is certificate_views.verify_credential
    assert resolve("/verify/").func is certificate_views.verify_start
