"""``patterns.literal_alternation``: a prefix tree that matches exactly what the plain
alternation of the words, longest first, matches (issue 19, speed part)."""

from __future__ import annotations

import regex

from quizzes.anonymize.lexicon import get_lexicon
from quizzes.anonymize.patterns import literal_alternation

WORDS = ["gran", "granny", "grandma", "grandpa", "nan", "nana", "big sis", "b/o", "ta", "tá"]
TEXTS = [
    "my granny Joy, gran Rose and GRANDMA bea",
    "nana Ama, nan Kay and a nanny",
    "big sis Ifeoma; Big  Sis Tola; b/o Mary",
    "gran ny Bob, granny's hat, grandpapa Joe",
    "Tá Bui and ta Ana",
    "",
]


def _plain(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _matches(source: str, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    pat = regex.compile(r"\b(?:" + source + r")\s+(?P<n>\p{L}+)", regex.I)
    return [(m.span(), m.groupdict()) for m in pat.finditer(text)]


def test_same_matches_as_the_longest_first_alternation() -> None:
    tree = literal_alternation(WORDS)
    assert tree != _plain(WORDS)  # it is a tree, not the same alternation
    for text in TEXTS:
        assert _matches(tree, text) == _matches(_plain(WORDS), text), text


def test_the_kinship_list_matches_the_same_on_every_labelled_post() -> None:
    from pathlib import Path

    from quizzes.anonymize.evaluate import load_corpus

    kin = sorted(get_lexicon().kinship)
    tree, plain = literal_alternation(kin), _plain(kin)
    for path in sorted(Path(__file__).parent.glob("*.jsonl")):
        for row in load_corpus(path):
            assert _matches(tree, row["text"]) == _matches(plain, row["text"])


def test_words_differing_only_in_case_fall_back_to_the_plain_alternation() -> None:
    assert literal_alternation(["Ka", "kab"]) == _plain(["Ka", "kab"])


def test_no_words_match_nothing() -> None:
    assert regex.search(literal_alternation([]), "anything") is None
