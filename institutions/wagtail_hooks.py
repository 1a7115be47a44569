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
    list_display = ["user", "institution", "department", "role", "is_active"]
    list_filter = ["institution", "role", "is_active"]
    search_fields = ["employee_id", "job_title"]
    search_backend_name = None


class InstitutionsGroup(SnippetViewSetGroup):
    menu_label = "Institutions"
    menu_icon = "site"
    menu_order = 300
    items = (InstitutionViewSet, DepartmentViewSet, MembershipViewSet)


register_snippet(InstitutionsGroup)


def _open_requirements(user) -> list[dict]:
    """The learner's open (or expiring) requirements across their institutions."""
    from institutions.compliance.selectors import member_requirements

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
    items.sort(key=lambda i: i["due_on"])
    return items


@hooks.register("my_learning_enrollment_due")
def compliance_enrollment_due(*, request, enrollments) -> dict[int, dict]:
    """Due date, status and who assigned it, on the row of each required course."""
    from institutions.compliance.selectors import ComplianceStatus

    if not getattr(request.user, "is_authenticated", False):
        return {}
    by_course = {e.course_id: e.pk for e in enrollments}
    due: dict[int, dict] = {}
    for item in _open_requirements(request.user):
        enrollment_id = by_course.get(item["course"].pk)
        if enrollment_id is not None and enrollment_id not in due:
            due[enrollment_id] = {
                "due_on": item["due_on"],
                "assigned_by": item["institution"],
                "status": ComplianceStatus.LABELS.get(item["status"], item["status"]),
                "badge": ComplianceStatus.BADGE.get(item["status"], ""),
                "overdue": item["status"] == "overdue",
            }
    return due


@hooks.register("my_learning_sections")
def compliance_my_learning(*, request, enrollments) -> list[dict]:
    """Required courses the learner is not enrolled in yet (the others show on their row)."""
    if not getattr(request.user, "is_authenticated", False):
        return []
    enrolled = {e.course_id for e in enrollments}
    items = [i for i in _open_requirements(request.user) if i["course"].pk not in enrolled]
    if not items:
        return []
    return [
        {
            "template": "institutions/_my_learning.html",
            "context": {"items": items},
            "placement": "top",
        }
    ]
