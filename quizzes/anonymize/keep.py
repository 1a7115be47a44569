"""Words that stay: the last word on a name, place or facility finding before it is replaced.

Every PERSON / LOCATION / FACILITY finding, whichever recognizer or the NER model made it,
passes through :func:`kept_out` (issue 19, seventh round), which drops or trims it when it is

* a festival, holiday, national body, scheme, club, landmark or brand of
  ``data/keep_phrases.txt``, written out ("Te Whatu Ora") or glued into a hashtag in CamelCase
  or lower case ("#SimbangGabi", "#reggaesumfest", "#DiwaliVibes");
* an everyday word of a language the post switches into (``data/code_switch_words.txt``:
  "kena", "kami", "yung", "Isnin"), alone or at either edge ("TTSH kena" -> "TTSH");
* a hashtag that is a phrase of dictionary words ("#BrunchGoals", "#HartalDoktorKontrak"),
  unless one of its parts is a known first name or town ("#PrayForGrace" stays a name);
* (PERSON) one capitalised everyday English word that is no first name, without a title
  before it ("Anyone on Ward 3B", "Thank you Lord", "my Senior Nurse Manager", "DI ROAD" in a
  shouted post); "Dr Lord" and "Jane Lord" are still names;
* one medicine name of ``data/medicines.txt`` ("Tazocin", "#Clexane") with no title before it;
* (FACILITY) a generic department after the hospital's name ("Tauranga Hospital ED").
"""

from __future__ import annotations

import functools

import regex

from .lexicon import (
    UNITS_OF_CARE,
    WEEKDAYS_SHORT,
    _keep_phrase_hits,
    _read_phrases,
    _read_words,
    get_lexicon,
    is_english,
    medicines,
    outside_keep_phrases,
)
from .normalize import fold

_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.-]*")
_CAMEL_PART = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+")
_TITLE_BEFORE = regex.compile(
    r"\b(?i:mr|mrs|ms|mx|miss|mdm|dr|prof|sister|sr|nurse|matron|sir|dame|lady|madam|"
    r"auntie|aunty|uncle|cik|encik|puan|tuan|dato|datuk|pastor|rev|father|fr)\.?\s+$"
)
# internet shorthand, often capitalised at the start of a post ("POV:", "TBH")
SHORTHAND = frozenset(
    {"fyi", "idk", "imo", "imho", "irl", "lmao", "lol", "ngl", "omg", "pov", "smh", "tbh", "tfw"}
)


def _squash(s: str) -> str:
    return "".join(ch for ch in fold(s) if ch.isalnum())


@functools.cache
def _squashed_keep_phrases() -> frozenset[str]:
    """Keep phrases without spaces or punctuation, for hashtags: "simbanggabi"."""
    return frozenset(_squash(p) for p in _read_phrases("keep_phrases.txt")) - {""}


@functools.cache
def _known_facilities() -> frozenset[str]:
    """Hospitals known by a short name (``data/known_facilities.txt``), squashed."""
    return frozenset(_squash(p.lstrip("?")) for p in _read_phrases("known_facilities.txt"))


# parts of a hashtag that make it a hospital's ("#TaurangaHospital", "#StVincents")
_FACILITY_PARTS = frozenset(
    {
        "hospital",
        "hosp",
        "st",
        "saint",
        "general",
        "royal",
        "infirmary",
        "clinic",
        "hospice",
        "medical",
        "med",
        "kids",
        "children",
        "childrens",
        "maternity",
        "ward",
        "unit",
        "college",
        "university",
        "teaching",
        "health",
    }
)


@functools.cache
def code_switch_words() -> frozenset[str]:
    return frozenset(_read_words("code_switch_words.txt"))


def _is_plain(part: str) -> bool:
    """A dictionary word of English or of a code-switched language, or shorthand."""
    lex = get_lexicon()
    k = fold(part)
    return (
        k in lex.common or is_english(k) or k in code_switch_words() or k in SHORTHAND
        or k in lex.never
    )  # fmt: skip


def _is_named(part: str) -> bool:
    """A known first name or town: a hashtag with one is about someone or somewhere."""
    lex = get_lexicon()
    k = fold(part)
    return k in lex.first or part.capitalize() in lex.cities


def _hashtag_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The body of the hashtag holding ``text[start:end]``, or None."""
    i = start
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if i == 0 or text[i - 1] != "#":
        return None
    j = end
    while j < len(text) and (text[j].isalnum() or text[j] == "_"):
        j += 1
    return i, j


_CREDENTIAL = regex.compile(r"RN|RGN|RM|RPN|LPN|BSN|MD|NP|RMN")


def _kept_hashtag(text: str, start: int, end: int) -> bool:
    """Is a finding inside a hashtag part of a keep phrase or of a phrase of plain words?
    A hospital's own hashtag ("#SickKids", "#TaurangaHospital") is neither."""
    where = _hashtag_at(text, start, end)
    if where is None:
        return False
    keep = _squashed_keep_phrases()
    body = text[where[0] : where[1]]
    if _squash(body) in _known_facilities():
        return False
    if _squash(text[start:end]) in keep or _squash(body) in keep:
        return True  # "#Deepavali", "#SimbangGabi", "#reggaesumfest"
    parts = _CAMEL_PART.findall(body)
    if len(parts) < 2:
        return False
    if _CREDENTIAL.fullmatch(parts[-1]):
        return False  # "#FaithRN", "#preciousRN": a person's own hashtag
    squashed = [_squash(p) for p in parts]
    # a keep phrase at either end, the rest plain words: "#DiwaliVibes", "#RayaShiftAgain"
    for n in range(1, len(parts)):
        for head, rest in ((squashed[:n], parts[n:]), (squashed[-n:], parts[:-n])):
            if "".join(head) in keep and all(_is_plain(p) for p in rest):
                return True
    # a phrase of plain words, no name, town or hospital among them: "#BrunchGoals"
    if body != body.lower() and body != body.upper():
        return all(
            _is_plain(p) and not _is_named(p) and fold(p) not in _FACILITY_PARTS
            for p in parts
            if not p.isdigit()
        )
    return False


def _shouted(text: str, start: int, end: int) -> bool:
    """Is the text around a word written in capitals ("OUT ON DI ROAD AN NOBODY SEH")?"""
    around = text[max(0, start - 60) : start] + text[end : end + 60]
    letters = [ch for ch in around if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)


def _trim_code_switch(text: str, start: int, end: int, facility: bool = False) -> tuple[int, int]:
    """Drop everyday words of another language at either edge of a finding; a capitalised
    last word of a facility's name stays ("Klinik Kesihatan Taman Baru": "baru" is "new")."""
    words = code_switch_words()
    lex = get_lexicon()
    toks = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]

    def plain(tok: tuple[int, int]) -> bool:
        w = text[tok[0] : tok[1]]
        k = fold(w)
        if k in SHORTHAND and (w.isupper() or w.islower()):
            return True
        if k not in words:
            return False
        if w.isupper() and len(w) > 1 and not _shouted(text, tok[0], tok[1]):
            return False  # "NUH", "SEH" are acronyms unless the whole post shouts
        return w.islower() or (k not in lex.all_first and k not in lex.all_last)

    n = len(toks)
    while toks and plain(toks[0]):
        toks.pop(0)
    lead = n - len(toks)
    while toks and plain(toks[-1]):
        last = text[toks[-1][0] : toks[-1][1]]
        if facility and len(toks) > 1 and last[:1].isupper() and not last.isupper():
            break
        toks.pop()
    if not toks:
        return start, start
    return (toks[0][0] if lead else start), (toks[-1][1] if len(toks) + lead < n else end)


@functools.cache
def _everyday_words() -> frozenset[str]:
    """Pronouns, function words and Faker's ~1000 common English words, less every word that
    is also a name ("Blue", "Storm", "Lord" stay possible names)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lex = get_lexicon()
    words = {fold(w) for w in STOP_WORDS} | _read_words("faker_common_words.txt")
    return frozenset(words - _read_words("ambiguous_names.txt") - lex.all_first)


_POSSESSIVE_S = regex.compile(r"['’]s$")


def _plain_person_word(text: str, start: int, end: int) -> bool:
    """One everyday English word that is no first name ("Anyone on Ward 3B", "my Senior
    Nurse Manager"), or any English word shouted in capitals ("OUT ON DI ROAD"), with no
    title or kinship word before it."""
    word = text[start:end]
    if not _WORD.fullmatch(word) or "." in word:
        return False
    lex = get_lexicon()
    k = fold(_POSSESSIVE_S.sub("", word))
    if k in lex.all_first or len(k) < 3:
        return False
    shouted = word.isupper() and _shouted(text, start, end) and is_english(k)
    if not (k in _everyday_words() or shouted):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Dr Lord", "Sister Joy"
    if shouted:
        return True  # "OUT ON DI ROAD": "di" is the Patois article here, no kinship word
    before = _WORD.findall(text[max(0, start - 24) : start])
    return not (before and fold(before[-1]) in lex.kinship)  # "my mama Lovely"


# a car written as colour + model before its plate ("Silver Corsa LK18 ZXP", "white Vitz
# KDA 123B"): the model is no person
_CAR_BEFORE_PLATE = regex.compile(
    r"(?i:silver|white|black|red|blue|grey|gray|green|yellow|maroon|gold|beige|navy|orange)"
    r"\s+\p{Lu}[\p{L}-]+"
)
_PLATE_AFTER = regex.compile(r"\s+(?=[A-Z0-9 -]{4,10}\b)(?=[A-Z -]*\d)(?=[0-9 -]*[A-Z])[A-Z0-9]")


_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+$")


def _car_model(text: str, start: int, end: int) -> bool:
    """Is the finding a car's colour and model right before its registration plate?"""
    m = _CAR_BEFORE_PLATE.fullmatch(text, start, end)
    if not m:
        before = _WORD_BEFORE.search(text[max(0, start - 12) : start])
        m = before and _CAR_BEFORE_PLATE.fullmatch(f"{before[1]} {text[start:end]}")
    return bool(m and _PLATE_AFTER.match(text, end))


def _kinship_word(text: str, start: int, end: int) -> bool:
    """A kinship word or honorific alone ("Gogo", "Dadi", "#dadigoals"): a role, the cue for
    the name beside it, never the name itself."""
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Ms. Ong" (the Vietnamese "ông" is a surname here)
    k = fold(text[start:end])
    kin = get_lexicon().kinship
    # "Nanas and Grandads": the plural of one too
    return k in kin or (k.endswith("s") and k[:-1] in kin and len(k) > 4)


# a generic department written after a hospital's name ("Tauranga Hospital ED", "St Jude's
# AMAU"): the labelling guide keeps departments; the hospital before it is still replaced
_TRAILING_DEPARTMENT = regex.compile(
    r"(?<=\S)\s+(?:ED|A&E|ER|ICU|NICU|PICU|HDU|CCU|AMU|AMAU|MAU|SDEC|OPD|Resus|RESUS)$"
)


def _medicine(text: str, start: int, end: int) -> bool:
    """One medicine name ("Tazocin", "CLEXANE", "Co-amoxiclav", "#Clexane"), with no title
    before it ("Mr Fragmin" stays a name); a word of the name lists needs no other name
    beside it ("Senna Okafor" stays a name)."""
    word = text[start:end]
    k = fold(_POSSESSIVE_S.sub("", word))
    if k not in medicines() or not _WORD.fullmatch(word):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    lex = get_lexicon()
    if k in lex.all_first or k in lex.all_last:
        before = _WORD.findall(text[max(0, start - 24) : start])
        after = _WORD.findall(text[end : end + 24])
        if (before and before[-1][:1].isupper() and fold(before[-1]) not in lex.common) or (
            after and after[0][:1].isupper() and fold(after[0]) not in lex.common
        ):
            return False
    return True


# full month names only: "Jun", "Mar" are names and words too
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_BARE_MONTH = regex.compile(rf"(?i:(?:the\s+)?(?:(?:early|mid|late|end\s+of)\s+)?{_MONTHS})")
# a day number or a year beside the month makes it a date ("3 June", "June 3rd", "June 1934")
_DAY_OR_YEAR_BEFORE = regex.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)$", regex.I)
_DAY_OR_YEAR_AFTER = regex.compile(r"^,?\s+\d{1,4}\b")
# a patient's event before a month makes the month date that person
_EVENT_BEFORE = regex.compile(
    r"(?i:\b(?:admit\w*|admission|discharg\w*|born|died|passed|follow[\s-]?up|f/u|review\w*|"
    r"seen|sick|surgery|op|operation|diagnos\w*|deliver\w*|due|appointment|appt|booked|scan|"
    r"transfer\w*|fell|fall|injur\w*|started|stopped|last\s+seen)\b)"
    r"(?:\W+\w+){0,3}?\W+$"
)
_EVENT_AFTER = regex.compile(
    r"(?:\W+\w+){0,6}?\W+(?i:admit\w*|admissions?|discharg\w*|deliver\w*|deaths?|died|"
    r"cases|patients|births)\b"
)
_DECIMAL = regex.compile(r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})")
# a unit after "N.N" makes it a quantity ("2.1 days", "12.5 hrs", "7.5 mmol")
_UNIT_AFTER = regex.compile(
    r"^\s?(?i:days?|d|hrs?|hours?|h|weeks?|wks?|months?|years?|yrs?|mins?|minutes?|kg|g|mg|"
    r"mcg|ml|l|mmol|cm|mm|m|km|%|percent|points?|stone|lbs?|units?|times|x|fte|wte|k)\b"
)


def kept_date(text: str, start: int, end: int) -> bool:
    """Is a DATE finding no date at all? A month named alone ("sees loads every June",
    "It's August") dates nothing, unless a title or kinship word makes it a name ("Aunty
    June"); a decimal "N.N" with a unit ("2.1 days", "12.5 hrs") or no day.month reading
    is a quantity ("review 9.12" stays a date)."""
    span = text[start:end]
    if _BARE_MONTH.fullmatch(span):
        before = _WORD.findall(text[max(0, start - 24) : start])
        if _TITLE_BEFORE.search(text, max(0, start - 12), start) or (
            before and fold(before[-1]) in get_lexicon().kinship
        ):
            return False
        if _EVENT_BEFORE.search(text[max(0, start - 40) : start]) or _EVENT_AFTER.match(
            text, end, min(len(text), end + 40)
        ):
            return False  # "admitted in June", "since June we've had 11 admits": it dates care
        return not (
            _DAY_OR_YEAR_BEFORE.search(text[max(0, start - 12) : start])
            or _DAY_OR_YEAR_AFTER.match(text[end : end + 8])
        )
    if m := _DECIMAL.fullmatch(span):
        impossible = int(m["a"]) > 31 or not 1 <= int(m["b"]) <= 12
        return impossible or bool(_UNIT_AFTER.match(text[end : end + 10]))
    return _holiday(text, start, end)


# a patient's event beside a holiday dates that patient ("born on Christmas Day", "turned 104
# … on Thanksgiving Day", "Thanksgiving Day on L&D: 6 babies")
_CARE_EVENT = (
    r"(?i:admit\w*|admission|discharg\w*|born|birth\w*|babies|baby|deliver\w*|died|passed|"
    r"death|turned|turns|birthday|bday|fell|fall|collaps\w*|arrest\w*|brought\s+in|"
    r"arrived|surgery|op|operated|diagnos\w*|intubated|transferred|seen|funeral)"
)
_HOLIDAY_EVENT_BEFORE = regex.compile(rf"\b{_CARE_EVENT}\b(?:\W+\w+){{0,7}}?\W+$")
_HOLIDAY_EVENT_AFTER = regex.compile(rf"(?:\W+\w+){{0,5}}?\W+{_CARE_EVENT}\b")


def _holiday(text: str, start: int, end: int) -> bool:
    """A festival or public holiday named alone ("worked Boxing Day again", "Happy
    Independence Day", "Fourth of July"): a day of the calendar everyone shares, no one's
    date, unless a year follows it ("Christmas Day 2025") or a patient's event is beside it
    ("admitted on Boxing Day", "6 babies")."""
    hits = _keep_phrase_hits(text, start, end)
    return (
        len(hits) == 1
        and hits[0] == (start, end)
        and not _DAY_OR_YEAR_AFTER.match(text[end : end + 8])
        and not _HOLIDAY_EVENT_BEFORE.search(text[max(0, start - 70) : start])
        and not _HOLIDAY_EVENT_AFTER.match(text, end, min(len(text), end + 50))
    )


# an organisation, scheme or course named like a person or place: "Kerala Nurses and Midwives
# Council", "Eastern Cape DoH", "Lembaga Jururawat Malaysia", "Directorate of Surgery",
# "Diploma Kejururawatan"; and a region named by the health board after it ("Cwm Taf
# Morgannwg UHB")
_ORG_TAIL = regex.compile(
    r"(?:^|\s)(?:Council|Board|Authority|Commission|Ministry|Department|Directorate|DoH|DOH|"
    r"MoH|MOH|Association|Union|Federation|Society|Trust|UHB|LHB|HSE)$"
)
_ORG_HEAD = regex.compile(
    r"^(?:(?:Department|Dept|Ministry|Directorate|Division|School|Faculty|Board|Council)\s+of|"
    r"Lembaga|Kementerian|Jabatan|Majlis|Persatuan|Kesatuan|Diploma|Ijazah|Sijil|Bachelor|"
    r"Master|Certificate|Kagawaran|Kagawarang|Samahan)\b"
)
_ORG_AFTER = regex.compile(
    r"^\s+(?:(?:University\s+|Teaching\s+)?Health\s+Board|UHB|LHB|HB|DoH|DOH|MoH|"
    r"Department\s+of\s+Health|Council|Directorate)\b"
)


_DEPARTMENT_OF = regex.compile(
    r"(?:the\s+)?(?:Directorate|Department|Dept\.?|Division|Service|Care\s+Group)\s+of\s+"
    r"\p{Lu}[\p{L}'’-]+"
    r"(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?"
)


def _inside_department(text: str, start: int, end: int) -> bool:
    """Does the finding lie inside a hospital service named by its field ("the Directorate of
    Surgery", "Department of Medicine", "Care Group of …")? Any name finding, the model's too."""
    return any(
        m.start() <= start and end <= m.end()
        for m in _DEPARTMENT_OF.finditer(text, max(0, start - 40), min(len(text), end + 40))
    )


def _organisation(text: str, start: int, end: int) -> bool:
    """Is the finding a body, scheme or course rather than a person or place?"""
    span = text[start:end]
    return bool(
        _ORG_TAIL.search(span) or _ORG_HEAD.match(span) or _ORG_AFTER.match(text[end : end + 40])
    )


_NEXT_WORD = regex.compile(r"\s+([\p{L}\p{M}'’-]+)")


_PREV_WORD = regex.compile(r"([\p{L}\p{M}'’-]+)\s+$")


def _in_keep_place(text: str, start: int, end: int) -> bool:
    """Is the finding a country or region of ``data/keep_places.txt``, alone or as the first
    word of one ("Klang" in "Klang Valley")?"""
    places = get_lexicon().keep_places
    if fold(text[start:end]) in places:
        return True
    nxt = _NEXT_WORD.match(text[end : end + 30])
    if nxt and fold(f"{text[start:end]} {nxt[1]}") in places:
        return True
    prev = _PREV_WORD.search(text[max(0, start - 30) : start])
    return bool(prev and fold(f"{prev[1]} {text[start:end]}") in places)  # "Lembah Klang"


@functools.cache
def _public_figure_names() -> frozenset[str]:
    return frozenset(_read_phrases("public_figures.txt"))


@functools.cache
def _public_figures() -> regex.Pattern[str]:
    """The full names of ``data/public_figures.txt``, case-insensitive, whole words."""
    names = sorted(_public_figure_names(), key=len, reverse=True)
    alts = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    return regex.compile(rf"(?<![\w@#])(?i:{alts})(?!\w|['’]\w)")


# a facility or anything else named after a figure ("Nelson Mandela Children's Hospital",
# "Chris Hani Baragwanath", "Queen Elizabeth Hospital"): a facility word, or another
# capitalised word that opens no new sentence, right after the name
_NAMED_AFTER = regex.compile(
    r"(?:['’]s)?\s+(?:(?i:hospital|hosp|clinic|infirmary|hospice|centre|center|institute|"
    r"memorial|academic|children['’]?s|maternity|medical|health|university|college|school|"
    r"ward|unit|home|lodge|house|court|hall|park|road|street|avenue|drive|way)\b"
    r"|(?!(?:On|In|At|And|The|Who|Was|Is|Said|Says|Sang|Quote|Day|Would|Once|Of|For|"
    r"To|Vibes|Song|Songs|Playlist|Tribute)\b)\p{Lu}\p{Ll}+)"
)


# "Pt Lee Chong Wei... not that one haha": a patient who shares the name
_PATIENT_BEFORE = regex.compile(
    r"\b(?i:pt|patient|pesakit|pasyente|mgonjwa|client|resident|baby|bed\s+\d+|bay\s+\d+)"
    r"\.?\s*[:,-]?\s+$"
)


@functools.cache
def _public_figure_words() -> frozenset[str]:
    """Every word of every public figure's name, folded: a finding with another word lies
    inside no such name (the cheap test before the scan)."""
    return frozenset(fold(w) for n in _public_figure_names() for w in _FIGURE_WORD.findall(n))


_FIGURE_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _public_figure(text: str, start: int, end: int) -> bool:
    """A name finding that lies wholly inside a public figure's full name ("Florence
    Nightingale", "Bob Marley", "Nelson Mandela"), not heading a facility's name."""
    words = _public_figure_words()
    if not all(fold(w) in words for w in _FIGURE_WORD.findall(text, start, end)):
        return False
    for m in _public_figures().finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            # "Grateful to Dr. Devi Shetty": a title makes it someone the writer met
            return not (
                _NAMED_AFTER.match(text, m.end())
                or _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or _PATIENT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
    return False


_WEEKDAY = regex.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_WEEKDAY_SHORT = regex.compile(rf"(?:{'|'.join(WEEKDAYS_SHORT)})\.?")
_SHIFT_AFTER = regex.compile(
    r"\s+(?i:nights?|days?|AM|PM|shifts?|lates?|earl(?:y|ies)|off|on\s+call|LD|N|D)\b"
)
_DAY_WORD_BEFORE = regex.compile(
    r"\b(?i:on|this|next|last|every|till|til|until|from|by|before|after|w/|nights?|days?|"
    r"lates?|earl(?:y|ies))\s+$|\b(?:LD|AM|PM|N|D|E|L)\s+$|[/,&]\s*$"
)


def _weekday(text: str, start: int, end: int) -> bool:
    """A weekday taken for a name ("Whit Monday", "see you Monday"), with no title before it
    ("Mr Friday" is a name); a short one ("Sun", "Thurs") before a shift or after a day word
    ("AMU Sun night", "swaps LD Thurs")."""
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _WEEKDAY.fullmatch(text, start, end):
        return True
    return bool(_WEEKDAY_SHORT.fullmatch(text, start, end)) and bool(
        _SHIFT_AFTER.match(text, end) or _DAY_WORD_BEFORE.search(text, max(0, start - 12), start)
    )


_JOINED_PLACES = regex.compile(
    r"(?P<a>[\p{L}'’ -]+?)\s+(?:v|vs\.?|versus|and|&|or)\s+(?P<b>[\p{L}'’ -]+)"
)


def _keep_places_joined(text: str, start: int, end: int) -> bool:
    m = _JOINED_PLACES.fullmatch(text, start, end)
    places = get_lexicon().keep_places
    return bool(m) and fold(m["a"]) in places and fold(m["b"]) in places


def kept_out(text: str, start: int, end: int, etype: str) -> list[tuple[int, int]]:
    """The parts of a PERSON / LOCATION / FACILITY finding that still need replacing (a DATE
    finding is kept whole or dropped, see :func:`kept_date`)."""
    if etype == "DATE":
        return [] if kept_date(text, start, end) else [(start, end)]
    if etype != "FACILITY" and _in_keep_place(text, start, end):
        return []  # "New Zealand", "Powys", "Punjab", "Klang" of "Klang Valley": a region
    if etype != "FACILITY" and _keep_places_joined(text, start, end):
        return []  # "Ulster v Leinster", "Munster and Connacht": regions (teams) together
    if etype in ("PERSON", "LOCATION") and _organisation(text, start, end):
        return []
    if _public_figure(text, start, end):
        return []  # "Florence Nightingale", "Bob Marley": named as themselves
    if _inside_department(text, start, end):
        return []  # "Directorate of Surgery": a department, which the guide keeps
    out: list[tuple[int, int]] = []
    for s, e in outside_keep_phrases(text, start, end, person=etype == "PERSON"):
        if _kept_hashtag(text, s, e) or _medicine(text, s, e):
            continue
        s, e = _trim_code_switch(text, s, e, facility=etype == "FACILITY")
        if s >= e:
            continue
        if etype == "PERSON" and (
            _plain_person_word(text, s, e)
            or _kinship_word(text, s, e)
            or _car_model(text, s, e)
            or _weekday(text, s, e)
            or (
                fold(text[s:e]) in UNITS_OF_CARE
                and not _TITLE_BEFORE.search(text, max(0, s - 12), s)
            )
        ):
            continue
        if etype == "FACILITY" and (m := _TRAILING_DEPARTMENT.search(text, s, e)):
            e = m.start()  # "Auckland Hospital ED": the department is no identifier
        out.append((s, e))
    return out
