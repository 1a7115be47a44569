"""Anonymizer throughput and recall: our engine (with and without its NER model) vs. plain
Presidio (default recognizers).

    python bench/anonymizer_bench.py [--posts 10000] [--seed 7]
    python bench/anonymizer_bench.py --score tests/anonymize/intl_a.jsonl [more files]

The second form scores the three engines on labelled files with the rules of
``quizzes.anonymize.evaluate`` (recall, posts with zero leaks, keep rate) instead of timing them.

Builds N posts deterministically by recombining the labelled corpus texts (2-4 per post, which
gives the typical 200-400 character post), pins the process to one CPU, and times three engines
on the same posts: the full engine, the engine without its NER layer (rules only: the model's
cost is the difference) and plain Presidio. Plain Presidio runs its predefined recognizers over a
no-model NLP engine (no Presidio spaCy model is installed or downloadable), so its
PERSON/LOCATION recall is poor: that is the point of the comparison. Recall uses the rule of
``quizzes.anonymize.evaluate``. Nothing here touches Django or the network.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "anonymize" / "corpus.jsonl"


def make_posts(rows: list[dict[str, Any]], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    texts = [r["text"] for r in rows]
    posts = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) for p in parts) < rnd.randint(180, 380):
            parts.append(rnd.choice(texts))
        posts.append(" ".join(parts))
    return posts


def build_presidio() -> Any:
    import tldextract
    import tldextract.tldextract as tld_module
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    # Presidio's email recognizer calls the module-level tldextract, which would fetch the
    # public suffix list over the network on first use; point it at the bundled snapshot.
    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])
    return analyzer, AnonymizerEngine()


def coverage_recall(rows: list[dict[str, Any]], spans_of: Any) -> tuple[float, float]:
    """(overall recall, PERSON recall) with the gold-span coverage rule."""
    total = hit = p_total = p_hit = 0
    for row in rows:
        text = row["text"]
        covered = bytearray(len(text))
        for s, e in spans_of(text):
            covered[s:e] = b"\x01" * (e - s)
        for g in row["spans"]:
            ok = all(covered[i] or text[i].isspace() for i in range(g["start"], g["end"]))
            total += 1
            hit += ok
            if g["type"] == "PERSON":
                p_total += 1
                p_hit += ok
    return hit / total, p_hit / p_total


class _PresidioAsEngine:
    """Plain Presidio behind the ``anonymize(text) -> result`` shape that ``evaluate`` expects."""

    def __init__(self) -> None:
        from quizzes.anonymize.results import AnonymizationResult, Finding

        self._result, self._finding = AnonymizationResult, Finding
        self.analyzer, self.anonymizer = build_presidio()

    def anonymize(self, text: str) -> Any:
        found = self.analyzer.analyze(text=text, language="en")
        out = self.anonymizer.anonymize(text=text, analyzer_results=found).text
        findings = [
            self._finding(
                type=r.entity_type,
                start=r.start,
                end=r.end,
                original=text[r.start : r.end],
                placeholder=f"<{r.entity_type}>",
                recognizer="presidio",
                score=r.score,
                reason="",
            )
            for r in found
        ]
        return self._result(out, findings)


def score_files(paths: list[str]) -> None:
    from quizzes.anonymize import Anonymizer
    from quizzes.anonymize.evaluate import evaluate, load_corpus

    engines = (
        ("Ethos anonymizer", Anonymizer()),
        ("Ethos, rules only", Anonymizer(model=False)),
        ("Presidio (defaults)", _PresidioAsEngine()),
    )
    print(
        f"{'file':<22} {'engine':<20} {'posts':>5} {'recall':>7} {'0-leak':>7} {'keep':>6} "
        f"{'posts/s':>7}"
    )
    for path in paths:
        rows = load_corpus(path)
        for name, engine in engines:
            rep = evaluate(rows, engine)  # type: ignore[arg-type]
            print(
                f"{Path(path).name:<22} {name:<20} {rep.posts:>5} {rep.overall().recall:>7.3f} "
                f"{rep.zero_leak_share:>7.3f} {rep.clinical_share:>6.3f} "
                f"{rep.posts_per_second:>7.0f}"
            )


def timed(fn: Any, posts: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds): CPU time is what one core costs on a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    for p in posts:
        fn(p)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--score", nargs="+", metavar="JSONL", help="score labelled files")
    args = parser.parse_args()
    if args.score:
        score_files(args.score)
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from quizzes.anonymize import Anonymizer
    from quizzes.anonymize.evaluate import load_corpus

    rows = load_corpus(CORPUS)
    posts = make_posts(rows, args.posts, args.seed)
    avg_len = sum(map(len, posts)) / len(posts)

    t0 = time.perf_counter()
    ours = Anonymizer()
    ours_build = time.perf_counter() - t0
    ours.anonymize(posts[0])
    ours_secs = timed(ours.anonymize, posts)
    # Batches of 500 (an import, the curriculum): the model reads each batch in one pass.
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(posts), 500):
        ours.anonymize_many(posts[i : i + 500])
    batch_secs = (time.perf_counter() - wall, time.process_time() - cpu)

    t0 = time.perf_counter()
    rules = Anonymizer(model=False)
    rules_build = time.perf_counter() - t0
    rules.anonymize(posts[0])
    rules_secs = timed(rules.anonymize, posts)

    t0 = time.perf_counter()
    analyzer, anonymizer = build_presidio()
    base_build = time.perf_counter() - t0

    def presidio(text: str) -> Any:
        results = analyzer.analyze(text=text, language="en")
        return anonymizer.anonymize(text=text, analyzer_results=results)

    presidio(posts[0])
    base_secs = timed(presidio, posts)

    ours_rec, ours_person = coverage_recall(
        rows, lambda t: [(f.start, f.end) for f in ours.anonymize(t).findings]
    )
    rules_rec, rules_person = coverage_recall(
        rows, lambda t: [(f.start, f.end) for f in rules.anonymize(t).findings]
    )
    base_rec, base_person = coverage_recall(
        rows, lambda t: [(r.start, r.end) for r in analyzer.analyze(text=t, language="en")]
    )

    n = len(posts)
    print(f"{n} posts, mean {avg_len:.0f} chars, one core\n")
    print(
        f"{'engine':<20} {'build s':>7} {'wall s':>7} {'CPU s':>7} {'posts/s':>8} "
        f"{'(CPU)':>7} {'recall':>7} {'PERSON':>7}"
    )
    for name, build, (wall, cpu), rec, person in (
        ("Ethos anonymizer", ours_build, ours_secs, ours_rec, ours_person),
        ("Ethos, batches", ours_build, batch_secs, ours_rec, ours_person),
        ("Ethos, rules only", rules_build, rules_secs, rules_rec, rules_person),
        ("Presidio (defaults)", base_build, base_secs, base_rec, base_person),
    ):
        print(
            f"{name:<20} {build:>7.2f} {wall:>7.2f} {cpu:>7.2f} {n / wall:>8.0f} {n / cpu:>7.0f} "
            f"{rec:>7.3f} {person:>7.3f}"
        )
    print(f"\nspeed ratio (Presidio CPU s / ours CPU s): {base_secs[1] / ours_secs[1]:.2f}x")
    model_ms = (ours_secs[1] - rules_secs[1]) / n * 1000
    print(
        f"NER model cost: {model_ms:.2f} ms CPU per post "
        f"({ours_secs[1] / rules_secs[1]:.2f}x the rules-only CPU time)"
    )


if __name__ == "__main__":
    main()
