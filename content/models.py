"""Wagtail page types of the curriculum and the credit-type snippet.

Tree: root → HomePage → CatalogPage (/catalog/) → CoursePage → LessonPage. Content never imports
``courses`` or ``quizzes``: the final quiz is ``quizzes.Quiz.course`` (reverse accessor
``final_quiz``), read only through ``content.selectors.course_final_quiz_id``.
"""

from decimal import Decimal

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, Panel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from accounts.models import Profession
from core import pagecache

from .blocks import DisclosuresBlock, LessonStreamBlock, ObjectivesBlock, ReferencesBlock

# Profile fields a credit type may require of a claimant, with how a learner knows them.
CLAIM_PROFILE_FIELDS = {
    "licence_number": "licence number",
    "licence_state": "licence state",
    "degree": "degree / credentials",
    "nabp_eprofile_id": "NABP e-Profile ID",
    "birth_month": "birth month",
    "birth_day": "birth day",
}


def default_provider_name() -> str:
    return settings.CREDIT_PROVIDER_NAME


class CreditType(index.Indexed, models.Model):
    """A kind of credit a course can designate, with the statements certificates must print."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=150)
    unit = models.CharField(
        max_length=50, help_text='Singular unit, e.g. "credit" or "contact hour".'
    )
    designation_statement = models.TextField(
        help_text="Use {provider} and {amount}; they are filled in on each certificate."
    )
    accreditation_statement = models.TextField(
        blank=True, help_text="May use {provider}. Replace with your organisation's own wording."
    )
    provider_name = models.CharField(max_length=200, default=default_provider_name)
    eligible_professions = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            "Profession values that may claim this credit (e.g. physician for AMA PRA "
            "Category 1 Credit™). Empty: anyone (a certificate of participation)."
        ),
    )
    required_profile_fields = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            "Profile fields a claimant must have filled in for the provider's reporting, e.g. "
            "licence_number, nabp_eprofile_id, birth_month, birth_day."
        ),
    )
    awards_credit = models.BooleanField(
        default=True,
        help_text=(
            "Off for a certificate of participation or completion: nothing to claim, and its "
            "quizzes may show the full review after any attempt."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("unit"),
        FieldPanel("awards_credit"),
        FieldPanel("eligible_professions"),
        FieldPanel("required_profile_fields"),
        FieldPanel("provider_name"),
        FieldPanel("designation_statement"),
        FieldPanel("accreditation_statement"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def unit_plural(self) -> str:
        return self.unit if self.unit.endswith("s") else f"{self.unit}s"

    def designation_for(self, amount: Decimal | None) -> str:
        """The designation statement with provider and amount filled in."""
        return self.designation_statement.replace("{provider}", self.provider_name).replace(
            "{amount}", format_amount(amount)
        )

    def accreditation_for(self) -> str:
        return self.accreditation_statement.replace("{provider}", self.provider_name)

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        bad = [p for p in self.eligible_professions or [] if p not in Profession.values]
        if bad:
            raise ValidationError(
                {"eligible_professions": f"Unknown profession(s): {', '.join(bad)}."}
            )
        bad = [f for f in self.required_profile_fields or [] if f not in CLAIM_PROFILE_FIELDS]
        if bad:
            raise ValidationError(
                {
                    "required_profile_fields": (
                        f"Unknown profile field(s): {', '.join(bad)} (one of "
                        f"{', '.join(CLAIM_PROFILE_FIELDS)})."
                    )
                }
            )


register_snippet(CreditType)


def format_amount(amount: Decimal | None) -> str:
    """1.00 → "1", 1.25 → "1.25", 0.50 → "0.5"."""
    if amount is None:
        return "0"
    text = f"{Decimal(amount):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", "Introductory"
    INTERMEDIATE = "intermediate", "Intermediate"
    ADVANCED = "advanced", "Advanced"


class KeptPageMixin:
    """Lets the personalised page cache (core/pagecache.py) keep this page's responses, unless a
    view restriction (login, password or groups) covers it."""

    def get_view_restrictions(self):
        # One query set per page object: Wagtail's before-serve check iterates it, and ``serve``
        # below then reads the same results instead of querying the restrictions again.
        # Anything that narrows or orders it (the admin's privacy view) gets a fresh query.
        restrictions = self.__dict__.get("_view_restrictions")
        if restrictions is None:
            restrictions = self.__dict__["_view_restrictions"] = super().get_view_restrictions()
        return restrictions

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not self.get_view_restrictions().exists():
            pagecache.allow(response)
        return response


class OneChildTypeRouteMixin:
    """Routing for a page whose children are all of one type (``child_model``): the child is
    fetched as that type in one query, where Wagtail's default fetches the generic page and then
    its specific row. Anything else (no such child, another type) takes Wagtail's own route."""

    child_model: str
    child_select_related: tuple[str, ...] = ()

    def route(self, request, path_components):
        if path_components:
            model = apps.get_model(self.child_model)
            children = model.objects.child_of(self).select_related(*self.child_select_related)
            child = children.filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self  # as Wagtail does: get_parent() costs nothing
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


class HomePage(KeptPageMixin, OneChildTypeRouteMixin, Page):
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.CatalogPage"]
    child_model = "content.CatalogPage"
    max_count = 1
    template = "content/home_page.html"

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalog_courses

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = catalog_courses()[:6]
        context["catalog"] = CatalogPage.objects.live().first()
        return context


class CatalogPage(KeptPageMixin, OneChildTypeRouteMixin, Page):
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.CoursePage"]
    child_model = "content.CoursePage"
    child_select_related = ("credit_type",)  # shown on the course and its lessons' pages
    max_count = 1
    template = "content/catalog_page.html"

    def get_context(self, request, *args, **kwargs):
        from .selectors import (
            catalog_cards_key,
            catalog_filter_form,
            catalog_filters_key,
            catalog_page_courses,
        )

        context = super().get_context(request, *args, **kwargs)
        form = catalog_filter_form(data=request.GET, request=request)
        context["filter_form"] = form
        context["courses"] = courses = catalog_page_courses(request=request, filters=form.filters())
        context["cards_key"] = catalog_cards_key(courses)
        context["fragment_cache_seconds"] = settings.CONTENT_FRAGMENT_CACHE_SECONDS
        # The unfiltered catalog's form is the same for everyone; searches are not cached.
        context["filters_key"] = catalog_filters_key(form)
        context["filters_cache_seconds"] = (
            0 if request.GET else settings.CONTENT_FRAGMENT_CACHE_SECONDS
        )
        return context


class CoursePageQuerySet(PageQuerySet):
    def for_catalog(self) -> "CoursePageQuerySet":
        return self.live().public().select_related("credit_type", "hero_image")


CoursePageManager = PageManager.from_queryset(CoursePageQuerySet)


class CoursePageForm(WagtailAdminPageForm):
    """Audience is stored as a JSON list of Profession values; edit it as checkboxes."""

    audience = forms.MultipleChoiceField(
        choices=Profession.choices, widget=forms.CheckboxSelectMultiple, required=True
    )


class ReviewNotePanel(Panel):
    """Read-only: the module's dated review note (review.yaml), for staff and authors."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", "Review note (review.yaml)")
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "content/panels/review_note.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["review"] = getattr(self.instance, "review", None) or {}
            return context


class CoursePage(KeptPageMixin, OneChildTypeRouteMixin, Page):
    summary = models.TextField(max_length=600, help_text="One or two sentences for the catalog.")
    objectives = StreamField(
        ObjectivesBlock(min_num=1),
        use_json_field=True,
        help_text="By the end of this module you will be able to …",
    )
    estimated_minutes = models.PositiveIntegerField(validators=[MinValueValidator(1)])
    audience = models.JSONField(default=list, blank=True, help_text="Profession values.")
    level = models.CharField(max_length=20, choices=Level.choices, default=Level.INTRODUCTORY)
    credit_type = models.ForeignKey(
        CreditType, on_delete=models.PROTECT, null=True, blank=True, related_name="courses"
    )
    credit_amount = models.DecimalField(
        "maximum credit designated",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    version = models.CharField(max_length=20, default="1.0")
    # Activity metadata an accreditor requires (shown before enrolling and on certificates).
    release_date = models.DateField(null=True, blank=True)
    expiry_date = models.DateField(
        "expiry (termination) date",
        null=True,
        blank=True,
        help_text="After this date the activity can no longer be taken for credit.",
    )
    disclosures = StreamField(
        DisclosuresBlock(),
        use_json_field=True,
        blank=True,
        help_text="Faculty and planners with their financial disclosures and mitigation.",
    )
    commercial_support = models.TextField(
        default="This activity received no commercial support.",
        blank=True,
        help_text="The commercial support statement.",
    )
    technical_requirements = models.TextField("hardware / software requirements", blank=True)
    needs_statement = models.TextField("needs / gap statement", blank=True)
    method_of_participation = models.TextField(blank=True)
    acpe_uan = models.CharField(
        "ACPE universal activity number",
        max_length=40,
        blank=True,
        help_text="For ACPE credit, e.g. JA0000000-0000-25-001-H04-P (reported to CPE Monitor).",
    )
    references = StreamField(ReferencesBlock(), use_json_field=True, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The module's dated review note (review.yaml): reviewed_on, reviewed_by, next_review_due,
    # statements [{statement, where, source, checked_on, status, note}]. Loaded, not edited.
    review = models.JSONField(default=dict, blank=True, editable=False)
    # Authored evaluation (accreditation.evaluation): {"practice_change_prompt": str,
    # "questions": [{"key", "text", "type": choice|text, "choices": [...]}]}.
    evaluation = models.JSONField(default=dict, blank=True, editable=False)
    # Hash of the curriculum source last loaded into this page; "" for pages made in the admin.
    source_hash = models.CharField(max_length=64, blank=True, editable=False)

    objects = CoursePageManager()
    base_form_class = CoursePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("level")]),
                FieldPanel("audience"),
                FieldPanel("version"),
            ],
            heading="About this course",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("credit_type"), FieldPanel("credit_amount")]),
                InlinePanel("credits", label="Credit types offered (joint accreditation)"),
                FieldPanel("acpe_uan"),
            ],
            heading="Credit designation",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("release_date"), FieldPanel("expiry_date")]),
                FieldPanel("needs_statement"),
                FieldPanel("method_of_participation"),
                FieldPanel("technical_requirements"),
                FieldPanel("commercial_support"),
                FieldPanel("disclosures"),
                ReviewNotePanel(),
            ],
            heading="Accreditation (activity metadata)",
        ),
        FieldPanel("references"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("level"),
        index.FilterField("credit_type"),
        index.FilterField("estimated_minutes"),
    ]
    parent_page_types = ["content.CatalogPage"]
    subpage_types = ["content.LessonPage"]
    child_model = "content.LessonPage"
    template = "content/course_page.html"

    class Meta:
        verbose_name = "course"

    def clean(self) -> None:
        super().clean()
        from django.core.exceptions import ValidationError

        bad = [a for a in (self.audience or []) if a not in Profession.values]
        if bad:
            raise ValidationError({"audience": f"Unknown profession(s): {', '.join(bad)}."})
        if self.credit_type_id and self.credit_amount is None:
            raise ValidationError({"credit_amount": "Give the maximum credit for this type."})
        if self.release_date and self.expiry_date and self.expiry_date <= self.release_date:
            raise ValidationError(
                {"expiry_date": "The expiry date must be after the release date."}
            )

    def lessons(self) -> PageQuerySet:
        """Live lesson children in tree order."""
        return LessonPage.objects.child_of(self).live().order_by("path")

    @property
    def objective_list(self) -> list[str]:
        return [block.value for block in self.objectives]

    @property
    def reference_list(self) -> list[str]:
        return [block.value for block in self.references]

    @property
    def audience_labels(self) -> list[str]:
        labels = dict(Profession.choices)
        return [labels.get(a, a) for a in self.audience or []]

    @property
    def credit_amount_display(self) -> str:
        return format_amount(self.credit_amount)

    @property
    def is_expired(self) -> bool:
        """Past its expiry (termination) date: no longer available for credit."""
        from django.utils import timezone

        return self.expiry_date is not None and timezone.localdate() > self.expiry_date

    @property
    def disclosure_list(self) -> list:
        return [block.value for block in self.disclosures]

    def credit_offers(self) -> list["CourseCredit"]:
        """Every credit type this course offers with its own maximum, in order (joint
        accreditation); a course with only ``credit_type`` offers that one."""
        offers = list(self.credits.select_related("credit_type"))
        if not offers and self.credit_type_id:
            offers = [
                CourseCredit(
                    page=self,
                    credit_type=self.credit_type,
                    amount=self.credit_amount or Decimal("0"),
                )
            ]
        return offers

    @property
    def bears_credit(self) -> bool:
        """The course designates credit that can be claimed (not completion only)."""
        return bool(self.credit_type_id and self.credit_type.awards_credit)

    @property
    def credit_designation(self) -> str:
        """The filled-in designation statement, or "" when the course designates no credit."""
        if self.credit_type is None:
            return ""
        return self.credit_type.designation_for(self.credit_amount)

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(course=self, request=request))
        return context


class CourseCredit(Orderable):
    """One credit type a course offers, with its own maximum (a jointly accredited course offers
    several: AMA PRA Category 1 + ANCC + ACPE + IPCE). The first is also the course's
    ``credit_type``/``credit_amount`` (its primary credit)."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="credits")
    credit_type = models.ForeignKey(CreditType, on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(
        "maximum credit designated",
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )

    panels = [FieldRowPanel([FieldPanel("credit_type"), FieldPanel("amount")])]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["page", "credit_type"], name="content_course_credit_type_once"
            )
        ]

    def __str__(self) -> str:
        return f"{format_amount(self.amount)} {self.credit_type}"

    @property
    def amount_display(self) -> str:
        return format_amount(self.amount)

    @property
    def designation(self) -> str:
        return self.credit_type.designation_for(self.amount)


class LessonPage(KeptPageMixin, Page):
    estimated_minutes = models.PositiveIntegerField(validators=[MinValueValidator(1)])
    body = StreamField(LessonStreamBlock(), use_json_field=True)
    competencies = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            "Competency values this lesson teaches (e.g. confidentiality, consent); a learner "
            "weak in one after a failed quiz attempt is sent back to it."
        ),
    )
    source_hash = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("competencies"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["content.CoursePage"]
    subpage_types: list[str] = []
    template = "content/lesson_page.html"

    class Meta:
        verbose_name = "lesson"

    @property
    def course(self) -> CoursePage:
        from .selectors import lesson_course

        return lesson_course(self)

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(lesson=self, request=request))
        return context
