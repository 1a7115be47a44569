from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("quizzes/<id:quiz_id>/", views.quiz_detail, name="quiz"),
    path("attempts/<id:attempt_id>/", views.attempt_take, name="attempt"),
    path("attempts/<id:attempt_id>/result/", views.attempt_result_view, name="result"),
]
