from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_start, name="verify"),
    path("verify/credential/", views.verify_credential, name="verify-credential"),
    path("verify/<str:code>/", views.verify_code, name="verify-code"),
    path("certificates/", views.certificate_list, name="list"),
    path("certificates/provider-export/", views.provider_export, name="provider-export"),
    path("certificates/review-notes/", views.review_notes, name="review-notes"),
    path("certificates/evaluations/", views.evaluation_report, name="evaluations"),
    path(
        "certificates/evaluations.csv",
        views.evaluation_report,
        {"fmt": "csv"},
        name="evaluations-csv",
    ),
    path(
        "certificates/institution/<slug:slug>/",
        views.institution_certificates,
        name="institution",
    ),
    path("certificates/<id:pk>/", views.certificate_detail, name="detail"),
    path("certificates/<id:pk>/pdf/", views.certificate_pdf, name="pdf"),
    path(
        "certificates/<id:pk>/credential.jwt",
        views.certificate_credential_download,
        name="credential-download",
    ),
    path("certificates/<id:pk>/wallet/", views.certificate_wallet_offer, name="wallet-offer"),
    path(
        ".well-known/openid-credential-issuer",
        views.oid4vci_issuer_metadata,
        name="oid4vci-issuer-metadata",
    ),
    path(
        ".well-known/oauth-authorization-server",
        views.oid4vci_authorization_server_metadata,
        name="oid4vci-as-metadata",
    ),
    path("oid4vci/token", views.oid4vci_token, name="oid4vci-token"),
    path("oid4vci/credential", views.oid4vci_credential, name="oid4vci-credential"),
    path("certificates/<id:pk>/revoke/", views.certificate_revoke_view, name="revoke"),
    path("transcript/", views.transcript, name="transcript"),
    path("transcript.csv", views.transcript, {"fmt": "csv"}, name="transcript-csv"),
    path("transcript.pdf", views.transcript, {"fmt": "pdf"}, name="transcript-pdf"),
    path(".well-known/jwks.json", views.jwks_view, name="jwks"),
    path(".well-known/keys/<str:thumbprint>", views.issuer_key_view, name="issuer-key"),
    path("credentials/status/<id:pk>/", views.status_list_view, name="status-list"),
    path(".well-known/openbadges-issuer.json", views.issuer_profile_view, name="issuer-profile"),
]
