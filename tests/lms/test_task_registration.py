"""One way to register Celery tasks: ``@shared_task(name=...)`` in an app's ``tasks.py``, found by
``autodiscover_tasks()``. A fresh worker process (nothing imported by earlier tests) must know
every task the code queues."""

import ast
import json
import subprocess
import sys
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
PROJECT_DIRS = sorted(
    p for p in BASE.iterdir() if p.is_dir() and (p / "__init__.py").exists() and p.name != "tests"
)


def _declared_tasks() -> dict[str, str]:
    """task name → file, for every ``@shared_task(name=...)`` in the project's code."""
    found: dict[str, str] = {}
    for folder in PROJECT_DIRS:
        for path in folder.rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.FunctionDef):
                    continue
                for deco in node.decorator_list:
                    if isinstance(deco, ast.Call) and getattr(deco.func, "id", "") == "shared_task":
                        name = next(k.value.value for k in deco.keywords if k.arg == "name")
                        found[name] = str(path.relative_to(BASE))
    return found


def test_every_task_is_named_and_lives_in_an_apps_tasks_module():
    declared = _declared_tasks()
    assert declared  # the walk found the tasks
    # institutions/compliance/tasks.py is re-exported by institutions/tasks.py (autodiscovered).
    assert {
        file
        for file in declared.values()
        if not (Path(file).name == "tasks.py" and len(Path(file).parts) == 2)
    } <= {"institutions/compliance/tasks.py"}
    assert not hasattr(settings, "CELERY_IMPORTS")


def test_a_fresh_worker_registers_every_task():
    script = (
        "import django, json, os;"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'lms.settings.test');"
        "django.setup();"
        "from lms.celery import app;"
        "app.loader.import_default_modules();"
        "print(json.dumps(sorted(n for n in app.tasks if not n.startswith('celery.'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=BASE, capture_output=True, text=True, check=True
    )
    registered = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert registered == set(_declared_tasks())
