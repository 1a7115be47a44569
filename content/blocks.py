"""The one shared set of StreamField blocks for lesson bodies (bakerydemo's base/blocks.py shape).

Every block has an icon, a template under ``templates/blocks/``, a description for the admin and a
``preview_value``. The curriculum loader (``content/loader.py``) maps each source ``type`` to one of
these names, so the names are part of the source format.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from core.vocabularies import Platform as SharedPlatform


class Platform:
    """The block's view of the one platform list (core.vocabularies.Platform)."""

    CHOICES = SharedPlatform.choices
    VALUES = SharedPlatform.values


class CalloutKind:
    CHOICES = [("tip", "Tip"), ("warning", "Warning"), ("legal", "Legal")]
    VALUES = [c[0] for c in CHOICES]


RICH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "blockquote"]


class TextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/text.html"
        description = "Paragraphs, headings, lists and links."
        preview_value = "<p>Posting about work is not forbidden; posting about patients is.</p>"


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Key points")
    points = blocks.ListBlock(blocks.CharBlock(max_length=500), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_points.html"
        description = "A short summary list of what to remember."
        preview_value = {"heading": "Key points", "points": ["Think before you post."]}


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    source = blocks.CharBlock(
        max_length=300, required=False, help_text="Where the list comes from."
    )
    items = blocks.ListBlock(blocks.CharBlock(max_length=500), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        description = "A guideline checklist, e.g. what to check before posting."
        preview_value = {"title": "Before you post", "source": "", "items": ["No identifiers"]}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CalloutKind.CHOICES, default="tip")
    title = blocks.CharBlock(max_length=150, required=False)
    text = blocks.RichTextBlock(features=RICH_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        description = "A highlighted tip, warning or legal note."
        preview_value = {"kind": "tip", "title": "Tip", "text": "<p>Ask your privacy officer.</p>"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    source = blocks.CharBlock(max_length=300)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "A quotation with its source."
        preview_value = {"text": "First, do no harm.", "source": "Traditional"}


class SocialPostBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=Platform.CHOICES)
    author_role = blocks.CharBlock(max_length=150, help_text="A role, never a name.")
    text = blocks.TextBlock()
    year = blocks.IntegerBlock(min_value=2000, max_value=2100)
    likes = blocks.IntegerBlock(min_value=0, default=0)
    comments = blocks.IntegerBlock(min_value=0, default=0)
    shares = blocks.IntegerBlock(min_value=0, default=0)

    class Meta:
        icon = "user"
        template = "blocks/social_post.html"
        description = "A fictional post rendered like the platform's card, for worked examples."
        preview_value = {
            "platform": "instagram",
            "author_role": "ICU nurse",
            "text": "Long shift, proud of this team.",
            "year": 2023,
            "likes": 212,
            "comments": 18,
            "shares": 3,
        }


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()

    class Meta:
        icon = "edit"
        template = "blocks/reflection.html"
        description = "The learner writes a private note, saved to their account."
        preview_value = {"prompt": "What would you do differently?"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250, help_text="Describe the image for people who cannot see it."
    )
    caption = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "An image with required alternative text."


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(help_text="YouTube or Vimeo address, or a direct link.")
    title = blocks.CharBlock(max_length=200)
    transcript = blocks.TextBlock(help_text="Required: a full text transcript.")

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = "A video with a required transcript."
        preview_value = {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Example",
            "transcript": "Transcript text.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("transcript") or "").strip():
            raise ValidationError("A video needs a transcript.")
        return value


class LessonStreamBlock(blocks.StreamBlock):
    text = TextBlock(features=RICH_FEATURES)
    key_points = KeyPointsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    social_post = SocialPostBlock()
    reflection = ReflectionBlock()
    image = ImageBlock()
    video = VideoBlock()


class DisclosureBlock(blocks.StructBlock):
    """A faculty member or planner and their disclosure of financial relationships (ACCME
    Standards for Integrity and Independence, standard 3)."""

    name = blocks.CharBlock(max_length=200)
    role = blocks.ChoiceBlock(
        choices=[
            ("faculty", "Faculty / author"),
            ("planner", "Planner"),
            ("reviewer", "Reviewer"),
        ]
    )
    credentials = blocks.CharBlock(max_length=100, required=False, help_text="e.g. MD, RN")
    disclosure = blocks.TextBlock(
        help_text='Relevant financial relationships with ineligible companies, or "None".'
    )
    mitigation = blocks.TextBlock(
        required=False, help_text="How relevant relationships were mitigated (when there are any)."
    )

    class Meta:
        icon = "user"
        template = "blocks/disclosure.html"
        description = "A faculty member or planner with their financial disclosure."
        preview_value = {
            "name": "A. Author",
            "role": "faculty",
            "credentials": "RN",
            "disclosure": "No relevant financial relationships with ineligible companies.",
        }


class DisclosuresBlock(blocks.StreamBlock):
    person = DisclosureBlock()


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(max_length=500, icon="success")


class ReferencesBlock(blocks.StreamBlock):
    reference = blocks.TextBlock(icon="doc-full")
