"""What the endpoint speaks, described with scim2-models: the resource models it parses and
serialises, and the discovery documents (ServiceProviderConfig, ResourceTypes, Schemas).

The published schemas are the library's own (RFC 7643), cut down to the attributes Ethos stores,
so a connector (and scim2-tester) sees exactly what round-trips. Requests are parsed with the
full models: an attribute Ethos does not store is accepted and ignored, as RFC 7644 §3.3 allows.
"""

from functools import cache
from typing import Any

from pydantic import Field
from scim2_models import (
    URN,
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    EnterpriseUser,
    ETag,
    Extension,
    Filter,
    Group,
    Pagination,
    Patch,
    Required,
    ResourceType,
    Schema,
    ScimPolicy,
    ServiceProviderConfig,
    Sort,
    User,
)

from accounts.models import Profession
from institutions.models import Role

ETHOS_USER_SCHEMA = "urn:ethos:params:scim:schemas:extension:ethos:2.0:User"
# Listing and filtering answer at most this many resources per page.
MAX_RESULTS = 200
# A listing without `count` answers this many.
DEFAULT_PAGE_SIZE = 100


# Microsoft Entra ID's PATCH habits, which RFC 7644 leaves to the server and scim2-models
# supports: a filtered path that matches nothing (``emails[type eq "work"].value`` on a member
# whose address has no type) adds the entry, and a ``remove`` of ``members`` names the members to
# remove in its ``value``.
PATCH_POLICY = ScimPolicy(
    unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create,
    remove_value_as_filter=ScimPolicy.RemoveValue.apply,
)


class EthosUser(Extension):
    """Ethos attributes of a member that no standard schema has."""

    __schema__ = URN(ETHOS_USER_SCHEMA)

    role: str | None = Field(None, examples=list(Role.values))
    """The member's role in the institution: learner, manager or admin."""

    profession: str | None = Field(None, examples=list(Profession.values))
    """The person's profession (nurse, physician, pharmacist, student, allied_health, other);
    it selects requirements aimed at professions."""


ScimUserModel = User[EnterpriseUser | EthosUser]
ScimGroupModel = Group

# The attributes each schema publishes (a set names the sub-attributes kept).
_USER_ATTRIBUTES: dict[str, set[str] | None] = {
    "userName": None,
    "name": {"givenName", "familyName"},
    "displayName": None,
    "title": None,
    "active": None,
    "emails": {"value", "type"},
    "groups": {"value", "$ref", "display"},
}
_ENTERPRISE_ATTRIBUTES: dict[str, set[str] | None] = {"department": None}
_GROUP_ATTRIBUTES: dict[str, set[str] | None] = {
    "displayName": None,
    "members": {"value", "$ref", "type"},
}


def _pruned(schema: Schema, keep: dict[str, set[str] | None], description: str) -> Schema:
    attributes = []
    for attribute in schema.attributes or []:
        if attribute.name not in keep:
            continue
        sub = keep[attribute.name]
        if sub is not None and attribute.sub_attributes:
            attribute.sub_attributes = [a for a in attribute.sub_attributes if a.name in sub]
        attributes.append(attribute)
    schema.attributes = attributes
    schema.description = description
    return schema


@cache
def published_schemas() -> tuple[Schema, ...]:
    """The four schemas /Schemas lists."""
    user = _pruned(User.to_schema(), _USER_ATTRIBUTES, "An institution member")
    user.name = "User"
    for attribute in user.attributes:
        if attribute.name == "emails":
            # Ethos needs an address for every member (unless userName is one).
            attribute.required = Required.true
            for sub in attribute.sub_attributes or []:
                if sub.name == "value":
                    sub.required = Required.true
    enterprise = _pruned(
        EnterpriseUser.to_schema(), _ENTERPRISE_ATTRIBUTES, "The member's department"
    )
    enterprise.name = "EnterpriseUser"
    ethos = EthosUser.to_schema()
    ethos.description = "Ethos role and profession"
    group = _pruned(Group.to_schema(), _GROUP_ATTRIBUTES, "A department of the institution")
    group.name = "Group"
    return (user, enterprise, ethos, group)


@cache
def resource_types() -> tuple[ResourceType, ...]:
    """The User and Group resource types /ResourceTypes lists."""
    user = ResourceType.from_resource(ScimUserModel)
    user.description = "Institution members"
    group = ResourceType.from_resource(Group)
    group.description = "Departments"
    return (user, group)


@cache
def service_provider_config() -> ServiceProviderConfig:
    """What the endpoint supports: PATCH and filtering yes; bulk, sort, ETags and password
    changes no."""
    return ServiceProviderConfig(
        documentation_uri="https://github.com/ethos/ethos#scim-provisioning",
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=MAX_RESULTS),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=False),
        pagination=Pagination(
            cursor=False, index=True, default_page_size=DEFAULT_PAGE_SIZE, max_page_size=MAX_RESULTS
        ),
        authentication_schemes=[
            AuthenticationScheme(
                type=AuthenticationScheme.Type.oauthbearertoken,
                name="Bearer token",
                description="A token an institution admin creates on the SCIM provisioning "
                "page, sent as `Authorization: Bearer <token>`.",
                primary=True,
            )
        ],
    )


def schema_by_id(schema_id: str) -> Schema | None:
    for schema in published_schemas():
        if schema.id == schema_id:
            return schema
    return None


def resource_type_by_id(type_id: str) -> ResourceType | None:
    for rt in resource_types():
        if rt.id == type_id:
            return rt
    return None


def dump(obj: Any, **kwargs: Any) -> dict:
    from scim2_models import Context

    return obj.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, **kwargs)
