"""Person-name recognizers: gazetteers + context words + capitalisation, and names in hashtags.

Evidence tiers, strongest first:
1. a title right before ("Dr.", "Mrs", "Nurse") -> any capitalised word is a name;
2. a role / family word before ("my patient", "pt", "my son", "grandma") -> a capitalised word
   or a gazetteer name (any case) is a name;
3. a first name from the gazetteer that is not an everyday word -> a name in any case
   ("mariana", "MARIANA", "Mariana's"), extended by following last names / capitalised words;
4. a gazetteer word that is also an everyday word ("Hope", "Will", "Grace") -> a name only when
   capitalised mid-sentence AND next to another name or after a context word;
5. a capitalised mid-sentence surname-list word that is not an everyday word -> weak evidence.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable
from dataclasses import dataclass

import regex
from presidio_analyzer import RecognizerResult

from .lexicon import Lexicon, get_lexicon, is_english
from .normalize import fold
from .patterns import RegexRecognizer, result, rx

TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*(?:'[sS]|')?|\S", regex.V0)
PROTECTED = regex.compile(r"[#@]\w+|https?://\S+|www\.\S+|(?<![\w/])[ur]/\w+")
PROTECTED_DOMAINS = regex.compile(r"\S+@\S+|\b[\w-]+\.(?:com|org|net|ly|io|me|co|us|gov|edu)\b\S*")
_DOMAIN_HINTS = ("@", ".com", ".org", ".net", ".ly", ".io", ".me", ".co", ".us", ".gov", ".edu")

# title -> role. Strong titles make the next capitalised word a name on their own.
STRONG_TITLES: dict[str, str] = {
    "dr": "DOCTOR", "dr.": "DOCTOR", "doctor": "DOCTOR", "prof": "DOCTOR", "prof.": "DOCTOR",
    "professor": "DOCTOR", "mr": "MR", "mr.": "MR", "mrs": "MR", "mrs.": "MR", "ms": "MR",
    "ms.": "MR", "miss": "MR", "mx": "MR", "mx.": "MR", "sr.": "MR", "señor": "MR",
    "señora": "MR", "sra.": "MR", "nurse": "NURSE", "rn": "NURSE", "np": "NURSE",
    "pastor": "PERSON", "rev": "PERSON", "rev.": "PERSON", "father": "PERSON",
    "officer": "PERSON", "coach": "PERSON", "judge": "PERSON", "mister": "MR", "madam": "MR",
    "auntie": "RELATIVE", "aunt": "RELATIVE", "uncle": "RELATIVE", "grandma": "RELATIVE",
    "grandpa": "RELATIVE", "nana": "RELATIVE", "abuela": "RELATIVE", "abuelo": "RELATIVE",
    "tia": "RELATIVE", "tio": "RELATIVE", "cousin": "RELATIVE", "pt": "PATIENT", "pt.": "PATIENT",
}  # fmt: skip
# context words: the next capitalised or gazetteer word is a name.
CONTEXT_WORDS: dict[str, str] = {
    "patient": "PATIENT", "patients": "PATIENT", "pt": "PATIENT", "resident": "DOCTOR",
    "client": "PATIENT", "attending": "DOCTOR", "surgeon": "DOCTOR", "intern": "DOCTOR",
    "physician": "DOCTOR", "doc": "DOCTOR", "oncologist": "DOCTOR", "cardiologist": "DOCTOR",
    "hospitalist": "DOCTOR", "pcp": "DOCTOR", "pediatrician": "DOCTOR", "fellow": "DOCTOR",
    "preceptor": "NURSE", "charge": "NURSE", "nurse": "NURSE", "rn": "NURSE", "lpn": "NURSE",
    "midwife": "NURSE", "np": "NURSE", "pharmacist": "STAFF", "tech": "STAFF", "cna": "STAFF",
    "paramedic": "STAFF", "medic": "STAFF", "emt": "STAFF", "partner": "STAFF", "coworker": "STAFF",
    "co-worker": "STAFF", "colleague": "STAFF", "therapist": "STAFF", "manager": "STAFF",
    "aide": "STAFF", "chaplain": "STAFF", "student": "STAFF", "scribe": "STAFF",
    "son": "RELATIVE", "daughter": "RELATIVE", "mom": "RELATIVE", "mum": "RELATIVE",
    "mother": "RELATIVE", "dad": "RELATIVE", "father": "RELATIVE", "grandma": "RELATIVE",
    "grandmother": "RELATIVE", "grandpa": "RELATIVE", "grandfather": "RELATIVE",
    "granny": "RELATIVE", "nana": "RELATIVE", "papa": "RELATIVE", "wife": "RELATIVE",
    "husband": "RELATIVE", "sister": "RELATIVE", "brother": "RELATIVE", "aunt": "RELATIVE",
    "auntie": "RELATIVE", "uncle": "RELATIVE", "cousin": "RELATIVE", "niece": "RELATIVE",
    "nephew": "RELATIVE", "grandson": "RELATIVE", "granddaughter": "RELATIVE",
    "baby": "RELATIVE", "boy": "RELATIVE", "girl": "RELATIVE", "kid": "RELATIVE",
    "child": "RELATIVE", "toddler": "RELATIVE", "twins": "RELATIVE", "fiance": "RELATIVE",
    "fiancé": "RELATIVE", "fiancée": "RELATIVE", "boyfriend": "RELATIVE",
    "girlfriend": "RELATIVE", "stepson": "RELATIVE", "stepdaughter": "RELATIVE",
    "bestie": "PERSON", "friend": "PERSON", "neighbor": "PERSON", "neighbour": "PERSON",
    "named": "PERSON", "name": "PERSON", "called": "PERSON", "mr": "MR", "mrs": "MR",
    "ms": "MR", "miss": "MR", "abuela": "RELATIVE", "abuelo": "RELATIVE", "mama": "RELATIVE",
    "sis": "RELATIVE", "bro": "RELATIVE", "hija": "RELATIVE", "hijo": "RELATIVE",
    "widow": "RELATIVE", "widower": "RELATIVE", "roommate": "PERSON", "classmate": "STAFF",
    "interpreter": "STAFF", "translator": "STAFF", "caregiver": "STAFF", "carer": "STAFF",
}  # fmt: skip
CREDENTIALS: dict[str, str] = {
    "rn": "NURSE", "bsn": "NURSE", "msn": "NURSE", "lpn": "NURSE", "np": "NURSE", "aprn": "NURSE",
    "fnp": "NURSE", "crna": "NURSE", "cna": "STAFF", "md": "DOCTOR", "do": "DOCTOR",
    "mbbs": "DOCTOR", "pharmd": "STAFF", "rph": "STAFF", "emt": "STAFF", "pa-c": "STAFF",
    "pa": "STAFF", "paramedic": "STAFF", "rrt": "STAFF",
}  # fmt: skip
EPONYM_FOLLOWERS = set(
    [
        "disease",
        "syndrome",
        "palsy",
        "sign",
        "maneuver",
        "manoeuvre",
        "test",
        "score",
        "criteria",
        "scale",
        "sarcoma",
        "lymphoma",
        "phenomenon",
        "reflex",
        "triad",
        "law's",
        "law",
        "ulcer",
        "fracture",
        "procedure",
        "operation",
        "technique",
        "classification",
        "rule",
        "equation",
        "formula",
        "catheter",
        "tube",
        "drain",
        "bag",
        "virus",
    ]
)
# A run of capitalised words ending in one of these names a thing, not a person.
NOT_PERSON_WORDS = frozenset(
    {
        "award", "awards", "prize", "foundation", "fund", "society", "association", "college",
        "university", "institute", "school", "academy", "conference", "symposium", "summit",
        "week", "month", "program", "programme", "project", "campaign", "act", "fellowship",
        "scholarship", "center", "centre", "unit", "ward", "clinic", "hospital", "services",
        "group", "network", "trust", "board", "council", "committee", "department", "ministry",
        "agency", "lecture", "fair", "gala", "walk", "run", "challenge", "marathon", "drive",
        "day", "night",
    }
)  # fmt: skip
# Lower-case words that join the parts of one name: "Maria da Conceição", "Ludwig van Beethoven".
PARTICLES = frozenset(
    {
        "da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
        "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "le", "la", "y",
    }
)  # fmt: skip
# Phrases right before a lone capitalised word that make it someone's name.
NAME_CUE = regex.compile(
    r"(?i)(?:\b(?:thanks|thank\s+(?:you|u)|ty|shout\s*-?\s*outs?(?:\s+to)?|"
    r"congrats(?:\s+to)?|congratulations(?:\s+to)?|ask\s+for|asked\s+for|love\s+(?:you|u)|"
    r"miss\s+(?:you|u)|rip|hbd|happy\s+(?:birthday|bday)(?:\s+to)?|welcome(?:\s+back)?|"
    r"cheers|regards|ta|xoxo|xx|lil'?|hi|hey|dear|cc))\s*[,!:~-]?\s*$"
)
SIGN_OFF = regex.compile(r"(?:^|[\s(])[-–—~]\s*$|,\s*$")
_EN_SUFFIX = regex.compile(r"(?:s|ing|ed|ly|tion|sion|ment|ness|er|est|ful|able|ous|ive)$")
CLINICAL_CONTEXT = regex.compile(
    r"(?i)\b(?:pt|patient|patients|room|rm|bed|admit\w*|discharg\w*|shift|unit|icu|er|ed|"
    r"floor|chart|meds?|vitals|code|rounds|nurse|nursing|diagnos\w*|surgery|hospice|ward)\b"
)
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "mx", "prof", "pt", "rev", "sr", "sra"}
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "mdm", "prof", "sir", "dame"})
_DETERMINERS = frozenset({"my", "our", "your", "their", "the", "a", "an", "his", "her", "its"})
SENTENCE_END = set('.!?:;\n"()[]|•·-–—>*~')


@dataclass(slots=True)
class Tok:
    start: int
    end: int  # end of the name core (possessive 's excluded)
    raw: str
    core: str
    key: str
    kind: str = "O"  # F first, L last, A ambiguous, U unknown capitalised, W word, P punct
    cap: bool = False
    upper: bool = False
    sent_start: bool = False
    hard_start: bool = False  # a real sentence start (not just after "(" or "-")


def _kind(core: str, key: str, lex: Lexicon) -> str:
    if not core[0].isalpha():
        return "P"
    if key in STRONG_TITLES or key in CONTEXT_WORDS or key in lex.kinship:
        return "W"  # "Pastor", "Nurse", "Baby", "Tita", "Bà" are roles, not names
    if key in lex.eponyms or key.removesuffix("s") in lex.eponyms:
        return "E"  # "Parkinson's", "Whipple", "Foley": clinical words unless a title says not
    if key in lex.first:
        return "F"
    if key in lex.ambiguous:
        # listed as ambiguous but in no name list at all ("route", "alert"): just a word
        return "A" if key in lex.all_first or key in lex.all_last else "W"
    if key in lex.last:
        return "L"
    if key in lex.common:
        return "W"
    if "-" in key:
        # "Mary-Kate", "García-López", "Al-Sayed": judge by the parts
        parts = [p for p in key.split("-") if p]
        if any(len(p) < 2 for p in parts):
            return "W"  # "Jell-O", "X-ray"
        kinds = {_kind(p, p, lex) for p in parts}
        if kinds <= {"E", "A", "W"} and "E" in kinds:
            return "E"  # "Epstein-Barr", "Charcot-Marie-Tooth"
        if "F" in kinds:
            return "F"
        if kinds <= {"L", "U", "A"} and "L" in kinds:
            return "L"
        return "U" if "W" not in kinds else "W"
    if key.endswith("s") and key[:-1] in lex.last and core[:1].isupper():
        return "L"  # "the Okafors"
    return "U"


@functools.lru_cache(maxsize=100_000)
def _classify(core: str) -> tuple[str, str]:
    key = fold(core)
    return key, _kind(core, key, get_lexicon())


@functools.lru_cache(maxsize=100_000)
def _token_info(raw: str) -> tuple[str, str, str, bool, bool]:
    """What ``PersonRecognizer.tokens`` reads off a token's text alone: its name core (a
    possessive 's or a trailing apostrophe dropped), key, kind, capitalised (not all capitals)
    and all capitals (two letters or more); the same token text comes back in every post."""
    core = raw
    if core.endswith(("'s", "'S")) and len(core) > 2:
        core = core[:-2]
    elif core.endswith("'") and len(core) > 1:
        core = core[:-1]
    key, kind = _classify(core)
    cap = core[:1].isupper() and not (core.isupper() and len(core) > 1)
    upper = core.isupper() and len(core) > 1
    return core, key, kind, cap, upper


# record labels of any health system, written in capitals: never a name after "pt"/"Dr"
_RECORD_LABEL = regex.compile(
    r"MRN|UHID|URN|UR|NHI|PPS|NRIC|FIN|OHIP|RAMQ|PHN|AHCIP|CHI|NHS|DOB|SSN|NPI|ID|IP|OP|CR|HN"
)
# its alternatives are plain words: a whole-token match is a set lookup (~15x cheaper)
_RECORD_LABELS = frozenset(_RECORD_LABEL.pattern.split("|"))


_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()


class PersonRecognizer(RegexRecognizer):
    ENTITIES = ["PERSON"]

    def tokens(self, text: str) -> list[Tok]:
        protected = [m.span() for m in PROTECTED.finditer(text)]
        if any(h in text for h in _DOMAIN_HINTS):
            protected = sorted(protected + [m.span() for m in PROTECTED_DOMAINS.finditer(text)])
        if text.isascii():  # the same counts: an ASCII letter is alphabetic, A-Z upper case
            b = text.encode("ascii")
            n_alpha = len(b) - len(b.translate(None, _ASCII_LETTERS))
            n_upper = len(b) - len(b.translate(None, _ASCII_UPPER))
        else:
            n_alpha = sum(map(str.isalpha, text))
            n_upper = sum(map(str.isupper, text))
        caps_mode = n_alpha > 0 and n_upper / n_alpha > 0.6
        toks: list[Tok] = []
        pi = 0
        prev_end = 0
        for m in TOKEN.finditer(text):
            s, e = m.span()
            while pi < len(protected) and protected[pi][1] <= s:
                pi += 1
            raw = m.group()
            if pi < len(protected) and protected[pi][0] <= s < protected[pi][1]:
                toks.append(Tok(s, e, raw, raw, "", "P"))
                prev_end = e
                continue
            core, key, kind, cap, upper = _token_info(raw)
            gap = text[prev_end:s]
            prev = toks[-1].raw if toks else ""
            sent_start = (
                not toks
                or "\n" in gap
                or (prev in SENTENCE_END or (len(prev) == 1 and not prev.isalnum()))
            )
            hard_start = sent_start and prev not in ("(", "[", '"', "-", "–", "—", ",", "*", "~")
            if caps_mode and upper:
                cap = False
            toks.append(
                Tok(s, s + len(core), raw, core, key, kind, cap, upper, sent_start, hard_start)
            )
            prev_end = e
        return toks

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        toks = self.tokens(text)
        n = len(toks)
        clinical = bool(CLINICAL_CONTEXT.search(text))
        used = [False] * n
        words = [t for t in toks if t.kind != "P" and len(t.core) > 1]
        # an all-lower-case post ("thank u nurse manpreet"): case carries no evidence at all
        lower_mode = len(words) >= 4 and sum(t.cap for t in words) <= len(words) // 20

        def lower_name(t: Tok) -> bool:
            """In a lower-case post: an unknown word that does not look English."""
            return (
                lower_mode
                and t.kind == "U"
                and len(t.core) >= 4
                and t.core.islower()
                and t.key not in lex.common
                and not _EN_SUFFIX.search(t.key)
            )

        def adjacent(i: int, j: int) -> bool:
            gap = text[toks[i].end : toks[j].start]
            return gap in (" ", "-") or (gap == "'s " and False)

        def namelike(t: Tok, relaxed: bool, lower_head: bool = False) -> bool:
            """Could this token continue a name that already has evidence?"""
            if t.kind == "P" or t.key in lex.never or t.key in NOT_PERSON_WORDS:
                return False
            if t.kind in ("F", "L"):
                # a lower-case word continues only a lower-case name ("Tomasz brought" is not one)
                return t.cap or t.upper or (lower_head and len(t.core) >= 4)
            if t.kind in ("A", "U", "E"):
                return t.cap or (relaxed and t.upper)
            return False

        def extend(i: int, relaxed: bool = True) -> int:
            """Return the last index of the name run starting at i."""
            j = i
            lower_head = toks[i].core.islower()
            while j + 1 < n and j - i < 4 and not toks[j].raw.endswith(("'s", "'")):
                if not adjacent(j, j + 1):
                    break
                nxt = toks[j + 1]
                # a particle between two name words: "Maria da Conceição", "Omar bin Said"
                if (
                    nxt.key in PARTICLES
                    and not lower_head
                    and j + 2 < n
                    and adjacent(j + 1, j + 2)
                    and toks[j + 2].cap
                    and namelike(toks[j + 2], relaxed)
                ):
                    j += 2
                    continue
                if not namelike(nxt, relaxed, lower_head):
                    break
                if nxt.key in lex.months or nxt.key in lex.weekdays:
                    break
                j += 1
            return j

        def emit(i: int, j: int, score: float, reason: str, role: str, strength: int):
            if any(used[i : j + 1]):
                return None
            # a leading initial: "J. Alvarez"
            if (
                i >= 2
                and toks[i - 1].raw == "."
                and len(toks[i - 2].raw) == 1
                and (toks[i - 2].raw.isupper() and not used[i - 2])
            ):
                i -= 2
            # eponyms: "Crohn's disease", "Bell's palsy"; things: "Daisy Award"
            if j + 1 < n and (
                toks[j + 1].key in EPONYM_FOLLOWERS or toks[j + 1].key in NOT_PERSON_WORDS
            ):
                return None
            if any(toks[k].key in EPONYM_FOLLOWERS for k in range(i + 1, j + 1)):
                return None
            # the rest of an eponymous term: "Glasgow Coma Scale", "Epstein-Barr Virus"
            if i > 0 and toks[i - 1].kind == "E" and adjacent(i - 1, i):
                return None
            for k in range(i, j + 1):
                used[k] = True
            # credential after the name: "Maria Lopez, RN"
            tail = text[toks[j].end : toks[j].end + 12]
            cm = rx(r"(?:'s)?,?\s+([A-Za-z-]{2,8})\b").match(tail)
            if (
                cm
                and cm.group(1).lower() in CREDENTIALS
                and (cm.group(1).isupper() or cm.group(1) in ("PharmD", "RPh", "PA-C"))
            ):
                role, strength = CREDENTIALS[cm.group(1).lower()], 3
                reason += f" + credential '{cm.group(1)}'"
            return result(
                "PERSON", toks[i].start, toks[j].end, score, "PersonRecognizer", reason,
                role=role, role_strength=strength,
            )  # fmt: skip

        out: list[RecognizerResult] = []

        def add(r: RecognizerResult | None) -> None:
            if r is not None:
                out.append(r)

        # pass 1: titles and context words
        for i, t in enumerate(toks):
            if t.kind == "P":
                continue
            low = t.raw.lower()
            nxt_i = i + 1
            if nxt_i < n and toks[nxt_i].raw == "." and low in _ABBREVIATIONS:
                low += "."
                nxt_i += 1
            if nxt_i >= n:
                continue
            prev_tok = toks[nxt_i - 1]
            if text[prev_tok.start + len(prev_tok.raw) : toks[nxt_i].start].strip(" ,") != "":
                continue
            nt = toks[nxt_i]
            if nt.kind == "P" or nt.key in lex.never or nt.core in _RECORD_LABELS:
                continue  # "pt MRN 004-…": a record label after the title, no name
            title_role = STRONG_TITLES.get(low)
            if title_role is None and t.key in lex.kinship:
                title_role = "RELATIVE"  # "Tita Maricel", "Ông Phạm", "Nani Harbans"
            kin_title = low not in STRONG_TITLES and t.key in lex.kinship
            strong_title = title_role is not None and (
                t.cap or t.upper or low.endswith(".")
                or low in ("dr", "pt", "mr", "mrs", "ms", "mx", "nurse")
            )  # fmt: skip
            if (
                strong_title
                and (
                    nt.cap
                    or nt.upper
                    or lower_name(nt)
                    or (nt.kind in ("F", "L") and not kin_title)
                )
                and nt.kind != "W"
            ):
                if (
                    low.rstrip(".") not in _HONORIFICS
                    and nt.cap
                    and is_english(nt.key)
                    and nt.key not in lex.all_first
                ):
                    continue  # "Nurse Residency", "Nurse Educator": a job, not a name
                role = title_role or "PERSON"
                strength = 3
                if role == "MR":
                    role, strength = ("PATIENT" if clinical else "PERSON"), 1
                j = extend(nxt_i)
                add(emit(nxt_i, j, 0.85, f"capitalised word after '{t.raw}'", role, strength))
                continue
            ctx_role = CONTEXT_WORDS.get(low)
            if ctx_role is None and t.key in lex.kinship:
                ctx_role = "RELATIVE"
            if ctx_role is None:
                continue
            # "my son, Jayden," / "named Jayden"
            ok = (nt.cap and nt.kind != "W" and not nt.sent_start) or nt.kind == "F" or (
                nt.kind in ("L", "A") and (nt.cap or nt.upper)
            ) or lower_name(nt)  # fmt: skip
            if nt.kind == "A" and (nt.key in lex.months or nt.key not in lex.all_first):
                ok = False
            if ok:
                role, strength = ctx_role, 2
                if role == "MR":
                    role, strength = ("PATIENT" if clinical else "PERSON"), 1
                j = extend(nxt_i)
                add(emit(nxt_i, j, 0.8, f"name after context word '{t.raw}'", role, strength))

        # pass 2: gazetteer first names (and runs around them)
        for i, t in enumerate(toks):
            if used[i] or t.kind != "F":
                continue
            if not (t.cap or t.upper) and len(t.core) < 4:
                continue
            if not (t.cap or t.upper) and i > 0 and toks[i - 1].key in ("a", "an", "the"):
                continue  # "she loved a sherry": a noun after an article
            start = i
            # a capitalised unknown / surname right before: "Chukwuemeka Obi" handled by extend;
            # "Nguyen Thi Lan" needs a step back
            while (
                start > 0
                and not used[start - 1]
                and adjacent(start - 1, start)
                and (
                    toks[start - 1].kind in ("L", "U", "F")
                    # a middle word that is also an everyday word, between two name words:
                    # "Nguyen Van Thanh", "Tran Thi Mai"
                    or (
                        toks[start - 1].kind == "A"
                        and start >= 2
                        and toks[start - 2].kind in ("L", "F")
                        and adjacent(start - 2, start - 1)
                        and (toks[start - 2].cap or toks[start - 2].upper)
                    )
                    # a short first name that is also a word, mid-sentence: "Pa Nhia Xiong"
                    or (
                        toks[start - 1].kind == "A"
                        and toks[start - 1].cap
                        and not toks[start - 1].sent_start
                        and toks[start - 1].key in lex.all_first
                        and toks[start - 1].key not in lex.months
                        and toks[start - 1].key not in lex.weekdays
                    )
                )
                and (toks[start - 1].cap or toks[start - 1].upper)
                and not toks[start - 1].raw.endswith("'s")
                and start - i > -2
            ):
                start -= 1
            j = extend(i)
            add(emit(start, j, 0.75, f"first-name gazetteer ('{t.core}')", "PERSON", 0))

        # pass 2b: an initial before a capitalised surname-like word: "J. Alvarez"
        for i in range(2, n):
            t = toks[i]
            if used[i] or not t.cap or t.kind not in ("L", "U", "F"):
                continue
            initial = toks[i - 2].raw
            if (
                toks[i - 1].raw == "."
                and len(initial) == 1
                and initial.isupper()
                and text[toks[i - 1].end : t.start] == " "
                and t.key not in lex.never
            ):
                add(emit(i, extend(i), 0.6, "initial + capitalised surname", "PERSON", 0))

        # pass 3: ambiguous words next to another name, or surname-list words mid-sentence
        for i, t in enumerate(toks):
            if used[i] or t.kind not in ("A", "L") or not t.cap:
                continue
            if t.key in lex.months or t.key in lex.weekdays or t.key in lex.keep_places:
                continue
            j = extend(i, relaxed=False)
            if t.sent_start and not (
                t.kind == "A" and t.key in lex.all_first and j > i and toks[i + 1].kind == "L"
            ):
                continue  # "Will Thompson ..." is fine, "Green beans ..." is not
            if j > i and any(toks[k].kind in ("L", "F", "U") for k in range(i + 1, j + 1)):
                if t.kind == "A" and toks[j].kind == "A":
                    continue
                add(emit(i, j, 0.6, f"'{t.core}' next to another name", "PERSON", 0))
            elif t.kind == "L" and len(t.core) >= 4:
                if i > 0 and toks[i - 1].key in _DETERMINERS and is_english(t.key):
                    continue  # "my Master's", "the Fields of Athenry" (not "the Okafors")
                if (
                    i > 0
                    and adjacent(i - 1, i)
                    and toks[i - 1].cap
                    and is_english(toks[i - 1].key)
                    and toks[i - 1].key not in lex.all_first
                    and is_english(t.key)
                ):
                    continue  # "Family Medicine", "Community Medicine": two English words
                k = i
                if (
                    i > 0
                    and not used[i - 1]
                    and adjacent(i - 1, i)
                    and not toks[i - 1].hard_start
                    and toks[i - 1].cap
                    and toks[i - 1].kind in ("U", "F", "L")
                    and toks[i - 1].key not in lex.never
                    and toks[i - 1].key not in lex.keep_places
                ):
                    k = i - 1  # "Abdulrahman Al-Khatib": an unknown first name before it
                    if (
                        is_english(toks[k].key)
                        and toks[k].key not in lex.all_first
                        and is_english(t.key)
                    ):
                        continue  # "Emergency Medicine": two English words, no name
                add(emit(k, i, 0.45, f"surname list, capitalised mid-sentence ('{t.core}')",
                         "PERSON", 0))  # fmt: skip

        def unknown_cap(t: Tok) -> bool:
            """A capitalised word that no list explains: a name, a place or a brand."""
            return (
                t.kind in ("U", "L", "F", "A")
                and t.cap
                and t.key not in lex.never
                and t.key not in NOT_PERSON_WORDS
                and t.key not in lex.months
                and t.key not in lex.weekdays
                and t.key not in lex.keep_places
                and len(t.core) >= 2
            )

        # pass 4: two or three capitalised words in a row that no list explains, mid-sentence:
        # "Hodan Warsame", "Meenakshi Sundaram", "Abdulrahman Al-Khatib"
        for i, t in enumerate(toks):
            if used[i] or t.hard_start or not unknown_cap(t):
                continue
            if i + 1 >= n or used[i + 1] or not adjacent(i, i + 1) or t.raw.endswith("'s"):
                continue
            if not unknown_cap(toks[i + 1]):
                continue
            j = i + 1
            if j + 1 < n and adjacent(j, j + 1) and not toks[j].raw.endswith("'s") and (
                unknown_cap(toks[j + 1]) and not used[j + 1]
            ):  # fmt: skip
                j += 1
            run = toks[i : j + 1]
            if not any(x.kind in ("U", "L") for x in run):
                continue
            if all(x.key in lex.common for x in run):
                continue
            if all(is_english(x.key) and x.key not in lex.all_first for x in run):
                continue  # "Advanced Clinical Practitioner", "Gold Standards Framework"
            add(emit(i, j, 0.5, "unexplained capitalised words in a row", "PERSON", 0))

        # pass 5: a lone name-like word after a cue ("thanks Gurleen", "ask for Senthil",
        # "lil Tay"), before an honorific ("Harbans ji"), or signing off ("- Temitope")
        for i, t in enumerate(toks):
            if used[i] or not (unknown_cap(t) or lower_name(t)) or t.kind == "A":
                continue
            before = text[max(0, t.start - 30) : t.start]
            nxt = toks[i + 1] if i + 1 < n else None
            reason = ""
            if nxt is not None and nxt.key in lex.name_suffixes and adjacent(i, i + 1):
                reason = f"name before honorific '{nxt.raw}'"
            elif NAME_CUE.search(before):
                reason = "name after a greeting/thanks cue"
            elif SIGN_OFF.search(before) and not text[t.end :].strip(" .!?\n") and not t.hard_start:
                reason = "name signing off the post"
            if reason:
                add(emit(i, extend(i), 0.55, reason, "PERSON", 0))

        # pass 6: a second name joined by "and"/"&" in the same case style:
        # "chinonso and obiageli", "Hodan and Faadumo"
        spans = sorted((r.start, r.end) for r in out)
        ends = {e for _, e in spans}
        for i in range(n - 2):
            t = toks[i]
            if t.end not in ends or toks[i + 1].key not in ("and", "&"):
                continue
            c = toks[i + 2]
            if used[i + 2]:
                continue
            same_style = (c.cap and t.core[:1].isupper()) or (
                c.core.islower() and t.core.islower() and lower_name(c)
            )
            if same_style and (unknown_cap(c) or lower_name(c)) and c.kind != "A":
                add(emit(i + 2, extend(i + 2), 0.55, f"joined to the name '{t.core}'",
                         "PERSON", 0))  # fmt: skip
        return out


# ----------------------------------------------------------------------------------- hashtags
HASHTAG = regex.compile(r"#(\w{3,})")
CAMEL = regex.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
CHUNK = regex.compile(r"\d+|_+|[^\W\d_]+")
DIGIT_WORDS = {"4": "for", "2": "to"}  # #pray4kwabena, #road2recovery
TRIGGERS = (
    ("team",), ("pray", "for"), ("praying", "for"), ("prayers", "for"), ("strong", "like"),
    ("justice", "for"), ("love", "for"), ("fight", "for"), ("fighting", "for"), ("for",),
    ("remember",), ("remembering",), ("rip",), ("baby",), ("little",), ("go",), ("save",),
    ("free",), ("bring",), ("support",), ("love",), ("miss",), ("missing",), ("find",),
    ("help",), ("brave",), ("queen",), ("king",), ("princess",), ("prince",), ("sweet",),
)  # fmt: skip


class HashtagNameRecognizer(RegexRecognizer):
    """Names inside hashtags: #StrongLikeMariana, #TeamJaydenFights, #prayforsofia."""

    ENTITIES = ["PERSON"]

    @staticmethod
    def _segment(body: str, lex: Lexicon) -> list[tuple[int, int, str]] | None:
        """Split an unspaced lower-case hashtag into words; None if it does not split cleanly."""
        n = len(body)
        vocab = lex.hashtag_words | lex.common
        best: list[tuple[int, list[tuple[int, int, str]]] | None] = [None] * (n + 1)
        best[0] = (0, [])
        for i in range(n):
            if best[i] is None:
                continue
            cost_i, segs = best[i]  # type: ignore[misc]
            for j in range(i + 2, min(n, i + 16) + 1):
                w = body[i:j]
                if w in lex.first and len(w) >= 3:
                    kind, cost = "name", 1
                elif w in vocab:
                    kind, cost = "word", 1
                else:
                    continue
                cand = (cost_i + cost, [*segs, (i, j, kind)])
                if best[j] is None or cand[0] < best[j][0]:  # type: ignore[index]
                    best[j] = cand
        if best[n] is None:
            return None
        return best[n][1]

    def _words(self, body: str, lex: Lexicon) -> list[tuple[int, int, str]]:
        """Split a hashtag body into lower-case words: on digits and underscores first
        (#pray4kwabena, #team_amara, #JusticeForLiam2023), then on case changes or, for a
        one-case chunk, by dictionary segmentation; a chunk that does not segment is one word
        (or known lead-in words + the rest: #prayforoluwaseun)."""
        words: list[tuple[int, int, str]] = []
        for c in CHUNK.finditer(body):
            cs, chunk = c.start(), c.group()
            if chunk.startswith("_"):
                continue
            if chunk.isdigit():
                words.append((cs, c.end(), DIGIT_WORDS.get(chunk, chunk)))
                continue
            low = chunk.lower()
            if not chunk.islower() and not chunk.isupper():
                words += [(cs + p.start(), cs + p.end(), p.group().lower())
                          for p in CAMEL.finditer(chunk)]  # fmt: skip
                continue
            segs = self._segment(low, lex)
            if segs is not None:
                words += [(cs + a, cs + b, low[a:b]) for a, b, _ in segs]
                continue
            for trig in sorted(TRIGGERS, key=lambda t: -len("".join(t))):
                lead = "".join(trig)
                if low.startswith(lead) and len(low) - len(lead) >= 3:
                    pos = cs
                    for w in trig:
                        words.append((pos, pos + len(w), w))
                        pos += len(w)
                    words.append((pos, cs + len(chunk), low[len(lead) :]))
                    break
            else:
                words.append((cs, cs + len(chunk), low))
        return words

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        for m in HASHTAG.finditer(text):
            body = m.group(1)
            base = m.start(1)
            low = body.lower()
            if low in lex.common or low in lex.never or body.isdigit():
                continue
            mixed = not body.islower() and not body.isupper()
            words = self._words(body, lex)
            for k, (s, e, w) in enumerate(words):
                if w in lex.never or w in lex.eponyms or w.isdigit() or len(w) < 3:
                    continue
                prev = tuple(x[2] for x in words[max(0, k - 2) : k])
                after_trigger = any(prev[-len(t) :] == t for t in TRIGGERS if len(prev) >= len(t))
                is_name = (w in lex.first) or (after_trigger and w not in lex.common) or (
                    after_trigger and w in lex.ambiguous
                )  # fmt: skip
                if not is_name:
                    continue
                # surname glued on: #JusticeForMariaLopez
                end = e
                if k + 1 < len(words) and words[k + 1][2] in lex.last and mixed:
                    end = words[k + 1][1]
                reason = "first-name gazetteer inside hashtag"
                if after_trigger and w not in lex.first:
                    reason = f"name after '{''.join(prev)}' in hashtag"
                yield result(
                    "PERSON", base + s, base + end, 0.7, "HashtagNameRecognizer", reason,
                    role="PERSON", role_strength=0,
                )  # fmt: skip
