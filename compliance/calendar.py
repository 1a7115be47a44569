"""A learner's due dates as an iCalendar (RFC 5545) feed for their calendar app.

Calendar apps fetch a feed without signing in, so its URL carries a token: the user's id and an
HMAC of the id and the password hash, like Django's password-reset tokens. It needs no stored
secret, cannot be guessed, and stops working when the password changes (the way to revoke a
shared link)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from icalendar import Calendar, Event

from .selectors import ComplianceStatus, learner_open_requirements

_SALT = "ethos.compliance.calendar-feed"


def _signature(user) -> str:
    return salted_hmac(_SALT, f"{user.pk}:{user.password}", algorithm="sha256").hexdigest()[:32]


def calendar_feed_token(user) -> str:
    """The private token of the user's feed URL."""
    return f"{user.pk}-{_signature(user)}"


def calendar_feed_user(token: str):
    """The active user a feed token belongs to, or None for any bad, old or foreign token."""
    user_id, _, signature = token.partition("-")
    if not user_id.isdigit() or len(user_id) > 18 or len(signature) != 32:
        return None
    user = get_user_model().objects.filter(pk=int(user_id), is_active=True).first()
    if user is None or not constant_time_compare(signature, _signature(user)):
        return None
    return user


def learner_calendar(*, user, base_url: str, host: str) -> bytes:
    """One all-day event per requirement still open for the user, on its due date."""
    calendar = Calendar()
    calendar.add("prodid", "-//Ethos//Due dates//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Ethos: training due dates")
    stamp = timezone.now()
    for row in learner_open_requirements(user=user):
        if row.status == ComplianceStatus.COMPLETED:
            continue  # completed but expiring: the renewal is a new assignment later
        course = row.requirement.course
        institution = row.membership.institution.name
        event = Event()
        event.add("uid", f"ethos-assignment-{row.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", row.due_on)
        event.add("dtend", row.due_on + dt.timedelta(days=1))
        event.add("summary", f"Due: {course.title} ({institution})")
        event.add(
            "description", f"Required by {institution}. Complete it at {base_url}{course.url}"
        )
        event.add("url", f"{base_url}{course.url}")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
