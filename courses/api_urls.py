from django.urls import path

from .api import CourseEnrollView, EnrollmentListView, LessonCompleteView

urlpatterns = [
    path("courses/<id:pk>/enroll/", CourseEnrollView.as_view(), name="api-course-enroll"),
    path("enrollments/", EnrollmentListView.as_view(), name="api-enrollment-list"),
    path("lessons/<id:pk>/complete/", LessonCompleteView.as_view(), name="api-lesson-complete"),
]
