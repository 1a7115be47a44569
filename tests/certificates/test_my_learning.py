import pytest

from certificates.services import certificate_revoke
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_my_learning_lists_certificates_and_links_them(client, certificate):
    client.force_login(certificate.user)
    response = client.get("/my-learning/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 id="my-certificates-heading">Certificates</h2>' in html
    assert f'href="/certificates/{certificate.pk}/pdf/"' in html
    assert f'<a href="/certificates/{certificate.pk}/">Certificate<span' in html


def test_revoked_certificate_says_so_on_my_learning(client, certificate):
    certificate_revoke(certificate=certificate, actor=UserFactory(is_superuser=True), reason="x")
    client.force_login(certificate.user)
    html = client.get("/my-learning/").content.decode()
    assert '<span class="badge badge-bad">Revoked</span>' in html
    assert "Certificate (revoked)" in html


def test_my_learning_without_certificates_has_no_section(client, learner):
    client.force_login(learner)
    html = client.get("/my-learning/").content.decode()
    assert "my-certificates-heading" not in html
