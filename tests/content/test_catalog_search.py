"""Catalog search finds courses from the start of a word ("misinfo"), on SQLite and PostgreSQL,
and every length the catalog offers returns the courses of that length (an "Up to 30 minutes"
filter matched none of the shipped courses, which all run 45 minutes or more)."""

import pytest
from bs4 import BeautifulSoup

from content.selectors import catalog_filter_form, catalog_search
from tests.factories import catalog_page, make_course, make_lesson

pytestmark = pytest.mark.django_db


def _titles(client, query: str) -> list[str]:
    soup = BeautifulSoup(client.get(catalog_page().url + query).content, "html.parser")
    return [h.text for h in soup.select(".course-card h3")]


def test_partial_words_match_titles_and_lessons(client):
    misinformation = make_course(title="Health misinformation", estimated_minutes=67)
    privacy = make_course(title="Patient privacy online", estimated_minutes=75)
    make_lesson(course=privacy, title="Hashtags that identify", slug="hashtags")
    assert _titles(client, "?q=misinfo") == [misinformation.title]
    assert _titles(client, "?q=Misinformation") == [misinformation.title]
    assert _titles(client, "?q=priv") == [privacy.title]
    assert _titles(client, "?q=hashtag") == [privacy.title]  # through one of its lessons
    assert _titles(client, "?q=zzzz") == []


def test_every_offered_length_returns_its_courses(client):
    short = make_course(title="Digital literacy", estimated_minutes=45)
    hour = make_course(title="Social media in healthcare", estimated_minutes=60)
    longer = make_course(title="Patient privacy", estimated_minutes=75)
    form = catalog_filter_form(data=None)
    offered = [value for value, _ in form.fields["length"].choices if value]
    found = {value: [c.title for c in catalog_search(length=value)] for value in offered}
    assert found == {"short": [short.title, hour.title], "medium": [longer.title], "long": []}
    assert _titles(client, "?length=short") == [short.title, hour.title]
