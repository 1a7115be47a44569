"""The layers contract (pyproject.toml [tool.importlinter], run by `make lint`): the tree keeps
it, and an import pointing up a layer breaks it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = [
    "lms", "sso", "scim", "lti", "compliance", "certificates", "quizzes", "courses", "content",
    "notifications", "accounts", "institutions", "core", "bench",
]  # fmt: skip


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def tree_with(tmp_path: Path, *, module: str, source: str) -> Path:
    """A copy of the project's packages (symlinked, except the one receiving ``module``)."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = module.split(".")[0]
    for name in PACKAGES:
        if name == package:
            shutil.copytree(
                ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    (tmp_path / Path(*module.split("."))).with_suffix(".py").write_text(source)
    return tmp_path


def test_the_tree_keeps_the_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def test_the_contracts_list_no_exceptions():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    assert [c.get("ignore_imports", []) for c in config["contracts"]] == [[], []]


def test_a_content_app_importing_the_page_cache_keeps_the_layers(tmp_path):
    source = "from core import pagecache\n"
    result = lint_imports(tree_with(tmp_path, module="content.probe", source=source))
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("module", "source", "message"),
    [
        ("core.probe", "import compliance.models\n", "core is not allowed to import compliance"),
        (
            "certificates.probe",
            "from compliance.selectors import requirement_recurrence_months\n",
            "certificates is not allowed to import compliance",
        ),
        ("institutions.probe", "import courses.models\n", "institutions is not allowed to import"),
    ],
)
def test_an_upward_import_fails(tmp_path, module, source, message):
    result = lint_imports(tree_with(tmp_path, module=module, source=source))
    assert result.returncode == 1, result.stdout
    assert message in result.stdout
    assert "Contracts: 1 kept, 1 broken." in result.stdout


def test_production_code_importing_bench_fails(tmp_path):
    result = lint_imports(tree_with(tmp_path, module="lms.probe", source="import bench.urls\n"))
    assert result.returncode == 1, result.stdout
    assert "lms.probe -> bench.urls" in result.stdout
