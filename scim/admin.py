"""Platform staff: issue and revoke any institution's SCIM tokens, read the audit trail."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from .models import ScimEvent, ScimToken
from .tokens import scim_token_create, scim_token_revoke


@admin.register(ScimToken)
class ScimTokenAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "institution",
        "prefix",
        "created_by",
        "created_at",
        "last_used_at",
        "revoked_at",
    )
    list_filter = ("institution",)
    search_fields = ("name", "institution__name", "prefix")
    fields = ("institution", "name")
    actions = ["revoke"]

    def get_readonly_fields(self, request, obj=None):
        # A token is never edited: created here (secret shown once) or revoked.
        return ("institution", "name") if obj is not None else ()

    def save_model(self, request, obj, form, change):
        if change:
            return
        token, raw = scim_token_create(
            actor=request.user, institution=obj.institution, name=obj.name
        )
        obj.pk = token.pk
        messages.warning(
            request,
            format_html("Copy the token now, it is shown only once: <code>{}</code>", raw),
        )

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset):
        for token in queryset:
            try:
                scim_token_revoke(actor=request.user, institution=token.institution, token=token)
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))


@admin.register(ScimEvent)
class ScimEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "institution", "action", "target", "actor", "token")
    list_filter = ("action", "institution")
    search_fields = ("target",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
