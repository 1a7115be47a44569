from django.contrib import admin

from .models import Department, Institution, Membership


class DepartmentInline(admin.TabularInline):
    model = Department
    extra = 0


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "created_at"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [DepartmentInline]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "institution"]
    list_filter = ["institution"]
    search_fields = ["name"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "institution",
        "department",
        "role",
        "job_title",
        "employee_id",
        "is_active",
        "invitation_pending",
        "joined_at",
    ]
    list_filter = ["institution", "role", "is_active", "invitation_pending"]
    search_fields = ["user__email", "employee_id", "job_title"]
    raw_id_fields = ["user"]
    list_select_related = ["user", "institution", "department"]
