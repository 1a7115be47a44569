"""Page cache invalidation for institutions and memberships (wired in InstitutionsConfig.ready):
a member's role decides the compliance links in their page header, which also shows the
institution's name. Roster imports write memberships in bulk and bump the people they changed
themselves (compliance/rosters.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import pagecache

from .models import Institution, Membership


@receiver(post_save, sender=Institution, dispatch_uid="institutions.pagecache.institution_save")
def bump_pages_of_members(sender, instance: Institution, **kwargs) -> None:
    pagecache.bump_users(
        Membership.objects.filter(institution_id=instance.pk).values_list("user_id", flat=True)
    )


@receiver(post_delete, sender=Institution, dispatch_uid="institutions.pagecache.institution_delete")
def bump_pages_of_everyone(sender, instance: Institution, **kwargs) -> None:
    pagecache.bump_content()  # its memberships are gone already; rare enough to start over


@receiver(post_save, sender=Membership, dispatch_uid="institutions.pagecache.membership_save")
@receiver(post_delete, sender=Membership, dispatch_uid="institutions.pagecache.membership_delete")
def bump_pages_of_member(sender, instance: Membership, **kwargs) -> None:
    pagecache.bump_users([instance.user_id])
