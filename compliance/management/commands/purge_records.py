"""Remove what is past retention: ``python manage.py purge_records [--years 6] [--dry-run]``.

Completion records and certificates (with their PDFs), and the sent-email history (outbox rows,
reminders, delivery attempts), older than the retention period, which is at least six years
(shorter is refused). Runs in one transaction: all of it or nothing."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from certificates.services import RETENTION_YEARS, certificates_purge, retention_cutoff
from compliance.models import OutboxEmail
from courses.services import completions_purge


class Command(BaseCommand):
    help = "Delete completion, certificate and email records older than the retention period."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--years", type=int, default=RETENTION_YEARS)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, years: int, dry_run: bool, **options) -> None:
        try:
            before = retention_cutoff(years=years)
        except ValidationError as exc:
            raise CommandError(exc.messages[0]) from exc
        with transaction.atomic():
            certificates = certificates_purge(before=before)
            completions = completions_purge(before=before)
            emails, _ = OutboxEmail.objects.filter(send_on__lt=before.date()).delete()
            if dry_run:
                transaction.set_rollback(True)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} records older than {before:%Y-%m-%d}: {certificates} certificate(s), "
            f"{completions} completion(s), {emails} email record(s)."
        )
