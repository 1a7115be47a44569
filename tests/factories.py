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


# --- Learning core (content + courses) --------------------------------------------------------
# Wagtail pages are built with add_child, not factories' save(); these helpers build a published
# tree (root → home → /catalog/ → course → lessons) and are safe to call many times per test.


class CreditTypeFactory(DjangoModelFactory):
    class Meta:
        model = "content.CreditType"
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"credit-{n}")
    name = factory.Sequence(lambda n: f"Test Credit {n}")
    unit = "credit"
    designation_statement = "{provider} designates this material for a maximum of {amount} credits."
    accreditation_statement = "{provider} is accredited to provide this credit."
    provider_name = "Ethos Continuing Education"


def catalog_page():
    """The CatalogPage at /catalog/, creating the HomePage (as the Site root) if needed."""
    from wagtail.models import Page, Site

    from content.models import CatalogPage, HomePage

    catalog = CatalogPage.objects.first()
    if catalog is not None:
        return catalog
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()  # tests/conftest.py restores it after a flush
        home = root.add_child(instance=HomePage(title="Ethos", slug="ethos-home"))
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.save()
    return home.add_child(instance=CatalogPage(title="Catalog", slug="catalog"))


_course_seq = iter(range(1, 10**9))


def make_course(*, lessons: int = 2, credit_type=None, credit_amount=None, **fields):
    """A published CoursePage under /catalog/ with ``lessons`` published LessonPages."""
    from content.models import CoursePage

    n = next(_course_seq)
    values = {
        "title": f"Course {n}",
        "slug": f"course-{n}",
        "summary": f"Summary of course {n}.",
        "objectives": [("objective", "Explain why privacy matters.")],
        "estimated_minutes": 30,
        "audience": ["nurse", "physician"],
        "level": "introductory",
        "version": "1.0",
        "credit_type": credit_type,
        "credit_amount": credit_amount,
    }
    values.update(fields)
    course = catalog_page().add_child(instance=CoursePage(**values))
    for i in range(1, lessons + 1):
        make_lesson(course=course, title=f"Lesson {i} of course {n}", slug=f"lesson-{i}")
    return course


def make_lesson(*, course, body=None, **fields):
    from content.models import LessonPage

    values = {"title": "A lesson", "estimated_minutes": 10}
    values.update(fields)
    values.setdefault("slug", f"lesson-{next(_course_seq)}")
    lesson = LessonPage(**values)
    lesson.body = body if body is not None else [("text", "<p>Lesson text.</p>")]
    return course.add_child(instance=lesson)


class EnrollmentFactory(DjangoModelFactory):
    class Meta:
        model = "courses.Enrollment"

    user = factory.SubFactory(UserFactory)
    course = factory.LazyFunction(make_course)
    source = "self"
