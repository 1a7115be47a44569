"""Validated-pattern recognizers: contact details, numbers, dates, ages, addresses, places.

Every recognizer is a Presidio ``EntityRecognizer`` so it plugs into ``AnalyzerEngine``. Each
result carries ``recognition_metadata`` with a human ``reason`` for the reviewer and, where the
placeholder depends on it, a ``label`` (HOSPITAL vs FACILITY, ROOM vs BED) or ``year``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable

import phonenumbers
import regex
import tldextract
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from .lexicon import UNITS_OF_CARE, US_STATE_CODES, get_lexicon, is_english
from .normalize import fold

I = regex.IGNORECASE  # noqa: E741


@functools.cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compiled-pattern cache: cheaper than the regex module's own cache lookup per call."""
    return regex.compile(pattern, flags)


def literal_alternation(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` (literals), the same as their alternation
    sorted longest first ("|".join of the escaped words): a match is the longest word that lets
    the rest of the pattern match, then the next shorter one. Written as a prefix tree
    ("gr(?:an(?:dma|dpa|ny)?|...)"), which the regex module walks character by character
    instead of trying 200 alternatives at every position (~3x faster for the kinship list).

    Words that differ only in case would be separate branches of the tree under IGNORECASE
    (and could be tried shorter first): then the plain alternation is returned."""
    words = sorted(set(words), key=len, reverse=True)
    if len({w.lower() for w in words}) != len(words) or any(w != w.lower() for w in words):
        return "|".join(regex.escape(w) for w in words)
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        # longer continuations first (a greedy optional group), then "the word ends here"
        alts = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + build(trie) + ")" if trie else "(?!)"


def result(
    entity: str,
    start: int,
    end: int,
    score: float,
    recognizer: str,
    reason: str,
    **meta: object,
) -> RecognizerResult:
    metadata: dict[str, object] = {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer,
        "reason": reason,
        **meta,
    }
    return RecognizerResult(entity, start, end, score, recognition_metadata=metadata)


class RegexRecognizer(EntityRecognizer):
    """Base: subclasses implement ``find(text)`` yielding results."""

    ENTITIES: list[str] = []
    # a cheap pre-check: a text it does not match cannot hold anything ``find`` reports, so
    # ``find`` is skipped (tests/anonymize/test_rules_round5.py checks this over every set)
    PRECHECK: regex.Pattern[str] | None = None

    def __init__(self) -> None:
        super().__init__(supported_entities=self.ENTITIES, name=type(self).__name__)

    def load(self) -> None:  # everything is precompiled at import time
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.PRECHECK is not None and not self.PRECHECK.search(text):
            return []
        return list(self.find(text))

    def find(self, text: str) -> Iterable[RecognizerResult]:  # pragma: no cover - abstract
        raise NotImplementedError


# --------------------------------------------------------------------------- offline tldextract
_TLD: tldextract.TLDExtract | None = None


def offline_tldextract() -> tldextract.TLDExtract:
    """tldextract with the bundled public-suffix snapshot only: it never opens a socket."""
    global _TLD
    if _TLD is None:
        _TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    return _TLD


_ANY_EMAIL = regex.compile(
    r"(?<![\w.+-])[\w.+-]*\w@\w[\w-]*(?:\.[\w-]+)*\.\p{L}{2,24}(?![\w@-]|\.\w)"
)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validating the domain against the bundled suffix list."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        **kw: object,
    ) -> list[RecognizerResult]:
        if "@" not in text:
            return []  # cheap pre-check: the pattern scan is the costly part
        found = super().analyze(text, entities, nlp_artifacts)
        for r in found:
            meta = r.recognition_metadata or {}
            meta["reason"] = "email address (domain checked offline)"
            r.recognition_metadata = meta
        # an address whose domain ends in a suffix the snapshot does not know (a new or
        # private one, "….cymru.example") is still someone's address
        for m in _ANY_EMAIL.finditer(text):
            if not any(r.start <= m.start() and m.end() <= r.end for r in found):
                found.append(
                    result("EMAIL", *m.span(), 0.8, "OfflineEmailRecognizer",
                           "email address (domain suffix not in the snapshot)")
                )  # fmt: skip
        return found

    def validate_result(self, pattern_text: str) -> bool:
        return offline_tldextract()(pattern_text).fqdn != ""


# --------------------------------------------------------------------------- handles, URLs
class HandleRecognizer(RegexRecognizer):
    ENTITIES = ["HANDLE"]
    AT = regex.compile(r"(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?")
    REDDIT_USER = regex.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b")

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for m in self.AT.finditer(text):
            yield result("HANDLE", m.start(), m.end(), 0.9, "HandleRecognizer", "@handle")
        for m in self.REDDIT_USER.finditer(text):
            yield result("HANDLE", m.start(), m.end(), 0.9, "HandleRecognizer", "Reddit u/ name")


_COMMON_BARE_TLDS = set(
    [
        "com",
        "org",
        "net",
        "edu",
        "gov",
        "io",
        "ly",
        "co",
        "me",
        "us",
        "uk",
        "ca",
        "au",
        "in",
        "ng",
        "ph",
        "info",
        "health",
        "care",
        "app",
        "link",
        "page",
        "site",
        "online",
        "fm",
        "tv",
        "gg",
        "to",
        "de",
        "fr",
        "es",
        "it",
        "nl",
        "pl",
        "vn",
        "cn",
        "jp",
        "kr",
        "br",
        "mx",
    ]
)


class PostUrlRecognizer(RegexRecognizer):
    ENTITIES = ["URL"]
    SCHEME = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"'()]+", I)
    # every bare address has "x.co": a letter or digit, a dot, two letters (a cheap pre-check)
    BARE_HINT = regex.compile(r"[a-z0-9]\.[a-z]{2}", I)
    BARE = regex.compile(
        r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
        r"(?::\d{2,5})?(?:/[^\s<>\"'()]*)?",
        I,
    )

    @staticmethod
    def _trim(text: str, start: int, end: int) -> int:
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        return end

    def find(self, text: str) -> Iterable[RecognizerResult]:
        taken: list[tuple[int, int]] = []
        for m in self.SCHEME.finditer(text):
            end = self._trim(text, m.start(), m.end())
            taken.append((m.start(), end))
            yield result("URL", m.start(), end, 0.95, "PostUrlRecognizer", "web address")
        ext = offline_tldextract()
        for m in self.BARE.finditer(text) if self.BARE_HINT.search(text) else ():
            s, e = m.start(), self._trim(text, m.start(), m.end())
            if any(a <= s < b for a, b in taken):
                continue
            cand = text[s:e]
            host, _, path = cand.partition("/")
            parts = ext(host)
            if not parts.suffix or not parts.domain:
                continue
            tld = parts.suffix.rsplit(".", 1)[-1].lower()
            # "shift.Today" or "Mr.Smith" are sentences missing a space, not domains
            if not path and (tld not in _COMMON_BARE_TLDS or not host.islower()):
                continue
            if path and not host.replace(".", "").replace("-", "").isalnum():
                continue
            yield result("URL", s, e, 0.85, "PostUrlRecognizer", "bare domain / short link")


# --------------------------------------------------------------------------- phone numbers
_DIGIT = regex.compile(r"\d")


class PostPhoneRecognizer(RegexRecognizer):
    ENTITIES = ["PHONE_NUMBER"]
    PRECHECK = regex.compile(r"\d(?:\D{0,4}\d){6}")  # seven digits close together
    CAND = regex.compile(
        r"(?<![\w/.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,8}){1,4}"
        r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/]|-\d|\.\d)"
        r"|(?<![\w/.+-])\+\d{7,14}\b|(?<![\w/.+-])0\d{9,10}\b"
        r"|(?<![\w/.+-])\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b",
        I,
    )
    US = regex.compile(r"^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$|^\(\d{3}\)\s?\d{7}$")
    LOCAL7 = regex.compile(r"^\d{3}[\s.-]\d{4}$")
    CONTEXT = regex.compile(
        r"\b(?:call|text|phone|tel|cell|mobile|number|whatsapp|ring|reach|contact|fax|line|"
        r"hotline|dial|#)\b[^.\n]{0,25}$",
        I,
    )

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for m in self.CAND.finditer(text):
            cand = m.group().strip()
            digits = sum(ch.isdigit() for ch in cand)
            if digits < 7 or digits > 15:
                continue
            s, e = m.start(), m.start() + len(cand)
            before = text[max(0, s - 40) : s]
            if cand.startswith("+"):
                try:
                    num = phonenumbers.parse(cand, None)
                except phonenumbers.NumberParseException:
                    continue
                if not phonenumbers.is_possible_number(num):
                    continue
                yield result(
                    "PHONE_NUMBER", s, e, 0.9, "PostPhoneRecognizer", "international number"
                )
            elif self.US.match(cand):
                yield result("PHONE_NUMBER", s, e, 0.85, "PostPhoneRecognizer", "US phone format")
            elif self.LOCAL7.match(cand) and not rx(r"\d[\s.-]\d").search(cand[:3]):
                yield result(
                    "PHONE_NUMBER", s, e, 0.6, "PostPhoneRecognizer", "7-digit local number"
                )
            elif self.CONTEXT.search(before) and cand[0] in "0(":
                yield result(
                    "PHONE_NUMBER", s, e, 0.7, "PostPhoneRecognizer", "number after 'call'/'text'"
                )
            elif (cand[0] in "0(" or digits >= 10) and (region := _national_region(cand)):
                yield result(
                    "PHONE_NUMBER", s, e, 0.75, "PostPhoneRecognizer",
                    f"valid national number ({region})",
                )  # fmt: skip


# Where our posts come from: a national-format number ("07700 900461", "0803 456 7812",
# "0412 345 678", "030 4502 7781", "98765 43210") counts when libphonenumber says it is a valid
# number of one of these countries.
PHONE_REGIONS = (
    "US", "GB", "IE", "IN", "PK", "NG", "GH", "KE", "ZA", "AU", "NZ", "CA", "DE", "AT", "CH", "FR",
    "NL", "ES", "IT", "PL", "PT", "PH", "MX", "BR", "SO", "VN", "KR", "AE", "SA", "EG",
)  # fmt: skip


_EXTENSION = regex.compile(r"\s?(?:x|ext\.?)\s?\d{1,5}$", regex.IGNORECASE)


def _national_region(cand: str) -> str | None:
    body = _EXTENSION.sub("", cand)
    for region in PHONE_REGIONS:
        try:
            num = phonenumbers.parse(body, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return region
    return None


# --------------------------------------------------------------------------- ID-like numbers
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi_ok(number: str) -> bool:
    return len(number) == 10 and number.isdigit() and luhn_ok("80840" + number)


_CODE = r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9]"
_SEP = r"\s*(?:number|num|no\.?|nr\.?|id|#|:|is|was|=)?\s*(?:number|no\.?|#|:)?\s*"


def _ctx(words: str) -> str:
    # "MRN 123", "MRNs 44-1928-07 and 44-1982-07": plural context words too
    return rf"\b(?:{words})s?\b{_SEP}(?P<code>{_CODE})"


class IdRecognizer(RegexRecognizer):
    """Record, account, plan, licence, device and vehicle numbers next to a context word."""

    ENTITIES = ["MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "NPI", "SSN", "DEVICE", "VEHICLE", "ID"]
    # every code it reports has three digits with at most letters, digits, spaces and hyphens
    # between them (a context code is skipped below three digits; a bare code needs five; the
    # SSN and card shapes have runs of three or four)
    PRECHECK = regex.compile(r"\d[\dA-Z0-9 -]*\d[\dA-Z0-9 -]*\d", I)
    CONTEXTUAL: list[tuple[str, regex.Pattern[str], str]] = [
        ("MRN", regex.compile(_ctx(r"MRN|MR|medical record|med rec|chart|record|MR#"), I), "MRN"),
        ("NPI", regex.compile(r"\bNPI\b" + _SEP + r"(?P<code>\d{10})\b", I), "NPI"),
        (
            "SSN",
            regex.compile(_ctx(r"SSN|SS#|social security|social|SSI"), I),
            "Social Security number",
        ),
        (
            "HEALTH_PLAN",
            regex.compile(
                _ctx(
                    r"member|subscriber|policy|insurance|insurance id|medicaid|medicare|MBI|"
                    r"NHS|CHI|NHI|OHIP|health card|Medicare card|aadhaar|"
                    r"plan|group|beneficiary|BCBS|aetna|cigna|humana|united|kaiser|payer"
                ),
                I,
            ),
            "health plan number",
        ),
        (
            "ACCOUNT",
            regex.compile(
                _ctx(r"account|acct|a/c|billing|invoice|claim|bank|routing|card|statement"), I
            ),
            "account number",
        ),
        (
            "LICENSE",
            regex.compile(
                _ctx(
                    r"licen[cs]e|lic|DEA|certificate|cert|registration|PIN|NMC|GMC|"
                    r"board cert|RN lic|driver'?s licen[cs]e|DL|RN|LPN|APRN"
                ),
                I,
            ),
            "licence / certificate number",
        ),
        (
            "DEVICE",
            regex.compile(
                _ctx(r"serial|S/N|SN|device|device id|pacemaker|implant|pump|IMEI|UDI|model"), I
            ),
            "device serial",
        ),
        (
            "VEHICLE",
            regex.compile(
                r"\b(?:plate|plates|license plate|tag|tags|VIN|reg|registration)\b"
                + _SEP
                + r"(?P<code>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}"
                + r"|[A-HJ-NPR-Z0-9]{17})\b",
                I,
            ),
            "vehicle plate / VIN",
        ),
        (
            # "plate SBS 7789 K", "plate TX 7HK-2291": a plate in two or three groups
            "VEHICLE",
            regex.compile(
                r"\b(?i:plates?|rego|number\s+plate|reg(?:istration)?\s+(?:no\.?|number))"
                r"\s*(?:#|:)?\s*(?P<code>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){1,2})"
                r"(?![\w-])"
            ),
            "vehicle plate",
        ),
        (
            # a health-professions council's register number, its letter prefix included:
            # "HPCSA MP 0789123", "AHPRA NMW0001872345", "MDCN 45521", "NMBI 112233"
            "LICENSE",
            regex.compile(
                r"\b(?:HPCSA|AHPRA|SANC|MDCN|NMCN|KMPDC|NCK|PRC|MCI|SMC|SNB|NCNZ|MCNZ|NMBI|IMC|"
                r"CPSO|CNO|NMC|GMC|HCPC|PSI|SAPC|MMC|MDC|LJM|PMDC|BMDC|GMDC|NMCZ|MDPCZ)\b\s*"
                r"(?:(?i:reg(?:istration)?|licen[cs]e|lic|PIN|APC)\b\.?\s*)?(?:no\.?|#|:)?\s*"
                r"(?P<code>(?:[A-Z]{1,4}[ -]?)?\d{4,12})\b"
            ),
            "registration number after a professional council",
        ),
        (
            # a register named in words, then its number: "Nursing Council of New Zealand
            # APC 284419", "Lembaga Jururawat Malaysia reg LJM 084417", "Medical Board reg no 4471"
            "LICENSE",
            regex.compile(
                r"\b(?:Council|Board|Lembaga|Commission|Register|Registry|Konseho|Lupon)\b"
                r"(?:\s+(?:of\s+|ng\s+)?\p{Lu}[\p{L}.]*){0,4}\s+"
                r"(?i:reg(?:istration)?|licen[cs]e|lic|PIN|APC|no\.?|number|#)\b\.?\s*"
                r"(?:(?i:no\.?|number|#)\s*)?:?\s*(?P<code>(?:[A-Z]{1,4}[ -]?)?\d{4,12})\b"
            ),
            "registration number after a named council or board",
        ),
        (
            "ID",
            regex.compile(
                _ctx(
                    r"ID|case|ticket|badge|employee|employee id|patient id|pt id|visit|"
                    r"encounter|FIN|CSN|accession|specimen|order|reference|ref|confirmation|"
                    r"passport|tracking|file"
                ),
                I,
            ),
            "identifier after context word",
        ),
    ]
    LIST_NEXT = regex.compile(rf"\s*(?:,|and|&|/|or)\s*(?P<code>{_CODE})\b", I)
    SSN_SHAPE = regex.compile(
        r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])"
    )
    CARD_ENDING = regex.compile(
        r"\b(?:card|account|acct)\s+ending\s+(?:in\s+)?(?P<code>\d{4})\b", I
    )
    BARE_CODE = regex.compile(
        r"(?<![\w@/.-])(?P<code>[A-Z0-9][A-Z0-9-]{5,}[A-Z0-9])(?![\w/-]|\.\d)"
    )
    CARD = regex.compile(
        r"(?<![\d-])(?:\d{4}[ -]?){3}\d{4}(?![\d-])|(?<![\d-])\d{4}[ -]\d{6}[ -]\d{5}(?![\d-])"
    )

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for entity, pat, what in self.CONTEXTUAL:
            for m in pat.finditer(text):
                code = m.group("code")
                digits = sum(ch.isdigit() for ch in code)
                if digits < 3 or (entity != "VEHICLE" and len(code) < 4):
                    continue
                if entity == "NPI" and not npi_ok(code):
                    yield result(
                        "NPI", *m.span("code"), 0.6, "IdRecognizer", "10 digits after 'NPI'"
                    )
                    continue
                word = m.group().split()[0]
                yield result(entity, *m.span("code"), 0.9, "IdRecognizer", f"{what} after '{word}'")
                # a list after one context word: "MRNs 44-1928-07 and 44-1982-07"
                pos = m.end("code")
                while nxt := self.LIST_NEXT.match(text, pos):
                    if sum(ch.isdigit() for ch in nxt.group("code")) < 3:
                        break
                    yield result(
                        entity, *nxt.span("code"), 0.8, "IdRecognizer", f"{what} in a list"
                    )
                    pos = nxt.end("code")
        for m in self.SSN_SHAPE.finditer(text):
            yield result("SSN", m.start(), m.end(), 0.8, "IdRecognizer", "SSN shape ddd-dd-dddd")
        for m in self.CARD_ENDING.finditer(text):
            yield result("ACCOUNT", *m.span("code"), 0.7, "IdRecognizer", "card/account last four")
        for m in self.CARD.finditer(text):
            digits = "".join(ch for ch in m.group() if ch.isdigit())
            if luhn_ok(digits):
                yield result("ACCOUNT", m.start(), m.end(), 0.9, "IdRecognizer", "Luhn-valid card")
        for m in self.BARE_CODE.finditer(text):
            code = m.group("code")
            digits = sum(ch.isdigit() for ch in code)
            letters = sum(ch.isalpha() for ch in code)
            if code.isdigit() and len(code) == 10 and npi_ok(code):
                yield result("NPI", m.start(), m.end(), 0.55, "IdRecognizer", "Luhn-valid NPI")
            elif digits >= 7 or (digits >= 5 and letters >= 1 and len(code) >= 6):
                if rx(r"(?:19|20)\d\d-(?:19|20)\d\d").fullmatch(code):
                    continue  # a span of years
                if rx(r"\d{1,4}(?:-\d{1,4}){1,2}").fullmatch(code) and digits < 9:
                    continue  # dates / phone fragments handled elsewhere
                yield result("ID", m.start(), m.end(), 0.5, "IdRecognizer", "long ID-like code")


class RoomRecognizer(RegexRecognizer):
    ENTITIES = ["ROOM"]
    PRECHECK = _DIGIT
    RX = regex.compile(
        r"\b(?P<word>room|rm|bed|bay|stall|cubicle|pod|suite|bed space|cot|crib|isolette)\.?\s*"
        r"(?:number|no\.?|#)?\s*(?P<num>\d{1,4}[A-Z]?|[A-Z]\d{1,3}[A-Z]?)(?![\w/%-]|\.\d)",
        I,
    )
    PEOPLE_IN = regex.compile(
        r"\b(?:pt|patient|lady|guy|man|woman|gentleman|gent|kid|kiddo|baby|grandpa|grandma|"
        r"family|mom|dad|son|daughter|husband|wife|sir|maam|ma'am|one|frequent flyer|regular)"
        r"\s+in\s+(?P<num>\d{2,4}[A-Z]?)\b(?![\s-]*(?:mg|mcg|ml|units?|min|minutes|hours?|am|pm))",
        I,
    )

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for m in self.RX.finditer(text):
            word = m.group("word").lower()
            label = "BED" if word in ("bed", "bed space", "cot", "crib", "isolette") else "ROOM"
            # the whole reference ("bed 7", "rm 412"): the number means nothing without its word
            yield result(
                "ROOM", m.start(), m.end("num"), 0.8, "RoomRecognizer", f"'{word}' and number",
                label=label,
            )  # fmt: skip
        for m in self.PEOPLE_IN.finditer(text):
            yield result(
                "ROOM", *m.span("num"), 0.6, "RoomRecognizer", "'pt in <number>'", label="ROOM"
            )


# --------------------------------------------------------------------------- dates and ages
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"
_WEEKDAY = r"(?:mon|tues?|weds|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# a degree, post or rotation before "in <field>" ("MD in Family Medicine", "registrar in ...")
# endings of medical fields and sciences in any spelling ("Anaesthesiology", "Paediatrics")
_FIELD_SUFFIXES = ("ology", "iatry", "iatrics", "ics", "medicine", "nursing", "therapy")
_FIELD_BEFORE = regex.compile(
    r"(?i:\b(?:md|ms|msc|bsc|mbbs|phd|dnb|degree|fellowship|diploma|residency|training|specialist|"
    r"registrar|consultant|nurse|rotation|career|masters?|master's|certificate|course|"
    r"speciali[sz]ing|post|role|job|trainee))\s+in\s+$"
)
_HOLIDAY = (
    r"(?:christmas|xmas)(?:\s+(?:eve|day|morning|night))?|new\s+year'?s(?:\s+(?:eve|day))?|"
    r"thanksgiving(?:\s+(?:day|eve|weekend))?|halloween|valentine'?s\s+day|fourth\s+of\s+july|"
    r"easter(?:\s+(?:sunday|weekend))?|mother'?s\s+day|father'?s\s+day|memorial\s+day|"
    r"labor\s+day|independence\s+day|juneteenth|st\.?\s+patrick'?s\s+day|black\s+friday|"
    r"super\s+bowl\s+sunday|boxing\s+day|eid(?:\s+al-(?:fitr|adha))?|diwali|hanukkah|"
    r"rosh\s+hashanah|yom\s+kippur|lunar\s+new\s+year|tet"
)
_DATE_CTX = (
    r"(?:on|since|from|until|til|till|by|dated|dob|d\.o\.b\.?|born|admitted|discharged|"
    r"died|passed|date|as\s+of|starting|before|after|due|effective|of|arrived|delivered|"
    r"seen|visited|scheduled|appt|appointment|surgery|op|operated|transferred|readmitted|"
    r"started|starts|ends|thru|through|birthday|bday|back|home|moved\s+to|moved)"
)


def _year_of(text: str) -> str | None:
    m = rx(r"(?<!\d)(19|20)\d{2}(?!\d)").search(text)
    if m:
        return m.group()
    # "'14", "3/4/14"; never the end of a range of days ("Mar 8-14")
    m = rx(r"(?:'|\d[/.-]\d{1,2}[/.-])(\d{2})$").search(text.strip())
    if m:
        yy = int(m.group(1))
        now = _dt.date.today().year % 100
        return f"{20 if yy <= now + 1 else 19}{yy:02d}"
    return None


class PostDateRecognizer(RegexRecognizer):
    ENTITIES = ["DATE"]
    RXS: list[tuple[regex.Pattern[str], float, str]] = [
        (
            regex.compile(
                rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?!\w|:\d)"
                rf"(?:\s*(?:-|to|through)\s*{_DAY}(?!\w|:\d))?",
                I,
            ),
            0.85,
            "month and day",
        ),
        (
            regex.compile(
                rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?:{_DAY}\s*(?:-|–|to)\s*)?{_DAY}\s+(?:of\s+)?"
                rf"{_MONTH}(?:,?\s+{_YEAR})?\b",
                I,
            ),
            0.85,
            "day and month",
        ),
        (regex.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", I), 0.85, "month and year"),
        (
            regex.compile(
                r"(?<![\w/.-])(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{4}|\d{2})"
                r"(?![\w/-]|\.\d)",
            ),
            0.9,
            "numeric date",
        ),
        (
            regex.compile(
                r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4})"
                r"(?![\w/-]|\.\d)",
            ),
            0.85,
            "numeric date (day first)",
        ),
        (
            regex.compile(
                r"(?<![\w/.-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
            ),
            0.9,
            "ISO date",
        ),
        (
            regex.compile(
                rf"(?<=\b{_DATE_CTX}\s+)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\w/.-])", I
            ),
            0.8,
            "month/day after a date word",
        ),
        (
            regex.compile(
                rf"(?<=\b{_DATE_CTX}\s+)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\w/.-])", I
            ),
            0.8,
            "day/month after a date word",
        ),
        (
            regex.compile(rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\b(?!\s*(?:hours?|mg|minutes?))", I),
            0.8,
            "weekday with day of month",
        ),
        (
            regex.compile(
                r"(?<=\b(?:on|since|until|by|before|after|from)\s+)the\s+"
                r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b",
                I,
            ),
            0.7,
            "day of month ('on the 14th')",
        ),
        (regex.compile(rf"\b(?:{_HOLIDAY}),?\s+{_YEAR}\b", I), 0.85, "holiday with year"),
        (
            regex.compile(
                r"\b(?:Christmas|Xmas|Thanksgiving|New Year'?s|Valentine'?s|Easter|Mother'?s|"
                r"Father'?s|Memorial|Labor|Independence)\s+(?:Eve|Day|Morning|Night|Sunday)\b"
                r"|\b(?:Fourth of July|July 4th|Halloween night)\b"
            ),
            0.7,
            "named holiday",
        ),
        (
            regex.compile(
                rf"(?<=\b(?:on|since|last|this\s+past|over|during|before|after|until|"
                rf"day\s+after|day\s+before|eve\s+of|for)\s+)(?:{_HOLIDAY})\b",
                I,
            ),
            0.7,
            "holiday date",
        ),
        (
            regex.compile(
                r"\b(?:January|February|April|June|July|August|September|October|November|"
                r"December)(?![\w'-])|\b(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![\w'-])"
            ),
            0.6,
            "month name",
        ),
        (
            regex.compile(
                r"(?<=\b(?:in|since|last|early|late|mid|until|of|this|next|by|before|after|"
                r"during|through|from|till|til)[\s-]+)(?:March|May|mar|may)\b(?![\w'-])",
                I,
            ),
            0.6,
            "month name after 'in'/'since'",
        ),
    ]

    HINT = regex.compile(
        r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|xmas|thanksgiving|"
        r"year|halloween|valentine|easter|mother|father|memorial|labor|independence|juneteenth|"
        r"patrick|black friday|super bowl|boxing|eid|diwali|hanukkah|rosh|yom|lunar|tet)"
    )

    WORDY = regex.compile(
        r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
        r"christmas|xmas|thanksgiving|year|halloween|valentine|easter|mother|father|memorial|"
        r"labor|independence|juneteenth|patrick|black friday|super bowl|boxing|eid|diwali|"
        r"hanukkah|rosh|yom|lunar|tet|the\s+\d)"
    )
    NUMERIC = frozenset({"numeric date", "numeric date (day first)", "ISO date",
                         "month/day after a date word", "day/month after a date word"})  # fmt: skip
    # every NUMERIC date has a digit, "/", "." or "-", a digit ("9/12", "12.9", "2024-05")
    NUMERIC_HINT = regex.compile(r"\d[/.-]\d")

    _MONTH_VERB = regex.compile(
        r"(?:March|May)\s+(?:for|on|with|against|I|we|you|he|she|they|God|the)\b"
    )
    _CARE_EVENT = regex.compile(
        r"(?i:follow[\s-]?up|appointment|appt|admitted|discharged|discharge|surgery|op\b|born|"
        r"due|review|scan|died|passed|diagnosed|delivered|induction|transplant|dialysis|"
        r"chemo|moved)"
    )
    _BARE_MONTH_BEFORE = regex.compile(
        r"(?i:\bin|\bearly|\blate|\bmid|\bthis|\bnext|\bthan)[\s-]+$"
    )
    # a month naming a part of the calendar: "June roster", "June and July leave requests",
    # "the August intake", "May long weekend" (not after a title: "Aunty June")
    _MONTH_CALENDAR_AFTER = regex.compile(
        r"(?:\s*(?:,|and|&|or|to|-|/)\s*\p{Lu}\p{Ll}+)*\s+(?i:roster|rota|rotas|leave|holidays?|"
        r"intake|exams?|schedule|payday|pay|salary|bonus|newsletter|issue|edition|deadline|"
        r"conference|rotation|rotations|audit|census|cohort|term|semester|half-term|long\s+weekend|"
        r"bank\s+holiday|heat|heatwave|season|madness|rush|budget|uplift|increment|strike|"
        r"requests?|timetable|calendar|quarter|figures|stats|data|report|returns?)\b"
    )
    _TITLE_BEFORE = regex.compile(
        r"(?i:\b(?:aunty|auntie|aunt|uncle|mrs|mr|ms|miss|nurse|dr|sister|lola|lolo|tita|tito|"
        r"nan|nana|gran|granny|grandma|baby|lil|little|care\s+of|pt|patient))\.?\s+$"
    )

    # "Christmas Day", "Christmas Eve", "New Year's Day": one day; a bare festival is no date
    _HOLIDAY_DAY = regex.compile(r"(?i:\b(?:eve|day|morning|night)$)")

    @classmethod
    def _not_a_date(cls, text: str, start: int, end: int) -> bool:
        """A bare month name that dates nothing about a person: the verbs "March for safe
        staffing", "May I ..."; a month as a season of the calendar, "the OSCE in March",
        "worse than January", "June roster", "June and July leave requests"."""
        if cls._MONTH_VERB.match(text, start):
            return True
        if cls._TITLE_BEFORE.search(text, max(0, start - 16), start):
            return False  # "Aunty June", "taking care of Jun": a name, replaced either way
        if cls._MONTH_CALENDAR_AFTER.match(text, end):
            return True
        if not cls._BARE_MONTH_BEFORE.search(text, max(0, start - 8), start):
            return False
        # "follow-up in June", "due in May": an event in someone's care is dated
        return not cls._CARE_EVENT.search(text, max(0, start - 40), start)

    # the alternatives of HINT (less its digit) and of WORDY (less its "the <digit>"), most
    # frequent first (tests/anonymize/test_scan_gates.py checks they are the patterns' own)
    HINT_WORDS = (
        "year", "aug", "mar", "sep", "oct", "mother", "labor", "may", "jun", "eid", "father",
        "jul", "nov", "dec", "feb", "jan", "apr", "tet", "memorial", "christmas", "rosh",
        "lunar", "boxing", "easter", "yom", "patrick", "xmas", "independence", "valentine",
        "thanksgiving", "halloween", "diwali", "hanukkah", "juneteenth", "black friday",
        "super bowl",
    )  # fmt: skip
    WORDY_WORDS = ("mon", "wed", "thu", "sat", "sun", "tue", "fri", *HINT_WORDS)

    # WORDY's one alternative that is no plain word, alone (a literal-led scan, a fast one)
    THE_DIGIT = regex.compile(r"(?i:the\s+\d)")

    @staticmethod
    def _any_word(
        pattern: regex.Pattern[str],
        text: str,
        words: tuple[str, ...],
        rest: regex.Pattern[str] | None = None,
    ) -> bool:
        """``pattern.search(text) is not None`` for HINT and WORDY (case-insensitive
        alternations of plain words, the slowest kind of scan), mostly without the scan: a word
        written in lower case is a match; a text whose case-folded form holds none of the
        words (and no match of ``rest``, the pattern's other alternatives) has none, since the
        only characters matching an ASCII letter case-insensitively are its two cases, "ſ",
        "K" and "İ", which case-fold to the letter (the dotted "İ" to "i" and U+0307, dropped
        here)."""
        if any(w in text for w in words):
            return True
        folded = text.casefold().replace("\u0307", "")
        if not any(w in folded for w in words) and not (rest and rest.search(text)):
            return False
        return pattern.search(text) is not None

    def find(self, text: str) -> Iterable[RecognizerResult]:
        if not _DIGIT.search(text) and not self._any_word(self.HINT, text, self.HINT_WORDS):
            return
        wordy = self._any_word(self.WORDY, text, self.WORDY_WORDS, self.THE_DIGIT)
        numeric = self.NUMERIC_HINT.search(text) is not None
        for pat, score, reason in self.RXS:
            if not wordy and reason not in self.NUMERIC:
                continue
            if not numeric and reason in self.NUMERIC:
                continue  # its cheap pre-check failed
            for m in pat.finditer(text):
                s, e = m.span()
                chunk = m.group()
                # "may" the verb in lowercase text is not a month
                if rx(r"(?i)may|mar").fullmatch(chunk) and not chunk[0].isupper():
                    continue
                if reason.startswith("month name") and self._not_a_date(text, s, e):
                    continue
                if reason == "holiday date" and not self._HOLIDAY_DAY.search(chunk):
                    continue  # "for Diwali", "over Christmas": a festival, not a day of one
                # "9/12" is a month and a day, not September 2012
                year = "" if reason.endswith("after a date word") else _year_of(chunk)
                yield result("DATE", s, e, score, "PostDateRecognizer", reason, year=year or "")


_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = {"twenty": 20}
# "ninety", "ninety-three", "ninety three", "a hundred", "one hundred and two", "hundred and ten"
NUM_WORDS = (
    r"(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:a\s+|one\s+)?hundred(?:\s+and)?(?:[\s-](?:twenty(?:[\s-](?:one|two|three|four|five))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine))?)"
)


_NUMBER_WORD_SEP = regex.compile(r"[\s-]+")


def words_to_number(words: str) -> int | None:
    """ "ninety-three" -> 93, "a hundred and two" -> 102 (only what NUM_WORDS matches)."""
    parts = [w for w in _NUMBER_WORD_SEP.split(words.lower()) if w not in ("a", "and", "")]
    total = 0
    for w in parts:
        if w == "hundred":
            total = max(total, 1) * 100
        elif w == "ninety":
            total += 90
        elif w in _TENS:
            total += _TENS[w]
        elif w in _TEENS:
            total += 10 + _TEENS.index(w)
        elif w in _UNITS:
            total += _UNITS.index(w)
        else:
            return None
    return total or None


# Person words a bracketed age may follow: "my grandfather (94)", "Oma (93)", "FIL (96)".
_AGE_PERSON_WORDS = (
    r"she|he|they|grandma|grandpa|granny|nana|mom|mum|mother|dad|father|pt|patient|"
    r"sister|brother|aunt|uncle|grandmother|grandfather|wife|husband|neighbou?r|"
    r"resident|lady|man|woman|gentleman|gent|client|veteran|vet|centenarian|great-grandma|"
    r"great-grandpa|great-grandmother|great-grandfather|great-aunt|great-uncle|"
    r"mother-in-law|father-in-law|in-law|widow|widower|friend|neighbor"
)


class AgeRecognizer(RegexRecognizer):
    """Ages over 89 (Safe Harbor); 89 and younger are kept."""

    ENTITIES = ["AGE"]
    # every age it reports is 90-125 in digits of any script ("9x", "1[0-2]x", "09x") or has
    # the words "ninety"/"hundred": a post with neither holds none (about half the posts)
    PRECHECK = regex.compile(
        r"(?=\p{nv=9})\d\d|(?=\p{nv=1})\d(?=\p{nv=0}|\p{nv=1}|\p{nv=2})\d\d|(?i:ninety|hundred)"
    )
    N = r"(?P<n>\d{2,3})"
    W = rf"(?P<w>{NUM_WORDS})"
    RXS: list[tuple[regex.Pattern[str], str]] = [
        (
            regex.compile(
                rf"(?<![\w.])(?P<span>{N}(?:\s*|-)(?:years?|yrs?|yo)(?:\s*|-)(?:old|young)|{N}\s?(?:yo|y/o|"
                rf"y\.o\.|yrs?\s+old|years\s+of\s+age)|{N}\s?(?:M|F|yoM|yoF|yom|yof)(?=[\s,.;:!?)]|$))",
                I,
            ),
            "age with 'year-old'",
        ),
        (
            regex.compile(rf"\b(?:aged?|age of|at age|turned|turns|turning)\s+(?P<span>{N})\b", I),
            "number after 'aged'/'turned'",
        ),
        (
            regex.compile(
                rf"\b(?:she|he|they|grandma|grandpa|granny|nana|mom|mum|mother|dad|father|pt|patient|"
                r"sister|brother|aunt|uncle|grandmother|grandfather|wife|husband|neighbou?r|"
                r"resident|lady|man|woman|gentleman)(?:'s|\s+is|\s+was|\s+will\s+be)"
                rf"\s+(?:now\s+|almost\s+|nearly\s+|only\s+)?(?P<span>{N})\b(?!\s*(?:%|mg|kg|lbs?|"
                r"pounds|minutes|min|days|weeks|bpm|mmhg|degrees))",
                I,
            ),
            "number after 'she's'",
        ),
        (regex.compile(rf"(?P<span>{N}(?:st|nd|rd|th)\s+birthday)\b", I), "birthday number"),
        (
            regex.compile(rf"\b(?:{_AGE_PERSON_WORDS})\s*\(\s*(?:aged?\s*)?(?P<span>{N})\s*\)", I),
            "number in brackets after a person word",
        ),
        (
            regex.compile(
                rf"(?:(?:\b(?:aged?|age\s+of|at|turns?|turned|turning|is|was|will\s+be|reached|"
                rf"hit|celebrates|celebrated)|(?<=\b(?i:he|she|who|they|nan|gran|granny|mum|dad|"
                rf"pt|patient|lady|man)['’](?:s|re)))\s+(?:now\s+|almost\s+|nearly\s+|only\s+)?"
                rf"(?P<span>{W})|(?P<span>{W})[\s-]+years?[\s-]+(?:old|young|of\s+age))"
                rf"(?![\w-]|\s*(?:%|percent|minutes|mins|seconds|days|weeks|pounds|lbs|kg|mg))",
                I,
            ),
            "age in words",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        # kinship words in any language: "Oma (93)", "thatha (92)", "Nani is 95"
        kin = literal_alternation(get_lexicon().kinship)
        self.kin_rxs = [
            (
                regex.compile(rf"\b(?:{kin})\s*\(\s*(?:aged?\s*)?(?P<span>{self.N})\s*\)", I),
                "number in brackets after a kinship word",
            ),
            (
                regex.compile(
                    rf"\b(?:{kin})(?:'s|\s+is|\s+was|\s+will\s+be|\s+turns|\s+turned)"
                    rf"\s+(?:now\s+|almost\s+|nearly\s+)?(?P<span>{self.N})\b"
                    r"(?!\s*(?:%|mg|kg|lbs?|pounds|minutes|min|days|weeks|bpm|mmhg|degrees))",
                    I,
                ),
                "number after a kinship word",
            ),
        ]

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for pat, reason in (*self.RXS, *self.kin_rxs):
            for m in pat.finditer(text):
                if m.groupdict().get("w"):
                    n = words_to_number(m.group("w")) or 0
                else:
                    n = int(m.group("n") or 0)
                if 90 <= n <= 125:
                    yield result(
                        "AGE", *m.span("span"), 0.9, "AgeRecognizer", f"{reason}: {n} > 89"
                    )


# --------------------------------------------------------------------------- addresses
_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Square|Sq|Loop|Pike|Alley|"
    r"Plaza|Crescent|Close|Walk)"
)
_SUFFIX_UPPER = (
    r"(?:STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|DRIVE|DR|LANE|LN|WAY|COURT|CT|PLACE|PL|"
    r"TERRACE|PARKWAY|PKWY|HIGHWAY|HWY|CIRCLE|CIR)"
)
_UNIT_PREFIX = r"(?:Apt|Apartment|Unit|Flat|Suite|Ste|APT|UNIT|FLAT)\.?\s*#?\w{1,5},?\s+"
_STATE_CODES = "|".join(sorted(US_STATE_CODES))


_FIVE_DIGITS = regex.compile(r"\d{5}")  # every ZIP code has them (a cheap pre-check)


_SPACE_OR_HYPHEN = regex.compile(r"[\s-]")


class AddressRecognizer(RegexRecognizer):
    ENTITIES = ["ADDRESS"]
    STREET = regex.compile(
        rf"(?:\b{_UNIT_PREFIX})?"
        rf"\b(?:\d{{1,5}}/)?\d{{1,6}}[A-Z]?(?:-\d{{1,4}})?\s+"
        rf"(?:[NSEW]\.?\s+|(?i:North|South|East|West)\s+)?"
        rf"(?:(?:[A-Z0-9][\w'.-]*|\d+(?:st|nd|rd|th))\s+){{0,3}}(?:{_SUFFIX}|{_SUFFIX_UPPER})\b\.?"
        rf"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"
        rf"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?[\w-]+)?"
        rf"(?:,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}},?\s+(?:{_STATE_CODES})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?)?",
    )
    STREET_LOWER = regex.compile(
        r"\b\d{1,6}\s+(?:[a-z0-9][\w'.-]*\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|"
        r"drive|lane|ln|court|ct)\b\.?"
    )
    NAMED_STREET = regex.compile(
        r"(?<=\b(?:on|off|at|near|along|of|down|up|onto|from)\s+)(?:[A-Z][\w'-]*\s+){1,3}"
        r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Highway|Hwy|"
        r"Parkway|Pkwy)(?![\w'])"
    )
    PO_BOX = regex.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", I)
    # "Unit 207, 88 Queensway W", "Flat 2, 14 Kirkstall": a unit designator vouches for a
    # number + capitalised name even without a street suffix
    UNIT_FIRST = regex.compile(
        rf"\b{_UNIT_PREFIX}\d{{1,6}}[A-Z]?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}"
        r"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b)?"
    )
    POSTCODE = regex.compile(
        # Canada "L5B 1B8"; UK "LS4 2AZ", "SW1A 1AA"; ZIP+4 "57709-4417"; Australia "VIC 3065"
        r"\b(?P<span>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d)\b"
        r"|\b(?P<span>(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s\d[ABD-HJLNP-UW-Z]{2})\b"
        r"|(?<![\w-])(?P<span>\d{5}-\d{4})(?![\w-])"
        r"|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+(?P<span>\d{4})\b"
    )
    GCS = regex.compile(r"E[1-4][ -]?V[1-5][ -]?M[1-6]")
    # every postcode has a digit before a capital ("L5B", "2AZ") or four digits in a row
    POSTCODE_HINT = regex.compile(r"\d[A-Z]|\d{4}")
    CORNER = regex.compile(
        r"\b(?:corner of|intersection of|cross streets?)\s+(?P<span>[A-Z0-9][\w]*(?:\s+[A-Z][\w]*)?"
        r"\s+(?:and|&)\s+[A-Z0-9][\w]*(?:\s+[A-Z][\w]*)?)"
    )
    ZIP = regex.compile(
        rf"(?:\b(?:{_STATE_CODES})\s+|\bzip(?:\s*code)?\s*:?\s*)(?P<span>\d{{5}}(?:-\d{{4}})?)\b"
    )

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for m in self.STREET.finditer(text):
            yield result("ADDRESS", *m.span(), 0.85, "AddressRecognizer", "number + street name")
        for m in self.STREET_LOWER.finditer(text):
            yield result("ADDRESS", *m.span(), 0.6, "AddressRecognizer", "number + street name")
        for m in self.NAMED_STREET.finditer(text):
            s, e = m.span()
            first = m.group().split()[0]
            if first in ("St", "St.", "Saint"):
                continue
            yield result("ADDRESS", s, e, 0.6, "AddressRecognizer", "named street")
        for m in self.PO_BOX.finditer(text):
            yield result("ADDRESS", *m.span(), 0.9, "AddressRecognizer", "PO box")
        for m in self.UNIT_FIRST.finditer(text):
            yield result("ADDRESS", *m.span(), 0.7, "AddressRecognizer", "unit + number + name")
        for m in self.POSTCODE.finditer(text) if self.POSTCODE_HINT.search(text) else ():
            if self.GCS.fullmatch(m.group("span")) and (
                "GCS" in text[max(0, m.start() - 16) : m.start()].upper()
                or not _SPACE_OR_HYPHEN.search(m.group("span"))
            ):
                continue  # "GCS E3V4M6": eyes, voice, motor, no Canadian postcode
            yield result("ADDRESS", *m.span("span"), 0.8, "AddressRecognizer", "postcode")
        for m in self.CORNER.finditer(text):
            yield result("ADDRESS", *m.span("span"), 0.7, "AddressRecognizer", "street corner")
        for m in self.ZIP.finditer(text) if _FIVE_DIGITS.search(text) else ():
            yield result("ADDRESS", *m.span("span"), 0.8, "AddressRecognizer", "ZIP code")


# --------------------------------------------------------------------------- facilities
_CENTRE = r"Cent(?:er|re)"
_FAC_SUFFIX = (
    rf"(?:Hospital|Hospitals|Medical\s+{_CENTRE}|Health\s+Sciences?\s+{_CENTRE}|"
    rf"Med\s+{_CENTRE}|Health\s+{_CENTRE}|Health\s+System|Healthcare|Health\s+Care|Health|"
    rf"Clinic|Clinics|Care\s+Home|Nursing\s+Home|Nursing\s+Facility|"
    rf"Nursing\s+(?:and|&)\s+Rehab(?:ilitation)?(?:\s+{_CENTRE})?|"
    rf"Rehab(?:ilitation)?\s+(?:{_CENTRE}|Hospital|Facility)|Pharmacy|Drug\s+Store|Drugstore|"
    rf"Apothecary|Hospice|Infirmary|Surgery\s+{_CENTRE}|Surgical\s+{_CENTRE}|Urgent\s+Care|"
    rf"Senior\s+Living|Assisted\s+Living|Retirement\s+(?:Home|Community|Village)|"
    rf"Care\s+{_CENTRE}|Cancer\s+(?:{_CENTRE}|Institute)|Heart\s+Institute|"
    rf"Behavioral\s+Health|Psychiatric\s+(?:{_CENTRE}|Hospital)|Medical\s+Group|"
    rf"Family\s+(?:Practice|Medicine)|Birth\s+{_CENTRE}|Dialysis\s+{_CENTRE}|Children'?s|"
    rf"Memorial|Regional|General|Manor|Methodist|Presbyterian|Baptist|Lutheran|Adventist|"
    rf"Mission|Nursing\s+{_CENTRE}|Long[-\s]Term\s+Care|Home\s+Health|Maternity\s+Home|Med|"
    rf"Medical|(?:Kidney|Dialysis|Wound|Heart|Cancer|Eye|Spine|Vein|Imaging|Sleep|Pain|Infusion|"
    rf"Fertility|Trauma|Stroke|Burn|Transplant|Women'?s|Diabetes|Endoscopy|Surgical|Surgery|"
    rf"Orthopedic|Cardiac|Rehab)\s+(?:{_CENTRE}|Institute|Clinic)|"
    # Afrikaans and Dutch facility words after the name; Ontario's long-term care home "LTC"
    rf"Kliniek|Hospitaal|Gesondheidsentrum|LTC|LTCH)"
)
# every alternative of the suffix opens with one of its capitalised words, written out in the
# text (no IGNORECASE): a post holding none of them has no named facility (a cheap pre-check,
# tests/anonymize/test_scan_gates.py)
_FAC_SUFFIX_WORDS = tuple(sorted(set(regex.findall(r"[A-Z][A-Za-z]+", _FAC_SUFFIX))))
_HOSPITAL_WORDS = regex.compile(
    r"(?i)hospital|medical cent|med center|general|memorial|regional|children|infirmary|"
    r"methodist|presbyterian|baptist|lutheran|adventist|mission|^st\.?\s|^saint\s|^mount|^mt\.?"
)
_NOT_FACILITY_BEFORE = {
    "surgeon", "attorney", "inspector", "secretary", "major", "brigadier", "lieutenant", "in",
    "public", "mental", "global", "women's", "mens", "men's", "behavioral", "home", "digital",
    "community", "primary", "urgent", "our", "my", "the", "a", "your", "their", "his", "her",
    "this", "that", "local", "state", "county", "rural", "private", "free", "walk-in", "family",
    "dental", "physical", "occupational", "oral", "health", "allied", "population", "veterans",
}  # fmt: skip
# a title before the person a hospital is named after belongs to the name ("Mama Lucy Kibaki
# Hospital", "Mother Mary Clinic", "Sir Joe Bloggs Hospital")
_FACILITY_NAME_TITLES = frozenset(
    {"mama", "baba", "mother", "father", "mzee", "sir", "dame", "lady", "bishop", "archbishop",
     "pastor", "chief", "queen", "king", "prince", "princess", "sultan", "sultanah", "tengku",
     "raja", "rev", "dr", "nana"}
)  # fmt: skip


class FacilityRecognizer(RegexRecognizer):
    ENTITIES = ["FACILITY"]
    NAMED = regex.compile(
        r"(?P<span>(?:(?:St\.?|Saint|Mt\.?|Mount)\s+)?(?:[A-Z][\w'.&-]*\s+){1,4}"
        rf"{_FAC_SUFFIX}(?![\w'])(?:\s+(?:Hospital|Medical\s+Center|Health|Clinic|Campus|ER|ED))?"
        r"(?:\s+of\s+(?!the\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?)"
    )
    SAINT = regex.compile(
        r"(?P<span>\b(?:St\.?|ST\.?|Saint|SAINT|Mt\.?|Mount)\s+[A-Z][\w-]+(?:'[sS])?"
        r"(?:\s+[A-Z][\w-]+)?)"
    )
    UNIT = regex.compile(
        r"\b(?P<unit>\d{1,2}\s?(?:North|South|East|West|N|S|E|W)|\d{1,2}(?:st|nd|rd|th)\s+floor)"
        r"(?:\s+(?:at|@|in)\s+(?P<fac>(?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,3}))?"
    )
    NOT_SAINT = regex.compile(
        r"(?i)^(?:st\.?|saint)\s+(?:patrick'?s?|valentine'?s?|louis|paul|petersburg|lucie|"
        r"john'?s\s+wort|elsewhere)(?:\s+day)?$"
    )

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        named = any(w in text for w in _FAC_SUFFIX_WORDS)
        for m in self.NAMED.finditer(text) if named else ():
            s, e = m.span("span")
            words = text[s:e].split()
            # drop leading sentence words ("Our", "The", "Visited") that are not part of a name
            while words and not (
                words[0].lower() in _FACILITY_NAME_TITLES and len(words) >= 3
            ) and (
                words[0].lower().rstrip(",") in _NOT_FACILITY_BEFORE
                or (words[0].lower() in lex.common and words[0].lower() not in lex.ambiguous
                    and not words[0].startswith(("St", "Mt", "Mount", "Saint")))
            ):  # fmt: skip
                s = text.index(words[0], s) + len(words[0])
                while s < e and text[s].isspace():
                    s += 1
                words = words[1:]
            if len(words) < 2:
                continue
            if rx(r"(?i)(?:memorial|labor|mother'?s|father'?s)\s+day").fullmatch(
                " ".join(words[-2:])
            ):
                continue
            if (
                words[-1] in ("Health", "Healthcare", "Medical", "Med")
                and len(words) == 2
                and (words[0].lower() in lex.common)
            ):
                continue  # "Public Health", "Mental Health"
            span = text[s:e]
            label = "HOSPITAL" if _HOSPITAL_WORDS.search(span) else "FACILITY"
            yield result(
                "FACILITY", s, e, 0.8, "FacilityRecognizer",
                f"capitalised name + '{words[-1]}'", label=label,
            )  # fmt: skip
        for m in self.SAINT.finditer(text):
            s, e = m.span("span")
            span = text[s:e]
            words = span.split()
            if len(words) == 3 and words[2].lower() in lex.never:
                e -= len(words[2]) + 1  # "ST. JOSEPH'S NICU": the unit is not the name
                span = text[s:e]
            if self.NOT_SAINT.match(span) or span in lex.cities:
                continue
            yield result(
                "FACILITY", s, e, 0.65, "FacilityRecognizer", "'St. X' name", label="HOSPITAL"
            )
        for m in self.UNIT.finditer(text):
            if m.group("fac"):
                yield result(
                    "FACILITY", *m.span("unit"), 0.75, "FacilityRecognizer",
                    "ward tied to a facility", label="UNIT",
                )  # fmt: skip
                fac = m.group("fac")
                first = fold_word(fac.split()[0])
                if first not in lex.never and (first not in lex.common or first in lex.ambiguous):
                    yield result(
                        "FACILITY", *m.span("fac"), 0.7, "FacilityRecognizer",
                        "facility after a ward name", label="HOSPITAL",
                    )  # fmt: skip
            elif rx(r"\b(?:on|to|from|up)\s+$").search(text[max(0, m.start() - 6) : m.start()]) or (
                rx(r"\d{1,2}\s(?:North|South|East|West)$").match(m.group("unit"))
                and not (rx(r"\s+[A-Z0-9]").match(text[m.end() : m.end() + 2]))
            ):
                yield result(
                    "FACILITY", *m.span("unit"), 0.6, "FacilityRecognizer", "ward name",
                    label="UNIT",
                )  # fmt: skip


def fold_word(word: str) -> str:
    return word.lower().rstrip(".,;:!?'s")


# --------------------------------------------------------------------------- places
class LocationRecognizer(RegexRecognizer):
    ENTITIES = ["LOCATION"]
    PREP_STRONG = (
        r"downtown|uptown|here\s+in|out\s+in|over\s+in|up\s+in|down\s+in|back\s+in|based\s+in|"
        r"live\s+in|lives\s+in|living\s+in|moved\s+to|town\s+of|city\s+of|village\s+of|"
        r"township\s+of|suburbs\s+of|outside(?:\s+of)?|north\s+of|south\s+of|east\s+of|"
        r"west\s+of|near|born\s+in|raised\s+in|grew\s+up\s+in|hometown|from"
    )
    # (ninth round) Scots "fae", "past" a place, "out of" a suburb, Welsh "yn" (in): only a
    # word no dictionary knows ("past Ballydehob", never "past Midnight", "out of Theatre")
    PREP_WEAK = r"fae|frae|past|out\s+of|yn"
    # a capital of any script ("Ōtara", "Éire"), not just A-Z
    CAPS = (
        r"(?P<place>\p{Lu}\p{Ll}[\w'-]*(?:[\s-](?:\p{Lu}\p{Ll}[\w'-]*|(?:de|del|la)\b))?"
        r"(?:\s\p{Lu}\p{Ll}\w*)?)"
    )
    AFTER_PREP = regex.compile(rf"(?i:\b(?:{PREP_STRONG}))\s+{CAPS}")
    AFTER_IN = regex.compile(rf"\b(?:in|at|to)\s+{CAPS}")
    AFTER_WEAK_PREP = regex.compile(rf"(?i:\b(?:{PREP_WEAK}))\s+{CAPS}")
    # every match of COUNTY holds one of these words, case and all (a cheap pre-check)
    _COUNTY_WORDS = (
        "County", "Parish", "Borough", "Township", "Village", "Heights", "Springs", "Falls",
        "Valley", "Beach", "Hills", "Park", "Lake", "Creek", "Ridge", "Harbor", "Harbour", "Grove",
        "Point", "Mount", "Port", "Fort", "San", "Los", "Las", "El", "New", "North", "South",
        "East", "West",
    )  # fmt: skip
    COUNTY = regex.compile(
        r"(?P<place>(?:[A-Z][a-z]+\s+){1,2}(?:County|Parish|Borough|Township|Village|Heights|"
        r"Springs|Falls|Valley|Beach|Hills|Park|Lake|Creek|Ridge|Harbor|Harbour|Grove|Point)|"
        r"(?:Lake|Mount|Port|Fort|San|Santa|Los|Las|El|New|North|South|East|West)\s+[A-Z][a-z]+)\b"
    )
    CITY_STATE = regex.compile(
        rf"(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){{0,2}}),\s+(?:{_STATE_CODES}|[A-Z][a-z]+"
        rf"(?:\s[A-Z][a-z]+)?)\b"
    )

    def __init__(self) -> None:
        super().__init__()
        lex = get_lexicon()
        # city lookup by word n-grams instead of a 500-way regex alternation (much faster)
        self.city_by_key = {c.lower(): c for c in lex.cities}
        self.max_city_words = max(len(c.split()) for c in lex.cities)
        self.city_first_words = {c.split()[0].lower() for c in lex.cities}
        self.ambiguous_cities = {
            c for c in lex.cities if any(w.lower() in lex.common or w.lower() in lex.all_first
                                         for w in c.split())
        }  # fmt: skip

    def _ok_place(self, place: str) -> bool:
        lex = get_lexicon()
        words = place.split()
        low = place.lower()
        if low in lex.keep_places or words[0].lower() in lex.months or low in lex.weekdays:
            return False
        if all(w.lower().strip("'") in lex.common for w in words):
            return False
        if any(w.lower() in lex.never for w in words):
            return False
        # "BlueCross", "GoFundMe": inner capitals mark brands, not places
        return not any(rx(r"\p{Ll}\p{Lu}").search(w) for w in words)

    WORD = regex.compile(r"(?<![\w#@/.])\p{L}[\p{L}'-]*\.?")

    def _city_matches(self, text: str) -> list[tuple[int, int, str]]:
        words = [(m.start(), m.end()) for m in self.WORD.finditer(text)]
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            hit = None
            first = text[words[i][0] : words[i][1]].lower()
            if (
                first not in self.city_first_words
                and first.rstrip(".") not in self.city_first_words
            ):
                i += 1
                continue
            for k in range(min(self.max_city_words, len(words) - i), 0, -1):
                s, e = words[i][0], words[i + k - 1][1]
                chunk = text[s:e]
                key = " ".join(chunk.lower().split())
                if key not in self.city_by_key and key.endswith("."):
                    e -= 1
                    chunk, key = chunk[:-1], key[:-1]
                if key in self.city_by_key and " " * (k - 1) == "".join(
                    ch for ch in chunk if ch.isspace()
                ).replace("\t", " "):
                    hit = (s, e, chunk, k)
                    break
            if hit:
                out.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return out

    def find(self, text: str) -> Iterable[RecognizerResult]:
        lex = get_lexicon()
        matches = self._city_matches(text)
        for s, e, city in matches:
            if city.islower():
                if city.title() not in self.ambiguous_cities and rx(
                    rf"(?i)(?:{self.PREP_STRONG}|\bin)\s+$"
                ).search(text[max(0, s - 20) : s]):
                    yield result(
                        "LOCATION", s, e, 0.6, "LocationRecognizer", "city list (lower case)",
                        label="CITY",
                    )  # fmt: skip
                continue
            canonical = self.city_by_key[city.lower()]
            if not (city == canonical or city.isupper()):
                continue
            if fold(canonical) in lex.keep_places and not rx(r",\s*(?:CA|Calif)").match(text[e:]):
                continue  # "Ontario" the province (Safe Harbor keeps it); "Ontario, CA" the city
            if city.lower() in lex.eponyms and not rx(
                rf"(?i)(?:{self.PREP_STRONG}|\bin|\bto|\bat)\s+$"
            ).search(text[max(0, s - 20) : s]):
                continue  # "Glasgow Coma Scale" is a score, "moved to Glasgow" a city
            if canonical in self.ambiguous_cities:
                before = text[max(0, s - 25) : s].lower()
                after = text[e : e + 12]
                if not (
                    rx(
                        rf"(?:{self.PREP_STRONG}|\bin|\bat|\bto|\bvisit|\bvisiting|→|->)\s+$"
                    ).search(before
                    )
                    or rx(r",\s+[A-Z]").match(after)
                ):  # fmt: skip
                    continue
                if rx(r"\s+[A-Z][a-z]+").match(after) and city not in ("Washington",):
                    nxt = after.split()[0].lower()
                    if nxt in lex.last or nxt in lex.first:
                        continue  # "Austin Nguyen", "Jackson Lee"
            if city == "Washington" and not rx(r",?\s*D\.?C\.?").match(text[e : e + 6]):
                continue
            yield result("LOCATION", s, e, 0.8, "LocationRecognizer", "city list", label="CITY")
        for pat, score, reason in (
            (self.AFTER_PREP, 0.6, "capitalised place after 'downtown'/'from'"),
            (self.COUNTY if any(w in text for w in self._COUNTY_WORDS) else None, 0.7,
             "county / town pattern"),
            (self.CITY_STATE, 0.75, "'City, ST' pattern"),
            (self.AFTER_IN, 0.4, "capitalised place after 'in'"),
            (self.AFTER_WEAK_PREP, 0.6, "unknown capitalised word after 'fae'/'past'/'out of'"),
        ):  # fmt: skip
            if pat is None:
                continue  # its cheap pre-check failed
            for m in pat.finditer(text):
                place = m.group("place")
                s, e = m.span("place")
                if pat is self.CITY_STATE:
                    tail = text[e:].lstrip(", ").split()
                    state = tail[0].strip(".,;:!?") if tail else ""
                    state_phrase = " ".join(tail[:2]).strip(".,;:!?").lower()
                    if (
                        state not in US_STATE_CODES
                        and state.lower() not in lex.keep_places
                        and (state_phrase not in lex.keep_places)
                    ):
                        continue
                if pat is self.AFTER_IN and place.split()[0].lower() in lex.first:
                    continue
                if pat is self.AFTER_WEAK_PREP and any(
                    is_english(k) or k in lex.common or k in lex.all_first or k in UNITS_OF_CARE
                    for k in (fold(w.removesuffix("'s")) for w in place.split())
                ):
                    continue
                if (
                    pat is self.AFTER_IN
                    and _FIELD_BEFORE.search(text, max(0, s - 30), s)
                    and all((is_english(fold(w)) or fold(w).endswith(_FIELD_SUFFIXES))
                            and fold(w) not in lex.all_first for w in place.split())
                ):  # fmt: skip
                    continue  # "MD in Emergency Medicine": a field of study, no place
                if self._ok_place(place):
                    yield result(
                        "LOCATION", s, e, score, "LocationRecognizer", reason, label="CITY"
                    )
