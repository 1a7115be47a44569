"""Demo data for `make run`: an institution, departments and people to log in as, plus (when the
curriculum is loaded) requirements, ~40 members with a spread of compliance states and a year of
daily snapshots for the dashboard's trend chart. Idempotent."""

import datetime as dt
import random

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.services import user_create
from institutions.models import Department, Institution, Membership, Role
from lms import pagecache

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
        for i, (email, name, profession, role, dept, title) in enumerate(PEOPLE):
            user = User.objects.filter(email=email).first() or user_create(
                email=email, password=DEMO_PASSWORD, display_name=name, profession=profession
            )
            Membership.objects.get_or_create(
                user=user,
                institution=institution,
                defaults={
                    "role": role,
                    "department": departments.get(dept),
                    "job_title": title,
                    "employee_id": f"RHS{1000 + i}",
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
        rng = random.Random(7)  # the same demo every time
        for i in range(34):
            first, last = FIRST[i], LAST[i % len(LAST)]
            email = f"{first.lower()}.{last.lower()}@riverside.example"
            profession = PROFESSIONS[i % len(PROFESSIONS)]
            user = User.objects.filter(email=email).first() or user_create(
                email=email,
                password=DEMO_PASSWORD,
                display_name=f"{first} {last}",
                profession=profession,
            )
            Membership.objects.get_or_create(
                user=user,
                institution=institution,
                defaults={
                    "role": Role.LEARNER,
                    "department": departments[rng.choice(DEPARTMENTS)],
                    "job_title": JOBS[profession],
                    "employee_id": f"RHS{2000 + i}",
                },
            )
        return institution

    def _compliance(self, institution: Institution) -> None:
        from content.models import CoursePage
        from institutions.models import Requirement

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
        self._snapshots(institution)

    def _requirements(self, institution: Institution, courses: dict) -> None:
        from institutions.compliance.services import requirement_create

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
        """A spread of states through the learning core: finished, part-done, never started,
        and (by moving assignment dates back) overdue and due soon; a few certificates are
        given a past expiry so the dashboard shows expired ones too."""
        from certificates.models import Certificate
        from courses.models import Enrollment
        from courses.services import (
            enrollment_create,
            enrollment_record_quiz_pass,
            lesson_complete,
        )
        from institutions.models import Assignment

        today = timezone.localdate()
        rng = random.Random(11)
        assignments = list(
            Assignment.objects.filter(requirement__institution=institution)
            .select_related("membership__user", "requirement__course")
            .order_by("membership__user__email", "requirement_id")
        )
        expired: list[int] = []
        for a in assignments:
            roll = rng.random()
            user, course = a.membership.user, a.requirement.course
            if roll < 0.45:  # completed
                with transaction.atomic():
                    enrollment = enrollment_create(
                        user=user, course=course, source="requirement", institution=institution
                    )
                    for lesson in course.lessons():
                        lesson_complete(user=user, lesson=lesson)
                    enrollment_record_quiz_pass(enrollment=enrollment)
                if roll < 0.06:
                    expired.append(a.pk)
            elif roll < 0.62:  # in progress
                with transaction.atomic():
                    enrollment_create(
                        user=user, course=course, source="requirement", institution=institution
                    )
                    first = course.lessons().first()
                    if first is not None:
                        lesson_complete(user=user, lesson=first)
            elif roll < 0.82:  # overdue: assigned long ago
                back = rng.randint(40, 120)
                a.assigned_on = today - dt.timedelta(days=back)
                a.due_on = a.assigned_on + dt.timedelta(days=a.requirement.due_days or 30)
                a.save(update_fields=["assigned_on", "due_on"])
            elif roll < 0.92:  # due soon
                a.due_on = today + dt.timedelta(days=rng.randint(1, 25))
                a.save(update_fields=["due_on"])
        # Demo only: age a few certificates so "expired" and "expiring" show on the dashboard.
        for i, a in enumerate(
            Assignment.objects.filter(pk__in=expired).select_related("membership", "requirement")
        ):
            past = (
                timezone.now() - dt.timedelta(days=5 + i)
                if i % 2 == 0
                else (timezone.now() + dt.timedelta(days=10 + i))
            )
            Certificate.objects.filter(
                user_id=a.membership.user_id, course_id=a.requirement.course_id
            ).update(expires_at=past)
        done = Enrollment.objects.filter(institution=institution, completed_at__isnull=False)
        self.stdout.write(f"Progress: {done.count()} completed enrollments.")

    def _snapshots(self, institution: Institution) -> None:
        """Today's real snapshot and a plausible year of history before it."""
        from institutions.compliance.services import compliance_snapshot_take
        from institutions.models import ComplianceSnapshot

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
