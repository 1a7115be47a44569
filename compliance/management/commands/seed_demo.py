"""Demo data for `make run`: an institution, departments and people to log in as, plus (when the
curriculum is loaded) requirements, ~40 members with a spread of compliance states and a year of
daily snapshots for the dashboard's trend chart. Idempotent."""

import datetime as dt
import random

from dateutil.relativedelta import relativedelta
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.services import user_create
from core import pagecache
from institutions.models import Department, Institution, Membership, Role

DEMO_PASSWORD = "ethos-demo-2026"  # noqa: S105 - documented demo credential, local data only

PEOPLE = [
    # email, display name, profession, role, department, job title
    ("admin@riverside.example", "Dana Whitfield", "other", Role.ADMIN, None, "Compliance officer"),
    (
        "manager.icu@riverside.example",
        "Sam Okafor",
        "nurse",
        Role.MANAGER,
        "Intensive Care",
        "Nurse manager",
    ),
    (
        "nurse@riverside.example",
        "Priya Raman",
        "nurse",
        Role.LEARNER,
        "Intensive Care",
        "Staff nurse",
    ),
    (
        "doctor@riverside.example",
        "Tom Alvarez",
        "physician",
        Role.LEARNER,
        "Emergency",
        "Attending physician",
    ),
    (
        "pharmacist@riverside.example",
        "Mei Chen",
        "pharmacist",
        Role.LEARNER,
        "Pharmacy",
        "Clinical pharmacist",
    ),
    (
        "student@riverside.example",
        "Jordan Lee",
        "student",
        Role.LEARNER,
        "Emergency",
        "Nursing student",
    ),
]
DEPARTMENTS = ["Intensive Care", "Emergency", "Pharmacy", "Maternity"]

FIRST = [
    "Alex",
    "Bea",
    "Chidi",
    "Dara",
    "Elif",
    "Femi",
    "Gita",
    "Hugo",
    "Ines",
    "Jon",
    "Kemi",
    "Lars",
    "Maya",
    "Nils",
    "Olu",
    "Pia",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Umar",
    "Vera",
    "Wen",
    "Xavi",
    "Yara",
    "Zane",
    "Ada",
    "Ben",
    "Cleo",
    "Dev",
    "Eva",
    "Finn",
    "Gus",
    "Hana",
]
LAST = ["Novak", "Osei", "Petrov", "Quist", "Reyes", "Sato", "Tran", "Ueda", "Vance", "Wolfe"]
PROFESSIONS = ["nurse", "nurse", "physician", "pharmacist", "allied_health", "student"]
JOBS = {
    "nurse": "Staff nurse",
    "physician": "Resident physician",
    "pharmacist": "Pharmacist",
    "allied_health": "Physiotherapist",
    "student": "Nursing student",
}

# slug -> requirement settings (shipped curriculum; skipped when the course is not loaded).
REQUIREMENTS = {
    "social-media-in-healthcare": {"due_days": 30, "recurrence_months": 12},
    "patient-privacy-online": {"due_days": 45, "recurrence_months": 24, "grace_days": 7},
    "professional-boundaries": {
        "audience": "professions",
        "professions": ["nurse", "physician"],
        "due_days": 60,
    },
    "health-misinformation": {
        "audience": "departments",
        "departments": ["Emergency", "Intensive Care"],
        "due_rule": "fixed_date",
        "due_in": 20,
    },
    "legal-regulatory-risk": {"audience": "roles", "roles": ["manager", "admin"], "due_days": 30},
}
COURSE_SLUGS = [
    "social-media-in-healthcare",
    "patient-privacy-online",
    "health-misinformation",
    "professional-boundaries",
    "advocacy-public-health",
    "legal-regulatory-risk",
    "digital-literacy-essentials",
]


# The requirements started this long ago, so 12-month renewals can already have expired.
PROGRAMME_DAYS = 420


def _at(day: dt.date, hour: int) -> dt.datetime:
    """That hour of that day, never later than now (today's 07:00 is still ahead at 02:00)."""
    return min(timezone.make_aware(dt.datetime.combine(day, dt.time(hour))), timezone.now())


def _backdate(enrollment, *, started: dt.datetime, completed: dt.datetime | None) -> dt.datetime:
    """Move one enrollment's records (made now by the services) to the given days, keeping
    every rule the services applied: lesson ticks spread between start and completion, the
    certificate earned at completion and expiring by the same renewal period. Returns the
    learner's last activity."""
    from courses.models import Completion, Enrollment, LessonProgress

    end = completed or started + dt.timedelta(hours=1)
    ticks = list(LessonProgress.objects.filter(enrollment=enrollment).order_by("pk"))
    step = (end - started) / (len(ticks) + 1)
    for i, tick in enumerate(ticks, start=1):
        LessonProgress.objects.filter(pk=tick.pk).update(completed_at=started + step * i)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        started_at=started,
        completed_at=completed,
        quiz_passed_at=completed - dt.timedelta(minutes=5) if completed else None,
    )
    if completed is not None:
        Completion.objects.filter(enrollment=enrollment).update(completed_at=completed)
    return end


def _backdate_certificates(enrollment, *, completed: dt.datetime) -> None:
    """The certificate is issued once the completion commits; date it to the completion."""
    from certificates.models import Certificate

    for cert in Certificate.objects.filter(
        user_id=enrollment.user_id, course_id=enrollment.course_id
    ):
        period = relativedelta(cert.expires_at, cert.completed_at) if cert.expires_at else None
        Certificate.objects.filter(pk=cert.pk).update(
            completed_at=completed,
            issued_at=completed + dt.timedelta(minutes=1),
            expires_at=completed + period if period else None,
        )


class Command(BaseCommand):
    help = "Create the demo institution, departments and users (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            institution = self._people()
        self._compliance(institution)
        pagecache.bump_content()  # bulk writes above send no signals

    def _people(self) -> Institution:
        institution, _ = Institution.objects.get_or_create(
            slug="riverside", defaults={"name": "Riverside Health System", "kind": "health_system"}
        )
        departments = {
            name: Department.objects.get_or_create(institution=institution, name=name)[0]
            for name in DEPARTMENTS
        }
        rng = random.Random(7)  # the same demo every time
        today = timezone.localdate()
        staff = [
            (email, name, profession, role, departments.get(dept), title, f"RHS{1000 + i}")
            for i, (email, name, profession, role, dept, title) in enumerate(PEOPLE)
        ]
        for i in range(34):
            first, last = FIRST[i], LAST[i % len(LAST)]
            profession = PROFESSIONS[i % len(PROFESSIONS)]
            staff.append(
                (
                    f"{first.lower()}.{last.lower()}@riverside.example",
                    f"{first} {last}",
                    profession,
                    Role.LEARNER,
                    departments[rng.choice(DEPARTMENTS)],
                    JOBS[profession],
                    f"RHS{2000 + i}",
                )
            )
        for i, (email, name, profession, role, department, title, employee_id) in enumerate(staff):
            # Long-serving staff first; the last few joined in the past two months.
            joined = today - dt.timedelta(
                days=rng.randint(30, 60) if i >= len(staff) - 3 else rng.randint(450, 1500)
            )
            user = User.objects.filter(email=email).first()
            if user is None:
                user = user_create(
                    email=email, password=DEMO_PASSWORD, display_name=name, profession=profession
                )
                User.objects.filter(pk=user.pk).update(date_joined=_at(joined, hour=8))
            Membership.objects.get_or_create(
                user=user,
                institution=institution,
                defaults={
                    "role": role,
                    "department": department,
                    "job_title": title,
                    "employee_id": employee_id,
                    "joined_at": joined,
                },
            )
        if not User.objects.filter(email="editor@ethos.example").exists():
            User.objects.create_superuser(
                email="editor@ethos.example", password=DEMO_PASSWORD, display_name="Ethos Editor"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: institution '{institution.slug}', "
                f"{Membership.objects.filter(institution=institution).count()} members; "
                f"password for every demo account: {DEMO_PASSWORD}"
            )
        )
        return institution

    def _compliance(self, institution: Institution) -> None:
        from compliance.models import Requirement
        from content.models import CoursePage

        courses = {c.slug: c for c in CoursePage.objects.live().filter(slug__in=COURSE_SLUGS)}
        if not courses:
            self.stdout.write(
                self.style.WARNING(
                    "Curriculum not loaded: skipping demo requirements, progress and snapshots "
                    "(run `manage.py load_curriculum`, then seed_demo again)."
                )
            )
            return
        if Requirement.objects.filter(institution=institution).exists():
            self.stdout.write("Demo requirements already exist; left as they are.")
            return
        self._requirements(institution, courses)
        self._progress(institution)
        # The progress above was backdated with bulk updates (no signals): recompute the
        # precomputed statuses once, as the daily job would.
        from django.db.models import Q

        from compliance.services import assignment_statuses_refresh

        assignment_statuses_refresh(where=Q(requirement__institution=institution))
        self._snapshots(institution)

    def _requirements(self, institution: Institution, courses: dict) -> None:
        from compliance.services import requirement_create

        today = timezone.localdate()
        made = []
        for slug, settings in REQUIREMENTS.items():
            course = courses.get(slug)
            if course is None:
                self.stdout.write(f"Course {slug} not loaded; its requirement is skipped.")
                continue
            values = dict(settings)
            if "departments" in values:
                values["departments"] = list(
                    Department.objects.filter(
                        institution=institution, name__in=values["departments"]
                    )
                )
            if values.pop("due_rule", None) == "fixed_date":
                values["due_rule"] = "fixed_date"
                values["due_date"] = today + dt.timedelta(days=values.pop("due_in"))
            with transaction.atomic():
                requirement_create(actor=None, institution=institution, course=course, **values)
            made.append(slug)
        self.stdout.write(f"Requirements: {', '.join(made)}.")

    def _progress(self, institution: Institution) -> None:
        """A spread of states with a coherent history: each assignment starts after the person
        joined (and after the programme started), learning happens between assignment and
        today, certificates are earned on the day of completion and expire by the renewal
        period of their requirement (so "expired" ones were earned more than a period ago), and
        anyone with a record has signed in since. Records are made through the learning core's
        services, then dated back."""
        from compliance.models import Assignment, Requirement
        from courses.models import Enrollment
        from courses.services import (
            enrollment_create,
            enrollment_record_quiz_pass,
            lesson_complete,
        )

        today = timezone.localdate()
        programme_start = today - dt.timedelta(days=PROGRAMME_DAYS)
        Requirement.objects.filter(institution=institution).update(
            created_at=_at(programme_start, hour=9)
        )
        rng = random.Random(11)
        assignments = list(
            Assignment.objects.filter(requirement__institution=institution)
            .select_related("membership__user", "requirement__course")
            .order_by("membership__user__email", "requirement_id")
        )
        last_seen: dict[int, dt.datetime] = {}
        for a in assignments:
            user, requirement = a.membership.user, a.requirement
            course = requirement.course
            earliest = max(a.membership.joined_at, programme_start)
            due_days = requirement.due_days or 30
            months = requirement.recurrence_months
            fixed_due = requirement.due_date  # fixed-date requirements keep their date

            def assign(on: dt.date, a=a, earliest=earliest, due_days=due_days, fixed=fixed_due):
                a.assigned_on = min(max(on, earliest), today)
                a.due_on = fixed or a.assigned_on + dt.timedelta(days=due_days)
                a.save(update_fields=["assigned_on", "due_on"])
                # Requirements enroll the people they assign, on the day they assign them.
                Enrollment.objects.filter(
                    user=a.membership.user, course=a.requirement.course
                ).update(started_at=_at(a.assigned_on, hour=7))

            roll = rng.random()
            if roll < 0.45:  # completed
                period = dt.timedelta(days=months * 365 // 12) if months else None
                if period and roll < 0.07 and earliest <= today - period - dt.timedelta(days=45):
                    # Earned more than one renewal period ago: expired now.
                    completed = today - period - dt.timedelta(days=rng.randint(5, 40))
                elif period and roll < 0.12 and earliest <= today - period + dt.timedelta(days=5):
                    # Earned almost a period ago: expiring within the next weeks.
                    completed = today - period + dt.timedelta(days=rng.randint(5, 40))
                else:
                    completed = min(
                        earliest + dt.timedelta(days=rng.randint(3, due_days)),
                        today - dt.timedelta(days=1),
                    )
                assign(completed - dt.timedelta(days=rng.randint(2, due_days)))
                started = max(a.assigned_on, completed - dt.timedelta(days=rng.randint(0, 6)))
                with transaction.atomic():
                    enrollment = enrollment_create(
                        user=user, course=course, source="requirement", institution=institution
                    )
                    for lesson in course.lessons():
                        lesson_complete(user=user, lesson=lesson)
                    enrollment_record_quiz_pass(enrollment=enrollment)
                    seen = _backdate(
                        enrollment, started=_at(started, hour=10), completed=_at(completed, 16)
                    )
                _backdate_certificates(enrollment, completed=_at(completed, 16))
            elif roll < 0.62:  # in progress
                assign(today - dt.timedelta(days=rng.randint(3, due_days - 1)))
                started = a.assigned_on + dt.timedelta(days=rng.randint(0, 2))
                with transaction.atomic():
                    enrollment = enrollment_create(
                        user=user, course=course, source="requirement", institution=institution
                    )
                    first = course.lessons().first()
                    if first is not None:
                        lesson_complete(user=user, lesson=first)
                    seen = _backdate(
                        enrollment, started=_at(min(started, today), hour=12), completed=None
                    )
            elif roll < 0.82:  # overdue: assigned long ago, not started
                assign(today - dt.timedelta(days=due_days + rng.randint(5, 60)))
            elif roll < 0.92:  # due soon
                assign(today - dt.timedelta(days=due_days - rng.randint(1, 25)))
            else:  # assigned in the last few days
                assign(today - dt.timedelta(days=rng.randint(0, 4)))
            if roll < 0.62:
                last_seen[user.pk] = max(seen, last_seen.get(user.pk, seen))
        now = timezone.now()
        for user_id, seen in last_seen.items():
            User.objects.filter(pk=user_id).update(
                last_login=min(seen + dt.timedelta(minutes=rng.randint(5, 600)), now)
            )
        self.stdout.write(f"Progress: {len(last_seen)} people have started learning.")

    def _snapshots(self, institution: Institution) -> None:
        """Today's real snapshot and a plausible year of history before it."""
        from compliance.models import ComplianceSnapshot
        from compliance.services import compliance_snapshot_take

        today = timezone.localdate()
        now = compliance_snapshot_take(institution=institution, on=today)
        rng = random.Random(3)
        history = []
        for back in range(365, 0, -1):
            share = max(
                0.05,
                min(
                    1.0,
                    (now.percent / 100) * (0.45 + 0.55 * (365 - back) / 365)
                    + rng.uniform(-0.02, 0.02),
                ),
            )
            depts = [
                {**d, "compliant": round(d["total"] * share), "percent": round(100 * share, 1)}
                for d in now.by_department
            ]
            history.append(
                ComplianceSnapshot(
                    institution=institution,
                    taken_on=today - dt.timedelta(days=back),
                    total=now.total,
                    compliant=round(now.total * share),
                    by_status={},
                    by_department=depts,
                    by_requirement=[],
                )
            )
        ComplianceSnapshot.objects.bulk_create(history, ignore_conflicts=True)
        self.stdout.write(
            f"Snapshots: 366 days; compliance today {now.percent}% of {now.total} required courses."
        )
