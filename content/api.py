"""Public catalog API: GET /api/v1/courses/ and /api/v1/courses/{id}/ (anyone)."""

from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
)
from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny

from accounts.models import Profession

from .models import Level
from .selectors import LENGTHS, catalog_courses, catalog_search, course_final_quiz_id


@extend_schema_field(serializers.URLField(help_text="Absolute URL of the page."))
class PageURLField(serializers.Field):
    """A page's absolute URL on the host and port that served the request (the Wagtail Site
    record only decides the path), so the API never links to another host."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page) -> str:
        request = self.context.get("request")
        if request is None:
            return page.get_full_url()
        return request.build_absolute_uri(page.get_url(request=request))


class CreditSerializer(serializers.Serializer):
    type = serializers.CharField(source="credit_type.slug")
    name = serializers.CharField(source="credit_type.name")
    unit = serializers.CharField(source="credit_type.unit")
    amount = serializers.DecimalField(source="credit_amount", max_digits=5, decimal_places=2)
    designation_statement = serializers.CharField(source="credit_designation")


class CourseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    url = PageURLField()
    summary = serializers.CharField()
    estimated_minutes = serializers.IntegerField()
    level = serializers.ChoiceField(choices=Level.choices)
    audience = serializers.ListField(child=serializers.ChoiceField(choices=Profession.choices))
    version = serializers.CharField()
    credit = serializers.SerializerMethodField()
    lesson_count = serializers.IntegerField(help_text="Published lessons in the course.")

    @extend_schema_field(CreditSerializer(allow_null=True))
    def get_credit(self, page) -> dict | None:
        if page.credit_type is None:
            return None
        return CreditSerializer(page).data


class LessonSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = PageURLField()
    estimated_minutes = serializers.IntegerField()


class CourseDetailSerializer(CourseSerializer):
    objectives = serializers.ListField(child=serializers.CharField(), source="objective_list")
    references = serializers.ListField(child=serializers.CharField(), source="reference_list")
    lessons = serializers.SerializerMethodField()
    quiz = serializers.SerializerMethodField()

    @extend_schema_field(LessonSummarySerializer(many=True))
    def get_lessons(self, page) -> list:
        return LessonSummarySerializer(page.lessons(), many=True, context=self.context).data

    @extend_schema_field(
        serializers.IntegerField(allow_null=True, help_text="Id of the final quiz, or null.")
    )
    def get_quiz(self, page) -> int | None:
        return course_final_quiz_id(page)


COURSE_EXAMPLE = {
    "id": 5,
    "title": "Patient privacy and confidentiality online",
    "slug": "patient-privacy-online",
    "url": "https://ethos.example/catalog/patient-privacy-online/",
    "summary": "Why de-identified posts still identify people, and what to do instead.",
    "estimated_minutes": 75,
    "level": "introductory",
    "audience": ["nurse", "physician", "pharmacist", "student", "allied_health", "other"],
    "version": "1.0",
    "credit": {
        "type": "ancc-contact-hours",
        "name": "ANCC nursing contact hours",
        "unit": "contact hour",
        "amount": "1.25",
        "designation_statement": "This nursing continuing professional development activity "
        "awards a maximum of 1.25 contact hour(s). …",
    },
    "lesson_count": 5,
}


@extend_schema(
    tags=["catalog"],
    summary="Published course catalog",
    parameters=[
        OpenApiParameter("q", str, description="Search words (courses and their lessons)."),
        OpenApiParameter("profession", str, enum=Profession.values),
        OpenApiParameter("credit_type", str, description="Credit type slug, e.g. ama-pra-1."),
        OpenApiParameter("length", str, enum=list(LENGTHS)),
    ],
    examples=[
        OpenApiExample(
            "Catalog page",
            value={"count": 1, "next": None, "previous": None, "results": [COURSE_EXAMPLE]},
            response_only=True,
        )
    ],
)
class CourseListView(generics.ListAPIView):
    permission_classes = [AllowAny]
    serializer_class = CourseSerializer

    def get_queryset(self):
        params = self.request.query_params
        return catalog_search(
            q=params.get("q", "").strip(),
            profession=params.get("profession", ""),
            credit_type=params.get("credit_type", ""),
            length=params.get("length", ""),
        )


@extend_schema(
    tags=["catalog"],
    summary="One published course with its lessons and final quiz id",
    examples=[
        OpenApiExample(
            "Course",
            value={
                **COURSE_EXAMPLE,
                "objectives": ["Explain why a de-identified post can still identify a patient."],
                "references": ["Ventola CL. Social media and health care professionals. 2014."],
                "lessons": [
                    {
                        "id": 11,
                        "title": "Why de-identified posts still identify people",
                        "url": "https://ethos.example/catalog/patient-privacy-online/why-deidentified-posts-identify/",
                        "estimated_minutes": 15,
                    }
                ],
                "quiz": 3,
            },
            response_only=True,
        )
    ],
)
class CourseDetailView(generics.RetrieveAPIView):
    permission_classes = [AllowAny]
    serializer_class = CourseDetailSerializer

    def get_queryset(self):
        return catalog_courses()
