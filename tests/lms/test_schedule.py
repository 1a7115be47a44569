"""One schedule for every mode: Celery beat reads it, the in-process scheduler of the embedded
mode runs it, ``manage.py run_job`` runs one job by hand."""

import datetime as dt
import io

import pytest
from celery import current_app
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from lms.schedule import SCHEDULE
from lms.scheduler import InProcessScheduler, start_if_serving

UTC = dt.UTC


def test_beat_schedule_is_the_one_schedule_and_every_task_exists():
    current_app.loader.import_default_modules()
    assert settings.CELERY_BEAT_SCHEDULE.keys() == SCHEDULE.keys()
    for name, entry in SCHEDULE.items():
        assert settings.CELERY_BEAT_SCHEDULE[name]["task"] == entry["task"]
        assert entry["task"] in current_app.tasks, f"{name}: task {entry['task']} not registered"
    assert {
        "compliance-daily",
        "compliance-snapshots-prune",
        "certificates-sweep",
        "outbox-expire-leases",
    } <= SCHEDULE.keys()


def test_jobs_come_due_at_their_slot():
    scheduler = InProcessScheduler()
    start = dt.datetime(2026, 12, 5, 5, 58, tzinfo=UTC)
    scheduler.last_run = dict.fromkeys(SCHEDULE, start)
    assert scheduler.due(dt.datetime(2026, 12, 5, 5, 59, tzinfo=UTC)) == []
    assert scheduler.due(dt.datetime(2026, 12, 5, 6, 0, 1, tzinfo=UTC)) == [
        "compliance-daily",
        "compliance-statuses-refresh",
        "certificates-sweep",
        "outbox-expire-leases",
    ]
    assert "compliance-snapshots-prune" in scheduler.due(dt.datetime(2027, 1, 2, 3, 31, tzinfo=UTC))


def test_scheduler_starts_only_in_the_serving_runserver_process():
    assert start_if_serving(["manage.py", "migrate"], {"RUN_MAIN": "true"}) is None
    assert start_if_serving(["manage.py", "runserver"], {}) is None  # the reloader parent
    scheduler = start_if_serving(["manage.py", "runserver"], {"RUN_MAIN": "true"})
    try:
        assert scheduler is not None and scheduler.is_alive() and scheduler.daemon
    finally:
        scheduler.stop()
        scheduler.join(timeout=5)
    assert not scheduler.is_alive()


@pytest.mark.django_db
def test_in_process_scheduler_runs_the_sweep_that_repairs_a_lost_certificate(
    django_capture_on_commit_callbacks, settings, tmp_path
):
    from certificates.models import Certificate
    from courses.models import Completion
    from courses.services import enrollment_create, lesson_complete
    from tests.factories import UserFactory, make_course
    from tests.faults.injection import refuse_inserts

    settings.MEDIA_ROOT = str(tmp_path)
    course = make_course(lessons=1)
    learner = UserFactory()
    enrollment_create(user=learner, course=course)
    with (
        refuse_inserts("certificates_certificate"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        lesson_complete(user=learner, lesson=course.lessons().get())
    assert Certificate.objects.count() == 0
    Completion.objects.update(completed_at=timezone.now() - dt.timedelta(minutes=6))

    scheduler = InProcessScheduler(schedule={"certificates-sweep": SCHEDULE["certificates-sweep"]})
    scheduler.last_run["certificates-sweep"] = timezone.now() - dt.timedelta(minutes=11)
    with django_capture_on_commit_callbacks(execute=True):
        assert scheduler.run_due() == ["certificates-sweep"]
    assert Certificate.objects.filter(user=learner).count() == 1
    assert scheduler.run_due() == []  # not due again until its next slot


@pytest.mark.django_db
def test_run_job_by_hand():
    out = io.StringIO()
    call_command("run_job", "certificates-sweep", stdout=out)
    assert out.getvalue() == (
        "certificates-sweep: {'certificates_issued': 0, 'pdfs_rendered': 0, 'failed': 0}\n"
    )
    out = io.StringIO()
    call_command("run_job", "--list", stdout=out)
    assert [line.split()[0] for line in out.getvalue().splitlines()] == list(SCHEDULE)
