"""Activity metadata an accreditor requires: authored in course.yaml or the admin, shown on the
course page before enrolling; an expired activity cannot be started for credit."""

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings

from content.loader import load_curriculum, parse_course, parse_credit_types
from content.models import CoursePage
from core.curriculum import CurriculumError
from quizzes.services.attempts import AttemptError, attempt_start
from tests.factories import CreditTypeFactory, EnrollmentFactory, UserFactory, make_course
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db

SHIPPED = Path(settings.BASE_DIR) / "content" / "curriculum"


def test_every_shipped_course_carries_its_accreditation_metadata():
    slugs = {c.slug for c in parse_credit_types(SHIPPED / "credit_types.yaml")}
    folders = sorted(path.parent for path in SHIPPED.glob("*/course.yaml"))
    assert len(folders) >= 12
    for folder in folders:
        src = parse_course(folder, slugs)
        meta = src.accreditation
        assert meta["release_date"] < meta["expiry_date"], folder.name
        assert meta["needs_statement"] and meta["method_of_participation"], folder.name
        assert meta["technical_requirements"] and meta["commercial_support"], folder.name
        assert meta["disclosures"] and all(p["disclosure"] for p in meta["disclosures"])


def test_course_page_shows_accreditation_before_enrolling(client):
    load_curriculum(root=SHIPPED)
    course = CoursePage.objects.get(slug="social-media-in-healthcare")
    html = client.get(course.url).content.decode()
    assert "Release date" in html and "15 January 2026" in html
    assert "Expiry (termination) date" in html and "14 January 2029" in html
    assert "This activity received no commercial support." in html
    assert "pass the final assessment (80% or more)" in html
    assert "Ethos curriculum team" in html and "relevant financial" in html
    assert "Hardware and software" in html and "Method of participation" in html


def _course_yaml(tmp_path, accreditation: str) -> Path:
    folder = tmp_path / "01-x"
    (folder / "lessons").mkdir(parents=True)
    source = (SHIPPED / "01-social-media-in-healthcare" / "course.yaml").read_text()
    head = source.split("accreditation:")[0]
    tail = "objectives:" + source.split("\nobjectives:")[1]
    (folder / "course.yaml").write_text(head + accreditation + tail)
    lesson = next((SHIPPED / "01-social-media-in-healthcare" / "lessons").glob("*.yaml"))
    (folder / "lessons" / lesson.name).write_text(lesson.read_text())
    return folder


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            "accreditation:\n  release_date: 2026-02-01\n  expiry_date: 2026-01-01\n",
            "course: accreditation: 'expiry_date' must be after 'release_date'",
        ),
        (
            "accreditation:\n  expiry_date: soon\n",
            "course: accreditation: 'expiry_date' must be a date (YYYY-MM-DD)",
        ),
        (
            "accreditation:\n  disclosures:\n  - name: A\n    role: sponsor\n"
            "    disclosure: None\n",
            "course: accreditation: disclosure 1: 'role' must be one of faculty, planner, "
            "reviewer, not 'sponsor'",
        ),
    ],
)
def test_bad_accreditation_metadata_is_refused(tmp_path, block, message):
    folder = _course_yaml(tmp_path, block)
    with pytest.raises(CurriculumError) as exc:
        parse_course(folder, {"ama-pra-1"})
    assert str(exc.value) == f"{folder / 'course.yaml'}: {message}"


def test_expired_activity_cannot_be_started_for_credit():
    credit = CreditTypeFactory(slug="ama-pra-1")
    course = make_course(
        credit_type=credit,
        credit_amount=1,
        release_date=dt.date(2020, 1, 1),
        expiry_date=dt.date(2021, 1, 1),
    )
    quiz = make_quiz(n=2, course=course, review_policy="after_pass")
    learner = UserFactory()
    EnrollmentFactory(user=learner, course=course)
    with pytest.raises(AttemptError) as exc:
        attempt_start(user=learner, quiz=quiz)
    assert exc.value.messages == [
        "This activity expired on 1 January 2021 and can no longer be taken for credit."
    ]
    course.expiry_date = dt.date.today() + dt.timedelta(days=1)
    course.save()
    assert attempt_start(user=learner, quiz=quiz).attempt.pk
