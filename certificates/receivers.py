"""One-line receivers of lower apps' domain signals (wired in CertificatesConfig.ready), and the
verification page's and the holder's page cache invalidation."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import pagecache
from core.transactions import now_and_after_commit
from courses.signals import enrollment_completed

from .models import Certificate
from .selectors import verify_cache_key, verify_page_dependency
from .tasks import certificate_issue_task


@receiver(enrollment_completed, dispatch_uid="certificates.issue_on_completion")
def issue_certificate(sender, completion, **kwargs) -> None:
    # The signal is sent after the completion's commit: queue now (a failure here is logged by
    # the sender's robust on-commit hook, and the sweep issues the certificate later).
    certificate_issue_task.delay(completion.pk)


@receiver(post_save, sender=Certificate, dispatch_uid="certificates.verify_cache_save")
@receiver(post_delete, sender=Certificate, dispatch_uid="certificates.verify_cache_delete")
def forget_verified_certificate(sender, instance: Certificate, **kwargs) -> None:
    key = verify_cache_key(instance.code)
    now_and_after_commit(lambda: cache.delete(key))
    pagecache.bump(verify_page_dependency(instance.code))


@receiver(post_save, sender=Certificate, dispatch_uid="certificates.pagecache.save")
@receiver(post_delete, sender=Certificate, dispatch_uid="certificates.pagecache.delete")
def bump_pages_of_holder(sender, instance: Certificate, **kwargs) -> None:
    """The certificate shows on its holder's course page."""
    pagecache.bump_users([instance.user_id])
