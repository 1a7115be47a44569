"""Spot-the-identifiers keys are chosen by clicking words of the post in the question editor
(issue 18): the editor gets the case's words from an admin-only endpoint, and the widget keeps the
stored format (a list of token indexes)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse

from quizzes.models import Question
from tests.factories import UserFactory
from tests.quizzes.conftest import make_case

pytestmark = pytest.mark.django_db
ADD_URL_NAME = Question.snippet_viewset.get_url_name("add")


def _staff(*perms):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in perms:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def test_editors_get_the_words_of_the_anonymized_text(client):
    case = make_case(text="Pt in [ROOM] asked for [PERSON] again")
    client.force_login(_staff("add_question"))
    response = client.get(reverse("quizzes_case_tokens", args=[case.pk]))
    assert response.status_code == 200
    assert response.json() == {
        "case": case.pk,
        "tokens": [
            {"index": 0, "text": "Pt"},
            {"index": 1, "text": "in"},
            {"index": 2, "text": "[ROOM]"},
            {"index": 3, "text": "asked"},
            {"index": 4, "text": "for"},
            {"index": 5, "text": "[PERSON]"},
            {"index": 6, "text": "again"},
        ],
    }


def test_people_who_cannot_write_questions_get_403_and_unknown_cases_404(client):
    case = make_case()
    client.force_login(_staff())
    denied = client.get(reverse("quizzes_case_tokens", args=[case.pk]))
    assert (denied.status_code, denied.json()) == (403, {"detail": "You may not write questions."})
    client.force_login(_staff("change_question"))
    assert client.get(reverse("quizzes_case_tokens", args=[999999])).status_code == 404


def test_the_key_field_is_the_picker_and_keeps_the_index_list(client):
    case = make_case()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get(reverse(ADD_URL_NAME) + f"?post_case={case.pk}")
    soup = BeautifulSoup(page.content, "html.parser")
    html = page.content.decode()
    # The empty choice form (a <template> the editor clones for "Add choice") carries the picker.
    assert (
        '<div class="token-picker" data-token-picker '
        'data-tokens-url="/cms/quizzes/cases/{id}/tokens.json">' in html
    )
    assert 'name="choices-__prefix__-tokens" value="[]"' in html
    assert soup.find("script", src=lambda s: s and s.endswith("js/token_picker.js"))
    from quizzes.widgets import TokenPickerWidget

    widget = TokenPickerWidget()
    assert widget.format_value([3, 4]) == "[3, 4]"
    assert widget.format_value(None) == "[]"
