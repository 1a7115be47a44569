"""Learner API: enroll, own enrollments with progress, complete a lesson (thin views)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import generics, serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from content.api import PageURLField
from content.models import CoursePage, LessonPage
from content.selectors import lesson_course

from .models import Enrollment
from .selectors import course_progress, enrollment_get, enrollments_with_progress
from .services import enrollment_get_or_create, lesson_complete


class ProgressSerializer(serializers.Serializer):
    done = serializers.IntegerField()
    total = serializers.IntegerField()
    percent = serializers.IntegerField()


class EnrollmentCourseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = PageURLField()


class EnrollmentSerializer(serializers.ModelSerializer):
    course = EnrollmentCourseSerializer()
    institution = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    progress = serializers.SerializerMethodField()

    class Meta:
        model = Enrollment
        fields = [
            "id",
            "course",
            "source",
            "institution",
            "started_at",
            "completed_at",
            "quiz_passed_at",
            "cycle",
            "last_lesson",
            "progress",
        ]
        read_only_fields = fields

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, enrollment) -> dict:
        return course_progress(enrollment=enrollment)


class LessonProgressSerializer(serializers.Serializer):
    lesson = serializers.IntegerField(source="lesson_id")
    enrollment = serializers.IntegerField(source="enrollment_id")
    cycle = serializers.IntegerField()
    completed_at = serializers.DateTimeField()
    progress = ProgressSerializer()
    course_completed = serializers.BooleanField()


ENROLLMENT_EXAMPLE = {
    "id": 42,
    "course": {
        "id": 5,
        "title": "Patient privacy and confidentiality online",
        "url": "https://ethos.example/catalog/patient-privacy-online/",
    },
    "source": "self",
    "institution": None,
    "started_at": "2026-03-02T09:15:00Z",
    "completed_at": None,
    "quiz_passed_at": None,
    "cycle": 1,
    "last_lesson": 11,
    "progress": {"done": 2, "total": 5, "percent": 40},
}


@extend_schema(
    tags=["learning"],
    summary="Enroll in a course (idempotent)",
    request=None,
    responses={
        201: OpenApiResponse(EnrollmentSerializer, description="Enrolled now."),
        200: OpenApiResponse(EnrollmentSerializer, description="Already enrolled; unchanged."),
        404: OpenApiResponse(description="No published course with this id."),
    },
    examples=[OpenApiExample("Enrollment", value=ENROLLMENT_EXAMPLE, response_only=True)],
)
class CourseEnrollView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk: int):
        course = get_object_or_404(CoursePage.objects.live().public(), pk=pk)
        # Whether this request created it comes from the insert itself, so of concurrent
        # requests exactly one answers 201.
        enrollment, created = enrollment_get_or_create(user=request.user, course=course)
        enrollment = enrollments_with_progress(user=request.user).get(pk=enrollment.pk)
        data = EnrollmentSerializer(enrollment, context={"request": request}).data
        return Response(data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


@extend_schema(
    tags=["learning"],
    summary="Your enrollments with progress",
    examples=[
        OpenApiExample(
            "Enrollments",
            value={"count": 1, "next": None, "previous": None, "results": [ENROLLMENT_EXAMPLE]},
            response_only=True,
        )
    ],
)
class EnrollmentListView(generics.ListAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = EnrollmentSerializer

    def get_queryset(self):
        return enrollments_with_progress(user=self.request.user)


@extend_schema(
    tags=["learning"],
    summary="Mark a lesson complete (enrolled learners only; idempotent)",
    request=None,
    responses={
        200: LessonProgressSerializer,
        403: OpenApiResponse(description="Not enrolled in the lesson's course."),
        404: OpenApiResponse(description="No published lesson with this id."),
    },
    examples=[
        OpenApiExample(
            "Completed",
            value={
                "lesson": 11,
                "enrollment": 42,
                "cycle": 1,
                "completed_at": "2026-03-02T09:40:00Z",
                "progress": {"done": 3, "total": 5, "percent": 60},
                "course_completed": False,
            },
            response_only=True,
        )
    ],
)
class LessonCompleteView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk: int):
        lesson = get_object_or_404(LessonPage.objects.live().public(), pk=pk)
        course = lesson_course(lesson)
        if enrollment_get(user=request.user, course=course) is None:
            raise PermissionDenied(f"Enroll in “{course.title}” before completing its lessons.")
        progress = lesson_complete(user=request.user, lesson=lesson)
        enrollment = Enrollment.objects.get(pk=progress.enrollment_id)
        progress.progress = course_progress(enrollment=enrollment)
        progress.course_completed = enrollment.completed_at is not None
        return Response(LessonProgressSerializer(progress).data)
