import pytest
from django.core.exceptions import ValidationError

from quizzes.models import CaseStatus, PostCase, PostCaseReview, Question
from quizzes.services.cases import (
    SAFE_HARBOR_ITEMS,
    PostCaseTransitionError,
    post_case_approve,
    post_case_create,
    post_case_publish,
    post_case_reject,
    post_case_retire,
    post_case_revise,
    post_case_submit_for_review,
    post_case_update,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

RAW = (
    "Praying for my patient Maria Lopez in room 412 at St. Brigid's Medical Center #StrongLikeMaria"
)
ALL_TICKED = dict.fromkeys(SAFE_HARBOR_ITEMS, True)


@pytest.fixture
def author():
    return UserFactory()


@pytest.fixture
def reviewer():
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="review_postcase"))
    return user


def create(author):
    return post_case_create(
        raw_text=RAW,
        platform="instagram",
        author_role="Oncology nurse",
        year=2022,
        competencies=["confidentiality"],
        source="import",
        external_id="row-1",
        created_by=author,
    )


def test_create_runs_the_anonymizer_and_keeps_findings_for_review(author):
    case = create(author)
    assert case.status == CaseStatus.DRAFT
    assert case.raw_text == RAW
    assert "Maria" not in case.text and "412" not in case.text
    assert case.findings and {"type", "start", "end", "recognizer", "score", "reason",
                              "placeholder"} == set(case.findings[0])  # fmt: skip
    assert "original" not in case.findings[0]
    assert sum(case.finding_counts.values()) == len(case.findings)
    assert PostCaseReview.objects.get(case=case).action == "created"


def test_full_workflow_purges_raw_text_and_records_reviewer(author, reviewer):
    case = create(author)
    post_case_submit_for_review(case=case, actor=author)
    counts = dict(case.finding_counts)
    post_case_approve(case=case, reviewer=reviewer, checklist=ALL_TICKED)
    case.refresh_from_db()
    assert case.status == CaseStatus.APPROVED
    assert case.raw_text == "" and case.findings == []
    assert case.finding_counts == counts
    review = case.reviews.get(action="approved")
    assert review.actor == reviewer
    assert review.checklist == {"safe_harbor": ALL_TICKED, "accepted_findings": []}
    assert review.from_status == "in_review" and review.to_status == "approved"
    post_case_publish(case=case, actor=reviewer)
    assert PostCase.objects.published().get() == case


def test_approve_needs_every_checklist_item(author, reviewer):
    case = create(author)
    post_case_submit_for_review(case=case, actor=author)
    partial = dict(ALL_TICKED, dates=False)
    partial.pop("photos")
    with pytest.raises(ValidationError) as exc:
        post_case_approve(case=case, reviewer=reviewer, checklist=partial)
    assert exc.value.messages == [
        "Tick every Safe Harbor item before approving. Not ticked: All elements of dates except "
        "the year; ages over 89; Full-face photographs and comparable images (see the media "
        "description)."
    ]
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_REVIEW and case.raw_text == RAW


@pytest.mark.parametrize(
    ("steps", "service", "message"),
    [
        ([], "publish", "Cannot move post case “{c}” from draft to published."),
        ([], "approve", "Cannot move post case “{c}” from draft to approved."),
        (["submit"], "publish", "Cannot move post case “{c}” from in review to published."),
        (
            ["submit", "approve", "publish"],
            "submit",
            "Cannot move post case “{c}” from published to in review.",
        ),
    ],
)  # fmt: skip
def test_no_path_skips_review(author, reviewer, steps, service, message):
    case = create(author)
    actions = {
        "submit": lambda: post_case_submit_for_review(case=case, actor=author),
        "approve": lambda: post_case_approve(case=case, reviewer=reviewer, checklist=ALL_TICKED),
        "publish": lambda: post_case_publish(case=case, actor=reviewer),
    }
    for step in steps:
        actions[step]()
    with pytest.raises(PostCaseTransitionError) as exc:
        actions[service]()
    assert exc.value.messages == [message.format(c=case)]


def test_reject_needs_reason_and_returns_to_draft(author, reviewer):
    case = create(author)
    post_case_submit_for_review(case=case, actor=author)
    with pytest.raises(ValidationError):
        post_case_reject(case=case, reviewer=reviewer, reason="  ")
    post_case_reject(case=case, reviewer=reviewer, reason="A surname survived in a hashtag.")
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT and case.raw_text == RAW
    assert case.reviews.last().reason == "A surname survived in a hashtag."


def test_only_drafts_can_be_edited_and_retired_leaves_bank(author, reviewer):
    case = create(author)
    post_case_update(case=case, author_role="ICU nurse")
    post_case_submit_for_review(case=case, actor=author)
    with pytest.raises(PostCaseTransitionError) as exc:
        post_case_update(case=case, text="changed")
    assert exc.value.messages == [f"Only draft cases can be edited; “{case}” is in review."]
    post_case_approve(case=case, reviewer=reviewer, checklist=ALL_TICKED)
    post_case_publish(case=case, actor=reviewer)
    q = Question.objects.create(post_case=case, type="single", stem="?", competency="consent")
    assert list(Question.objects.in_bank()) == [q]
    post_case_retire(case=case, actor=reviewer)
    assert list(Question.objects.in_bank()) == []


def test_revise_sends_a_published_case_back_through_review(author, reviewer):
    case = create(author)
    post_case_submit_for_review(case=case, actor=author)
    post_case_approve(case=case, reviewer=reviewer, checklist=ALL_TICKED)
    post_case_publish(case=case, actor=reviewer)
    post_case_revise(case=case, raw_text="Call Dr Jane Smith at 555-123-4567", actor=reviewer)
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT
    assert "555-123-4567" not in case.text and case.raw_text.startswith("Call Dr")


def test_database_refuses_raw_text_after_approval(author):
    case = create(author)
    PostCase.objects.filter(pk=case.pk).update(status=CaseStatus.DRAFT)
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        PostCase.objects.filter(pk=case.pk).update(status=CaseStatus.PUBLISHED)
