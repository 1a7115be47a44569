"""Assertions shared by the rule tests: words that must stay in, or be gone from, the output."""

from __future__ import annotations

from quizzes.anonymize import anonymize


def assert_kept(post: str, *words: str) -> None:
    out = anonymize(post).text
    for w in words:
        assert w in out, (w, out)


def assert_gone(post: str, *words: str) -> None:
    out = anonymize(post).text
    for w in words:
        assert w not in out, (w, out)
