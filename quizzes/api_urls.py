from django.urls import path

from .api import AttemptStartView, AttemptSubmitView

urlpatterns = [
    path("quizzes/<id:quiz_id>/attempts/", AttemptStartView.as_view(), name="api-quiz-attempts"),
    path(
        "attempts/<id:attempt_id>/submit/", AttemptSubmitView.as_view(), name="api-attempt-submit"
    ),
]
