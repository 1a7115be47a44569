from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learn/courses/<id:course_id>/enroll/", views.enroll, name="enroll"),
    path("learn/courses/<id:course_id>/restart/", views.restart, name="restart"),
    path("learn/lessons/<id:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path(
        "learn/lessons/<id:lesson_id>/reflections/<str:block_id>/",
        views.save_reflection,
        name="save_reflection",
    ),
]
