"""Page cache invalidation for quizzes (wired in QuizzesConfig.ready): a course's final quiz
shows on its pages for everyone, a learner's attempts (status, best score) on their own. And the
kept quiz banks (quizzes.bank): any change to a quiz, its questions, pools or draw rules, a
question, its choices or a case makes them stale."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import pagecache

from . import bank
from .models import Attempt, Quiz


@receiver(post_save, sender=Quiz, dispatch_uid="quizzes.pagecache.quiz_save")
@receiver(post_delete, sender=Quiz, dispatch_uid="quizzes.pagecache.quiz_delete")
def bump_pages_of_everyone(sender, instance: Quiz, **kwargs) -> None:
    pagecache.bump_content()


@receiver(post_save, sender=Attempt, dispatch_uid="quizzes.pagecache.attempt_save")
@receiver(post_delete, sender=Attempt, dispatch_uid="quizzes.pagecache.attempt_delete")
def bump_pages_of_learner(sender, instance: Attempt, **kwargs) -> None:
    pagecache.bump_users([instance.user_id])


bank.connect_receivers()
