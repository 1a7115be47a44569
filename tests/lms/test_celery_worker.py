"""A real Celery worker process against the real broker runs a task end to end."""

import os

import pytest
from celery import Celery

from tests.workers import celery_worker

pytestmark = [pytest.mark.broker, pytest.mark.slow]


def test_real_worker_runs_ping_task():
    broker = os.environ["CELERY_BROKER_URL"]
    backend = os.environ.get("CELERY_RESULT_BACKEND") or broker.rsplit("/", 1)[0] + "/15"
    env = {"CELERY_BROKER_URL": broker, "CELERY_RESULT_BACKEND": backend}
    with celery_worker(name="health", env=env) as (_worker, queue):
        result = Celery(broker=broker, backend=backend, set_as_current=False).send_task(
            "lms.tasks.ping", queue=queue
        )
        # disable_sync_subtasks: the test process is no task, whatever earlier tests left in
        # celery's process-wide "inside a worker" flag.
        assert result.get(timeout=60, disable_sync_subtasks=False) == "pong"
        assert result.successful()
