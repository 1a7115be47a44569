"""Platform-staff pages answer a signed-in learner with 403 (a redirect to the login page looped
forever, because the login page sends signed-in users straight back), and send anonymous visitors
to sign in."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STAFF_PAGES = ["certificates:provider-export"]


@pytest.mark.parametrize("name", STAFF_PAGES)
def test_signed_in_non_staff_gets_403_not_a_redirect_loop(client, name):
    client.force_login(UserFactory())
    response = client.get(reverse(name))
    assert response.status_code == 403


@pytest.mark.parametrize("name", STAFF_PAGES)
def test_anonymous_visitor_is_sent_to_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login") + "?next=")


@pytest.mark.parametrize("name", STAFF_PAGES)
def test_staff_sees_the_page(client, name):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse(name)).status_code == 200
