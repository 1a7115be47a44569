from .models import User


def user_get_by_email(*, email: str) -> User | None:
    """Case-insensitive lookup: emails are stored lowercased and unique ignoring case."""
    return User.objects.filter(email__iexact=email.strip()).first()
