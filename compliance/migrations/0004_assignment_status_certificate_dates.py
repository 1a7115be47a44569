from django.db import migrations, models
from django.db.models import F


def rows_out_of_date(apps, schema_editor):
    """The new columns are empty: every row is marked out of date (computed live, as after
    migration 0003) until the scheduled refresh writes them with their certificate dates."""
    AssignmentStatus = apps.get_model("compliance", "AssignmentStatus")
    AssignmentStatus.objects.update(valid_until=F("valid_from"))


class Migration(migrations.Migration):
    dependencies = [("compliance", "0003_assignment_status")]

    operations = [
        migrations.AddField(
            model_name="assignmentstatus",
            name="cert_issued_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="assignmentstatus",
            name="cert_expires_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(rows_out_of_date, migrations.RunPython.noop),
    ]
