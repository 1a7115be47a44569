"""Text normalisation for detection, with a map back to the original offsets.

Detection runs on an NFKC-normalised copy (fancy "𝗯𝗼𝗹𝗱" Unicode letters, full-width digits,
curly apostrophes, zero-width characters used to dodge filters), but findings must point into the
original text, so every normalised character remembers the original slice it came from.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import regex

_PUNCT_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2010": "-",
    "\u2011": "-",
}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

# Placeholders we (or an earlier pass) produced. They are masked before detection so that
# re-anonymizing anonymized text finds nothing new.
PLACEHOLDER_RX = regex.compile(r"\[[A-Z]+(?:_[A-Z]+)*(?:_\d+)?\]|\b90 or older\b")
MASK_CHAR = "\u2591"


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    # starts[i]/ends[i]: slice of the original text that produced normalised char i.
    # None means the identity mapping (the common, pure-ASCII case).
    starts: list[int] | None = None
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]


_SPECIAL = frozenset(_PUNCT_MAP) | _DROP


def _needs_work(text: str) -> bool:
    if text.isascii():
        return False
    # emoji and accented letters are usually already NFKC: skip the per-character walk
    return not unicodedata.is_normalized("NFKC", text) or not _SPECIAL.isdisjoint(text)


def normalize(text: str) -> Normalized:
    if not _needs_work(text):
        return Normalized(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        # keep a base character together with its combining marks so NFKC can compose them
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _DROP:
            i = j
            continue
        piece = _PUNCT_MAP.get(cluster)
        if piece is None:
            piece = unicodedata.normalize("NFKC", cluster)
        for ch in piece:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized("".join(out), starts, ends)


def mask_placeholders(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Replace existing placeholders with a neutral same-length run (not a word, not a space)."""
    spans = [(m.start(), m.end()) for m in PLACEHOLDER_RX.finditer(text)]
    if not spans:
        return text, spans
    chars = list(text)
    for s, e in spans:
        chars[s:e] = MASK_CHAR * (e - s)
    return "".join(chars), spans


@functools.lru_cache(maxsize=200_000)
def fold(value: str) -> str:
    """Case- and accent-insensitive key ("José", "JOSE", "jose" -> "jose")."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
