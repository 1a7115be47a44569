"""Rendered fragments every visitor of a page shares, with each visitor's own state filled in by
a cheap string step.

A first visit renders the page for one visitor, yet most of its HTML is the same for everyone:
a course's lesson list (the course page's list and the lesson page's outline), a lesson's body
between its reflection blocks. These are rendered once per worker and kept in process memory,
stamped with the content generation the request read with its route (content.shared): any
page, Site, view restriction, quiz or credit type change gives a new stamp, so a kept fragment
is used only while nothing it shows can have changed, on every worker, from the next request.

What belongs to the visitor (which lessons they have done, the lesson they are on, whether they
passed the final quiz) is never rendered into a kept fragment. The fragment holds markers in
its place (``{{ lesson.pk|visitor_mark:"tick" }}``, content_tags), and ``fill`` replaces each
marker with this visitor's value; a marker it does not know becomes "". Markers carry a random
per-process nonce, so text an author writes can never be taken for one.

Never kept: previews (draft content), requests without a known Site or content stamp (then the
fragment is rendered for the request, with the same markers, and filled the same way), and
anything when ``SHARED_CONTENT_CACHE`` is off. Bounded; cleared when full.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Collection
from typing import TypeVar

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from core.bounded import BoundedDict

from . import shared

T = TypeVar("T")
NONCE = secrets.token_hex(6)
_MARK = re.compile("\x02" + NONCE + r":([\w-]+):(\d+)\x03")
_KEPT: BoundedDict[tuple, tuple[str, object]] = BoundedDict(5_000)


def mark(kind: str, pk: int) -> SafeString:
    """The marker ``fill`` replaces with the visitor's ``kind`` value for object ``pk``."""
    return mark_safe(f"\x02{NONCE}:{kind}:{int(pk)}\x03")


def kept(request: HttpRequest | None, key: tuple, render: Callable[[], T]) -> T:
    """``render()``'s value (rendered HTML, or parts of it), kept for every visitor of this Site
    under ``key`` while the content generation the request read holds (rendered for this request
    only when it cannot be kept). What is kept is shared in memory: never change it."""
    if request is None or not shared.enabled() or getattr(request, "is_preview", False):
        return render()
    stamp = getattr(request, shared._GENERATION, None)
    site = getattr(request, "_wagtail_site", None)
    if stamp is None or site is None:
        return render()
    full_key = (site.pk, *key)
    found = _KEPT.get(full_key)
    if found is not None and found[0] == stamp:
        return found[1]  # type: ignore[return-value]
    value = render()
    _KEPT.put(full_key, (stamp, value))
    return value


# What each marker becomes for a visitor: (value when true, value when false). The lesson
# list's markers are true for a lesson done ("done"), the current lesson ("current") or a passed
# final quiz ("passed").
_VALUES = {
    "li": ("done", "is-done"),
    "current": ("current", " is-current"),
    "tick": ("done", "✓"),
    "aria-current": ("current", ' aria-current="step"'),
    "done-note": ("done", '<span class="visually-hidden"> (completed)</span>'),
    "course-done-note": ("done", '<span class="visually-hidden">(completed)</span>'),
    "quiz-li": ("passed", " is-done"),
    "quiz-tick": ("passed", "✓"),
    "quiz-note": ("passed", '<span class="visually-hidden"> (passed)</span>'),
}


def fill(
    html: str,
    *,
    done_ids: Collection[int] = (),
    current_id: int | None = None,
    quiz_passed: bool = False,
) -> SafeString:
    """The fragment with this visitor's values in place of its markers."""

    def value(match: re.Match) -> str:
        kind, pk = match.group(1), int(match.group(2))
        rule = _VALUES.get(kind)
        if rule is None:
            return ""
        test, text = rule
        if test == "done":
            on = pk in done_ids
        elif test == "current":
            on = pk == current_id
        else:
            on = quiz_passed
        return text if on else ""

    return mark_safe(_MARK.sub(value, html))
