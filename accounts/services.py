from django.db import transaction

from .models import Profession, User


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str | None,
    display_name: str = "",
    first_name: str = "",
    last_name: str = "",
    profession: str = Profession.OTHER,
    licence_number: str = "",
    licence_state: str = "",
) -> User:
    """Create a learner account; email is unique case-insensitively."""
    return User.objects.create_user(
        email=email,
        password=password,
        display_name=display_name,
        first_name=first_name,
        last_name=last_name,
        profession=profession,
        licence_number=licence_number,
        licence_state=licence_state,
    )


@transaction.atomic
def user_update_profile(*, user: User, **fields: str | int | None) -> User:
    """Update the profile fields a learner may edit themselves."""
    allowed = {
        "display_name",
        "first_name",
        "last_name",
        "profession",
        "licence_number",
        "licence_state",
        "degree",
        "nabp_eprofile_id",
        "birth_month",
        "birth_day",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"Fields not editable: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean(exclude=["password"])
    user.save(update_fields=[*fields])
    return user
