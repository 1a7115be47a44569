"""The curriculum contract of this round in the content loader: ``credit:`` as a list (joint
accreditation), ``review.yaml`` per module, disclosure ``mitigation`` and authored evaluation
questions; each problem names the file, the line and the field."""

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from wagtail.models import Revision

from content.loader import load_curriculum
from content.models import CourseCredit, CoursePage
from core.curriculum import CurriculumError
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "curriculum"
COURSE = "01-demo-course/course.yaml"

CREDIT_TYPES = """
- slug: test-credit
  name: Test Credit™
  unit: credit
  designation_statement: "{provider} designates a maximum of {amount} Test Credit(s)™."
  accreditation_statement: "{provider} is accredited by the Test Council."
- slug: nurse-hours
  name: Nurse hours
  unit: contact hour
  eligible_professions: [nurse]
  designation_statement: "This activity awards a maximum of {amount} contact hour(s)."
  accreditation_statement: "{provider} is accredited by the Nurse Council."
"""

REVIEW = """\
reviewed_on: 2026-12-05
reviewed_by: Ethos curriculum team (editor)
next_review_due: 2027-12-05
statements:
- statement: "The FTC's Endorsement Guides were revised in 2023."
  where: lessons/01-first-lesson.yaml
  source: "Federal Trade Commission. 16 CFR Part 255 (2023)."
  checked_on: 2026-12-05
  status: verified
- statement: "A second statement."
  where: lessons/02-second-lesson.yaml
  source: "A primary source."
  checked_on: 2026-12-04
  status: qualified
  note: Qualified to say the rule applies in the US only.
"""


@pytest.fixture(autouse=True)
def content_loader_only(settings):
    settings.CURRICULUM_LOADERS = ["content.loader.load_courses"]


@pytest.fixture
def root(tmp_path) -> Path:
    target = tmp_path / "curriculum"
    shutil.copytree(FIXTURE, target)
    (target / "credit_types.yaml").write_text(CREDIT_TYPES)
    return target


def edit(root: Path, file: str, old: str, new: str) -> None:
    path = root / file
    text = path.read_text()
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1))


JOINT = "credit:\n- type: test-credit\n  amount: 1.0\n- type: nurse-hours\n  amount: 1.25\n"
SINGLE = "credit:\n  type: test-credit\n  amount: 0.5\n"


def test_credit_list_offers_every_type_with_its_own_maximum(root):
    edit(root, COURSE, SINGLE, JOINT)
    course = load_curriculum(root=root)["demo-course"]
    offers = [(c.credit_type.slug, c.amount) for c in course.credit_offers()]
    assert offers == [("test-credit", Decimal("1.00")), ("nurse-hours", Decimal("1.25"))]
    # The first is the course's primary credit.
    assert (course.credit_type.slug, course.credit_amount) == ("test-credit", Decimal("1.00"))
    revisions = Revision.objects.count()
    load_curriculum(root=root)  # idempotent
    assert Revision.objects.count() == revisions
    assert CourseCredit.objects.filter(page=course).count() == 2


def test_single_credit_mapping_still_works_and_is_one_offer(root):
    course = load_curriculum(root=root)["demo-course"]
    assert [(c.credit_type.slug, c.amount) for c in course.credit_offers()] == [
        ("test-credit", Decimal("0.50"))
    ]


def test_edited_credit_list_replaces_the_offers(root):
    edit(root, COURSE, SINGLE, JOINT)
    load_curriculum(root=root)
    edit(root, COURSE, JOINT, SINGLE)
    course = load_curriculum(root=root)["demo-course"]
    assert list(
        CourseCredit.objects.filter(page=course).values_list("credit_type__slug", "amount")
    ) == [("test-credit", Decimal("0.50"))]


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (
            "credit:\n- type: test-credit\n  amount: 1\n- type: test-credit\n  amount: 2\n",
            f"{COURSE}: course: credit 2 (line 11): credit type 'test-credit' is listed twice",
        ),
        (
            "credit:\n- type: test-credit\n  amount: 1\n- type: cpd-points\n  amount: 2\n",
            f"{COURSE}: course: credit 2 (line 11): unknown credit type 'cpd-points' "
            "(not in credit_types.yaml)",
        ),
        (
            "credit:\n- type: nurse-hours\n  amount: lots\n",
            f"{COURSE}: course: credit 1 (line 9): 'amount' must be a number",
        ),
        ("credit: []\n", f"{COURSE}: course: 'credit' must list at least one {{type, amount}}"),
    ],
)
def test_bad_credit_list_names_file_line_and_field(root, new, message):
    edit(root, COURSE, SINGLE, new)
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value).endswith(message)
    assert not CoursePage.objects.exists()


def test_review_yaml_is_loaded_onto_the_course(root):
    (root / "01-demo-course" / "review.yaml").write_text(REVIEW)
    course = load_curriculum(root=root)["demo-course"]
    assert course.review["reviewed_on"] == "2026-12-05"
    assert course.review["next_review_due"] == "2027-12-05"
    assert [s["status"] for s in course.review["statements"]] == ["verified", "qualified"]
    assert course.review["statements"][1]["note"] == (
        "Qualified to say the rule applies in the US only."
    )
    revisions = Revision.objects.count()
    load_curriculum(root=root)
    assert Revision.objects.count() == revisions
    # An edited review note republishes the course.
    edit(root, "01-demo-course/review.yaml", "reviewed_by: Ethos", "reviewed_by: The Ethos")
    course = load_curriculum(root=root)["demo-course"]
    assert course.review["reviewed_by"] == "The Ethos curriculum team (editor)"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "status: verified",
            "status: checked",
            "statement 1 (line 5): 'status' must be one of verified, qualified, corrected, "
            "not 'checked'",
        ),
        (
            "  note: Qualified to say the rule applies in the US only.\n",
            "",
            "statement 2 (line 10): 'note' is required when 'status' is qualified "
            "(what was changed and why)",
        ),
        (
            "where: lessons/01-first-lesson.yaml",
            "where: lessons/09-missing.yaml",
            "statement 1 (line 5): 'where' 'lessons/09-missing.yaml' is not a file of this "
            "module (e.g. lessons/02-....yaml) or of the curriculum (e.g. cases/601-....yaml)",
        ),
        (
            "checked_on: 2026-12-04",
            "checked_on: last week",
            "statement 2 (line 13): 'checked_on' must be a date (YYYY-MM-DD)",
        ),
        (
            "next_review_due: 2027-12-05",
            "next_review_due: 2026-01-01",
            "review (line 3): 'next_review_due' must be after 'reviewed_on'",
        ),
        (
            '  source: "A primary source."\n',
            "",
            "statement 2 (line 10): missing required field 'source'",
        ),
    ],
)
def test_bad_review_yaml_names_file_line_and_field(root, old, new, message):
    (root / "01-demo-course" / "review.yaml").write_text(REVIEW.replace(old, new, 1))
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value).endswith(f"01-demo-course/review.yaml: {message}")
    assert not CoursePage.objects.exists()


DISCLOSURES = """accreditation:
  disclosures:
  - name: A. Author
    role: faculty
    disclosure: {disclosure}
{mitigation}objectives:"""


@pytest.mark.parametrize(
    "disclosure",
    [
        "None.",
        "No relevant financial relationships.",
        "None of the planners has a relevant financial relationship with an ineligible company.",
        "The author has no relevant financial relationships to disclose.",
    ],
)
def test_disclosing_nothing_needs_no_mitigation(root, disclosure):
    edit(root, COURSE, "objectives:", DISCLOSURES.format(disclosure=disclosure, mitigation=""))
    course = load_curriculum(root=root)["demo-course"]
    assert course.disclosure_list[0]["mitigation"] == ""


def test_a_disclosed_relationship_needs_its_mitigation(root):
    relationship = "Consultant, Acme Devices (ended 2025)."
    edit(root, COURSE, "objectives:", DISCLOSURES.format(disclosure=relationship, mitigation=""))
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value).endswith(
        f"{COURSE}: course: accreditation: disclosure 1 (line 13): 'mitigation' is required "
        "when a relevant financial relationship is disclosed (how the conflict was mitigated); "
        'write the disclosure as "None" or "No relevant financial relationships" when there is '
        "none"
    )
    edit(
        root,
        COURSE,
        "objectives:",
        "    mitigation: Content peer reviewed by a planner with no relationships.\nobjectives:",
    )
    course = load_curriculum(root=root)["demo-course"]
    assert course.disclosure_list[0]["mitigation"] == (
        "Content peer reviewed by a planner with no relationships."
    )


EVALUATION = """accreditation:
  evaluation:
    practice_change_prompt: What will you change in how you answer online reviews?
    questions:
    - key: confidence
      text: How confident are you now in replying to a public complaint?
      type: choice
      choices: [Not confident, Somewhat confident, Very confident]
    - key: barriers
      text: What might stop you making this change?
      type: text
objectives:"""


def test_authored_evaluation_is_loaded(root):
    edit(root, COURSE, "objectives:", EVALUATION)
    course = load_curriculum(root=root)["demo-course"]
    assert course.evaluation == {
        "practice_change_prompt": "What will you change in how you answer online reviews?",
        "questions": [
            {
                "key": "confidence",
                "text": "How confident are you now in replying to a public complaint?",
                "type": "choice",
                "choices": ["Not confident", "Somewhat confident", "Very confident"],
            },
            {
                "key": "barriers",
                "text": "What might stop you making this change?",
                "type": "text",
                "choices": [],
            },
        ],
    }


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "type: text",
            "type: scale",
            "question 2 (line 19): 'type' must be one of choice, text, not 'scale'",
        ),
        (
            "key: barriers",
            "key: confidence",
            "question 2 (line 19): 'key' 'confidence' is used twice",
        ),
        (
            "      type: text",
            "      type: text\n      choices: [a, b]",
            "question 2 (line 19): a 'text' question takes no 'choices'",
        ),
        (
            "[Not confident, Somewhat confident, Very confident]",
            "[Only one]",
            "question 1 (line 15): 'choices' must list at least two answers",
        ),
    ],
)
def test_bad_evaluation_names_file_line_and_field(root, old, new, message):
    edit(root, COURSE, "objectives:", EVALUATION.replace(old, new, 1))
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value).endswith(f"{COURSE}: course: accreditation: evaluation: {message}")


def test_review_notes_page_is_for_staff_and_lists_the_statements(root, client):
    (root / "01-demo-course" / "review.yaml").write_text(REVIEW)
    load_curriculum(root=root)
    client.force_login(UserFactory())
    assert client.get("/certificates/review-notes/").status_code == 403
    client.force_login(UserFactory(is_staff=True))
    response = client.get("/certificates/review-notes/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "The FTC&#x27;s Endorsement Guides were revised in 2023." in html
    assert "Qualified to say the rule applies in the US only." in html
    assert 'next review due <time datetime="2027-12-05">2027-12-05</time>' in html


def test_course_admin_shows_the_review_note(root, client):
    (root / "01-demo-course" / "review.yaml").write_text(REVIEW)
    course = load_curriculum(root=root)["demo-course"]
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(f"/cms/pages/{course.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Review note (review.yaml)" in html
    assert "Federal Trade Commission. 16 CFR Part 255 (2023)." in html


def test_a_statement_may_be_made_in_several_places(root):
    several = "where: lessons/01-first-lesson.yaml, lessons/02-second-lesson.yaml (block 2)"
    text = REVIEW.replace("where: lessons/01-first-lesson.yaml", several, 1)
    (root / "01-demo-course" / "review.yaml").write_text(text)
    course = load_curriculum(root=root)["demo-course"]
    assert course.review["statements"][0]["where"] == (
        "lessons/01-first-lesson.yaml, lessons/02-second-lesson.yaml (block 2)"
    )
    bad = REVIEW.replace(
        "where: lessons/01-first-lesson.yaml",
        "where: lessons/01-first-lesson.yaml, lessons/03-nope.yaml",
        1,
    )
    (root / "01-demo-course" / "review.yaml").write_text(bad)
    with pytest.raises(CurriculumError) as exc:
        load_curriculum(root=root)
    assert str(exc.value).endswith(
        "01-demo-course/review.yaml: statement 1 (line 5): 'where' 'lessons/03-nope.yaml' is not "
        "a file of this module (e.g. lessons/02-....yaml) or of the curriculum (e.g. "
        "cases/601-....yaml)"
    )
