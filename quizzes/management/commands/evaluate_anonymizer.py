"""python manage.py evaluate_anonymizer [--corpus PATH] [--show-misses] [--no-compare]

Prints per-type recall/precision of the anonymizer on a labelled corpus, the share of posts with
zero leaks, the share of clinical terms kept and posts/s; then the same summary side by side for
the rules alone (no NER model) and plain Presidio on the same posts. Scoring rules: see
``quizzes.anonymize.evaluate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from quizzes.anonymize.evaluate import (
    DEFAULT_CORPUS,
    compare,
    evaluate,
    format_comparison,
    format_report,
    load_corpus,
)


class Command(BaseCommand):
    help = "Evaluate the anonymizer on a labelled JSON Lines corpus."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="labelled JSONL file")
        parser.add_argument(
            "--show-misses", action="store_true", help="list missed spans and false positives"
        )
        parser.add_argument(
            "--no-compare", action="store_true", help="skip the rules-only and Presidio rows"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["corpus"])
        if not path.is_file():
            raise CommandError(f"corpus not found: {path}")
        try:
            rows = load_corpus(path)
        except (ValueError, KeyError) as exc:
            raise CommandError(f"cannot read corpus {path}: {exc}") from exc
        report = evaluate(rows)
        self.stdout.write(format_report(report))
        if not options["no_compare"]:
            self.stdout.write("\nsame posts, side by side:")
            self.stdout.write(format_comparison(compare(rows, report)))
        if options["show_misses"]:
            for post_id, etype, text in report.misses:
                self.stdout.write(f"MISS {post_id} {etype}: {text!r}")
            for post_id, etype, text in report.false_positives:
                self.stdout.write(f"FP   {post_id} {etype}: {text!r}")
