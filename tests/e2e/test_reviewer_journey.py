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
    visible = page.get_by_role("link", name="Import posts").locator("visible=true")
    if visible.count():
        visible.first.click()
    else:  # phone: Wagtail folds its menu away; the menu item's address, as a bookmark
        journey.goto("/cms/quizzes/intake/import/")
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


def test_author_picks_a_spot_key_by_clicking_words_of_the_post(journey):
    from tests.quizzes.conftest import make_case

    case = make_case(text="Night shift on [WARD] with [PERSON] again, bed [ROOM] kept us busy")
    author = UserFactory(email="author@example.org", is_staff=True, is_superuser=True)
    author.set_password("write good items")
    author.save()
    page = journey.goto("/cms/login/")
    page.get_by_label("Email").fill("author@example.org")
    page.get_by_label("Password").fill("write good items")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{journey.base_url}/cms/")

    from django.urls import reverse

    from quizzes.models import Question

    journey.goto(reverse(Question.snippet_viewset.get_url_name("add")) + f"?post_case={case.pk}")
    page.locator("#id_choices-ADD").click()  # "Add choices": a key span form
    words = (
        page.locator("#id_choices-0-tokens")
        .locator("xpath=..")
        .locator(".token-picker-words button")
    )
    words.first.wait_for()
    assert words.count() == 12
    page.get_by_role("button", name="[PERSON] (word 5)").click()
    page.get_by_role("button", name="[ROOM] (word 8)").click()
    page.get_by_role("button", name="[PERSON] (word 5)").click()  # pressed again: removed
    page.get_by_role("button", name="[PERSON] (word 5)").click()
    assert page.locator("#id_choices-0-tokens").input_value() == "[5, 8]"
    assert (
        page.get_by_role("button", name="[ROOM] (word 8)").get_attribute("aria-pressed") == "true"
    )
    journey.step("question-key-picker")
