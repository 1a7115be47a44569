"""Synthetic labelled posts for the NER layer: Faker names and towns in many locales, our own
name lists, facility names built from towns, saints and people, acronyms derived from those
names, and varied casing. Deterministic for a given seed.

    python -m quizzes.anonymize.training.generate --n 20 --seed 19   # print samples
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from faker import Faker

from ..context import CLINICAL_ACRONYMS
from ..lexicon import DATA_DIR
from . import names as N
from .templates import (
    CHATTER,
    DEPARTMENTS,
    EXAMS,
    HASHTAGS,
    NEGATIVE,
    POSITIVE,
    ROLES,
    SPECIALITIES,
)

PERSON_LOCALES = ["en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_US", "en_NG",
                  "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "ga_IE", "hi_IN", "ta_IN"]  # fmt: skip
PLACE_LOCALES = ["en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_US", "en_PH",
                 "zu_ZA"]  # fmt: skip
CLINICAL = [
    "sepsis",
    "a chest infection",
    "DKA",
    "a NSTEMI",
    "AF with RVR",
    "pneumonia",
    "a UTI",
    "bronchiolitis",
    "a seizure",
    "a fractured NOF",
    "cellulitis",
    "COPD exacerbation",
    "an ectopic",
    "pre-eclampsia",
    "meningitis",
    "a stroke",
    "chemo",
    "dialysis",
    "a PE",
    "IV antibiotics",
    "a blood transfusion",
    "his insulin",
    "her warfarin",
    "an NG tube",
    "palliative care",
    "delirium",
    "a fall",
    "RSV",
    "croup",
    "appendicitis",
    "a Whipple",
    "Parkinson's meds",
    "a Foley",
    "the Glasgow Coma Scale",
    "a lumbar puncture",
    "TB",
]
_SAINT_KINDS = ["Hospital", "Hospice", "University Hospital", "Medical Centre", ""]
_PERSON_KINDS = ["Hospital", "Academic Hospital", "Memorial Hospital", "Centre", "Hospice"]
_TEACHING_KINDS = ["University Teaching Hospital", "Teaching Hospital", "Hospital"]
_ORG_KINDS = ["Health", "Healthcare", "Health Board", "Local Health District"]
_BARE_KINDS = ["General", "Park", "Hey", "Hill", "Base", "Civic", "Royal"]
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ' .-]+$")


def _clean(words: list[str]) -> list[str]:
    return [w.replace("_", " ") for w in words]


def _read_list(name: str) -> list[str]:
    out: list[str] = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.extend(line.split() if " " not in line.strip() or name.endswith("s.txt") else [])
    return out


def _read_lines(name: str) -> list[str]:
    return [
        ln.strip()
        for ln in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


@dataclass
class Pools:
    first: list[str] = field(default_factory=list)
    last: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


def build_pools(seed: int) -> Pools:
    pools = Pools()
    for i, loc in enumerate(PERSON_LOCALES):
        fk = Faker(loc)
        fk.seed_instance(seed + i)
        for _ in range(300):
            for v, dest in ((fk.first_name(), pools.first), (fk.last_name(), pools.last)):
                if _LATIN.match(v):
                    dest.append(v)
    pools.first += _clean(N.SA_FIRST + N.SG_FIRST + N.PH_FIRST + N.MAORI_PACIFIC + N.IE_SCOT)
    pools.last += _clean(N.SA_LAST + N.SG_LAST + N.PH_LAST + N.MAORI_LAST)
    pools.first = sorted(set(pools.first))
    pools.last = sorted(set(pools.last))
    towns: set[str] = set()
    for i, loc in enumerate(PLACE_LOCALES):
        fk = Faker(loc)
        fk.seed_instance(seed + 100 + i)
        for _ in range(200):
            for v in (fk.city(),):
                if _LATIN.match(v) and len(v) > 2:
                    towns.add(v)
    towns.update(_read_lines("world_cities.txt"))
    towns.update(_read_lines("us_cities.txt"))
    pools.towns = sorted(towns)
    pools.keep = sorted(_read_lines("keep_places.txt"))
    return pools


class Generator:
    def __init__(self, seed: int = 19) -> None:
        self.rnd = random.Random(seed)
        self.pools = build_pools(seed)
        self.faker = Faker("en_US")
        self.faker.seed_instance(seed)
        self.words = self.faker.get_words_list()
        self.acronyms = sorted(CLINICAL_ACRONYMS)

    def filler(self) -> str:
        """A sentence with no identifier: chatter, random words, clinical terms, acronyms."""
        r = self.rnd
        roll = r.random()
        if roll < 0.4:
            s = r.choice(CHATTER)
        elif roll < 0.75:
            words = r.sample(self.words, r.randint(3, 9))
            for _ in range(r.randint(0, 2)):
                words.insert(r.randint(0, len(words)), r.choice(self.acronyms + CLINICAL))
            s = " ".join(words)
            s = s[:1].upper() + s[1:] + r.choice([".", "!", "?", "", " lol", "..."])
        else:
            s = f"{r.choice(self.acronyms)} {r.choice(self.words)} {r.choice(CLINICAL)}."
        roll = r.random()
        if roll < 0.1:
            s = s.title()
        elif roll < 0.2:
            s = s.lower()
        elif roll < 0.25:
            s = s.upper()
        return s

    # ------------------------------------------------------------------ pieces
    def syllable_place(self) -> str:
        r = self.rnd
        style = r.choice(list(N.PLACE_SYLLABLES))
        syl = N.PLACE_SYLLABLES[style]
        parts = [r.choice(syl) for _ in range(r.randint(2, 4))]
        word = "".join(parts).lower()
        if style == "ng" and r.random() < 0.3:
            word = word + "-" + "".join(r.choice(syl) for _ in range(2)).capitalize()
        return word[:1].upper() + word[1:]

    def town(self) -> str:
        r = self.rnd
        roll = r.random()
        if roll < 0.45:
            t = r.choice(self.pools.towns)
        elif roll < 0.75:
            t = self.syllable_place()
        elif roll < 0.85:
            pre = r.choice(N.PLACE_QUALIFIERS_BEFORE)
            t = f"{pre} {r.choice([*self.pools.towns, self.syllable_place()])}"
        else:
            base = r.choice([*self.pools.towns, self.syllable_place()])
            t = f"{base} {r.choice(N.PLACE_QUALIFIERS_AFTER)}"
        return t

    def first(self) -> str:
        r = self.rnd
        if r.random() < 0.25:
            return r.choice(N.WORD_NAMES)
        return r.choice(self.pools.first)

    def last(self) -> str:
        return self.rnd.choice(self.pools.last)

    def person(self) -> str:
        r = self.rnd
        roll = r.random()
        if roll < 0.45:
            return f"{self.first()} {self.last()}"
        if roll < 0.6:
            return self.first()
        if roll < 0.7:
            return self.last()
        if roll < 0.78:
            return f"{self.first()} {self.last()[0]}."
        if roll < 0.84:
            return f"{self.first()[0]}. {self.last()}"
        if roll < 0.9:
            return f"{self.first()} {self.first()} {self.last()}"
        return f"{self.first()} {self.last()}-{self.last()}"

    def roster(self) -> str:
        r = self.rnd
        last = self.last().upper()
        return f"{last}, {self.first()[0].upper()}" + (r.choice(["", "", "."]))

    def facility_full(self) -> str:
        r = self.rnd
        roll = r.random()
        place = self.town() if r.random() < 0.7 else self.syllable_place()
        kind = r.choice(N.FACILITY_TYPES)
        if roll < 0.35:
            return f"{place} {kind}"
        if roll < 0.5:
            pre = r.choice(N.FACILITY_PREFIXES)
            if pre in ("St", "St.", "Saint"):
                return f"{pre} {r.choice(N.SAINTS)}'s {r.choice(_SAINT_KINDS)}".strip()
            return f"{pre} {r.choice([kind, place + ' ' + kind, place])}"
        if roll < 0.6:
            return f"{self.first()} {self.last()} {r.choice(_PERSON_KINDS)}"
        if roll < 0.7:
            return f"{place} {r.choice(_TEACHING_KINDS)}"
        if roll < 0.8:
            return (
                f"{r.choice(['NHS', 'HSE', 'Te Whatu Ora'])} {place}"
                if r.random() < 0.5
                else f"{place} {r.choice(_ORG_KINDS)}"
            )
        if roll < 0.9:
            return f"{r.choice(N.WARD_NAMES)} {r.choice(['ward', 'Ward', 'Unit', 'unit'])}"
        return (
            f"{kind} {place}"
            if kind in ("Federal Medical Centre",)
            else f"{place} {kind} {self.town()}"
        )

    @staticmethod
    def acronym(full: str) -> str:
        words = [
            w
            for w in re.split(r"[\s-]+", full)
            if w and w[0].isalpha() and w.lower() not in ("of", "the", "for", "and")
        ]
        return "".join(w[0].upper() for w in words)

    def facility(self) -> str:
        r = self.rnd
        full = self.facility_full()
        roll = r.random()
        if roll < 0.2:
            ac = self.acronym(full)
            if 3 <= len(ac) <= 6:
                return ac
        if roll < 0.3:
            parts = full.split()
            if len(parts) > 2:
                return " ".join(parts[:2])
        return full

    def bare_facility(self) -> str:
        r = self.rnd
        roll = r.random()
        if roll < 0.45:
            return self.syllable_place()
        if roll < 0.7:
            return r.choice(self.pools.last)
        if roll < 0.85:
            ac = self.acronym(self.facility_full())
            return ac if 3 <= len(ac) <= 6 else self.syllable_place()
        return f"{self.syllable_place()} {self.rnd.choice(_BARE_KINDS)}"

    # ------------------------------------------------------------------ posts
    def post(self) -> dict[str, object]:
        r = self.rnd
        negative = r.random() < 0.2
        tpl = r.choice(NEGATIVE if negative else POSITIVE)
        lower_names = r.random() < 0.15
        text = ""
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            text += tpl[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            label = None
            if slot == "P":
                value, label = self.person(), "PERSON"
            elif slot == "PF":
                value, label = self.first() if r.random() < 0.85 else self.person(), "PERSON"
            elif slot == "PR":
                value, label = self.roster(), "PERSON"
            elif slot == "F":
                value, label = self.facility(), "FACILITY"
            elif slot == "FB":
                value, label = self.bare_facility(), "FACILITY"
            elif slot == "L":
                value, label = self.town(), "LOCATION"
            elif slot == "N":
                value = r.choice(N.ROOM_NUMBERS)
            elif slot == "K":
                value = r.choice(self.pools.keep)
            elif slot == "T":
                value = r.choice(CLINICAL)
            elif slot == "WN":
                value = r.choice(N.WORD_NAME_NEGATIVES)[1]
            elif slot == "HF":  # a facility glued into a hashtag: "#TaurangaHospital", "#LASUTH"
                value, label = re.sub(r"[^\w]", "", self.facility().replace("'s", "s")), "FACILITY"
                value = value if r.random() < 0.7 else value.lower()
            elif slot == "HL":
                value, label = re.sub(r"[^\w]", "", self.town()), "LOCATION"
                value = value if r.random() < 0.6 else value.lower()
            elif slot == "SP":
                value = r.choice(SPECIALITIES)
            elif slot == "RO":
                value = r.choice(ROLES)
            elif slot == "EX":
                value = r.choice(EXAMS)
            elif slot == "D":
                value = r.choice(DEPARTMENTS)
            elif slot == "HT":
                value = self.first().lower().replace(" ", "")
            else:  # pragma: no cover - template typo
                raise ValueError(f"unknown slot {slot!r} in template {tpl!r}")
            if label and lower_names and slot not in ("PR", "HF", "HL"):
                value = value.lower()
            start = len(text)
            text += value
            if label:
                spans.append((start, len(text), label))
        text += tpl[pos:]
        # extras: hashtags, a second sentence with a word-name used as a word, casing
        if r.random() < 0.3:
            text += " " + " ".join(r.sample(HASHTAGS, r.randint(1, 3)))
        if r.random() < 0.5:
            before = " ".join(self.filler() for _ in range(r.randint(1, 2)))
            if r.random() < 0.3:
                before = r.choice(N.WORD_NAME_NEGATIVES)[1].capitalize() + ". " + before
            before += r.choice([" ", "\n", " - "])
            spans = [(s + len(before), e + len(before), lab) for s, e, lab in spans]
            text = before + text
        if r.random() < 0.5:
            text += r.choice([" ", "\n"]) + " ".join(self.filler() for _ in range(r.randint(1, 2)))
        roll = r.random()
        if roll < 0.08:
            text = text.lower()
        elif roll < 0.1:
            text = text.upper()
        return {"text": text, "spans": spans}

    def posts(self, n: int) -> Iterator[dict[str, object]]:
        for _ in range(n):
            yield self.post()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    for p in Generator(args.seed).posts(args.n):
        print(json.dumps(p, ensure_ascii=False))


if __name__ == "__main__":
    main()
