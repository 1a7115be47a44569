"""The production package never imports bench/ (benchmarks, the load generator, the bare
yardstick view): the image leaves bench/ out, so such an import would fail only in production."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_PRODUCTION = {"tests", "bench", ".venv", "venv", "node_modules", "media", "staticfiles", "var"}


def production_modules() -> list[Path]:
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if path.relative_to(ROOT).parts[0] not in NOT_PRODUCTION
        and not path.relative_to(ROOT).parts[0].startswith(".")
    )


def bench_imports(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names = [str(node.args[0].value)]
        found += [
            f"{path.relative_to(root)}:{node.lineno} {n}"
            for n in names
            if n.split(".")[0] == "bench"
        ]
    return found


def test_production_code_never_imports_bench():
    modules = production_modules()
    assert any(p.relative_to(ROOT).as_posix() == "lms/settings/production.py" for p in modules)
    offenders = [hit for path in modules for hit in bench_imports(path)]
    assert offenders == []


def test_no_benchmark_code_lives_in_the_production_package():
    assert [p.relative_to(ROOT).as_posix() for p in production_modules() if "bench" in p.name] == []


def test_the_scan_finds_every_form_of_bench_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "import os\nfrom bench.loadgen import SIZES\nimport bench.urls as u\n"
        "from importlib import import_module\nimport_module('bench.settings')\n"
        "from benchmarks import x\n"
    )
    assert bench_imports(module, root=tmp_path) == [
        "m.py:2 bench.loadgen",
        "m.py:3 bench.urls",
        "m.py:5 bench.settings",
    ]
