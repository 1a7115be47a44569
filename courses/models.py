"""Learning records against the content tree: enrollment, lesson progress, completion history.

Completion rows are append-only history (DESIGN.md): they snapshot the course title, version and
credit, and every FK to content is PROTECT so deleting a page cannot erase a learner's record.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from content.models import CoursePage, CreditType, LessonPage


class EnrollmentSource(models.TextChoices):
    SELF = "self", "Self-enrolled"
    REQUIREMENT = "requirement", "Assigned by a requirement"


class EnrollmentQuerySet(models.QuerySet):
    def for_user(self, user) -> "EnrollmentQuerySet":
        return self.filter(user=user)

    def completed(self) -> "EnrollmentQuerySet":
        return self.filter(completed_at__isnull=False)

    def in_progress(self) -> "EnrollmentQuerySet":
        return self.filter(completed_at__isnull=True)

    def for_institution(self, institution) -> "EnrollmentQuerySet":
        return self.filter(institution=institution)


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrollments")
    source = models.CharField(
        max_length=20, choices=EnrollmentSource.choices, default=EnrollmentSource.SELF
    )
    institution = models.ForeignKey(
        "institutions.Institution",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrollments",
        help_text="Set when the enrollment was assigned by an institution's requirement.",
    )
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    quiz_passed_at = models.DateTimeField(null=True, blank=True)
    # Recertification: each retake is a new cycle; progress and completions are per cycle.
    cycle = models.PositiveIntegerField(default=1)
    last_lesson = models.ForeignKey(
        LessonPage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_enrollment_unique"),
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.user} in {self.course_id} (cycle {self.cycle})"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class LessonProgress(models.Model):
    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey(LessonPage, on_delete=models.PROTECT, related_name="progress")
    cycle = models.PositiveIntegerField(default=1)
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["completed_at"]
        verbose_name_plural = "lesson progress"
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson", "cycle"], name="courses_lessonprogress_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrollment_id}: lesson {self.lesson_id} (cycle {self.cycle})"


class Completion(models.Model):
    """One finished cycle of one enrollment. Append-only; never edited or deleted."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.PROTECT, related_name="completions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="completions"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="completions")
    cycle = models.PositiveIntegerField()
    completed_at = models.DateTimeField()
    institution = models.ForeignKey(
        "institutions.Institution",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="completions",
    )
    # Snapshots at completion time: later course edits never change a learner's record.
    course_title = models.CharField(max_length=255)
    course_version = models.CharField(max_length=20)
    credit_type = models.ForeignKey(
        CreditType, on_delete=models.PROTECT, null=True, blank=True, related_name="completions"
    )
    credit_type_name = models.CharField(max_length=150, blank=True)
    credit_amount = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    # How long its certificate stays valid, in months (empty: for ever), as the institution's
    # requirements said when the course was completed (courses.hooks.completion_renewal_months).
    renewal_months = models.PositiveSmallIntegerField(null=True, blank=True)
    # The intent to certify, written in the completion's own transaction: empty until the
    # certificates app has issued the certificate (``completion_mark_certified``). A completion
    # left empty for minutes is what the issuance sweep repairs.
    certified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "cycle"], name="courses_completion_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "completed_at"]),
            # The issuance sweep reads only the (few) completions still waiting for a certificate.
            models.Index(
                fields=["completed_at"],
                condition=models.Q(certified_at__isnull=True),
                name="courses_completion_uncertified",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} completed {self.course_title} v{self.course_version} ({self.cycle})"


class ReflectionNote(models.Model):
    """A learner's private answer to one reflection block of one lesson."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_notes"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    text = models.TextField(max_length=10_000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="courses_reflectionnote_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} note on {self.lesson_id}/{self.block_id}"
