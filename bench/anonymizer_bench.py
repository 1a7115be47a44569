"""Anonymizer throughput and recall: our engine (with and without its NER model, and the model
alone) vs. plain Presidio (default recognizers), optionally against another checkout (main).

    python bench/anonymizer_bench.py [--posts 10000] [--seed 7]
    python bench/anonymizer_bench.py --posts 1500 --rounds 3 --baseline ../main-clone
    python bench/anonymizer_bench.py --score tests/anonymize/intl_a.jsonl [more files]

Builds N posts deterministically by recombining the labelled corpus texts (2-4 per post, which
gives the typical 200-400 character post: about three times the labelled sets' ~100 characters,
so about half their posts/s) and times, in one child process pinned to one CPU, on the same
posts: the full engine post by post and in batches of 500 (``anonymize_many``), the rules only
(``model=False``), the NER model alone (spaCy's component on the engine's text; with its gate;
in batches) and plain Presidio. It prints wall and CPU seconds, posts/s, ms of CPU per post and
each engine's speed relative to plain Presidio in the same run (the ratio survives machine load
better than absolute figures). ``--baseline CHECKOUT`` runs the same measurement against another
checkout's ``quizzes.anonymize`` (this script, that code), alternating ``--rounds`` times, keeps
the best (least CPU) round of each and prints after/before ratios.

Plain Presidio runs its predefined recognizers over a no-model NLP engine (no Presidio spaCy
model is installed or downloadable), so its PERSON/LOCATION recall is poor: that is the point of
the comparison. Recall uses the rule of ``quizzes.anonymize.evaluate``. The ``--score`` form
scores the three engines on labelled files instead of timing them. Nothing here touches Django
or the network.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ``--root CHECKOUT``: measure the anonymizer of another checkout (the baseline) with this script
_root = sys.argv[sys.argv.index("--root") + 1] if "--root" in sys.argv[:-1] else str(ROOT)
sys.path.insert(0, _root)

CORPUS = ROOT / "tests" / "anonymize" / "corpus.jsonl"  # the same posts for every checkout


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


def timed_batches(fn: Any, posts: list[str], size: int = 500) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(posts), size):
        fn(posts[i : i + size])
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(n_posts: int, seed: int) -> dict[str, Any]:
    """Every engine on the same posts in this process (pinned to one core): build seconds,
    (wall, CPU) seconds and recall on the labelled corpus. Runs against whichever
    ``quizzes.anonymize`` is first on ``sys.path`` (``--root``), so the same code measures main."""
    from quizzes.anonymize import Anonymizer
    from quizzes.anonymize.evaluate import load_corpus
    from quizzes.anonymize.normalize import mask_placeholders, normalize

    rows = load_corpus(CORPUS)
    posts = make_posts(rows, n_posts, seed)
    out: dict[str, Any] = {"posts": len(posts), "mean_chars": sum(map(len, posts)) / len(posts)}

    t0 = time.perf_counter()
    ours = Anonymizer()
    out["build"] = {"full": time.perf_counter() - t0}
    ours.anonymize(posts[0])
    secs = {"full": timed(ours.anonymize, posts)}
    secs["full, batches"] = timed_batches(ours.anonymize_many, posts)

    # the model alone, on the text the engine gives it: spaCy's component, then with the gate
    model = ours._model_recognizer
    masked = [mask_placeholders(normalize(p).text)[0] for p in posts]
    secs["model alone"] = timed(lambda t: model.ner(model.nlp.make_doc(t)), masked)
    secs["model + gate"] = timed(lambda t: model.analyze(t, []), masked)

    def model_batch(batch: list[str]) -> None:
        model.prefetch(batch)
        model.forget()

    secs["model, batches"] = timed_batches(model_batch, masked)

    t0 = time.perf_counter()
    rules = Anonymizer(model=False)
    out["build"]["rules"] = time.perf_counter() - t0
    rules.anonymize(posts[0])
    secs["rules only"] = timed(rules.anonymize, posts)

    t0 = time.perf_counter()
    analyzer, anonymizer = build_presidio()
    out["build"]["presidio"] = time.perf_counter() - t0

    def presidio(text: str) -> Any:
        results = analyzer.analyze(text=text, language="en")
        return anonymizer.anonymize(text=text, analyzer_results=results)

    presidio(posts[0])
    secs["Presidio"] = timed(presidio, posts)
    out["secs"] = secs
    out["recall"] = {
        "full": coverage_recall(
            rows, lambda t: [(f.start, f.end) for f in ours.anonymize(t).findings]
        ),
        "rules only": coverage_recall(
            rows, lambda t: [(f.start, f.end) for f in rules.anonymize(t).findings]
        ),
        "Presidio": coverage_recall(
            rows, lambda t: [(r.start, r.end) for r in analyzer.analyze(text=t, language="en")]
        ),
    }
    return out


ENGINES = (
    "full", "full, batches", "rules only", "model alone", "model + gate", "model, batches",
    "Presidio",
)  # fmt: skip


def _child(root: Path, args: argparse.Namespace, cpu: int) -> dict[str, Any]:
    cmd = [
        sys.executable, str(Path(__file__).resolve()), "--measure", "--root", str(root),
        "--posts", str(args.posts), "--seed", str(args.seed), "--cpu", str(cpu),
    ]  # fmt: skip
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=root)
    return json.loads(done.stdout.splitlines()[-1])


def report(runs: dict[str, list[dict[str, Any]]]) -> None:
    """Best of the rounds (least CPU) per engine and code, CPU and wall posts/s, ratios."""
    first = next(iter(runs.values()))[0]
    n = first["posts"]
    print(f"{n} posts, mean {first['mean_chars']:.0f} chars, one pinned core, best of "
          f"{len(next(iter(runs.values())))} round(s); load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")  # fmt: skip
    best: dict[str, dict[str, tuple[float, float]]] = {}
    for code, rounds in runs.items():
        best[code] = {e: min((r["secs"][e] for r in rounds), key=lambda wc: wc[1]) for e in ENGINES}
    print(f"{'code':<10} {'engine':<16} {'wall s':>7} {'CPU s':>7} {'posts/s':>8} {'(CPU)':>7} "
          f"{'ms CPU':>7} {'Presidio/x':>10}")  # fmt: skip
    for code, engines in best.items():
        base_cpu = engines["Presidio"][1]
        for e in ENGINES:
            wall, cpu = engines[e]
            print(f"{code:<10} {e:<16} {wall:>7.2f} {cpu:>7.2f} {n / wall:>8.0f} {n / cpu:>7.0f} "
                  f"{cpu / n * 1000:>7.2f} {base_cpu / cpu:>9.2f}x")  # fmt: skip
        full, rules = engines["full"][1], engines["rules only"][1]
        print(f"{code:<10} NER model cost in the engine: {(full - rules) / n * 1000:.2f} ms CPU "
              f"per post ({full / rules:.2f}x the rules-only CPU time); recall full / rules / "
              f"Presidio: " + " / ".join(
                  f"{runs[code][0]['recall'][k][0]:.3f}" for k in ("full", "rules only", "Presidio")
              ) + "\n")  # fmt: skip
    if len(best) > 1:
        (b_name, before), (a_name, after) = list(best.items())[:2]
        print(
            f"after/before, CPU ({a_name} vs {b_name}; >1 = faster; vs Presidio in the same "
            "run cancels some of the load noise):"
        )
        for e in ENGINES:
            speed = before[e][1] / after[e][1]
            rel = (after["Presidio"][1] / after[e][1]) / (before["Presidio"][1] / before[e][1])
            print(f"  {e:<16} {speed:>5.2f}x   (Presidio-relative {rel:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--score", nargs="+", metavar="JSONL", help="score labelled files")
    parser.add_argument(
        "--baseline", type=Path, metavar="CHECKOUT",
        help="also time the anonymizer of another checkout (e.g. a clone of main), in turns",
    )  # fmt: skip
    parser.add_argument("--rounds", type=int, default=1, help="alternate runs; best is kept")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=-1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.score:
        score_files(args.score)
        return
    cpu = args.cpu if args.cpu >= 0 else sorted(os.sched_getaffinity(0))[0]
    if args.measure:
        os.sched_setaffinity(0, {cpu})
        print(json.dumps(measure(args.posts, args.seed)))
        return
    codes = {"this": ROOT}
    if args.baseline:
        codes = {"baseline": args.baseline.resolve(), "this": ROOT}
    runs: dict[str, list[dict[str, Any]]] = {code: [] for code in codes}
    for _ in range(args.rounds):
        for code, root in codes.items():
            runs[code].append(_child(root, args, cpu))
    report(runs)


if __name__ == "__main__":
    main()
