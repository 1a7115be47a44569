"""The one tokenizer for "spot the identifiers" questions.

A token is a run of non-space characters, so punctuation stays attached to its word ("Oct 3rd,"
is two tokens: "Oct" and "3rd,"). The learner selects tokens; the key is a list of token indexes.
The same function splits the text for the learner page, the API and the curriculum loader, so an
index means the same thing everywhere. Case text never changes once a question has attempts (the
loader versions edited cases), so stored indexes stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RX = re.compile(r"\S+")
PLACEHOLDER_RX = re.compile(r"^\W*\[[A-Z]+(?:_[A-Z]+)*(?:_\d+)?\]\W*$")


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    text: str
    start: int
    end: int

    @property
    def is_placeholder(self) -> bool:
        return bool(PLACEHOLDER_RX.match(self.text))


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into whitespace-separated tokens with their character offsets."""
    return [
        Token(index=i, text=m.group(), start=m.start(), end=m.end())
        for i, m in enumerate(TOKEN_RX.finditer(text or ""))
    ]


def _collapse(text: str) -> tuple[str, list[int]]:
    """Lower-case ``text`` with whitespace runs collapsed; map each output char to its source."""
    out: list[str] = []
    where: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch.casefold() if len(ch.casefold()) == 1 else ch)
        where.append(i)
    return "".join(out), where


def phrase_token_indexes(text: str, phrase: str) -> list[int] | None:
    """Indexes of the tokens that the first occurrence of ``phrase`` overlaps, or None.

    An exact match is preferred; otherwise the match ignores case and runs of whitespace.
    """
    phrase = (phrase or "").strip()
    if not phrase:
        return None
    start = text.find(phrase)
    if start >= 0:
        end = start + len(phrase)
    else:
        hay, where = _collapse(text)
        needle, _ = _collapse(phrase)
        pos = hay.find(needle)
        if pos < 0:
            return None
        start, end = where[pos], where[pos + len(needle) - 1] + 1
    return [t.index for t in tokenize(text) if t.start < end and t.end > start]
