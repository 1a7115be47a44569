"""Refresh of the precomputed compliance statuses (compliance/status.py), wired in
ComplianceConfig.ready."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from certificates.models import Certificate
from compliance.models import Assignment, AssignmentStatus, Requirement
from courses.models import Enrollment
from institutions.models import Department, Membership

# --- Precomputed compliance statuses (compliance/status.py) ---------------------
# Saves of the rows a status is computed from refresh the statuses they change, in the same
# transaction. Bulk writes send no signal: the services that make them refresh explicitly
# (requirement sync and update, member actions, roster imports), and the daily run refreshes
# every row of the institution.


def _changed(update_fields, fields: set[str]) -> bool:
    return update_fields is None or bool(fields & set(update_fields))


def _refresh(where: Q) -> None:
    from compliance.services import assignment_statuses_refresh

    assignment_statuses_refresh(where=where)


@receiver(post_save, sender=Assignment, dispatch_uid="institutions.status.assignment_save")
def refresh_assignment_status(sender, instance: Assignment, update_fields=None, **kwargs) -> None:
    _refresh(Q(pk=instance.pk))


@receiver(post_save, sender=Membership, dispatch_uid="institutions.status.membership_save")
def refresh_member_statuses(sender, instance: Membership, update_fields=None, **kwargs) -> None:
    if not kwargs.get("created") and _changed(update_fields, {"department", "is_active"}):
        _refresh(Q(membership_id=instance.pk))


@receiver(post_save, sender=Enrollment, dispatch_uid="institutions.status.enrollment_save")
@receiver(post_delete, sender=Enrollment, dispatch_uid="institutions.status.enrollment_delete")
def refresh_statuses_of_learning(sender, instance: Enrollment, update_fields=None, **kwargs):
    if _changed(update_fields, {"last_lesson", "quiz_passed_at"}):
        _refresh(Q(membership__user_id=instance.user_id, requirement__course_id=instance.course_id))


@receiver(post_save, sender=Certificate, dispatch_uid="institutions.status.certificate_save")
@receiver(post_delete, sender=Certificate, dispatch_uid="institutions.status.certificate_delete")
def refresh_statuses_of_certificate(sender, instance: Certificate, update_fields=None, **kwargs):
    if _changed(update_fields, {"revoked_at", "issued_at", "expires_at", "user", "course"}):
        _refresh(Q(membership__user_id=instance.user_id, requirement__course_id=instance.course_id))


@receiver(post_save, sender=Requirement, dispatch_uid="institutions.status.requirement_save")
def invalidate_requirement_statuses(sender, instance: Requirement, **kwargs) -> None:
    # Grace days, renewal months or being active change every member's row: too many to
    # recompute in the request; marked out of date, they are computed live until the job runs.
    if not kwargs.get("created"):
        from compliance.services import assignment_statuses_invalidate

        assignment_statuses_invalidate(where=Q(requirement=instance))


@receiver(post_delete, sender=AssignmentStatus, dispatch_uid="institutions.status.status_delete")
def uncount_deleted_status(sender, instance: AssignmentStatus, **kwargs) -> None:
    # Cascaded from a deleted assignment, membership, requirement or account.
    if instance.counted:
        from collections import Counter

        from compliance.services import status_count_key, status_counts_apply

        status_counts_apply(Counter({status_count_key(instance): -1}))


@receiver(pre_delete, sender=Department, dispatch_uid="institutions.status.department_delete")
def invalidate_department_statuses(sender, instance: Department, **kwargs) -> None:
    # Its members' rows keep its id (and are counted under it) until refreshed; out of date
    # meanwhile, so they are computed live with the members' new department (none).
    from compliance.services import assignment_statuses_invalidate

    assignment_statuses_invalidate(
        where=Q(membership__department=instance) | Q(status_row__department_id=instance.pk)
    )
