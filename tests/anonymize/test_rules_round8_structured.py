"""Issue 19, eighth round (structured): plates, relatives' phones and register numbers written
with cue words in the poster's language (Malay, Tagalog, English mixed in).

Every example is invented for this test (names, numbers, plates); none is taken from an
evaluation set. Each class has look-alikes that must stay untouched.
"""

from __future__ import annotations

import pytest

from quizzes.anonymize import anonymize


def _types(post: str) -> list[tuple[str, str]]:
    return [(f.type, f.original) for f in anonymize(post).findings]


# ----------------------------------------------------------------------------- plates
PLATES = [
    ("Kereta BKT 3071 parked depan pintu kecemasan, tolong alihkan", "BKT 3071"),
    ("motor VBN 2210 parked tepi bay ambulans, siapa punya?", "VBN 2210"),
    ("teksi HWA 6619 tunggu pesakit discaj", "HWA 6619"),
    ("Plate ng jeep na nakaparada TAB 9031, pakiusog po", "TAB 9031"),
    ("Plaka ng tricycle DKL 2276 ang nakaharang sa gate", "DKL 2276"),
    ("sasakyan ZRM 804 naiwan sa parking ng ospital", "ZRM 804"),
    ("trotro GR 4417-21 blocked the ambulance bay again", "GR 4417-21"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "plate"), PLATES)
def test_plate_after_a_vehicle_word_in_the_posters_language(post: str, plate: str) -> None:
    assert ("VEHICLE", plate) in _types(post)
    assert plate not in anonymize(post).text


PLATE_LOOKALIKES = [
    ("Kereta sampai pukul 10 pagi, pesakit Augmentin 625mg TDS", ["625mg", "10"]),
    ("naik motor ke wad 12 katil 4, BP 130/80", ["130/80"]),
    ("Sakay ng jeep papuntang ospital, COVID 19 ward, Band 5 na", ["COVID 19", "Band 5"]),
    ("took the bus 174 to Level 4 theatre, cost RM 12", ["bus 174", "Level 4"]),
    ("van sapu dah sampai 2024, pesakit stabil", ["2024"]),
]  # fmt: skip


@pytest.mark.parametrize(("post", "kept"), PLATE_LOOKALIKES)
def test_clinical_numbers_near_a_vehicle_word_stay(post: str, kept: list[str]) -> None:
    out = anonymize(post).text
    assert "[VEHICLE" not in out
    for k in kept:
        assert k in out


# ----------------------------------------------------------------------------- phones
KIN_PHONES = [
    ("Bed 7 Mr Lim, NOK: Daughter Siew Lan 9634 1187 pls update", "9634 1187"),
    ("Husband Rajesh 8277 3094 will collect after discharge", "8277 3094"),
    ("son Ah Kow Wei 6123 4098 stays nearby", "6123 4098"),
    ("anak Farid 9012 7731 datang petang", "9012 7731"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "phone"), KIN_PHONES)
def test_local_number_after_a_relatives_name_is_a_phone(post: str, phone: str) -> None:
    assert ("PHONE", phone) in _types(post)
    assert phone not in anonymize(post).text


KIN_LOOKALIKES = [
    ("Son Marcus visited at 1930, BP 128/76, HR 82", ["1930", "128/76", "82"]),
    ("daughter Priya says 2 units given, Hb 8.9", ["2 units", "8.9"]),
    ("wife Grace paid 1200 dollars for meds", ["1200"]),
]  # fmt: skip


@pytest.mark.parametrize(("post", "kept"), KIN_LOOKALIKES)
def test_short_numbers_after_a_relatives_name_stay(post: str, kept: list[str]) -> None:
    out = anonymize(post).text
    assert "[PHONE" not in out
    for k in kept:
        assert k in out


# ----------------------------------------------------------------------------- licences
LICENCES = [
    ("Appointed Sister at Hospital Sultanah Aminah, Lembaga Jururawat Malaysia reg LJM 093318",
     "LJM 093318"),
    ("Medical Council of New Zealand reg no 71204 confirmed this week", "71204"),
    ("Nursing Council of Kenya licence 448102 renewed!", "448102"),
    ("MDC reg 48213, happy to help with locum cover", "48213"),
    ("PRC license 0417726, now a RN in Quezon City", "0417726"),
    ("MMC registration 61733 and APC for 2027 done", "61733"),
    ("SANC no 14099215 renewed for the year", "14099215"),
    ("KMPDC reg A7751 finally through", "A7751"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "code"), LICENCES)
def test_register_number_after_a_council_or_board_is_a_licence(post: str, code: str) -> None:
    assert ("LICENSE", code) in _types(post)
    assert code not in anonymize(post).text


LICENCE_LOOKALIKES = [
    ("Board meeting at 1400 on Level 4, Band 5 posts discussed", ["1400", "Level 4", "Band 5"]),
    ("Nursing Council of New Zealand fees went up to 2027 rates", ["2027"]),
    ("Council approved 12 new beds in Ward 3B", ["12 new beds"]),
]  # fmt: skip


@pytest.mark.parametrize(("post", "kept"), LICENCE_LOOKALIKES)
def test_council_words_without_a_register_number_keep_their_numbers(
    post: str, kept: list[str]
) -> None:
    out = anonymize(post).text
    assert "[LICENSE" not in out
    for k in kept:
        assert k in out
