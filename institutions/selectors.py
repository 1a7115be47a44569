"""Scoped reads: every function takes the institution explicitly (no thread-locals).

The ``*_get_for_*`` helpers answer "not found" the same way for a missing object and for one the
user may not see, so ids of other tenants cannot be probed (zulip's access_stream_by_id rule).
"""

from django.db.models import QuerySet
from django.http import Http404

from .models import Department, Institution, Membership, Role
from .permissions import user_can_administer, user_can_view_reports


def institutions_for_user(*, user) -> QuerySet[Institution]:
    """Institutions where the user holds an active membership."""
    if not getattr(user, "is_authenticated", False):
        return Institution.objects.none()
    return Institution.objects.filter(memberships__user=user, memberships__is_active=True)


def institutions_reported_by(*, user) -> QuerySet[Institution]:
    """Institutions whose compliance reports the user may open (active admin or manager)."""
    if not getattr(user, "is_authenticated", False):
        return Institution.objects.none()
    return (
        Institution.objects.filter(
            memberships__user=user,
            memberships__is_active=True,
            memberships__role__in=[Role.ADMIN, Role.MANAGER],
        )
        .distinct()
        .order_by("name")
        .only("name", "slug")
    )


def institution_get_for_admin(*, user, slug: str) -> Institution:
    """The institution if the user administers it; otherwise 404, exactly like a missing one."""
    institution = Institution.objects.filter(slug=slug).first()
    if institution is None or not user_can_administer(user=user, institution=institution):
        raise Http404("No institution matches the given query.")
    return institution


def institution_get_for_reporter(*, user, slug: str) -> Institution:
    """The institution if the user may see its reports (admin or manager); otherwise 404."""
    institution = Institution.objects.filter(slug=slug).first()
    if institution is None or not user_can_view_reports(user=user, institution=institution):
        raise Http404("No institution matches the given query.")
    return institution


def departments_for(*, institution: Institution) -> QuerySet[Department]:
    return Department.objects.for_institution(institution).order_by("name")


def members_for(
    *,
    institution: Institution,
    department: Department | None = None,
    department_ids: list[int] | None = None,
    active: bool | None = True,
) -> QuerySet[Membership]:
    """Members of one institution, optionally narrowed to departments (a manager's scope)."""
    qs = Membership.objects.for_institution(institution).select_related("user", "department")
    if active is not None:
        qs = qs.filter(is_active=active)
    if department is not None:
        if not department.belongs_to(institution):
            raise Http404("No department matches the given query.")
        qs = qs.filter(department=department)
    if department_ids is not None:
        qs = qs.filter(department_id__in=department_ids)
    return qs.order_by("user__email")


def membership_get(*, institution: Institution, membership_id: int) -> Membership:
    """One member of this institution; another institution's member answers 404."""
    m = members_for(institution=institution, active=None).filter(id=membership_id).first()
    if m is None:
        raise Http404("No membership matches the given query.")
    return m
