"""Human-written labelled posts as NER training data, with entity-replacement augmentation.

The labelled sets in ``tests/anonymize/*.jsonl`` were written by people, not by our templates;
the model learns their contexts (how a name, a ward or a town actually sits in a post) from
them. Each post is used as it is and, ``copies`` times more, with every PERSON / FACILITY /
LOCATION span replaced by a generated value of the same kind and shape, so that the model learns
the context rather than the names themselves:

* word by word: a name word becomes a first name, a surname, a town or a made-up place name; the
  facility words around it stay ("Leicester Royal Infirmary" -> "Kanturk Royal Infirmary"),
  and so do particles, saints' "St", digits ("Ward 22") and the possessive ending;
* the case of each word is kept (lower-case stays lower-case, ALL CAPS stays ALL CAPS, an
  initial stays an initial, "McKEOWN, Bridget" keeps its roster form);
* a span glued to other letters (a hashtag, "#prayforhope") gets a value with no spaces;
* an acronym ("TTSH", "FMC") becomes another acronym of the same length.

The other identifier types of the sets (dates, phones, addresses…) are the rules' business:
their tokens are marked *missing* for the model (neither an entity nor "outside"), so the model
is neither taught nor punished on them. Clinical terms and ordinary words stay as they are, and
are real negatives. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .generate import Generator

MODEL_LABELS = ("PERSON", "FACILITY", "LOCATION")
HUMAN_DIR = Path(__file__).resolve().parents[3] / "tests" / "anonymize"
HUMAN_SETS = (
    "corpus", "heldout", "heldout2", "intl_a", "intl_b", "intl_c", "intl_d", "intl_e", "intl_f",
    "intl_g", "intl_j",
)  # fmt: skip

# words of a facility or place name that are not the name itself: kept as they are
_KEEP_WORDS = frozenset(
    {
        "hospital", "hospitals", "clinic", "clinics", "centre", "center", "infirmary",
        "hospice", "health", "healthcare", "medical", "general", "memorial", "university",
        "college", "institute", "trust", "ward", "wards", "unit", "surgery", "practice",
        "royal", "teaching", "specialist", "specialty", "district", "regional", "national",
        "federal", "state", "community", "children's", "childrens", "children", "women's",
        "womens", "women", "maternity", "mental", "care", "home", "nursing", "aged", "living",
        "senior", "rehab", "rehabilitation", "campus", "school", "of", "the", "and", "for",
        "at", "on", "de", "la", "le", "van", "der", "den", "von", "st", "st.", "saint", "sts",
        "mount", "mt", "north", "south", "east", "west", "upper", "lower", "new", "old", "city",
        "town", "park", "hill", "street", "road", "lane", "avenue", "ave", "rd", "board",
        "local", "service", "services", "level", "base", "civic", "medicine", "icu", "ed",
        "a&e", "er", "nicu", "picu", "hdu", "ccu", "theatre", "theatres", "department", "dept",
        "govt", "govt.", "government", "mission", "christian", "baptist", "methodist",
        "catholic", "lutheran", "adventist", "private", "public", "group", "family"
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTERS = "ABCDEFGHIJKLMNOPRSTUVWY"


def load_sets(names: Iterable[str], root: Path = HUMAN_DIR) -> list[dict[str, object]]:
    """The labelled posts of these sets (file stems), in file order."""
    rows: list[dict[str, object]] = []
    for name in names:
        path = root / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["set"] = name
                rows.append(row)
    return rows


_PREFIXED_CAPS = re.compile(r"(?:Mac|Mc|O'|D')(?=[A-Z'-]{2,}$)")


def _shape(value: str, like: str) -> str:
    """``value`` written in the case of ``like``: lower, UPPER, Title or McKEOWN-style."""
    if like.islower():
        return value.lower()
    if like.isupper() and len(like) > 1:
        return value.upper()
    prefixed = _PREFIXED_CAPS.match(like)
    if prefixed:  # a roster's "McKEOWN": prefix as written, the rest in capitals
        own = re.match(r"(?:Mac|Mc|O'|D')(?=[A-Z])", value)
        return own.group() + value[own.end() :].upper() if own else value.upper()
    if like[:1].isupper() and any(c.isupper() for c in like[1:]) and not like.isupper():
        return value  # "McKeown", "MacDonald": the generated value has its own inner capitals
    return value[:1].upper() + value[1:]


class Augmenter:
    """Replaces the model's entity spans of a human post by generated values of the same kind."""

    def __init__(self, gen: Generator, seed: int) -> None:
        self.gen = gen
        self.rnd = random.Random(seed)
        one = re.compile(r"^[^\W\d_]+$")
        self.first = [w for w in gen.pools.first if one.match(w)]
        self.last = [w for w in gen.pools.last if one.match(w)]
        self.towns = [w for w in gen.pools.towns if one.match(w)]
        self._memo: dict[tuple[str, str], str] = {}

    def _word(self, label: str, index: int, n_words: int) -> str:
        r = self.rnd
        if label == "PERSON":
            if n_words == 1:
                return r.choice(self.first if r.random() < 0.6 else self.last)
            return r.choice(self.first if index == 0 else self.last)
        if label == "LOCATION":
            return r.choice(self.towns) if r.random() < 0.6 else self.gen.syllable_place()
        roll = r.random()  # FACILITY: a town, a made-up place or a person's name
        if roll < 0.4:
            return r.choice(self.towns)
        if roll < 0.7:
            return self.gen.syllable_place()
        return r.choice(self.last)

    def replace(self, text: str, label: str) -> str:
        """A value of the same kind and shape as ``text`` (one span)."""
        r = self.rnd
        words = list(_WORD.finditer(text))
        name_words = [m for m in words if m.group().lower() not in _KEEP_WORDS]
        out, pos = [], 0
        for m in words:
            w = m.group()
            out.append(text[pos : m.start()])
            pos = m.end()
            if w.lower() in _KEEP_WORDS:
                out.append(w)
                continue
            if len(w) == 1:  # an initial
                out.append(r.choice(_LETTERS))
                continue
            # an acronym ("TTSH", "FMC"); a roster's "JONES" is not one (it has a first name)
            if (
                w.isupper()
                and len(w) <= 6
                and (label != "PERSON" or len(name_words) == 1)
                and (label == "FACILITY" or len(w) <= 4)
            ):
                out.append("".join(r.choice(_LETTERS) for _ in range(len(w))))
                continue
            possessive = ""
            if w[-2:] in ("'s", "’s"):
                w, possessive = w[:-2], w[-2:]
            index = name_words.index(m) if m in name_words else 0
            key = (label, w.lower())
            new = self._memo.get(key) or self._word(label, index, len(name_words))
            self._memo[key] = new  # the same name twice in a post stays the same name
            out.append(_shape(new, w) + possessive)
        out.append(text[pos:])
        return "".join(out)

    def augment(self, row: dict[str, object]) -> dict[str, object]:
        """One copy of a human post with its model spans replaced; other spans kept as labels."""
        text = str(row["text"])
        spans = sorted(row["spans"], key=lambda s: s["start"])  # type: ignore[arg-type,index]
        out, pos, new_spans = [], 0, []
        self._memo = {}
        for s in spans:
            start, end, label = int(s["start"]), int(s["end"]), str(s["type"])
            out.append(text[pos:start])
            offset = sum(len(x) for x in out)
            value = text[start:end]
            if label in MODEL_LABELS:
                glued = " " not in value and (
                    (start > 0 and text[start - 1].isalnum())
                    or text[start - 1 : start] == "#"
                    or text[end : end + 1].isalnum()
                )
                value = self.replace(value, label)
                if glued:
                    value = value.replace(" ", "").replace("-", "")
            out.append(value)
            new_spans.append({"start": offset, "end": offset + len(value), "type": label})
            pos = end
        out.append(text[pos:])
        return {**row, "text": "".join(out), "spans": new_spans}


def human_posts(
    gen: Generator, seed: int, copies: int, exclude: Iterable[str] = ()
) -> Iterator[dict[str, object]]:
    """Every human post of the sets not excluded, then ``copies`` augmented copies of each."""
    rows = load_sets([s for s in HUMAN_SETS if s not in set(exclude)])
    aug = Augmenter(gen, seed)
    for row in rows:
        yield row
        for _ in range(copies):
            yield aug.augment(row)


def main() -> None:  # pragma: no cover - a look at the data
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    gen = Generator(args.seed)
    for i, p in enumerate(human_posts(gen, args.seed, args.copies)):
        if i >= args.n * (args.copies + 1):
            break
        t = str(p["text"])
        print(json.dumps([t[s["start"] : s["end"]] for s in p["spans"]], ensure_ascii=False))  # type: ignore[index,union-attr]


if __name__ == "__main__":
    main()
