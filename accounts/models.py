import re
import unicodedata

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Lower

# Characters that change how a name is displayed without being visible themselves: bidi
# embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E/F,
# U+061C), zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF, U+180E), and control
# characters. A name printed on a certificate must read the same everywhere it is shown.
_INVISIBLE = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff\u180e]"
)


def strip_invisible(value: str) -> str:
    """``value`` without bidi controls, zero-width and control characters, trimmed."""
    value = _INVISIBLE.sub("", value or "")
    return "".join(c for c in value if unicodedata.category(c) != "Cc").strip()


class Profession(models.TextChoices):
    NURSE = "nurse", "Nurse"
    PHYSICIAN = "physician", "Physician"
    PHARMACIST = "pharmacist", "Pharmacist"
    STUDENT = "student", "Student"
    ALLIED_HEALTH = "allied_health", "Allied health professional"
    OTHER = "other", "Other"


class EmailUserManager(UserManager):
    """Email is the login; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):  # type: ignore[override]
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):  # type: ignore[override]
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):  # type: ignore[override]
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    username = None
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(
        max_length=150, blank=True, help_text="How your name appears on certificates."
    )
    profession = models.CharField(
        max_length=20, choices=Profession.choices, default=Profession.OTHER
    )
    licence_number = models.CharField("licence number", max_length=40, blank=True)
    licence_state = models.CharField("licence state / jurisdiction", max_length=40, blank=True)
    degree = models.CharField(
        "degree / credentials",
        max_length=40,
        blank=True,
        help_text="As printed after your name on certificates, e.g. MD, DO, RN, PharmD.",
    )
    # CPE Monitor (ACPE) reports a pharmacist's NABP e-Profile ID with birth month and day.
    nabp_eprofile_id = models.CharField(
        "NABP e-Profile ID",
        max_length=7,
        blank=True,
        validators=[RegexValidator(r"^\d{6,7}$", "An NABP e-Profile ID is 6 or 7 digits.")],
    )
    birth_month = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    birth_day = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(31)]
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = EmailUserManager()

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def name(self) -> str:
        return self.display_name or self.get_full_name() or self.email

    # The fields shown as the person's name (certificates, verification page, reports).
    NAME_FIELDS = ("display_name", "first_name", "last_name")
    # The fields learners edit themselves (the profile form and ``user_update_profile``).
    PROFILE_FIELDS = (
        *NAME_FIELDS,
        "profession",
        "licence_number",
        "licence_state",
        "degree",
        "nabp_eprofile_id",
        "birth_month",
        "birth_day",
    )

    def clean(self) -> None:
        super().clean()
        self.email = (self.email or "").strip().lower()
        # Every path that sets a name (signup, profile, admin, roster) cleans it here.
        for name in self.NAME_FIELDS:
            setattr(self, name, strip_invisible(getattr(self, name)))
