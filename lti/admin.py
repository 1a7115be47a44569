"""Django admin: registrations and deployments are django-lti's (LTI registrations, with their
deployments inline); here each deployment gets its institution, and platform courses (contexts)
get a "Pull roster" action."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from lti_tool.models import Key, LtiContext, LtiDeployment
from pylti1p3.exception import LtiException

from .models import DeploymentInstitution, RosterSync, ScorePublish
from .services import roster_pull
from .tasks import score_publish_task


class DeploymentInstitutionInline(admin.StackedInline):
    model = DeploymentInstitution
    max_num = 1
    can_delete = True
    verbose_name = "Ethos institution"


@admin.register(LtiDeployment)
class LtiDeploymentAdmin(admin.ModelAdmin):
    """A deployment launches nobody until it is active and has its institution."""

    list_display = ["deployment_id", "registration", "is_active", "institution"]
    list_select_related = ["registration", "ethos_institution__institution"]
    list_filter = ["is_active"]
    fields = ["registration", "deployment_id", "is_active"]
    inlines = [DeploymentInstitutionInline]

    @admin.display(description="institution")
    def institution(self, obj: LtiDeployment) -> str:
        link = getattr(obj, "ethos_institution", None)
        return str(link.institution) if link else "— (launches refused)"


@admin.register(DeploymentInstitution)
class DeploymentInstitutionAdmin(admin.ModelAdmin):
    list_display = ["deployment", "registration", "institution", "created_at"]
    list_select_related = ["deployment__registration", "institution"]
    raw_id_fields = ["deployment"]

    @admin.display(description="registration")
    def registration(self, obj: DeploymentInstitution) -> str:
        return str(obj.deployment.registration)


@admin.register(Key)
class ToolKeyAdmin(admin.ModelAdmin):
    """Ethos's tool keys as published at /lti/jwks/ (the newest active one signs). New keys come
    from ``manage.py rotate_keys``; the private half is never shown."""

    list_display = ["__str__", "is_active", "datetime_created"]
    fields = ["public_key", "is_active", "datetime_created"]
    readonly_fields = ["public_key", "datetime_created"]

    def has_add_permission(self, request) -> bool:
        return False


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
    actions = ["send_again"]

    @admin.action(description="Send again (scores not sent yet)")
    def send_again(self, request, queryset) -> None:
        ids = list(queryset.exclude(status="sent").values_list("pk", flat=True))
        queryset.filter(pk__in=ids).update(status="pending")
        for pk in ids:
            score_publish_task.delay(pk)
        self.message_user(request, f"{len(ids)} score(s) queued.")


@admin.register(RosterSync)
class RosterSyncAdmin(admin.ModelAdmin):
    list_display = ["context", "requested_by", "members", "created", "updated", "created_at"]
    readonly_fields = [f.name for f in RosterSync._meta.fields]
