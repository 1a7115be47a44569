from django.urls import path

from .api import AttemptStartView, AttemptSubmitView

urlpatterns = [
    path("quizzes/<int:quiz_id>/attempts/", AttemptStartView.as_view(), name="api-quiz-attempts"),
    path(
        "attempts/<int:attempt_id>/submit/", AttemptSubmitView.as_view(), name="api-attempt-submit"
    ),
]
