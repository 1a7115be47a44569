"""A real Celery worker process against the real broker runs a task end to end."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from celery import Celery

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.broker, pytest.mark.slow]


def test_real_worker_runs_ping_task():
    broker = os.environ["CELERY_BROKER_URL"]
    backend = os.environ.get("CELERY_RESULT_BACKEND") or broker.rsplit("/", 1)[0] + "/15"
    queue = f"health-{os.getpid()}-{int(time.time())}"
    env = {
        **os.environ,
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": backend,
        "DJANGO_SETTINGS_MODULE": "lms.settings.base",
    }
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
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        client = Celery(broker=broker, backend=backend)
        result = client.send_task("lms.tasks.ping", queue=queue)
        assert result.get(timeout=60) == "pong"
        assert result.successful()
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
