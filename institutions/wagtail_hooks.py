from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Department, Institution, Membership


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    list_display = ["name", "slug", "kind"]
    search_fields = ["name", "slug"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    list_display = ["name", "institution"]
    list_filter = ["institution"]
    search_fields = ["name"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    list_display = ["user", "institution", "department", "role", "is_active"]
    list_filter = ["institution", "role", "is_active"]
    search_fields = ["employee_id", "job_title"]


class InstitutionsGroup(SnippetViewSetGroup):
    menu_label = "Institutions"
    menu_icon = "site"
    menu_order = 300
    items = (InstitutionViewSet, DepartmentViewSet, MembershipViewSet)


register_snippet(InstitutionsGroup)
