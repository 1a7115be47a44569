"""Issue 19, seventh round (drugs): medicines and specialties taken for names.

A drug brand capitalised mid-sentence looks like a name to the NER model ("started on Tazocin",
"gave her Brufen"), and a specialty after "to" looks like a place ("came to Emergency
Medicine"). Every example is written for this test (invented names, numbers and places), none
is taken from an evaluation set; look-alikes (a person beside a drug, a drug word that is also a
surname after a title) must still be replaced.
"""

from __future__ import annotations

import pytest

from quizzes.anonymize import anonymize
from quizzes.anonymize.lexicon import get_lexicon, medicines
from tests.anonymize.kept import assert_gone as _gone
from tests.anonymize.kept import assert_kept as _kept

# ------------------------------------------------------------------------------ medicines
MEDICINES = [
    ("started on Tazocin and Clexane overnight, reg happy", ["Tazocin", "Clexane"]),
    ("gave her Brufen at 2 and Oramorph at 4, still sore", ["Brufen", "Oramorph"]),
    ("Ventolin and Seretide at home, Symbicort on the ward", ["Ventolin", "Seretide", "Symbicort"]),
    ("she was on Keppra, Epilim and Tegretol before the fit", ["Keppra", "Epilim", "Tegretol"]),
    (
        "Paracetamol and Buscopan given, Maxolon useless, then Cyclizine",
        ["Paracetamol", "Buscopan", "Maxolon", "Cyclizine"],
    ),
    ("Pt on Fragmin and Xarelto, changed to Tinzaparin at 6", ["Fragmin", "Xarelto", "Tinzaparin"]),
    (
        "Cefuroxime then Flucloxacillin, Nexium and Losec in the locker",
        ["Cefuroxime", "Flucloxacillin", "Nexium", "Losec"],
    ),
    ("Crocin and Dolo for the fever, Combiflam for the headache", ["Crocin", "Dolo", "Combiflam"]),
    ("Biogesic and Neozep lang, then Calpol for the baby", ["Biogesic", "Neozep", "Calpol"]),
    ("TAZOCIN STARTED. tazocin and clexane charted by the SHO", ["TAZOCIN", "tazocin", "clexane"]),
    (
        "Panado and Disprin from the chemist, Myprodol for the knee",
        ["Panado", "Disprin", "Myprodol"],
    ),
    (
        "Lantus at night, NovoRapid with meals, Actrapid sliding scale",
        ["Lantus", "NovoRapid", "Actrapid"],
    ),
    ("Haldol 2mg then Zyprexa, Seroquel at night", ["Haldol", "Zyprexa", "Seroquel"]),
    ("Hartmann's running at 125, Plasmalyte next", ["Hartmann's", "Plasmalyte"]),
]


@pytest.mark.parametrize(("post", "words"), MEDICINES)
def test_medicine_names_stay(post: str, words: list[str]) -> None:
    _kept(post, *words)


def test_a_medicine_in_a_hashtag_stays() -> None:
    _kept("night from hell #Clexane #Tazocin", "#Clexane", "#Tazocin")


def test_a_person_beside_a_drug_is_still_replaced() -> None:
    out = anonymize("Mrs Okafor on Augmentin since Tuesday").text
    assert "Augmentin" in out and "Okafor" not in out, out


def test_a_doctor_charting_a_drug_is_still_replaced() -> None:
    out = anonymize("tazocin charted by Dr Mensah at 3am").text
    assert "tazocin" in out and "Mensah" not in out, out


def test_a_drug_word_that_is_a_surname_after_a_title_is_a_name() -> None:
    _gone("Mr Fragmin in bed 4 refused his obs", "Fragmin")


def test_a_drug_word_that_is_a_name_beside_another_name_is_a_name() -> None:
    _gone("handed over to Senna Okafor at 8", "Senna", "Okafor")


def test_a_baby_named_after_the_drug_sentence_is_replaced() -> None:
    _gone("Calpol for baby Amara, she settled", "Amara")


def test_common_names_are_not_on_the_medicine_list() -> None:
    lex = get_lexicon()
    named = {w for w in medicines() if w in lex.all_first}
    assert named == set(), named
    for surname in ("herron", "razo", "hartmann"):
        assert surname not in medicines()


# ---------------------------------------------------------------------------- specialties
SPECIALTIES = [
    ("she came to Emergency Medicine from the wards", "Emergency Medicine"),
    ("matched into Internal Medicine at last!!", "Internal Medicine"),
    ("moved to Mental Health after 3 years in theatres", "Mental Health"),
    ("referred to General Surgery and Geriatric Medicine", "General Surgery"),
    ("rotating to Paediatrics in August", "Paediatrics"),
    ("Family Medicine residency in year 2", "Family Medicine"),
]


@pytest.mark.parametrize(("post", "phrase"), SPECIALTIES)
def test_specialties_stay(post: str, phrase: str) -> None:
    _kept(post, phrase)


def test_a_specialty_hashtag_stays() -> None:
    _kept("first week done #EmergencyMedicine", "#EmergencyMedicine")


def test_a_town_after_a_specialty_is_still_replaced() -> None:
    _gone("moved to Mental Health, then Paediatrics in Ballarat", "Ballarat")
