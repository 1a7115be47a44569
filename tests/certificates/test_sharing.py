"""Sharing a certificate from its page: a copyable verification link and LinkedIn's documented
"Add to Profile" certification URL, only while the certificate is valid."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from certificates.models import Certificate

pytestmark = pytest.mark.django_db


def _page(client, certificate):
    return BeautifulSoup(client.get(f"/certificates/{certificate.pk}/").content, "html.parser")


def test_valid_certificate_offers_a_copyable_link_and_linkedin(client, certificate):
    client.force_login(certificate.user)
    soup = _page(client, certificate)
    share = soup.select_one("section.share")
    link = share.select_one("input#verification-link")
    assert link["value"] == f"https://ethos.example/verify/{certificate.code}/"
    assert link.has_attr("readonly")
    assert share.select_one("button[data-copy-target='verification-link']")
    linkedin = share.find("a", string="Add to LinkedIn profile")
    url = urlsplit(linkedin["href"])
    assert (url.scheme, url.netloc, url.path) == ("https", "www.linkedin.com", "/profile/add")
    params = {k: v[0] for k, v in parse_qs(url.query).items()}
    issued = certificate.issued_at
    assert params == {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "organizationName": certificate.provider_name,
        "issueYear": str(issued.year),
        "issueMonth": str(issued.month),
        "certUrl": f"https://ethos.example/verify/{certificate.code}/",
        "certId": certificate.display_code,
    }


def test_expiring_certificate_tells_linkedin_when(client, certificate):
    expires = timezone.now() + timezone.timedelta(days=400)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expires)
    client.force_login(certificate.user)
    href = _page(client, certificate).find("a", string="Add to LinkedIn profile")["href"]
    params = {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}
    assert (params["expirationYear"], params["expirationMonth"]) == (
        str(expires.year),
        str(expires.month),
    )


def test_revoked_certificate_is_not_offered_for_sharing(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=timezone.now(), revoked_reason="Issued in error"
    )
    client.force_login(certificate.user)
    assert _page(client, certificate).select_one("section.share") is None
