from django.urls import path

from . import apis

app_name = "certificates-api"

urlpatterns = [
    path("certificates/", apis.CertificateListApi.as_view(), name="list"),
    path("certificates/<int:pk>/", apis.CertificateDetailApi.as_view(), name="detail"),
    path("certificates/<int:pk>/pdf/", apis.CertificatePdfApi.as_view(), name="pdf"),
    path(
        "certificates/<int:pk>/credential/",
        apis.CertificateCredentialApi.as_view(),
        name="credential",
    ),
    path("certificates/<int:pk>/claim/", apis.CertificateClaimApi.as_view(), name="claim"),
    path("verify/<str:code>/", apis.VerifyApi.as_view(), name="verify"),
]
