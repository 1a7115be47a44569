"""Issue 19: identifiers that got through on international posts, by class (not by example).

Each case names the identifier that must be gone and, where relevant, the words that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.anonymize import anonymize
from quizzes.anonymize.context import luhn_ok, medicare_au_ok, nhs_ok, verhoeff_ok
from quizzes.anonymize.evaluate import evaluate, load_corpus

HERE = Path(__file__).resolve().parent

# (post, identifiers that must not survive, words that must survive)
REMOVED = [
    # names that are ordinary words, in text and inside hashtags
    ("so proud of my girl faith, home at last #faithstrong", ["faith"], ["proud", "home"]),
    ("Update: Autumn is home!! #autumnwalks", ["Autumn", "autumn"], ["home"]),
    ("Me and Star from bed 3 doing puzzles", ["Star"], ["puzzles"]),
    ("Pearl's first day off the ventilator", ["Pearl"], ["ventilator"]),
    ("Hey Misty, can you check the obs in bay 2?", ["Misty"], ["obs"]),
    ("big love to Crystal, Ruby and Jade on the night shift", ["Crystal", "Ruby", "Jade"], []),
    ("Sage the tea lady at our hospital is a legend", ["Sage"], ["legend"]),
    ("Nurse Patience stayed late again", ["Patience"], ["stayed"]),
    ("Ms. Ho was discharged today", ["Ho"], ["discharged"]),
    # census / roster style names
    ("Board showed OKAFOR, E and LI, W in the side rooms", ["OKAFOR, E", "LI, W"], []),
    # facilities outside any gazetteer
    ("On nights at UBTH since 7pm, the ward is heaving", ["UBTH"], ["ward"]),
    ("Transferred to Royal Bolton and then home", ["Royal Bolton"], []),
    # non-US record numbers and national numbers
    ("Folder UBTH/21/00981 for theatre list", ["UBTH/21/00981"], ["theatre"]),
    ("Chase bloods for AB2-44197Q before ward round", ["AB2-44197Q"], ["bloods"]),
    ("UHID 88-1192-4 to be shifted to ICU", ["88-1192-4"], ["ICU"]),
    ("She wrote 943 476 5919 on the letter", ["943 476 5919"], ["letter"]),
    ("Uploaded 2345 6789 0124 with the claim", ["2345 6789 0124"], ["claim"]),
    ("ID 8001015009087 posted on a status", ["8001015009087"], []),
    ("NRIC T0123456J in the group chat", ["T0123456J"], []),
    ("PPS 7654321WA on the form", ["7654321WA"], []),
    # day-first and partial dates, never a fragment
    ("Can you swap my 24/12 long day?", ["24/12"], ["long day"]),
    ("Admitted 3.11. and home on 9.11.2026", ["3.11.", "9.11.2026"], []),
    ("Scan on 12/9 at the usual place", ["12/9", "/9"], ["usual"]),
    ("theatre list Thurs 10th, check consent", ["Thurs 10th"], ["consent"]),
    # phones after a phone word, in any country format
    ("Daughter hp 9123 4567, call after 6", ["9123 4567"], []),
    # Safe Harbor's year rule
    ("Pt born 1930 says the secret is porridge", ["1930"], ["porridge"]),
    ("DOB 3/14/1931 on the wristband", ["1931"], ["wristband"]),
    ("Mrs K (97) asked for her glasses", ["97"], ["glasses"]),
]


@pytest.mark.parametrize(("post", "gone", "kept"), REMOVED)
def test_international_identifier_removed(post: str, gone: list[str], kept: list[str]) -> None:
    out = anonymize(post).text
    for value in gone:
        assert value not in out, f"{value!r} leaked: {out!r}"
    for word in kept:
        assert word in out, f"{word!r} over-redacted: {out!r}"


KEPT = [
    "Hope you all had a good shift, summer rotas are out",
    "Pain 7/10. Given paracetamol.",
    "My insulin pump is on firmware 4.2. Anyone else?",
    "#hope #nurselife",
    "Our Faith and spirituality room is open 24/7",
    "for the 4th time today she asked for tea",
    "Pt born 1980 presented with chest pain",
    "Bishop score 8, plan for induction",
    "Sent the patient to the STD clinic",
]


@pytest.mark.parametrize("post", KEPT)
def test_ordinary_text_untouched(post: str) -> None:
    result = anonymize(post)
    assert result.text == post, [(f.original, f.reason) for f in result.findings]


def test_birth_year_over_89_is_not_kept_in_a_date_placeholder() -> None:
    assert anonymize("DOB 3/14/1931").text == "DOB [DATE]"
    assert anonymize("DOB 3/14/1981").text == "DOB [DATE_1981]"


def test_check_digit_algorithms() -> None:
    assert nhs_ok("9434765919") and not nhs_ok("9434765918")
    assert verhoeff_ok("234567890124") and not verhoeff_ok("234567890123")
    assert luhn_ok("8001015009087") and not luhn_ok("8001015009088")
    assert medicare_au_ok("2123456701") and not medicare_au_ok("2123456791")


def test_development_set_a_meets_the_targets() -> None:
    """Regression guard on the development set (set B is scored once, by hand, at the end)."""
    rep = evaluate(load_corpus(HERE / "intl_a.jsonl"))
    assert rep.overall().recall >= 0.96
    assert rep.zero_leak_share >= 0.92
    assert rep.clinical_share >= 0.95
