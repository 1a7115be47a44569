"""The NER model's human training data (``training/human.py``) and the gate's clinical tail."""

from __future__ import annotations

import re

import pytest
import spacy

from quizzes.anonymize.lexicon import get_lexicon
from quizzes.anonymize.ner import trim_clinical_tail

pytest.importorskip("faker")

from quizzes.anonymize.training.generate import Generator
from quizzes.anonymize.training.human import (
    HUMAN_SETS,
    Augmenter,
    human_posts,
    load_sets,
)
from quizzes.anonymize.training.train import build_human_examples


@pytest.fixture(scope="module")
def gen() -> Generator:
    return Generator(19)


def _row(text: str, *spans: tuple[str, str]) -> dict[str, object]:
    out, pos = [], 0
    for value, label in spans:
        start = text.index(value, pos)
        out.append({"start": start, "end": start + len(value), "type": label})
        pos = start + len(value)
    return {"id": "x", "text": text, "spans": out, "clinical_terms": []}


def _values(row: dict[str, object]) -> list[tuple[str, str]]:
    text = str(row["text"])
    return [(text[s["start"] : s["end"]], s["type"]) for s in row["spans"]]  # type: ignore[attr-defined,index]


def test_augmented_copy_keeps_kind_shape_and_the_rest_of_the_post(gen: Generator) -> None:
    row = _row(
        "Thanks Ward 22 at Leicester Royal Infirmary, esp soph and McKEOWN, Bridget on 12/3! "
        "#prayforhope lives in Pontypridd. TTSH next. Soph again.",
        ("Ward 22", "FACILITY"), ("Leicester Royal Infirmary", "FACILITY"), ("soph", "PERSON"),
        ("McKEOWN, Bridget", "PERSON"), ("12/3", "DATE"), ("hope", "PERSON"),
        ("Pontypridd", "LOCATION"), ("TTSH", "FACILITY"), ("Soph", "PERSON"),
    )  # fmt: skip
    aug = Augmenter(gen, 19)
    for _ in range(20):
        new = aug.augment(row)
        vals = _values(new)
        assert [t for _, t in vals] == [t for _, t in _values(row)]
        ward, hosp, soph, roster, date, hope, town, ttsh, soph2 = (v for v, _ in vals)
        assert re.fullmatch(r"Ward \d+", ward)  # digits and facility words stay
        assert hosp.endswith(" Royal Infirmary") and hosp != "Leicester Royal Infirmary"
        assert soph.islower() and soph != "soph"
        assert soph2.lower() == soph  # the same name twice in a post stays one name
        assert re.fullmatch(r"\S+, [A-Z]\S+", roster)  # the roster's comma form stays
        assert date == "12/3"  # other identifiers are not touched
        assert " " not in hope  # glued into a hashtag: no space
        assert re.fullmatch(r"[A-Z]{4}", ttsh)
        assert town[:1].isupper() and town != "Pontypridd"
        text = str(new["text"])
        assert text.startswith("Thanks ") and " at " in text
        assert text.endswith(f" next. {soph2} again.")


def test_all_caps_roster_keeps_its_case(gen: Generator) -> None:
    row = _row("Board: JONES, G and RAMIREZ, L.", ("JONES, G", "PERSON"), ("RAMIREZ, L", "PERSON"))
    aug = Augmenter(gen, 19)
    for _ in range(10):
        for value, _label in _values(aug.augment(row)):
            assert re.fullmatch(r"[A-Z'-]+, [A-Z]", value), value


def test_mixed_case_roster_surname_keeps_its_capitals(gen: Generator) -> None:
    row = _row("Bed 4 McKEOWN, Bridget", ("McKEOWN, Bridget", "PERSON"))
    value = _values(Augmenter(gen, 19).augment(row))[0][0]
    assert value.split(",")[0][2:].isupper()


def test_augmentation_is_deterministic(gen: Generator) -> None:
    a = list(human_posts(Generator(19), 19, 2, exclude=[s for s in HUMAN_SETS if s != "heldout"]))
    b = list(human_posts(Generator(19), 19, 2, exclude=[s for s in HUMAN_SETS if s != "heldout"]))
    assert a == b
    assert len(a) == 3 * len(load_sets(["heldout"]))


def test_excluded_set_and_its_copies_are_left_out(gen: Generator) -> None:
    g_texts = {str(r["text"]) for r in load_sets(["intl_g"])}
    rows = list(human_posts(gen, 19, 1, exclude=("intl_g",)))
    assert {r["set"] for r in rows} == set(HUMAN_SETS) - {"intl_g"}
    assert not g_texts & {str(r["text"]) for r in rows}


def test_other_identifiers_are_missing_labels_for_the_model() -> None:
    nlp = spacy.blank("en")
    row = _row(
        "Nan Ivy at Ninewells on 12/3, call 07700 918442, #prayforhope",
        ("Ivy", "PERSON"), ("Ninewells", "FACILITY"), ("12/3", "DATE"),
        ("07700 918442", "PHONE"), ("hope", "PERSON"),
    )  # fmt: skip
    (ex,) = build_human_examples(nlp, [row])
    tags = {t.text: t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in ex.reference}
    assert tags["Ivy"] == "B-PERSON" and tags["Ninewells"] == "B-FACILITY"
    assert tags["Nan"] == "O" and tags["call"] == "O"
    # the date, the phone and a name glued inside "#prayforhope" are neither taught nor punished
    assert tags["12/3"] == "" and tags["07700"] == "" and tags["918442"] == ""
    assert tags["prayforhope"] == ""


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("heading to Parkland w/ STEMI, ETA", "Parkland w/ STEMI", "Parkland"),
        ("bed 4 in Starship PICU tonight", "Starship PICU", "Starship PICU"),
        ("at Middlemore ED again", "Middlemore ED", "Middlemore ED"),
        ("at St Luke's Hospice today", "St Luke's Hospice", "St Luke's Hospice"),
        ("the COPD clinic", "COPD", "COPD"),
    ],
)
def test_clinical_acronym_tail_is_cut_departments_stay(text: str, span: str, want: str) -> None:
    start = text.index(span)
    s, e = trim_clinical_tail(text, start, start + len(span), get_lexicon())
    assert text[s:e] == want
