"""The anonymizer engine: Presidio ``AnalyzerEngine`` (no Presidio NLP engine) + our rule
recognizers + our own small spaCy NER model (``ner.py``), followed by overlap resolution, name
propagation and role-aware placeholder assignment."""

from __future__ import annotations

import datetime as _dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine
from presidio_analyzer.predefined_recognizers import IpRecognizer

from .context import ContextRecognizer
from .intl_rules import GREETINGS, InternationalRecognizer
from .keep import kept_out
from .lexicon import get_lexicon, is_english
from .normalize import MASK_CHAR, Normalized, fold, mask_placeholders, normalize
from .number_words import WordAgeRecognizer
from .patterns import (
    AddressRecognizer,
    AgeRecognizer,
    FacilityRecognizer,
    HandleRecognizer,
    IdRecognizer,
    LocationRecognizer,
    OfflineEmailRecognizer,
    PostDateRecognizer,
    PostPhoneRecognizer,
    PostUrlRecognizer,
    RoomRecognizer,
    offline_tldextract,
    result,
    rx,
)
from .persons import HashtagNameRecognizer, PersonRecognizer
from .recall_rules import (
    AddressPartsRecognizer,
    FacilityExtrasRecognizer,
    MiscRecallRecognizer,
    WordNameRecognizer,
    extend_postal_addresses,
    merge_addresses,
    roster_ages,
)
from .results import AnonymizationResult, Finding

# Presidio entity names -> our finding types
TYPE_MAP = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IP_ADDRESS": "IP",
    "CREDIT_CARD": "ACCOUNT",
    "PER": "PERSON",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "ORG": "FACILITY",
}
# Which type wins when spans of equal length overlap (lower index wins).
PRIORITY = [
    "URL", "EMAIL", "HANDLE", "IP", "SSN", "NPI", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE",
    "DEVICE", "VEHICLE", "PHONE", "ID", "ADDRESS", "FACILITY", "AGE", "DATE", "ROOM", "PERSON",
    "LOCATION",
]  # fmt: skip
_PRIO = {t: i for i, t in enumerate(PRIORITY)}
_NAME_TYPES = frozenset({"PERSON", "LOCATION", "FACILITY"})
FIXED_LABEL = {
    "HANDLE": "HANDLE", "EMAIL": "EMAIL", "PHONE": "PHONE", "URL": "URL", "IP": "IP",
    "ADDRESS": "ADDRESS", "LOCATION": "CITY", "MRN": "MRN", "ACCOUNT": "ACCOUNT",
    "HEALTH_PLAN": "HEALTH_PLAN", "LICENSE": "LICENSE", "NPI": "NPI", "SSN": "SSN",
    "DEVICE": "DEVICE", "VEHICLE": "VEHICLE", "ID": "ID", "ROOM": "ROOM", "FACILITY": "FACILITY",
}  # fmt: skip
ROLE_LABEL = {
    "PATIENT": "PATIENT", "DOCTOR": "DOCTOR", "NURSE": "NURSE", "STAFF": "STAFF",
    "RELATIVE": "RELATIVE", "PERSON": "PERSON",
}  # fmt: skip
MIN_SCORE = 0.4
# A ward number is replaced in a post that also names one of these (it would locate the patient).
_WARD_NEIGHBOURS = frozenset(
    {"FACILITY", "LOCATION", "ADDRESS", "MRN", "ID", "HEALTH_PLAN", "PHONE", "ACCOUNT"}
)

# An optional NER hook: text -> iterable of (start, end, label, score); labels PERSON/PER,
# LOCATION/LOC/GPE or ORG/FACILITY. Nothing in the engine depends on it.
NerHook = Callable[[str], Iterable[tuple[int, int, str, float]]]


class NerRecognizer(EntityRecognizer):
    def __init__(self, hook: NerHook) -> None:
        self.hook = hook
        super().__init__(supported_entities=["PERSON", "LOCATION", "FACILITY"], name="NerHook")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out = []
        for start, end, label, score in self.hook(text):
            etype = TYPE_MAP.get(label, label)
            out.append(result(etype, start, end, score, "NerHook", f"NER model label {label}"))
        return out


_HASHTAG = regex.compile(r"#(\w{3,})")
_IP_HINT = regex.compile(r"\d\.\d|[0-9A-Fa-f]:[0-9A-Fa-f:]")


class _Ip(IpRecognizer):
    def __init__(self) -> None:
        super().__init__()
        # the "::" pattern alone matches C++/emoticon noise; real IPv6 needs digits
        self.patterns = [p for p in self.patterns if p.name != "IPv6_unspecified"]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        **kw: object,
    ) -> list[RecognizerResult]:
        if not _IP_HINT.search(text):
            return []  # cheap pre-check: no "1.2" or "a:b" shape, no IP address
        found = super().analyze(text, entities, nlp_artifacts)
        for r in found:
            meta = r.recognition_metadata or {}
            meta["reason"] = "IP address pattern"
            r.recognition_metadata = meta
        return found


_DISEASE_AFTER = regex.compile(
    r"(?:['’]s)?\s+(?i:fever|virus|disease|syndrome|palsy|encephalitis|haemorrhagic|hemorrhagic)\b"
)

_TITLE_BEFORE = regex.compile(r"(?i:\b(?:pt|patient|mr|mrs|ms|miss|dr|nurse)\.?\s+)$")


@dataclass(slots=True)
class _Span:
    type: str
    start: int
    end: int
    score: float
    recognizer: str
    reason: str
    meta: dict[str, object] = field(default_factory=dict)


class _NoContextEnhancer(ContextAwareEnhancer):
    """Our recognizers weigh their own context words; Presidio's lemma enhancer would only
    deep-copy every result (and has no lemmas to work with under the no-op NLP engine)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(  # type: ignore[override]
        self, text: str, raw_results: list[RecognizerResult], *args: object, **kwargs: object
    ) -> list[RecognizerResult]:
        return raw_results


def _build_analyzer(extra: list[EntityRecognizer]) -> AnalyzerEngine:
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    registry = RecognizerRegistry(
        recognizers=[
            PersonRecognizer(),
            HashtagNameRecognizer(),
            HandleRecognizer(),
            PostUrlRecognizer(),
            OfflineEmailRecognizer(),
            _Ip(),
            PostPhoneRecognizer(),
            IdRecognizer(),
            RoomRecognizer(),
            PostDateRecognizer(),
            AgeRecognizer(),
            WordAgeRecognizer(),
            AddressRecognizer(),
            FacilityRecognizer(),
            LocationRecognizer(),
            ContextRecognizer(),
            InternationalRecognizer(),
            AddressPartsRecognizer(),
            WordNameRecognizer(),
            FacilityExtrasRecognizer(),
            MiscRecallRecognizer(),
            *extra,
        ],
        supported_languages=["en"],
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp,
        supported_languages=["en"],
        context_aware_enhancer=_NoContextEnhancer(),
    )


_POSTCODE_BEFORE = regex.compile(r"\b\d{4,6}\s+$")


class Anonymizer:
    """Build once, reuse: construction compiles patterns and loads the gazetteers (~1 s)."""

    def __init__(
        self,
        *,
        ner: NerHook | None = None,
        extra_recognizers: Iterable[EntityRecognizer] = (),
        min_score: float = MIN_SCORE,
        model: bool = True,
    ) -> None:
        """``model=False`` leaves out the statistical NER layer (rules only)."""
        get_lexicon()
        offline_tldextract()("example.com")  # builds the suffix trie now, not on the first post
        extra = list(extra_recognizers)
        self._model_recognizer = None
        if model:
            from .ner import ModelRecognizer

            self._model_recognizer = ModelRecognizer()
            extra.append(self._model_recognizer)
        self.model = model
        if ner is not None:
            extra.append(NerRecognizer(ner))
        self.analyzer = _build_analyzer(extra)
        self._recognizers = self.analyzer.registry.get_recognizers(language="en", all_fields=True)
        self._entities = self.analyzer.get_supported_entities(language="en")
        self.min_score = min_score

    # ------------------------------------------------------------------ detection
    def _analyze(self, text: str) -> list[RecognizerResult]:
        """What ``self.analyzer.analyze(text, "en", score_threshold=0.0)`` returns, without its
        per-call bookkeeping (registry lookup, no-op NLP artifacts, the no-op context pass,
        explanations): our recognizers run in the same order and Presidio's own
        ``remove_duplicates`` merges them, so the results are the same, ~6% sooner."""
        results: list[RecognizerResult] = []
        for recognizer in self._recognizers:
            found = recognizer.analyze(text=text, entities=self._entities, nlp_artifacts=None)
            for r in found:
                meta = r.recognition_metadata
                if meta is None:
                    r.recognition_metadata = meta = {}
                meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
            results.extend(found)
        return EntityRecognizer.remove_duplicates([r for r in results if r.score >= 0.0])

    def _detect(self, text: str) -> list[_Span]:
        raw = self._analyze(text)
        spans: list[_Span] = []
        for r in raw:
            meta = dict(r.recognition_metadata or {})
            if r.score < self.min_score or r.end <= r.start:
                continue
            if MASK_CHAR in text[r.start : r.end]:
                continue
            if (
                r.entity_type in ("PERSON", "PATIENT")
                and _DISEASE_AFTER.match(text, r.end)
                and not _TITLE_BEFORE.search(text, max(0, r.start - 12), r.start)
            ):
                continue  # "Lassa fever", "Marburg virus": a disease named after a place
            etype = TYPE_MAP.get(r.entity_type, r.entity_type)
            # a festival, body or brand ("Hari Raya", "Te Whatu Ora", "#Deepavali"), a word of
            # another language ("kena"), a plain word ("Anyone"): only the rest counts
            pieces = (
                kept_out(text, r.start, r.end, etype)
                if etype in _NAME_TYPES or etype == "DATE"
                else [(r.start, r.end)]
            )
            for start, end in pieces:
                spans.append(
                    _Span(
                        etype,
                        start,
                        end,
                        r.score,
                        str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
                        str(meta.get("reason", r.entity_type)),
                        meta,
                    )
                )
        return spans

    @staticmethod
    def _resolve(spans: list[_Span]) -> list[_Span]:
        """Merge overlapping spans; the longest (then highest-priority) one names the merge."""
        spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
        groups: list[list[_Span]] = []
        end = -1
        for s in spans:
            if groups and s.start < end:
                groups[-1].append(s)
                end = max(end, s.end)
            else:
                groups.append([s])
                end = s.end
        out = []
        for g in groups:
            win = min(g, key=lambda s: (-(s.end - s.start), -s.score, _PRIO.get(s.type, 99)))
            start = min(s.start for s in g)
            stop = max(s.end for s in g)
            if start != win.start or stop != win.end:
                win = _Span(win.type, start, stop, win.score, win.recognizer, win.reason, win.meta)
            out.append(win)
        return out

    _AFTER_PERSON_ROOM = regex.compile(
        r"(?:'s)?\s+(?:is\s+|was\s+|still\s+)?in\s+(?P<n>\d{2,4}[A-Z]?)\b"
        r"(?!\s*(?:mg|mcg|ml|units?|min|minutes|hours?|days?|weeks?|years?|%|am|pm|percent))",
        regex.IGNORECASE,
    )
    _AFTER_PERSON_AGE = regex.compile(
        r"(?:\s*\((?P<a>\d{2,3})\)|,\s*(?P<b>\d{2,3})\s*,|(?:'s|\s+is|\s+was|\s+just\s+turned|"
        r"\s+turned|\s+turns|\s+will\s+be)\s+(?P<c>\d{2,3})\b(?!\s*(?:%|mg|kg|lbs?|days?|"
        r"weeks?|hours?|min|minutes|bpm|mmhg|degrees|units?)))",
        regex.IGNORECASE,
    )

    _AFTER_ADDRESS_PLACE = regex.compile(
        # "…Road, Homebush NSW", "…Lane, Holmfirth HD9 3LT": a town before a state code or a
        # postcode; never an acronym ("… HD9 3LT, NHS 485 …")
        r",\s*(?P<p>[A-Z](?=[\p{L}'-]*\p{Ll})[\p{L}'-]+(?:\s[A-Z][\p{Ll}'-]+)?)"
        r"(?=\s*(?:[,.;!?)]|$|\s+[A-Z]{2,3}\b|\s+[A-Z]{1,2}\d|\s+\d))"
    )

    _WARD_NUMBER = regex.compile(
        r"\b(?i:ward)\s+(?P<n>\d{1,3}[A-Z]?)\b(?!\s*(?:%|mg|ml|days?|weeks?|hours?|hrs?|mins?|"
        r"patients|nurses|staff)\b)"
    )
    _LIST_RIGHT = regex.compile(r"\s*(?:,|and|&)\s*(?P<w>\p{Lu}\p{Ll}+)\b(?!['’-]|\s+\p{Lu})")
    _LIST_LEFT = regex.compile(r"(?<![\p{L}'’-])(?P<w>\p{Lu}\p{Ll}+)\s*(?:,|and|&)\s*$")

    @classmethod
    def _follow_ups(cls, text: str, spans: list[_Span]) -> list[_Span]:
        """Numbers right after a detected name: "Denise in 608" (room), "Halina is 93" (age);
        the town right after a street address: "17 Parramatta Road, Homebush"; a ward number in
        a post that names the hospital, a place or a number ("ward 24 at Waikato
        Hospital", "ward 21 ... ph 082 559 1037"), not beside a name alone; a capitalised word
        listed with a detected first name ("Temi, Bukky and Kemi")."""
        extra: list[_Span] = []
        lex = get_lexicon()
        if any(s.type in _WARD_NEIGHBOURS for s in spans) and "ard" in text:
            for m in cls._WARD_NUMBER.finditer(text):
                if not any(o.start < m.end("n") and m.start("n") < o.end for o in spans):
                    extra.append(
                        _Span("ROOM", *m.span("n"), 0.6, "RoomRecognizer",
                              "ward number in a post with other identifiers", {"label": "ROOM"})
                    )  # fmt: skip
        for s in spans:
            if s.type != "PERSON" or " " in text[s.start : s.end]:
                continue
            for m in (cls._LIST_RIGHT.match(text, s.end), cls._LIST_LEFT.search(text, 0, s.start)):
                if not m:
                    continue
                k = fold(m.group("w"))
                if (
                    k in lex.common
                    or k in GREETINGS  # "Diolch, Siân", "Asante, Wanjiru"
                    # "Hello, Daniel" (but "Tash and Kai": a word joined by "and" is listed)
                    or (
                        is_english(k)
                        and k not in lex.all_first
                        and "," in text[min(m.end("w"), s.start) : max(m.start("w"), s.end)]
                    )
                    or k in lex.never
                    or k in lex.keep_places
                    or k in lex.kinship
                    or k in lex.eponyms
                    or any(o.start < m.end("w") and m.start("w") < o.end for o in spans + extra)
                    # the keep filter every name finding passes ("Eid ul Fitr", "Whit Monday")
                    or kept_out(text, *m.span("w"), "PERSON") != [m.span("w")]
                ):
                    continue
                extra.append(
                    _Span("PERSON", *m.span("w"), 0.6, "PersonRecognizer",
                          f"listed with the name '{text[s.start : s.end]}'",
                          {"role": "PERSON", "role_strength": 0})
                )  # fmt: skip
        for s in spans:
            if s.type in ("ADDRESS", "LOCATION", "FACILITY"):
                # "17 Parramatta Road, Homebush", "Radiance Skin Studio, Ikoyi": after a place
                # or facility, only a word no dictionary knows (a street address: any word).
                m = cls._AFTER_ADDRESS_PLACE.match(text, s.end)
                # a postal address carries its state ("43000 Kajang, Selangor")
                postal = m is not None and (
                    s.type == "ADDRESS"
                    or _POSTCODE_BEFORE.search(text[max(0, s.start - 8) : s.start]) is not None
                )
                if (
                    m
                    and (postal or fold(m.group("p")) not in lex.keep_places)
                    and (
                        s.type == "ADDRESS"
                        or not any(is_english(fold(w)) for w in m.group("p").split())
                    )
                    and not any(o.start < m.end("p") and m.start("p") < o.end for o in spans)
                    # after a facility or a place, the keep filter every name passes; a
                    # postal address takes its state with it ("…, 81200 Johor Bahru, Johor")
                    and (postal or kept_out(text, *m.span("p"), "LOCATION") == [m.span("p")])
                ):
                    extra.append(
                        _Span("LOCATION", *m.span("p"), 0.6, "LocationRecognizer",
                              f"place right after a {s.type.lower()}", {"label": "CITY"})
                    )  # fmt: skip
                continue
            if s.type != "PERSON":
                continue
            m = cls._AFTER_PERSON_ROOM.match(text, s.end)
            if m:
                extra.append(
                    _Span("ROOM", *m.span("n"), 0.6, "RoomRecognizer", "'<name> in <number>'",
                          {"label": "ROOM"})
                )  # fmt: skip
            m = cls._AFTER_PERSON_AGE.match(text, s.end)
            if m:
                g = next(x for x in ("a", "b", "c") if m.group(x))
                if 90 <= int(m.group(g)) <= 125:
                    extra.append(
                        _Span("AGE", *m.span(g), 0.7, "AgeRecognizer",
                              f"age {m.group(g)} > 89 after a name")
                    )  # fmt: skip
        return spans + extra if extra else spans

    @staticmethod
    def _propagate(text: str, spans: list[_Span]) -> list[_Span]:
        """Once a name or facility is established, its other mentions are the same entity
        ("Hope Martinez ... Hope is home"; "Mercy General ... back at Mercy")."""
        lex = get_lexicon()
        known: dict[str, _Span] = {}
        for s in spans:
            if s.type not in ("PERSON", "FACILITY") or s.meta.get("label") == "UNIT":
                continue
            for word in rx(r"\p{L}[\p{L}\p{M}'-]*").findall(text[s.start : s.end]):
                w = word.removesuffix("'s")
                k = fold(w)
                if len(k) < 3 or k in ("st", "saint", "mount", "the", "of"):
                    continue
                if s.type == "FACILITY" and (k in lex.common and k not in lex.ambiguous):
                    continue
                known.setdefault(k, s)
        if not known:
            return spans
        covered = [(s.start, s.end) for s in spans]
        extra: list[_Span] = []
        for m in rx(r"(?<![\w@/.])\p{L}[\p{L}\p{M}-]*(?:'\p{L}+)*").finditer(text):
            w = m.group()
            core = w[:-2] if w.endswith("'s") else w
            k = fold(core)
            src = known.get(k)
            if src is None:
                continue
            s, e = m.start(), m.start() + len(core)
            if any(a < e and s < b for a, b in covered):
                continue
            # everyday-word names ("Hope", "Grace") only when capitalised
            if (k in lex.common or k in lex.ambiguous) and not core[:1].isupper():
                continue
            if not kept_out(text, s, e, src.type):
                continue  # "Cwm" of "Cwm Taf Morgannwg UHB", a health board: a keep word
            if text[max(0, s - 1) : s] == "#":
                pass
            extra.append(
                _Span(
                    src.type, s, e, 0.7, "Propagation",
                    f"same {src.type.lower()} as '{text[src.start : src.end]}'",
                    {k2: v for k2, v in src.meta.items() if k2 in ("label",)}
                    | {"role": "PERSON", "role_strength": 0},
                )
            )  # fmt: skip
            covered.append((s, e))
        if "#" in text:
            extra += Anonymizer._propagate_hashtags(text, known, covered)
        return spans + extra

    @staticmethod
    def _propagate_hashtags(
        text: str, known: dict[str, _Span], covered: list[tuple[int, int]]
    ) -> list[_Span]:
        """A known name glued into a hashtag at a word boundary: "#pray4chinonso",
        "#team_Hodan", "#HodanStrong" (boundaries: edges, digits, "_", a case change)."""
        names = [k for k, s in known.items() if s.type == "PERSON" and len(k) >= 4]
        if not names:
            return []
        lex = get_lexicon()
        out: list[_Span] = []
        for m in _HASHTAG.finditer(text):
            body = m.group(1)
            folded = fold(body)
            if len(folded) != len(body) or folded in lex.common:
                continue  # "#hope" on its own is the word, even in a post about Hope
            for k in names:
                i = folded.find(k)
                while i >= 0:
                    j = i + len(k)
                    left = i == 0 or not body[i - 1].isalpha() or (
                        body[i].isupper() and body[i - 1].islower()
                    )  # fmt: skip
                    right = j == len(body) or not body[j].isalpha() or (
                        body[j].isupper() and body[j - 1].islower()
                    )  # fmt: skip
                    # all lower case: the rest must split into words (#prayforchinonso)
                    if not left and body[:i].islower():
                        left = HashtagNameRecognizer._segment(body[:i], lex) is not None
                    if not right and body[j:].islower():
                        right = HashtagNameRecognizer._segment(body[j:], lex) is not None
                    s, e = m.start(1) + i, m.start(1) + j
                    if left and right and not any(a < e and s < b for a, b in covered):
                        src = known[k]
                        out.append(
                            _Span("PERSON", s, e, 0.7, "Propagation",
                                  f"same person as '{text[src.start : src.end]}' in a hashtag",
                                  {"role": "PERSON", "role_strength": 0})
                        )  # fmt: skip
                        covered.append((s, e))
                    i = folded.find(k, j)
        return out

    # ------------------------------------------------------------------ placeholders
    @staticmethod
    def _label(span: _Span, original: str) -> str:
        if span.type == "AGE":
            return "90 or older"
        if span.type == "DATE":
            year = str(span.meta.get("year") or "")
            # Safe Harbor: a year that reveals an age over 89 is not kept either
            if year.isdigit() and _dt.date.today().year - int(year) > 89:
                year = ""
            return f"[DATE_{year}]" if year else "[DATE]"
        return ""

    def _assign(self, text: str, spans: list[_Span]) -> list[tuple[_Span, str]]:
        # group mentions into entities
        entity_of: list[int] = []
        entities: list[dict[str, object]] = []
        index: dict[tuple[str, str], int] = {}
        for s in spans:
            value = text[s.start : s.end]
            if s.type in ("AGE", "DATE"):
                entity_of.append(-1)
                continue
            key = _value_key(s.type, value)
            group = "PERSON" if s.type == "PERSON" else s.type
            eid = index.get((group, key))
            if eid is None and s.type == "PERSON":
                # "Maria" after "Maria Lopez" (or the reverse) is the same person
                toks = key.split()
                for (g, k2), e2 in index.items():
                    if g != "PERSON":
                        continue
                    t2 = k2.split()
                    if (len(toks) == 1 and toks[0] in t2) or (len(t2) == 1 and t2[0] in toks):
                        eid = e2
                        break
            if eid is None:
                eid = len(entities)
                entities.append({"type": s.type, "role": "PERSON", "strength": -1, "label": None})
            index[(group, key)] = eid
            entity_of.append(eid)
            ent = entities[eid]
            if s.type == "PERSON":
                strength = int(s.meta.get("role_strength", 0) or 0)  # type: ignore[call-overload]
                if strength > int(ent["strength"]):  # type: ignore[call-overload]
                    ent["role"] = str(s.meta.get("role", "PERSON") or "PERSON")
                    ent["strength"] = strength
            elif ent["label"] is None or s.meta.get("label") == "HOSPITAL":
                ent["label"] = s.meta.get("label") or FIXED_LABEL.get(s.type, s.type)
        # number entities per label in order of first mention
        counters: dict[str, int] = {}
        names: dict[int, str] = {}
        out: list[tuple[_Span, str]] = []
        for s, eid in zip(spans, entity_of, strict=True):
            if eid < 0:
                out.append((s, self._label(s, text[s.start : s.end])))
                continue
            if eid not in names:
                ent = entities[eid]
                if ent["type"] == "PERSON":
                    label = ROLE_LABEL.get(str(ent["role"]), "PERSON")
                else:
                    label = str(ent["label"] or FIXED_LABEL.get(s.type, s.type))
                counters[label] = counters.get(label, 0) + 1
                names[eid] = f"[{label}_{counters[label]}]"
            out.append((s, names[eid]))
        return out

    # ------------------------------------------------------------------ public API
    def anonymize_many(self, texts: Iterable[str]) -> list[AnonymizationResult]:
        """The same results as ``anonymize`` on each text, faster for a batch (an import, the
        curriculum, an evaluation): the NER model reads all the texts in one batched pass
        (spaCy's ``pipe``) instead of paying its per-call overhead on every post."""
        texts = list(texts)
        if self._model_recognizer is None:
            return [self.anonymize(t) for t in texts]
        prepared = [self._prepare(t) for t in texts]
        self._model_recognizer.prefetch([masked for _, masked in prepared if masked])
        try:
            return [
                self._anonymize(t, norm, masked)
                for t, (norm, masked) in zip(texts, prepared, strict=True)
            ]
        finally:
            self._model_recognizer.forget()

    @staticmethod
    def _prepare(text: str) -> tuple[Normalized, str]:
        """The text detection reads: normalised, earlier placeholders masked."""
        norm = normalize(text)
        return norm, mask_placeholders(norm.text)[0]

    def anonymize(self, text: str) -> AnonymizationResult:
        if not text:
            return AnonymizationResult(text, [])
        return self._anonymize(text, *self._prepare(text))

    def _anonymize(self, text: str, norm: Normalized, masked: str) -> AnonymizationResult:
        if not text:
            return AnonymizationResult(text, [])
        spans = self._resolve(self._detect(masked))
        spans = self._resolve(self._follow_ups(masked, self._propagate(masked, spans)))
        spans = merge_addresses(masked, roster_ages(masked, spans, _Span))
        spans = extend_postal_addresses(masked, spans)
        assigned = self._assign(masked, spans)
        findings: list[Finding] = []
        for s, placeholder in assigned:
            start, end = norm.to_original(s.start, s.end)
            findings.append(
                Finding(
                    type=s.type,
                    start=start,
                    end=end,
                    original=text[start:end],
                    placeholder=placeholder,
                    recognizer=s.recognizer,
                    score=s.score,
                    reason=s.reason,
                )
            )
        findings.sort(key=lambda f: f.start)
        pieces: list[str] = []
        pos = 0
        for f in findings:
            pieces.append(text[pos : f.start])
            pieces.append(f.placeholder)
            pos = f.end
        pieces.append(text[pos:])
        return AnonymizationResult("".join(pieces), findings)


def _value_key(etype: str, value: str) -> str:
    v = fold(value).strip()
    if etype == "PHONE":
        return "".join(ch for ch in v if ch.isdigit())[-10:]
    if etype == "URL":
        return rx(r"^(?:https?://)?(?:www\.)?").sub("", v).rstrip("/")
    if etype == "HANDLE":
        return v.lstrip("@/").removeprefix("u/")
    if etype in ("PERSON", "FACILITY", "LOCATION"):
        v = rx(r"'s\b").sub("", v)
        v = rx(r"^(?:the|st\.?|saint)\s+").sub("", v)
        return " ".join(rx(r"[\p{L}\p{N}]+").findall(v))
    return rx(r"[\s-]").sub("", v)


_DEFAULT: Anonymizer | None = None
_LOCK = threading.Lock()


def get_anonymizer() -> Anonymizer:
    """The process-wide engine, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                _DEFAULT = Anonymizer()
    return _DEFAULT


def anonymize(text: str) -> AnonymizationResult:
    return get_anonymizer().anonymize(text)
