import re

from django import template

from content.blocks import Platform
from content.fragments import mark

register = template.Library()

YOUTUBE_RE = re.compile(
    r"^https://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/|youtube\.com/embed/)([\w-]{6,20})"
)
VIMEO_RE = re.compile(r"^https://(?:www\.)?vimeo\.com/(\d+)")


@register.filter
def visitor_mark(pk, kind: str):
    """A marker in a fragment shared by every visitor, filled with this visitor's value
    (content.fragments.fill): {{ lesson.pk|visitor_mark:"tick" }}."""
    return mark(kind, pk)


@register.filter
def get_item(mapping, key):
    """{{ notes|get_item:block_id }} — dictionary lookup in templates."""
    if not mapping:
        return ""
    return mapping.get(key, "")


@register.filter
def video_embed_url(url: str) -> str:
    """A privacy-friendly embed address for YouTube/Vimeo links; "" for anything else."""
    if m := YOUTUBE_RE.match(url or ""):
        return f"https://www.youtube-nocookie.com/embed/{m.group(1)}"
    if m := VIMEO_RE.match(url or ""):
        return f"https://player.vimeo.com/video/{m.group(1)}?dnt=1"
    return ""


@register.filter
def platform_label(value: str) -> str:
    return dict(Platform.CHOICES).get(value, value)


@register.filter
def compact_number(value) -> str:
    """1234 → 1.2K, 2500000 → 2.5M, as the platforms show counts."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return ""
    for size, suffix in ((1_000_000, "M"), (1_000, "K")):
        if n >= size:
            text = f"{n / size:.1f}".rstrip("0").rstrip(".")
            return f"{text}{suffix}"
    return str(n)
