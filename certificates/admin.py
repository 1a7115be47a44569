from django.contrib import admin

from .models import Certificate


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    """Read-only: certificates change only through services (claim, revoke, render)."""

    list_display = ["code", "learner_name", "course_title", "completed_at", "revoked_at"]
    list_filter = ["credit_type_slug", "institution"]
    search_fields = ["code", "learner_name", "course_title", "user__email"]
    list_select_related = ["user"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
