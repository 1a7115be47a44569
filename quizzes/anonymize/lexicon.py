"""Word lists the recognizers share, loaded once per process.

Sources: the ``names`` package (1990 US Census first/last names, MIT), Faker-derived and
hand-written supplements in ``data/``, and our curated stop-lists. See ``data/README.md``.
"""

from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex

from .normalize import fold

DATA_DIR = Path(__file__).resolve().parent / "data"

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# how rotas shorten them ("swaps LD Thurs", "AMU Sun night")
WEEKDAYS_SHORT = ("Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
US_STATE_CODES = set(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
        "PR",
    ]
)
LANGUAGES_AND_NATIONALITIES = [
    # issue 19: the countries of the international sets and their peoples and languages
    "welsh",
    "scottish",
    "scots",
    "irish",
    "maori",
    "pakeha",
    "kiwi",
    "aussie",
    "ghanaian",
    "nigerian",
    "yoruba",
    "igbo",
    "hausa",
    "zulu",
    "xhosa",
    "sotho",
    "afrikaans",
    "afrikaner",
    "filipino",
    "filipina",
    "pinoy",
    "pinay",
    "tagalog",
    "singaporean",
    "malay",
    "tamil",
    "malayali",
    "malayalam",
    "kannada",
    "telugu",
    "bengali",
    "punjabi",
    "gujarati",
    "marathi",
    "canadian",
    "australian",
    "samoan",
    "tongan",
    "fijian",
    "kenyan",
    "zimbabwean",
    "english",
    "spanish",
    "french",
    "german",
    "italian",
    "portuguese",
    "polish",
    "russian",
    "ukrainian",
    "arabic",
    "hebrew",
    "hindi",
    "urdu",
    "bengali",
    "punjabi",
    "tamil",
    "telugu",
    "chinese",
    "mandarin",
    "cantonese",
    "japanese",
    "korean",
    "vietnamese",
    "tagalog",
    "filipino",
    "thai",
    "somali",
    "amharic",
    "swahili",
    "yoruba",
    "igbo",
    "hausa",
    "haitian",
    "creole",
    "american",
    "mexican",
    "canadian",
    "african",
    "asian",
    "european",
    "latino",
    "latina",
    "latinx",
    "hispanic",
    "black",
    "white",
    "indigenous",
    "native",
    "nigerian",
    "indian",
    "pakistani",
    "irish",
    "scottish",
    "british",
]


def _read_words(name: str) -> set[str]:
    words: set[str] = set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words.update(fold(w) for w in line.split())
    return words


def _read_phrases(name: str) -> set[str]:
    out: set[str] = set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line)
    return out


def _census(name: str) -> set[str]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    return {fold(line.split(None, 1)[0]) for line in text.splitlines() if line.strip()}


@dataclass(frozen=True, slots=True)
class Lexicon:
    first: frozenset[str]  # first names that are not everyday words: enough on their own
    last: frozenset[str]  # last names that are not everyday words
    ambiguous: frozenset[str]  # in a name list but also a word/place/month: need evidence
    common: frozenset[str]  # everyday English and clinical vocabulary (never a name alone)
    never: frozenset[str]  # clinical terms, platforms, professions: never an identifier
    hashtag_words: frozenset[str]
    cities: frozenset[str]  # display form, e.g. "Salt Lake City"
    keep_places: frozenset[str]  # folded: US states, countries, regions (Safe Harbor keeps them)
    months: frozenset[str]
    weekdays: frozenset[str]
    all_first: frozenset[str]  # every first name, ambiguous ones included
    all_last: frozenset[str]
    eponyms: frozenset[str] = frozenset()  # "parkinson", "whipple": clinical, not a person
    kinship: frozenset[str] = frozenset()  # "bà", "tita", "nani": a role word, never a name
    name_suffixes: frozenset[str] = frozenset()  # "ji", "san": the word before is a name

    def is_first(self, key: str) -> bool:
        return key in self.first

    def is_name_word(self, key: str) -> bool:
        return key in self.first or key in self.last or key in self.ambiguous


@functools.cache
def medicines() -> frozenset[str]:
    """Generic and brand names of medicines (``data/medicines.txt``), folded."""
    return frozenset(_read_words("medicines.txt"))


@functools.cache
def get_lexicon() -> Lexicon:
    from spacy.lang.en.stop_words import STOP_WORDS

    census_first = _census("dist.male.first") | _census("dist.female.first")
    census_last = _census("dist.all.last")
    firsts = (
        census_first
        | _read_words("faker_first_names.txt")
        | _read_words("handwritten_first_names.txt")
    )
    lasts = (
        census_last
        | _read_words("faker_last_names.txt")
        | _read_words("handwritten_last_names.txt")
    )
    never = _read_words("never_identifiers.txt") | medicines()
    hashtag_words = _read_words("hashtag_words.txt")
    cities = (
        _read_phrases("us_cities.txt")
        | _read_phrases("world_cities.txt")
        | _read_phrases("more_towns.txt")
        | _read_phrases("suburbs.txt")
    )
    keep = {fold(p) for p in _read_phrases("keep_places.txt")}
    keep_words = {w for p in keep for w in p.split()}
    common = (
        _read_words("faker_common_words.txt")
        | {fold(w) for w in STOP_WORDS}
        | never
        | hashtag_words
        | set(LANGUAGES_AND_NATIONALITIES)
        | set(MONTHS)
        | set(WEEKDAYS)
    )
    ambiguous = (
        _read_words("ambiguous_names.txt")
        | ((firsts | lasts) & (common | keep_words))
        | set(MONTHS)
        | set(WEEKDAYS)
    )
    return Lexicon(
        first=frozenset(firsts - ambiguous - common),
        last=frozenset(lasts - ambiguous - common),
        ambiguous=frozenset(ambiguous),
        common=frozenset(common | _read_words("ambiguous_names.txt")),
        never=frozenset(never),
        hashtag_words=frozenset(hashtag_words),
        cities=frozenset(cities),
        keep_places=frozenset(keep),
        months=frozenset(MONTHS),
        weekdays=frozenset(WEEKDAYS),
        all_first=frozenset(firsts),
        all_last=frozenset(lasts),
        eponyms=frozenset(_read_words("eponyms.txt")),
        kinship=frozenset(_read_words("kinship_honorifics.txt")),
        name_suffixes=frozenset(_read_words("name_suffixes.txt")),
    )


@functools.cache
def english_words() -> frozenset[str]:
    """Lower-case English dictionary words (``data/english_words.txt.gz``, public-domain web2)."""
    with gzip.open(DATA_DIR / "english_words.txt.gz", "rt", encoding="ascii") as fh:
        return frozenset(fh.read().split())


_INFLECTIONS = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
    ("ing", ""), ("ing", "e"), ("'s", ""), ("’s", ""), ("er", ""), ("ers", ""),
)  # fmt: skip


# where a shift is spent ("out of Theatre", "past Resus", "back to Majors"): never a place or
# a person
UNITS_OF_CARE = frozenset(
    """theatre theatres resus majors minors triage outpatients casualty recovery rehab
    paeds peds obs gynae maternity labour nicu picu icu hdu ccu""".split()  # noqa: SIM905
)


def is_english(key: str) -> bool:
    """Is a folded word an English dictionary word, or a regular inflection of one
    ("transferred", "slides", "moving")?"""
    words = english_words()
    if key in words:
        return True
    return any(
        key.endswith(suf) and len(key) - len(suf) >= 3 and key[: -len(suf)] + rep in words
        for suf, rep in _INFLECTIONS
    )


def _is_acronym(phrase: str) -> bool:
    """ "NHIF", "SHA", "L&P": matched in capitals only ("Sha" may be a surname)."""
    return phrase.isupper() and phrase.replace("&", "").isalnum()


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


def _keep_rx(phrases: list[str]) -> regex.Pattern[str]:
    phrases = sorted(phrases, key=len, reverse=True)

    def alts(ps: list[str]) -> str:
        return "|".join(regex.escape(p).replace(r"\ ", r"[\s-]+") for p in ps) or "(?!)"

    words = alts([p for p in phrases if not _is_acronym(p)])
    acronyms = alts([p for p in phrases if _is_acronym(p)])
    return regex.compile(r"(?<![\w@#])(?:(?i:" + words + r")|" + acronyms + r")(?!\w|['’]\w)")


@functools.cache
def _keep_phrase_index() -> dict[str, regex.Pattern[str]]:
    """Keep phrases by their first token, lower-case: a post only runs the few small patterns
    of the tokens it holds, not one pattern of ~800 phrases."""
    by_first: dict[str, list[str]] = {}
    for p in _read_phrases("keep_phrases.txt"):
        toks = _TOKEN.findall(p.lower())
        if toks:
            by_first.setdefault(toks[0], []).append(p)
    return {t: _keep_rx(ps) for t, ps in by_first.items()}


def _keep_phrase_hits(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Non-overlapping keep phrases in ``text[lo:hi]``, left to right, longest first."""
    index = _keep_phrase_index()
    hits: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, lo, hi):
        if hits and m.start() < hits[-1][1]:
            continue
        pat = index.get(m.group().lower())
        if pat is not None and (h := pat.match(text, m.start(), hi)):
            hits.append(h.span())
    return hits


_KEEP_GREETINGS = frozenset(
    """happy merry blessed joyous selamat joyeux feliz eid mubarak wishing wish a an the and of
    hari""".split()  # noqa: SIM905
)


_ROLE_ACRONYM_LEAD = regex.compile(
    r"(?:CNM|CNS|ANP|ACP|HCA|HCSW|RMO|JMO|SHO|RN|RGN|RMN|RPN|EN|NP|PA|FY1|FY2|MO|HO|SN|SSN)\s+"
)


_TITLE_BEFORE = regex.compile(
    r"(?:\b(?i:mr|mrs|ms|mx|miss|mdm|dr|prof|sister|nurse|matron|sir|dame|lady|auntie|aunty|"
    r"uncle)\.?|\b(?:in|at|near|from|around|to|outside)|\b(?i:live[sd]?|living|based|moved))"
    r"\s+$"
)


_HOME_BEFORE = regex.compile(
    r"\b(?i:lives?|lived|living|moved|moving|based|grew\s+up|raised|settled|house|flat|home)"
    r"\s+(?i:in|to|at|near|over\s+in|out\s+in)\s+$"
)


_SPACE_OR_HYPHEN = regex.compile(r"[\s-]")


_POSSESSIVE_S = regex.compile(r"['’]s$")


def _named_here(text: str, a: int, b: int, start: int, end: int) -> bool:
    """A one-word keep phrase that is also a surname, a first name or a town ("Macmillan",
    "Whittaker's", "Westminster", "Wimbledon") still names someone or somewhere after a
    title or a place word ("Mrs Macmillan", "lives in Westminster") or beside another
    capitalised word of the same finding ("Jane Macmillan"); any one-word entry is a place
    after a home word ("lives in Wimbledon")."""
    word = text[a:b]
    if not word[:1].isupper() or _SPACE_OR_HYPHEN.search(word):
        return False
    if _HOME_BEFORE.search(text, max(0, a - 24), a):
        return True  # "my nan lives in Wimbledon", "moved to Westminster"
    lex = get_lexicon()
    display = _POSSESSIVE_S.sub("", word)
    k = fold(display)
    if k not in lex.all_first and k not in lex.all_last and display not in lex.cities:
        return False
    if _TITLE_BEFORE.search(text, max(0, a - 14), a):
        return True
    before, after = text[start:a].split(), text[b:end].split()
    return bool(before and before[-1][:1].isupper()) or bool(after and after[0][:1].isupper())


def _part_of_a_name(text: str, start: int, end: int, hits: list[tuple[int, int]]) -> bool:
    """A body or brand at the head of a place or facility name ("Te Whatu Ora Counties
    Manukau", "Bupa Aged Care Mosman", "GMC Thiruvananthapuram", "Gofal Eryri"): another
    capitalised word of the finding, outside every keep phrase, is no English word or name."""
    lex = get_lexicon()
    pos = start
    for a, b in [*sorted(hits), (end, end)]:
        for m in _TOKEN.finditer(text, pos, max(pos, a)):
            w = m.group()
            k = fold(w)
            if (
                w[:1].isupper() and not w.isupper() and k not in _KEEP_GREETINGS
                and k not in lex.common
                and (w in lex.cities or (not is_english(k) and k not in lex.all_first))
            ):  # fmt: skip
                return True
        pos = max(pos, b)
    return False


_GREETING_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.-]*")


def outside_keep_phrases(
    text: str, start: int, end: int, person: bool = False
) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` that are not a festival, holiday, brand, food,
    service, language or event of ``data/keep_phrases.txt`` ("Selamat Hari Raya", "Milo",
    "Panadol Extra"), nor a greeting word left beside one, nor (``person``) a role acronym
    before a name ("CNM Dervla"): ``[(start, end)]`` when the span touches none."""
    lead = _ROLE_ACRONYM_LEAD.match(text, start, end) if person else None
    if lead and lead.end() < end:
        start = lead.end()  # "CNM Dervla", "HCA marcia": the role stays, the name goes
    lo, hi = max(0, start - 40), end + 40
    hits = _keep_phrase_hits(text, lo, hi)
    hits = [
        (a, b) for a, b in hits if a < end and start < b and not _named_here(text, a, b, start, end)
    ]
    if hits and not person and _part_of_a_name(text, start, end, hits):
        return [(start, end)]
    if not hits:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in [*hits, (end, end)]:
        piece = text[pos:a] if a > pos else ""
        for m in _GREETING_WORD.finditer(piece):
            if fold(m.group().rstrip(".")) not in _KEEP_GREETINGS:
                out.append((pos + m.start(), pos + m.end()))
        pos = max(pos, b)
    # adjacent words of one remaining piece form one span again ("Deepavali Priya Nair")
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and text[merged[-1][1] : a].strip() == "":
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged
