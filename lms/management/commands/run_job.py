"""Run one scheduled job by hand, in this process: ``python manage.py run_job NAME``;
``--list`` shows every job of the schedule (lms/schedule.py) and when it runs."""

from django.core.management.base import BaseCommand, CommandError

from lms.schedule import SCHEDULE
from lms.scheduler import run_job


class Command(BaseCommand):
    help = "Run one scheduled job now (see --list)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name", nargs="?", help="job name, e.g. certificates-sweep")
        parser.add_argument("--list", action="store_true", help="list the scheduled jobs")

    def handle(self, *args, name: str | None = None, list: bool = False, **options) -> None:
        if list or not name:
            for job, entry in SCHEDULE.items():
                self.stdout.write(f"{job:28} {entry['when']:26} {entry['what']}")
            return
        if name not in SCHEDULE:
            raise CommandError(f"Unknown job {name!r}; known: {', '.join(SCHEDULE)}.")
        result = run_job(name)
        self.stdout.write(f"{name}: {result}")
