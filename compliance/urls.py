from django.urls import path

from . import views

app_name = "compliance"

urlpatterns = [
    path("my-learning/calendar/<str:token>.ics", views.calendar_feed, name="calendar-feed"),
    path(
        "institutions/<slug:slug>/compliance/",
        views.compliance_dashboard,
        name="compliance",
    ),
    path(
        "institutions/<slug:slug>/compliance/departments/<id:department_id>/",
        views.compliance_department,
        name="compliance-department",
    ),
    path(
        "institutions/<slug:slug>/compliance/members/<id:membership_id>/",
        views.compliance_member,
        name="compliance-member",
    ),
    path(
        "institutions/<slug:slug>/compliance/members/<id:membership_id>/invitation/",
        views.member_invitation_resend,
        name="member-invitation-resend",
    ),
    path(
        "institutions/<slug:slug>/compliance/report.pdf",
        views.compliance_report,
        name="compliance-report-pdf",
    ),
    path(
        "institutions/<slug:slug>/compliance/reports/",
        views.report_recipients,
        name="report-recipients",
    ),
    path(
        "institutions/<slug:slug>/compliance/actions/",
        views.member_actions,
        name="member-actions",
    ),
    path("invitations/<id:membership_id>/", views.invitation, name="invitation"),
    path("institutions/<slug:slug>/members/import/", views.roster_import, name="roster-import"),
    path(
        "institutions/<slug:slug>/members/import/template.csv",
        views.roster_template,
        name="roster-template",
    ),
    path(
        "institutions/<slug:slug>/members/import/<id:pk>/",
        views.roster_import_detail,
        name="roster-import-detail",
    ),
    path("institutions/<slug:slug>/requirements/", views.requirement_list, name="requirement-list"),
    path(
        "institutions/<slug:slug>/requirements/new/",
        views.requirement_edit,
        name="requirement-create",
    ),
    path(
        "institutions/<slug:slug>/requirements/<id:pk>/edit/",
        views.requirement_edit,
        name="requirement-edit",
    ),
]
