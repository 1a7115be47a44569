from wagtail import hooks
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


@hooks.register("my_learning_sections")
def compliance_my_learning(*, request, enrollments) -> list[dict]:
    """ "Assigned to you, due <date>": the learner's open requirements, soonest first."""
    from institutions.compliance.selectors import member_requirements

    user = request.user
    if not getattr(user, "is_authenticated", False):
        return []
    items = []
    for membership in user.memberships.filter(is_active=True).select_related("institution"):
        for row in member_requirements(
            institution=membership.institution, membership_id=membership.id
        ):
            if row.status != "completed" or row.expiring_soon:
                items.append(
                    {
                        "course": row.requirement.course,
                        "institution": membership.institution.name,
                        "due_on": row.due_on,
                        "status": row.status,
                        "expiring_soon": row.expiring_soon,
                        "row": row,
                    }
                )
    if not items:
        return []
    items.sort(key=lambda i: i["due_on"])
    return [
        {
            "template": "institutions/_my_learning.html",
            "context": {"items": items},
            "placement": "top",
        }
    ]


@hooks.register("my_learning_sections")
def invitations_my_learning(*, request, enrollments) -> list[dict]:
    """Invitations waiting for the learner's answer, each linking to its accept page."""
    user = request.user
    if not getattr(user, "is_authenticated", False):
        return []
    pending = list(
        user.memberships.filter(invitation_pending=True)
        .select_related("institution")
        .order_by("institution__name")
    )
    if not pending:
        return []
    return [
        {
            "template": "institutions/_my_invitations.html",
            "context": {"invitations": pending},
            "placement": "top",
        }
    ]
