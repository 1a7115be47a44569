"""manage.py import_roster SLUG FILE.csv [--auto-create-departments] [--deactivate-missing]"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from compliance.rosters import (
    MAX_UPLOAD_BYTES,
    roster_decode,
    roster_import_create,
    roster_import_process,
)
from institutions.models import Institution


class Command(BaseCommand):
    help = "Import a staff roster CSV into an institution (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("institution", help="institution slug")
        parser.add_argument("file", help="path to the CSV file")
        parser.add_argument("--auto-create-departments", action="store_true")
        parser.add_argument("--deactivate-missing", action="store_true")

    def handle(self, *args, **options):
        institution = Institution.objects.filter(slug=options["institution"]).first()
        if institution is None:
            raise CommandError(f"No institution with slug {options['institution']!r}.")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise CommandError(f"{path} is larger than 5 MB.")
        try:
            content = roster_decode(path.read_bytes())
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        # The command runs in the foreground whatever the size; it is already off the web.
        ri = roster_import_create(
            actor=None,
            institution=institution,
            filename=path.name,
            content=content,
            auto_create_departments=options["auto_create_departments"],
            deactivate_missing=options["deactivate_missing"],
            background=False,
        )
        ri = roster_import_process(roster_import_id=ri.pk)
        if ri.status != "succeeded":
            lines = [f"row {e['row']}, {e['field']}: {e['message']}" for e in ri.errors]
            raise CommandError(
                f"{len({e['row'] for e in ri.errors})} bad row(s); nothing was imported.\n"
                + "\n".join(lines)
            )
        s = ri.summary
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {s['rows']} rows into {institution.slug}: {s['people_invited']} "
                f"invited, {s['members_updated']} members updated, "
                f"{s['members_deactivated']} deactivated, {s['departments_created']} departments "
                "created."
            )
        )
