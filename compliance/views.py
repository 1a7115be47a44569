"""Pages for institution admins and managers: dashboard, drill-down, member detail, roster
import and requirement editing. Thin: resolve the scope (404 for anyone else), call selectors or
one service, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from compliance.models import Assignment, Requirement, RosterImport, Weekday
from content.models import CoursePage
from core.formatting import display_date
from institutions.permissions import user_can_administer
from institutions.selectors import institution_get_for_admin, membership_get

from .calendar import calendar_feed_user, learner_calendar
from .charts import bar_chart, line_chart
from .forms import ComplianceFilterForm, MemberActionForm, RequirementForm, RosterUploadForm
from .invitations import (
    invitation_accept,
    invitation_decline,
    invitation_get_for_invitee,
    invitation_resend,
)
from .member_actions import (
    member_actions_assign,
    member_actions_exempt,
    member_actions_extend,
    member_actions_remind,
)
from .report_pdf import compliance_report_pdf
from .reports import report_candidates, report_recipients_set
from .rosters import (
    roster_check_upload,
    roster_decode,
    roster_import_create,
    roster_import_process,
    roster_template_csv,
)
from .selectors import (
    ComplianceStatus,
    StatusReading,
    compliance_list,
    compliance_summary,
    compliance_trend,
    member_actions_for,
    member_email_history,
    member_learning,
    member_requirements,
    report_scope,
    requirement_audience_preview,
    requirements_for,
)
from .services import requirement_create, requirement_update

PAGE_SIZE = 25


def _dashboard(request, slug: str, department_id: int | None = None):
    scope = report_scope(user=request.user, slug=slug)
    department = scope.department(department_id)
    form = ComplianceFilterForm(request.GET or None, scope=scope)
    f = form.filters()
    if department is not None:
        f["department_id"] = department.id
    # One reading of the precomputed statuses for the summary and the three lists: whether any
    # row is out of date and the precomputed counts are read once for the page.
    reading = StatusReading(institution=scope.institution)
    summary = compliance_summary(
        institution=scope.institution,
        department_ids=scope.department_ids,
        department=department,
        reading=reading,
    )
    base = {
        "institution": scope.institution,
        "department_ids": scope.department_ids,
        "reading": reading,
    }
    rows = compliance_list(
        **base,
        department=department or scope.department(f["department_id"]),
        requirement_id=f["requirement_id"],
        status=f["status"],
        search=f["search"],
        ordering=f["ordering"],
    )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    scoped = {**base, "department": department}
    overdue = compliance_list(**scoped, status=ComplianceStatus.OVERDUE, ordering="due")[:10]
    expiring = compliance_list(**scoped, status="expiring_soon", ordering="expires")[:10]
    trend = compliance_trend(institution=scope.institution) if department is None else []
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "institutions/compliance_dashboard.html",
        {
            "institution": scope.institution,
            "is_admin": scope.is_admin,
            "department": department,
            "summary": summary,
            "statuses": ComplianceStatus.LABELS,
            "badges": ComplianceStatus.BADGE,
            "department_chart": (
                bar_chart(
                    summary["by_department"],
                    href=lambda d: f"?department={d['id']}#members" if d["id"] else None,
                )
                if department is None
                else ""
            ),
            "requirement_chart": bar_chart(
                summary["by_requirement"], href=lambda r: f"?requirement={r['id']}#members"
            ),
            "kpi_tiles": [
                (status, summary["counts"][status], label)
                for status, label in (
                    (ComplianceStatus.OVERDUE, "overdue"),
                    (ComplianceStatus.DUE_SOON, "due within 30 days"),
                    (ComplianceStatus.EXPIRED, "expired"),
                    (ComplianceStatus.IN_PROGRESS, "in progress"),
                    (ComplianceStatus.NOT_STARTED, "not started"),
                )
            ],
            "scope_departments": [] if scope.is_admin else scope.departments(),
            "trend": trend,
            "trend_chart": line_chart(trend),
            "overdue": overdue,
            "expiring": expiring,
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "export_url": reverse("api-compliance-export", kwargs={"slug": slug})
            + (f"?{query.urlencode()}" if query else ""),
            "today": timezone.localdate(),
            "assignable_courses": CoursePage.objects.live().order_by("title").only("pk", "title")
            if scope.is_admin
            else [],
        },
    )


@login_required
def compliance_dashboard(request, slug: str):
    return _dashboard(request, slug)


@login_required
def compliance_department(request, slug: str, department_id: int):
    return _dashboard(request, slug, department_id)


@login_required
def compliance_member(request, slug: str, membership_id: int):
    scope = report_scope(user=request.user, slug=slug)
    member = membership_get(institution=scope.institution, membership_id=membership_id)
    if scope.department_ids is not None and member.department_id not in scope.department_ids:
        raise Http404("No membership matches the given query.")
    is_admin = user_can_administer(user=request.user, institution=scope.institution)
    rows = list(member_requirements(institution=scope.institution, membership_id=member.id))
    return render(
        request,
        "institutions/compliance_member.html",
        {
            "institution": scope.institution,
            "member": member,
            # An invited person's profile is theirs until they accept: show the address only.
            "member_name": member.user.email if member.invitation_pending else member.user.name,
            # An admin may resend the invitation of an invited person, or of an active member
            # who never signed in.
            "can_invite": (
                member.invitation_pending or (member.is_active and member.user.last_login is None)
            )
            and is_admin,
            # Admins see every reminder, escalation and invitation sent (or not) to the member.
            "deliveries": member_email_history(
                institution=scope.institution, membership_id=member.id
            )
            if is_admin
            else None,
            "rows": rows,
            "learning": member_learning(
                user_id=member.user_id, courses=[row.requirement.course for row in rows]
            ),
            "actions": member_actions_for(institution=scope.institution, membership_id=member.id),
            "can_act": member.is_active,
            "is_admin": is_admin,
            "assignable_courses": CoursePage.objects.live().order_by("title").only("pk", "title")
            if is_admin
            else [],
            "today": timezone.localdate(),
            "statuses": ComplianceStatus.LABELS,
            "badges": ComplianceStatus.BADGE,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def roster_import(request, slug: str):
    institution = institution_get_for_admin(user=request.user, slug=slug)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        try:
            roster_check_upload(filename=file.name, content_type=file.content_type, size=file.size)
            ri = roster_import_create(
                actor=request.user,
                institution=institution,
                filename=file.name,
                content=roster_decode(file.read()),
                auto_create_departments=form.cleaned_data["auto_create_departments"],
                deactivate_missing=form.cleaned_data["deactivate_missing"],
            )
        except ValidationError as exc:
            for message in exc.message_dict.get("file", exc.messages):
                form.add_error("file", message)
        else:
            if not ri.is_async:
                roster_import_process(roster_import_id=ri.pk)
            return redirect("compliance:roster-import-detail", slug=slug, pk=ri.pk)
    recent = RosterImport.objects.filter(institution=institution).select_related("uploaded_by")[:10]
    return render(
        request,
        "institutions/roster_import.html",
        {"institution": institution, "form": form, "recent": recent},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_GET
def roster_template(request, slug: str):
    """The roster CSV template (header and two example rows) for this institution."""
    institution = institution_get_for_admin(user=request.user, slug=slug)
    response = HttpResponse(
        roster_template_csv(institution=institution), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="roster-template.csv"'
    return response


@login_required
def roster_import_detail(request, slug: str, pk: int):
    institution = institution_get_for_admin(user=request.user, slug=slug)
    ri = get_object_or_404(RosterImport, pk=pk, institution=institution)
    return render(
        request,
        "institutions/roster_import_detail.html",
        {
            "institution": institution,
            "ri": ri,
            "status_url": reverse("api-roster-import-detail", kwargs={"slug": slug, "pk": pk}),
        },
    )


@login_required
def requirement_list(request, slug: str):
    institution = institution_get_for_admin(user=request.user, slug=slug)
    return render(
        request,
        "institutions/requirement_list.html",
        {"institution": institution, "requirements": requirements_for(institution=institution)},
    )


def _people(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'people'}"


def _requirement_values(data: dict) -> dict:
    values = {k: v for k, v in data.items() if k not in ("course", "departments")}
    values["roles"] = list(values.get("roles") or [])
    values["professions"] = list(values.get("professions") or [])
    return values


@login_required
@require_http_methods(["GET", "POST"])
def requirement_edit(request, slug: str, pk: int | None = None):
    institution = institution_get_for_admin(user=request.user, slug=slug)
    requirement = None
    initial = {"audience": "everyone", "due_rule": "after_assignment", "due_days": 30}
    if pk is not None:
        requirement = get_object_or_404(Requirement, pk=pk, institution=institution)
        initial = {
            "course": requirement.course_id,
            "audience": requirement.audience,
            "departments": list(requirement.departments.all()),
            "roles": requirement.roles,
            "professions": requirement.professions,
            "due_rule": requirement.due_rule,
            "due_days": requirement.due_days,
            "due_date": requirement.due_date,
            "recurrence_months": requirement.recurrence_months,
            "grace_days": requirement.grace_days,
            "is_active": requirement.is_active,
        }
    form = RequirementForm(
        request.POST or None, initial=initial, institution=institution, editing=requirement
    )
    preview = None
    if request.method == "POST" and form.is_valid() and "preview" in request.POST:
        data = form.cleaned_data
        preview = requirement_audience_preview(
            institution=institution,
            audience=data["audience"],
            departments=data["departments"],
            roles=data["roles"],
            professions=data["professions"],
        )
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if requirement is None:
                requirement = requirement_create(
                    actor=request.user,
                    institution=institution,
                    course=data["course"],
                    departments=data["departments"],
                    **_requirement_values(data),
                )
                messages.success(
                    request,
                    f"“{data['course'].title}” is now required: assigned to "
                    f"{_people(requirement.sync_result.added)}.",
                )
            else:
                requirement = requirement_update(
                    actor=request.user,
                    institution=institution,
                    requirement=requirement,
                    departments=data["departments"],
                    **_requirement_values(data),
                )
                result = requirement.sync_result
                messages.success(
                    request,
                    f"Requirement saved: {_people(result.added)} newly assigned, "
                    f"{_people(result.removed)} no longer in the audience.",
                )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for name, errors in exc.message_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, exc.messages)
        else:
            return redirect("compliance:requirement-list", slug=slug)
    return render(
        request,
        "institutions/requirement_form.html",
        {
            "institution": institution,
            "form": form,
            "requirement": requirement,
            "preview": preview,
        },
    )


@login_required
@require_POST
def member_invitation_resend(request, slug: str, membership_id: int):
    # Anyone but the institution's admins, and another institution's member, answer 404.
    institution = institution_get_for_admin(user=request.user, slug=slug)
    member = membership_get(institution=institution, membership_id=membership_id)
    try:
        invitation_resend(actor=request.user, membership=member)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, f"An invitation was sent to {member.user.email}.")
    return redirect("compliance:compliance-member", slug=institution.slug, membership_id=member.pk)


@require_GET
def calendar_feed(request, token: str):
    """The learner's due dates as iCalendar; the token is the credential (no session)."""
    user = calendar_feed_user(token)
    if user is None:
        raise Http404
    body = learner_calendar(
        user=user, base_url=request.build_absolute_uri("/").rstrip("/"), host=request.get_host()
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = 'inline; filename="ethos-due-dates.ics"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def invitation(request, membership_id: int):
    # Only the invited person sees (and answers) the invitation; for anyone else it is a 404.
    membership = invitation_get_for_invitee(user=request.user, membership_id=membership_id)
    if request.method == "POST":
        if request.POST.get("answer") == "accept":
            invitation_accept(user=request.user, membership=membership)
            messages.success(request, f"You are now a member of {membership.institution.name}.")
        else:
            invitation_decline(user=request.user, membership=membership)
            messages.info(request, f"You declined the invitation of {membership.institution.name}.")
        return redirect("/")
    return render(request, "institutions/invitation.html", {"membership": membership})


def _people_rows(n: int) -> str:
    return f"{n} member requirement{'' if n == 1 else 's'}"


@login_required
@require_POST
def member_actions(request, slug: str):
    """Send reminders now or extend due dates for the selected rows (admins, and managers for
    their departments); all or nothing, audited, then back to where the form was."""
    scope = report_scope(user=request.user, slug=slug)
    form = MemberActionForm(request.POST)
    back = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    back = back or reverse("compliance:compliance", args=[slug])
    if not form.is_valid():
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
        return redirect(back)
    data = form.cleaned_data
    try:
        if data["action"] == "remind":
            result = member_actions_remind(
                actor=request.user,
                institution=scope.institution,
                assignment_ids=data["assignments"],
            )
            text = f"Reminder sent now for {_people_rows(result.done)}."
            if result.skipped:
                text += f" {_people_rows(result.skipped)} had already been reminded today."
        elif data["action"] == "exempt":
            result = member_actions_exempt(
                actor=request.user,
                institution=scope.institution,
                assignment_ids=data["assignments"],
                until=data["until"],
                reason=data["reason"],
            )
            text = (
                f"{_people_rows(result.done).capitalize()} exempt until "
                f"{display_date(data['until'])}."
            )
        elif data["action"] == "assign":
            membership_ids = request.POST.getlist("members") or list(
                Assignment.objects.filter(
                    pk__in=data["assignments"], requirement__institution=scope.institution
                ).values_list("membership_id", flat=True)
            )
            result = member_actions_assign(
                actor=request.user,
                institution=scope.institution,
                membership_ids=membership_ids,
                course=data["course"],
                due_on=data["due_on"],
                reason=data["reason"],
            )
            title = data["course"].title if data["course"] else ""
            text = f"“{title}” assigned to {result.done} member{'' if result.done == 1 else 's'}."
            if result.skipped:
                text += f" {result.skipped} already had it."
        else:
            result = member_actions_extend(
                actor=request.user,
                institution=scope.institution,
                assignment_ids=data["assignments"],
                due_on=data["due_on"],
                reason=data["reason"],
            )
            text = (
                f"Due date moved to {display_date(data['due_on'])} for {_people_rows(result.done)}."
            )
    except (ValidationError, PermissionDenied) as exc:
        for message in getattr(exc, "messages", None) or [str(exc)]:
            messages.error(request, message)
        return redirect(back)
    messages.success(request, text)
    return redirect(back)


@login_required
@require_GET
def compliance_report(request, slug: str):
    """The printable compliance report (PDF) for the reader's scope."""
    scope = report_scope(user=request.user, slug=slug)
    label = (
        "All departments"
        if scope.department_ids is None
        else "Departments: " + ", ".join(d.name for d in scope.departments())
    )
    pdf = compliance_report_pdf(
        institution=scope.institution, department_ids=scope.department_ids, scope_label=label
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"compliance-{scope.institution.slug}-{timezone.localdate().isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def report_recipients(request, slug: str):
    """Admins choose which admins and managers get the weekly report, and on which day."""
    institution = institution_get_for_admin(user=request.user, slug=slug)
    candidates = list(report_candidates(institution=institution))
    current = [m for m in candidates if hasattr(m, "report_subscription")]
    weekday = current[0].report_subscription.weekday if current else 0
    errors: list[str] = []
    if request.method == "POST":
        try:
            chosen = [int(v) for v in request.POST.getlist("recipients")]
            day = int(request.POST.get("weekday", "-1"))
        except ValueError:
            errors.append("Choose recipients from the list and a day of the week.")
        else:
            try:
                kept = report_recipients_set(
                    actor=request.user,
                    institution=institution,
                    membership_ids=chosen,
                    weekday=day,
                )
            except ValidationError as exc:
                errors.extend(exc.messages)
            else:
                messages.success(
                    request,
                    f"{len(kept)} recipient{'' if len(kept) == 1 else 's'} will get the report "
                    f"every {Weekday(day).label}.",
                )
                return redirect("compliance:report-recipients", slug=slug)
    return render(
        request,
        "institutions/report_recipients.html",
        {
            "institution": institution,
            "candidates": candidates,
            "chosen": {m.pk for m in current},
            "weekday": weekday,
            "weekdays": Weekday.choices,
            "errors": errors,
        },
        status=400 if errors else 200,
    )
