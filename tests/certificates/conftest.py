"""Fixtures of the certificates suite: an issuer key, credit types as shipped, completions made
through the real learning services (so the signal → receiver → certificate_issue path runs)."""

from decimal import Decimal

import pytest

from certificates.signing import generate_private_pem
from courses.models import Completion
from courses.services import enrollment_create, lesson_complete
from tests.factories import CreditTypeFactory, MembershipFactory, UserFactory, make_course

_PEM = generate_private_pem().decode("ascii")

AMA_DESIGNATION = (
    "{provider} designates this enduring material for a maximum of {amount} AMA PRA Category 1 "
    "Credit(s)™. Physicians should claim only the credit commensurate with the extent of their "
    "participation in the activity."
)
AMA_ACCREDITATION = (
    "{provider} is accredited by the Accreditation Council for Continuing Medical Education "
    "(ACCME) to provide continuing medical education for physicians."
)


@pytest.fixture(autouse=True)
def signing_key(settings, tmp_path):
    settings.OB_SIGNING_KEY = _PEM
    settings.OB_SIGNING_KEY_FILE = ""
    settings.SITE_URL = "https://ethos.example"
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return _PEM


@pytest.fixture
def ama(db):
    return CreditTypeFactory(
        slug="ama-pra-1",
        name="AMA PRA Category 1 Credit™",
        unit="credit",
        designation_statement=AMA_DESIGNATION,
        accreditation_statement=AMA_ACCREDITATION,
        provider_name="Ethos Continuing Education",
    )


@pytest.fixture
def completion_type(db):
    return CreditTypeFactory(
        slug="completion",
        name="Certificate of completion",
        unit="hour",
        designation_statement="{provider} certifies completion of about {amount} hour(s).",
        accreditation_statement="",
    )


@pytest.fixture
def learner(db):
    return UserFactory(display_name="Dr. Amélie Ng", licence_number="MD-4411", licence_state="OR")


@pytest.fixture
def ama_course(ama):
    return make_course(
        title="Patient privacy online",
        version="2.1",
        credit_type=ama,
        credit_amount=Decimal("1.00"),
    )


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """complete(user, course, institution=None) -> Completion, running the on-commit signal."""

    def _complete(user, course, institution=None) -> Completion:
        if institution is not None and not user.memberships.filter(institution=institution):
            MembershipFactory(user=user, institution=institution)
        with django_capture_on_commit_callbacks(execute=True):
            enrollment = enrollment_create(
                user=user,
                course=course,
                source="requirement" if institution else "self",
                institution=institution,
            )
            for lesson in course.lessons():
                lesson_complete(user=user, lesson=lesson)
        return Completion.objects.filter(enrollment=enrollment).latest("cycle")

    return _complete


@pytest.fixture
def certificate(learner, ama_course, complete):
    return complete(learner, ama_course).certificate


def evaluated(certificate):
    """The certificate, with its owner's activity evaluation submitted (claims require it)."""
    from certificates.models import ActivityEvaluation
    from certificates.services import activity_evaluation_submit

    if not ActivityEvaluation.objects.filter(certificate=certificate).exists():
        activity_evaluation_submit(
            certificate=certificate,
            user=certificate.user,
            objectives_met="yes",
            practice_change="will_change",
            practice_change_detail="Check every post against the pre-posting checklist.",
            perceived_bias="none",
        )
    return certificate
