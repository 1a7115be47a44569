"""Certificates API (/api/v1/): thin views — validate, call one service or selector, serialize."""

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api_errors import error_response

from .credentials import credential_jwt
from .selectors import certificate_get_by_code, certificate_get_for_owner, certificates_for_user
from .serializers import (
    CertificateSerializer,
    ClaimSerializer,
    CredentialSerializer,
    CredentialVerifyRequestSerializer,
    CredentialVerifyResultSerializer,
    EvaluationSerializer,
    VerificationSerializer,
)
from .services import (
    activity_evaluation_submit,
    certificate_claim_credit,
    certificate_pdf_bytes,
)
from .throttles import VerifyRateThrottle
from .verification import credential_verify

_TAGS = ["certificates"]


@extend_schema(tags=_TAGS)
class CertificateListApi(generics.ListAPIView):
    """The signed-in learner's own certificates, newest first."""

    permission_classes = [IsAuthenticated]
    serializer_class = CertificateSerializer

    def get_queryset(self):
        return certificates_for_user(user=self.request.user).prefetch_related("extra_credits")


@extend_schema(tags=_TAGS)
class CertificateDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: CertificateSerializer})
    def get(self, request, pk: int):
        certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
        return Response(CertificateSerializer(certificate).data)


def pdf_response(*, certificate, data: bytes) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.display_code}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@extend_schema(tags=_TAGS)
class CertificatePdfApi(APIView):
    """The certificate PDF; only its owner may download it (anyone else gets 404)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses={(200, "application/pdf"): OpenApiTypes.BINARY})
    def get(self, request, pk: int):
        certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
        return pdf_response(
            certificate=certificate, data=certificate_pdf_bytes(certificate=certificate)
        )


@extend_schema(tags=_TAGS)
class CertificateCredentialApi(APIView):
    """The Open Badges 3.0 credential as a VC-JWT, wrapped as ``{"credential": "<jwt>"}``.

    The header's ``kid`` is the https URL of the public key (also listed at
    ``/.well-known/jwks.json``). A revoked certificate answers 409."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        responses={200: CredentialSerializer, 409: OpenApiResponse(description="revoked")}
    )
    def get(self, request, pk: int):
        certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
        if certificate.revoked_at is not None:
            return error_response(
                status_code=409,
                code="revoked",
                message="This certificate was revoked and cannot be exported as a credential.",
            )
        return Response({"credential": credential_jwt(certificate), "format": "vc+jwt"})


@extend_schema(tags=_TAGS)
class CertificateClaimApi(APIView):
    """Claim credit once per credit type: 0 < amount ≤ the designated maximum (AMA credit in
    steps of 0.25), by an eligible profession, after the evaluation, with ``attest: true``, on a
    valid certificate; ``credit_type`` picks one of a jointly accredited course's types."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=ClaimSerializer,
        responses={200: CertificateSerializer},
        examples=[OpenApiExample("Claim", value={"amount": "0.75"}, request_only=True)],
    )
    def post(self, request, pk: int):
        certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
        serializer = ClaimSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        certificate = certificate_claim_credit(
            certificate=certificate,
            user=request.user,
            amount=serializer.validated_data["amount"],
            attested=serializer.validated_data["attest"],
            credit_type=serializer.validated_data["credit_type"],
        )
        return Response(CertificateSerializer(certificate).data)


@extend_schema(tags=_TAGS)
class CertificateEvaluationApi(APIView):
    """Evaluate the activity (once), which a credit claim requires."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=EvaluationSerializer, responses={201: EvaluationSerializer})
    def post(self, request, pk: int):
        certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
        serializer = EvaluationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        evaluation = activity_evaluation_submit(
            certificate=certificate, user=request.user, **serializer.validated_data
        )
        return Response(EvaluationSerializer(evaluation).data, status=201)


@extend_schema(tags=["verification"])
class VerifyApi(APIView):
    """Public verification by code (case, spaces and dashes do not matter). Unknown → 404."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes = [VerifyRateThrottle]

    @extend_schema(
        responses={200: VerificationSerializer, 404: OpenApiResponse(description="not found")}
    )
    def get(self, request, code: str):
        certificate = certificate_get_by_code(code=code)
        if certificate is None:
            return error_response(
                status_code=404, code="not_found", message="No certificate matches this code."
            )
        return Response(VerificationSerializer(certificate).data)


@extend_schema(tags=["verification"])
class VerifyCredentialApi(APIView):
    """Verify an Open Badges credential (VC-JWT) issued by this site: the key is taken from the
    site's published keys (never from the token), then the claims, validity period and
    revocation status are checked. Always 200 with ``status`` valid / revoked / expired /
    invalid and the reasons in ``errors``."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes = [VerifyRateThrottle]

    @extend_schema(
        request=CredentialVerifyRequestSerializer,
        responses={200: CredentialVerifyResultSerializer},
    )
    def post(self, request):
        serializer = CredentialVerifyRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        check = credential_verify(token=serializer.validated_data["credential"])
        return Response(
            {
                "status": check.status,
                "errors": check.errors,
                "credential": check.claims,
            }
        )
