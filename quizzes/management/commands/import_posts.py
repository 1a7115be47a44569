"""``manage.py import_posts FILE [--format csv|jsonl] [--as EMAIL]``: import raw posts as cases
in review. The whole file is validated first; a bad file stops with every bad line and field
and imports nothing."""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError

from quizzes.intake.parsing import max_import_bytes
from quizzes.intake.services import post_import_create, post_import_process
from quizzes.models import PostImport, PostImportFormat


class Command(BaseCommand):
    help = "Import raw posts (CSV or JSON Lines) as draft cases and submit them for review."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv, .jsonl or .json file (UTF-8).")
        parser.add_argument("--format", choices=PostImportFormat.values, default=None)
        parser.add_argument(
            "--as", dest="as_email", default=None, help="Email of the user recorded as uploader."
        )

    def handle(self, *args, file: str, format: str | None, as_email: str | None, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        actor = None
        if as_email:
            actor = get_user_model().objects.filter(email__iexact=as_email).first()
            if actor is None:
                raise CommandError(f"--as: no user with email {as_email}.")
        size = path.stat().st_size
        if size > max_import_bytes():
            raise CommandError(
                f"{path.name}: file: is {size} bytes; the limit is {max_import_bytes()} bytes"
            )
        upload = SimpleUploadedFile(path.name, path.read_bytes(), content_type=None)
        upload.content_type = None  # a local file has no declared type; the extension decides
        broker = bool(settings.CELERY_BROKER_URL) and not settings.CELERY_TASK_ALWAYS_EAGER
        try:
            post_import = post_import_create(
                uploaded_file=upload, format=format, actor=actor, queue=broker
            )
        except ValidationError as exc:
            raise CommandError(
                f"{path.name} was not imported:\n" + "\n".join(f"  {m}" for m in exc.messages)
            ) from None
        self.stdout.write(
            f"{path.name}: {post_import.total} posts validated (import #{post_import.pk})."
        )
        if broker:
            post_import = self._wait(post_import)
        else:
            # No broker: run the task's body here, printing progress as it goes.
            post_import = post_import_process(
                post_import_id=post_import.pk, on_progress=self._progress
            )
        if post_import.errors:
            raise CommandError(
                "Import failed: "
                + "; ".join(
                    f"line {e['line']}: {e['field']}: {e['message']}" for e in post_import.errors
                )
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {post_import.created_count} cases created and submitted for review "
                f"({post_import.processed} of {post_import.total} rows processed)."
            )
        )

    def _progress(self, post_import: PostImport) -> None:
        self.stdout.write(f"  {post_import.processed}/{post_import.total}")

    def _wait(self, post_import: PostImport, *, idle_seconds: int = 600) -> PostImport:
        last, idle_since = -1, time.monotonic()
        while True:
            post_import.refresh_from_db()
            if post_import.processed != last:
                last, idle_since = post_import.processed, time.monotonic()
                self._progress(post_import)
            if post_import.is_finished:
                return post_import
            if time.monotonic() - idle_since > idle_seconds:
                raise CommandError(
                    f"Import #{post_import.pk} made no progress for {idle_seconds} s; is a Celery "
                    "worker running? It stays queued and resumes when a worker takes it."
                )
            time.sleep(1)
