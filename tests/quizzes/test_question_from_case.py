"""From a published case the admin offers "Create a question from this case", which opens the
question form with the case, its first competency and a starting stem filled in."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from quizzes.models import CaseStatus, Question
from tests.factories import UserFactory
from tests.quizzes.conftest import make_case

pytestmark = pytest.mark.django_db

ADD_URL_NAME = Question.snippet_viewset.get_url_name("add")


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def _form(client, query: str):
    response = client.get(reverse(ADD_URL_NAME) + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_published_case_offers_the_button(editor):
    case = make_case(competencies=["boundaries", "consent"])
    listing = editor.get(reverse(case.snippet_viewset.get_url_name("list"))).content.decode()
    assert f"{reverse(ADD_URL_NAME)}?post_case={case.pk}" in listing


def test_the_form_starts_from_the_case(editor):
    case = make_case(competencies=["boundaries", "consent"])
    soup = _form(editor, f"?post_case={case.pk}")
    assert soup.select_one('input[name="post_case"]')["value"] == str(case.pk)  # the chooser
    assert soup.select_one('select[name="competency"] option[selected]')["value"] == "boundaries"
    assert "this post" in soup.select_one('textarea[name="stem"]').text


@pytest.mark.parametrize("value", ["nonsense", "999999", "", "1" * 40])
def test_bad_case_reference_opens_an_empty_form(editor, value):
    soup = _form(editor, f"?post_case={value}")
    assert soup.select_one('input[name="post_case"]').get("value", "") == ""


def test_unpublished_case_is_not_prefilled(editor):
    case = make_case(status=CaseStatus.IN_REVIEW)
    soup = _form(editor, f"?post_case={case.pk}")
    assert soup.select_one('input[name="post_case"]').get("value", "") == ""
