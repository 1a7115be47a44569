"""A real Celery worker process for integration tests (consumes one private queue)."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def celery_worker(
    *, name: str, env: dict[str, str], queue: str | None = None
) -> Iterator[tuple[subprocess.Popen, str]]:
    """Start ``celery -A lms worker`` on a queue of its own (or ``queue``, to restart a worker on
    the queue of one that was killed); yield (process, queue); stop it. Tasks the worker queues
    itself go to the same queue."""
    queue = queue or f"{name}-{os.getpid()}-{int(time.time())}"
    full_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.base",
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        **env,
    }
    # The browser journeys set this in the test process; a worker never runs with it.
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield worker, queue
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
