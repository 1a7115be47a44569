"""Charts drawn on the server as inline SVG: no JavaScript library, no CDN. Each chart is
decorative for assistive technology (``aria-hidden``); the page shows the same numbers in a
table next to it."""

from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_BAR = "#1f6f8b"
_GRID = "#c9d3dd"
_INK = "#1b2733"


def bar_chart(
    items: list[dict],
    *,
    label: str = "name",
    value: str = "percent",
    href: Callable[[dict], str | None] | None = None,
) -> SafeString:
    """Horizontal bars, 0–100 %, one per item; ``href(item)`` makes a bar a link (kept out of
    the tab order: the chart is hidden from assistive technology and its table has the same
    links)."""
    if not items:
        return mark_safe("")
    row_h, left, width = 28, 250, 480
    height = row_h * len(items) + 30
    parts = [
        f'<svg class="chart" aria-hidden="true" focusable="false" '
        f'viewBox="0 0 {left + width + 60} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for pct in (0, 25, 50, 75, 100):
        x = left + width * pct / 100
        parts.append(
            f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 20}" stroke="{_GRID}" />'
            f'<text x="{x:.1f}" y="{height - 5}" font-size="11" text-anchor="middle" '
            f'fill="{_INK}">{pct}%</text>'
        )
    for i, item in enumerate(items):
        y = i * row_h + 4
        pct = max(0.0, min(100.0, float(item[value])))
        text = str(item[label])
        name = escape(text if len(text) <= 34 else f"{text[:33]}…")
        bar = (
            f'<text x="{left - 8}" y="{y + 15}" font-size="12" text-anchor="end" '
            f'fill="{_INK}">{name}</text>'
            f'<rect x="{left}" y="{y}" width="{width * pct / 100:.1f}" height="{row_h - 8}" '
            f'fill="{_BAR}" rx="3" />'
            f'<text x="{left + width * pct / 100 + 6:.1f}" y="{y + 15}" font-size="12" '
            f'fill="{_INK}">{pct:.1f}%</text>'
        )
        link = href(item) if href else None
        if link:
            bar = f'<a href="{escape(link)}" tabindex="-1">{bar}</a>'
        parts.append(bar)
    parts.append("</svg>")
    return mark_safe("".join(parts))


def line_chart(points: list[dict], *, value: str = "percent") -> SafeString:
    """Compliance % over time, one point per month, labelled by month."""
    if not points:
        return mark_safe("")
    left, top, width, height = 40, 10, 640, 180
    step = width / max(len(points) - 1, 1)
    coords = [
        (left + i * step, top + height - height * max(0.0, min(100.0, float(p[value]))) / 100)
        for i, p in enumerate(points)
    ]
    parts = [
        f'<svg class="chart" aria-hidden="true" focusable="false" '
        f'viewBox="0 0 {left + width + 30} {top + height + 30}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for pct in (0, 50, 100):
        y = top + height - height * pct / 100
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + width}" y2="{y:.1f}" stroke="{_GRID}" />'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="{_INK}">{pct}%</text>'
        )
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    parts.append(f'<polyline fill="none" stroke="{_BAR}" stroke-width="2.5" points="{path}" />')
    for (x, y), p in zip(coords, points, strict=True):
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{_BAR}" />'
            f'<text x="{x:.1f}" y="{top + height + 20}" font-size="11" text-anchor="middle" '
            f'fill="{_INK}">{escape(p["month"].strftime("%b"))}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
