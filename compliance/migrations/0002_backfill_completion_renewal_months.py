"""Completions still waiting for their certificate get the renewal period their certificate was
going to ask the institution for at issue (it now reads ``Completion.renewal_months``). Issued
certificates already carry their expiry; their completions are left as they are."""

from django.db import migrations
from django.db.models import Max


def backfill(apps, schema_editor) -> None:
    Completion = apps.get_model("courses", "Completion")
    Requirement = apps.get_model("compliance", "Requirement")
    waiting = Completion.objects.filter(certified_at__isnull=True, institution__isnull=False)
    for completion in waiting.only("pk", "institution_id", "course_id").iterator():
        months = Requirement.objects.filter(
            institution_id=completion.institution_id,
            course_id=completion.course_id,
            is_active=True,
            recurrence_months__isnull=False,
        ).aggregate(m=Max("recurrence_months"))["m"]
        if months:
            Completion.objects.filter(pk=completion.pk).update(renewal_months=months)


class Migration(migrations.Migration):
    dependencies = [
        ("compliance", "0001_move_from_institutions"),
        ("courses", "0003_completion_renewal_months"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
