import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from content.templatetags.content_tags import compact_number

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


# One formatter for engagement counts on every post card (lesson cards and quiz cases).
register.filter("compact", compact_number)


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
