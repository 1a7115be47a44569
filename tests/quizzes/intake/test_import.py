import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from quizzes.intake import services as intake_services
from quizzes.intake.parsing import parse_post_file
from quizzes.models import (
    CaseStatus,
    PostCase,
    PostCaseReview,
    PostImport,
    PostImportRow,
    PostImportStatus,
)
from quizzes.tasks import post_import_run

from .conftest import (
    ANON_BED,
    ANON_MARIA,
    GOOD_CSV,
    GOOD_JSONL,
    RAW_FLU,
    RAW_MARIA,
    upload,
)

pytestmark = pytest.mark.django_db
THIS_YEAR = timezone.now().year
PLATFORMS = "x, facebook, instagram, tiktok, linkedin, reddit, other"


def test_good_csv_imports_every_row_as_a_case_in_review(import_file, editor):
    post_import = import_file("posts.csv", GOOD_CSV, actor=editor)

    post_import.refresh_from_db()
    assert (post_import.status, post_import.total, post_import.processed) == ("done", 3, 3)
    assert post_import.created_count == 3
    assert post_import.format == "csv"
    assert post_import.file_name == "posts.csv"
    assert post_import.uploaded_by == editor
    assert post_import.errors == []
    assert post_import.finished_at is not None
    cases = {c.external_id: c for c in PostCase.objects.all()}
    assert sorted(cases) == ["csv-1", "csv-2", "csv-3"]
    assert {c.status for c in cases.values()} == {CaseStatus.IN_REVIEW}
    maria, bed, flu = cases["csv-1"], cases["csv-2"], cases["csv-3"]
    assert maria.text == ANON_MARIA
    assert maria.raw_text == RAW_MARIA
    assert maria.finding_counts == {"PERSON": 2, "ROOM": 1}
    assert (maria.platform, maria.author_role, maria.year) == ("instagram", "Oncology nurse", 2022)
    assert (maria.likes, maria.comments, maria.shares) == (10, 2, 1)
    assert maria.source == "import"
    assert maria.created_by == editor
    assert maria.provenance_note == "Imported from posts.csv, line 2."
    assert bed.text == ANON_BED
    assert (bed.platform, bed.likes, bed.comments, bed.shares) == ("x", 0, 0, 0)
    # A quoted cell may span lines: the third case starts on line 4 and keeps its newline.
    assert flu.text == f"{RAW_FLU}\nSecond line."
    assert flu.media_description == "Photo of a flu vaccine vial"
    assert flu.provenance_note == "Imported from posts.csv, line 4."
    assert list(PostCaseReview.objects.filter(case=maria).values_list("action", "actor")) == [
        ("created", editor.pk),
        ("submitted", editor.pk),
    ]
    # The staged copy of the raw post is gone once its case exists.
    assert list(PostImportRow.objects.values_list("line", "payload")) == [
        (2, {}),
        (3, {}),
        (4, {}),
    ]


def test_good_jsonl_imports_with_ids_and_defaults(import_file, editor):
    post_import = import_file("posts.jsonl", GOOD_JSONL, actor=editor, content_type="")

    post_import.refresh_from_db()
    assert (post_import.status, post_import.total, post_import.processed) == ("done", 2, 2)
    assert post_import.format == "jsonl"
    first, second = PostCase.objects.order_by("external_id")
    assert (first.external_id, first.text, first.platform, first.year) == (
        "101",
        ANON_MARIA,
        "tiktok",
        2023,
    )
    assert (second.external_id, second.text, second.author_role) == ("102", ANON_BED, "ER nurse")
    assert (second.platform, second.year, second.likes) == ("other", THIS_YEAR, 3)
    assert PostImportRow.objects.filter(post_import=post_import).count() == 2
    assert list(PostImportRow.objects.values_list("line", flat=True)) == [1, 3]


def _errors(name, data, content_type="text/csv", **kwargs):
    with pytest.raises(ValidationError) as exc:
        intake_services.post_import_create(
            uploaded_file=upload(name, data, content_type), actor=None, **kwargs
        )
    assert PostCase.objects.count() == 0
    assert PostImport.objects.count() == 0
    assert PostImportRow.objects.count() == 0
    return exc.value.messages


def test_bad_json_on_line_3():
    data = (
        f'{{"text": "{RAW_MARIA}"}}\n{{"text": "fine"}}\n{{"text": "oops" "year": 2020}}\n'
    ).encode()
    assert _errors("posts.jsonl", data, "application/x-ndjson") == [
        "line 3: json: not valid JSON (Expecting ',' delimiter at column 17)"
    ]


def test_missing_text_on_line_2():
    data = b"text,year\n,2020\nfine,2020\n"
    assert _errors("posts.csv", data) == ["line 2: text: is required"]


def test_bad_year():
    data = f"text,year\na,2020\nb,2021\nc,1989\nd,{THIS_YEAR + 1}\ne,twenty\n".encode()
    assert _errors("posts.csv", data) == [
        f"line 4: year: must be between 1990 and {THIS_YEAR}",
        f"line 5: year: must be between 1990 and {THIS_YEAR}",
        "line 6: year: must be a whole number",
    ]


def test_unknown_platform():
    data = b'{"text": "a", "platform": "myspace"}\n'
    assert _errors("posts.jsonl", data, "application/jsonl") == [
        f"line 1: platform: must be one of {PLATFORMS}"
    ]


def test_non_utf8_names_the_line():
    data = b"text\nfine\ncaf\xe9 au lait\n"
    assert _errors("posts.csv", data) == [
        "line 3: encoding: the file is not valid UTF-8; save it as UTF-8"
    ]


def test_over_size(settings):
    settings.POST_IMPORT_MAX_BYTES = 100
    data = b"text\n" + b"x" * 120 + b"\n"
    assert _errors("posts.csv", data) == ["file: is 126 bytes; the limit is 100 bytes"]


def test_wrong_extension_and_content_type():
    assert _errors("posts.xlsx", b"text\nx\n") == [
        "file: must be a .csv, .jsonl or .json file, not “.xlsx”"
    ]
    assert _errors("posts.csv", b"text\nx\n", "image/png") == [
        "file: content type “image/png” is not allowed for a csv file"
    ]


def test_every_bad_line_and_field_is_listed_without_the_content():
    secret = "Patient Jane Roe in bed 7"
    data = (
        "id,text,platform,year,likes\n"
        f'a,"{secret}",x,2020,1\n'
        ",,x,2020,1\n"
        f'a,"{secret}",fax,1800,-2\n'
        f'b,"{secret}",x,2020,1,extra\n'
    ).encode()
    messages = _errors("posts.csv", data)
    assert messages == [
        "line 3: text: is required",
        f"line 4: platform: must be one of {PLATFORMS}",
        f"line 4: year: must be between 1990 and {THIS_YEAR}",
        "line 4: likes: must be a whole number, 0 or more",
        "line 5: row: has 6 cells but the header has 5",
    ]
    assert not any("Jane" in m for m in messages)


def test_header_must_have_text_and_known_columns():
    assert _errors("posts.csv", b"body,year\nx,2020\n") == [
        "line 1: header: needs a “text” column",
        "line 1: header: unknown column “body”; allowed: text, external_id, id, platform, "
        "author_role, year, likes, comments, shares, media_description",
    ]


def test_duplicate_ids_in_the_file_and_already_imported(import_file):
    data = b'{"id": 1, "text": "a"}\n{"id": 1, "text": "b"}\n'
    assert _errors("posts.jsonl", data, "application/jsonl") == ["line 2: id: same id as line 1"]
    import_file("first.jsonl", b'{"id": 7, "text": "a"}\n', content_type="")
    case = PostCase.objects.get()
    with pytest.raises(ValidationError) as exc:
        intake_services.post_import_create(
            uploaded_file=upload("again.jsonl", b'{"text": "b"}\n{"id": 7, "text": "a"}\n', ""),
            actor=None,
        )
    assert exc.value.messages == [f"line 2: external_id: already imported as post case #{case.pk}"]
    assert PostCase.objects.count() == 1 and PostImport.objects.count() == 1


def test_empty_file_and_non_object_lines():
    assert _errors("posts.csv", b"") == ["line 1: header: the file is empty"]
    assert _errors("posts.csv", b"text\n\n") == ["file: has no rows"]
    assert _errors("posts.jsonl", b'["a"]\n', "") == [
        "line 1: json: must be one JSON object per line"
    ]


def test_task_is_idempotent(staged):
    post_import = staged("posts.csv", GOOD_CSV)
    assert post_import.status == "pending" and PostCase.objects.count() == 0

    first = post_import_run(post_import.pk)
    second = post_import_run(post_import.pk)

    assert first == second == {"id": post_import.pk, "status": "done", "processed": 3, "total": 3}
    assert PostCase.objects.count() == 3
    post_import.refresh_from_db()
    assert (post_import.processed, post_import.created_count) == (3, 3)


def test_retry_after_a_crash_resumes_without_duplicates(staged, monkeypatch):
    post_import = staged("posts.csv", GOOD_CSV)
    real_submit = intake_services.post_case_submit_for_review
    calls = {"n": 0}

    def crash_on_second(**kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("worker lost")
        return real_submit(**kwargs)

    monkeypatch.setattr(intake_services, "post_case_submit_for_review", crash_on_second)
    with pytest.raises(RuntimeError):
        post_import_run(post_import.pk)
    post_import.refresh_from_db()
    assert post_import.status == PostImportStatus.FAILED
    assert post_import.errors == [
        {"line": 3, "field": "row", "message": "could not be saved (RuntimeError)"}
    ]
    # The crashed row's transaction rolled back: one case, and line 3 still staged.
    assert PostCase.objects.count() == 1
    assert (post_import.processed, post_import.created_count) == (1, 1)

    monkeypatch.setattr(intake_services, "post_case_submit_for_review", real_submit)
    post_import_run(post_import.pk)
    post_import.refresh_from_db()
    assert (post_import.status, post_import.processed, post_import.errors) == ("done", 3, [])
    assert sorted(PostCase.objects.values_list("external_id", flat=True)) == [
        "csv-1",
        "csv-2",
        "csv-3",
    ]
    assert PostImportRow.objects.filter(case__isnull=True).count() == 0


def test_progress_is_reported_row_by_row(staged, client, reviewer):
    post_import = staged("posts.csv", GOOD_CSV, actor=reviewer)
    client.force_login(reviewer)
    url = reverse("quizzes_intake_import_status", args=[post_import.pk])
    seen = []

    def on_progress(imp):
        body = client.get(url).json()
        seen.append((imp.processed, body["processed"], body["status"], body["percent"]))

    intake_services.post_import_process(post_import_id=post_import.pk, on_progress=on_progress)

    assert seen == [(1, 1, "running", 33), (2, 2, "running", 66), (3, 3, "running", 100)]
    assert client.get(url).json() == {
        "id": post_import.pk,
        "file_name": "posts.csv",
        "status": "done",
        "status_label": "Done",
        "total": 3,
        "processed": 3,
        "created": 3,
        "percent": 100,
        "finished": True,
        "errors": [],
    }


def test_admin_upload_queues_the_import_and_shows_progress(
    client, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("quizzes_intake_import"),
            {"file": upload("posts.jsonl", GOOD_JSONL, "application/jsonl"), "format": ""},
        )
    post_import = PostImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes_intake_import_detail", args=[post_import.pk])
    assert PostCase.objects.filter(status="in_review").count() == 2
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert reverse("quizzes_intake_import_status", args=[post_import.pk]) in page.text


def test_admin_upload_of_a_bad_file_lists_the_errors_and_imports_nothing(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("quizzes_intake_import"),
        {"file": upload("posts.csv", b"text,year\nok,2020\n,2020\nx,1980\n"), "format": ""},
    )
    assert response.status_code == 400
    assert "<li>line 3: text: is required</li>" in response.text
    assert f"<li>line 4: year: must be between 1990 and {THIS_YEAR}</li>" in response.text
    assert PostImport.objects.count() == 0 and PostCase.objects.count() == 0


def test_import_status_of_someone_elses_import_is_404(client, staged, editor, reviewer):
    from tests.factories import UserFactory

    post_import = staged("posts.csv", GOOD_CSV, actor=reviewer)
    other = UserFactory()
    other.user_permissions.set(editor.user_permissions.all())
    client.force_login(other)
    for name in ("quizzes_intake_import_status", "quizzes_intake_import_detail"):
        assert client.get(reverse(name, args=[post_import.pk])).status_code == 404
    client.force_login(editor)
    assert (
        client.get(reverse("quizzes_intake_import_status", args=[post_import.pk])).status_code
        == 404
    )
    client.force_login(reviewer)
    response = client.get(reverse("quizzes_intake_import_status", args=[post_import.pk]))
    assert response.status_code == 200 and json.loads(response.content)["total"] == 3


def test_parse_keeps_line_numbers_of_multiline_csv_cells():
    data = b'text,likes\n"one\ntwo\nthree",1\nfour,2\n'
    fmt, rows = parse_post_file(data=data, file_name="p.csv")
    assert fmt == "csv"
    assert [(r.line, r.values["raw_text"], r.values["likes"]) for r in rows] == [
        (2, "one\ntwo\nthree", 1),
        (5, "four", 2),
    ]
