"""Anonymizing twice finds nothing new: what a second pass would still catch (a place named
right after a detected place or facility, "at Radiance Skin Studio, Ikoyi") is caught by the
first. The curriculum loader re-checks every case's anonymized text and refuses one that still
shows an identifier, so a miss here breaks `make run`.

Generic examples written for the test, not taken from an evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quizzes.anonymize import anonymize

CASES = sorted((Path(__file__).resolve().parents[2] / "content/curriculum/cases").glob("*.yaml"))

AFTER_A_PLACE = [
    ("Book your consultation at Radiant Aesthetics Studio, Lekki. DM to book", "Lekki"),
    ("She was moved to Mercy General, Dayton last night", "Dayton"),
    ("our pop-up clinic at Westfield Mall, Kotara on Saturday", "Kotara"),
]


@pytest.mark.parametrize(("post", "place"), AFTER_A_PLACE)
def test_a_place_named_after_a_detected_place_is_removed(post: str, place: str) -> None:
    result = anonymize(post)
    assert place not in result.text
    assert anonymize(result.text).findings == []


@pytest.mark.parametrize(
    ("post", "word"),
    [
        ("Great team at St Vincent's Hospital, Thanks everyone", "Thanks"),
        ("Lovely day in Brisbane, Sunshine everywhere", "Sunshine"),
    ],
)
def test_an_english_word_after_a_place_stays(post: str, word: str) -> None:
    assert word in anonymize(post).text


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_curriculum_case_rechecks_clean(path: Path) -> None:
    case = yaml.safe_load(path.read_text())
    once = anonymize(case["raw_text"]).text
    accepted = {(a["type"], a["found"]) for a in case.get("accepted_findings") or []}
    left = [(f.type, f.original) for f in anonymize(once).findings]
    assert [f for f in left if f not in accepted] == []
