"""factory_boy factories. A child's institution is derived from its parent, so tenants never mix
by accident (a Membership's department belongs to the membership's institution)."""

import factory
from factory.django import DjangoModelFactory

from accounts.models import User
from institutions.models import Department, Institution, Membership


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    display_name = factory.Faker("name")
    profession = "nurse"
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and results:
            instance.save()


class InstitutionFactory(DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"Riverside Health {n}")
    slug = factory.Sequence(lambda n: f"riverside-{n}")
    kind = "hospital"


class DepartmentFactory(DjangoModelFactory):
    class Meta:
        model = Department

    institution = factory.SubFactory(InstitutionFactory)
    name = factory.Sequence(lambda n: f"Ward {n}")


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    institution = factory.LazyAttribute(
        lambda o: o.department.institution if o.department else InstitutionFactory()
    )
    department = None
    role = "learner"
    job_title = "Staff nurse"
    employee_id = factory.Sequence(lambda n: f"E{n:05d}")
