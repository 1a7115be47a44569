from django.urls import path

from . import api

urlpatterns = [
    path(
        "institutions/<slug:slug>/compliance/",
        api.ComplianceSummaryApi.as_view(),
        name="api-compliance-summary",
    ),
    path(
        "institutions/<slug:slug>/compliance/members/",
        api.ComplianceMembersApi.as_view(),
        name="api-compliance-members",
    ),
    path(
        "institutions/<slug:slug>/compliance/export.csv",
        api.ComplianceExportApi.as_view(),
        name="api-compliance-export",
    ),
    path(
        "institutions/<slug:slug>/members/import/",
        api.RosterImportApi.as_view(),
        name="api-roster-import",
    ),
    path(
        "institutions/<slug:slug>/members/import/<id:pk>/",
        api.RosterImportDetailApi.as_view(),
        name="api-roster-import-detail",
    ),
]
