"""Provisioning writes: what a SCIM request does to accounts, memberships and departments of the
token's institution. Every function takes the institution and the token explicitly; nothing here
reaches another institution's members or departments.

Tenancy rules (DESIGN.md, as for rosters):
- a new email creates an account that joins at once; an email that already has an account is
  never attached silently: the membership waits inactive ("invited") and the person gets the
  institution's invitation email, exactly like an admin's invitation;
- the profile (email, names, profession) of an account is only changed while this institution
  owns it (it made the account, nobody has claimed it, no other institution has it);
- deactivation ends the membership, the person's sessions and API tokens, and keeps every
  training record (enrollments, completions, attempts, certificates).
"""

from contextlib import suppress
from dataclasses import dataclass, replace
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from scim2_models import (
    EnterpriseUser,
    InvalidValueException,
    UniquenessException,
)

from accounts.models import Profession, User
from accounts.services import api_token_revoke_all
from compliance.invitations import invitation_resend, membership_invite
from compliance.rosters import _owned_profiles
from compliance.services import assignment_statuses_invalidate
from core import pagecache
from institutions.models import Department, Institution, Membership, Role
from institutions.services import department_create, membership_create

from .models import ScimAction, ScimEvent, ScimGroup, ScimToken, ScimUser
from .schemas import EthosUser, ScimGroupModel, ScimUserModel
from .selectors import scim_members, scim_user_name_taken


@dataclass(frozen=True)
class UserFields:
    """What Ethos keeps of a SCIM User."""

    user_name: str
    email: str
    email_type: str
    given_name: str
    family_name: str
    display_name: str
    title: str
    external_id: str
    active: bool | None
    department: str | None  # None: leave unchanged; "": no department
    role: str | None  # None: leave unchanged
    profession: str | None  # None: leave unchanged


def _valid_email(value: str | None) -> bool:
    if not value:
        return False
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def user_fields(resource: Any) -> UserFields:
    """Read and check the attributes Ethos stores; bad values raise invalidValue naming them."""
    user_name = (resource.user_name or "").strip()
    if not user_name:
        raise InvalidValueException(detail="userName is required.")
    if len(user_name) > 255:
        raise InvalidValueException(detail="userName is longer than 255 characters.")
    emails = list(resource.emails or [])
    chosen = next((e for e in emails if e.primary), None) or next(
        (e for e in emails if e.type is not None and str(e.type.value) == "work"), None
    )
    chosen = chosen or (emails[0] if emails else None)
    email = chosen.value if chosen is not None else None
    if email is None and _valid_email(user_name):
        email = user_name
    if not _valid_email(email):
        raise InvalidValueException(
            detail="A user needs an email address: emails[].value (or userName) must be one."
        )
    email_type = ""
    if chosen is not None and chosen.type is not None:
        email_type = str(getattr(chosen.type, "value", chosen.type))[:40]
    external_id = (resource.external_id or "").strip()
    if len(external_id) > 64:
        raise InvalidValueException(detail="externalId is longer than 64 characters.")
    enterprise = resource[EnterpriseUser]
    department = None
    if enterprise is not None:
        department = (enterprise.department or "").strip()
        if len(department) > 200:
            raise InvalidValueException(
                detail="urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department "
                "is longer than 200 characters."
            )
    ethos = resource[EthosUser]
    role = profession = None
    if ethos is not None:
        role = ethos.role.strip().lower() if ethos.role else None
        if role is not None and role not in Role.values:
            raise InvalidValueException(
                detail=f"role “{ethos.role}” is not one of: {', '.join(Role.values)}."
            )
        profession = ethos.profession.strip().lower() if ethos.profession else None
        if profession is not None and profession not in Profession.values:
            raise InvalidValueException(
                detail=f"profession “{ethos.profession}” is not one of: "
                f"{', '.join(Profession.values)}."
            )
    name = resource.name
    title = (resource.title or "").strip()
    if len(title) > 150:
        raise InvalidValueException(detail="title is longer than 150 characters.")
    given = ((name.given_name if name else None) or "").strip()
    family = ((name.family_name if name else None) or "").strip()
    display = (resource.display_name or "").strip()
    for label, value in (("name.givenName", given), ("name.familyName", family)):
        if len(value) > 150:
            raise InvalidValueException(detail=f"{label} is longer than 150 characters.")
    if len(display) > 150:
        raise InvalidValueException(detail="displayName is longer than 150 characters.")
    return UserFields(
        user_name=user_name,
        email=email.strip().lower(),
        email_type=email_type,
        given_name=given,
        family_name=family,
        display_name=display,
        title=title,
        external_id=external_id,
        active=resource.active,
        department=department,
        role=role,
        profession=profession,
    )


def _event(*, institution: Institution, token: ScimToken, action: str, target: str) -> None:
    ScimEvent.objects.create(
        institution=institution, token=token, action=action, target=target[:255]
    )


def _department(*, institution: Institution, name: str | None) -> Department | None:
    if not name:
        return None
    found = (
        Department.objects.for_institution(institution)
        .alias(lname=Lower("name"))
        .filter(lname=name.lower())
        .first()
    )
    return found or department_create(actor=None, institution=institution, name=name)


def _check_external_id(
    *, institution: Institution, external_id: str, membership: Membership | None = None
) -> None:
    if not external_id:
        return
    taken = Membership.objects.for_institution(institution).filter(employee_id=external_id)
    if membership is not None:
        taken = taken.exclude(pk=membership.pk)
    if taken.exists():
        raise UniquenessException(detail=f"externalId “{external_id}” is already in use.")


def _owns_profile(*, user: User, institution: Institution) -> bool:
    return user.pk in _owned_profiles([user], institution=institution)


def _end_access(user: User) -> None:
    """Sign the person out everywhere: every session and every API token."""
    engine = import_module(settings.SESSION_ENGINE)
    now = timezone.now()
    for session in Session.objects.filter(expire_date__gt=now).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            # Through the session store, so a cached session is dropped from the cache too.
            transaction.on_commit(
                lambda key=session.session_key: engine.SessionStore(session_key=key).delete()
            )
    api_token_revoke_all(user=user)


def _deactivate(
    *, institution: Institution, token: ScimToken, membership: Membership, user_name: str
) -> None:
    if not membership.is_active and not membership.invitation_pending:
        return
    membership.is_active = False
    membership.invitation_pending = False
    membership.full_clean()
    membership.save(update_fields=["is_active", "invitation_pending"])
    _end_access(membership.user)
    pagecache.bump_users([membership.user_id])
    _event(
        institution=institution,
        token=token,
        action=ScimAction.USER_DEACTIVATED,
        target=user_name,
    )


def _reactivate(
    *, institution: Institution, token: ScimToken, membership: Membership, user_name: str
) -> None:
    """Only an account this institution still owns rejoins at once; a person's own account is
    invited again and rejoins by accepting."""
    if membership.is_active or membership.invitation_pending:
        return
    if _owns_profile(user=membership.user, institution=institution):
        membership.is_active = True
        membership.full_clean()
        membership.save(update_fields=["is_active"])
        pagecache.bump_users([membership.user_id])
        _event(
            institution=institution,
            token=token,
            action=ScimAction.USER_REACTIVATED,
            target=user_name,
        )
        return
    membership.invitation_pending = True
    membership.full_clean()
    membership.save(update_fields=["invitation_pending"])
    with suppress(ValidationError):  # already invited today: that invitation stands
        invitation_resend(actor=token.created_by, membership=membership)
    _event(institution=institution, token=token, action=ScimAction.USER_INVITED, target=user_name)


def _apply_profile(*, user: User, fields: UserFields, institution: Institution) -> None:
    """Write email, names and profession, only on an account the institution owns."""
    if not _owns_profile(user=user, institution=institution):
        return
    if fields.email != user.email.lower():
        clash = User.objects.alias(e=Lower("email")).filter(e=fields.email).exclude(pk=user.pk)
        if clash.exists():
            raise UniquenessException(detail=f"The email {fields.email} belongs to another user.")
        user.email = fields.email
    user.first_name = fields.given_name
    user.last_name = fields.family_name
    user.display_name = fields.display_name
    if fields.profession is not None:
        user.profession = fields.profession
    user.full_clean(exclude=["password"])
    user.save()


@transaction.atomic
def scim_user_create(
    *, institution: Institution, token: ScimToken, resource: ScimUserModel
) -> Membership:
    """POST /Users: a new email becomes an account and a member at once; an existing account is
    invited (inactive until the person accepts); userName and externalId are unique here."""
    fields = user_fields(resource)
    user = User.objects.alias(e=Lower("email")).filter(e=fields.email).first()
    membership = (
        Membership.objects.filter(institution=institution, user=user).first() if user else None
    )
    if membership is not None and (
        scim_members(institution=institution).filter(pk=membership.pk).exists()
    ):
        raise UniquenessException(
            detail=f"{fields.email} is already a member (id {membership.pk}); "
            f'find it with filter=userName eq "{fields.email}".'
        )
    if scim_user_name_taken(institution=institution, user_name=fields.user_name):
        raise UniquenessException(detail=f"userName “{fields.user_name}” is already in use.")
    _check_external_id(
        institution=institution, external_id=fields.external_id, membership=membership
    )
    department = _department(institution=institution, name=fields.department)
    role = fields.role or Role.LEARNER
    if user is None:
        user = User(
            email=fields.email,
            first_name=fields.given_name,
            last_name=fields.family_name,
            display_name=fields.display_name,
            profession=fields.profession or Profession.OTHER,
        )
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
        membership = membership_create(
            actor=None,
            institution=institution,
            user=user,
            role=role,
            department=department,
            job_title=fields.title,
            employee_id=fields.external_id,
        )
        action = ScimAction.USER_CREATED
    else:
        if membership is None:
            # Someone's own account: invited in the name of the admin who created the token.
            membership = membership_invite(
                actor=token.created_by,
                institution=institution,
                user=user,
                role=role,
                department=department,
                job_title=fields.title,
                employee_id=fields.external_id,
            )
            action = ScimAction.USER_INVITED
        else:
            # A former member deleted through SCIM comes back (invited unless still owned).
            membership.role, membership.department = role, department
            membership.job_title, membership.employee_id = fields.title, fields.external_id
            membership.full_clean()
            membership.save()
            action = ScimAction.USER_UPDATED
        _apply_profile(user=user, fields=fields, institution=institution)
    ScimUser.objects.create(
        institution=institution,
        membership=membership,
        user_name=fields.user_name,
        email_type=fields.email_type,
    )
    _event(institution=institution, token=token, action=action, target=fields.user_name)
    if action == ScimAction.USER_UPDATED and fields.active is not False:
        _reactivate(
            institution=institution,
            token=token,
            membership=membership,
            user_name=fields.user_name,
        )
    if fields.active is False:
        _deactivate(
            institution=institution,
            token=token,
            membership=membership,
            user_name=fields.user_name,
        )
    pagecache.bump_users([user.pk])
    return membership


@transaction.atomic
def scim_user_replace(
    *,
    institution: Institution,
    token: ScimToken,
    membership: Membership,
    resource: ScimUserModel,
    patched: bool = False,
) -> Membership:
    """PUT /Users/{id} (and PATCH, applied to the current resource first: ``patched``): replace
    what Ethos keeps. Role and profession change only when sent; the department too on PUT (a
    connector that does not map it leaves it alone), while a PATCH that removes it clears it."""
    if membership.institution_id != institution.id:  # pragma: no cover - selectors scope it
        raise InvalidValueException(detail="The user belongs to another institution.")
    fields = user_fields(resource)
    if patched and fields.department is None:
        fields = replace(fields, department="")
    if scim_user_name_taken(
        institution=institution, user_name=fields.user_name, membership=membership
    ):
        raise UniquenessException(detail=f"userName “{fields.user_name}” is already in use.")
    _check_external_id(
        institution=institution, external_id=fields.external_id, membership=membership
    )
    membership = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    _apply_profile(user=membership.user, fields=fields, institution=institution)
    membership.job_title = fields.title
    membership.employee_id = fields.external_id
    if fields.department is not None:
        membership.department = _department(institution=institution, name=fields.department)
    if fields.role is not None:
        membership.role = fields.role
    membership.full_clean()
    membership.save()
    ScimUser.objects.update_or_create(
        membership=membership,
        defaults={
            "institution": institution,
            "user_name": fields.user_name,
            "email_type": fields.email_type,
        },
    )
    _event(
        institution=institution,
        token=token,
        action=ScimAction.USER_UPDATED,
        target=fields.user_name,
    )
    if fields.active is False:
        _deactivate(
            institution=institution,
            token=token,
            membership=membership,
            user_name=fields.user_name,
        )
    elif fields.active is True:
        _reactivate(
            institution=institution,
            token=token,
            membership=membership,
            user_name=fields.user_name,
        )
    pagecache.bump_users([membership.user_id])
    return membership


@transaction.atomic
def scim_user_delete(*, institution: Institution, token: ScimToken, membership: Membership) -> None:
    """DELETE /Users/{id}: the membership ends (inactive) and leaves SCIM (404 from then on);
    the account and every training record stay."""
    membership = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    scim = ScimUser.objects.filter(membership=membership).first()
    user_name = scim.user_name if scim else membership.user.email
    _deactivate(institution=institution, token=token, membership=membership, user_name=user_name)
    if scim is not None:
        scim.delete()


# --- Groups (departments) -----------------------------------------------------------------------


def _group_members(
    *, institution: Institution, resource: ScimGroupModel
) -> list[Membership] | None:
    if resource.members is None:
        return None
    ids: list[int] = []
    for member in resource.members:
        if member.type is not None and str(member.type) not in ("User", "user"):
            raise InvalidValueException(detail="members: only users can be members of a group.")
        try:
            ids.append(int(member.value or ""))
        except ValueError:
            raise InvalidValueException(
                detail=f"members: no user with id “{member.value}” here."
            ) from None
    found = {m.pk: m for m in scim_members(institution=institution).filter(pk__in=ids)}
    missing = [str(pk) for pk in ids if pk not in found]
    if missing:
        raise InvalidValueException(detail=f"members: no user with id {', '.join(missing)} here.")
    return list(found.values())


def _group_name(resource: ScimGroupModel) -> str:
    name = (resource.display_name or "").strip()
    if not name:
        raise InvalidValueException(detail="displayName is required.")
    if len(name) > 200:
        raise InvalidValueException(detail="displayName is longer than 200 characters.")
    return name


def _name_taken(*, institution: Institution, name: str, exclude: int | None = None) -> bool:
    qs = Department.objects.for_institution(institution).alias(n=Lower("name"))
    if exclude is not None:
        qs = qs.exclude(pk=exclude)
    return qs.filter(n=name.lower()).exists()


def _set_members(
    *, institution: Institution, department: Department, members: list[Membership]
) -> None:
    wanted = {m.pk for m in members}
    current = set(
        Membership.objects.for_institution(institution)
        .filter(department=department)
        .values_list("pk", flat=True)
    )
    removed = current - wanted
    added = wanted - current
    Membership.objects.filter(pk__in=removed).update(department=None)
    # A member is in one department: joining this group moves them out of their previous one.
    Membership.objects.filter(pk__in=added).update(department=department)
    assignment_statuses_invalidate(where=Q(membership_id__in=removed | added))
    pagecache.bump_users(
        Membership.objects.filter(pk__in=removed | added).values_list("user_id", flat=True)
    )


@transaction.atomic
def scim_group_create(
    *, institution: Institution, token: ScimToken, resource: ScimGroupModel
) -> Department:
    """POST /Groups: a new department of the token's institution; names are unique here."""
    name = _group_name(resource)
    if _name_taken(institution=institution, name=name):
        raise UniquenessException(detail=f"A group named “{name}” already exists.")
    members = _group_members(institution=institution, resource=resource)
    try:
        with transaction.atomic():
            department = department_create(actor=None, institution=institution, name=name)
    except (ValidationError, IntegrityError) as exc:
        raise UniquenessException(detail=f"A group named “{name}” already exists.") from exc
    ScimGroup.objects.create(
        institution=institution,
        department=department,
        external_id=(resource.external_id or "")[:255],
    )
    if members:
        _set_members(institution=institution, department=department, members=members)
    _event(institution=institution, token=token, action=ScimAction.GROUP_CREATED, target=name)
    return department


@transaction.atomic
def scim_group_replace(
    *,
    institution: Institution,
    token: ScimToken,
    department: Department,
    resource: ScimGroupModel,
) -> Department:
    """PUT /Groups/{id} (and PATCH): rename the department and set its members; a member added
    here leaves their previous department."""
    if department.institution_id != institution.id:  # pragma: no cover - selectors scope it
        raise InvalidValueException(detail="The group belongs to another institution.")
    name = _group_name(resource)
    if _name_taken(institution=institution, name=name, exclude=department.pk):
        raise UniquenessException(detail=f"A group named “{name}” already exists.")
    members = _group_members(institution=institution, resource=resource)
    department.name = name
    department.full_clean()
    department.save()
    ScimGroup.objects.update_or_create(
        department=department,
        defaults={"institution": institution, "external_id": (resource.external_id or "")[:255]},
    )
    _set_members(institution=institution, department=department, members=members or [])
    _event(institution=institution, token=token, action=ScimAction.GROUP_UPDATED, target=name)
    return department


@transaction.atomic
def scim_group_delete(
    *, institution: Institution, token: ScimToken, department: Department
) -> None:
    """DELETE /Groups/{id}: the department goes; its members stay, without a department."""
    name = department.name
    pagecache.bump_users(department.memberships.values_list("user_id", flat=True))
    department.delete()
    _event(institution=institution, token=token, action=ScimAction.GROUP_DELETED, target=name)
