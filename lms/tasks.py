from celery import shared_task


@shared_task(name="lms.tasks.ping")
def ping() -> str:
    """Health task: proves a worker is consuming from the broker."""
    return "pong"
