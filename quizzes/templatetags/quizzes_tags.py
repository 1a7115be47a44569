import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

PLACEHOLDER_RX = re.compile(r"\[[A-Z]+(?:_[A-Z]+)*(?:_\d+)?\]")


@register.filter
def post_text(text: str) -> str:
    """Escape the post text and mark anonymizer placeholders so they read as replacements."""
    escaped = escape(text or "")
    return mark_safe(
        PLACEHOLDER_RX.sub(
            lambda m: (
                f'<span class="post-placeholder" title="Replaced by the anonymizer">'
                f"{m.group()}</span>"
            ),
            escaped,
        )
    )


@register.filter
def compact(value) -> str:
    """1234 -> 1.2K, 2500000 -> 2.5M."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return ""
    for size, suffix in ((1_000_000, "M"), (1_000, "K")):
        if n >= size:
            return f"{n / size:.1f}".rstrip("0").rstrip(".") + suffix
    return str(n)


@register.filter
def get_item(mapping, key):
    if not mapping:
        return None
    return mapping.get(key, mapping.get(str(key)))


@register.filter
def percent(value) -> str:
    if value is None:
        return "—"
    return f"{float(value):.0f}%" if float(value) == int(float(value)) else f"{float(value):.1f}%"
