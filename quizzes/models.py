"""Post cases, the question bank, quizzes, attempts and responses.

Correctness lives only here (``Choice.is_correct``, ``Choice.tokens`` of spot keys, the
``sort_order`` of ordering steps) and is read only by the scoring service and by views of a
submitted attempt. Status changes of a post case go through ``quizzes.services.cases``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

from core.formatting import display_datetime
from core.redaction import register_sensitive
from core.vocabularies import Platform

from .tokens import tokenize


class Competency(models.TextChoices):
    CONFIDENTIALITY = "confidentiality", "Confidentiality & privacy"
    MISINFORMATION = "misinformation", "Misinformation"
    BOUNDARIES = "boundaries", "Professional boundaries"
    CONSENT = "consent", "Consent"
    LEGAL = "legal", "Legal & regulatory"
    ADVOCACY = "advocacy", "Advocacy & public health"
    DIGITAL_LITERACY = "digital_literacy", "Digital literacy"


class CaseStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"
    RETIRED = "retired", "Retired"


class CaseSource(models.TextChoices):
    IMPORT = "import", "Import"
    ADMIN = "admin", "Admin"
    CURRICULUM = "curriculum", "Curriculum"


# Raw text may exist only before approval; approval purges it (DB-enforced below).
PRE_APPROVAL = (CaseStatus.DRAFT, CaseStatus.IN_REVIEW)


class PostCaseQuerySet(models.QuerySet):
    def published(self) -> PostCaseQuerySet:
        return self.filter(status=CaseStatus.PUBLISHED)

    def with_status(self, status: str) -> PostCaseQuerySet:
        return self.filter(status=status)


class PostCase(index.Indexed, models.Model):
    """A social media post, anonymized and reviewed, shown to learners as a card."""

    # Curriculum cases are keyed by slug; every edit that must not touch answered questions
    # becomes a new version (see quizzes/loader.py). "" for imported and admin-made cases.
    slug = models.SlugField(max_length=80, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    platform = models.CharField(max_length=20, choices=Platform.choices)
    author_role = models.CharField(
        max_length=120, help_text='Who posted it, e.g. "ICU nurse", "medical student".'
    )
    raw_text = models.TextField(
        blank=True,
        help_text="The post as received. Reviewers only; purged when the case is approved.",
    )
    findings = models.JSONField(
        default=list,
        blank=True,
        help_text="Anonymizer replacements relative to raw_text; purged on approval.",
    )
    finding_counts = models.JSONField(
        default=dict, blank=True, help_text="Replacements by identifier type: {type: count}."
    )
    text = models.TextField("anonymized text", help_text="What learners see.")
    media_description = models.TextField(
        blank=True, help_text="What the image or video showed, in words. Never the image itself."
    )
    likes = models.PositiveIntegerField(default=0)
    comments = models.PositiveIntegerField(default=0)
    shares = models.PositiveIntegerField(default=0)
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    competencies = models.JSONField(default=list, blank=True)
    provenance_note = models.TextField(
        blank=True, help_text="How the post was sourced and that it was anonymized."
    )
    source = models.CharField(max_length=20, choices=CaseSource.choices, default=CaseSource.ADMIN)
    external_id = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=20, choices=CaseStatus.choices, default=CaseStatus.DRAFT, editable=False
    )
    status_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    # Hash of the curriculum source last loaded into this case; "" when not from the curriculum.
    source_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostCaseQuerySet.as_manager()

    search_fields = [
        index.SearchField("text"),
        index.SearchField("author_role"),
        index.AutocompleteField("slug"),
        index.FilterField("status"),
        index.FilterField("platform"),
    ]

    class Meta:
        ordering = ["slug", "-version", "-created_at"]
        verbose_name = "post case"
        permissions = [("review_postcase", "Can approve, reject, publish and retire post cases")]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "version"],
                condition=~Q(slug=""),
                name="quizzes_postcase_slug_version_unique",
            ),
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~Q(external_id=""),
                name="quizzes_postcase_external_id_unique",
            ),
            models.CheckConstraint(
                condition=Q(status__in=PRE_APPROVAL) | Q(raw_text=""),
                name="quizzes_postcase_raw_text_purged_after_approval",
            ),
        ]
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        if self.slug:
            return self.slug if self.version == 1 else f"{self.slug} (v{self.version})"
        return f"{self.get_platform_display()} post by {self.author_role} ({self.year})"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Whatever goes wrong while this case is in memory, its raw text stays out of the logs.
        if instance.__dict__.get("raw_text"):
            register_sensitive(instance.raw_text)
        return instance

    def clean(self) -> None:
        bad = [c for c in self.competencies or [] if c not in Competency.values]
        if bad:
            raise ValidationError({"competencies": f"Unknown competency: {', '.join(bad)}."})

    @property
    def competency_labels(self) -> list[str]:
        labels = dict(Competency.choices)
        return [labels.get(c, c) for c in self.competencies or []]

    @property
    def is_published(self) -> bool:
        return self.status == CaseStatus.PUBLISHED

    def tokens(self):
        return tokenize(self.text)


class ReviewAction(models.TextChoices):
    CREATED = "created", "Created"
    SUBMITTED = "submitted", "Submitted for review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    PUBLISHED = "published", "Published"
    RETIRED = "retired", "Retired"
    REVISED = "revised", "Revised (back to draft)"


class PostCaseReview(models.Model):
    """Audit row for every status change of a post case: who, when, and the checklist/reason."""

    case = models.ForeignKey(PostCase, on_delete=models.CASCADE, related_name="reviews")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=20, choices=ReviewAction.choices)
    from_status = models.CharField(max_length=20, choices=CaseStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=CaseStatus.choices)
    checklist = models.JSONField(default=dict, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.case} {self.action} by {self.actor} at {display_datetime(self.created_at)}"


class QuestionType(models.TextChoices):
    SINGLE = "single", "Single choice"
    MULTIPLE = "multiple", "Multiple select"
    SPOT = "spot", "Spot the identifiers"
    ORDER = "order", "Ordering"


def bank_filter(prefix: str = "") -> Q:
    """Questions a learner may be served: no case, or a published case (``prefix`` for a
    lookup through a relation, e.g. ``"question__"``)."""
    return Q(**{f"{prefix}post_case__isnull": True}) | Q(
        **{f"{prefix}post_case__status": CaseStatus.PUBLISHED}
    )


class QuestionQuerySet(models.QuerySet):
    def in_bank(self) -> QuestionQuerySet:
        """Questions a learner may be served: no case, or a published case."""
        return self.filter(bank_filter())


class Question(PreviewableMixin, index.Indexed, ClusterableModel):
    """A bank question, optionally about a post case. Choices are inline (see Choice)."""

    post_case = models.ForeignKey(
        PostCase, on_delete=models.PROTECT, null=True, blank=True, related_name="questions"
    )
    sort_order = models.PositiveIntegerField(default=0, help_text="Position within its case.")
    type = models.CharField(max_length=20, choices=QuestionType.choices)
    stem = models.TextField()
    points = models.PositiveSmallIntegerField(default=1, validators=[MinValueValidator(1)])
    explanation = models.TextField(blank=True, help_text="Shown after the attempt is submitted.")
    competency = models.CharField(
        max_length=30,
        choices=Competency.choices,
        help_text="Main competency; random draws pick questions by it.",
    )
    objective = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="1-based index of the course objective this question assesses.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = QuestionQuerySet.as_manager()

    search_fields = [index.SearchField("stem"), index.FilterField("type")]

    class Meta:
        ordering = ["post_case_id", "sort_order", "id"]
        indexes = [models.Index(fields=["competency"])]

    def __str__(self) -> str:
        stem = self.stem if len(self.stem) <= 70 else self.stem[:67] + "…"
        return f"{self.post_case}: {stem}" if self.post_case_id else stem

    def clean(self) -> None:
        if self.type == QuestionType.SPOT and not self.post_case_id:
            raise ValidationError({"post_case": "A spot-the-identifiers question needs a case."})

    def get_preview_template(self, request, mode_name):
        return "quizzes/preview_question.html"

    def get_preview_context(self, request, mode_name):
        return {"object": self, "choices": list(self.choices.all())}


class Choice(Orderable):
    """An option (single/multiple), a step (ordering: sort_order is its correct position) or a
    key span (spot: ``tokens`` are the indexes of the case text it covers; never served)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField()
    is_correct = models.BooleanField("correct", default=False)
    feedback = models.TextField(blank=True)
    competency = models.CharField(max_length=30, choices=Competency.choices)
    tokens = models.JSONField(default=list, blank=True, help_text="Spot questions only.")

    class Meta(Orderable.Meta):
        verbose_name = "choice"

    def __str__(self) -> str:
        return self.text if len(self.text) <= 60 else self.text[:57] + "…"


class SelectionMode(models.TextChoices):
    FIXED = "fixed", "Fixed questions"
    RANDOM = "random", "Drawn at random per attempt"
    POOLS = "pools", "Drawn from question pools per attempt"


class ReviewPolicy(models.TextChoices):
    """What a learner sees after submitting. Credit-bearing quizzes always hold the key back."""

    ALWAYS = "always", "Full review (key, explanations, spans) after every attempt"
    AFTER_PASS = (
        "after_pass",
        "After a failed attempt: score, weak competencies and lessons to revisit; full review "
        "only after passing or after the last allowed attempt",
    )


class FeedbackTiming(models.TextChoices):
    EACH = "each", "After each question"
    END = "end", "At the end"


class QuizLayout(models.TextChoices):
    ONE = "one", "One question at a time"
    ALL = "all", "All questions on one page"


class Quiz(PreviewableMixin, ClusterableModel):
    title = models.CharField(max_length=200)
    course = models.OneToOneField(
        "content.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="final_quiz",
        help_text="Make this the final quiz of a course: passing it counts toward completion.",
    )
    pass_mark = models.PositiveSmallIntegerField(
        "pass mark (%)", default=80, validators=[MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(default=0, help_text="0 = unlimited.")
    shuffle = models.BooleanField(default=True, help_text="Shuffle questions and options.")
    selection = models.CharField(
        max_length=10, choices=SelectionMode.choices, default=SelectionMode.FIXED
    )
    feedback_timing = models.CharField(
        max_length=10, choices=FeedbackTiming.choices, default=FeedbackTiming.END
    )
    layout = models.CharField(max_length=10, choices=QuizLayout.choices, default=QuizLayout.ALL)
    questions_per_page = models.PositiveSmallIntegerField(
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text="Layout “one at a time”: how many questions each screen shows.",
    )
    review_policy = models.CharField(
        "feedback policy",
        max_length=12,
        choices=ReviewPolicy.choices,
        default=ReviewPolicy.ALWAYS,
        help_text="Quizzes of a course that designates credit must hold the key back.",
    )
    cooloff_hours = models.PositiveSmallIntegerField(
        "cool-off (hours)",
        default=24,
        validators=[MaxValueValidator(24 * 90)],
        help_text=(
            "After the allowed attempts are used up, a new round of attempts opens after this "
            "many hours. 0 = no new round: the limit is final."
        ),
    )
    source_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "quizzes"
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__lte=100), name="quizzes_quiz_pass_mark_percent"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.review_policy == ReviewPolicy.ALWAYS and self.bears_credit:
            raise ValidationError(
                {
                    "review_policy": (
                        "This quiz's course designates credit: a failed attempt must not show "
                        "the answer key. Choose the “after passing” feedback policy."
                    )
                }
            )
        if self.feedback_timing == FeedbackTiming.EACH and self.withholds_key:
            raise ValidationError(
                {
                    "feedback_timing": (
                        "Feedback after each question shows the key during the attempt; this "
                        "quiz holds the key back until the learner passes."
                    )
                }
            )

    @property
    def bears_credit(self) -> bool:
        return bool(self.course_id and self.course.bears_credit)

    @property
    def withholds_key(self) -> bool:
        """A failed attempt shows no key (always so for a credit-bearing quiz)."""
        return self.review_policy != ReviewPolicy.ALWAYS or self.bears_credit

    def get_preview_template(self, request, mode_name):
        return "quizzes/preview_quiz.html"

    def get_preview_context(self, request, mode_name):
        from .selectors import quiz_preview_questions

        return {"quiz": self, "questions": quiz_preview_questions(quiz=self)}


class QuizQuestion(Orderable):
    """A question of a quiz: served in order (fixed quizzes), or a member of the named pool
    (pool quizzes draw from each pool per attempt)."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    pool = models.CharField(
        max_length=100, blank=True, help_text="Pool quizzes: the name of the pool it belongs to."
    )

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["quiz", "question"], name="quizzes_quizquestion_unique")
        ]

    def __str__(self) -> str:
        return str(self.question)


class QuizPool(Orderable):
    """Draw ``draw`` questions per attempt from the quiz questions whose pool is ``name``."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="pools")
    name = models.CharField(max_length=100)
    draw = models.PositiveSmallIntegerField(default=1, validators=[MinValueValidator(1)])

    class Meta(Orderable.Meta):
        verbose_name = "question pool"
        constraints = [
            models.UniqueConstraint(fields=["quiz", "name"], name="quizzes_quizpool_name_unique"),
            models.CheckConstraint(condition=Q(draw__gte=1), name="quizzes_quizpool_draw_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.draw} from {self.name}"


class QuizDrawRule(Orderable):
    """Draw ``count`` published bank questions of ``competency`` per attempt."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="draw_rules")
    competency = models.CharField(max_length=30, choices=Competency.choices)
    count = models.PositiveSmallIntegerField(default=1, validators=[MinValueValidator(1)])

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "competency"], name="quizzes_quizdrawrule_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.count} × {self.get_competency_display()}"


class AttemptQuerySet(models.QuerySet):
    def open(self) -> AttemptQuerySet:
        return self.filter(submitted_at__isnull=True)

    def submitted(self) -> AttemptQuerySet:
        return self.filter(submitted_at__isnull=False)


class Attempt(models.Model):
    """One try at a quiz. ``served`` is exactly what the learner was shown, in order:
    ``[{"question": id, "choices": [ids in display order]}]``; scoring accepts nothing else."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    enrollment = models.ForeignKey(
        "courses.Enrollment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quiz_attempts",
    )
    number = models.PositiveIntegerField(default=1)
    # The enrollment cycle it counts against (recertification starts a new cycle and a fresh
    # allowance of attempts).
    cycle = models.PositiveIntegerField(default=1)
    # Within a cycle, attempts come in rounds of ``Quiz.attempts_allowed``; a new round opens
    # after the quiz's cool-off.
    round = models.PositiveIntegerField(default=1)
    seed = models.BigIntegerField(default=0)
    served = models.JSONField(default=list)
    draft = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(
        null=True, blank=True, help_text="From start to submission, in seconds."
    )
    pass_mark = models.PositiveSmallIntegerField(default=0)
    points_earned = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    points_possible = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    score = models.DecimalField("score (%)", max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="quizzes_attempt_number_unique"
            ),
            # Starting while an attempt is open resumes it; two concurrent starts cannot both
            # open one.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="quizzes_attempt_one_open",
            ),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True, score__isnull=True, passed__isnull=True)
                | Q(submitted_at__isnull=False, score__isnull=False, passed__isnull=False),
                name="quizzes_attempt_scored_iff_submitted",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "submitted_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz} · attempt {self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def served_question_ids(self) -> list[int]:
        return [item["question"] for item in self.served]


class Response(models.Model):
    """The learner's answer to one served question, scored on the server."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="responses")
    tokens = models.JSONField(default=list, blank=True)
    credit = models.DecimalField(max_digits=5, decimal_places=4, default=0)
    points = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    is_correct = models.BooleanField(default=False)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["attempt_id", "id"]
        constraints = [
            # The backstop against double scoring: one response per served question.
            models.UniqueConstraint(fields=["attempt", "question"], name="quizzes_response_unique"),
            models.CheckConstraint(
                condition=Q(credit__gte=0, credit__lte=1), name="quizzes_response_credit_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}/{self.question_id}: {self.credit}"


class ResponseChoice(models.Model):
    """A choice the learner picked (single/multiple), a step at the position they gave it
    (ordering), or a key span their selection overlapped (spot). Feeds option statistics."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="selections")
    choice = models.ForeignKey(Choice, on_delete=models.PROTECT, related_name="selections")
    position = models.PositiveSmallIntegerField(null=True, blank=True)
    in_place = models.BooleanField(
        null=True, blank=True, help_text="Ordering: put in its correct position."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "choice"], name="quizzes_responsechoice_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.response_id}: {self.choice_id}"


# --- Case intake (quizzes.intake) -------------------------------------------------------------


class PostImportStatus(models.TextChoices):
    PENDING = "pending", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class PostImportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    JSONL = "jsonl", "JSON Lines"


class PostImport(models.Model):
    """One uploaded file of raw posts; every row becomes a draft case submitted for review.
    A malformed file never gets here: it is refused whole before anything is written."""

    file_name = models.CharField(max_length=255)
    format = models.CharField(max_length=10, choices=PostImportFormat.choices)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=PostImportStatus.choices, default=PostImportStatus.PENDING
    )
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    # [{"line": int, "field": str, "message": str}] — never the row's content.
    errors = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(processed__lte=models.F("total")),
                name="quizzes_postimport_processed_lte_total",
            )
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display().lower()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (PostImportStatus.DONE, PostImportStatus.FAILED)

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.processed / self.total)


class PostImportRow(models.Model):
    """One validated row of an import, keyed by (import, line) so a retried run never creates
    its case twice. ``payload`` (which holds the raw post) is emptied in the same transaction
    that creates the case, so afterwards the raw text lives only on ``PostCase.raw_text``."""

    post_import = models.ForeignKey(PostImport, on_delete=models.CASCADE, related_name="rows")
    line = models.PositiveIntegerField()
    payload = models.JSONField(default=dict, blank=True)
    case = models.OneToOneField(
        PostCase, on_delete=models.SET_NULL, null=True, blank=True, related_name="import_row"
    )

    class Meta:
        ordering = ["post_import_id", "line"]
        constraints = [
            models.UniqueConstraint(
                fields=["post_import", "line"], name="quizzes_postimportrow_line_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.post_import_id}:{self.line}"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        payload = instance.__dict__.get("payload")
        if isinstance(payload, dict) and payload.get("raw_text"):
            register_sensitive(payload["raw_text"])
        return instance
