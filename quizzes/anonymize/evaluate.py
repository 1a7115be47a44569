"""Evaluate the anonymizer on a labelled JSON Lines corpus.

Each line: ``{"id", "text", "spans": [{"start", "end", "type"}], "clinical_terms": [...]}``.

Scoring rules (span overlap, type-agnostic for coverage, because any replacement hides the
identifier):

* **recall** of a gold type = share of its gold spans whose characters are ALL covered by findings
  of any type (non-space characters only, so a finding need not swallow surrounding spaces);
* **precision** of a finding type = share of its findings that overlap at least one gold span
  (of any type);
* **clinical kept** = share of listed clinical terms that still appear verbatim in the output
  (counted per occurrence in the input);
* **posts with zero leaks** = share of posts in which every gold span is recalled;
* **posts/s** = posts anonymized per second of wall time in this process (one thread).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine import Anonymizer, get_anonymizer
from .results import AnonymizationResult, Finding

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "anonymize" / "corpus.jsonl"


@dataclass
class TypeScore:
    gold: int = 0
    recalled: int = 0
    found: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return self.recalled / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.found if self.found else None


@dataclass
class Report:
    per_type: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    clinical_total: int = 0
    clinical_kept: int = 0
    posts: int = 0
    leaky_posts: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (id, type, text)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def clinical_share(self) -> float:
        return self.clinical_kept / self.clinical_total if self.clinical_total else 1.0

    @property
    def zero_leak_share(self) -> float:
        return (self.posts - self.leaky_posts) / self.posts if self.posts else 1.0

    @property
    def posts_per_second(self) -> float:
        return self.posts / self.seconds if self.seconds else 0.0

    def overall(self) -> TypeScore:
        total = TypeScore()
        for s in self.per_type.values():
            total.gold += s.gold
            total.recalled += s.recalled
            total.found += s.found
            total.correct += s.correct
        return total

    def rows(self) -> list[tuple[str, int, float | None, int, float | None]]:
        return [
            (t, s.gold, s.recall, s.found, s.precision) for t, s in sorted(self.per_type.items())
        ]


def load_corpus(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate(rows: list[dict[str, Any]], engine: Anonymizer | None = None) -> Report:
    engine = engine or get_anonymizer()
    rep = Report()
    for row in rows:
        text: str = row["text"]
        t0 = time.perf_counter()
        res = engine.anonymize(text)
        rep.seconds += time.perf_counter() - t0
        covered = bytearray(len(text))
        for f in res.findings:
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
        gold = row.get("spans", [])
        leaked = False
        for g in gold:
            score = rep.per_type[g["type"]]
            score.gold += 1
            if all(covered[i] or text[i].isspace() for i in range(g["start"], g["end"])):
                score.recalled += 1
            else:
                leaked = True
                rep.misses.append((row["id"], g["type"], text[g["start"] : g["end"]]))
        rep.leaky_posts += leaked
        for f in res.findings:
            score = rep.per_type[f.type]
            score.found += 1
            if any(g["start"] < f.end and f.start < g["end"] for g in gold):
                score.correct += 1
            else:
                rep.false_positives.append((row["id"], f.type, f.original))
        for term in row.get("clinical_terms", []):
            n = text.count(term)
            rep.clinical_total += n
            rep.clinical_kept += min(n, res.text.count(term))
        rep.posts += 1
    return rep


def format_report(rep: Report) -> str:
    def pct(x: float | None) -> str:
        return "   -  " if x is None else f"{x:6.3f}"

    lines = [f"{'type':<12} {'gold':>5} {'recall':>7} {'found':>6} {'precision':>9}"]
    for t, gold, rec, found, prec in rep.rows():
        lines.append(f"{t:<12} {gold:>5} {pct(rec):>7} {found:>6} {pct(prec):>9}")
    tot = rep.overall()
    lines.append(
        f"{'ALL':<12} {tot.gold:>5} {pct(tot.recall):>7} {tot.found:>6} {pct(tot.precision):>9}"
    )
    lines.append(
        f"clinical terms kept: {rep.clinical_kept}/{rep.clinical_total} = {rep.clinical_share:.3f}"
        f"   ({rep.posts} posts)"
    )
    lines.append(
        f"posts with zero leaks: {rep.posts - rep.leaky_posts}/{rep.posts} = "
        f"{rep.zero_leak_share:.3f}   speed: {rep.posts_per_second:.0f} posts/s"
    )
    return "\n".join(lines)


class PresidioBaseline:
    """Plain Presidio (its predefined recognizers, no NLP model) behind ``anonymize(text)``,
    for side-by-side figures on the same posts. Offline: tldextract uses the bundled snapshot."""

    def __init__(self) -> None:
        import logging

        import tldextract.tldextract as tld_module
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine

        from .patterns import offline_tldextract

        tld_module.TLD_EXTRACTOR = offline_tldextract()
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp, supported_languages=["en"]
        )

    def anonymize(self, text: str) -> AnonymizationResult:
        found = sorted(self.analyzer.analyze(text=text, language="en"), key=lambda r: r.start)
        findings: list[Finding] = []
        pieces: list[str] = []
        pos = 0
        for r in found:
            if r.start < pos:
                continue  # overlapping result: the earlier one already replaced this text
            findings.append(
                Finding(r.entity_type, r.start, r.end, text[r.start : r.end],
                        f"<{r.entity_type}>", "presidio", r.score, "")
            )  # fmt: skip
            pieces += [text[pos : r.start], f"<{r.entity_type}>"]
            pos = r.end
        pieces.append(text[pos:])
        return AnonymizationResult("".join(pieces), findings)


def compare(rows: list[dict[str, Any]], ours: Report | None = None) -> list[tuple[str, Report]]:
    """The same posts through the full engine, the rules alone and plain Presidio."""
    engines: list[tuple[str, Any]] = [
        ("Ethos (rules + NER model)", None),
        ("Ethos, rules only", Anonymizer(model=False)),
        ("plain Presidio", PresidioBaseline()),
    ]
    out = []
    for name, engine in engines:
        rep = ours if engine is None and ours is not None else evaluate(rows, engine)
        out.append((name, rep))
    return out


def format_comparison(reports: list[tuple[str, Report]]) -> str:
    lines = [f"{'engine':<27} {'recall':>6} {'zero-leak':>9} {'keep':>6} {'posts/s':>8}"]
    for name, rep in reports:
        rec = rep.overall().recall
        lines.append(
            f"{name:<27} {(rec if rec is not None else 1.0):>6.3f} {rep.zero_leak_share:>9.3f} "
            f"{rep.clinical_share:>6.3f} {rep.posts_per_second:>8.0f}"
        )
    return "\n".join(lines)
