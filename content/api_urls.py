from django.urls import path

from .api import CourseDetailView, CourseListView

urlpatterns = [
    path("courses/", CourseListView.as_view(), name="api-course-list"),
    path("courses/<id:pk>/", CourseDetailView.as_view(), name="api-course-detail"),
]
