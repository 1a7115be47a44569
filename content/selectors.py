"""Reads of the content tree: the catalog, course and lesson pages, and the final-quiz link.

Learner state (enrollment, ticks, progress, notes) belongs to ``courses``, which sits above
content; pages get it through the ``content_learner_context`` Wagtail hook that ``courses``
registers, so content never imports courses.
"""

import hashlib

from django import forms
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail import hooks

from accounts.models import Profession

from .fragments import fill, kept
from .models import CoursePage, CreditType, LessonPage
from .shared import shared

LEARNER_CONTEXT_HOOK = "content_learner_context"

# Courses run 45–75 minutes (≈ 200 words a minute plus the quiz), so the buckets split there.
LENGTHS = {
    "short": ("Up to an hour", 0, 60),
    "medium": ("61 to 90 minutes", 61, 90),
    "long": ("More than 90 minutes", 91, None),
}


def credit_claimants(credit_type: CreditType) -> str:
    """Who may claim ``credit_type``, for people: "physicians, nurses" (or "" for anyone)."""
    labels = dict(Profession.choices)
    return ", ".join(labels.get(p, p).lower() + "s" for p in credit_type.eligible_professions or [])


def credit_claim_problem(*, credit_type: CreditType, user) -> str:
    """Why ``user`` may not claim ``credit_type`` ("" when they may): the credit type names the
    professions that may claim it and the profile fields its reporting needs."""
    eligible = credit_type.eligible_professions or []
    labels = dict(Profession.choices)
    if eligible and user.profession not in eligible:
        who = credit_claimants(credit_type)
        return (
            f"{credit_type.name} may be claimed only by {who}; your profile says "
            f"{labels.get(user.profession, user.profession).lower()}. Update your profession "
            "in your profile if it is wrong."
        )
    from .models import CLAIM_PROFILE_FIELDS

    missing = [
        CLAIM_PROFILE_FIELDS.get(f, f)
        for f in credit_type.required_profile_fields or []
        if getattr(user, f, None) in (None, "")
    ]
    if missing:
        return f"To claim {credit_type.name}, add your {', '.join(missing)} to your profile."
    return ""


def course_final_quiz_id(course) -> int | None:
    """Id of the course's final quiz, or None.

    The Quiz model lives in ``quizzes`` (above content in the import chain) and points here with
    ``Quiz.course = OneToOneField(CoursePage, related_name="final_quiz")``. Content must not
    import quizzes, so every reader goes through this reverse accessor, and a missing quiz (or a
    quizzes app whose model does not exist yet) simply means "no final quiz".
    """
    quiz = course_final_quiz(course)
    return quiz.id if quiz is not None else None


def course_final_quiz(course):
    """The course's final quiz (through the reverse accessor, see above), or None."""
    try:
        return course.final_quiz
    except (ObjectDoesNotExist, AttributeError):
        return None


def live_lesson_count(course_path: str = "") -> Coalesce:
    """Annotation: number of live lessons directly under each course (one subquery, no N+1).

    ``course_path`` reaches the course from the annotated model (``"course__"`` on enrollments)."""
    lessons = (
        LessonPage.objects.filter(
            live=True,
            depth=OuterRef(f"{course_path}depth") + 1,
            path__startswith=OuterRef(f"{course_path}path"),
        )
        .order_by()
        .annotate(group=Value(1))
        .values("group")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(lessons, output_field=IntegerField()), 0)


def catalog_courses() -> QuerySet[CoursePage]:
    """Published, public courses in catalog (tree) order, with credit type and lesson count."""
    return (
        CoursePage.objects.for_catalog().annotate(lesson_count=live_lesson_count()).order_by("path")
    )


def _search_course_ids(q: str) -> set[int]:
    """Courses matching the words (whole words anywhere, or the start of a word in a title:
    "misinfo") directly or through one of their live lessons."""

    def matching(pages: QuerySet) -> list:
        return [*pages.search(q), *pages.autocomplete(q)]

    ids = {page.pk for page in matching(CoursePage.objects.live().public())}
    lesson_paths = [page.path for page in matching(LessonPage.objects.live().public())]
    if lesson_paths:
        steplen = CoursePage.steplen
        parent_paths = {path[:-steplen] for path in lesson_paths}
        ids |= set(CoursePage.objects.filter(path__in=parent_paths).values_list("pk", flat=True))
    return ids


def catalog_search(
    *, q: str = "", profession: str = "", credit_type: str = "", length: str = ""
) -> QuerySet[CoursePage]:
    """The catalog narrowed by search words, audience profession, credit type slug and length."""
    qs = catalog_courses()
    if q:
        qs = qs.filter(pk__in=_search_course_ids(q))
    if profession:
        # audience is a JSON list; match the quoted value so "other" never matches "others".
        qs = qs.filter(audience__icontains=f'"{profession}"')
    if credit_type:
        qs = qs.filter(credit_type__slug=credit_type)
    if length in LENGTHS:
        _, low, high = LENGTHS[length]
        qs = qs.filter(estimated_minutes__gte=low)
        if high is not None:
            qs = qs.filter(estimated_minutes__lte=high)
    return qs


def catalog_cards_key(courses) -> str:
    """Cache key of the rendered course cards: changes when a course shown is published, moved
    or renamed, its lesson count or credit type name changes, or the list itself changes."""
    hasher = hashlib.md5(usedforsecurity=False)
    for course in courses:
        credit = course.credit_type.name if course.credit_type_id else ""
        hasher.update(f"{course.cache_key}:{course.lesson_count}:{credit};".encode())
    return hasher.hexdigest()


def catalog_filters_key(form: "CatalogFilterForm") -> str:
    """Cache key of the rendered filter form: its choices (credit types) and submitted values."""
    hasher = hashlib.md5(usedforsecurity=False)
    hasher.update(repr(form.fields["credit_type"].choices).encode())
    hasher.update(repr(sorted(form.data.lists()) if form.is_bound else None).encode())
    return hasher.hexdigest()


class CatalogFilterForm(forms.Form):
    q = forms.CharField(label="Search courses and lessons", required=False, max_length=200)
    profession = forms.ChoiceField(
        label="Profession", required=False, choices=[("", "Any profession"), *Profession.choices]
    )
    credit_type = forms.ChoiceField(label="Credit", required=False)
    length = forms.ChoiceField(
        label="Length",
        required=False,
        choices=[("", "Any length")] + [(k, v[0]) for k, v in LENGTHS.items()],
    )

    def __init__(self, *args, credit_types: list[tuple[str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if credit_types is None:
            credit_types = catalog_credit_types()
        self.fields["credit_type"].choices = [("", "Any credit"), *credit_types]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if v}


def catalog_credit_types() -> list[tuple[str, str]]:
    """(slug, name) of the credit types live courses offer, by name."""
    return list(
        CreditType.objects.filter(courses__live=True)
        .distinct()
        .order_by("name")
        .values_list("slug", "name")
    )


def catalog_filter_form(*, data, request=None) -> CatalogFilterForm:
    """The catalog's filter form; its credit-type choices are shared by every visitor."""
    credit_types = shared(request, "catalog:credit-types", catalog_credit_types)
    return CatalogFilterForm(data=data or None, credit_types=credit_types)


def catalog_page_courses(*, request, filters: dict) -> list[CoursePage]:
    """The catalog's courses: the unfiltered list is shared by every visitor, searches run."""
    if filters:
        return list(catalog_search(**filters))
    return shared(request, "catalog:courses", lambda: list(catalog_courses()))


def course_outline(course: CoursePage, request=None) -> dict:
    """What every visitor of a course or lesson page sees of the course: its live lessons (no
    bodies), its final quiz's id and pass mark and its credit offers; shared by everyone while
    the content generation holds (content.shared)."""

    def build() -> dict:
        quiz = course_final_quiz(course)
        return {
            "lessons": list(course.lessons().defer_streamfields()),
            "final_quiz_id": quiz.id if quiz is not None else None,
            "final_quiz_pass_mark": quiz.pass_mark if quiz is not None else None,
            "credit_offers": course_credit_offers(course),
        }

    # Kept in process memory too (content.fragments) under the generation the request's route
    # read: no round trip and no unpickling once this worker has it.
    return kept(
        request, ("outline", course.pk), lambda: shared(request, f"outline:{course.pk}", build)
    )


def learner_context(*, page, request, context: dict) -> dict:
    """Extra template context for a page from the apps above content (the learner's state).

    Each provider is called as ``provider(page=, request=, context=)`` and returns a dict; it may
    read (not change) what content and the providers before it (lower apps first: courses puts
    ``enrollment`` there) put in ``context``.
    """
    extra: dict = {}
    for provider in hooks.get_hooks(LEARNER_CONTEXT_HOOK):
        extra.update(provider(page=page, request=request, context={**context, **extra}) or {})
    return extra


def course_credit_offers(course: CoursePage) -> list[dict]:
    """What the course offers, for its page: each credit type with its maximum, filled-in
    designation and accreditation statements and who may claim it (one query)."""
    offers = []
    for offer in course.credit_offers():
        kind = offer.credit_type
        if not kind.awards_credit:
            continue
        offers.append(
            {
                "name": kind.name,
                "amount": offer.amount_display,
                "designation": offer.designation,
                "accreditation": kind.accreditation_for(),
                "eligible": credit_claimants(kind) or "anyone",
            }
        )
    return offers


def course_page_context(*, course: CoursePage, request) -> dict:
    outline = course_outline(course, request)
    lessons = outline["lessons"]
    context = {
        "lessons": lessons,
        "lesson_minutes": sum(lesson.estimated_minutes for lesson in lessons),
        "final_quiz_id": outline["final_quiz_id"],
        "final_quiz_pass_mark": outline["final_quiz_pass_mark"],
        "course": course,
        "credit_offers": outline["credit_offers"],
    }
    context.update(learner_context(page=course, request=request, context=context))
    html = kept(
        request,
        ("course-lessons", course.pk),
        lambda: render_to_string(
            "content/_course_lessons.html", {"lessons": lessons, "request": request}
        ),
    )
    context["lesson_list_html"] = fill(html, done_ids=context.get("done_ids") or ())
    # Credit, accreditation, disclosures and references: the same for everyone (per day: the
    # expiry notice).
    context["course_details_html"] = kept(
        request,
        ("course-details", course.pk, timezone.localdate()),
        lambda: render_to_string(
            "content/_course_details.html",
            {
                "page": course,
                "credit_offers": outline["credit_offers"],
                "final_quiz_pass_mark": outline["final_quiz_pass_mark"],
                "request": request,
            },
        ),
    )
    return context


def lesson_course(lesson: LessonPage) -> CoursePage:
    """The lesson's course: the one routing already fetched when the lesson was served (Wagtail
    caches the parent on the child), else one query."""
    parent = getattr(lesson, "_cached_parent_obj", None)
    if isinstance(parent, CoursePage) and parent.path == lesson.path[: -lesson.steplen]:
        return parent
    return CoursePage.objects.select_related("credit_type").get(path=lesson.path[: -lesson.steplen])


def lesson_neighbours(
    lesson: LessonPage, lessons: list[LessonPage]
) -> tuple[int | None, LessonPage | None, LessonPage | None]:
    """(1-based position, previous lesson, next lesson) of ``lesson`` among ``lessons`` (its
    course's live lessons in order, ``course.lessons()``); (None, None, None) when it is not one
    of them (an unpublished lesson previewed by an editor)."""
    ids = [sibling.pk for sibling in lessons]
    if lesson.pk not in ids:
        return None, None, None
    index = ids.index(lesson.pk)
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    return index + 1, previous, following


def lesson_body_parts(lesson: LessonPage, request=None) -> list[dict]:
    """The lesson body in order, as runs of blocks that render the same for everyone
    (``{"html": ...}``: rendered once and kept for every visitor, content.fragments) and the
    reflection blocks between them (``{"reflection": block}``: the learner's own note and a
    form, rendered per visitor)."""

    def build() -> list[dict]:
        runs: list[dict] = []
        for block in lesson.body:
            if block.block_type == "reflection":
                runs.append({"reflection": block})
            elif runs and "blocks" in runs[-1]:
                runs[-1]["blocks"].append(block)
            else:
                runs.append({"blocks": [block]})
        return [
            run
            if "reflection" in run
            else {
                "html": render_to_string(
                    "content/_lesson_body_part.html",
                    {"blocks": run["blocks"], "page": lesson, "request": request},
                )
            }
            for run in runs
        ]

    return kept(request, ("lesson-body", lesson.pk, str(lesson.last_published_at)), build)


def lesson_page_context(*, lesson: LessonPage, request) -> dict:
    course = lesson_course(lesson)
    outline = course_outline(course, request)
    lessons = outline["lessons"]
    position, previous_lesson, next_lesson = lesson_neighbours(lesson, lessons)
    context = {
        "course": course,
        "lessons": lessons,
        "position": position,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "final_quiz_id": outline["final_quiz_id"],
        "body_parts": lesson_body_parts(lesson, request),
    }
    shared_context = {**context, "request": request}
    context["breadcrumb_html"], context["lesson_nav_html"] = kept(
        request,
        ("lesson-chrome", lesson.pk),
        lambda: (
            render_to_string("content/_lesson_breadcrumb.html", shared_context),
            render_to_string("content/_lesson_nav.html", shared_context),
        ),
    )
    context.update(learner_context(page=lesson, request=request, context=context))
    html = kept(
        request,
        ("lesson-outline", course.pk),
        lambda: render_to_string(
            "content/_lesson_outline.html",
            {
                "course": course,
                "lessons": lessons,
                "final_quiz_url": context.get("final_quiz_url"),
                "request": request,
            },
        ),
    )
    enrollment = context.get("enrollment")
    context["outline_html"] = fill(
        html,
        done_ids=context.get("done_ids") or (),
        current_id=lesson.pk,
        quiz_passed=bool(enrollment is not None and enrollment.quiz_passed_at),
    )
    return context
