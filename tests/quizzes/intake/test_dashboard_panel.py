"""The Wagtail dashboard (/cms/) tells reviewers what waits for them: cases in review and cases
approved but not yet published, each linking to the review queue. Others do not see the panel."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission

from quizzes.models import CaseStatus, PostCase
from tests.factories import UserFactory
from tests.quizzes.conftest import make_case

pytestmark = pytest.mark.django_db


def _panel(client, user):
    client.force_login(user)
    response = client.get("/cms/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#case-review-panel")


def test_reviewer_sees_what_waits_for_them(client):
    for _ in range(3):
        make_case()
    PostCase.objects.filter(pk__in=list(PostCase.objects.values_list("pk", flat=True)[:2])).update(
        status=CaseStatus.IN_REVIEW
    )
    PostCase.objects.exclude(status=CaseStatus.IN_REVIEW).update(status=CaseStatus.APPROVED)
    panel = _panel(client, UserFactory(is_superuser=True, is_staff=True))
    text = " ".join(panel.text.split())
    assert "2 cases waiting for review" in text
    assert "1 case approved and waiting to be published" in text
    assert panel.select_one('a[href="/cms/quizzes/intake/review/"]')


def test_editor_without_review_permission_sees_no_panel(client):
    editor = UserFactory(is_staff=True)
    editors = Group.objects.create(name="Case editors")
    editors.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_postcase"),
    )
    editor.groups.add(editors)
    assert _panel(client, editor) is None
