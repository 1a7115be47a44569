"""Issue 19, seventh round (keep): words that were replaced though they name no one.

Every example is written for this test (invented names, numbers and places), none is taken
from an evaluation set. Each class has forms that must stay and look-alikes that must still be
replaced.
"""

from __future__ import annotations

import pytest

from quizzes.anonymize import anonymize
from tests.anonymize.kept import assert_gone as _gone
from tests.anonymize.kept import assert_kept as _kept

# ----------------------------------------------------------------------------- keep lexicon
# festivals, holidays, national bodies, schemes, clubs, landmarks and brands of the 19 settings
# (data/keep_phrases.txt), written out or glued into a hashtag
KEEP_LEXICON = [
    ("swapped my Emancipation Day shift for a Labour Day one, ya man", "Emancipation Day"),
    ("rota for the Spring Bank Holiday is out, good luck everyone", "Spring Bank Holiday"),
    ("who is on over Ganesh Chaturthi? modak in the pantry", "Ganesh Chaturthi"),
    ("night team doing a potluck for Chhath Puja", "Chhath Puja"),
    ("Madaraka Day and still no salary arrears, wueh", "Madaraka Day"),
    ("my first Kadayawan off in 4 years!!", "Kadayawan"),
    ("Ahpra renewal due and the portal is down again", "Ahpra"),
    ("NMCN portal finally accepted my licence renewal", "NMCN"),
    ("Is Health New Zealand ever going to sort the roster app?", "Health New Zealand"),
    ("applied for the Sehat Sahulat top-up for my abbu", "Sehat Sahulat"),
    ("SASSA queue was shorter than our ED queue today", "SASSA"),
    ("the Straits Times piece on nurse pay was spot on", "Straits Times"),
    ("who won, Kaizer Chiefs or Orlando Pirates? ED was packed after", "Kaizer Chiefs"),
    ("day off, finally hiked Pen y Fan with the dog", "Pen y Fan"),
    ("half the ward went to see the Cliffs of Moher on the day off", "Cliffs of Moher"),
    ("night shift fuel: a Tayto sandwich and a Barry's Tea", "Tayto"),
    ("praying hard before the NCLEX, Thank you Lord for getting me here", "Lord"),
]


@pytest.mark.parametrize(("post", "word"), KEEP_LEXICON)
def test_festivals_bodies_clubs_landmarks_brands_are_kept(post: str, word: str) -> None:
    _kept(post, word)


@pytest.mark.parametrize(
    ("post", "tag"),
    [
        ("12 hours and a fry-up after #ChhathPuja", "#ChhathPuja"),
        ("potluck at handover #ganeshchaturthi", "#ganeshchaturthi"),
        ("so proud of our team #MadarakaDay", "#MadarakaDay"),
        ("night shift again #HoliVibes", "#HoliVibes"),
        ("made it to the other side of the shift #CoffeeGoals", "#CoffeeGoals"),
        ("we are still waiting #GajiLewatLagi", "#GajiLewatLagi"),
    ],
)
def test_festival_and_phrase_hashtags_are_kept(post: str, tag: str) -> None:
    _kept(post, tag)


# look-alikes: a surname or a town that is also a keep word is still replaced with a cue; a
# body at the head of a local name is part of that name; a hospital's hashtag is a facility
@pytest.mark.parametrize(
    ("post", "gone"),
    [
        ("Mrs Macmillan in bed 9 is asking for her glasses", "Macmillan"),
        ("Doreen Whittaker's daughter rang about visiting", "Whittaker"),
        ("my nan lives in Westminster, 20 min from the ward", "Westminster"),
        ("my nan lives in Wimbledon now, closer to us", "Wimbledon"),
        ("Dr Lord is the consultant on tonight", "Lord"),
        ("Nan Ethel Lord turned 97 today", "Ethel Lord"),
        ("Grateful for 10 years at Bupa Aged Care Penrith", "Penrith"),
        ("so proud of our team #TaurangaHospital", "TaurangaHospital"),
        ("prayers for our little one #PrayForGracie", "Gracie"),
    ],
)
def test_names_beside_keep_words_are_still_replaced(post: str, gone: str) -> None:
    _gone(post, gone)


# ----------------------------------------------------------------------------- code-switching
# everyday words of Malay, Tagalog, Hindi/Urdu, Pidgin, Afrikaans, Māori, Welsh, Patois
@pytest.mark.parametrize(
    ("post", "words"),
    [
        ("staff nurse kena marah again by the family, penat lah", ("kena",)),
        ("doa kami semua untuk you all, terima kasih", ("kami",)),
        ("sino nag-cover ng night, legit ba yung agency?", ("yung",)),
        ("clinic visit Khamis, bring the IC and the ubat", ("Khamis",)),
        ("abeg who dey for the night shift? wahala everywhere", ("abeg", "dey")),
        ("eish, lekker braai after the double, dankie team", ("eish", "lekker")),
        ("kia ora whānau, mahi was huge today", ("whānau", "mahi")),
        ("diolch pawb for the cover last night", ("diolch", "pawb")),
    ],
)
def test_code_switched_words_are_kept(post: str, words: tuple[str, ...]) -> None:
    _kept(post, *words)


@pytest.mark.parametrize(
    ("post", "gone", "kept"),
    [
        ("TTSH kena short again today", "TTSH", "kena"),
        ("Ketua Jururawat Norhayati Ismail signed the leave form", "Norhayati", "Jururawat"),
        ("my daughter Tara starts nursing school Monday", "Tara", ""),
    ],
)
def test_names_next_to_code_switched_words_are_still_replaced(
    post: str, gone: str, kept: str
) -> None:
    out = anonymize(post).text
    assert gone not in out
    assert kept in out


# ----------------------------------------------------------------------------- plain words
# an everyday word at the start of a post, in a title or shouted in capitals is no name
@pytest.mark.parametrize(
    ("post", "word"),
    [
        ("Anyone from ward 12 going to the union meeting?", "Anyone"),
        ("Thanks to my Senior Charge Nurse Margery Quill for the reference", "Senior"),
        ("NURSES STANDING ON THE ROAD IN THE RAIN AND NOBODY CARES", "ROAD"),
        ("gen Z nurse POV: the pager goes off mid-sentence", "POV"),
    ],
)
def test_everyday_words_are_no_names(post: str, word: str) -> None:
    _kept(post, word)


@pytest.mark.parametrize(
    ("post", "gone"),
    [
        ("Thanks to my Senior Charge Nurse Margery Quill for the reference", "Margery Quill"),
        ("Storm from Ballarat turned 12 on our ward today", "Storm"),
        ("my mama Lovely is so proud of me", "Lovely"),
    ],
)
def test_names_that_are_words_are_still_replaced(post: str, gone: str) -> None:
    _gone(post, gone)


# ----------------------------------------------------------------------------- dates
# a rating out of ten is no date, a festival on its own is no date; a rota's d/m still is
@pytest.mark.parametrize(
    "post",
    [
        "pain is a 6/10 now after the oxy",
        "honestly the new canteen is a solid 8/10",
        "off home for Diwali, see you all next week",
        "working over Christmas again, third year running",
        "working Christmas Eve and Boxing Day this year",
        "Happy Independence Day to everyone on nights 🇬🇭",
    ],
)
def test_scores_and_bare_festivals_are_no_dates(post: str) -> None:
    assert anonymize(post).text == post


@pytest.mark.parametrize(
    ("post", "gone"),
    [
        ("rota: nights 3/6, 4/6, off 5/6", "3/6"),
        ("booked annual leave from 2/10 to 9/10", "2/10"),
        # a holiday dates a patient's event, or carries its year (ninth round: a holiday
        # alone is a keep word, as the labelling guide of sets K–P has it)
        ("admitted on Boxing Day with chest pain", "Boxing Day"),
        ("great-gran turned 101 on Christmas Eve", "Christmas Eve"),
        ("Christmas Eve 2022 in the ER: 3 MVCs", "Christmas Eve 2022"),
    ],
)
def test_real_dates_are_still_replaced(post: str, gone: str) -> None:
    _gone(post, gone)


# ----------------------------------------------------------------------------- departments
# a generic department after the hospital's name stays; the hospital is still replaced
@pytest.mark.parametrize(
    ("post", "gone", "kept"),
    [
        ("4 hour wait at Whangārei Hospital ED tonight", "Whangārei", "ED"),
        ("transferred to Lister Infirmary ICU overnight", "Lister", "ICU"),
        ("bed finally came up at St Brendan's AMAU", "Brendan", "AMAU"),
    ],
)
def test_departments_after_a_hospital_are_kept(post: str, gone: str, kept: str) -> None:
    out = anonymize(post).text
    assert gone not in out
    assert f"] {kept}" in out


@pytest.mark.parametrize(
    "post",
    [
        "finally got my Band 7 interview next week!!",
        "great Grand Rounds on sepsis bundles today",
        "we got the Gold Standards Framework award for the hospice ward",
    ],
)
def test_bands_meetings_and_frameworks_are_kept(post: str) -> None:
    assert anonymize(post).text == post
