"""The compliance models moved to the compliance app (compliance.0001_move_from_institutions).

State only: their tables, rows, constraints and indexes stay exactly where they are (each model
keeps its table through ``Meta.db_table``); the database is not touched."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('institutions', '0010_exemptions_and_ad_hoc'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='compliancesnapshot',
                    name='institution',
                ),
                migrations.RemoveField(
                    model_name='emaildelivery',
                    name='email',
                ),
                migrations.RemoveField(
                    model_name='memberaction',
                    name='actor',
                ),
                migrations.RemoveField(
                    model_name='memberaction',
                    name='institution',
                ),
                migrations.RemoveField(
                    model_name='memberaction',
                    name='membership',
                ),
                migrations.RemoveField(
                    model_name='memberaction',
                    name='requirement',
                ),
                migrations.RemoveField(
                    model_name='outboxemail',
                    name='institution',
                ),
                migrations.RemoveField(
                    model_name='outboxemail',
                    name='recipient',
                ),
                migrations.RemoveField(
                    model_name='outboxemail',
                    name='roster_import',
                ),
                migrations.RemoveField(
                    model_name='reminder',
                    name='email',
                ),
                migrations.RemoveField(
                    model_name='reminder',
                    name='membership',
                ),
                migrations.RemoveField(
                    model_name='reminder',
                    name='recipient',
                ),
                migrations.RemoveField(
                    model_name='reminder',
                    name='requirement',
                ),
                migrations.RemoveField(
                    model_name='reportrecipient',
                    name='added_by',
                ),
                migrations.RemoveField(
                    model_name='reportrecipient',
                    name='institution',
                ),
                migrations.RemoveField(
                    model_name='reportrecipient',
                    name='membership',
                ),
                migrations.RemoveField(
                    model_name='reportsend',
                    name='recipient',
                ),
                migrations.RemoveField(
                    model_name='requirement',
                    name='course',
                ),
                migrations.RemoveField(
                    model_name='requirement',
                    name='departments',
                ),
                migrations.RemoveField(
                    model_name='requirement',
                    name='institution',
                ),
                migrations.RemoveField(
                    model_name='rosterimport',
                    name='institution',
                ),
                migrations.RemoveField(
                    model_name='rosterimport',
                    name='uploaded_by',
                ),
                migrations.DeleteModel(
                    name='Assignment',
                ),
                migrations.DeleteModel(
                    name='ComplianceSnapshot',
                ),
                migrations.DeleteModel(
                    name='EmailDelivery',
                ),
                migrations.DeleteModel(
                    name='MemberAction',
                ),
                migrations.DeleteModel(
                    name='OutboxEmail',
                ),
                migrations.DeleteModel(
                    name='Reminder',
                ),
                migrations.DeleteModel(
                    name='ReportRecipient',
                ),
                migrations.DeleteModel(
                    name='ReportSend',
                ),
                migrations.DeleteModel(
                    name='Requirement',
                ),
                migrations.DeleteModel(
                    name='RosterImport',
                ),
            ],
            database_operations=[],
        ),
    ]
