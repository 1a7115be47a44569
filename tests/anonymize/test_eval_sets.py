"""Issue 19: the committed international sets C to G, J, K, M and O are exactly what their marked-up
sources build.

The set must not drift from ``intl_c_posts.py`` (offsets are computed, never typed), spans must
not overlap, and every identifier label must be one the scorer knows.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from tests.anonymize.build_corpus import TYPES, parse
from tests.anonymize.intl_c_posts import INTL_C
from tests.anonymize.intl_d_posts import INTL_D
from tests.anonymize.intl_e_posts import INTL_E
from tests.anonymize.intl_f_posts import INTL_F
from tests.anonymize.intl_g_posts import INTL_G
from tests.anonymize.intl_j_posts import INTL_J
from tests.anonymize.intl_k_posts import INTL_K
from tests.anonymize.intl_m_posts import INTL_M
from tests.anonymize.intl_o_posts import INTL_O

HERE = Path(__file__).resolve().parent
PLATFORMS = {"reddit", "x", "tiktok", "facebook", "whatsapp", "linkedin", "instagram"}
SETS = [
    ("intl_c.jsonl", "ic", INTL_C, 173),
    ("intl_d.jsonl", "id", INTL_D, 172),
    ("intl_e.jsonl", "ie", INTL_E, 180),
    ("intl_f.jsonl", "if", INTL_F, 180),
    ("intl_g.jsonl", "ig", INTL_G, 180),
    ("intl_j.jsonl", "ij", INTL_J, 180),
    ("intl_k.jsonl", "ik", INTL_K, 180),
    ("intl_m.jsonl", "im", INTL_M, 180),
    ("intl_o.jsonl", "io", INTL_O, 180),
]


@pytest.mark.parametrize(("name", "prefix", "posts", "size"), SETS)
def test_set_file_matches_its_source(
    name: str, prefix: str, posts: list[tuple[str, str]], size: int
) -> None:
    rows = [json.loads(line) for line in (HERE / name).read_text("utf-8").splitlines()]
    assert len(rows) == len(posts) == size
    for i, (row, (platform, marked)) in enumerate(zip(rows, posts, strict=True), 1):
        text, spans, terms = parse(marked)
        assert row == {
            "id": f"{prefix}-{i:03d}",
            "platform": platform,
            "text": text,
            "spans": spans,
            "clinical_terms": terms,
        }


@pytest.mark.parametrize(("name", "prefix", "posts", "size"), SETS)
def test_set_spans_are_well_formed(
    name: str, prefix: str, posts: list[tuple[str, str]], size: int
) -> None:
    texts = set()
    for platform, marked in posts:
        text, spans, terms = parse(marked)
        assert platform in PLATFORMS, platform
        assert "{{" not in text and "[[" not in text, text
        assert text not in texts, f"duplicate post: {text!r}"
        texts.add(text)
        ordered = sorted(spans, key=lambda s: s["start"])
        for a, b in pairwise(ordered):
            assert a["end"] <= b["start"], f"overlapping spans in {text!r}"
        for s in spans:
            assert s["type"] in TYPES, s
            assert 0 <= s["start"] < s["end"] <= len(text)
        for term in terms:
            assert term in text


def test_the_writers_checker_passes_every_set_and_names_what_is_wrong() -> None:
    from tests.anonymize.check_set import problems

    for _, _, posts, _ in SETS:
        assert problems(posts)[2] == []
    bad = [
        ("myspace", "{{NAME:Jo}} at [[ED]]"),
        ("x", "{{PERSON: Jo}} and {{DATE:1/2 [[x]]}}"),
        ("x", "{{PERSON: Jo}} and {{DATE:1/2 [[x]]}}"),
    ]
    assert problems(bad)[2] == [
        "post 1: platform 'myspace'",
        "post 1: unknown type NAME",
        "post 2: stray or nested brackets",
        "post 2: span with outer spaces ' Jo'",
        "post 3: stray or nested brackets",
        "post 3: duplicate",
        "post 3: span with outer spaces ' Jo'",
    ]
