"""Case intake fixtures: a reviewer (the "Case reviewers" group made by the migration), a plain
editor (admin access and post case permissions, but not review), files and import helpers."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.intake.services import post_import_create, post_import_process
from quizzes.services.cases import post_case_create, post_case_submit_for_review
from tests.factories import UserFactory

RAW_MARIA = "Praying for my patient Maria Lopez in room 412 #StrongLikeMaria"
ANON_MARIA = "Praying for my patient [PATIENT_1] in [ROOM_1] #StrongLike[PATIENT_1]"
RAW_BED = "Long shift. The guy in bed 14 again. #nurselife"
ANON_BED = "Long shift. The guy in [BED_1] again. #nurselife"
RAW_FLU = "Flu shots save lives. Get yours at the pharmacy today."

GOOD_CSV = (
    "external_id,text,platform,author_role,year,likes,comments,shares,media_description\n"
    f'csv-1,"{RAW_MARIA}",instagram,Oncology nurse,2022,10,2,1,\n'
    f'csv-2,"{RAW_BED}",X,ICU nurse,2019,,,,\n'
    f'csv-3,"{RAW_FLU}\nSecond line.",facebook,Pharmacist,2024,5,0,0,Photo of a flu vaccine vial\n'
).encode()

GOOD_JSONL = (
    f'{{"id": 101, "text": "{RAW_MARIA}", "platform": "tiktok", "year": 2023}}\n'
    "\n"
    f'{{"id": "102", "text": "{RAW_BED}", "author_role": "ER nurse", "likes": 3}}\n'
).encode()


def upload(name: str, data: bytes, content_type: str = "text/csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def perms(*codenames: str) -> list[Permission]:
    out = []
    for full in codenames:
        app_label, codename = full.split(".")
        out.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return out


def reviewers_group() -> Group:
    """The group the data migration creates. Run its (idempotent) function again, because a
    transactional test elsewhere in the suite flushes data that migrations created."""
    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0004_post_import")
    migration.create_reviewers_group(apps, None)
    return Group.objects.get(name="Case reviewers")


@pytest.fixture
def reviewer(db):
    user = UserFactory(email="reviewer@example.org")
    user.groups.add(reviewers_group())
    return user


@pytest.fixture
def editor(db):
    """Admin access and every post case permission except review."""
    user = UserFactory(email="editor@example.org")
    user.user_permissions.add(
        *perms(
            "wagtailadmin.access_admin",
            "quizzes.add_postcase",
            "quizzes.change_postcase",
            "quizzes.view_postcase",
        )
    )
    return user


@pytest.fixture
def import_file(django_capture_on_commit_callbacks):
    """import_file(name, data, actor=..., content_type=...) -> PostImport, task run on commit."""

    def _import(name, data, *, actor=None, content_type="text/csv", format=None):
        with django_capture_on_commit_callbacks(execute=True):
            return post_import_create(
                uploaded_file=upload(name, data, content_type), format=format, actor=actor
            )

    return _import


@pytest.fixture
def staged(db):
    """staged(name, data) -> PostImport with rows staged and no task run."""

    def _stage(name, data, *, actor=None):
        return post_import_create(
            uploaded_file=upload(name, data), format=None, actor=actor, queue=False
        )

    return _stage


def in_review_case(raw: str = RAW_MARIA, **fields):
    case = post_case_create(
        raw_text=raw,
        platform=fields.pop("platform", "instagram"),
        author_role=fields.pop("author_role", "Oncology nurse"),
        year=fields.pop("year", 2022),
        source="import",
        **fields,
    )
    return post_case_submit_for_review(case=case, actor=None)


__all__ = ["in_review_case", "post_import_process", "upload"]
