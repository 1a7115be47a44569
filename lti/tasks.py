"""Background work of the LTI tool: tasks take ids, re-fetch and call one service."""

from celery import shared_task
from django.db import DatabaseError
from pylti1p3.exception import LtiException, LtiServiceException
from requests import RequestException

from .models import ScorePublish
from .services import score_publish_send

MAX_RETRIES = 8


@shared_task(
    name="lti.publish_score",
    bind=True,
    autoretry_for=(DatabaseError, RequestException, LtiException, LtiServiceException),
    retry_backoff=5,
    retry_backoff_max=600,
    max_retries=MAX_RETRIES,
)
def score_publish_task(self, publish_id: int) -> str | None:
    """Send one recorded score to its gradebook (idempotent: a sent score is not resent);
    returns the resulting status."""
    publish = (
        ScorePublish.objects.select_related(
            "attempt", "lti_user", "lineitem__context__deployment__registration"
        )
        .filter(pk=publish_id)
        .first()
    )
    if publish is None:
        return None
    # Embedded mode (eager tasks) tries once and keeps the error on the row: the learner's quiz
    # submission must not wait for, or fail with, the platform.
    eager = bool(self.request.is_eager)
    final_try = eager or self.request.retries >= MAX_RETRIES
    try:
        return score_publish_send(publish=publish, final_try=final_try).status
    except Exception:
        if eager:
            return ScorePublish.objects.get(pk=publish_id).status
        raise
