"""Bulk writes send no model signals: the scan behind the tests that a module writing a watched
model with ``update()``, ``bulk_create()`` or ``bulk_update()`` also calls the matching bump
(the page cache's generations, the quiz bank's stamp)."""

from __future__ import annotations

import ast
from pathlib import Path

from django.conf import settings

APPS = (
    "accounts",
    "content",
    "courses",
    "quizzes",
    "certificates",
    "institutions",
    "compliance",
    "lms",
)
BULK_WRITES = {"update", "bulk_create", "bulk_update"}


def bulk_writes(tree: ast.AST, watched: set[str]) -> list[tuple[int, str]]:
    """``Model.objects….update()`` and friends on a ``watched`` model name in ``tree``."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in BULK_WRITES:
            continue
        chain, part = [], node.func.value
        while isinstance(part, ast.Attribute | ast.Call):
            part = part.func if isinstance(part, ast.Call) else part
            if isinstance(part, ast.Attribute):
                chain.append(part.attr)
                part = part.value
        if isinstance(part, ast.Name) and part.id in watched and "objects" in chain:
            found.append((node.lineno, f"{part.id}.objects….{node.func.attr}()"))
    return found


def unbumped_bulk_writes(watched: set[str], bumps: set[str]) -> tuple[list[str], list[str]]:
    """(writes in modules that call none of ``bumps``, names of the modules that bulk-write a
    watched model) over every production module of our apps, migrations left out."""
    missing, checked = [], []
    for app in APPS:
        for path in Path(settings.BASE_DIR, app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text())
            writes = bulk_writes(tree, watched)
            if not writes:
                continue
            checked.append(path.name)
            if not any(isinstance(n, ast.Attribute) and n.attr in bumps for n in ast.walk(tree)):
                missing += [f"{path.relative_to(settings.BASE_DIR)}:{n} {w}" for n, w in writes]
    return missing, checked
