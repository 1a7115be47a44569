"""Notifications (issue 18): an assignment, a due date, a certificate issued or about to expire
reach the learner in the app and by email; every optional email can be switched off with one
click; each fact is recorded once and emailed at most once."""

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates.notices import certificate_issued_notice, certificates_expiry_notices
from compliance.reminders import reminders_send_daily
from compliance.services import requirement_create
from notifications.models import EmailPreferences, Notification
from notifications.services import notification_email
from notifications.tokens import unsubscribe_token
from tests.compliance.helpers import certify, make_course
from tests.factories import InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
NOW = timezone.now()


@pytest.fixture
def learner():
    return UserFactory(email="sam@example.org")


def _certificate(user, *, expires_in_days=None, revoked=False):
    expires = NOW + dt.timedelta(days=expires_in_days) if expires_in_days is not None else None
    return certify(
        user,
        make_course(title="Privacy online"),
        issued_at=NOW,
        expires_at=expires,
        revoked=revoked,
    )


def test_an_issued_certificate_is_notified_and_emailed_once(learner):
    certificate = _certificate(learner, expires_in_days=365)
    mail.outbox.clear()
    assert certificate_issued_notice(certificate_id=certificate.pk) is True
    assert certificate_issued_notice(certificate_id=certificate.pk) is False  # once
    note = Notification.objects.get(user=learner)
    assert note.title == "Certificate issued: Privacy online"
    assert note.url == f"/certificates/{certificate.pk}/"
    assert note.emailed_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sam@example.org"]
    assert message.subject == "Your certificate: Privacy online"
    link = re.search(r"Unsubscribe: (\S+)", message.body).group(1)
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_issuing_a_certificate_notifies_its_owner(learner, django_capture_on_commit_callbacks):
    from courses.services import enrollment_create, lesson_complete

    course = make_course(title="Boundaries")
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=learner, course=course)
        for lesson in course.lessons():
            lesson_complete(user=learner, lesson=lesson)
    titles = list(Notification.objects.filter(user=learner).values_list("title", flat=True))
    assert titles == ["Certificate issued: Boundaries"]


def test_switched_off_certificate_emails_still_show_in_the_app(learner):
    EmailPreferences.objects.create(user=learner, certificates=False)
    certificate = _certificate(learner)
    mail.outbox.clear()
    assert certificate_issued_notice(certificate_id=certificate.pk) is True
    assert mail.outbox == []
    assert Notification.objects.get(user=learner).emailed_at is None


def test_an_email_is_sent_at_most_once_even_if_asked_twice(learner):
    certificate = _certificate(learner)
    certificate_issued_notice(certificate_id=certificate.pk)
    note = Notification.objects.get(user=learner)
    mail.outbox.clear()
    sent = notification_email(
        notification=note,
        category="certificates",
        subject="again",
        template="notifications/email/certificate_issued",
        context={"certificate": certificate, "certificate_url": "x"},
    )
    assert sent is False
    assert mail.outbox == []


def test_expiry_notices_go_once_to_valid_certificates_expiring_within_30_days(learner):
    soon = _certificate(learner, expires_in_days=10)
    _certificate(UserFactory(), expires_in_days=40)  # later: not yet
    _certificate(UserFactory(), expires_in_days=5, revoked=True)  # revoked: never
    mail.outbox.clear()
    assert certificates_expiry_notices(now=NOW) == 1
    assert certificates_expiry_notices(now=NOW) == 0
    note = Notification.objects.get(kind="certificate_expiring")
    day = timezone.localdate(soon.expires_at)
    assert note.user == learner
    assert note.key == f"certificate-expiring:{soon.pk}:{day.isoformat()}"
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    assert mail.outbox[0].subject.startswith("Your certificate expires on ")


def test_one_click_unsubscribe(client, learner):
    token = unsubscribe_token(user_id=learner.pk, category="certificates")
    url = reverse("notifications:unsubscribe", args=[token])
    assert client.get(url).status_code == 200
    assert not EmailPreferences.objects.exists()  # a link scanner's GET changes nothing
    response = client.post(url)  # RFC 8058 one-click: no session, no CSRF token
    assert response.status_code == 200
    assert EmailPreferences.objects.get(user=learner).certificates is False


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("forged-token", "This unsubscribe link is not valid. Sign in to change your emails."),
        (None, "These emails cannot be switched off from a link."),
    ],
)
def test_bad_unsubscribe_links_are_refused(client, learner, token, message):
    token = token or unsubscribe_token(user_id=learner.pk, category="required_training")
    response = client.post(reverse("notifications:unsubscribe", args=[token]))
    assert response.status_code == 400
    assert response.context["error"] == message
    assert not EmailPreferences.objects.exists()


def test_preferences_page_saves_the_choice(client, learner):
    client.force_login(learner)
    url = reverse("notifications:preferences")
    assert client.get(url).status_code == 200
    response = client.post(url, {})  # the box unticked
    assert response.status_code == 302
    assert EmailPreferences.objects.get(user=learner).certificates is False


def test_an_assignment_is_notified_at_once_and_emailed_in_the_next_digest(learner):
    inst = InstitutionFactory(name="Riverside Health")
    MembershipFactory(institution=inst, user=learner)
    course = make_course(title="Privacy online")
    today = timezone.localdate()
    requirement_create(actor=None, institution=inst, course=course, due_days=30, today=today)
    due = today + dt.timedelta(days=30)
    note = Notification.objects.get(user=learner)
    assert note.title == "New required course: Privacy online"
    assert note.body == f"Required by Riverside Health; due {due.day} {due:%B %Y}."
    mail.outbox.clear()
    assert reminders_send_daily(institution=inst, today=today) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "New required training: 1 course(s)"
    assert f"Privacy online (Riverside Health): newly assigned, due {due.day} {due:%B %Y}" in body
    assert "in 30 days" not in body  # one line per course
    assert "they cannot be switched off. Your email choices: " in " ".join(body.split())
    assert reminders_send_daily(institution=inst, today=today) == 0  # once


def test_the_list_shows_only_my_notifications_and_marks_them_read(
    client, learner, django_assert_max_num_queries
):
    mine = _certificate(learner)
    certificate_issued_notice(certificate_id=mine.pk)
    theirs = _certificate(UserFactory())
    certificate_issued_notice(certificate_id=theirs.pk)
    client.force_login(learner)
    home = BeautifulSoup(client.get("/my-learning/").content, "html.parser")
    link = home.select_one('nav[aria-label="Main"] a[href="/notifications/"]')
    assert " ".join(link.text.split()) == "Notifications 1 unread"
    with django_assert_max_num_queries(12):
        page = client.get("/notifications/")
    soup = BeautifulSoup(page.content, "html.parser")
    items = soup.select(".notification-list li")
    assert len(items) == 1 and "is-unread" in items[0]["class"]
    assert Notification.objects.get(user=learner).read_at is not None
    assert Notification.objects.get(user=theirs.user).read_at is None
