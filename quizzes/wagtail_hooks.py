"""Wagtail admin for the quiz engine (snippets, moderation, item statistics) and the learner
hooks of the learning core (course page quiz link, My learning)."""

from __future__ import annotations

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from content.selectors import LEARNER_CONTEXT_HOOK
from courses.hooks import MY_LEARNING_ENROLLMENT_LINKS, MY_LEARNING_SECTIONS

from . import admin_views
from .forms import PostCaseAdminForm
from .models import CaseSource, CaseStatus, PostCase, Question, Quiz
from .services.cases import EDITABLE_FIELDS, post_case_create, post_case_update
from .widgets import TokenPickerWidget


class PostCaseCreateView(CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return post_case_create(
            raw_text=data["raw_text"],
            platform=data["platform"],
            author_role=data["author_role"],
            year=data["year"],
            media_description=data.get("media_description", ""),
            likes=data.get("likes") or 0,
            comments=data.get("comments") or 0,
            shares=data.get("shares") or 0,
            competencies=list(data.get("competencies") or []),
            provenance_note=data.get("provenance_note", ""),
            slug=data.get("slug", ""),
            source=CaseSource.ADMIN,
            external_id=data.get("external_id", ""),
            created_by=self.request.user,
        )


class PostCaseEditView(EditView):
    def save_instance(self):
        data = self.form.cleaned_data
        fields = {k: data[k] for k in EDITABLE_FIELDS if k in data}
        return post_case_update(case=self.object, actor=self.request.user, **fields)


class PostCaseViewSet(SnippetViewSet):
    model = PostCase
    icon = "comment"
    menu_label = "Post cases"
    add_view_class = PostCaseCreateView
    edit_view_class = PostCaseEditView
    list_display = [
        "__str__",
        "platform",
        "author_role",
        Column("status", label="Status", accessor="get_status_display"),
        "source",
        "updated_at",
    ]
    list_filter = ["status", "platform", "source"]
    search_fields = ["text", "author_role", "slug"]
    # Admin listings search with the ORM (icontains on these columns): the search backend
    # refuses fields it does not index and SQLite full-text tables miss some columns.
    search_backend_name = None
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("platform"), FieldPanel("author_role")]),
                    FieldRowPanel([FieldPanel("year"), FieldPanel("slug")]),
                ],
                heading="Post",
            ),
            FieldPanel("raw_text"),
            FieldPanel("text"),
            FieldPanel("media_description"),
            FieldRowPanel([FieldPanel("likes"), FieldPanel("comments"), FieldPanel("shares")]),
            FieldPanel("competencies"),
            FieldPanel("provenance_note"),
            FieldPanel("external_id"),
        ],
        base_form_class=PostCaseAdminForm,
    )


class QuestionCreateView(CreateView):
    """``?post_case=<id>`` of a published case starts the question from that case."""

    def get_initial(self):
        initial = super().get_initial()
        case_id = self.request.GET.get("post_case", "")
        if case_id.isdigit() and len(case_id) <= 18:
            case = PostCase.objects.published().filter(pk=int(case_id)).first()
            if case is not None:
                initial["post_case"] = case
                if case.competencies:
                    initial["competency"] = case.competencies[0]
                initial["stem"] = "In this post, "
        return initial


class QuestionViewSet(SnippetViewSet):
    model = Question
    add_view_class = QuestionCreateView
    icon = "help"
    menu_label = "Questions"
    list_display = ["__str__", "type", "competency", "points"]
    list_filter = ["type", "competency"]
    search_fields = ["stem"]
    search_backend_name = None
    panels = [
        FieldPanel("post_case"),
        FieldRowPanel([FieldPanel("type"), FieldPanel("competency"), FieldPanel("points")]),
        FieldPanel("stem"),
        FieldPanel("explanation"),
        FieldPanel("sort_order"),
        InlinePanel(
            "choices",
            heading="Choices (ordering: steps in the correct order; spot: key spans)",
            panels=[
                FieldPanel("text"),
                FieldRowPanel([FieldPanel("is_correct"), FieldPanel("competency")]),
                FieldPanel("feedback"),
                FieldPanel("tokens", widget=TokenPickerWidget),
            ],
        ),
    ]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = "Quizzes"
    list_display = ["title", "course", "selection", "pass_mark", "attempts_allowed"]
    search_fields = ["title"]
    search_backend_name = None
    panels = [
        FieldPanel("title"),
        FieldPanel("course"),
        FieldRowPanel(
            [FieldPanel("pass_mark"), FieldPanel("attempts_allowed"), FieldPanel("shuffle")]
        ),
        FieldRowPanel(
            [FieldPanel("selection"), FieldPanel("feedback_timing"), FieldPanel("layout")]
        ),
        FieldPanel("questions_per_page"),
        FieldRowPanel([FieldPanel("review_policy"), FieldPanel("cooloff_hours")]),
        InlinePanel(
            "quiz_questions",
            heading="Questions (fixed, or pool members)",
            panels=[FieldRowPanel([FieldPanel("question"), FieldPanel("pool")])],
        ),
        InlinePanel(
            "pools",
            heading="Question pools (selection: drawn from question pools)",
            panels=[FieldRowPanel([FieldPanel("name"), FieldPanel("draw")])],
        ),
        InlinePanel(
            "draw_rules",
            heading="Random draw per attempt",
            panels=[FieldRowPanel([FieldPanel("competency"), FieldPanel("count")])],
        ),
    ]


class QuizzesGroup(SnippetViewSetGroup):
    menu_label = "Quizzes"
    menu_icon = "tasks"
    menu_order = 250
    items = (PostCaseViewSet, QuestionViewSet, QuizViewSet)


register_snippet(QuizzesGroup)


@hooks.register("register_admin_urls")
def register_quiz_admin_urls():
    return [
        path(
            "quizzes/cases/<id:pk>/moderate/",
            admin_views.case_moderate,
            name="quizzes_case_moderate",
        ),
        path(
            "quizzes/cases/<id:pk>/tokens.json",
            admin_views.case_tokens,
            name="quizzes_case_tokens",
        ),
        path(
            "quizzes/quiz/<id:pk>/statistics/",
            admin_views.quiz_statistics,
            name="quizzes_quiz_statistics",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def quiz_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Quiz) and (
        user.has_perm("quizzes.change_quiz") or user.has_perm("quizzes.view_quiz")
    ):
        yield ListingButton(
            "Statistics",
            reverse("quizzes_quiz_statistics", args=[snippet.pk]),
            icon_name="table",
            priority=10,
        )
    if isinstance(snippet, PostCase) and user.has_perm("quizzes.change_postcase"):
        yield ListingButton(
            "Review and status",
            reverse("quizzes_case_moderate", args=[snippet.pk]),
            icon_name="tick",
            priority=10,
        )
    if (
        isinstance(snippet, PostCase)
        and snippet.status == CaseStatus.PUBLISHED
        and user.has_perm("quizzes.add_question")
    ):
        yield ListingButton(
            "Create a question from this case",
            f"{reverse(Question.snippet_viewset.get_url_name('add'))}?post_case={snippet.pk}",
            icon_name="help",
            priority=20,
        )


# --- Learner hooks (learning core) ------------------------------------------------------------


@hooks.register(LEARNER_CONTEXT_HOOK)
def final_quiz_context(*, page, request, context):
    from .selectors import final_quiz_learner_context

    # content put the course's final quiz id in the context already (one query, not two).
    return final_quiz_learner_context(
        course=context.get("course"), user=request.user, quiz_id=context.get("final_quiz_id", ...)
    )


@hooks.register(MY_LEARNING_ENROLLMENT_LINKS)
def final_quiz_links(*, request, enrollments):
    from .selectors import final_quiz_links_for_enrollments

    return final_quiz_links_for_enrollments(enrollments=enrollments)


@hooks.register(MY_LEARNING_SECTIONS)
def attempts_section(*, request, enrollments):
    from .selectors import attempts_summary_for_user

    rows = attempts_summary_for_user(user=request.user)
    if not rows:
        return []
    return [
        {
            "template": "quizzes/_my_learning_attempts.html",
            "context": {"rows": rows},
            "placement": "bottom",
        }
    ]


# --- Case intake and review (quizzes.intake) -------------------------------------------------


@hooks.register("register_admin_urls")
def register_intake_admin_urls():
    from .intake import views as intake_views

    return [
        path("quizzes/intake/import/", intake_views.import_create, name="quizzes_intake_import"),
        path(
            "quizzes/intake/import/<id:pk>/",
            intake_views.import_detail,
            name="quizzes_intake_import_detail",
        ),
        path(
            "quizzes/intake/import/<id:pk>/status.json",
            intake_views.import_status,
            name="quizzes_intake_import_status",
        ),
        path(
            "quizzes/intake/review/",
            intake_views.review_queue_view,
            name="quizzes_intake_review_queue",
        ),
        path(
            "quizzes/intake/review/<id:pk>/",
            intake_views.review_case,
            name="quizzes_intake_review",
        ),
    ]


class _PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_case_review_menu_item():
    from .intake.selectors import REVIEW_PERMISSION

    return _PermissionMenuItem(
        "Case review",
        reverse("quizzes_intake_review_queue"),
        icon_name="tick",
        order=260,
        name="case-review",
        permission=REVIEW_PERMISSION,
    )


@hooks.register("register_admin_menu_item")
def register_import_posts_menu_item():
    from .intake.selectors import IMPORT_PERMISSION

    return _PermissionMenuItem(
        "Import posts",
        reverse("quizzes_intake_import"),
        icon_name="upload",
        order=261,
        name="import-posts",
        permission=IMPORT_PERMISSION,
    )


# --- Wagtail dashboard: what waits for reviewers ----------------------------------------------


class CaseReviewPanel(Component):
    name = "case_review"
    order = 50
    template_name = "quizzes/admin/case_review_panel.html"

    def __init__(self, *, counts: dict[str, int]):
        self.counts = counts

    def get_context_data(self, parent_context=None):
        return {
            "in_review": self.counts[CaseStatus.IN_REVIEW],
            "approved": self.counts[CaseStatus.APPROVED],
            "queue_url": reverse("quizzes_intake_review_queue"),
        }


@hooks.register("construct_homepage_panels")
def case_review_panel(request, panels):
    from .intake.selectors import case_status_counts, is_reviewer

    if is_reviewer(request.user):
        panels.append(CaseReviewPanel(counts=case_status_counts()))
