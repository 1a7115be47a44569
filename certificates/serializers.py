from django.urls import reverse
from rest_framework import serializers

from .credentials import verification_url
from .models import Certificate, ObjectivesMet, PerceivedBias, PracticeChange


class ExtraCreditSerializer(serializers.Serializer):
    """A further credit type of a jointly accredited course, claimed separately."""

    credit_type = serializers.CharField(source="credit_type_slug")
    credit_type_name = serializers.CharField()
    credit_unit = serializers.CharField()
    credit_max = serializers.DecimalField(max_digits=5, decimal_places=2)
    credit_claimed = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True)
    claimed_at = serializers.DateTimeField(allow_null=True)
    designation_statement = serializers.CharField()
    accreditation_statement = serializers.CharField()


class CertificateSerializer(serializers.ModelSerializer):
    """A learner's own certificate: the snapshot, status, claim and download links."""

    code = serializers.CharField(source="display_code")
    status = serializers.CharField()
    verify_url = serializers.SerializerMethodField()
    pdf_url = serializers.SerializerMethodField()
    credential_url = serializers.SerializerMethodField()
    credit_type = serializers.CharField(source="credit_type_slug")
    can_claim = serializers.SerializerMethodField()
    other_credits = ExtraCreditSerializer(source="extra_credits", many=True, read_only=True)

    class Meta:
        model = Certificate
        fields = [
            "id",
            "code",
            "status",
            "learner_name",
            "course_title",
            "course_version",
            "completed_at",
            "issued_at",
            "expires_at",
            "revoked_at",
            "revoked_reason",
            "credit_type",
            "credit_type_name",
            "credit_unit",
            "credit_max",
            "credit_claimed",
            "claimed_at",
            "can_claim",
            "other_credits",
            "designation_statement",
            "accreditation_statement",
            "provider_name",
            "institution_name",
            "pdf_sha256",
            "verify_url",
            "pdf_url",
            "credential_url",
        ]

    def get_verify_url(self, obj: Certificate) -> str:
        return verification_url(obj.code)

    def get_pdf_url(self, obj: Certificate) -> str:
        return reverse("certificates-api:pdf", kwargs={"pk": obj.pk})

    def get_credential_url(self, obj: Certificate) -> str:
        return reverse("certificates-api:credential", kwargs={"pk": obj.pk})

    def get_can_claim(self, obj: Certificate) -> bool:
        return obj.credit_claim_open


class VerificationSerializer(serializers.ModelSerializer):
    """What anyone holding the code may see: no email, no reason, no internal ids."""

    code = serializers.CharField(source="display_code")
    status = serializers.CharField()
    credit_amount = serializers.SerializerMethodField()
    credit_claimed = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True)

    class Meta:
        model = Certificate
        fields = [
            "code",
            "status",
            "learner_name",
            "course_title",
            "course_version",
            "completed_at",
            "issued_at",
            "expires_at",
            "revoked_at",
            "credit_type_name",
            "credit_max",
            "credit_claimed",
            "credit_amount",
            "provider_name",
            "institution_name",
        ]

    def get_credit_amount(self, obj: Certificate) -> str | None:
        """The credit the certificate carries: the claim when made, else the maximum."""
        if not obj.has_credit:
            return None
        amount = obj.credit_claimed if obj.credit_claimed is not None else obj.credit_max
        return f"{amount:.2f}"


class ClaimSerializer(serializers.Serializer):
    amount = serializers.CharField(max_length=12)
    credit_type = serializers.CharField(
        max_length=50,
        required=False,
        allow_blank=True,
        default="",
        help_text=(
            "Which credit type to claim (a slug from other_credits); default: the certificate's "
            "own credit_type."
        ),
    )
    attest = serializers.BooleanField(
        default=False,
        help_text="True: I claim only the credit commensurate with the extent of my participation.",
    )


class EvaluationSerializer(serializers.Serializer):
    objectives_met = serializers.ChoiceField(choices=ObjectivesMet.choices)
    practice_change = serializers.ChoiceField(choices=PracticeChange.choices)
    practice_change_detail = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    perceived_bias = serializers.ChoiceField(choices=PerceivedBias.choices)
    bias_detail = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    comments = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    answers = serializers.DictField(
        required=False,
        default=dict,
        help_text=(
            "The course's own evaluation items: objective_<n> (yes, partly or no: did it meet "
            "objective n) and the keys of the questions its authors added."
        ),
    )


class CredentialSerializer(serializers.Serializer):
    credential = serializers.CharField(
        help_text="The OpenBadgeCredential as a VC-JWT (RS256; the kid URL names the key)."
    )
    format = serializers.CharField(default="vc+jwt")


class CredentialVerifyRequestSerializer(serializers.Serializer):
    credential = serializers.CharField(
        max_length=64 * 1024, trim_whitespace=True, help_text="A VC-JWT to verify."
    )


class CredentialVerifyResultSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["valid", "revoked", "expired", "invalid"])
    errors = serializers.ListField(child=serializers.CharField())
    credential = serializers.DictField(
        allow_null=True, help_text="The verified payload (null when the signature failed)."
    )
