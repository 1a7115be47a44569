"""A case reviewer imports a raw post (CSV) in the Wagtail admin, reviews the anonymized case
side by side, ticks the Safe Harbor checklist, approves it and publishes it."""

import pytest
from django.contrib.auth.models import Group

from quizzes.models import CaseStatus, PostCase
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RAW = "Praying for my patient Maria Lopez on the oncology ward tonight, stay strong friend"
CSV = (
    "external_id,text,platform,author_role,year,likes\n"
    f'p-1,"{RAW}",instagram,Oncology nurse,2022,10\n'
)


def test_reviewer_imports_reviews_and_publishes_a_post(journey, tmp_path):
    reviewer = UserFactory(email="rev@example.org", display_name="Riley Reviewer")
    reviewer.set_password("review it carefully")
    reviewer.save()
    reviewer.groups.add(Group.objects.get(name="Case reviewers"))
    upload = tmp_path / "posts.csv"
    upload.write_text(CSV)

    page = journey.goto("/cms/login/")
    journey.step("cms-login")
    page.get_by_label("Email").fill("rev@example.org")
    page.get_by_label("Password").fill("review it carefully")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{journey.base_url}/cms/")
    journey.step("cms-dashboard")

    # Import: the admin menu item, the file, the progress page.
    page.get_by_role("link", name="Import posts").first.click()
    page.wait_for_url("**/cms/quizzes/intake/import/")
    journey.step("import-form")
    page.get_by_label("File of posts").set_input_files(str(upload))
    page.get_by_role("button", name="Upload and import").click()
    page.wait_for_url("**/cms/quizzes/intake/import/*/")
    page.get_by_role("link", name="Go to the review queue").wait_for()
    journey.step("import-done")
    case = PostCase.objects.get(external_id="p-1")
    assert case.status == CaseStatus.IN_REVIEW
    assert "Maria Lopez" not in case.text

    # Review: the queue, then the case side by side.
    page.get_by_role("link", name="Go to the review queue").click()
    journey.step("review-queue")
    page.get_by_role("link", name=str(case)).click()
    page.wait_for_url(f"**/cms/quizzes/intake/review/{case.pk}/")
    journey.step("review-case")
    assert page.get_by_text("Maria Lopez").first.is_visible()  # raw text, reviewers only
    assert page.locator("#purge-warning").is_visible()  # approval says it purges the raw text
    for box in page.locator("#approve-form input[type=checkbox]").all():
        box.check()  # the 19 Safe Harbor items and the purge confirmation
    page.get_by_role("button", name="Approve and purge the raw text").click()
    page.wait_for_url("**/cms/quizzes/intake/review/")
    journey.step("review-queue-after-approval")
    case.refresh_from_db()
    assert case.status == CaseStatus.APPROVED
    assert case.raw_text == ""

    # Publish from the case's review page.
    journey.goto(f"/cms/quizzes/intake/review/{case.pk}/")
    journey.step("review-case-approved")
    page.get_by_role("button", name="Publish to learners").click()
    page.wait_for_load_state()
    journey.step("review-case-published")
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED
