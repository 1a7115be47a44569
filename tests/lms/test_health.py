import pytest

pytestmark = pytest.mark.django_db


def test_health_ok_in_embedded_mode(client, settings):
    settings.CELERY_BROKER_URL = ""
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert body["broker"] == {"status": "ok", "mode": "eager"}


def test_health_503_when_broker_unreachable(client, settings):
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["database"]["status"] == "ok"
    assert body["broker"]["status"] == "error"
    assert body["broker"]["mode"] == "broker"


@pytest.mark.broker
def test_health_ok_with_real_broker(client, settings):
    import os

    settings.CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
    response = client.get("/health/")
    assert response.status_code == 200, response.json()
    assert response.json()["broker"] == {"status": "ok", "mode": "broker"}
