"""Page cache invalidation for a learner's own rows (wired in CoursesConfig.ready): enrolling,
ticking a lesson, a reflection note and a completion show on their course and lesson pages."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import pagecache

from .models import Completion, Enrollment, LessonProgress, ReflectionNote


@receiver(post_save, sender=Enrollment, dispatch_uid="courses.pagecache.enrollment_save")
@receiver(post_delete, sender=Enrollment, dispatch_uid="courses.pagecache.enrollment_delete")
@receiver(post_save, sender=Completion, dispatch_uid="courses.pagecache.completion_save")
@receiver(post_delete, sender=Completion, dispatch_uid="courses.pagecache.completion_delete")
@receiver(post_save, sender=ReflectionNote, dispatch_uid="courses.pagecache.note_save")
@receiver(post_delete, sender=ReflectionNote, dispatch_uid="courses.pagecache.note_delete")
def bump_pages_of_owner(sender, instance, **kwargs) -> None:
    pagecache.bump_users([instance.user_id])


@receiver(post_save, sender=LessonProgress, dispatch_uid="courses.pagecache.progress_save")
@receiver(post_delete, sender=LessonProgress, dispatch_uid="courses.pagecache.progress_delete")
def bump_pages_of_learner(sender, instance: LessonProgress, **kwargs) -> None:
    if LessonProgress.enrollment.is_cached(instance):
        user_ids = [instance.enrollment.user_id]
    else:  # deleted with its enrollment, that enrollment's own receiver bumps the learner
        user_ids = Enrollment.objects.filter(pk=instance.enrollment_id).values_list(
            "user_id", flat=True
        )
    pagecache.bump_users(user_ids)
