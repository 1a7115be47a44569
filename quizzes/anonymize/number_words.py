"""Ages over 89 written as number words in the languages of the posts (issue 19, ninth round).

Safe Harbor generalizes every age over 89, and families write those ages in their own words:
Welsh "naw deg dau", Irish "nócha is a cúig", Māori "iwa tekau mā toru", French
"quatre-vingt-quinze", Swahili "tisini na mbili", Tagalog "isang daan at isa", Malay "sembilan
puluh tujuh", Hindi/Urdu "pachanway saal", Twi "aduɔkron nnum", Yoruba "àádọ́rùn", Chinese
"九十五岁", Afrikaans "twee-en-negentig", Scots "a hunner year auld".

Each language's words for 90–99 are rare outside an age, so they count unless a percentage,
money or a counted thing follows ("naw deg y cant", "tisini asilimia", "quatre-vingt-dix
euros"). A hundred is said of many things ("isang daan" is also "a road", "sau baar" is "a
hundred times", "Go maire tú an céad!" wishes a long life), so hundreds count only beside an age
word: a unit of years after them ("ceud bliadhna", "seratus tahun", "sau saal", "一百岁") or an
age verb before them ("turned a hundred", "genap seratus"). The scan runs on the post with its
diacritics taken off ("àádọ́rùn" → "aadorun"), so one spelling of a word covers the written
variants; offsets are mapped back to the post.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import regex
from presidio_analyzer import RecognizerResult

from .patterns import RegexRecognizer, result

# ------------------------------------------------------------------ the words, per language
# each entry: (pattern on the mark-free lower-case text, value of the tens part, units words)
_ONE_TO_NINE: dict[str, list[str]] = {
    # units in the order 1..9; each may have several spellings "a|b"
    "welsh": [
        "un",
        "dau|dwy",
        "tri|tair",
        "pedwar|pedair",
        "pump",
        "chwech",
        "saith",
        "wyth",
        "naw",
    ],
    "irish": [
        "a haon",
        "a do",
        "a tri",
        "a ceathair",
        "a cuig",
        "a se",
        "a seacht",
        "a hocht",
        "a naoi",
    ],
    "maori": ["tahi", "rua", "toru", "wha", "rima", "ono", "whitu", "waru", "iwa"],
    "french": ["et-un|et un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "swahili": ["moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"],
    "twi": [
        "baako|biako",
        "mmienu|abien",
        "mmiensa|mmiɛnsa|abiesa|abiɛsa",
        "nan|anan",
        "nnum|anum",
        "nsia|asia",
        "nson|ason",
        "nwotwe|nwɔtwe|awotwe|awɔtwe",
        "nkron|akron",
    ],
    "tagalog": ["isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"],
    "malay": ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan|delapan", "sembilan"],
    "afrikaans": ["een", "twee", "drie", "vier", "vyf", "ses", "sewe", "agt", "nege"],
    "gaelic": [
        "'s a h-aon",
        "'s a dha",
        "'s a tri",
        "'s a ceithir",
        "'s a coig",
        "'s a sia",
        "'s a seachd",
        "'s a h-ochd",
        "'s a naoi",
    ],
    "chinese": ["一", "二|两", "三", "四", "五", "六", "七", "八", "九"],
}
_FRENCH_TEENS = ["onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept|dix sept",
                 "dix-huit|dix huit", "dix-neuf|dix neuf"]  # fmt: skip
# Hindi/Urdu 91..99 in Latin letters (spellings vary: a regex each) and Devanagari
_HINDI_9X = [
    r"(?:i|e)k(?:y|i)a+n+(?:a?v|a?w)[aeiy]+",
    r"ba+n(?:a?v|a?w)[aeiy]+",
    r"ti?ra+n(?:a?v|a?w)[aeiy]+",
    r"chau?ra+n(?:a?v|a?w)[aeiy]+",
    r"pa?ch(?:h)?a+n(?:a?v|a?w)[aeiy]+",
    r"chh?(?:i|e)y?a+n(?:a?v|a?w)[aeiy]+",
    r"sa+t+a+n(?:a?v|a?w)[aeiy]+",
    r"a+th+a+n(?:a?v|a?w)[aeiy]+|a+t+h+a+n(?:a?v|a?w)[aeiy]+",
    r"n(?:i|e)n?(?:y|i)a+n(?:a?v|a?w)[aeiy]+",
]  # fmt: skip
_DEVANAGARI_9X = ["इक्यानवे", "बानवे", "तिरानवे", "चौरानवे", "पचानवे", "छियानवे", "सत्तानवे",
                  "अट्ठानवे", "निन्यानवे"]  # fmt: skip


def _alts(words: str) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"[\s-]+") for w in words.split("|"))


def _tens_rows() -> list[tuple[str, int]]:
    """(pattern, value) for every 90..99 phrase, longest first within each language."""
    rows: list[tuple[str, int]] = []

    def with_units(head: str, lang: str, joiner: str) -> None:
        for i, units in enumerate(_ONE_TO_NINE[lang], 1):
            rows.append((rf"{head}{joiner}(?:{_alts(units)})", 90 + i))
        rows.append((head, 90))

    with_units(r"naw[\s-]+deg", "welsh", r"[\s-]+")
    with_units(r"nocha", "irish", r"\s+is\s+")
    with_units(r"iwa[\s-]+tekau", "maori", r"\s+ma\s+")
    with_units(r"tisini", "swahili", r"\s+na\s+")
    with_units(r"aduokron|aduɔkron", "twi", r"\s+")
    with_units(r"siyamnapu", "tagalog", r"(?:'t|’t|\s+at)\s*")
    with_units(r"sembilan[\s-]+puluh", "malay", r"[\s-]+")
    with_units(r"naochad", "gaelic", r"\s*")
    for i, units in enumerate(_ONE_TO_NINE["afrikaans"], 1):
        rows.append((rf"(?:{_alts(units)})[\s-]+en[\s-]+negentig", 90 + i))
    rows.append((r"negentig", 90))
    # French: quatre-vingt-dix, quatre-vingt-onze … and Belgian/Swiss nonante
    for i, teen in enumerate(_FRENCH_TEENS, 1):
        rows.append((rf"quatre[\s-]+vingts?[\s-]+(?:et[\s-]+)?(?:{_alts(teen)})", 90 + i))
    rows.append((r"quatre[\s-]+vingts?[\s-]+dix", 90))
    for i, units in enumerate(_ONE_TO_NINE["french"], 1):
        rows.append((rf"nonante[\s-]+(?:{_alts(units)})", 90 + i))
    rows.append((r"nonante", 90))
    rows.append((r"nobenta(?:['’]y|\s+y)\s+\w+", 91))  # Tagalog from Spanish: "nobenta'y singko"
    rows.append((r"nobenta", 90))
    rows.append((r"aadorun(?:[\s-]*un)?", 90))  # Yoruba "àádọ́rùn-ún"
    rows.append((r"casa['’]?in", 90))  # Hausa
    rows.append((r"iri[\s-]+itoolu(?:\s+na\s+\w+)?", 90))  # Igbo
    return rows


def _years_rows() -> list[tuple[str, int]]:
    """(pattern, value) of the words that count only before a unit of years: Hindi/Urdu
    (loose spellings) and Chinese ("九十五岁", never "九十年代")."""
    rows: list[tuple[str, int]] = []
    for i, units in enumerate(_ONE_TO_NINE["chinese"], 1):
        rows.append((rf"九十(?:{_alts(units)})", 90 + i))
    rows.append((r"九十", 90))
    for i, rx in enumerate(_HINDI_9X, 1):
        rows.append((rx, 90 + i))
    rows.append((r"nab+[ae]y?", 90))
    for i, w in enumerate(_DEVANAGARI_9X, 1):
        rows.append((w, 90 + i))
    rows.append(("नब्बे", 90))
    return rows


# hundreds: said of many things, so only beside an age word
_HUNDREDS = (
    r"(?:(?:a|one)\s+)?hunn?er|cant(?:\s+ac\s+(?:un|dau|dwy|tri|tair|pedwar|pedair|pump))?|"
    r"ceud|c[ée]ad|cead|kotahi\s+rau(?:\s+ma\s+(?:tahi|rua|toru|wha|rima))?|"
    r"cent(?:[\s-]+(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))?|"
    r"mia(?:\s+moja)?(?:\s+na\s+(?:moja|mbili|tatu|nne|tano|sita|saba|nane|tisa))?|"
    r"[ɔo]ha(?:\s+ne\s+\w+)?|(?:isang\s+)?daan(?:\s+at\s+(?:isa|dalawa|tatlo|apat|lima))?|"
    r"sandaan|seratus(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh))?|"
    r"(?:ek\s+)?sau|सौ|honderd|ogorun(?:[\s-]*un)?|一百(?:零?[一二两三四五六七八九十]+)?|百"
)

# a unit of years (any of the posts' languages), and the same after the number, within two
# words
_YEARS_WORDS = (
    r"(?:years?|yrs?|yo\b|year\s+auld|auld|ans?\b|jaar|tahun|thn|umur|"
    r"taong?|gulang|na\s+kaarawan|kaarawan|saal|sal\b|baras|varsh|barsa|miaka|mfe[ɛe]|afe|"
    r"bliadhna|bliain|bliana|oed|blwydd|岁|歲|大寿|大壽|odun|shekara|dilemo|iminyaka|birthday|"
    r"bday|cumpleanos|tau\b|nga\s+tau)"
)
_YEARS_AFTER = rf"(?:\s+\S+){{0,1}}?\s*{_YEARS_WORDS}"
# an age verb before a hundred ("turned a hundred", "genap seratus", "ana miaka mia moja")
_AGE_BEFORE = (
    r"(?:turned|turns|turning|aged?|reached|hit|celebrat\w+|is\s+now|miaka|genap|umur|usia|"
    r"berumur|berusia|adi\s+mfe[ɛe]|wedi\s+troi|troi|edad|umri\s+wa)"
)
# what makes a number no age: a percentage, money, a counted thing
_NOT_AGE_AFTER = regex.compile(
    r"\s*(?:%|y\s+cant|per\s*cent|percent|pour\s*cent|pourcent|peratus|porsyento|persent|"
    r"prosent|faoin\s+gc[ée]ad|euros?|dollars?|pounds?|rand|naira|cedis?|shillings?|ringgit|"
    r"pesos?|rupees?|rs\b|rupaye|patients?|wagonjwa|pesakit|beds?|vitanda|katil|staff|nurses|"
    r"people|watu|orang|tao\b|minutes?|mins?|dakika|minit|seconds?|hours?|hrs?|saa\b|jam\b|"
    r"days?|siku|hari\b|weeks?|wiki|minggu|months?|miezi|bulan|km|miles?|kg|mg|ml|units?|"
    r"times|baar|bar\b|fois|mara|kali|beses|calls?|cases?|deaths?|steps?|pages?|questions?|"
    r"marks?|points?)",
    regex.I,
)
_NOT_AGE_BEFORE = regex.compile(r"(?:asilimia|peratus|porsyento|y\s+cant|over|around|about)\s+$")


@functools.lru_cache(maxsize=8192)
def _plain_char(ch: str) -> str:
    """One character lower-cased without its combining marks ("ọ́" → "o"; "😂" stays)."""
    return "".join(
        c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
    ).lower()


def _strip_marks(text: str) -> tuple[str, list[int] | None]:
    """The text lower-cased without combining marks, and each kept character's index in the
    text ("àádọ́rùn" → "aadorun"); ``None`` for an ASCII post (the same indices)."""
    if text.isascii():
        return text.lower(), None
    pieces = [_plain_char(ch) for ch in text]
    return "".join(pieces), [i for i, piece in enumerate(pieces) for _ in piece]


# words end at any letter of a script with spaces (Chinese has none: "今天九十五岁")
_LETTERS = r"\p{Latin}\p{Devanagari}\p{N}'’-"
_EDGE_L, _EDGE_R = rf"(?<![{_LETTERS}])", rf"(?![{_LETTERS}])"


# a word every 90s phrase that counts alone holds (Afrikaans "twee-en-negentig", Māori "iwa
# tekau mā rua", Igbo "iri itoolu"): a post without one has none (plain substring tests)
STRONG_STEMS = (
    "naw", "nocha", "tekau", "tisini", "aduokron", "aduɔkron", "siyamnapu", "sembilan",
    "naochad", "negentig", "quatre", "nonante", "nobenta", "aadorun", "casa", "itoolu",
)  # fmt: skip


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    def alternation(rows: list[tuple[str, int]]) -> str:
        return "|".join(f"(?:{p})" for p, _ in sorted(rows, key=lambda r: len(r[0]), reverse=True))

    return {
        # the 90s words of every language that count alone
        "strong": regex.compile(rf"{_EDGE_L}(?P<n>{alternation(_tens_rows())}){_EDGE_R}"),
        # the words that count only before a unit of years, and those units
        "years": regex.compile(rf"{_EDGE_L}(?P<n>{alternation(_years_rows())}){_EDGE_R}"),
        "years_hint": regex.compile(_YEARS_WORDS),
        "years_stem": regex.compile(r"九十|n(?:a?v|a?w)[aeiy]|nab|नवे|नब्बे"),
        "hundred": regex.compile(
            rf"(?:{_EDGE_L}{_AGE_BEFORE}\s+(?:(?:now|just|almost|nearly|only)\s+)?"
            rf"(?P<a>{_HUNDREDS}){_EDGE_R})"
            rf"|(?:{_EDGE_L}(?P<b>{_HUNDREDS}){_EDGE_R}(?={_YEARS_AFTER}))"
        ),
        # a hundred counts after an age verb or before a unit of years: one of them is there
        "hundred_hint": regex.compile(rf"{_AGE_BEFORE}|{_YEARS_WORDS}"),
        "hundred_stem": regex.compile(
            r"hunn?er|cant|ceud|c[ée]ad|cead|rau|cent|mia|[ɔo]ha|daan|seratus|sau|सौ|honderd|"
            r"ogorun|百"
        ),
    }


# isiZulu/isiXhosa: "uneminyaka engu-93" (years of 93)
_NGUNI_YEARS = regex.compile(
    r"(?i:\b(?:u?ne)?minyaka\s+(?:engu|eyi|ewu|ongu|eli|eyi)-?)(?P<n>\d{2,3})(?!\d)"
)


class WordAgeRecognizer(RegexRecognizer):
    """Ages over 89 in number words of the posts' languages (see the module's docstring)."""

    ENTITIES = ["AGE"]

    def find(self, text: str) -> Iterable[RecognizerResult]:
        if "inyaka" in text:
            for m in _NGUNI_YEARS.finditer(text):
                if 90 <= int(m.group("n")) <= 125:
                    yield result("AGE", *m.span("n"), 0.8, "AgeRecognizer",
                                 "number of years after 'iminyaka'")  # fmt: skip
        rx_ = _patterns()
        plain, where = _strip_marks(text)
        for name, hints in (("strong", ()), ("years", ("years_stem", "years_hint"))):
            if name == "strong" and not any(stem in plain for stem in STRONG_STEMS):
                continue  # its cheap pre-check failed
            if not all(rx_[h].search(plain) for h in hints):
                continue  # its cheap pre-checks failed
            for m in rx_[name].finditer(plain):
                if _NOT_AGE_AFTER.match(plain, m.end()) or _NOT_AGE_BEFORE.search(
                    plain, max(0, m.start() - 16), m.start()
                ):
                    continue
                if name == "years" and not regex.match(_YEARS_AFTER, plain[m.end() :]):
                    continue  # "九十年代", "sau baar": no age
                yield self._age(
                    text, where, *m.span("n"), "age in number words of another language"
                )
        if rx_["hundred_stem"].search(plain) and rx_["hundred_hint"].search(plain):
            for m in rx_["hundred"].finditer(plain):
                g = "a" if m.group("a") else "b"
                if _NOT_AGE_AFTER.match(plain, m.end(g)):
                    continue
                yield self._age(text, where, *m.span(g), "a hundred and more, beside an age word")

    @staticmethod
    def _age(text: str, where: list[int] | None, s: int, e: int, reason: str) -> RecognizerResult:
        start, end = (s, e) if where is None else (where[s], where[e - 1] + 1)
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        return result("AGE", start, end, 0.8, "AgeRecognizer", reason)
