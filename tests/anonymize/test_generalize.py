"""Issue 19, second round: context rules and structured identifiers added with the NER layer.

One case per kind of rule (generic examples written for the test, not taken from an evaluation
set): what must be gone, and what must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.anonymize import Anonymizer, anonymize
from quizzes.anonymize.evaluate import evaluate, load_corpus

HERE = Path(__file__).resolve().parent

REMOVED = [
    # names in name positions
    ("Blood needed for Baby of Folake at the unit", ["Folake"], ["Blood needed"]),
    ("Breeze from Ashby turned 12 on the ward today", ["Breeze", "Ashby"], ["ward"]),
    ("Dusty from Kirkwall was 40 when she came in", ["Dusty", "Kirkwall"], []),
    ("so grateful for bringing our Naomi into the world", ["Naomi"], ["grateful"]),
    ("We nursed a man called Lucky Star last year", ["Lucky", "Star"], ["nursed"]),
    ("Ring Mrs de la Cruz's son about visiting", ["de la Cruz"], ["son", "visiting"]),
    ("Pebble, Sandy and Cliff in facilities, you rock", ["Pebble", "Sandy", "Cliff"], []),
    ("POV: Oisin aged 5 showing off his plaster", ["Oisin"], ["plaster"]),
    ("nights at the hospice with my girls Abena & Efua", ["Abena", "Efua"], ["nights"]),
    ("Thanks Temi, Bukola and Yewande for the cake", ["Temi", "Bukola", "Yewande"], ["cake"]),
    ("Can you swap my Sat for your Sun? ta. Maali", ["Maali"], ["swap"]),
    # roster styles
    ("Board: OKONJO, T. and PRICE, A.. in the side rooms", ["OKONJO, T.", "PRICE, A.."], []),
    ("Pt LIM, W K bed 4 for scope", ["LIM, W K"], ["scope"]),
    # facilities and places
    ("first night shift at the QEH done", ["the QEH"], ["night shift"]),
    ("queue outside the Alfred again", ["the Alfred"], ["queue"]),
    ("Stuck in Duchess of Kent since Monday", ["Duchess of Kent"], []),
    ("Graduated from College of Nursing Ibadan today", ["College of Nursing Ibadan"], []),
    ("someone posted it on a Mangere community page", ["Mangere"], ["community page"]),
    ("posted on the Dunmore mums group", ["Dunmore"], ["mums group"]),
    ("Mum is on ward 9 at Ashworth General", ["9", "Ashworth General"], []),
    # structured identifiers
    ("Cultures for KGH-5521-B before the round", ["KGH-5521-B"], ["Cultures"]),
    ("health card 4321 765 098 XY for the booking", ["4321 765 098 XY"], ["booking"]),
    ("Medical aid no ABC 77120019 declined the MRI", ["ABC 77120019"], ["MRI"]),
    ("my number is RN 8812345 on the register", ["RN 8812345"], ["register"]),
    ("address 14 Willow Grove, Swords, K67 Y2W3", ["14 Willow Grove", "K67 Y2W3"], []),
    # dates and ages
    ("pt to theatre 21.11, fasting from midnight", ["21.11"], ["fasting"]),
    ("Echo on 11/23 with the cardio team", ["11/23"], ["Echo"]),
    ("born 04/1930 and still sharp", ["04/1930", "1930"], ["sharp"]),
    ("Happy 101st to our oldest resident!", ["101st"], ["oldest resident"]),
    ("Grandad. 96 and still dancing", ["96"], ["dancing"]),
]


@pytest.mark.parametrize(("post", "gone", "kept"), REMOVED)
def test_identifier_removed(post: str, gone: list[str], kept: list[str]) -> None:
    out = anonymize(post).text
    for value in gone:
        assert value not in out, f"{value!r} leaked: {out!r}"
    for word in kept:
        assert word in out, f"{word!r} over-redacted: {out!r}"


KEPT = [
    "Any nurses sitting the OSCE in March? Need a study buddy.",
    "March for safe staffing this Saturday, bring a flask",
    "May I ask how you all cope with nights?",
    "Bilingual Welsh signage really helps our patients",
    "Moved to Ontario last year and love it",
    "Completed my Diploma in wound care",
    "Our Faith and spirituality room is open 24/7",
    "Tag a friend who needs to hear this",
    "PRAYERS FOR EVERYONE ON NIGHTS, STILL IN THE ICU",
    "Flag it to the CNM and fill in a Datix",
    "Sent TTOs from pharmacy at 4pm",
    "Reg told me to chase the bloods",
]


@pytest.mark.parametrize("post", KEPT)
def test_ordinary_text_untouched(post: str) -> None:
    result = anonymize(post)
    assert result.text == post, [(f.original, f.recognizer, f.reason) for f in result.findings]


def test_ward_number_is_replaced_even_beside_a_name_alone() -> None:
    # round 5 (2026-12-06): sets D-F label every ward number, so it goes with or without a
    # hospital in the post (it was kept beside a name alone before)
    assert anonymize("Kemi on ward 5 is a saint").text == "[PERSON_1] on ward [ROOM_1] is a saint"
    assert anonymize("Kemi on ward 5 at Ashworth General").text == (
        "[PERSON_1] on ward [ROOM_1] at [HOSPITAL_1]"
    )


def test_follow_up_in_a_month_is_still_a_date() -> None:
    assert anonymize("Follow-up in June.").text == "Follow-up in [DATE]."


def test_month_year_keeps_a_young_year_and_drops_an_old_one() -> None:
    assert anonymize("DOB 04/1981 on the band").text == "DOB [DATE_1981] on the band"
    assert anonymize("DOB 04/1930 on the band").text == "DOB [DATE] on the band"


def test_ordinal_age_placeholder_reads_naturally() -> None:
    assert anonymize("Happy 104th Nana!").text.startswith("Happy 90 or older ")


@pytest.mark.parametrize(
    ("name", "recall", "zero_leak", "keep"),
    [
        # development sets: thresholds at what the engine reached on 2026-12-06 00:40 UTC, not above
        # keep 0.97 on A and B since round 5: their "X on ward 5 is a saint" keeps the ward
        # number that sets D-G label as an identifier
        ("intl_a.jsonl", 0.978, 0.95, 0.97),
        ("intl_b.jsonl", 0.99, 0.98, 0.97),
        ("intl_c.jsonl", 0.965, 0.93, 0.98),
        ("intl_d.jsonl", 0.954, 0.89, 0.935),
        ("intl_e.jsonl", 0.945, 0.87, 0.98),
    ],
)
def test_development_sets(name: str, recall: float, zero_leak: float, keep: float) -> None:
    rep = evaluate(load_corpus(HERE / name), Anonymizer())
    assert rep.overall().recall >= recall
    assert rep.zero_leak_share >= zero_leak
    assert rep.clinical_share >= keep


def test_role_word_before_a_name_and_ward_number_before_bed() -> None:
    assert anonymize("Physio Jack got her walking again").text == (
        "Physio [PERSON_1] got her walking again"
    )
    assert anonymize("Pt LIM, W K ward 64 bed 21 at Ashworth General").text == (
        "Pt [PERSON_1] ward [ROOM_1] [BED_1] at [HOSPITAL_1]"
    )
