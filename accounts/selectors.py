from django.db.models import Q, QuerySet
from django.utils import timezone
from knox.models import AuthToken

from .models import User


def user_get_by_email(*, email: str) -> User | None:
    """Case-insensitive lookup: emails are stored lowercased and unique ignoring case."""
    return User.objects.filter(email__iexact=email.strip()).first()


def api_token_list(*, user: User) -> QuerySet[AuthToken]:
    """The user's API tokens that are still valid (not expired), newest first."""
    return (
        AuthToken.objects.filter(user=user)
        .filter(Q(expiry__isnull=True) | Q(expiry__gt=timezone.now()))
        .order_by("-created")
    )
