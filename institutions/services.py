from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User

from .models import Department, Institution, Membership, Role
from .permissions import require_admin


def _check_department(*, institution: Institution, department: Department | None) -> None:
    if department is not None and not department.belongs_to(institution):
        raise ValidationError({"department": "The department belongs to another institution."})


@transaction.atomic
def department_create(*, actor: User | None, institution: Institution, name: str) -> Department:
    """Create a department; names are unique within an institution."""
    require_admin(actor=actor, institution=institution)
    department = Department(institution=institution, name=name.strip())
    department.full_clean()
    department.save()
    return department


@transaction.atomic
def membership_create(
    *,
    actor: User | None,
    institution: Institution,
    user: User,
    role: str = Role.LEARNER,
    department: Department | None = None,
    job_title: str = "",
    employee_id: str = "",
) -> Membership:
    """Name a user as a member; the department must belong to the same institution. An admin
    (``actor``) only invites: the membership waits, inactive and "invited", until the person
    accepts. System calls (``actor=None``: seeding, the institution's own SSO/SCIM) add them.

    Sending the invitation email is the compliance app's (it owns the outbox): an admin's
    invitation goes through ``compliance.invitations.membership_invite``, which calls this."""
    require_admin(actor=actor, institution=institution)
    _check_department(institution=institution, department=department)
    invited = actor is not None
    membership = Membership(
        institution=institution,
        user=user,
        role=role,
        department=department,
        job_title=job_title,
        employee_id=employee_id.strip(),
        is_active=not invited,
        invitation_pending=invited,
    )
    membership.full_clean()
    membership.save()
    return membership


_EDITABLE = {"role", "department", "job_title", "employee_id", "is_active"}


@transaction.atomic
def membership_update(
    *, actor: User | None, institution: Institution, membership: Membership, **fields
) -> Membership:
    """Change a member of this institution only; other tenants' members are not reachable."""
    require_admin(actor=actor, institution=institution)
    if membership.institution_id != institution.id:
        raise ValidationError("The membership belongs to another institution.")
    unknown = set(fields) - _EDITABLE
    if unknown:
        raise ValidationError(f"Fields not editable: {', '.join(sorted(unknown))}")
    if "department" in fields:
        _check_department(institution=institution, department=fields["department"])
    if fields.get("is_active") and not membership.is_active:
        # Only the person starts (or restarts) a membership, by accepting an invitation.
        raise ValidationError(
            f"{membership.user.email} joins again only by accepting an invitation; "
            "send one instead."
        )
    for name, value in fields.items():
        setattr(membership, name, value)
    membership.full_clean()
    membership.save()
    return membership
