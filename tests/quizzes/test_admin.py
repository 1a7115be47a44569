import pytest

from quizzes.models import CaseStatus, PostCase
from quizzes.services.cases import SAFE_HARBOR_CHECKLIST
from tests.factories import UserFactory
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_create_case_in_admin_runs_the_anonymizer_and_status_is_not_editable(admin_client):
    add = admin_client.get("/cms/snippets/quizzes/postcase/add/").content.decode()
    assert 'name="status"' not in add
    response = admin_client.post(
        "/cms/snippets/quizzes/postcase/add/",
        {
            "platform": "facebook",
            "author_role": "Paramedic",
            "year": "2021",
            "slug": "",
            "raw_text": "Great save today with Jane Doe at 12 Elm Street, call 555-867-5309",
            "text": "",
            "media_description": "",
            "likes": "1",
            "comments": "0",
            "shares": "0",
            "competencies": ["confidentiality"],
            "provenance_note": "Submitted by a learner.",
            "external_id": "",
            "status": "published",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    case = PostCase.objects.get()
    assert case.status == CaseStatus.DRAFT and case.source == "admin"
    assert "555-867-5309" not in case.text and case.raw_text.startswith("Great save")


def test_moderation_view_walks_the_workflow(admin_client):
    from tests.quizzes.conftest import make_case

    case = make_case(status=CaseStatus.DRAFT, raw_text="raw")
    url = f"/cms/quizzes/cases/{case.pk}/moderate/"
    assert "Submit for review" in admin_client.get(url).content.decode()
    admin_client.post(url, {"action": "submit"})
    response = admin_client.post(url, {"action": "approve", "names": "on"}, follow=True)
    assert "Tick every Safe Harbor checklist item before approving" in response.content.decode()
    admin_client.post(url, {"action": "approve", **dict.fromkeys(SAFE_HARBOR_CHECKLIST, "on")})
    admin_client.post(url, {"action": "publish"})
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED and case.raw_text == ""


def test_snippet_listings_and_previews_render(admin_client):
    quiz = make_quiz(n=2)
    for path in ("postcase", "question", "quiz"):
        assert admin_client.get(f"/cms/snippets/quizzes/{path}/").status_code == 200
    assert admin_client.get(f"/cms/snippets/quizzes/quiz/edit/{quiz.pk}/").status_code == 200
    question = quiz.quiz_questions.first().question
    assert (
        admin_client.get(f"/cms/snippets/quizzes/question/edit/{question.pk}/").status_code == 200
    )
    preview = admin_client.get(f"/cms/snippets/quizzes/quiz/preview/{quiz.pk}/")
    assert preview.status_code in (200, 405)
