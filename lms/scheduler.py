"""The in-process scheduler of the embedded mode: runs ``lms.schedule.SCHEDULE`` in a daemon
thread of the ``runserver`` process when there is no broker (and so no Celery beat).

Each due job runs in this thread, one at a time, through the task's own code (``apply``), so it
behaves exactly as under a worker. The last run of each job is kept in memory: a restarted server
waits for the next slot rather than catching up (the jobs are idempotent and the daily run also
covers the days before it: stale digests rejoin, the sweep takes everything older than 5 min).
"""

import datetime as dt
import logging
import threading

from django.db import close_old_connections
from django.utils import timezone

from .celery import app
from .schedule import SCHEDULE

logger = logging.getLogger(__name__)

TICK_SECONDS = 30


def run_job(name: str):
    """Run one scheduled job now, in this process; returns the task's result."""
    entry = SCHEDULE[name]
    # A web process never started a worker: import every app's tasks module first (idempotent).
    app.loader.import_default_modules()
    return app.tasks[entry["task"]].apply(throw=True).get()


class InProcessScheduler(threading.Thread):
    def __init__(self, *, schedule: dict | None = None, tick: float = TICK_SECONDS) -> None:
        super().__init__(name="ethos-scheduler", daemon=True)
        self.schedule = schedule if schedule is not None else SCHEDULE
        self.tick = tick
        self.stopped = threading.Event()
        started = timezone.now()
        self.last_run: dict[str, dt.datetime] = dict.fromkeys(self.schedule, started)

    def due(self, now: dt.datetime) -> list[str]:
        """The names of the jobs whose slot has come since their last run."""
        names = []
        for name, entry in self.schedule.items():
            last = self.last_run[name]
            # The next slot strictly after the last run (crontab's own arithmetic, not "now").
            _, step, _ = entry["schedule"].remaining_delta(last)
            next_run = last + step
            if next_run <= now:
                names.append(name)
        return names

    def run_due(self, now: dt.datetime | None = None) -> list[str]:
        now = now or timezone.now()
        ran = []
        for name in self.due(now):
            self.last_run[name] = now
            try:
                result = run_job(name)
                logger.info("scheduled job %s: %s", name, result)
            except Exception:
                logger.exception("scheduled job %s failed; it runs again at its next slot", name)
            ran.append(name)
        return ran

    def run(self) -> None:
        logger.info("in-process scheduler running %s", ", ".join(self.schedule))
        while not self.stopped.wait(self.tick):
            try:
                self.run_due()
            finally:
                # This thread's connection lives across ticks: drop it if broken or too old.
                close_old_connections()

    def stop(self) -> None:
        self.stopped.set()


def start_if_serving(argv: list[str], environ: dict[str, str]) -> InProcessScheduler | None:
    """Start the scheduler in the process that serves requests under ``runserver`` (the
    autoreloader's child, or the only process with ``--noreload``), never in the reloader
    parent, management commands or tests."""
    if argv[1:2] != ["runserver"]:
        return None
    if environ.get("RUN_MAIN") != "true" and "--noreload" not in argv:
        return None
    scheduler = InProcessScheduler()
    scheduler.start()
    return scheduler
