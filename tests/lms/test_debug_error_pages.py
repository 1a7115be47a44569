"""The `make run` mode keeps DEBUG on for development but answers missing pages and crashes with
the branded pages, never Django's debug pages (which list every URL pattern and setting)."""

import logging

import pytest
from django.test import RequestFactory

from lms.errors import BrandedErrorPagesMiddleware

pytestmark = pytest.mark.django_db


def test_missing_page_with_debug_on_is_the_branded_404(client, settings):
    settings.DEBUG = True
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Page not found" in body
    assert "Using the URLconf" not in body
    assert "DEBUG = True" not in body


def test_missing_api_object_with_debug_on_keeps_the_json_shape(client, settings):
    settings.DEBUG = True
    response = client.get("/api/v1/courses/999999/")
    assert response.status_code == 404
    assert response.json()["error"]["status"] == 404


def test_crash_with_debug_on_is_the_branded_500_and_logged(settings, caplog):
    settings.DEBUG = True
    middleware = BrandedErrorPagesMiddleware(lambda request: None)
    request = RequestFactory().get("/catalog/")
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = middleware.process_exception(request, RuntimeError("boom"))
    assert response.status_code == 500
    assert "Traceback" not in response.content.decode()
    assert any(record.exc_info and "boom" in str(record.exc_info[1]) for record in caplog.records)


def test_with_debug_off_django_handles_errors(settings):
    settings.DEBUG = False
    middleware = BrandedErrorPagesMiddleware(lambda request: None)
    request = RequestFactory().get("/catalog/")
    assert middleware.process_exception(request, RuntimeError("boom")) is None


def test_curriculum_load_does_not_log_every_background_task():
    assert logging.getLogger("django_tasks").getEffectiveLevel() >= logging.WARNING
