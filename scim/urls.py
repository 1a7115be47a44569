from django.urls import path, re_path

from . import views

app_name = "scim"

# SCIM paths carry no trailing slash (RFC 7644); one is tolerated.
urlpatterns = [
    path("scim/v2/", views.root, name="root"),
    re_path(r"^scim/v2/ServiceProviderConfig/?$", views.spc, name="spc"),
    re_path(r"^scim/v2/ResourceTypes/?$", views.resource_type_list, name="resource-types"),
    re_path(
        r"^scim/v2/ResourceTypes/(?P<type_id>[^/]+)/?$",
        views.resource_type_list,
        name="resource-type",
    ),
    re_path(r"^scim/v2/Schemas/?$", views.schema_list, name="schemas"),
    re_path(r"^scim/v2/Schemas/(?P<schema_id>[^/]+)/?$", views.schema_list, name="schema"),
    re_path(r"^scim/v2/\.search/?$", views.search_root, name="search"),
    re_path(r"^scim/v2/Users/?$", views.users, name="users"),
    re_path(r"^scim/v2/Users/\.search/?$", views.users_search, name="users-search"),
    re_path(r"^scim/v2/Users/(?P<user_id>[^/]+)/?$", views.user_detail, name="user"),
    re_path(r"^scim/v2/Groups/?$", views.groups, name="groups"),
    re_path(r"^scim/v2/Groups/\.search/?$", views.groups_search, name="groups-search"),
    re_path(r"^scim/v2/Groups/(?P<group_id>[^/]+)/?$", views.group_detail, name="group"),
    re_path(r"^scim/v2/(?P<rest>.*)$", views.unknown, name="unknown"),
    path("institutions/<slug:slug>/scim/", views.token_list, name="tokens"),
    path(
        "institutions/<slug:slug>/scim/tokens/<int:pk>/revoke/",
        views.token_revoke,
        name="token-revoke",
    ),
]
