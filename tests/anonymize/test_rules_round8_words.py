"""Issue 19, eighth round (words): the balance between given names and everyday words.

Every post is invented for this test. Each class has both sides: what must be kept (regions,
organisations, code-switch words, kinship words, bare months, decimals) and what must still be
found (names, dates, addresses next to them).
"""

from __future__ import annotations

import pytest

from quizzes.anonymize import anonymize
from tests.anonymize.kept import assert_gone, assert_kept


def _types(post: str) -> list[tuple[str, str]]:
    return [(f.type, f.original) for f in anonymize(post).findings]


# ------------------------------------------------------------------ regions of the settings
REGIONS = [
    ("community job in Gwynedd is lonely, loads of mileage", "Gwynedd"),
    ("any nurses in Sindh getting the new allowance?", "Sindh"),
    ("posted to Kelantan for my housemanship, pray for me", "Kelantan"),
    ("rural health post in Marsabit, 3 nurses for the whole ward", "Marsabit"),
    ("locum work in Pangasinan pays less than Manila", "Pangasinan"),
    ("moving from Otago for a job up north, any tips?", "Otago"),
    ("Anambra hospitals are short of midwives again", "Anambra"),
    ("MO posting in a Lembah Klang hospital here, no rest", "Lembah Klang"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "region"), REGIONS)
def test_a_region_of_the_settings_is_kept(post: str, region: str) -> None:
    assert_kept(post, region)


def test_a_state_at_the_end_of_a_postal_address_goes_with_it() -> None:
    post = "Ambulans ke No. 7, Jalan Kenanga 2/4, Taman Mewah, 81200 Johor Bahru, Johor, pesakit 80"
    assert_gone(post, "Kenanga", "81200", "Johor")


def test_a_hospital_called_by_its_town_is_still_a_facility() -> None:
    assert_gone("she is in room 6 at Taranaki Base Hospital tonight", "Taranaki Base")


# ------------------------------------------------------------------------ organisations
ORGANISATIONS = [
    ("Registered with the Tamil Nadu Nurses and Midwives Council last year",
     "Nurses and Midwives Council"),
    ("Grateful to the Limpopo DoH team for the support", "Limpopo DoH"),
    ("Registered with Lembaga Jururawat Malaysia since 2019", "Lembaga Jururawat Malaysia"),
    ("Started as Registrar in the Directorate of Medicine this week", "Directorate of Medicine"),
    ("Sijil Kejururawatan done, alhamdulillah!", "Sijil Kejururawatan"),
    ("PM-JAY card accepted at the counter, no cash needed", "PM-JAY"),
    ("waiting times under Sláintecare are no better", "Sláintecare"),
    ("the WRHA says more nurses are coming", "WRHA"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "kept"), ORGANISATIONS)
def test_an_organisation_or_programme_is_kept(post: str, kept: str) -> None:
    assert_kept(post, kept)


def test_a_name_beside_an_organisation_is_still_found() -> None:
    post = "Registered with the Kerala Nurses and Midwives Council. Thanks to Dr Anil Varghese"
    assert_kept(post, "Nurses and Midwives Council")
    assert_gone(post, "Anil Varghese")


# ------------------------------------------------------------------- code-switch words
CODE_SWITCH = [
    ("Nani 88 saal ki hain aur ab ghar hain", "saal"),
    ("Papa ji ko discharge mil gaya 🙏", "ji"),
    ("Asanteni sana kwa wote, night shift ilikuwa ngumu", "Asanteni sana"),
    ("shift ya usiku ni ngumu sana", "usiku"),
    ("nurse ako sa isang hospital sa probinsya, lalo na pag night shift", "lalo"),
    ("boss cakap sabar je, sabar sampai bila?", "sabar"),
    ("Baie dankie vir die personeel, Ouma is huis toe", "vir die personeel"),
    ("1 uncle who ate 12 gulab jamun on Diwali", "gulab jamun"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "kept"), CODE_SWITCH)
def test_an_everyday_word_of_another_language_is_kept(post: str, kept: str) -> None:
    assert_kept(post, kept)


def test_kinship_words_are_kept_and_the_name_after_them_goes() -> None:
    assert_kept("Gogo gave me an orange after her bloods", "Gogo")
    post = "Apo Liza is the contact, 0917 555 2231"
    assert_kept(post, "Apo")
    assert_gone(post, "Liza", "0917 555 2231")


# --------------------------------------------------------------------------- dates
BARE_MONTHS = [
    "our clinic sees loads of tick bites every June",
    "pay rise promised since March and still nothing",
    "Trolleys everywhere and it's only September.",
]


@pytest.mark.parametrize("post", BARE_MONTHS)
def test_a_month_named_alone_is_no_date(post: str) -> None:
    assert not [t for t, _ in _types(post) if t == "DATE"], _types(post)


DATES = [
    ("admitted 14 June with a fall", "14 June"),
    ("review booked for June 3rd at clinic", "June 3rd"),
]


@pytest.mark.parametrize(("post", "date"), DATES)
def test_a_month_with_a_day_is_still_a_date(post: str, date: str) -> None:
    assert_gone(post, date)


def test_a_month_after_a_kinship_word_is_still_hidden() -> None:
    assert_gone("RIP Aunty April who passed last week", "April")


def test_a_decimal_quantity_is_no_date() -> None:
    assert_kept("length of stay down by 3.4 days this year", "3.4 days")
    assert_kept("did 11.5 hrs with no break again", "11.5 hrs")


def test_a_day_month_with_a_dot_is_still_a_date() -> None:
    assert_gone("can anyone swap my 26.11 for a late?", "26.11")


# ------------------------------------------------------------------ names in hashtags
HASHTAG_NAMES = [
    ("Pinned at last! #kenyannurse #njeriRN", "njeri"),
    ("passed the boards 🎓 #pinoynurse #faithRN", "faith"),
    ("best preceptor ever #studentnurse #thankyougrace", "grace"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "name"), HASHTAG_NAMES)
def test_a_name_in_a_hashtag_is_found(post: str, name: str) -> None:
    assert_gone(post, name)


HASHTAG_WORDS = [
    ("board exam passed! #RN #roadtoRN", "#roadtoRN"),
    ("end of placement #thankyounurses", "#thankyounurses"),
    ("exam week #studyRN", "#studyRN"),
]  # fmt: skip


@pytest.mark.parametrize(("post", "tag"), HASHTAG_WORDS)
def test_a_hashtag_of_words_is_kept(post: str, tag: str) -> None:
    assert_kept(post, tag)


MONTHS_THAT_DATE_CARE = [
    ("she was discharged in May after the op", "May"),
    ("Since April we've had 9 heat stroke admissions", "April"),
]


@pytest.mark.parametrize(("post", "month"), MONTHS_THAT_DATE_CARE)
def test_a_month_beside_a_patient_event_is_still_a_date(post: str, month: str) -> None:
    assert ("DATE", month) in _types(post)


def test_a_month_with_no_patient_event_is_kept() -> None:
    assert_kept("agency rates have dropped since October, union says wait", "October")


# ------------------------------------------------------------------------ kinship words
def test_a_kinship_word_alone_is_no_name() -> None:
    assert_kept("80 saal ki Nani ne mujhe hi exercise karwa di #nanigoals", "Nani", "#nanigoals")


def test_a_name_after_mommy_is_found() -> None:
    post = "pinned at last! Mommy Precious a cry all morning"
    assert_kept(post, "Mommy")
    assert_gone(post, "Precious")


def test_a_surname_after_a_title_is_no_kinship_word() -> None:
    assert_gone("Mr. Ong hp 8123 4567 for the clinic", "Ong")


# ------------------------------------------------------------------------- car models
def test_a_car_colour_and_model_before_its_plate_is_no_name() -> None:
    post = "Grey Fiesta LM17 TPX across the ambulance bay again"
    assert_kept(post, "Grey Fiesta")
    assert_gone(post, "LM17 TPX")


def test_a_name_with_no_plate_after_is_still_found() -> None:
    assert_gone("thanks to Sister Grey Adjei for the cover", "Adjei")
