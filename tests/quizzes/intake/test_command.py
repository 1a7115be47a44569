import pytest
from django.core.management import CommandError, call_command

from quizzes.models import CaseStatus, PostCase, PostImport

from .conftest import ANON_MARIA, GOOD_CSV, GOOD_JSONL

pytestmark = pytest.mark.django_db


def test_import_posts_prints_progress_and_summary(tmp_path, capsys, reviewer):
    path = tmp_path / "posts.csv"
    path.write_bytes(GOOD_CSV)
    call_command("import_posts", str(path), "--as", "REVIEWER@example.org")
    out = capsys.readouterr().out
    post_import = PostImport.objects.get()
    assert out.splitlines() == [
        f"posts.csv: 3 posts validated (import #{post_import.pk}).",
        "  1/3",
        "  2/3",
        "  3/3",
        "Done: 3 cases created and submitted for review (3 of 3 rows processed).",
    ]
    assert post_import.uploaded_by == reviewer
    assert PostCase.objects.filter(status=CaseStatus.IN_REVIEW).count() == 3
    assert PostCase.objects.get(external_id="csv-1").text == ANON_MARIA


def test_import_posts_format_option(tmp_path):
    path = tmp_path / "posts.json"
    path.write_bytes(GOOD_JSONL)
    call_command("import_posts", str(path), "--format", "jsonl")
    assert PostImport.objects.get().format == "jsonl"
    assert PostCase.objects.count() == 2


def test_bad_file_is_a_command_error_naming_line_and_field(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "ok", "likes": -1}\n{"text": ""}\n')
    with pytest.raises(CommandError) as exc:
        call_command("import_posts", str(path))
    assert str(exc.value) == (
        "posts.jsonl was not imported:\n"
        "  line 2: likes: must be a whole number, 0 or more\n"
        "  line 3: text: is required"
    )
    assert PostImport.objects.count() == 0 and PostCase.objects.count() == 0


def test_unknown_user_and_missing_file(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_bytes(GOOD_CSV)
    with pytest.raises(CommandError) as exc:
        call_command("import_posts", str(path), "--as", "nobody@example.org")
    assert str(exc.value) == "--as: no user with email nobody@example.org."
    with pytest.raises(CommandError) as exc:
        call_command("import_posts", str(tmp_path / "nope.csv"))
    assert str(exc.value) == f"{tmp_path / 'nope.csv'}: no such file."
    assert PostImport.objects.count() == 0
