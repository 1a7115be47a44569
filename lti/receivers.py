"""Score passback: every submitted attempt (the pass and each later submission) is sent to the
gradebook columns the learner's LTI courses hold for its quiz."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from quizzes.models import Attempt

from .models import QuizLineItem
from .services import bump_graded_quizzes, score_publishes_record


@receiver(post_save, sender=Attempt, dispatch_uid="lti_attempt_scores")
def _attempt_saved(sender, instance: Attempt, **kwargs) -> None:
    if instance.submitted_at is not None:
        score_publishes_record(attempt=instance)


@receiver(post_save, sender=QuizLineItem, dispatch_uid="lti_graded_quizzes_save")
@receiver(post_delete, sender=QuizLineItem, dispatch_uid="lti_graded_quizzes_delete")
def _gradebook_column_changed(sender, instance: QuizLineItem, **kwargs) -> None:
    bump_graded_quizzes()
