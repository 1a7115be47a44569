from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Department, Institution, Membership


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    list_display = ["name", "slug", "kind"]
    search_fields = ["name", "slug"]
    # Admin listings search with the ORM (icontains on these columns): the search backend
    # refuses fields it does not index and SQLite full-text tables miss some columns.
    search_backend_name = None


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    list_display = ["name", "institution"]
    list_filter = ["institution"]
    search_fields = ["name"]
    search_backend_name = None


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    list_display = ["user", "institution", "department", "role", "is_active", "invitation_pending"]
    list_filter = ["institution", "role", "is_active", "invitation_pending"]
    search_fields = ["employee_id", "job_title"]
    search_backend_name = None


class InstitutionsGroup(SnippetViewSetGroup):
    menu_label = "Institutions"
    menu_icon = "site"
    menu_order = 300
    items = (InstitutionViewSet, DepartmentViewSet, MembershipViewSet)


register_snippet(InstitutionsGroup)
