from django.urls import path

from . import apis

app_name = "certificates-api"

urlpatterns = [
    path("certificates/", apis.CertificateListApi.as_view(), name="list"),
    path("certificates/<id:pk>/", apis.CertificateDetailApi.as_view(), name="detail"),
    path("certificates/<id:pk>/pdf/", apis.CertificatePdfApi.as_view(), name="pdf"),
    path(
        "certificates/<id:pk>/credential/",
        apis.CertificateCredentialApi.as_view(),
        name="credential",
    ),
    path("certificates/<id:pk>/claim/", apis.CertificateClaimApi.as_view(), name="claim"),
    path("verify/credential/", apis.VerifyCredentialApi.as_view(), name="verify-credential"),
    path(
        "certificates/<id:pk>/evaluation/",
        apis.CertificateEvaluationApi.as_view(),
        name="evaluation",
    ),
    path("verify/<str:code>/", apis.VerifyApi.as_view(), name="verify"),
]
