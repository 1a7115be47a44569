"""After signing in a learner lands on My learning; the main navigation reaches certificates and
the transcript, marking the current page."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_sign_in_lands_on_my_learning(client):
    UserFactory(email="ana@example.org")
    response = client.post(
        "/accounts/login/", {"username": "ana@example.org", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/my-learning/"


def test_sign_in_still_follows_a_safe_next(client):
    UserFactory(email="ana@example.org")
    response = client.post(
        "/accounts/login/?next=/catalog/",
        {"username": "ana@example.org", "password": "correct horse battery"},
    )
    assert response["Location"] == "/catalog/"


@pytest.mark.parametrize("path", ["/certificates/", "/transcript/", "/my-learning/"])
def test_main_navigation_reaches_certificates_and_transcript(client, path):
    client.force_login(UserFactory())
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    nav = soup.select_one('nav[aria-label="Main"]')
    links = {a.text.strip(): a["href"] for a in nav.select("a")}
    assert links["Certificates"] == "/certificates/"
    assert links["Transcript"] == "/transcript/"
    current = nav.select('a[aria-current="page"]')
    assert [a["href"] for a in current] == [path]


def test_signed_out_navigation_has_no_learner_links(client):
    soup = BeautifulSoup(client.get("/catalog/").content, "html.parser")
    links = [a.text.strip() for a in soup.select('nav[aria-label="Main"] a')]
    assert "Certificates" not in links and "Transcript" not in links
