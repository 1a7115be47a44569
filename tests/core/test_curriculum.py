"""core.curriculum: the one YAML reader, content hash and error every curriculum loader uses."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

import content.loader
import quizzes.loader
from content.loader import load_curriculum
from content.models import CoursePage
from core import curriculum
from core.curriculum import CurriculumError, content_hash, read_yaml

SHIPPED = Path(settings.BASE_DIR) / "content" / "curriculum"
MODULE = "01-social-media-in-healthcare"


@pytest.fixture
def root(tmp_path) -> Path:
    target = tmp_path / "curriculum"
    target.mkdir()
    shutil.copy(SHIPPED / "credit_types.yaml", target / "credit_types.yaml")
    shutil.copytree(SHIPPED / MODULE, target / MODULE)
    (target / "cases").mkdir()
    for path in sorted((SHIPPED / "cases").glob("1*.yaml")):
        shutil.copy(path, target / "cases" / path.name)
    return target


def test_yaml_syntax_error_names_file_line_and_column(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("slug: demo\ntitle: [unclosed\nlevel: intro\n", encoding="utf-8")
    with pytest.raises(CurriculumError) as exc:
        read_yaml(path)
    assert (exc.value.path, exc.value.line, exc.value.column) == (path, 3, 6)
    assert str(exc.value) == (
        f"{path}: invalid YAML (line 3, column 6): expected ',' or ']', but got ':'"
    )


def test_file_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: café\n".encode("latin-1"))
    with pytest.raises(CurriculumError) as exc:
        read_yaml(path)
    assert str(exc.value) == f"{path}: is not UTF-8 text"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "relative",
    [
        f"{MODULE}/lessons/01-platforms-and-purposes.yaml",  # content loader
        f"{MODULE}/quiz.yaml",  # quiz loader
        "cases/1001-vaccine-pile-on-doxx.yaml",  # quiz loader (cases)
    ],
)
def test_both_loaders_report_a_yaml_error_with_line_and_column(root, relative):
    path = root / relative
    path.write_text(path.read_text(encoding="utf-8") + "broken: [\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").count("\n")
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    message = str(exc.value)
    assert f"{path}: invalid YAML (line {lines + 1}, column 1): " in message
    assert not CoursePage.objects.exists()  # nothing written


@pytest.mark.django_db
def test_the_command_turns_a_curriculum_error_into_a_command_error(root):
    (root / MODULE / "quiz.yaml").write_text("pass_mark: [\n", encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command("load_curriculum", root=root, verbosity=0)
    assert str(exc.value).startswith(f"{root / MODULE / 'quiz.yaml'}: invalid YAML (line 2, ")
    assert isinstance(exc.value.__cause__, CurriculumError)


def test_content_hash_is_sha256_of_version_and_sorted_json():
    data = {"title": "Café", "minutes": 5, "items": ["b", "a"]}
    expected = hashlib.sha256(
        json.dumps(["1", data], sort_keys=True, default=str, ensure_ascii=False).encode()
    ).hexdigest()
    assert curriculum.LOADER_VERSION == "1"
    assert content_hash(data) == expected
    # Key order does not matter; list order and values do.
    assert content_hash({"items": ["b", "a"], "minutes": 5, "title": "Café"}) == expected
    assert content_hash({**data, "items": ["a", "b"]}) != expected
    assert content_hash({**data, "minutes": 6}) != expected


def test_bumping_the_loader_version_changes_every_hash(monkeypatch):
    before = content_hash({"slug": "demo"})
    monkeypatch.setattr(curriculum, "LOADER_VERSION", "2")
    assert content_hash({"slug": "demo"}) != before


def test_both_loaders_use_the_one_hash_and_version():
    assert content.loader.content_hash is content_hash
    assert quizzes.loader.content_hash is content_hash
    assert not hasattr(content.loader, "LOADER_VERSION")
    assert not hasattr(quizzes.loader, "LOADER_VERSION")


@pytest.mark.django_db
def test_stored_hashes_are_the_core_hash_of_the_source(root):
    courses = load_curriculum(root=root)
    course = courses["social-media-in-healthcare"]
    src = content.loader.parse_course(root / MODULE, {"ama-pra-1", "ancc-contact-hours"})
    assert course.source_hash == src.hash
    assert quizzes.loader.parse_case(
        root / "cases" / "1001-vaccine-pile-on-doxx.yaml"
    ).hash == content_hash(read_yaml(root / "cases" / "1001-vaccine-pile-on-doxx.yaml"))
