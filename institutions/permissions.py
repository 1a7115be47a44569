"""The one place that decides who may administer or report on an institution.

Every later feature (rosters, requirements, compliance, certificate revocation) asks here, so
the rule changes in one spot.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from .models import Institution, Membership, Role


def _membership(*, user, institution: Institution) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Membership.objects.filter(user=user, institution=institution, is_active=True)
        .only("id", "role")
        .first()
    )


def user_can_administer(*, user, institution: Institution) -> bool:
    """Institution admins (and platform superusers) may change members, rosters, requirements."""
    if getattr(user, "is_superuser", False):
        return True
    m = _membership(user=user, institution=institution)
    return m is not None and m.role == Role.ADMIN


def require_admin(*, actor, institution: Institution) -> None:
    """Refuse (PermissionDenied) unless ``actor`` administers the institution. ``actor=None`` is
    a system call (management commands, seeding, the institution's own SSO/SCIM); views always
    pass the user."""
    if actor is not None and not user_can_administer(user=actor, institution=institution):
        raise PermissionDenied("You do not administer this institution.")


def user_can_view_reports(*, user, institution: Institution) -> bool:
    """Admins and managers may see compliance; managers only for their own departments."""
    if getattr(user, "is_superuser", False):
        return True
    m = _membership(user=user, institution=institution)
    return m is not None and m.role in (Role.ADMIN, Role.MANAGER)


def managed_department_ids(*, user, institution: Institution) -> list[int] | None:
    """Departments a reporter may see: None means all (admins), a list scopes a manager."""
    if user_can_administer(user=user, institution=institution):
        return None
    qs: QuerySet = Membership.objects.filter(
        user=user, institution=institution, is_active=True, role=Role.MANAGER
    ).exclude(department=None)
    return list(qs.values_list("department_id", flat=True))
