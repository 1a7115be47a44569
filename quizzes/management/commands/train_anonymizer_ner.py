"""python manage.py train_anonymizer_ner [--posts N] [--human-copies N] [--epochs N] [--seed N]

Regenerates the synthetic training posts, adds the human-written labelled posts of
``tests/anonymize/*.jsonl`` with ``--human-copies`` entity-replaced copies of each, and retrains
the anonymizer's NER model into ``quizzes/anonymize/model/`` (fixed seed by default), then
rewrites its SHA-256 manifest.
Developer tool: needs Faker (requirements-dev). Takes a few minutes on one CPU.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Retrain the anonymizer's NER model from synthetic and human-written posts (fixed seed)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--posts", type=int, default=10000, help="synthetic posts")
        parser.add_argument(
            "--human-copies", type=int, default=3,
            help="entity-replaced copies of each human post (-1: no human posts)",
        )  # fmt: skip
        parser.add_argument("--epochs", type=int, default=6)
        parser.add_argument("--seed", type=int, default=19)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["posts"] < 100:
            raise CommandError("--posts must be at least 100")
        if options["epochs"] < 1:
            raise CommandError("--epochs must be at least 1")
        try:
            from quizzes.anonymize.training.train import train
        except ImportError as exc:  # Faker is a development dependency
            raise CommandError(f"training needs the development requirements: {exc}") from exc
        manifest = train(
            options["posts"], options["epochs"], options["seed"],
            human_copies=options["human_copies"],
        )  # fmt: skip
        self.stdout.write(
            f"model written: sha256 {manifest['sha256']}, {manifest['size_bytes']} bytes"
        )
