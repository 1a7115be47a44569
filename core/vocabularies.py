"""Vocabularies shared by several apps, each written once."""

from django.db import models


class Platform(models.TextChoices):
    """The social-media platforms a post or a case comes from (curriculum blocks, post cases)."""

    X = "x", "X (Twitter)"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    TIKTOK = "tiktok", "TikTok"
    LINKEDIN = "linkedin", "LinkedIn"
    REDDIT = "reddit", "Reddit"
    OTHER = "other", "Other"
