"""Issue 13: raw post text reaches reviewers only, never a log, and one service approves a case.

The raw text is purged on approval, so every surface that could show it is walked while cases
are in review and in draft, as a user who may change post cases but not review them, and as a
reviewer.
"""

import json
import logging

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils.html import escape

from core import redaction
from quizzes.intake.parsing import ImportFileError, parse_post_file
from quizzes.models import CaseStatus, PostCase, PostCaseReview, PostImport, Question
from quizzes.services.cases import (
    SAFE_HARBOR_ITEMS,
    post_case_approve,
    post_case_recheck,
    post_case_submit_for_review,
)
from tests.factories import UserFactory

from .conftest import RAW_MARIA, in_review_case, upload

pytestmark = pytest.mark.django_db

SECRET = "Maria Lopez"  # in the raw text only: the anonymizer replaces it with [PATIENT_1]
ALL = list(SAFE_HARBOR_ITEMS)


def _draft_case():
    from quizzes.services.cases import post_case_create

    return post_case_create(
        raw_text="Draft about " + RAW_MARIA,
        platform="x",
        author_role="Nurse",
        year=2021,
        external_id="draft-1",
        source="import",
    )


def _surfaces(case, draft, question) -> dict[str, str]:
    snippets = "/cms/snippets/quizzes/postcase"
    chooser = "wagtailsnippetchoosers_quizzes_postcase"
    out = {
        "snippet listing": f"{snippets}/",
        "snippet listing search (anonymized text)": f"{snippets}/?q=Praying",
        "snippet listing search (raw-only words)": f"{snippets}/results/?q=Lopez",
        "snippet listing export csv": f"{snippets}/?export=csv",
        "snippet listing export xlsx": f"{snippets}/?export=xlsx",
        "chooser": reverse(f"{chooser}:choose"),
        "chooser search": reverse(f"{chooser}:choose_results") + "?q=Lopez",
        "question edit (case chooser)": f"/cms/snippets/quizzes/question/edit/{question.pk}/",
        "review queue": reverse("quizzes_intake_review_queue"),
        "site history report": "/cms/reports/site-history/",
        "django admin": "/django-admin/quizzes/postcase/",
        "api schema": "/api/schema/",
    }
    for label, c in (("in review", case), ("draft", draft)):
        out |= {
            f"edit ({label})": f"{snippets}/edit/{c.pk}/",
            f"inspect ({label})": f"{snippets}/inspect/{c.pk}/",
            f"history ({label})": f"{snippets}/history/{c.pk}/",
            f"usage ({label})": f"{snippets}/usage/{c.pk}/",
            f"delete ({label})": f"{snippets}/delete/{c.pk}/",
            f"revisions ({label})": f"{snippets}/history/{c.pk}/revisions/",
            f"compare ({label})": f"{snippets}/revisions/{c.pk}/compare/1...2/",
            f"moderate ({label})": reverse("quizzes_case_moderate", args=[c.pk]),
            f"review ({label})": reverse("quizzes_intake_review", args=[c.pk]),
            f"import status ({label})": reverse("quizzes_intake_import_status", args=[1]),
        }
    return out


# Where a reviewer must see the raw text (so the matrix cannot pass by showing it to nobody).
REVIEWER_SEES = {"edit (in review)", "edit (draft)", "moderate (in review)", "moderate (draft)",
                 "review (in review)", "review (draft)"}  # fmt: skip


def test_permission_matrix_raw_text_only_for_reviewers(client, editor, reviewer, staged):
    staged("posts.csv", b"text\nImported Maria Lopez row\n", actor=editor)
    case = in_review_case()
    # The draft is typed in the admin by a reviewer and then edited there by the editor, so its
    # history has Wagtail's own create and edit log entries.
    client.force_login(reviewer)
    form = {"platform": "x", "author_role": "Nurse", "year": 2021, "likes": 0, "comments": 0,
            "shares": 0, "raw_text": "Draft about " + RAW_MARIA}  # fmt: skip
    assert client.post("/cms/snippets/quizzes/postcase/add/", form).status_code == 302
    draft = PostCase.objects.get(source="admin")
    client.force_login(editor)
    edited = {**form, "text": draft.text, "author_role": "Charge nurse"}
    edit_url = f"/cms/snippets/quizzes/postcase/edit/{draft.pk}/"
    assert client.post(edit_url, edited).status_code == 302
    question = Question.objects.create(
        post_case=case, type="single", stem="What leaks?", competency="confidentiality"
    )
    surfaces = _surfaces(case, draft, question)
    seen: dict[str, set[str]] = {"editor": set(), "reviewer": set()}
    for who, user in (("editor", editor), ("reviewer", reviewer)):
        client.force_login(user)
        for label, url in surfaces.items():
            for headers in ({}, {"x-requested-with": "XMLHttpRequest"}):
                response = client.get(url, headers=headers)
                assert response.status_code < 500, (who, label, response.status_code)
                body = b"".join(response) if response.streaming else response.content
                if SECRET.encode() in body or escape(SECRET).encode() in body:
                    seen[who].add(label)
    assert seen["editor"] == set(), f"an editor saw raw text on: {sorted(seen['editor'])}"
    assert seen["reviewer"] == REVIEWER_SEES


def test_editor_edit_form_has_no_raw_text_field_and_cannot_post_one(client, editor):
    draft = _draft_case()
    client.force_login(editor)
    url = f"/cms/snippets/quizzes/postcase/edit/{draft.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert 'id="id_raw_text"' not in page.text and 'name="raw_text"' not in page.text
    response = client.post(
        url,
        {"platform": "x", "author_role": "Nurse", "year": 2021, "text": draft.text,
         "likes": 0, "comments": 0, "shares": 0, "raw_text": "overwritten"},
    )  # fmt: skip
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.raw_text == "Draft about " + RAW_MARIA


def test_moderate_page_shows_raw_text_to_reviewers_only(client, editor, reviewer):
    case = in_review_case()
    url = reverse("quizzes_case_moderate", args=[case.pk])
    client.force_login(editor)
    page = client.get(url)
    assert page.status_code == 200 and SECRET not in page.text
    assert "Raw text" not in page.text
    client.force_login(reviewer)
    assert SECRET in client.get(url).text


# --- One approval service -------------------------------------------------------------------


def _approve_form(**extra):
    return {"action": "approve", "safe_harbor": ALL, "confirm_purge": "on", **extra}


def test_moderate_path_refuses_text_the_anonymizer_still_flags(client, reviewer):
    """The defect: the moderation page approved an edited text with a phone number in it."""
    draft = _draft_case()
    draft.text += " Call her daughter at 555-123-4567."
    draft.save(update_fields=["text"])
    post_case_submit_for_review(case=draft, actor=None)
    client.force_login(reviewer)
    url = reverse("quizzes_case_moderate", args=[draft.pk])
    legacy = {"action": "approve", **{k: "on" for k in ("names", "geography", "dates",
              "contact", "numbers", "images", "quasi_identifiers")}}  # fmt: skip
    client.post(url, legacy)
    client.post(url, _approve_form())
    draft.refresh_from_db()
    assert draft.status == CaseStatus.IN_REVIEW and draft.raw_text
    start = draft.text.index("555")
    # On the review screen the finding gets a reason field, refilled when approval is refused.
    review = client.get(reverse("quizzes_intake_review", args=[draft.pk])).text
    (found,) = post_case_recheck(draft)
    assert f'name="accept:{found["key"]}" value=""' in review
    refused = client.post(
        reverse("quizzes_intake_review", args=[draft.pk]),
        {"action": "approve", "safe_harbor": ALL[:-1], f"accept:{found['key']}": "Switchboard"},
    )
    assert refused.status_code == 400
    assert f'name="accept:{found["key"]}" value="Switchboard"' in refused.text
    page = client.post(url, _approve_form(), follow=True).text
    assert (
        escape(
            "The anonymizer still finds 1 identifier(s) in the anonymized text "
            f"(PHONE at {start}–{start + 12}); replace them, or accept each one with a reason, "
            "before approving."
        )
        in page
    )


def test_admin_typed_case_is_rechecked_including_media_description(client, reviewer):
    from quizzes.services.cases import post_case_create

    case = post_case_create(
        raw_text="Great save tonight in the ED.",
        platform="x",
        author_role="ER nurse",
        year=2023,
        media_description="Photo of the whiteboard: call 555-123-4567 for bed 9",
    )
    post_case_submit_for_review(case=case, actor=None)
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=ALL)
    assert "in the media description" in exc.value.messages[0]
    assert PostCase.objects.get(pk=case.pk).status == CaseStatus.IN_REVIEW


def test_approval_checks_the_review_permission_itself(editor):
    case = in_review_case()
    for user in (None, editor, UserFactory()):
        with pytest.raises(PermissionDenied):
            post_case_approve(case=case, reviewer=user, checklist=ALL)
    inactive = UserFactory(is_active=False)
    inactive.user_permissions.add(Permission.objects.get(codename="review_postcase"))
    with pytest.raises(PermissionDenied):
        post_case_approve(case=case, reviewer=inactive, checklist=ALL)
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW and case.raw_text == RAW_MARIA


def test_approval_needs_the_full_checklist_and_counts_only_true_ticks(reviewer):
    case = in_review_case()
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=dict.fromkeys(ALL, False))
    assert exc.value.messages[0].startswith("Tick every Safe Harbor item before approving.")
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=[*ALL, "vibes"])
    assert exc.value.messages == ["Unknown checklist item(s): vibes."]
    assert PostCase.objects.get(pk=case.pk).status == CaseStatus.IN_REVIEW


def test_accepting_a_finding_needs_a_reason_and_is_recorded(reviewer):
    draft = _draft_case()
    draft.text += " Ring 555-123-4567."
    draft.save(update_fields=["text"])
    case = post_case_submit_for_review(case=draft, actor=None)
    (found,) = post_case_recheck(case)
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=ALL, accepted={found["key"]: " "})
    assert exc.value.messages[0].startswith("The anonymizer still finds 1 identifier(s)")
    stale = found["key"][:-1] + ("0" if found["key"][-1] != "0" else "1")
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=ALL, accepted={stale: "why"})
    assert exc.value.messages == [
        "1 accepted finding(s) are no longer in the text; check the case again."
    ]
    reason = "The hospital's public switchboard, not a person's number."
    post_case_approve(case=case, reviewer=reviewer, checklist=ALL, accepted={found["key"]: reason})
    case.refresh_from_db()
    assert case.status == CaseStatus.APPROVED and case.raw_text == "" and case.findings == []
    audit = PostCaseReview.objects.get(case=case, action="approved")
    assert audit.actor == reviewer
    assert audit.checklist["safe_harbor"] == dict.fromkeys(ALL, True)
    assert audit.checklist["accepted_findings"] == [
        {"key": found["key"], "field": "text", "type": "PHONE", "start": found["start"],
         "end": found["end"], "reason": reason}
    ]  # fmt: skip
    assert reason in audit.reason


def test_review_screen_asks_to_confirm_the_purge(client, reviewer):
    case = in_review_case()
    client.force_login(reviewer)
    url = reverse("quizzes_intake_review", args=[case.pk])
    page = client.get(url).text
    assert "Approving permanently deletes the original post text" in page
    assert 'name="confirm_purge"' in page
    response = client.post(url, {"action": "approve", "safe_harbor": ALL})
    assert response.status_code == 400
    refusal = "Approving permanently deletes the original post text: tick the confirmation"
    assert escape(refusal + " to approve.") in response.text
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW and case.raw_text == RAW_MARIA
    assert client.post(url, _approve_form()).status_code == 302
    assert PostCase.objects.get(pk=case.pk).raw_text == ""


def test_exactly_one_function_moves_a_case_to_approved():
    """Every other module reaches approved only by calling post_case_approve."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[3]
    offenders = []
    for path in root.glob("quizzes/**/*.py"):
        source = path.read_text()
        if "to=CaseStatus.APPROVED" in source and path.name != "cases.py":
            offenders.append(str(path))
        if "def post_case_review_approve" in source:
            offenders.append(str(path))
    assert offenders == []


# --- Hostile imports: NUL and control characters --------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "Hi\\u0000 there nurse"}', "line 2: text: contains a NUL character (U+0000) "
                                              "at character 3"),
        ('{"text": "Bell \\u0007 ringing here"}', "line 2: text: contains a control character "
                                                  "(U+0007) at character 6"),
        ('{"text": "Broken \\ud800 surrogate"}', "line 2: text: contains an unpaired surrogate "
                                                 "(U+D800) at character 8"),
        ('{"text": "ok text", "external_id": "a\\u0000b"}',
         "line 2: external_id: contains a NUL character (U+0000) at character 2"),
        ('{"text": "ok text", "author_role": "ER\\nnurse"}',
         "line 2: author_role: contains a control character (U+000A) at character 3"),
        ("[" * 100_000 + "]" * 100_000, "line 2: json: is nested too deeply"),
    ],
)  # fmt: skip
def test_jsonl_with_nul_or_control_characters_is_refused_by_line(line, message):
    data = ('{"text": "A fine first line"}\n' + line + "\n").encode()
    with pytest.raises(ImportFileError) as exc:
        parse_post_file(data=data, file_name="posts.jsonl")
    assert exc.value.messages == [message]


def test_csv_control_characters_are_refused_by_line():
    data = b'text,platform\n"ok post",x\n"bad \x1b[31m post",x\n'
    with pytest.raises(ImportFileError) as exc:
        parse_post_file(data=data, file_name="posts.csv")
    assert exc.value.messages == [
        "line 3: text: contains a control character (U+001B) at character 5"
    ]


def test_html_upload_of_nul_json_is_a_400_and_writes_nothing(client, editor):
    """The defect: this upload answered 500 (PostgreSQL refuses NUL in text)."""
    client.force_login(editor)
    data = b'{"text": "Maria Lopez in bed 4 \\u0000 again"}\n'
    response = client.post(
        reverse("quizzes_intake_import"),
        {"file": upload("posts.jsonl", data, "application/jsonl")},
    )
    assert response.status_code == 400
    assert "line 1: text: contains a NUL character (U+0000) at character 22" in response.text
    assert SECRET not in response.text
    assert not PostImport.objects.exists() and not PostCase.objects.exists()


def test_anonymize_posts_refuses_nul_and_control_characters(tmp_path):
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    for line, message in [
        ('{"id": 2, "text": "Maria\\u0000 Lopez"}',
         "line 2: field 'text' contains a NUL character (U+0000) at character 6"),
        ('{"id": "a\\u0007", "text": "fine"}',
         "line 2: field 'id' contains a control character (U+0007) at character 2"),
        ('{"id": 2, "text": "x\\udc00y"}',
         "line 2: field 'text' contains an unpaired surrogate (U+DC00) at character 2"),
        ("[" * 100_000, "line 2: invalid JSON (nested too deeply)"),
    ]:  # fmt: skip
        src.write_text('{"id": 1, "text": "fine"}\n' + line + "\n")
        with pytest.raises(CommandError) as exc:
            call_command("anonymize_posts", str(src), "--output", str(out))
        assert str(exc.value) == message
        assert not out.exists() and list(tmp_path.iterdir()) == [src]
    src.write_bytes(b'{"id": 1, "text": "fine"}\n{"id": 2, "text": "Mar\xeda"}\n')
    with pytest.raises(CommandError) as exc:
        call_command("anonymize_posts", str(src), "--output", str(out))
    assert str(exc.value) == "line 2: not valid UTF-8"


# --- Nothing raw in any log record or error report ------------------------------------------


@pytest.fixture
def all_logs(caplog, settings):
    """Every record at every level from every logger, as the handlers would print them."""
    settings.ADMINS = [("Ops", "ops@example.org")]
    caplog.set_level(logging.DEBUG)
    for name in ("django", "django.request", "celery", "quizzes"):
        caplog.set_level(logging.DEBUG, logger=name)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def text() -> str:
        lines = [formatter.format(r) for r in caplog.records]
        lines += [str(getattr(r, "args", "")) for r in caplog.records]
        for message in mail.outbox:
            lines.append(message.subject + message.body)
            lines += [content for content, _ in getattr(message, "alternatives", [])]
        return "\n".join(lines)

    return text


SECRETS = ("Zelda Quibble", "Quibble", "Ward 7 at Larkspur")


def test_hostile_imports_never_put_raw_text_in_logs_or_error_reports(
    client, reviewer, all_logs, monkeypatch, import_file
):
    redaction.clear()
    client.force_login(reviewer)
    client.raise_request_exception = False
    post = "Zelda Quibble from Ward 7 at Larkspur pulled her lines again\tsigh"
    url = reverse("quizzes_intake_import")

    # 1. NUL and control characters: a 400 naming the line, nothing logged of the post.
    nul = json.dumps({"text": post + "\u0000"}).encode()
    response = client.post(url, {"file": upload("nul.jsonl", nul, "application/jsonl")})
    assert response.status_code == 400

    # 2. A validator bug that quotes the post in its exception: Django's 500 handler answers,
    #    django.request logs the traceback and mails the error report to ADMINS.
    from quizzes.intake import parsing

    def buggy(value, *, multiline):
        raise ValueError(f"cannot check {value!r}")

    monkeypatch.setattr(parsing, "character_problem", buggy)
    good = json.dumps({"text": post, "id": "z-1"}).encode()
    response = client.post(url, {"file": upload("bug.jsonl", good, "application/jsonl")})
    assert response.status_code == 500
    monkeypatch.undo()

    # 3. The import task crashing on the row: the task and Celery log the failure.
    from quizzes import anonymize as anonymize_pkg

    def crash(text):
        raise RuntimeError(f"engine failed on {text}")

    monkeypatch.setattr(anonymize_pkg, "anonymize", crash)
    with pytest.raises(RuntimeError):
        import_file("crash.jsonl", good, actor=reviewer, content_type="application/jsonl")
    monkeypatch.undo()
    logging.getLogger("quizzes.intake").error("debugging %s", post, exc_info=False)

    logged = all_logs()
    assert "Internal Server Error: /cms/quizzes/intake/import/" in logged
    assert "ValueError" in logged and "RuntimeError" in logged
    assert len(mail.outbox) == 1 and "ValueError" in mail.outbox[0].body
    assert "[redacted]" in logged
    for fragment in SECRETS:
        at = logged.find(fragment)
        assert at == -1, logged[max(0, at - 300) : at + 100]


def test_error_report_hides_posted_raw_text(rf):
    from django.views.debug import ExceptionReporter

    from core.redaction import RedactingExceptionReporter, SensitiveReporterFilter

    secret = "Zel" + "da Quibble x"
    request = rf.post("/cms/snippets/quizzes/postcase/add/", {"raw_text": secret})
    request.exception_reporter_filter = SensitiveReporterFilter()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        reporter = RedactingExceptionReporter(request, type(exc), exc, exc.__traceback__)
        assert isinstance(reporter, ExceptionReporter)
        assert secret not in reporter.get_traceback_text()
        assert secret not in reporter.get_traceback_html()
