"""Demo data for `make run`: an institution, departments and people to log in as. Idempotent."""

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import User
from accounts.services import user_create
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


class Command(BaseCommand):
    help = "Create the demo institution, departments and users (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
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
                f"Demo data ready: institution '{institution.slug}', {len(PEOPLE)} members; "
                f"password for every demo account: {DEMO_PASSWORD}"
            )
        )
