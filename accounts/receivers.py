"""Page cache invalidation for the user row (wired in AccountsConfig.ready): a learner's name,
profession and status show on their own kept pages."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import pagecache


@receiver(post_save, sender=get_user_model(), dispatch_uid="accounts.pagecache.save")
@receiver(post_delete, sender=get_user_model(), dispatch_uid="accounts.pagecache.delete")
def bump_pages_of_user(sender, instance, **kwargs) -> None:
    pagecache.bump_users([instance.pk])
