"""Reads of the LTI tool."""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from lti_tool.models import LtiContext, LtiMembership

from content.models import CoursePage
from core.stamps import current_stamp
from quizzes.models import Attempt, Quiz

from .models import QuizLineItem, RosterSync, ScorePublish

GRADED_QUIZZES_KEY = "lti:graded-quizzes:gen"

# This process's answer to "which quizzes have a gradebook column anywhere?", held under the
# stamp GRADED_QUIZZES_KEY (replaced whenever a column is added, moved or removed:
# lti.receivers): (stamp, quiz ids).
_graded: tuple[str, frozenset[int]] | None = None


def graded_quiz_ids() -> frozenset[int] | None:
    """The quizzes that have at least one gradebook column (QuizLineItem) in any platform
    context: one small cache read while this process holds them under the current stamp.
    None without a shared cache (the caller then asks the database)."""
    global _graded
    if not getattr(settings, "SHARED_CONTENT_CACHE", False):
        return None
    stamp = current_stamp(GRADED_QUIZZES_KEY)
    if stamp is None:
        return None
    held = _graded
    if held is not None and held[0] == stamp:
        return held[1]
    ids = frozenset(QuizLineItem.objects.values_list("quiz_id", flat=True).distinct())
    _graded = (stamp, ids)
    return ids


def gradebook_targets_for_attempt(*, attempt: Attempt) -> list[tuple[int, int]]:
    """(line item id, LTI user id) for each gradebook column of the attempt's quiz in a platform
    context where the attempt's owner is an active member (one query; none when the quiz has
    no gradebook column at all, which this process holds: ``graded_quiz_ids``)."""
    graded = graded_quiz_ids()
    if graded is not None and attempt.quiz_id not in graded:
        return []
    rows = LtiMembership.objects.filter(
        is_active=True,
        user__auth_user_id=attempt.user_id,
        context__line_items__ethos_quiz__quiz_id=attempt.quiz_id,
    ).values_list("context__line_items__id", "user_id")
    return sorted(set(rows))


def deep_link_choices() -> tuple[QuerySet[CoursePage], QuerySet[Quiz]]:
    """What an instructor may pick: published courses and every quiz (with its course)."""
    courses = CoursePage.objects.live().order_by("title")
    quizzes = Quiz.objects.select_related("course").order_by("title")
    return courses, quizzes


def score_publishes_for_attempt(*, attempt: Attempt) -> QuerySet[ScorePublish]:
    """The gradebook passbacks of one attempt, with their column and LTI user."""
    return ScorePublish.objects.filter(attempt=attempt).select_related("lineitem", "lti_user")


def context_for_launch(*, deployment_id: int, context_id: int) -> LtiContext | None:
    """A platform context of this deployment only (tenancy: never another deployment's)."""
    return (
        LtiContext.objects.filter(pk=context_id, deployment_id=deployment_id)
        .select_related("deployment__registration", "deployment__ethos_institution__institution")
        .first()
    )


def roster_syncs_for_context(*, context: LtiContext) -> QuerySet[RosterSync]:
    """Roster pulls of one context, newest first."""
    return RosterSync.objects.filter(context=context)
