from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_due_dates(apps, schema_editor):
    """The rows keep their state: each takes its assignment's due date (every change of a due
    date refreshes or invalidates the row, so a row in its window had this one)."""
    Assignment = apps.get_model("compliance", "Assignment")
    AssignmentStatus = apps.get_model("compliance", "AssignmentStatus")
    AssignmentStatus.objects.update(
        due_on=Subquery(Assignment.objects.filter(pk=OuterRef("assignment_id")).values("due_on"))
    )


class Migration(migrations.Migration):
    dependencies = [("compliance", "0004_assignment_status_certificate_dates")]

    operations = [
        migrations.AddField(
            model_name="assignmentstatus",
            name="due_on",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.RunPython(copy_due_dates, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="assignmentstatus",
            index=models.Index(
                fields=["institution", "counted", "state", "due_on", "assignment"],
                name="assignment_status_state_due",
            ),
        ),
        migrations.AddIndex(
            model_name="assignmentstatus",
            index=models.Index(
                fields=["institution", "counted", "due_on", "assignment"],
                name="assignment_status_due",
            ),
        ),
    ]
