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
from collections.abc import Iterable
from dataclasses import dataclass

import regex
from presidio_analyzer import RecognizerResult

from .lexicon import Lexicon, get_lexicon
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
CLINICAL_CONTEXT = regex.compile(
    r"(?i)\b(?:pt|patient|patients|room|rm|bed|admit\w*|discharg\w*|shift|unit|icu|er|ed|"
    r"floor|chart|meds?|vitals|code|rounds|nurse|nursing|diagnos\w*|surgery|hospice|ward)\b"
)
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "mx", "prof", "pt", "rev", "sr", "sra"}
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


def _kind(core: str, key: str, lex: Lexicon) -> str:
    if not core[0].isalpha():
        return "P"
    if key in STRONG_TITLES or key in CONTEXT_WORDS:
        return "W"  # "Pastor", "Nurse", "Baby" are roles even where a name list has them
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


class PersonRecognizer(RegexRecognizer):
    ENTITIES = ["PERSON"]

    def tokens(self, text: str) -> list[Tok]:
        protected = [m.span() for m in PROTECTED.finditer(text)]
        if any(h in text for h in _DOMAIN_HINTS):
            protected = sorted(protected + [m.span() for m in PROTECTED_DOMAINS.finditer(text)])
        n_alpha = sum(map(str.isalpha, text))
        caps_mode = n_alpha > 0 and sum(map(str.isupper, text)) / n_alpha > 0.6
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
            core = raw
            if core.endswith(("'s", "'S")) and len(core) > 2:
                core = core[:-2]
            elif core.endswith("'") and len(core) > 1:
                core = core[:-1]
            key, kind = _classify(core)
            gap = text[prev_end:s]
            prev = toks[-1].raw if toks else ""
            sent_start = (
                not toks
                or "\n" in gap
                or (prev in SENTENCE_END or (len(prev) == 1 and not prev.isalnum()))
            )
            cap = core[:1].isupper() and not (core.isupper() and len(core) > 1)
            upper = core.isupper() and len(core) > 1
            if caps_mode and upper:
                cap = False
            toks.append(Tok(s, s + len(core), raw, core, key, kind, cap, upper, sent_start))
            prev_end = e
        return toks

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        toks = self.tokens(text)
        n = len(toks)
        clinical = bool(CLINICAL_CONTEXT.search(text))
        used = [False] * n

        def adjacent(i: int, j: int) -> bool:
            gap = text[toks[i].end : toks[j].start]
            return gap in (" ", "-") or (gap == "'s " and False)

        def namelike(t: Tok, relaxed: bool) -> bool:
            """Could this token continue a name that already has evidence?"""
            if t.kind == "P" or t.key in lex.never:
                return False
            if t.kind in ("F", "L"):
                return t.cap or t.upper or len(t.core) >= 4
            if t.kind in ("A", "U"):
                return t.cap or (relaxed and t.upper)
            return False

        def extend(i: int, relaxed: bool = True) -> int:
            """Return the last index of the name run starting at i."""
            j = i
            while j + 1 < n and j - i < 3 and adjacent(j, j + 1) and not toks[j].raw.endswith(
                ("'s", "'")
            ) and namelike(toks[j + 1], relaxed):  # fmt: skip
                nxt = toks[j + 1]
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
            # eponyms: "Crohn's disease", "Bell's palsy"
            if j + 1 < n and toks[j + 1].key in EPONYM_FOLLOWERS:
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
            if nt.kind == "P" or nt.key in lex.never:
                continue
            title_role = STRONG_TITLES.get(low)
            strong_title = title_role is not None and (
                t.cap or t.upper or low.endswith(".")
                or low in ("dr", "pt", "mr", "mrs", "ms", "mx", "nurse")
            )  # fmt: skip
            if strong_title and (nt.cap or nt.upper or nt.kind in ("F", "L")) and nt.kind != "W":
                role = title_role or "PERSON"
                strength = 3
                if role == "MR":
                    role, strength = ("PATIENT" if clinical else "PERSON"), 1
                j = extend(nxt_i)
                add(emit(nxt_i, j, 0.85, f"capitalised word after '{t.raw}'", role, strength))
                continue
            ctx_role = CONTEXT_WORDS.get(low)
            if ctx_role is None:
                continue
            # "my son, Jayden," / "named Jayden"
            ok = (nt.cap and nt.kind != "W" and not nt.sent_start) or nt.kind == "F" or (
                nt.kind in ("L", "A") and (nt.cap or nt.upper)
            )  # fmt: skip
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
            start = i
            # a capitalised unknown / surname right before: "Chukwuemeka Obi" handled by extend;
            # "Nguyen Thi Lan" needs a step back
            while (
                start > 0
                and not used[start - 1]
                and adjacent(start - 1, start)
                and toks[start - 1].kind in ("L", "U", "F")
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
                add(emit(i, i, 0.45, f"surname list, capitalised mid-sentence ('{t.core}')",
                         "PERSON", 0))  # fmt: skip
        return out


# ----------------------------------------------------------------------------------- hashtags
HASHTAG = regex.compile(r"#(\w{3,})")
CAMEL = regex.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
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

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        for m in HASHTAG.finditer(text):
            body = m.group(1)
            base = m.start(1)
            low = body.lower()
            if low in lex.common or low in lex.never or body.isdigit():
                continue
            mixed = not body.islower() and not body.isupper()
            if mixed:
                pieces = [(p.start(), p.end(), p.group()) for p in CAMEL.finditer(body)]
                words = [(s, e, w.lower()) for s, e, w in pieces]
            else:
                segs = self._segment(low, lex)
                if segs is None:
                    # "#prayforoluwaseun": known lead-in words + an unknown rest
                    for trig in sorted(TRIGGERS, key=lambda t: -len("".join(t))):
                        lead = "".join(trig)
                        if low.startswith(lead) and len(low) - len(lead) >= 3:
                            rest = low[len(lead) :]
                            if rest not in lex.common:
                                yield result(
                                    "PERSON", base + len(lead), base + len(body), 0.6,
                                    "HashtagNameRecognizer",
                                    f"name after '#{lead}' in hashtag", role="PERSON",
                                    role_strength=0,
                                )  # fmt: skip
                            break
                    continue
                words = [(s, e, low[s:e]) for s, e, _ in segs]
            for k, (s, e, w) in enumerate(words):
                prev = tuple(x[2] for x in words[max(0, k - 2) : k])
                after_trigger = any(prev[-len(t) :] == t for t in TRIGGERS if len(prev) >= len(t))
                is_name = (w in lex.first and len(w) >= 3) or (
                    after_trigger and mixed and w not in lex.common and len(w) >= 3
                    and not w.isdigit()
                ) or (after_trigger and w in lex.ambiguous and w not in lex.common)  # fmt: skip
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
