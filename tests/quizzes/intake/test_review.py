import logging

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from quizzes.intake.selectors import leftovers, text_digest
from quizzes.intake.services import SAFE_HARBOR_18, post_case_review_edit
from quizzes.models import CaseStatus, PostCase, PostCaseReview
from quizzes.services.cases import (
    PostCaseTransitionError,
    post_case_approve,
    post_case_create,
    post_case_publish,
)

from .conftest import ANON_MARIA, GOOD_CSV, RAW_MARIA, in_review_case

pytestmark = pytest.mark.django_db

ALL = list(SAFE_HARBOR_18)


def review_url(case):
    return reverse("quizzes_intake_review", args=[case.pk])


def post(client, case, action, **data):
    return client.post(review_url(case), {"action": action, **data})


def test_review_screen_shows_raw_text_with_each_finding_and_why(client, reviewer):
    case = in_review_case()
    client.force_login(reviewer)
    response = client.get(review_url(case))
    assert response.status_code == 200
    html = response.text
    for finding in case.findings:
        original = RAW_MARIA[finding["start"] : finding["end"]]
        title = (
            f"{finding['type']} · {finding['recognizer']} · {finding['reason']} → "
            f"{finding['placeholder']}"
        )
        mark = (
            f'<mark class="intake-finding" title="{escape(title)}">{escape(original)}'
            f"<sup>{finding['type']}</sup></mark>"
        )
        assert mark in html
        # The reason is also visible in the list, not only as a tooltip.
        assert escape(finding["reason"]) in html.split('<ol id="findings">')[1]
    assert html.count('class="intake-finding"') == 3
    assert '<mark class="intake-placeholder"' in html
    assert "Re-check: the anonymizer finds nothing more in the anonymized text." in html
    assert html.count('type="checkbox" name="safe_harbor"') == 19


@pytest.mark.parametrize("who", ["anonymous", "editor", "plain"])
def test_raw_text_only_for_reviewers(client, editor, who):
    from tests.factories import UserFactory

    case = in_review_case()
    if who == "editor":
        client.force_login(editor)
    elif who == "plain":
        client.force_login(UserFactory())
    urls = [review_url(case), reverse("quizzes_intake_review_queue")]
    for url in urls:
        response = client.get(url)
        assert RAW_MARIA not in response.text and "Maria" not in response.text
        if who == "editor":
            assert response.status_code == 404
        else:
            # Wagtail sends anyone without admin access to its login page.
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("wagtailadmin_login"))
        xhr = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
        assert xhr.status_code == (404 if who == "editor" else 403)
        assert "Maria" not in xhr.text
    post(client, case, "approve", safe_harbor=ALL, confirm_purge="on")
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW and case.raw_text == RAW_MARIA


def test_missing_case_is_404_for_reviewer(client, reviewer):
    client.force_login(reviewer)
    assert client.get(reverse("quizzes_intake_review", args=[999999])).status_code == 404


def test_queue_lists_cases_in_review_with_counts_and_imports(client, reviewer, staged):
    staged("posts.csv", GOOD_CSV, actor=reviewer)
    case = in_review_case()
    client.force_login(reviewer)
    response = client.get(reverse("quizzes_intake_review_queue"))
    assert response.status_code == 200
    assert review_url(case) in response.text
    assert "In review: <strong>1</strong>" in response.text
    assert "PERSON 2, ROOM 1" in response.text  # sorted by type
    assert "posts.csv" in response.text


def test_approval_refused_with_unticked_items(client, reviewer):
    case = in_review_case()
    client.force_login(reviewer)
    ticked = [k for k in ALL if k not in ("ssn", "photos")]
    response = post(client, case, "approve", safe_harbor=ticked, confirm_purge="on")
    assert response.status_code == 400
    message = (
        "Tick every Safe Harbor item before approving. Not ticked: Social Security numbers; "
        "Full-face photographs and comparable images (see the media description)."
    )
    assert escape(message) in response.text
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=ticked)
    assert exc.value.messages == [message]
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW and case.raw_text == RAW_MARIA


def test_approval_refused_when_the_edited_text_is_flagged(client, reviewer):
    case = in_review_case()
    client.force_login(reviewer)
    edited = ANON_MARIA + " Call her daughter at 555-123-4567."
    response = post(client, case, "edit", text=edited)
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.text == edited
    start = edited.index("555")
    message = (
        "The anonymizer still finds 1 identifier(s) in the anonymized text "
        f"(PHONE at {start}–{start + 12}); replace them, or accept each one with a reason, "
        "before approving."
    )
    page = client.get(review_url(case))
    assert escape(message) in page.text
    assert '<mark class="intake-flag"' in page.text
    response = post(client, case, "approve", safe_harbor=ALL, confirm_purge="on")
    assert response.status_code == 400
    assert escape(message) in response.text
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW and case.raw_text == RAW_MARIA
    # Fixing the text lets it through.
    post_case_review_edit(case=case, text=ANON_MARIA + " Call her.", reviewer=reviewer)
    post_case_approve(case=case, reviewer=reviewer, checklist=ALL)
    assert PostCase.objects.get(pk=case.pk).status == CaseStatus.APPROVED


def test_approval_purges_raw_text_keeps_counts_and_records_who(client, reviewer):
    case = in_review_case()
    client.force_login(reviewer)
    response = post(client, case, "approve", safe_harbor=ALL, confirm_purge="on")
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.APPROVED
    assert case.raw_text == ""
    assert case.findings == []
    assert case.finding_counts == {"PERSON": 2, "ROOM": 1}
    assert case.text == ANON_MARIA
    assert PostCase.objects.filter(pk=case.pk, raw_text="").exists()
    audit = PostCaseReview.objects.get(case=case, action="approved")
    assert audit.actor == reviewer
    assert (audit.from_status, audit.to_status) == ("in_review", "approved")
    assert audit.created_at == case.status_changed_at
    assert audit.checklist["safe_harbor"] == dict.fromkeys(ALL, True)
    assert len(audit.checklist["safe_harbor"]) == 19
    # The review screen no longer has raw text to show; it offers publishing.
    page = client.get(review_url(case))
    assert "Maria" not in page.text
    assert "Replacements by type (kept for audit):" in page.text
    assert post(client, case, "publish").status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED
    assert PostCaseReview.objects.get(case=case, action="published").actor == reviewer


def test_reject_requires_a_reason(client, reviewer):
    case = in_review_case()
    client.force_login(reviewer)
    response = post(client, case, "reject", reason="  ")
    assert response.status_code == 400
    assert "Give a reason for sending the case back." in response.text
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW
    response = post(client, case, "reject", reason="Hashtag still names the patient.")
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT
    audit = PostCaseReview.objects.get(case=case, action="rejected")
    assert (audit.actor, audit.reason) == (reviewer, "Hashtag still names the patient.")


def test_no_path_skips_review(client, reviewer):
    draft = post_case_create(raw_text=RAW_MARIA, platform="x", author_role="Nurse", year=2020)
    with pytest.raises(PostCaseTransitionError) as exc:
        post_case_publish(case=draft, actor=reviewer)
    assert exc.value.messages == [f"Cannot move post case “{draft}” from draft to published."]
    case = in_review_case()
    with pytest.raises(PostCaseTransitionError):
        post_case_publish(case=case, actor=reviewer)
    client.force_login(reviewer)
    response = post(client, case, "publish")
    assert response.status_code == 400
    assert escape(f"Cannot move post case “{case}” from in review to published.") in response.text
    # A draft cannot be approved from the review screen either.
    response = post(client, draft, "approve", safe_harbor=ALL, confirm_purge="on")
    assert response.status_code == 400
    assert escape(f"Cannot move post case “{draft}” from draft to approved.") in response.text
    assert set(PostCase.objects.values_list("status", flat=True)) == {"draft", "in_review"}


def test_leftovers_are_listed_and_decisions_edit_the_text(client, reviewer):
    case = in_review_case()
    # The reviewer's own edit, so the test does not depend on what the anonymizer catches.
    text = "Great shift with Tom from 4B today #TeamTom, see [URL_1]"
    post_case_review_edit(case=case, text=text, reviewer=reviewer)
    items = leftovers(text)
    assert [(i.kind, i.value) for i in items] == [
        ("capitalised", "Tom"),
        ("number", "4B"),
        ("hashtag", "#TeamTom"),
    ]
    client.force_login(reviewer)
    page = client.get(review_url(case))
    # Each leftover gets a decision (its mark may be shadowed by a re-check flag on the same word).
    assert page.text.count('<select id="decision-') == 3
    response = post(
        client,
        case,
        "leftovers",
        digest=text_digest(text),
        decision_1="PERSON",
        decision_2="keep",
        decision_3="HASHTAG",
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.text == "Great shift with [PERSON_1] from 4B today [HASHTAG_1], see [URL_1]"
    # A decision made on a text that has since changed is refused.
    response = post(client, case, "leftovers", digest=text_digest(text), decision_1="PERSON")
    assert response.status_code == 400
    assert "The anonymized text changed since this page was loaded" in response.text


def test_raw_text_never_logged(caplog, client, reviewer, import_file):
    caplog.set_level(logging.DEBUG)
    secret_csv = GOOD_CSV.replace(b"Maria Lopez", b"Zelda Quibble")
    import_file("posts.csv", secret_csv, actor=reviewer)
    bad = b"text,year\nZelda Quibble in bed 9,1980\n"
    with pytest.raises(ValidationError) as exc:
        import_file("bad.csv", bad, actor=reviewer)
    assert exc.value.messages == [f"line 2: year: must be between 1990 and {timezone.now().year}"]
    case = PostCase.objects.get(external_id="csv-1")
    assert "Zelda Quibble" in case.raw_text
    client.force_login(reviewer)
    assert "Zelda Quibble" in client.get(review_url(case)).text
    post(client, case, "approve", safe_harbor=["names"], confirm_purge="on")
    post(client, case, "approve", safe_harbor=ALL, confirm_purge="on")
    assert PostCase.objects.get(pk=case.pk).raw_text == ""
    assert caplog.records, "expected the import to log its progress"
    logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
    for fragment in ("Zelda", "Quibble", "Long shift", "Flu shots"):
        assert fragment not in logged


def test_case_reviewers_group_has_the_review_permission(reviewer):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Case reviewers")
    # Wagtail's own migrations may add choose permissions to groups with admin access.
    assert {
        ("quizzes", "add_postcase"),
        ("quizzes", "change_postcase"),
        ("quizzes", "review_postcase"),
        ("quizzes", "view_postcase"),
        ("wagtailadmin", "access_admin"),
    } <= set(group.permissions.values_list("content_type__app_label", "codename"))
    assert reviewer.has_perm("quizzes.review_postcase")
