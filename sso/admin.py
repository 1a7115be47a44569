from django.contrib import admin

from .models import EmailDomain, IdentityProvider


@admin.register(IdentityProvider)
class IdentityProviderAdmin(admin.ModelAdmin):
    list_display = [
        "institution",
        "protocol",
        "is_enabled",
        "update_profile_on_login",
        "password_login_disabled",
    ]
    list_filter = ["protocol", "is_enabled", "password_login_disabled"]
    search_fields = ["institution__name", "institution__slug"]
    list_select_related = ["institution"]


@admin.register(EmailDomain)
class EmailDomainAdmin(admin.ModelAdmin):
    list_display = ["domain", "institution"]
    list_filter = ["institution"]
    search_fields = ["domain"]
    list_select_related = ["institution"]
