"""Writes of the LTI tool: accepting a launch (JIT account, membership, enrolment, gradebook
column), deep-linking responses, score passback and roster pulls.

Tenancy: every account, membership and enrolment is written in the institution the launching
deployment belongs to (``DeploymentInstitution``), never in another; an existing Ethos account
is only linked when it is already an active (invitation accepted) member of that institution.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from lti_tool.models import (
    Key,
    LtiContext,
    LtiDeployment,
    LtiLaunch,
    LtiLineItem,
    LtiMembership,
    LtiUser,
)
from lti_tool.utils import sync_data_from_launch
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem
from pylti1p3.names_roles import NamesRolesProvisioningService
from pylti1p3.service_connector import ServiceConnector

from accounts.models import User
from content.models import CoursePage
from core.stamps import replace_stamp
from courses.services import enrollment_create
from institutions.models import Institution, Membership
from institutions.services import membership_create
from quizzes.models import Attempt, Quiz

from . import selectors
from .models import QuizLineItem, RosterSync, ScorePublish, ScoreStatus, UsedNonce
from .tool import AGS_ENDPOINT, CUSTOM, SCORE_SCOPE

NONCE_KEPT = dt.timedelta(days=2)


class LaunchRefused(Exception):
    """A launch Ethos will not accept; the message says why (shown to the person)."""


@dataclass
class LaunchResult:
    user: User
    institution: Institution
    course: CoursePage | None = None
    quiz: Quiz | None = None
    is_deep_link: bool = False


def _institution_of(deployment: LtiDeployment) -> Institution:
    link = getattr(deployment, "ethos_institution", None)
    if link is None:
        raise LaunchRefused("This LTI deployment is not assigned to an Ethos institution.")
    return link.institution


def _placeholder_email(*, registration_id: int, sub: str) -> str:
    digest = hashlib.sha256(f"{registration_id}:{sub}".encode()).hexdigest()[:24]
    return f"lti-{digest}@lti.invalid"


def account_for_lti_user(
    *, lti_user: LtiUser, institution: Institution, email: str = "", name: str = ""
) -> User:
    """The Ethos account of a platform user (issuer + sub): the one linked before, else an
    existing account that is an active member of this institution with that email, else a new
    account and active membership in this institution. Refuses an account of another
    institution (or of none) that has not accepted this institution's invitation."""
    if lti_user.auth_user_id is not None:
        user = lti_user.auth_user
    else:
        email = (email or "").strip().lower()
        user = User.objects.filter(email__iexact=email).first() if email else None
        if user is None:
            user = User(
                email=email
                or _placeholder_email(registration_id=lti_user.registration_id, sub=lti_user.sub),
                display_name=(name or "")[:150],
            )
            user.set_unusable_password()
            try:
                user.full_clean(exclude=["password"])
            except ValidationError as exc:
                raise LaunchRefused(
                    f"The platform sent an unusable email address {email!r}."
                ) from exc
            user.save()
            membership_create(actor=None, institution=institution, user=user)
    membership = Membership.objects.filter(user=user, institution=institution).first()
    if membership is None or membership.invitation_pending or not membership.is_active:
        if membership is not None and membership.invitation_pending:
            reason = (
                f"{institution.name} has invited {user.email}: accept the invitation in Ethos "
                "(see your email), then launch again."
            )
        elif membership is not None:
            reason = f"{user.email} is no longer an active member of {institution.name}."
        else:
            reason = (
                f"An Ethos account already exists for {user.email} and is not a member of "
                f"{institution.name}. Ask {institution.name}'s administrator for an invitation, "
                "accept it, then launch again."
            )
        raise LaunchRefused(reason)
    if lti_user.auth_user_id != user.pk:
        lti_user.auth_user = user
        lti_user.save(update_fields=["auth_user", "datetime_modified"])
    return user


def _custom(lti_launch: LtiLaunch) -> dict:
    return lti_launch.get_claim(CUSTOM) or {}


def _launch_target(custom: dict) -> tuple[CoursePage | None, Quiz | None]:
    quiz_ref = str(custom.get("ethos_quiz", "")).strip()
    course_ref = str(custom.get("ethos_course", "")).strip()
    if quiz_ref:
        quizzes = Quiz.objects.select_related("course")
        quiz = quizzes.filter(pk=quiz_ref).first() if quiz_ref.isdigit() else None
        if quiz is None:
            raise LaunchRefused(
                f"This link points to quiz {quiz_ref!r}, which Ethos does not have."
            )
        course = quiz.course if quiz.course_id and quiz.course.live else None
        return course, quiz
    if course_ref:
        courses = CoursePage.objects.live()
        course = (
            courses.filter(pk=course_ref).first()
            if course_ref.isdigit()
            else courses.filter(slug=course_ref).first()
        )
        if course is None:
            raise LaunchRefused(
                f"This link points to course {course_ref!r}, which is not published in Ethos."
            )
        return course, None
    return None, None


def _record_lineitem(*, lti_launch: LtiLaunch, quiz: Quiz) -> QuizLineItem | None:
    ags = lti_launch.get_claim(AGS_ENDPOINT) or {}
    url = ags.get("lineitem")
    if not url:
        return None
    context = lti_launch.context
    lineitem = LtiLineItem.objects.filter(url=url).select_related("context").first()
    if lineitem is None:
        lineitem = LtiLineItem.objects.create(
            url=url,
            context=context,
            maximum_score=100,
            label=quiz.title[:255],
            resource_id=f"ethos-quiz-{quiz.pk}",
            resource_link=lti_launch.resource_link,
        )
    elif lineitem.context.deployment_id != context.deployment_id:
        raise LaunchRefused("This gradebook column belongs to another LTI deployment.")
    link, _ = QuizLineItem.objects.update_or_create(lineitem=lineitem, defaults={"quiz": quiz})
    return link


@transaction.atomic
def launch_accept(*, lti_launch: LtiLaunch) -> LaunchResult:
    """Accept a validated launch once (its nonce is spent), sync the platform's records, sign
    the person in to their account in the deployment's institution, enrol them in the linked
    course and remember the quiz's gradebook column. All or nothing."""
    registration = lti_launch.registration
    nonce = str(lti_launch.get_claim("nonce") or "")
    # A nonce older than this cannot come back: pylti1p3 forgets issued nonces after a day, so
    # a replay is refused as "Invalid Nonce" before it gets here.
    UsedNonce.objects.filter(used_at__lt=timezone.now() - NONCE_KEPT).delete()
    try:
        with transaction.atomic():
            UsedNonce.objects.create(registration=registration, nonce=nonce)
    except IntegrityError as exc:
        raise LaunchRefused("This launch was already used (its nonce was replayed).") from exc
    institution = _institution_of(lti_launch.deployment)
    sync_data_from_launch(lti_launch)
    user = account_for_lti_user(
        lti_user=lti_launch.user,
        institution=institution,
        email=lti_launch.get_claim("email") or "",
        name=lti_launch.get_claim("name") or "",
    )
    result = LaunchResult(user=user, institution=institution)
    if lti_launch.is_deep_link_launch:
        if not membership_can_teach(lti_launch.membership):
            raise LaunchRefused("Only instructors can add Ethos content to a course.")
        result.is_deep_link = True
        return result
    if not lti_launch.is_resource_launch:
        raise LaunchRefused("Ethos accepts resource link and deep linking launches only.")
    course, quiz = _launch_target(_custom(lti_launch))
    if course is not None:
        enrollment_create(user=user, course=course, institution=institution)
    if quiz is not None:
        _record_lineitem(lti_launch=lti_launch, quiz=quiz)
    result.course, result.quiz = course, quiz
    return result


def membership_can_teach(membership: LtiMembership) -> bool:
    """Instructors, administrators and content developers of the platform context."""
    return bool(
        membership.is_instructor or membership.is_administrator or membership.is_content_developer
    )


def deep_link_resource(*, kind: str, pk: int, launch_url: str) -> DeepLinkResource:
    """The content item for a course or a quiz; a quiz carries a line item (score out of 100)
    so the platform creates its gradebook column and AGS can fill it."""
    resource = DeepLinkResource().set_url(launch_url)
    if kind == "course":
        course = CoursePage.objects.live().filter(pk=pk).first()
        if course is None:
            raise ValidationError({"item": f"No published course with id {pk}."})
        return resource.set_title(course.title).set_custom_params({"ethos_course": str(pk)})
    if kind == "quiz":
        quiz = Quiz.objects.filter(pk=pk).first()
        if quiz is None:
            raise ValidationError({"item": f"No quiz with id {pk}."})
        lineitem = (
            LineItem()
            .set_label(quiz.title)
            .set_score_maximum(100)
            .set_resource_id(f"ethos-quiz-{quiz.pk}")
            .set_tag("ethos-quiz")
        )
        return (
            resource.set_title(quiz.title)
            .set_custom_params({"ethos_quiz": str(pk)})
            .set_lineitem(lineitem)
        )
    raise ValidationError({"item": f"Unknown kind {kind!r}: choose a course or a quiz."})


# --- Assignment and Grade Services ---------------------------------------------------------


def score_publishes_record(*, attempt: Attempt) -> list[ScorePublish]:
    """Every gradebook column of this quiz in a platform context the learner belongs to gets
    this submitted attempt's score once (unique per attempt and column); returns the new ones.
    An attempt outside LTI costs one query."""
    if attempt.submitted_at is None:
        return []
    from .selectors import gradebook_targets_for_attempt
    from .tasks import score_publish_task

    targets = gradebook_targets_for_attempt(attempt=attempt)
    if not targets:
        return []
    created = []
    with transaction.atomic():
        for lineitem_id, lti_user_id in targets:
            publish, was_created = ScorePublish.objects.get_or_create(
                attempt=attempt,
                lineitem_id=lineitem_id,
                defaults={
                    "lti_user_id": lti_user_id,
                    "score_given": Decimal(attempt.score).quantize(Decimal("0.01")),
                    "score_maximum": Decimal(100),
                    "activity_progress": "Completed" if attempt.passed else "Submitted",
                    "grading_progress": "FullyGraded",
                },
            )
            if was_created:
                created.append(publish)
                score_publish_task.delay_on_commit(publish.pk)
    return created


def _record_try(publish_id: int, **fields) -> None:
    ScorePublish.objects.filter(pk=publish_id).update(**fields)


def score_publish_send(*, publish: ScorePublish, final_try: bool = False) -> ScorePublish:
    """POST the score to the platform's line item (AGS); a score already sent is not sent
    again. A failure is recorded on the row and raised, so the task retries it."""
    if publish.status == ScoreStatus.SENT:
        return publish
    lineitem = publish.lineitem
    registration = lineitem.context.deployment.registration
    grade = (
        Grade()
        .set_score_given(float(publish.score_given))
        .set_score_maximum(float(publish.score_maximum))
        .set_activity_progress(publish.activity_progress)
        .set_grading_progress(publish.grading_progress)
        .set_timestamp(publish.attempt.submitted_at.isoformat())
        .set_user_id(publish.lti_user.sub)
    )
    ags = AssignmentsGradesService(
        ServiceConnector(registration.to_registration()),
        {"scope": [SCORE_SCOPE], "lineitem": lineitem.url},
    )
    tries = publish.tries + 1
    try:
        ags.put_grade(grade)
    except Exception as exc:
        _record_try(
            publish.pk,
            tries=tries,
            last_error=str(exc)[:2000],
            status=ScoreStatus.FAILED if final_try else ScoreStatus.PENDING,
        )
        raise
    now = timezone.now()
    _record_try(publish.pk, tries=tries, last_error="", status=ScoreStatus.SENT, sent_at=now)
    publish.refresh_from_db()
    return publish


# --- Names and Role Provisioning Services ---------------------------------------------------


def roster_pull(*, context: LtiContext, requested_by: User | None = None) -> RosterSync:
    """Fetch the platform context's roster (NRPS) and create or update its members' Ethos
    accounts and memberships in the deployment's institution only; people whose account belongs
    elsewhere are listed as refused, not attached."""
    if not context.memberships_url:
        raise ValidationError(
            "This course has no roster service: the platform sent no NRPS claim in its launches."
        )
    institution = _institution_of(context.deployment)
    registration = context.deployment.registration
    nrps = NamesRolesProvisioningService(
        ServiceConnector(registration.to_registration()),
        {"context_memberships_url": context.memberships_url},
    )
    members = nrps.get_members()
    with transaction.atomic():
        known = set(
            LtiUser.objects.filter(registration=registration, auth_user__isnull=False).values_list(
                "sub", flat=True
            )
        )
        context.update_memberships(members)
        sync = RosterSync(context=context, requested_by=requested_by, members=len(members))
        for member in members:
            if member.get("status", "Active") != "Active":
                continue
            lti_user = LtiUser.objects.get(registration=registration, sub=member["user_id"])
            try:
                with transaction.atomic():
                    account_for_lti_user(
                        lti_user=lti_user,
                        institution=institution,
                        email=member.get("email") or "",
                        name=member.get("name") or "",
                    )
            except LaunchRefused as exc:
                sync.refused.append({"user_id": member["user_id"], "reason": str(exc)})
                continue
            if member["user_id"] in known:
                sync.updated += 1
            else:
                sync.created += 1
        sync.save()
    return sync


def tool_key_ensure() -> Key:
    """Ethos's tool signing key (published at the JWKS URL): the newest active one, created on
    first use. Rotate with ``manage.py rotate_keys``."""
    key = Key.objects.active().order_by("-datetime_created").first()
    return key or Key.objects.generate()


def bump_graded_quizzes() -> None:
    """A quiz's gradebook columns changed: every process reads them again (at once and after
    commit, so a reader that saw the old rows mid-commit holds them under an old stamp)."""
    replace_stamp(selectors.GRADED_QUIZZES_KEY)
