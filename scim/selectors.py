"""Provisioning reads: the members and departments of the token's institution as SCIM resources.
Anything of another institution (or a member deleted through SCIM) answers 404, exactly like a
missing id."""

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from scim2_models import (
    Email,
    EnterpriseUser,
    GroupMember,
    GroupMembership,
    InvalidFilterException,
    Meta,
    Name,
    NotFoundException,
    ScimFilter,
)
from scim2_models.path import CompareOperator, Comparison, FilterVisitor, LogicalExpr
from scim2_models.path.expressions import LogicalOperator

from institutions.models import Department, Institution, Membership

from .schemas import EthosUser, ScimGroupModel, ScimUserModel


def scim_members(*, institution: Institution) -> QuerySet[Membership]:
    """The members SCIM sees: active or invited ones, and former ones SCIM itself manages
    (deactivated, not deleted)."""
    return Membership.objects.for_institution(institution).filter(
        Q(is_active=True) | Q(invitation_pending=True) | Q(scim__isnull=False)
    )


def _with_related(qs: QuerySet[Membership]) -> QuerySet[Membership]:
    return qs.select_related("user", "department", "scim").order_by("pk")


def scim_user_name_taken(
    *, institution: Institution, user_name: str, membership: Membership | None = None
) -> bool:
    """userName is unique per institution, case-insensitively; a member without a SCIM record
    answers to their email."""
    qs = scim_members(institution=institution).filter(
        Q(scim__user_name__iexact=user_name) | Q(scim__isnull=True, user__email__iexact=user_name)
    )
    if membership is not None:
        qs = qs.exclude(pk=membership.pk)
    return qs.exists()


def _pk(value: str) -> int:
    try:
        pk = int(value)
    except (TypeError, ValueError):
        raise NotFoundException(detail=f"Resource {value} not found") from None
    if pk <= 0 or pk > 2**63 - 1:
        raise NotFoundException(detail=f"Resource {value} not found")
    return pk


def scim_user_get(*, institution: Institution, user_id: str) -> Membership:
    """One member of this institution, or 404 (another institution's answers the same)."""
    membership = (
        _with_related(scim_members(institution=institution)).filter(pk=_pk(user_id)).first()
    )
    if membership is None:
        raise NotFoundException(detail=f"Resource {user_id} not found")
    return membership


def scim_group_get(*, institution: Institution, group_id: str) -> Department:
    """One department of this institution, or 404 (another institution's answers the same)."""
    department = (
        Department.objects.for_institution(institution)
        .select_related("scim")
        .filter(pk=_pk(group_id))
        .first()
    )
    if department is None:
        raise NotFoundException(detail=f"Resource {group_id} not found")
    return department


# --- Filters ------------------------------------------------------------------------------------

# attribute path (lower case) → Django lookup, per resource type; only `eq`, `and`, `or`.
_USER_FILTERS = {
    "username": "__user_name",
    "externalid": "employee_id",
    "emails": "user__email__iexact",
    "emails.value": "user__email__iexact",
    "id": "pk",
}
_GROUP_FILTERS = {
    "displayname": "name__iexact",
    "externalid": "scim__external_id",
    "id": "pk",
}


class _QueryBuilder(FilterVisitor[Q]):
    def __init__(self, lookups: dict[str, str], supported: str):
        self.lookups = lookups
        self.supported = supported

    def _unsupported(self, what: str) -> InvalidFilterException:
        return InvalidFilterException(
            detail=f"Filtering {what} is not supported; use {self.supported}."
        )

    def visit_comparison(self, node: Comparison) -> Q:
        # A core attribute may be written with its schema URN in front; it names the same one.
        attr, sub = node.attr_path.attr, node.attr_path.sub_attr
        path = (f"{attr}.{sub}" if sub else attr).lower()
        lookup = self.lookups.get(path)
        if lookup is None:
            raise self._unsupported(f"on “{node.attr_path}”")
        if node.op != CompareOperator.eq:
            raise self._unsupported(f"with “{node.op.value}”")
        value = node.value
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise InvalidFilterException(detail=f"“{node.attr_path}” compares with a string.")
        if lookup == "pk":
            try:
                return Q(pk=int(value))
            except ValueError:
                return Q(pk__in=[])
        if lookup == "__user_name":
            return Q(scim__user_name__iexact=value) | Q(
                scim__isnull=True, user__email__iexact=value
            )
        return Q(**{lookup: value})

    def visit_logical_expr(self, node: LogicalExpr) -> Q:
        parts = [self.visit(term) for term in node.terms]
        q = parts[0]
        for part in parts[1:]:
            q = q & part if node.op == LogicalOperator.and_ else q | part
        return q

    def visit_present(self, node: Any) -> Q:
        raise self._unsupported("with “pr”")

    def visit_not(self, node: Any) -> Q:
        raise self._unsupported("with “not”")

    def visit_value_path(self, node: Any) -> Q:
        raise self._unsupported(f"on “{node}”")


def _filter_q(model: type, expression: str, lookups: dict[str, str], supported: str) -> Q:
    try:
        parsed = ScimFilter[model](expression)
    except InvalidFilterException:
        raise
    except Exception as exc:  # the library reports a bad filter as a ValueError subclass
        raise InvalidFilterException(detail=f"Invalid filter “{expression}”: {exc}") from None
    return _QueryBuilder(lookups, supported).visit(parsed.ast)


def scim_user_list(*, institution: Institution, filter: str | None) -> QuerySet[Membership]:
    """The members matching an `eq` filter on userName, externalId, emails or id."""
    qs = scim_members(institution=institution)
    if filter:
        qs = qs.filter(
            _filter_q(
                ScimUserModel, filter, _USER_FILTERS, "userName, externalId or emails with eq"
            )
        )
    return _with_related(qs)


def scim_group_list(*, institution: Institution, filter: str | None) -> QuerySet[Department]:
    """The departments matching an `eq` filter on displayName, externalId or id."""
    qs = Department.objects.for_institution(institution)
    if filter:
        qs = qs.filter(
            _filter_q(ScimGroupModel, filter, _GROUP_FILTERS, "displayName or externalId with eq")
        )
    return qs.select_related("scim").order_by("pk")


def with_members(qs: QuerySet[Department], *, institution: Institution) -> QuerySet[Department]:
    """Prefetch each department's SCIM-visible members in one query."""
    members = scim_members(institution=institution).select_related("user", "scim").order_by("pk")
    return qs.prefetch_related(Prefetch("memberships", queryset=members, to_attr="scim_members"))


# --- Resources ----------------------------------------------------------------------------------


def _scim(obj: Any) -> Any:
    try:
        return obj.scim
    except obj.__class__.scim.RelatedObjectDoesNotExist:
        return None


def user_resource(membership: Membership, *, base_url: str) -> ScimUserModel:
    """A member as a SCIM User (enterprise department, Ethos role and profession)."""
    user = membership.user
    scim = _scim(membership)
    email = Email(value=user.email)
    if scim is not None and scim.email_type:
        email.type = scim.email_type
    name = None
    if user.first_name or user.last_name:
        name = Name(given_name=user.first_name or None, family_name=user.last_name or None)
    resource = ScimUserModel(
        id=str(membership.pk),
        external_id=membership.employee_id or None,
        user_name=scim.user_name if scim is not None else user.email,
        name=name,
        display_name=user.display_name or None,
        title=membership.job_title or None,
        active=membership.is_active,
        emails=[email],
        meta=Meta(
            resource_type="User",
            created=scim.created_at if scim is not None else None,
            last_modified=scim.updated_at if scim is not None else None,
            location=f"{base_url}/Users/{membership.pk}",
        ),
    )
    department = membership.department
    if department is not None:
        resource.groups = [
            GroupMembership(
                value=str(department.pk),
                ref=f"{base_url}/Groups/{department.pk}",
                display=department.name,
            )
        ]
    if department is not None:
        resource[EnterpriseUser] = EnterpriseUser(department=department.name)
    resource[EthosUser] = EthosUser(role=membership.role, profession=user.profession)
    return resource


def group_resource(
    department: Department, *, base_url: str, members: list[Membership] | None = None
) -> ScimGroupModel:
    """A department as a SCIM Group; ``members`` as prefetched by ``with_members``."""
    scim = _scim(department)
    if members is None:
        members = getattr(department, "scim_members", None)
    resource = ScimGroupModel(
        id=str(department.pk),
        external_id=(scim.external_id or None) if scim is not None else None,
        display_name=department.name,
        meta=Meta(
            resource_type="Group",
            created=scim.created_at if scim is not None else None,
            last_modified=scim.updated_at if scim is not None else None,
            location=f"{base_url}/Groups/{department.pk}",
        ),
    )
    if members is not None:
        resource.members = [
            GroupMember(
                value=str(m.pk),
                ref=f"{base_url}/Users/{m.pk}",
                type="User",
            )
            for m in members
        ] or None
    return resource


def group_members(*, institution: Institution, department: Department) -> list[Membership]:
    """The department's SCIM-visible members."""
    return list(
        scim_members(institution=institution)
        .filter(department=department)
        .select_related("user", "scim")
        .order_by("pk")
    )
