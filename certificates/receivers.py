"""One-line receivers of lower apps' domain signals (wired in CertificatesConfig.ready)."""

from django.dispatch import receiver

from courses.signals import enrollment_completed

from .services import certificate_issue


@receiver(enrollment_completed, dispatch_uid="certificates.issue_on_completion")
def issue_certificate(sender, completion, **kwargs) -> None:
    certificate_issue(completion=completion)
