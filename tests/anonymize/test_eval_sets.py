"""Issue 19: the committed international set C is exactly what its marked-up source builds.

The set must not drift from ``intl_c_posts.py`` (offsets are computed, never typed), spans must
not overlap, and every identifier label must be one the scorer knows.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

from tests.anonymize.build_corpus import TYPES, parse
from tests.anonymize.intl_c_posts import INTL_C

HERE = Path(__file__).resolve().parent
PLATFORMS = {"reddit", "x", "tiktok", "facebook", "whatsapp", "linkedin", "instagram"}


def test_set_c_file_matches_its_source() -> None:
    rows = [json.loads(line) for line in (HERE / "intl_c.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == len(INTL_C) == 173
    for i, (row, (platform, marked)) in enumerate(zip(rows, INTL_C, strict=True), 1):
        text, spans, terms = parse(marked)
        assert row == {
            "id": f"ic-{i:03d}",
            "platform": platform,
            "text": text,
            "spans": spans,
            "clinical_terms": terms,
        }


def test_set_c_spans_are_well_formed() -> None:
    texts = set()
    for platform, marked in INTL_C:
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
