"""The cheap pre-checks that let a recognizer skip a pattern's scan never hide a match.

Each gate below is implied by the pattern it guards (a required digit shape, literal word or
greeting; see the comment at each gate): a post the gate turns away cannot hold a match, so
skipping the scan changes no finding. This checks it on every post of every labelled set and
on 3,000 bench posts, and that each gate does turn posts away (else it only costs time).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from quizzes.anonymize import context, intl_rules, patterns, recall_rules
from quizzes.anonymize.evaluate import load_corpus

HERE = Path(__file__).resolve().parent
Gate = Callable[[str], bool]


def _rx(gate: regex.Pattern[str]) -> Gate:
    return lambda text: gate.search(text) is not None


def _lower(gate: regex.Pattern[str]) -> Gate:
    return lambda text: gate.search(text.lower()) is not None


def _words(words: tuple[str, ...]) -> Gate:
    return lambda text: any(w in text for w in words)


def _cases() -> list[tuple[str, Gate, regex.Pattern[str]]]:
    ctx = context.ContextRecognizer()
    slashed = _rx(context._DIGIT_SEP_DIGIT)
    old = _rx(context._OLD_AGE_DIGITS)
    eight = _rx(recall_rules._EIGHT_DIGIT_HINT)
    dates = patterns.PostDateRecognizer
    address = patterns.AddressRecognizer
    return [
        ("date_dm", slashed, ctx.date_dm),
        ("date_slash", slashed, ctx.date_slash),
        ("date_ddmm", slashed, ctx.date_ddmm),
        ("date_md", slashed, ctx.date_md),
        ("month_year", _rx(context._MONTH_YEAR_HINT), ctx.month_year),
        ("old_age", old, ctx.old_age),
        ("paren_age", old, ctx.paren_age),
        ("ordinal_age", old, ctx.ordinal_age),
        ("bare_ordinal", _rx(context._ORDINAL_HINT), ctx.bare_ordinal),
        ("day_range", _rx(context._DAY_RANGE_HINT), ctx.day_range),
        ("weekday_date", _rx(intl_rules._DIGIT_SEP_DIGIT), intl_rules.WEEKDAY_NUMERIC_DATE),
        ("account", _rx(intl_rules._THREE_DIGITS), intl_rules.ACCOUNT_AFTER_WORD),
        ("kin_phone", eight, recall_rules._KIN_PHONE),
        ("kin_name_phone", eight, recall_rules._KIN_NAME_PHONE),
        ("vocative", _rx(recall_rules._VOCATIVE_HINT), recall_rules._VOCATIVE),
        ("named_facility", _words(patterns._FAC_SUFFIX_WORDS), patterns.FacilityRecognizer.NAMED),
        (
            "county",
            _words(patterns.LocationRecognizer._COUNTY_WORDS),
            patterns.LocationRecognizer.COUNTY,
        ),
        ("bare_url", _rx(patterns.PostUrlRecognizer.BARE_HINT), patterns.PostUrlRecognizer.BARE),
        ("possessive", _rx(context._POSSESSIVE_HINT), ctx.possessive),
        ("context_vocative", _rx(context._VOCATIVE_HINT), ctx.vocative),
        ("facility_acronym", _rx(context._ACRONYM_HINT), ctx.facility_acronym),
        ("with_age", _rx(context._AGE_HINT), ctx.with_age),
        ("name_bed", lambda text: "(" in text, ctx.name_bed),
        ("name_phone", _rx(context._PHONE_DIGITS), ctx.name_phone),
        ("phone_after_word", _rx(context._PHONE_DIGITS), ctx.phone_after_word),
        ("from_place", lambda text: "from" in text, ctx.from_place),
        ("postcode", _rx(address.POSTCODE_HINT), address.POSTCODE),
        ("zip", _rx(patterns._FIVE_DIGITS), address.ZIP),
        ("staff_verb", _lower(context._STAFF_VERB_HINT), context._STAFF_VERB_AFTER),
        ("call_name_on", _lower(context._CALL_HINT), context._CALL_NAME_ON),
        ("apposition", _lower(context._APPOSITION_HINT), context._PERSON_WORD_APPOSITION),
        ("name_before_bed", _lower(context._BED_HINT), context._NAME_BEFORE_BED),
        *[
            (f"post_date {reason}", _rx(dates.NUMERIC_HINT), pattern)
            for pattern, _, reason in dates.RXS
            if reason in dates.NUMERIC
        ],
    ]


@pytest.fixture(scope="module")
def posts() -> list[str]:
    from bench.anonymizer_bench import make_posts

    rows = [row for path in sorted(HERE.glob("*.jsonl")) for row in load_corpus(path)]
    return [row["text"] for row in rows] + make_posts(rows, 3000, 7)


@pytest.mark.parametrize("name", [name for name, _, _ in _cases()])
def test_a_gate_never_hides_a_match(name: str, posts: list[str]) -> None:
    _, gate, pattern = next(case for case in _cases() if case[0] == name)
    skipped = [p for p in posts if not gate(p)]
    assert [p for p in skipped if pattern.search(p)] == []
    assert len(skipped) > len(posts) // 10  # the gate does turn posts away


@pytest.mark.parametrize(
    ("name", "post"),
    [
        ("date_dm", "on 12.9 she"),
        ("month_year", "born 03/1931"),
        ("old_age", "she is now 101"),
        ("paren_age", "Bill (92) is"),
        ("ordinal_age", "her 95th birthday"),
        ("bare_ordinal", "physio 14th."),
        ("day_range", "off 1-2 Nov"),
        ("kin_phone", "call me on 9187 2240"),
        ("vocative", "thanks hope!"),
        ("named_facility", "at Mercy General today"),
        ("county", "lives in Orange County now"),
        ("bare_url", "see nhs.uk for more"),
        ("post_date numeric date", "seen 3/14/2024 in clinic"),
        ("possessive", "Grace's first day"),
        ("context_vocative", "Hey Sunny, you ok"),
        ("facility_acronym", "she was at KKH today"),
        ("with_age", "Bill (92) is home"),
        ("name_phone", "Thanks. Shaz 0412 555 019"),
        ("phone_after_word", "call 0412 555 019"),
        ("from_place", "Our Bill from Leeds turned 90"),
        ("postcode", "at LS4 2AZ today"),
        ("zip", "Boise ID 83702"),
    ],
)
def test_a_gate_lets_its_match_through(name: str, post: str) -> None:
    _, gate, pattern = next(case for case in _cases() if case[0] == name)
    assert pattern.search(post) and gate(post)


def test_record_labels_are_the_patterns_whole_token_matches(posts: list[str]) -> None:
    """``persons`` looks a token up in ``_RECORD_LABELS`` instead of ``_RECORD_LABEL.fullmatch``:
    the same answer for every token of every post (the alternatives are plain words)."""
    from quizzes.anonymize import persons

    assert all(regex.escape(w) == w for w in persons._RECORD_LABELS)
    tokens = {m.group() for p in posts for m in persons.TOKEN.finditer(p)}
    tokens |= {w[:-1] for w in tokens} | set(persons._RECORD_LABELS) | {"", "mrn", "MRNs"}
    for tok in tokens:
        assert (persons._RECORD_LABEL.fullmatch(tok) is not None) == (tok in persons._RECORD_LABELS)


def _alternatives(pattern: regex.Pattern[str]) -> set[str]:
    body = pattern.pattern.removeprefix("\\d|")
    assert body.startswith("(?i:") and body.endswith(")") and "(" not in body[4:]
    return set(body[4:-1].split("|"))


def test_post_date_words_settle_hint_and_wordy(posts: list[str]) -> None:
    """``PostDateRecognizer._any_word`` answers what HINT's and WORDY's scans would, on every
    post and on every word written in capitals or with the other characters that match an
    ASCII letter case-insensitively ("ſ", "K", "İ")."""
    dates = patterns.PostDateRecognizer
    assert _alternatives(dates.HINT) == set(dates.HINT_WORDS)
    assert _alternatives(dates.WORDY) == {*dates.WORDY_WORDS, r"the\s+\d"}
    assert (
        dates.THE_DIGIT.pattern == r"(?i:the\s+\d)" and dates.THE_DIGIT.flags == dates.WORDY.flags
    )
    variants = ["", "The 4th", "the\n4", "THE 4", "tHe x", "nothing here", "Diwali"]
    for w in dates.WORDY_WORDS:
        up = w.upper()
        variants += [up, f"x{up}x", w.replace("s", "\u017f"), up.replace("K", "\u212a")]
        variants += [w.replace("i", "\u0130"), up.replace("I", "\u0130"), w[:-1]]
    for text in posts + variants:
        hint = patterns._DIGIT.search(text) or dates._any_word(dates.HINT, text, dates.HINT_WORDS)
        assert bool(hint) == (dates.HINT.search(text) is not None)
        wordy = dates._any_word(dates.WORDY, text, dates.WORDY_WORDS, dates.THE_DIGIT)
        assert wordy == (dates.WORDY.search(text) is not None)
