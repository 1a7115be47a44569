"""One email with a text body and an HTML alternative, rendered from a template pair."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def templated_email(
    *, template: str, context: dict, subject: str, to: str, headers: dict | None = None
) -> EmailMultiAlternatives:
    """``template`` names the pair without extension: ``{template}.txt`` and ``{template}.html``."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers or None,
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message
