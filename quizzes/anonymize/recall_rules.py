"""Seventh-round recall rules (issue 19): identifiers that got through whole classes of rules.

* postal addresses written as one run of parts ("4/17 Banksia St, Dubbo NSW 2830",
  "14 Jalan Kenanga 2, Taman Melawati, 53100 Kuala Lumpur"): ``merge_addresses`` joins adjacent
  address-ish findings separated only by commas/spaces/a state code into ONE address span (the
  commas included), adds the house number before a street found without it and a bare postcode
  after it; ``AddressPartsRecognizer`` finds the parts no other rule finds (Welsh and
  Irish-language street names, named apartment buildings and house names before an address,
  Islamabad sectors "G-9/3");
* given names that are everyday words ("summer", "faith", "hope", "Precious") in name positions:
  after "my girl"/"my wee one"/"baby", before "'s mum", after "pray for"/"justice for"/"happy
  birthday", in "X is 4 today", and at the head of a hashtag followed by a word that follows a
  person ("#hopestrong", "#faithontour", "#princessRN"); ``WordNameRecognizer``;
* facilities: "<Name> Hospital for Children", hospital names in a shouted (all-capitals) post;
  ``FacilityExtrasRecognizer`` (numbered or named units, "Surgical Ward 2", "Medical Block", are
  ``intl_rules.UNIT_WARD`` / ``UNIT_BLOCK``);
* vehicle plates written without spaces next to a driving/parking word, local 8-digit phone
  numbers right after a next-of-kin word, an age over 89 after a roster name ("HARGREAVES, M 93");
  ``MiscRecallRecognizer`` and ``roster_ages``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

import regex
from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import US_STATE_CODES, _read_phrases, get_lexicon, is_english
from .patterns import FacilityRecognizer, RegexRecognizer, result

# --------------------------------------------------------------------------- address merge
# Australian states/territories, Canadian provinces, Indian/Malaysian abbreviations and US states
# that sit between a town and a postcode ("Dubbo NSW 2830", "Kingston ON K7L 3N6")
_REGION_CODES = sorted(
    set(US_STATE_CODES)
    | {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT", "ON", "QC", "BC", "AB", "MB", "SK",
       "NS", "NB", "NL", "PE", "YT", "NU", "WP", "KL"},
    key=len,
    reverse=True,
)  # fmt: skip
_GAP = regex.compile(
    rf"\s{{0,3}}(?:,\s{{0,3}})?(?:(?:{'|'.join(_REGION_CODES)})\.?(?:\s{{1,3}}|\s{{0,3}},\s{{0,3}}))?"
)
# "House 27, Street 14, G-10/4": a street number between two parts
_NUMBER_GAP = regex.compile(r"\s{1,3}\d{1,4}[A-Za-z]?\s{0,3},?\s{0,3}")
_MEMBERS = frozenset({"ADDRESS", "LOCATION", "PERSON", "FACILITY"})
_ANCHORS = frozenset({"ADDRESS", "LOCATION"})
# a named building or house at the head of an address: "Shanti Apartments, Sector 15, …"
_BUILDING = regex.compile(
    r"(?i:\b(?:apartments?|apts|residency|residences|towers?|heights|mansions?|enclave|society|"
    r"complex|villas?|condominiums?|condo|flats|court|house|cottage|lodge|plaza|niwas|nivas|"
    r"bhavan|bhawan|sadan|kunj)\b)|^(?:Tŷ|Ty|Bwthyn|Plas|Hafod)\s"
)
# the house/flat number before a street found without it: "14 Jalan Kenanga 2", "No. 14, 3rd
# Cross", "Flat 3, 22 …" (the number must stand alone: not "ward 14 Jalan …")
_HOUSE_BEFORE = regex.compile(
    r"(?:(?<![\w/#-])(?:(?i:No|Nos|Number|House|H\.?\s?No|Flat|Unit|Apt|Plot|Lot)\.?\s*)?"
    r"(?<![\w/#.-])\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?)\s*,?\s+$"
)
_NO_HOUSE_NUMBER = regex.compile(r"\p{L}|\d{1,3}(?:st|nd|rd|th)\s+\p{Lu}")
_WARDISH_BEFORE = regex.compile(r"(?i:ward|bed|room|bay|level|floor|page|step|day|week)\s+$")
# a bare postcode after an address: "…, Soweto, 1804", "…, Navi Mumbai 400703"
_POSTCODE_AFTER = regex.compile(
    r"\s{0,3},?\s{0,3}(?P<pc>\d{4,6})(?![\w/.:%-]|\s*(?i:mg|ml|kg|am|pm|hrs?|h\b|mins?|units?|"
    r"patients|people|steps|calories|kcal))"
)


_TOWN_AFTER = regex.compile(r"\s{0,3},\s{0,3}(?P<t>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})")
_DISTRICT_NO = regex.compile(r"\s\d{1,2}(?=\s*(?:[,.;)]|$))")
# Singapore "S(640045)", "S640045", "Singapore 640045" after a block address
_SG_POSTCODE = regex.compile(r"\s{0,3},?\s{0,3}(?P<pc>S\s?\(?\d{6}\)?)(?![\w)])")


class _SpanLike(Protocol):
    type: str
    start: int
    end: int
    score: float
    recognizer: str
    reason: str


S = TypeVar("S", bound=_SpanLike)


def _is_street(text: str, s: _SpanLike) -> bool:
    """A street-level address part: letters and a digit ("22 Mphuthi St", "Sector 15"), or a
    named street/estate ("Taman Melawati", "Heol y Bryn")."""
    return s.type == "ADDRESS" and any(ch.isalpha() for ch in text[s.start : s.end])


def _anchor(text: str, s: _SpanLike, cities: frozenset[str]) -> bool:
    """An address part, a place, or a known town whatever rule took it ("Kingston" as a name)."""
    return s.type in _ANCHORS or text[s.start : s.end] in cities


# (ninth round) a postal address written together ends in its postcode: the comma-separated
# parts before it are one address with it, whatever found them ("from Ard na Gréine,
# Ballinacurra, Co. Limerick V94 K7T2", "B-17, Shanti Vihar, Sector 9, Rohtak 124001",
# "to Fflat 2, 7 Heol y Felin, Llandeilo SA19 6PX")
_ENDS_WITH_POSTCODE = regex.compile(
    r"(?:\b[A-Z]\d{2}\s?[A-Z0-9]{4}"  # Eircode
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"  # UK
    r"|\b[A-Z]\d[A-Z][ -]?\d[A-Z]\d"  # Canada
    r"|(?<![\d-])\d{4,6})$"  # AU/ZA/NZ, ZIP, PIN
)
_PARTS_BEFORE = regex.compile(
    r"(?:^|(?<=\b(?i:from|to|at|is|in|address|addr|add|adres|lives|living|round|visit)\s*:?\s)"
    r"|(?<=[:(]\s?))"
    r"(?P<parts>(?:[\p{Lu}\d][\p{L}\p{M}\d'’./-]*(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d'’./-]*|na|an|"
    r"y|yr|de|du|la|le|of|the|van|der|den|el|ng|sa|di)){0,3},\s+){1,4}"
    r"(?:Co\.?\s+)?)$"
)


_PART = regex.compile(r"[^,]+?(?:,\s+|(?<=Co\.?\s)|$)")
_PART_TYPES = frozenset({"ADDRESS", "LOCATION", "FACILITY", "PERSON"})
_TITLED = regex.compile(r"\b(?i:mr|mrs|ms|mx|miss|mdm|dr|prof|sister|nurse)\.?\s+$")


def extend_postal_addresses(text: str, spans: list[S]) -> list[S]:
    """Extend an ADDRESS that ends in a postcode back over the comma-separated parts written
    before it (see above); the findings inside become part of it."""
    if not any(s.type == "ADDRESS" for s in spans):
        return spans
    out = list(spans)
    for s in spans:
        if s.type != "ADDRESS" or not _ENDS_WITH_POSTCODE.search(text, s.start, s.end):
            continue
        m = _PARTS_BEFORE.search(text, max(0, s.start - 120), s.start)
        if not m or m.start("parts") >= s.start:
            continue
        # the parts, right to left, stop at a finding that is no part of an address (a date,
        # a number, a titled name: "Mrs Ellis, 4 Mill Lane, …", "visit 3 Dec, 14 …")
        start = s.start
        for part in reversed(list(_PART.finditer(text, m.start("parts"), s.start))):
            a, b = part.span()
            if any(
                o.start < b and a < o.end and (
                    o.type not in _PART_TYPES
                    or (o.type == "PERSON" and _TITLED.search(text, max(0, o.start - 8), o.start))
                )
                for o in out
            ):  # fmt: skip
                break
            start = a
        if start >= s.start:
            continue
        inside = [o for o in out if start <= o.start and o.end <= s.end]
        out = [o for o in out if o not in inside and not (o.start < start < o.end)]
        out.append(
            type(s)(
                "ADDRESS", start, s.end, s.score, s.recognizer,
                "postal address written together, up to its postcode", dict(s.meta),
            )
        )  # fmt: skip
    return sorted(out, key=lambda x: x.start)


def merge_addresses(text: str, spans: list[S]) -> list[S]:
    """Join a run of address parts into one ADDRESS span covering the commas between them.

    A run is a sequence of ADDRESS/LOCATION (and, inside the run, PERSON/FACILITY: a town the
    name rules took for a name) findings separated only by commas, spaces and a state code; it
    must hold an address part (street, estate or postcode) and another part. A leading name
    finding joins only when it names a building ("Shanti Apartments", "Tŷ Gwyn"). The house
    number before a street and a bare 4-6 digit postcode after the run join too.
    """
    if not any(s.type == "ADDRESS" for s in spans):
        return spans
    spans = sorted(spans, key=lambda s: s.start)
    cities = get_lexicon().cities
    out: list[S] = []
    i = 0
    n = len(spans)
    while i < n:
        s = spans[i]
        if s.type not in _MEMBERS:
            out.append(s)
            i += 1
            continue
        j = i
        while j + 1 < n:
            nxt = spans[j + 1]
            if nxt.type not in _MEMBERS or nxt.start < spans[j].end:
                break
            m = _GAP.fullmatch(text, spans[j].end, nxt.start)
            if m is None and spans[j].type == "ADDRESS":
                m = _NUMBER_GAP.fullmatch(text, spans[j].end, nxt.start)
            if m is None:
                break
            j += 1
        run = spans[i : j + 1]
        # trim: a leading name finding only if it names a building; trailing ones never
        lo, hi = 0, len(run) - 1
        while lo <= hi and not _anchor(text, run[lo], cities):
            if _BUILDING.search(text[run[lo].start : run[lo].end]) and lo < hi:
                break
            lo += 1
        while hi >= lo and not _anchor(text, run[hi], cities):
            hi -= 1
        core = run[lo : hi + 1]
        has_street = any(_is_street(text, x) for x in core)
        if core and any(x.type == "ADDRESS" for x in core) and (len(core) >= 2 or has_street):
            start, end = core[0].start, core[-1].end
            if has_street:
                head = core[0]
                if (
                    head.type == "ADDRESS" or _BUILDING.search(text[head.start : head.end])
                ) and _NO_HOUSE_NUMBER.match(text, start):
                    m = _HOUSE_BEFORE.search(text, max(0, start - 24), start)
                    if m and not _WARDISH_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                        start = m.start()
                t = _TOWN_AFTER.match(text, end)
                nxt_start = spans[j + 1].start if j + 1 < n else len(text)
                if t and t.group("t") in cities and t.end("t") <= nxt_start:
                    end = t.end("t")
                    core = [*core, core[-1]]  # a town joined: the run has two parts or more
                m = _DISTRICT_NO.match(text, end)
                if m and text[end - 1 : end].isalpha() and m.end() <= nxt_start:
                    end = m.end()  # "Kingston 8", "Dublin 13"
                m = _SG_POSTCODE.match(text, end)
                if m and m.end("pc") <= nxt_start:
                    end = m.end("pc")
                if core[-1].type != "ADDRESS" or not text[core[-1].start : end].isdigit():
                    m = _POSTCODE_AFTER.match(text, end)
                    nxt_start = spans[j + 1].start if j + 1 < n else len(text)
                    if m and m.end("pc") <= nxt_start and len(core) >= 2:
                        end = m.end("pc")
            if len(core) >= 2 or (start, end) != (core[0].start, core[0].end):
                out.extend(run[:lo])
                win = next(x for x in core if x.type == "ADDRESS")
                out.append(
                    dataclasses.replace(
                        win, type="ADDRESS", start=start, end=end,
                        reason=f"address written as one run of {len(core)} parts",
                    )  # type: ignore[type-var]
                )  # fmt: skip
                out.extend(run[hi + 1 :])
                i = j + 1
                continue
        out.extend(run)
        i = j + 1
    # a house number that swallowed an earlier finding's tail is impossible (numbers only), but a
    # merged span may now overlap a neighbour found inside the gap: keep the longer one
    out.sort(key=lambda s: (s.start, -(s.end - s.start)))
    final: list[S] = []
    for s in out:
        if final and s.start < final[-1].end:
            if s.end > final[-1].end:
                final[-1] = dataclasses.replace(final[-1], end=s.end)  # type: ignore[type-var]
            continue
        final.append(s)
    return final


# --------------------------------------------------------------------------- address parts
# Welsh and Irish-language street words ("Heol y Bryn", "Ffordd Penrhos", "14 Ard na Gréine",
# "Bóthar na Trá", "Sráid an Mhuilinn"); the unambiguous ones stand without a house number
_CELTIC_STREET_FREE = (
    r"Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|Bóthar|Bothar|Sráid|Sraid|Ascaill|Lána|Céide|"
    r"Ceide|Bóithrín|Cearnóg|Cúirt"
)
_CELTIC_STREET_NUMBERED = (
    r"Ard|Cnoc|Páirc|Pairc|Radharc|Gleann|Plás|Faiche|Dún|Clos|Maes|Parc|Llys|Cae|Bryn|Pen|Tan|"
    r"Lon|Cwrt|Gerddi|Ael|Coed|Min|Nant|Llwyn|Trem|Golwg"
)
_CAPWORD = r"[\p{Lu}][\p{L}'’-]+"
_LINK = r"(?:y|yr|'r|na|an|a|de|mac|Uí|Ui|Ní|Ni|Ua|Mhic|Bhaile)"
_CELTIC_TAIL = rf"(?:\s+{_LINK})?\s+{_CAPWORD}(?:\s+(?:{_LINK}\s+)?{_CAPWORD})?"
CELTIC_STREET = regex.compile(
    rf"(?<![\w/])(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_CELTIC_STREET_FREE}){_CELTIC_TAIL}(?![\w'])"
    rf"|(?<![\w/])\d{{1,4}}[A-Za-z]?,?\s+(?:{_CELTIC_STREET_NUMBERED}){_CELTIC_TAIL}(?![\w'])"
)
# a named building before a comma and another address part: "Shanti Apartments, Sector 15"
BUILDING_NAME = regex.compile(
    r"(?<![\w])(?:[\p{Lu}][\p{L}'-]+\s+){1,3}(?:Apartments|Apts|Residency|Residences|Towers|"
    r"Heights|Mansions|Enclave|Society|CHS|Complex|Villas|Condominiums?|Niwas|Nivas|Bhavan|"
    r"Bhawan|Sadan|Kunj)(?=,\s*(?:\d|[\p{Lu}]))"
)
# a Welsh house name before a street: "Tŷ Gwyn, Heol y Bryn"
HOUSE_NAME = regex.compile(
    rf"(?<![\w])(?:Tŷ|Ty|Bwthyn|Hafod|Llety)\s+{_CAPWORD}(?:\s+{_CAPWORD})?"
    rf"(?=,\s*(?:\d|{_CELTIC_STREET_FREE}))"
)
# Islamabad / Rawalpindi sectors with a sub-sector: "G-9/3", "F-10/2", "I-8/4"
ISLAMABAD_SECTOR = regex.compile(r"(?<![\w/-])[D-I]-\d{1,2}/[1-4](?![\w/-])")
# a cheap gate: substrings every match of the rules below holds (plain ``in`` tests, faster than
# one regex alternation over every position)
_ADDRESS_GATE = tuple(
    {w for w in (_CELTIC_STREET_FREE + "|" + _CELTIC_STREET_NUMBERED).split("|")}
    | {"Apartments", "Apts", "Residenc", "Towers", "Heights", "Mansions", "Enclave", "Society",
       "CHS", "Complex", "Villas", "Condominium", "Niwas", "Nivas", "Bhavan", "Bhawan", "Sadan",
       "Kunj", "Tŷ", "Ty ", "Bwthyn", "Hafod", "Llety", "-"}
)  # fmt: skip


class AddressPartsRecognizer(RegexRecognizer):
    ENTITIES = ["ADDRESS"]

    def find(self, text: str) -> Iterable[RecognizerResult]:
        if not any(w in text for w in _ADDRESS_GATE):
            return
        for m in CELTIC_STREET.finditer(text):
            yield result("ADDRESS", *m.span(), 0.7, "AddressPartsRecognizer",
                         "Welsh or Irish-language street name")  # fmt: skip
        for m in BUILDING_NAME.finditer(text):
            yield result("ADDRESS", *m.span(), 0.6, "AddressPartsRecognizer",
                         "named building before an address")  # fmt: skip
        for m in HOUSE_NAME.finditer(text):
            yield result("ADDRESS", *m.span(), 0.6, "AddressPartsRecognizer",
                         "house name before a street")  # fmt: skip
        for m in ISLAMABAD_SECTOR.finditer(text):
            yield result("ADDRESS", *m.span(), 0.7, "AddressPartsRecognizer",
                         "Islamabad sector and sub-sector")  # fmt: skip


# --------------------------------------------------------------------------- word names
# a child or relative introduced by a kinship phrase: "my girl summer", "my wee one Skye",
# "our baby Blessing", "my daughter faith"
_KIN_BEFORE = (
    r"(?i:\b(?:my|our|her|his|their)\s+(?:(?:wee|little|lil|baby|youngest|eldest|oldest|middle|"
    r"beautiful|darling|gorgeous|sweet|brave|big|new)\s+)*(?:girl|girlie|boy|one|daughter|son|"
    r"baby|bub|babe|niece|nephew|granddaughter|grandson|grandbaby|princess|lo|sister|sis|"
    r"brother|bro|twins?|mum|mom|mam|nan|nana|gran|granny|grandma|aunt|auntie|cousin|"
    r"bestie|friend|colleague|mentor|preceptor|patient)\s*,?\s+)"
)
_CUE_BEFORE = (
    r"(?i:\b(?:baby|pray(?:ing)?\s+for|prayers\s+for|thoughts\s+with|justice\s+for|"
    r"rip|r\.i\.p\.?|happy\s+(?:birthday|bday|\d{1,2}(?:st|nd|rd|th)\s+birthday)|hbd|"
    r"congrats|congratulations|welcome\s+(?:to\s+the\s+world|home)|get\s+well\s+soon|"
    r"miss\s+you|love\s+you|proud\s+of)\s*,?\s+)"
)
_CUE_AFTER = (
    r"(?=['’]s\s+(?i:mum|mom|mam|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|grandad|"
    r"grandpa|teacher|christening|naming|bday|birthday|funeral|"
    r"first\s+birthday)\b|\s+(?i:is|turns|turned)\s+(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?i:today|tomorrow|this\s+week)\b)"
)
_NAME_WORD = r"(?P<n>[\p{L}][\p{Ll}'’-]*[\p{Ll}])"
# a capitalised everyday-word name among thanks: "especially Precious from …", "thanks to Hope
# who …", "shout out to Mercy on …"
_THANKS = regex.compile(
    r"(?i:\b(?:especially|particularly|esp\.?|thanks?\s+to|thank\s+you|shout\s*-?\s*out\s+to|"
    r"big\s+up|kudos\s+to|props\s+to)\s+)(?P<n>\p{Lu}\p{Ll}+)"
    r"(?=\s+(?:from|who|on|in|at|for|and|the)\b|\s*[,!.])"
)
# a name addressed: "sunny, can you swap Friday?", "thanks hope!", "hey faith x"
_VOCATIVE = regex.compile(
    r"(?:^|(?<=[.!?\n]\s*))(?P<n>\p{L}[\p{Ll}'’-]+),\s+(?i:can|could|would|are|did|do|have|"
    r"pls|please|u|you|r|any|is|was)\b"
    r"|(?i:\b(?:thanks|thank\s+you|ty|cheers|love\s+you|miss\s+you|well\s+done|hey|hi|hiya|"
    r"hello))\s*,?\s+(?P<n>\p{L}[\p{Ll}'’-]+)(?=\s*(?:[!.,?]|x{1,3}\b|$))"
)
# every vocative has ", can/you/…" or the greeting word (a cheap pre-check of _VOCATIVE)
_VOCATIVE_HINT = regex.compile(
    r",\s+(?i:can|could|would|are|did|do|have|pls|please|u|you|r|any|is|was)\b"
    r"|(?i:\b(?:thanks|thank\s+you|ty|cheers|love\s+you|miss\s+you|well\s+done|hey|hi|hiya|"
    r"hello))"
)
# "Mercy the canteen lady", "Lucky the cleaner", "june at Flinders pre-admission": a given name
# in apposition to a hospital job, or greeted/thanked before a place
_ROLE_APPOSITION = regex.compile(
    r"(?<![\p{L}'’#@-])(?P<n>\p{L}[\p{Ll}'’-]+)\s+the\s+(?i:porter|cleaner|ward\s+aide|HCA|"
    r"health\s*care\s+assistant|canteen\s+lady|tea\s+lady|dinner\s+lady|security\s+guard|"
    r"guard|receptionist|ward\s+clerk|clerk|chaplain|volunteer|domestic|housekeeper|"
    r"nurse|midwife|physio|pharmacist|intern|student|driver|paramedic|orderly|janitor|aide|"
    r"tech|phlebotomist|radiographer|OT|SLP|dietitian|sonographer)\b"
)
_GREETED = regex.compile(
    r"(?i:\b(?:g['’]?day|hi|hello|hey|thanks|thank\s+you|shout\s*-?\s*out|big\s+up|kudos|props|"
    r"especially|esp\.?|cheers)\s+(?:to\s+)?)(?P<n>\p{Ll}[\p{Ll}'’-]+)"
    r"(?=\s+(?:from|at|on|in|and|&|who)\b)"
)
# terms of endearment are no names when addressed ("thanks sunshine!", "hi angel")
_ENDEARMENTS = frozenset(
    {"sunshine", "angel", "honey", "love", "babe", "princess", "prince", "queen", "king",
     "darling", "sweetie", "star", "treasure", "gorgeous", "lovely", "hun", "hon", "dear",
     "petal", "pet", "chick", "doll", "sugar", "bestie", "boo", "sis", "bro", "mate"}
)  # fmt: skip
WORD_NAME_CUES = regex.compile(
    rf"(?:(?P<kin>{_KIN_BEFORE})|{_CUE_BEFORE}){_NAME_WORD}(?![\p{{L}}'’-])"
)
WORD_NAME_BEFORE_CUE = regex.compile(rf"(?<![\p{{L}}#@'’-]){_NAME_WORD}{_CUE_AFTER}")
# words that follow a person's name at the head of a hashtag: "#hopestrong", "#faithontour",
# "#blessinggraduates", "#noordiaries", "#princessRN", "#summersbattle"
HASHTAG_TAILS = (
    "strong", "stronger", "battle", "battles", "fight", "fights", "fighter", "journey",
    "story", "graduates", "graduated", "graduation", "grad", "takes", "diaries", "diary",
    "ontour", "tour", "rn", "bsn", "md", "squad", "army", "warrior", "updates", "update",
    "turns", "bday", "birthday", "isback", "cam", "snaps", "pics", "adventures", "vibes", "side",
    "goes", "does", "x", "xo", "official", "thenurse", "atwork", "onduty", "loves", "says",
    "speaks",
)  # fmt: skip
# weather and season words that are also given names: their everyday compounds are no names
_WEATHER = frozenset(
    {"summer", "autumn", "winter", "spring", "sunny", "sunshine", "rain", "storm", "snow", "sky",
     "skye", "dawn", "star", "breeze", "rainbow", "river", "ocean", "sea", "misty", "stormy"}
)  # fmt: skip
_WEATHER_TAILS = frozenset(
    {"vibes", "side", "pics", "snaps", "tour", "ontour", "adventures", "diaries", "diary", "goes",
     "cam", "x", "xo"}
)  # fmt: skip
_HASHTAG = regex.compile(r"#(\w{4,})")
_TAIL_RX = regex.compile(
    rf"(?:['’]?s)?(?:{'|'.join(sorted(HASHTAG_TAILS, key=len, reverse=True))})"
)
_CAMEL = regex.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


_KIN_PREFIXES = (
    "grandma", "grandad", "grandpa", "granny", "gran", "nana", "nanna", "nan", "nain", "taid",
    "mamgu", "tadcu", "baby", "aunty", "auntie", "uncle", "lola", "lolo", "tita", "tito", "koro",
    "kuia", "nanny", "papa", "mama",
)  # fmt: skip


# thanks and prayers glued before a name in a hashtag: "#thankyouprecious", "#prayforgrace"
_CUE_PREFIXES = ("thankyou", "thanksto", "thanks", "prayfor", "prayersfor")
# a credential after a word no dictionary knows makes the word a name: "#leratoRN"
_CREDENTIAL_TAIL = regex.compile(r"(?:RN|RGN|RM|RPN|LPN|BSN|MD|NP|RMN)")


def _hashtag_kin_name(body: str) -> tuple[int, int] | None:
    """A given name after a kinship word or a thanks/prayer cue in a hashtag: "#grandmadot",
    "#mamgumegan", "#thankyouprecious"."""
    lex = get_lexicon()
    low = body.lower()
    for kin in _KIN_PREFIXES + _CUE_PREFIXES:
        if not low.startswith(kin) or len(low) - len(kin) < 3:
            continue
        rest = low[len(kin) :]
        if not rest.isalpha() or rest in STOP_WORDS or rest in lex.never:
            continue
        if rest in WORD_NAMES or (
            rest in lex.all_first and (rest not in lex.common or len(rest) <= 3)
        ):
            return len(kin), len(low)
    return None


def _hashtag_head_name(body: str) -> int:
    """Length of a given name at the head of a hashtag body followed by a person-word, or 0."""
    lex = get_lexicon()
    low = body.lower()
    if not body.islower():
        parts = [p.group() for p in _CAMEL.finditer(body)]
        if len(parts) < 2:
            return 0
        head = parts[0].lower()
        rest = low[len(parts[0]) :]
        cands = [len(head)] if head in lex.all_first else []
        if (
            not cands
            and len(parts) == 2
            and _CREDENTIAL_TAIL.fullmatch(parts[1])
            and parts[0].isalpha()
            and len(head) >= 3
            and _unknown_word(head, lex)
            and not _split_words(head)
            and not any(
                is_english(head[:i]) and head[i:] in STOP_WORDS for i in range(2, len(head) - 1)
            )  # "#roadtoRN"
        ):
            return len(head)  # "#wambuiRN": a word no list knows, then a credential
    else:
        rest = ""
        cands = [k for k in range(3, min(len(low) - 1, 12) + 1) if low[:k] in lex.all_first]
    for k in sorted(cands, reverse=True):
        head = low[:k]
        rest = low[k:]
        if not _given_name(head, lex):
            continue
        t = _TAIL_RX.match(rest)
        if not t:
            continue
        tail = t.group().lstrip("'’")
        tail = tail[1:] if tail.startswith("s") and tail[1:] in HASHTAG_TAILS else tail
        if head in _WEATHER and tail in _WEATHER_TAILS:
            continue
        remainder = rest[t.end() :]
        # what follows the tail word must be words too ("#ffiontakespics"), or nothing
        if remainder and not (
            remainder in lex.common
            or remainder in lex.hashtag_words
            or _TAIL_RX.fullmatch(remainder)
            or not remainder.isalpha()
            or _split_words(remainder)
        ):
            continue
        return k
    return 0


def _unknown_word(k: str, lex: Any) -> bool:
    """A folded word no dictionary, keep list or code-switch list knows."""
    from .keep import code_switch_words

    return not (
        is_english(k)
        or k in lex.common
        or k in lex.never
        or k in lex.keep_places
        or k in lex.kinship
        or k in code_switch_words()
        or k in lex.hashtag_words
    )


def _given_name(k: str, lex: Any) -> bool:
    """A folded word that reads as a given name on its own: a name no dictionary lists
    ("noor", "ffion"), or an everyday word of the word-name class ("hope", "summer")."""
    if k in lex.never or k in lex.eponyms or k in lex.keep_places or k in lex.kinship:
        return False
    if k in WORD_NAMES:
        return True
    return k in lex.first and not is_english(k)


def _split_words(s: str) -> bool:
    if is_english(s):
        return True
    return any(is_english(s[:k]) and is_english(s[k:]) for k in range(2, len(s) - 1))


class WordNameRecognizer(RegexRecognizer):
    """Given names that are everyday words, in name positions (see the module docstring)."""

    ENTITIES = ["PERSON"]

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        low = text.lower()
        matches = list(WORD_NAME_CUES.finditer(text))
        if "'s " in text or "’s " in text or " turn" in low or " is " in low:
            matches += WORD_NAME_BEFORE_CUE.finditer(text)  # cheap gate: "'s mum", "is 4 today"
        for m in matches:
            w = m.group("n")
            k = w.lower().rstrip("'’")
            if len(k) < 3 or k in _TITLES or k in lex.months or k in lex.weekdays:
                continue
            if w[:1].isupper():
                if k not in lex.all_first or k in lex.never or k in lex.kinship:
                    continue
            elif not _given_name(k, lex) or (
                m.start() < m.start("n") and not m.groupdict().get("kin") and k in _VIRTUES
            ):
                continue  # "my son said"; "pray for mercy", "proud of hope" are the words
            yield result("PERSON", *m.span("n"), 0.65, "WordNameRecognizer",
                         "given name in a name position", role="PERSON",
                         role_strength=0)  # fmt: skip
        for m in _VOCATIVE.finditer(text) if _VOCATIVE_HINT.search(text) else ():
            k = m.group("n").lower()
            if k not in _ENDEARMENTS and k not in _TITLES and _given_name(k, lex):
                yield result("PERSON", *m.span("n"), 0.6, "WordNameRecognizer",
                             "given name addressed", role="PERSON", role_strength=0)  # fmt: skip
        for rx_ in (_ROLE_APPOSITION, _GREETED) if " the " in low else (_GREETED,):
            for m in rx_.finditer(text):
                w = m.group("n")
                k = w.lower()
                ok = (
                    k in lex.all_first and k not in lex.never and k not in lex.kinship
                    if w[:1].isupper()
                    else _given_name(k, lex)
                )
                if ok and k not in _TITLES and k not in _ENDEARMENTS and k not in STOP_WORDS:
                    yield result("PERSON", *m.span("n"), 0.6, "WordNameRecognizer",
                                 "given name beside a job or greeted", role="PERSON",
                                 role_strength=0)  # fmt: skip
        for m in _THANKS.finditer(text):
            k = m.group("n").lower()
            if (
                k in lex.all_first
                and k not in lex.never
                and k not in lex.keep_places
                and k not in _TITLES
                and k not in lex.kinship
            ):
                yield result("PERSON", *m.span("n"), 0.6, "WordNameRecognizer",
                             "given name thanked", role="PERSON", role_strength=0)  # fmt: skip
        if "#" in text:
            for m in _HASHTAG.finditer(text):
                kin = _hashtag_kin_name(m.group(1))
                if kin:
                    s = m.start(1)
                    yield result("PERSON", s + kin[0], s + kin[1], 0.6, "WordNameRecognizer",
                                 "given name after a kinship word in a hashtag", role="PERSON",
                                 role_strength=0)  # fmt: skip
                    continue
                k = _hashtag_head_name(m.group(1))
                if k:
                    s = m.start(1)
                    yield result("PERSON", s, s + k, 0.65, "WordNameRecognizer",
                                 "given name at the head of a hashtag", role="PERSON",
                                 role_strength=0)  # fmt: skip


# given names that are everyday words: virtues, nature, seasons and weather, gems, flowers,
# months, royal titles used as names (general knowledge); they count in lower case in a name
# position ("my girl summer", "#hopestrong")
WORD_NAMES = frozenset(
    {"amber", "angel", "april", "autumn", "blessing", "blossom", "breeze", "brook", "candy",
     "charity", "comfort", "coral", "crystal", "daisy", "dawn", "destiny", "divine", "ebony",
     "faith", "favour", "favor", "gift", "glory", "goodness", "grace", "harmony", "hazel",
     "heaven", "holly", "honey", "hope", "iris", "ivy", "jade", "jasmine", "joy", "june",
     "justice", "liberty", "lily", "marvel", "melody", "mercy", "miracle", "noble", "ocean",
     "olive", "patience", "peace", "pearl", "poppy", "precious", "prince", "princess",
     "promise", "queen", "rain", "raven", "river", "rose", "ruby", "sage", "sky", "skye",
     "storm", "summer", "sunny", "sunshine", "treasure", "trinity", "unity", "victory",
     "violet", "willow", "winter", "wisdom", "goodluck", "godswill", "testimony", "praise",
     "mystery", "success", "innocent", "lucky", "happy", "gifty"}
)  # fmt: skip
# titles and roles that a cue may precede ("praying for Pastor Emmanuel")
_TITLES = frozenset(
    {"pastor", "father", "mother", "sister", "brother", "doctor", "nurse", "matron", "aunty",
     "auntie", "uncle", "mama", "papa", "rev", "reverend", "bishop", "imam", "sheikh", "chief",
     "prophet", "evangelist", "deacon", "elder", "madam", "lord", "sir", "king", "baby",
     "grandma", "grandpa", "granny", "nana", "nan", "mum", "mom", "dad", "daddy", "mummy"}
)  # fmt: skip
# virtues and feelings that are also given names: lower case after "pray for", "proud of" they
# are the words ("pray for mercy"); after a kinship phrase ("my girl mercy") they are names
_VIRTUES = frozenset(
    {"mercy", "hope", "faith", "grace", "peace", "joy", "comfort", "patience", "strength",
     "justice", "blessing", "blessings", "love", "charity", "liberty", "harmony", "destiny",
     "heaven", "glory", "honor", "honour", "trinity", "victory", "unity", "favour", "favor",
     "goodness", "prosper", "wisdom", "gift", "treasure"}
)  # fmt: skip


# --------------------------------------------------------------------------- facilities
FOR_CHILDREN = regex.compile(
    r"(?<![\w])(?:(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]+\s+){1,4})(?:Hospital|Infirmary|Home|Centre|"
    r"Center)\s+for\s+(?:Sick\s+)?(?:Children|Kids|Women(?:\s+(?:and|&)\s+Children)?|Babies|"
    r"Mothers|the\s+Elderly|the\s+Aged)\b"
)
_FACILITY_PRECHECK = regex.compile(r"\sfor\s|Ward|Block|Wing|Unit|[A-Z]{4}|hiring|recruiting")
# a hospital known by a word or acronym ("?" entries of known_facilities.txt) before "is hiring"
_HIRING_AFTER = regex.compile(r"\s+(?:is\s+|are\s+|still\s+)?(?i:hiring|recruiting)\b")
_SHOUTED = regex.compile(r"[A-Z]{3,}(?:\s+[A-Z]{2,}){3,}")


_NON_SPACE_RUN = regex.compile(r"\S+")


class FacilityExtrasRecognizer(RegexRecognizer):
    ENTITIES = ["FACILITY"]
    PRECHECK = _FACILITY_PRECHECK

    def __init__(self) -> None:
        super().__init__()
        from .context import ContextRecognizer

        self._facility = FacilityRecognizer()
        self._context = ContextRecognizer()
        self._upper_known = _upper_known_facilities()

    def find(self, text: str) -> Iterable[RecognizerResult]:
        if "hiring" in text or "recruiting" in text:
            from .intl_rules import _KNOWN_NEEDS_CUE, KNOWN_FACILITY

            for m in KNOWN_FACILITY.finditer(text):
                if m.group("f") in _KNOWN_NEEDS_CUE and _HIRING_AFTER.match(text, m.end()):
                    yield result("FACILITY", *m.span("f"), 0.7, "FacilityExtrasRecognizer",
                                 "known hospital before 'hiring'", label="HOSPITAL")  # fmt: skip
        for m in FOR_CHILDREN.finditer(text):
            s = m.start() + (4 if text[m.start() : m.start() + 4].lower() == "the " else 0)
            yield result("FACILITY", s, m.end(), 0.8, "FacilityExtrasRecognizer",
                         "hospital for children/women", label="HOSPITAL")  # fmt: skip
        for run in _UPPER_RUN.finditer(text):
            words = list(_NON_SPACE_RUN.finditer(run.group()))
            i = 0
            while i < len(words):
                for k in range(min(4, len(words) - i), 0, -1):
                    a, b = words[i].start(), words[i + k - 1].end()
                    if run.group()[a:b] in self._upper_known and len(run.group()[a:b]) >= 5:
                        yield result("FACILITY", run.start() + a, run.start() + b, 0.75,
                                     "FacilityExtrasRecognizer", "known hospital in capitals",
                                     label="HOSPITAL")  # fmt: skip
                        i += k - 1
                        break
                i += 1
        if _SHOUTED.search(text):
            # a shouted post: read the capitals as a title-cased copy (same length, ASCII)
            titled = _title_ascii(text)
            if titled is not None:
                found = [*self._facility.analyze(titled, ["FACILITY"]),
                         *self._context.analyze(titled, ["FACILITY"])]  # fmt: skip
                for r in found:
                    if r.entity_type == "FACILITY" and text[r.start : r.end].isupper():
                        if text[r.start : r.start + 4] == "THE " and r.end - r.start > 8:
                            r.start += 4  # the leading "the" is no part of the name
                        r.recognition_metadata = {
                            **(r.recognition_metadata or {}),
                            RecognizerResult.RECOGNIZER_NAME_KEY: "FacilityExtrasRecognizer",
                            "reason": "facility in an all-capitals post",
                        }
                        yield r


_WORD = regex.compile(r"[A-Za-z]+")


def _title_ascii(text: str) -> str | None:
    """Title case with the function words in lower case ("Outside the Royal Stoke with a")."""
    titled = text.title()
    if len(titled) != len(text):
        return None
    return _WORD.sub(lambda m: m.group().lower() if m.group().lower() in STOP_WORDS else m.group(),
                     titled)  # fmt: skip


def _upper_known_facilities() -> dict[str, int]:
    """Known hospital names (data/known_facilities.txt, not the acronyms or the "?" entries that
    need a position) in capitals -> their word count: "NINEWELLS", "CHRIS HANI BARAGWANATH"."""
    out: dict[str, int] = {}
    for ln in _read_phrases("known_facilities.txt"):
        if ln.startswith("?") or ln.isupper() or len(ln) < 5:
            continue
        out[" ".join(ln.upper().split())] = len(ln.split())
    return out


_UPPER_RUN = regex.compile(r"(?<![\w])[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*(?![\w])")


# --------------------------------------------------------------------------- plates, phones
_PLATE_NOSPACE = regex.compile(
    # "DF48KT", "AB12CDE", "LPK982", "SBA1234A", "KCA123A", "WXY1234", "1ABC234"
    r"(?<![\w/#@.-])(?=[A-Z0-9]{5,8}(?![\w/-]))(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z]{2})"
    r"(?:[A-Z]{1,3}\d{1,4}[A-Z]{1,3}|[A-Z]{3}\d{3,4}|\d[A-Z]{3}\d{3})(?![\w/-])"
)
_DRIVE_CUE = regex.compile(
    r"(?i:\b(?:drives?|driving|drove|driver|parked|parking|park|reverse|reversed|blocking|"
    r"blocked\s+in|move\s+(?:it|your\s+car)|car|cars|van|ute|truck|lorry|taxi|cab|crew|"
    r"callsign|ambulance|rego|reg|plate|vehicle|motorbike|bike|scooter)\b)"
)
_NOT_PLATE = regex.compile(
    r"^(?:COVID|HBA|ICD|PGY|SARS|NEWS|GCS|MEWS|PEWS|SPO|FY|ST|CT|CD|HLA|BRCA|IGG|IGM|IGE|DSM|"
    r"ECG|EKG|CKD|AKI|TPN|T\d|MP|UK|USA)"
)
_KIN_PHONE = regex.compile(
    r"(?i:\b(?:wife|husband|hubby|son|daughter|mum|mom|mother|father|dad|brother|sister|nok|"
    r"next\s+of\s+kin|attendant|caregiver|carer|guardian|contact|hp|h/p|tel|mobile|mob|"
    r"whatsapp|call|text|ring|sms|number|no\.?|reach)\s*(?:(?:me|us|her|him|them|is)\s+)?"
    r"(?:(?:on|at)\s+)?[:=-]?\s*)"
    r"(?P<p>(?<!\d)[3689]\d{3}[ -]?\d{4}(?![\d-]))"
)
# both contact-word phone patterns need "6123 4567" (tests/anonymize/test_scan_gates.py)
_EIGHT_DIGIT_HINT = regex.compile(r"[3689]\d{3}[ -]?\d{4}")
# "Son Kelvin 9187 2240", "daughter Mei Ling 8123 4567": a relative's name, then the number
_KIN_NAME_PHONE = regex.compile(
    r"(?i:\b(?:wife|husband|hubby|son|daughter|mum|mom|mother|father|dad|brother|sister|niece|"
    r"nephew|grandson|granddaughter|anak|isteri|suami|anak\s+lelaki|anak\s+perempuan|nok))\s+"
    r"(?:\p{Lu}\p{Ll}+\s+){1,3}(?:(?i:on|at|hp|tel|mob|mobile)\s*)?[:=-]?\s*"
    r"(?P<p>(?<!\d)[3689]\d{3}[ -]?\d{4}(?![\d-]))"
)
_ROSTER_NAME = regex.compile(r"^[\p{Lu}'’-]{2,}(?:\s[\p{Lu}'’-]{2,})?,\s*\p{Lu}\.?$")
_ROSTER_AGE = regex.compile(r"\s+(?P<a>\d{2,3})(?:\s*(?:y|yo|yrs|F|M)\b)?(?![\w.%/:-])")


# "F/92", "M/101", "92/F", "94 / M": sex and age written together
_SEX_AGE = regex.compile(
    r"(?<![\w/])(?:[MF]\s?/\s?(?P<a>9\d|1[01]\d)|(?P<a>9\d|1[01]\d)\s?/\s?[MF])(?![\w/])"
)


class MiscRecallRecognizer(RegexRecognizer):
    ENTITIES = ["VEHICLE", "PHONE", "AGE"]
    PRECHECK = regex.compile(r"\d")

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for m in _PLATE_NOSPACE.finditer(text):
            p = m.group()
            if _NOT_PLATE.match(p):
                continue
            window = text[max(0, m.start() - 40) : m.end() + 40]
            if _DRIVE_CUE.search(window):
                yield result("VEHICLE", *m.span(), 0.7, "MiscRecallRecognizer",
                             "plate written without spaces near a vehicle word")  # fmt: skip
        if "/" in text:
            for m in _SEX_AGE.finditer(text):
                yield result("AGE", *m.span("a"), 0.7, "MiscRecallRecognizer",
                             f"age {m.group('a')} > 89 beside the sex")  # fmt: skip
        eight = _EIGHT_DIGIT_HINT.search(text) is not None
        for m in _KIN_PHONE.finditer(text) if eight else ():
            yield result("PHONE", *m.span("p"), 0.7, "MiscRecallRecognizer",
                         "8-digit local number after a contact word")  # fmt: skip
        for m in _KIN_NAME_PHONE.finditer(text) if eight else ():
            yield result("PHONE", *m.span("p"), 0.7, "MiscRecallRecognizer",
                         "8-digit local number after a relative's name")  # fmt: skip


def roster_ages(text: str, spans: list[S], make: Any) -> list[S]:
    """ "HARGREAVES, M 93": a number 90-125 right after a roster name is an age."""
    extra = []
    for s in spans:
        if s.type != "PERSON" or not _ROSTER_NAME.match(text[s.start : s.end]):
            continue
        m = _ROSTER_AGE.match(text, s.end)
        if m and 90 <= int(m.group("a")) <= 125:
            extra.append(make("AGE", *m.span("a"), 0.7, "AgeRecognizer",
                              f"age {m.group('a')} > 89 after a roster name"))  # fmt: skip
    return spans + extra if extra else spans
