"""Django admin: registrations and deployments are django-lti's (LTI registrations, with their
deployments inline); here each deployment gets its institution, and platform courses (contexts)
get a "Pull roster" action."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from lti_tool.models import LtiContext
from pylti1p3.exception import LtiException

from .models import DeploymentInstitution, RosterSync, ScorePublish
from .services import roster_pull


@admin.register(DeploymentInstitution)
class DeploymentInstitutionAdmin(admin.ModelAdmin):
    list_display = ["deployment", "registration", "institution", "created_at"]
    list_select_related = ["deployment__registration", "institution"]
    raw_id_fields = ["deployment"]

    @admin.display(description="registration")
    def registration(self, obj: DeploymentInstitution) -> str:
        return str(obj.deployment.registration)


@admin.register(LtiContext)
class LtiContextAdmin(admin.ModelAdmin):
    list_display = ["title", "label", "id_on_platform", "deployment", "memberships_url"]
    list_select_related = ["deployment__registration"]
    actions = ["pull_roster"]

    @admin.action(description="Pull roster (Names and Role Provisioning)")
    def pull_roster(self, request, queryset) -> None:
        for context in queryset.select_related("deployment__registration"):
            try:
                sync = roster_pull(context=context, requested_by=request.user)
            except (ValidationError, LtiException) as exc:
                self.message_user(request, f"{context}: {exc}", level=messages.ERROR)
                continue
            self.message_user(
                request,
                f"{context}: {sync.members} members, {sync.created} new, {sync.updated} updated, "
                f"{len(sync.refused)} refused.",
            )


@admin.register(ScorePublish)
class ScorePublishAdmin(admin.ModelAdmin):
    list_display = ["attempt", "lineitem", "score_given", "status", "tries", "sent_at"]
    list_filter = ["status"]
    list_select_related = ["attempt__quiz", "attempt__user", "lineitem"]
    readonly_fields = [f.name for f in ScorePublish._meta.fields]


@admin.register(RosterSync)
class RosterSyncAdmin(admin.ModelAdmin):
    list_display = ["context", "requested_by", "members", "created", "updated", "created_at"]
    readonly_fields = [f.name for f in RosterSync._meta.fields]
