from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.loader import DEFAULT_ROOT, load_curriculum
from core.curriculum import CurriculumError


class Command(BaseCommand):
    help = (
        "Build or update the curriculum page tree from content/curriculum/ (idempotent: unchanged "
        "sources change nothing; edited sources publish a new revision). All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--root", type=Path, default=DEFAULT_ROOT, help="Curriculum folder to load."
        )

    def handle(self, *args, root: Path, verbosity: int = 1, **options):
        def log(message: str) -> None:
            if verbosity >= 1:
                self.stdout.write(message)

        try:
            courses = load_curriculum(root=root, log=log)
        except CurriculumError as exc:
            raise CommandError(str(exc)) from exc
        log(self.style.SUCCESS(f"Curriculum loaded: {len(courses)} course(s)."))
