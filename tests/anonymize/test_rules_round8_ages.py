"""Issue 19, eighth round: ages over 89 told by their context (HIPAA Safe Harbor).

Ages 90+ next to a patient or kinship word, with an age unit in the poster's language, as a
handover apposition, or opening "<age> and still …" after a person is named; birth years in
French, Afrikaans, Malay, Tagalog and Swahili that reveal an age over 89. Ages under 90 and
clinical numbers (sats, pulse, doses, beds, durations, counts, years) stay.

Every example is invented for this test; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from quizzes.anonymize import anonymize


def _ages(post: str) -> list[tuple[str, str]]:
    return [(f.type, f.original) for f in anonymize(post).findings if f.type in ("AGE", "DATE")]


FOUND = [
    # a patient word right before the number: ambulance call-outs, handovers
    ("Crew 4 to the flats on the corner, pt 93 fall, lives alone", ("AGE", "93")),
    ("Job on the high street, Pt 102, chest pain, wife on scene", ("AGE", "102")),
    ("Ambulans ke rumah flat, pesakit 94 sesak nafas, anak di rumah", ("AGE", "94")),
    ("pt 96 in cubicle 2 just beat me at cards again", ("AGE", "96")),
    # a kinship word, a name maybe, and an age unit in many languages
    ("Terima kasih misi, Nenek 97 tahun dah boleh jalan sikit", ("AGE", "97")),
    ("Salamat po sa nurses, si Lola 92 taon na pero malakas pa", ("AGE", "92")),
    ("Nani ji 91 saal ki ho gayi aur ab bhi chai khud banati hain", ("AGE", "91")),
    ("ons Oupa Koos, 94 jaar, is gister huis toe", ("AGE", "94")),
    ("shukran to the nurses who looked after our shosho, 99 years", ("AGE", "99")),
    ("Bibi yangu ana miaka 96 na bado anatembea", ("AGE", "96")),
    ("95 saal ke Dada ji ne aaj walker chhod diya", ("AGE", "95")),
    # "<age> and still …" opening a clause after a person was named
    ("Thank you Ward 7 for looking after Granny Peg. 93 and still cheeky!", ("AGE", "93")),
    ("Grandad Tom discharged home. 91, ex-miner, told the HCA off for fussing", ("AGE", "91")),
    ("Mrs Enid Burrow, bay 3, new hip, 95 and loves a custard cream", ("AGE", "95")),
    ("Baie dankie vir Ouma Sannie se versorging. 98 en nog sterk!", ("AGE", "98")),
    # a bare handover field after the patient's title and name
    ("Bed 3 Mr Goh Beng Huat, NRIC S1928374B, 90, UTI, on ceftriaxone", ("AGE", "90")),
    # birth years that reveal an age over 89
    ("Ch. 12 M. Tremblay, né en 1930, Tylenol prn", ("DATE", "1930")),
    ("Oupa is gebore in 1929 en nog fiks", ("DATE", "1929")),
    ("Atok lahir tahun 1932, masih kuat", ("DATE", "1932")),
]


@pytest.mark.parametrize(("post", "span"), FOUND)
def test_old_age_in_context_is_found(post: str, span: tuple[str, str]) -> None:
    assert span in _ages(post)


KEPT = [
    # ages under 90 are not identifiers
    "pt 87 fall, lives alone, key safe on the left",
    "Nenek 85 tahun pun still cheerful",
    "Nan Betty. 88 and still sharp as a tack",
    "Mrs Ng Siew Lan, NRIC S1234567D, 84, CAP",
    "Oupa is gebore in 1960 en nog fiks",
    # clinical numbers next to the same cue words
    "sats 92% on RA, HR 96, BP 110/70, paracetamol 95 mg",
    "pt 92 on RA this morning, pt 90 mins post-op, PT 95 seconds",
    "bed 94, ward 92, room 91, bus 96 is late again",
    "temp 98.6F, weight on the 95th centile",
    "since 1990 we have been in the top 100, fee £95",
    "90 patients today and 94 calls before lunch",
    "Mrs Jones, HR 110, 92, 18, apyrexial",
    "Mum's ok. Trolley wait, 95 and counting, still no bed",
    "ate 95 jelly babies on nights, pop 96 of the bubble wrap",
    "our mission hospital, 100 years of nursing in the valley",
    "Dadi ke liye 90 saal purana ghar bech diya",
]


@pytest.mark.parametrize("post", KEPT)
def test_clinical_numbers_and_younger_ages_are_kept(post: str) -> None:
    assert not [s for s in _ages(post) if s[0] == "AGE" or s[1] in ("1960", "1990")], post
