"""Roster import: a CSV of staff creates or updates users and memberships, all rows or none.

Columns (header row required, any order, case-insensitive): email, name, department, job_title,
profession, role, employee_id. Only ``email`` is required. Rows are numbered as a spreadsheet
shows them: the header is row 1, the first person row 2.
"""

import csv
import io
import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from accounts.backends import forget_users
from accounts.models import Profession, User, strip_invisible
from compliance.models import RosterImport, RosterImportStatus
from core import pagecache
from core.redaction import register_sensitive
from institutions.models import Department, Institution, Membership, Role
from institutions.permissions import require_admin

from .invitations import invitations_create_for_import

logger = logging.getLogger(__name__)

COLUMNS = ("email", "name", "department", "job_title", "profession", "role", "employee_id")


def roster_template_csv(*, institution) -> str:
    """The roster CSV template an admin downloads: the header, then two example rows that the
    importer accepts as they are (a department of this institution where one exists), so a
    spreadsheet can be filled in from it. The example addresses use example.org (RFC 2606)."""
    from institutions.models import Role

    department = institution.departments.order_by("name").values_list("name", flat=True).first()
    department = department or "Emergency Department"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    examples = [
        ("a.nurse@example.org", "Alex Example", "Staff Nurse", Role.LEARNER, "E1001"),
        ("b.manager@example.org", "Blake Example", "Nurse Manager", Role.MANAGER, "E1002"),
    ]
    for email, name, job_title, role, employee_id in examples:
        writer.writerow([email, name, department, job_title, "nurse", role, employee_id])
    return buffer.getvalue()


MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ALLOWED_CONTENT_TYPES = {"text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"}
_PROGRESS_EVERY = 1000
_CHUNK = 500
_EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length
_ALIASES = {"employee id": "employee_id", "job title": "job_title", "e-mail": "email"}


@dataclass
class RosterRow:
    row: int
    email: str
    name: str = ""
    department: str = ""
    job_title: str = ""
    profession: str = ""
    role: str = ""
    employee_id: str = ""


@dataclass
class Parsed:
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def error(self, row: int, field_name: str, message: str) -> None:
        self.errors.append({"row": row, "field": field_name, "message": message})


def roster_check_upload(*, filename: str, content_type: str, size: int) -> None:
    """Uploads are .csv files of at most 5 MB; anything else is refused before reading."""
    if not filename.lower().endswith(".csv"):
        raise ValidationError({"file": "Upload a .csv file (comma-separated values)."})
    base_type = (content_type or "").split(";")[0].strip().lower()
    if base_type and base_type not in ALLOWED_CONTENT_TYPES:
        raise ValidationError({"file": f"Upload a CSV file; this file is {base_type}."})
    if size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            {"file": f"The file is {size / 1024 / 1024:.1f} MB; the limit is 5 MB."}
        )
    if size == 0:
        raise ValidationError({"file": "The file is empty."})


def roster_decode(raw: bytes) -> str:
    """Text of an uploaded roster (UTF-8, with or without a byte-order mark); a file the CSV
    reader or the database would choke on (NUL characters, a cell over 128 KB) is refused here,
    before anything is stored."""
    try:
        text = raw.decode("utf-8-sig")
        register_sensitive(*text.splitlines())  # roster rows never reach a log
    except UnicodeDecodeError as exc:
        raise ValidationError(
            {"file": "The file is not UTF-8 text; save it as CSV UTF-8."}
        ) from exc
    roster_check_text(text)
    return text


def roster_check_text(content: str) -> None:
    """Refuse text with NUL characters or cells over the CSV reader's 128 KB limit, naming the
    row (the header is row 1)."""
    if "\x00" in content:
        row = content.count("\n", 0, content.index("\x00")) + 1
        raise ValidationError(
            {"file": f"Row {row} contains a NUL character (\\x00); remove it and upload again."}
        )
    reader = csv.reader(io.StringIO(content))
    try:
        for _ in reader:
            pass
    except csv.Error as exc:
        limit_kb = csv.field_size_limit() // 1024
        message = (
            f"Row {reader.line_num}: a cell is longer than {limit_kb} KB."
            if "field larger than field limit" in str(exc)
            else f"Row {reader.line_num} is not valid CSV ({exc})."
        )
        raise ValidationError({"file": message}) from exc


def _count_rows(content: str) -> int:
    roster_check_text(content)
    return max(sum(1 for r in csv.reader(io.StringIO(content)) if any(c.strip() for c in r)) - 1, 0)


_PROFESSIONS = {
    **{v.lower(): v for v in Profession.values},
    **{label.lower(): v for v, label in Profession.choices},
}
_ROLES = {**{v: v for v in Role.values}, **{label.lower(): v for v, label in Role.choices}}


def _parse(
    content: str,
    *,
    institution: Institution,
    auto_create_departments: bool,
    on_progress=None,
) -> Parsed:
    out = Parsed()
    register_sensitive(*content.splitlines())  # roster rows never reach a log
    reader = csv.reader(io.StringIO(content))
    header = next(reader, None)
    if header is None:
        out.error(1, "header", "The file is empty.")
        return out
    names = [_ALIASES.get(h.strip().lower(), h.strip().lower().replace(" ", "_")) for h in header]
    unknown = [h for h in names if h not in COLUMNS]
    if unknown:
        out.error(
            1,
            "header",
            f"Unknown column(s): {', '.join(unknown)}. Allowed: {', '.join(COLUMNS)}.",
        )
    if "email" not in names:
        out.error(1, "header", "The header has no email column.")
    if len(set(names)) != len(names):
        out.error(1, "header", "A column appears twice in the header.")
    if out.errors:
        return out

    departments = {
        d.name.lower(): d for d in Department.objects.filter(institution=institution).only("name")
    }
    seen_emails: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    for index, record in enumerate(reader, start=2):
        if on_progress and index % _PROGRESS_EVERY == 0:
            on_progress(index - 1)
        if not any(c.strip() for c in record):
            continue
        if len(record) != len(names):
            out.error(
                index, "row", f"The row has {len(record)} fields; the header has {len(names)}."
            )
            continue
        values = {n: v.strip() for n, v in zip(names, record, strict=True)}
        row = RosterRow(row=index, email=values.get("email", "").lower())
        try:
            validate_email(row.email)
        except ValidationError:
            out.error(index, "email", "Enter a valid email address.")
        else:
            if len(row.email) > _EMAIL_MAX_LENGTH:
                out.error(
                    index,
                    "email",
                    f"The email address has {len(row.email)} characters; "
                    f"the limit is {_EMAIL_MAX_LENGTH}.",
                )
            if row.email in seen_emails:
                out.error(index, "email", f"{row.email} is also on row {seen_emails[row.email]}.")
            else:
                seen_emails[row.email] = index
        row.name = strip_invisible(values.get("name", ""))
        if len(row.name) > 150:
            out.error(index, "name", "Ensure this value has at most 150 characters.")
        row.department = strip_invisible(values.get("department", ""))
        if len(row.department) > 200:
            out.error(index, "department", "Ensure this value has at most 200 characters.")
        elif (
            row.department
            and row.department.lower() not in departments
            and not auto_create_departments
        ):
            out.error(index, "department", f"Unknown department “{row.department}”.")
        row.job_title = strip_invisible(values.get("job_title", ""))
        if len(row.job_title) > 150:
            out.error(index, "job_title", "Ensure this value has at most 150 characters.")
        profession = values.get("profession", "")
        if profession:
            row.profession = _PROFESSIONS.get(profession.lower(), "")
            if not row.profession:
                out.error(
                    index,
                    "profession",
                    f"Unknown profession “{profession}”. "
                    f"Use one of: {', '.join(Profession.values)}.",
                )
        role = values.get("role", "")
        if role:
            row.role = _ROLES.get(role.lower(), "")
            if not row.role:
                out.error(
                    index, "role", f"Unknown role “{role}”. Use one of: {', '.join(Role.values)}."
                )
        row.employee_id = values.get("employee_id", "")
        if len(row.employee_id) > 64:
            out.error(index, "employee_id", "Ensure this value has at most 64 characters.")
        elif row.employee_id:
            if row.employee_id in seen_ids:
                out.error(
                    index,
                    "employee_id",
                    f"Duplicate employee id {row.employee_id} (also on row "
                    f"{seen_ids[row.employee_id]}).",
                )
            else:
                seen_ids[row.employee_id] = index
        out.rows.append(row)
    if not out.rows and not out.errors:
        out.error(2, "row", "The file has a header but no people.")
    return out


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _check_against_database(parsed: Parsed, *, institution: Institution) -> None:
    """Employee ids must stay unique in the institution once the file is applied."""
    by_id = {r.employee_id: r for r in parsed.rows if r.employee_id}
    file_emails = {r.email: r for r in parsed.rows}
    for chunk in _chunks(list(by_id)):
        holders = Membership.objects.filter(
            institution=institution, employee_id__in=chunk
        ).values_list("employee_id", "user__email")
        for employee_id, holder_email in holders:
            row = by_id[employee_id]
            holder_email = holder_email.lower()
            if holder_email == row.email:
                continue
            holder_row = file_emails.get(holder_email)
            if holder_row is not None and holder_row.employee_id != employee_id:
                continue  # the file gives the current holder another id: a legitimate swap
            parsed.error(
                row.row,
                "employee_id",
                f"Employee id {employee_id} already belongs to {holder_email}.",
            )


@dataclass
class RosterResult:
    """What an import did, in figures that never tell whether an email already had an account:
    a person who was not an active member is "invited" whether the import created the account
    or found one."""

    rows: int = 0
    people_invited: int = 0
    members_updated: int = 0
    members_deactivated: int = 0
    departments_created: int = 0
    # Whom to email an invitation (new accounts and newly invited existing ones); not stored.
    invite_user_ids: list[int] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "invite_user_ids"}


def _owned_profiles(users: list[User], *, institution: Institution) -> set[int]:
    """Ids of the accounts whose profile (name, profession) this institution may still edit:
    accounts its roster created that nobody has claimed yet (no password set, never signed in)
    and that no other institution has a membership of. Any other account belongs to its
    holder."""
    candidates = [u.pk for u in users if u.last_login is None and not u.has_usable_password()]
    elsewhere: set[int] = set()
    for chunk in _chunks(candidates):
        elsewhere.update(
            Membership.objects.filter(user_id__in=chunk)
            .exclude(institution=institution)
            .values_list("user_id", flat=True)
        )
    return set(candidates) - elsewhere


def _statuses_invalidate(membership_ids: list[int]) -> None:
    """Members moved, deactivated or reactivated in bulk: their precomputed statuses are
    computed live until the scheduled job refreshes them."""
    from .services import assignment_statuses_invalidate

    for chunk in _chunks(membership_ids):
        assignment_statuses_invalidate(where=Q(membership_id__in=chunk))


def _apply(
    rows: list[RosterRow],
    *,
    institution: Institution,
    actor: User | None,
    auto_create_departments: bool,
    deactivate_missing: bool,
) -> RosterResult:
    """Tenancy rule (DESIGN.md): the roster creates accounts for new emails (they become
    members at once and are invited to set a password); it never edits the profile of an account
    it does not own, and an existing account that is not an active member here is only invited:
    its membership waits inactive until the person accepts."""
    result = RosterResult(rows=len(rows))
    # Departments.
    departments = {d.name.lower(): d for d in Department.objects.filter(institution=institution)}
    new_departments: dict[str, Department] = {}
    for r in rows:
        key = r.department.lower()
        if r.department and key not in departments and key not in new_departments:
            if not auto_create_departments:  # pragma: no cover - caught by validation
                raise ValidationError(f"Unknown department “{r.department}”.")
            new_departments[key] = Department(institution=institution, name=r.department)
    for d in new_departments.values():
        d.clean_fields()
    Department.objects.bulk_create(list(new_departments.values()))
    result.departments_created = len(new_departments)
    departments = {d.name.lower(): d for d in Department.objects.filter(institution=institution)}

    # Users: new ones are created with an unusable password; their invitation sets one.
    emails = [r.email for r in rows]
    users: dict[str, User] = {}
    for chunk in _chunks(emails):
        # Case-insensitively, as the unique key compares them: an address stored in another
        # case must be found (and invited), never collide (and reveal itself) on insert.
        found = User.objects.alias(email_lower=Lower("email")).filter(email_lower__in=chunk)
        users.update({u.email.lower(): u for u in found})
    owned = _owned_profiles(list(users.values()), institution=institution)
    to_create, to_update = [], []
    for r in rows:
        user = users.get(r.email)
        if user is None:
            user = User(
                email=r.email,
                display_name=r.name,
                profession=r.profession or Profession.OTHER,
                is_active=True,
            )
            user.set_unusable_password()
            # clean_fields, not full_clean: uniqueness was checked in bulk above, per-row
            # unique checks would cost a query each on a 20,000-row file.
            user.clean_fields(exclude=["password"])
            to_create.append(user)
        elif user.pk in owned:
            changed = False
            if r.name and user.display_name != r.name:
                user.display_name, changed = r.name, True
            if r.profession and user.profession != r.profession:
                user.profession, changed = r.profession, True
            if changed:
                user.clean_fields(exclude=["password"])
                to_update.append(user)
    User.objects.bulk_create(to_create, batch_size=1000)
    User.objects.bulk_update(to_update, ["display_name", "profession"], batch_size=1000)
    forget_users([u.pk for u in to_update])  # bulk writes send no signals
    for chunk in _chunks([u.email for u in to_create]):
        users.update({u.email.lower(): u for u in User.objects.filter(email__in=chunk)})
    created_ids = {users[u.email].pk for u in to_create}

    # Memberships.
    user_ids = [users[r.email].pk for r in rows]
    existing: dict[int, Membership] = {}
    for chunk in _chunks(user_ids):
        existing.update(
            {
                m.user_id: m
                for m in Membership.objects.filter(institution=institution, user_id__in=chunk)
            }
        )
    new_members, changed_members, id_changes = [], [], []
    invite: list[int] = []
    fields = ["department", "job_title", "employee_id", "role", "is_active", "invitation_pending"]
    for r in rows:
        user = users[r.email]
        department = departments.get(r.department.lower()) if r.department else None
        m = existing.get(user.pk)
        if m is None:
            # A new account joins at once; an existing one is invited and waits.
            joins = user.pk in created_ids
            m = Membership(
                user=user,
                institution=institution,
                department=department,
                role=r.role or Role.LEARNER,
                job_title=r.job_title,
                employee_id=r.employee_id,
                is_active=joins,
                invitation_pending=not joins,
            )
            m.clean_fields(exclude=["user", "institution", "department"])
            new_members.append(m)
            invite.append(user.pk)
            result.people_invited += 1
            continue
        before = tuple(getattr(m, f"{f}_id" if f == "department" else f) for f in fields)
        if m.employee_id != r.employee_id and r.employee_id:
            id_changes.append(m)
        m.department = department
        if r.job_title:
            m.job_title = r.job_title
        if r.employee_id:
            m.employee_id = r.employee_id
        if r.role:
            m.role = r.role
        if not m.is_active:
            # A former or invited member comes back only by accepting an invitation; one
            # already invited is not emailed again by a re-import (an admin may resend).
            result.people_invited += 1
            if not m.invitation_pending:
                m.invitation_pending = True
                invite.append(user.pk)
        m.clean_fields(exclude=["user", "institution", "department"])
        if tuple(getattr(m, f"{f}_id" if f == "department" else f) for f in fields) != before:
            changed_members.append(m)
            if m.is_active:
                result.members_updated += 1
    # Employee ids may move between members in one file; clear the moving ones first so the
    # partial unique index never sees two holders mid-update.
    if id_changes:
        for chunk in _chunks([m.pk for m in id_changes]):
            Membership.objects.filter(pk__in=chunk).update(employee_id="")
    Membership.objects.bulk_update(changed_members, fields, batch_size=1000)
    Membership.objects.bulk_create(new_members, batch_size=1000)
    _statuses_invalidate([m.pk for m in changed_members])
    pagecache.bump_users(
        [u.pk for u in to_update] + [m.user_id for m in changed_members + new_members]
    )
    result.invite_user_ids = invite

    if deactivate_missing:
        keep = set(user_ids)
        if actor is not None:
            keep.add(actor.pk)  # an admin cannot lock themselves out with their own file
        missing, missing_users = [], []
        for pk, uid in (
            Membership.objects.filter(institution=institution)
            .filter(Q(is_active=True) | Q(invitation_pending=True))
            .values_list("pk", "user_id")
        ):
            if uid not in keep:
                missing.append(pk)
                missing_users.append(uid)
        for chunk in _chunks(missing):
            # An invitation of someone no longer on the roster is withdrawn as well.
            result.members_deactivated += Membership.objects.filter(pk__in=chunk).update(
                is_active=False, invitation_pending=False
            )
        _statuses_invalidate(missing)
        pagecache.bump_users(missing_users)
    return result


@transaction.atomic
def roster_import_create(
    *,
    actor: User | None,
    institution: Institution,
    filename: str,
    content: str,
    auto_create_departments: bool = False,
    deactivate_missing: bool = False,
    background: bool | None = None,
) -> RosterImport:
    """Record an uploaded roster; files over 1,000 rows (or any, with ``background=True``) are
    processed by a worker on commit, the others are left for the caller to process at once with
    ``roster_import_process``."""
    require_admin(actor=actor, institution=institution)
    roster_import = RosterImport(
        institution=institution,
        uploaded_by=actor,
        filename=filename[:255],
        content=content,
        auto_create_departments=auto_create_departments,
        deactivate_missing=deactivate_missing,
        total_rows=_count_rows(content),
    )
    roster_import.full_clean()
    roster_import.save()
    if roster_import.is_async if background is None else background:
        from .tasks import roster_import_run

        roster_import_run.delay_on_commit(roster_import.pk)
    return roster_import


def _finish(roster_import: RosterImport, *, status: str, errors=None, summary=None) -> None:
    roster_import.status = status
    roster_import.errors = errors or []
    roster_import.summary = summary or {}
    roster_import.content = ""
    roster_import.processed_rows = roster_import.total_rows
    roster_import.finished_at = timezone.now()
    roster_import.save()


def roster_import_process(*, roster_import_id: int) -> RosterImport:
    """Check every row, then apply all rows in one transaction; any bad row rejects the whole
    file with a report naming each bad row and field. Finished imports are left as they are."""
    roster_import = RosterImport.objects.select_related("institution", "uploaded_by").get(
        pk=roster_import_id
    )
    if roster_import.is_finished:
        return roster_import
    institution = roster_import.institution
    roster_import.status = RosterImportStatus.VALIDATING
    roster_import.save(update_fields=["status"])

    def progress(n: int) -> None:
        # Outside any transaction, so a polling page sees it move.
        RosterImport.objects.filter(pk=roster_import.pk).update(processed_rows=n)

    parsed = _parse(
        roster_import.content,
        institution=institution,
        auto_create_departments=roster_import.auto_create_departments,
        on_progress=progress,
    )
    if not parsed.errors:
        _check_against_database(parsed, institution=institution)
    if parsed.errors:
        parsed.errors.sort(
            key=lambda e: (e["row"], COLUMNS.index(e["field"]) if e["field"] in COLUMNS else -1)
        )
        _finish(roster_import, status=RosterImportStatus.FAILED, errors=parsed.errors)
        return roster_import
    RosterImport.objects.filter(pk=roster_import.pk).update(
        status=RosterImportStatus.APPLYING, processed_rows=roster_import.total_rows
    )
    try:
        with transaction.atomic():
            # Lock the record: a redelivered task waits here and then finds the import done.
            locked = RosterImport.objects.select_for_update().get(pk=roster_import.pk)
            if locked.is_finished:
                return locked
            result = _apply(
                parsed.rows,
                institution=institution,
                actor=roster_import.uploaded_by,
                auto_create_departments=roster_import.auto_create_departments,
                deactivate_missing=roster_import.deactivate_missing,
            )
            from .services import institution_sync_assignments

            # Assignments follow memberships; their count is not reported, since only new
            # accounts join at once and a count would tell them apart from invited ones.
            institution_sync_assignments(institution=institution)
            _finish(locked, status=RosterImportStatus.SUCCEEDED, summary=result.as_dict())
            # In this transaction: a rejected import (or a rollback below) invites nobody.
            invitations_create_for_import(roster_import=locked, user_ids=result.invite_user_ids)
            return locked
    except IntegrityError as exc:
        logger.warning("roster import %s rejected by the database: %s", roster_import.pk, exc)
        message = (
            "The roster conflicts with existing members (a duplicate email or employee id); "
            "nothing was imported."
        )
        _fail(roster_import, message=message)
        return roster_import
    except ValidationError as exc:
        # A value the row checks let through but a model refused: nothing was written.
        logger.warning("roster import %s rejected by validation: %s", roster_import.pk, exc)
        _fail(roster_import, message=f"Nothing was imported: {'; '.join(exc.messages)}")
        return roster_import
    except Exception:
        # Never leave an import "applying" with its names and emails kept.
        _fail(roster_import, message="The import failed unexpectedly; nothing was imported.")
        raise


def _fail(roster_import: RosterImport, *, message: str) -> None:
    """End a rolled-back import as failed, its content purged."""
    roster_import.refresh_from_db()
    _finish(
        roster_import,
        status=RosterImportStatus.FAILED,
        errors=[{"row": 1, "field": "file", "message": message}],
    )
