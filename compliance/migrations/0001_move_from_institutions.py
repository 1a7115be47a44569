"""The compliance models, moved here from the institutions app with their tables unchanged.

State only for the models: the tables were created by institutions' migrations 0002-0010 and keep
their names, rows, constraints and indexes (``Meta.db_table``); ``sqlmigrate compliance 0001``
prints no schema SQL. The one database step renames the moved models' content types from
``institutions`` to ``compliance`` so permissions and generic relations follow the models
(a fresh database has no content types yet, so there is nothing to rename)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


MOVED = [
    "assignment",
    "compliancesnapshot",
    "emaildelivery",
    "memberaction",
    "outboxemail",
    "reminder",
    "reportrecipient",
    "reportsend",
    "requirement",
    "rosterimport",
]


def content_types_follow(apps, schema_editor, *, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    ContentType.objects.using(db).filter(app_label=old, model__in=MOVED).update(app_label=new)


def forwards(apps, schema_editor) -> None:
    content_types_follow(apps, schema_editor, old="institutions", new="compliance")


def backwards(apps, schema_editor) -> None:
    content_types_follow(apps, schema_editor, old="compliance", new="institutions")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('content', '0005_course_credits_review_evaluation'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('institutions', '0011_compliance_moved_out'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='OutboxEmail',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('learner', 'Learner reminder digest'), ('manager', 'Manager escalation digest'), ('invitation', 'Account invitation (set your password)'), ('manual', 'Reminder sent now by an administrator or manager')], max_length=10)),
                        ('send_on', models.DateField()),
                        ('to_address', models.EmailField(max_length=254)),
                        ('subject', models.CharField(blank=True, max_length=255)),
                        ('status', models.CharField(choices=[('pending', 'Pending'), ('sending', 'Sending'), ('sent', 'Sent'), ('failed', 'Failed'), ('unconfirmed', 'Unconfirmed (worker lost while sending; not resent)')], default='pending', max_length=12)),
                        ('message_id', models.CharField(blank=True, max_length=255)),
                        ('lease_expires_at', models.DateTimeField(blank=True, null=True)),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('last_error', models.TextField(blank=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('sent_at', models.DateTimeField(blank=True, null=True)),
                        ('institution', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='institutions.institution')),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='compliance_emails', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'institutions_outboxemail',
                        'ordering': ['-send_on', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='ReportRecipient',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('weekday', models.PositiveSmallIntegerField(choices=[(0, 'Monday'), (1, 'Tuesday'), (2, 'Wednesday'), (3, 'Thursday'), (4, 'Friday'), (5, 'Saturday'), (6, 'Sunday')], default=0)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('added_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_recipients', to='institutions.institution')),
                        ('membership', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='report_subscription', to='institutions.membership')),
                    ],
                    options={
                        'db_table': 'institutions_reportrecipient',
                    },
                ),
                migrations.CreateModel(
                    name='Requirement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('audience', models.CharField(choices=[('everyone', 'Everyone'), ('departments', 'Selected departments'), ('roles', 'Selected roles'), ('professions', 'Selected professions'), ('combined', 'A combination: department and role or profession'), ('individuals', 'Chosen members only (assigned one by one)')], default='everyone', max_length=12)),
                        ('roles', models.JSONField(blank=True, default=list, help_text='Role values (audience=roles or combined).')),
                        ('professions', models.JSONField(blank=True, default=list, help_text='Profession values (audience=professions or combined).')),
                        ('due_rule', models.CharField(choices=[('after_assignment', 'N days after the member is assigned'), ('fixed_date', 'A fixed date')], default='after_assignment', max_length=20)),
                        ('due_days', models.PositiveIntegerField(blank=True, null=True)),
                        ('due_date', models.DateField(blank=True, null=True)),
                        ('recurrence_months', models.PositiveSmallIntegerField(blank=True, help_text='Renew every M months after completion; empty = once.', null=True)),
                        ('grace_days', models.PositiveSmallIntegerField(default=0)),
                        ('is_active', models.BooleanField(default=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('course', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='requirements', to='content.coursepage')),
                        ('departments', models.ManyToManyField(blank=True, related_name='requirements', to='institutions.department')),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='requirements', to='institutions.institution')),
                    ],
                    options={
                        'db_table': 'institutions_requirement',
                        'ordering': ['institution', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='Reminder',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('assigned', 'Newly assigned'), ('due_30', 'Due in 30 days'), ('due_7', 'Due in 7 days'), ('due_today', 'Due today'), ('overdue', 'Overdue (weekly)'), ('escalation', 'Overdue 14 days: manager told'), ('manual', 'Reminder sent by an administrator or manager')], max_length=12)),
                        ('on', models.DateField()),
                        ('due_on', models.DateField()),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('email', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='reminders', to='compliance.outboxemail')),
                        ('membership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reminders', to='institutions.membership')),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('requirement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reminders', to='compliance.requirement')),
                    ],
                    options={
                        'db_table': 'institutions_reminder',
                        'ordering': ['id'],
                    },
                ),
                migrations.CreateModel(
                    name='MemberAction',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('reminder', 'Reminder sent now'), ('extension', 'Due date extended'), ('exemption', 'Exempted'), ('assignment', 'Course assigned ad hoc')], max_length=12)),
                        ('reason', models.CharField(blank=True, max_length=500)),
                        ('previous_due_on', models.DateField(blank=True, null=True)),
                        ('new_due_on', models.DateField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('actor', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='member_actions', to='institutions.institution')),
                        ('membership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='member_actions', to='institutions.membership')),
                        ('requirement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='member_actions', to='compliance.requirement')),
                    ],
                    options={
                        'db_table': 'institutions_memberaction',
                        'ordering': ['-created_at', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='Assignment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('assigned_on', models.DateField(default=django.utils.timezone.localdate)),
                        ('due_on', models.DateField()),
                        ('due_extended', models.BooleanField(default=False)),
                        ('ad_hoc', models.BooleanField(default=False)),
                        ('exempt_until', models.DateField(blank=True, null=True)),
                        ('exempt_reason', models.CharField(blank=True, max_length=500)),
                        ('membership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='assignments', to='institutions.membership')),
                        ('requirement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='assignments', to='compliance.requirement')),
                    ],
                    options={
                        'db_table': 'institutions_assignment',
                        'ordering': ['due_on', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='RosterImport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('filename', models.CharField(blank=True, max_length=255)),
                        ('content', models.TextField(blank=True)),
                        ('auto_create_departments', models.BooleanField(default=False)),
                        ('deactivate_missing', models.BooleanField(default=False)),
                        ('status', models.CharField(choices=[('pending', 'Queued'), ('validating', 'Checking rows'), ('applying', 'Saving members'), ('succeeded', 'Imported'), ('failed', 'Rejected')], default='pending', max_length=12)),
                        ('total_rows', models.PositiveIntegerField(default=0)),
                        ('processed_rows', models.PositiveIntegerField(default=0)),
                        ('errors', models.JSONField(blank=True, default=list)),
                        ('summary', models.JSONField(blank=True, default=dict)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('finished_at', models.DateTimeField(blank=True, null=True)),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='roster_imports', to='institutions.institution')),
                        ('uploaded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'institutions_rosterimport',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.AddField(
                    model_name='outboxemail',
                    name='roster_import',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='invitations', to='compliance.rosterimport'),
                ),
                migrations.CreateModel(
                    name='ComplianceSnapshot',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('taken_on', models.DateField()),
                        ('total', models.PositiveIntegerField(default=0)),
                        ('compliant', models.PositiveIntegerField(default=0)),
                        ('by_status', models.JSONField(default=dict)),
                        ('by_department', models.JSONField(default=list)),
                        ('by_requirement', models.JSONField(default=list)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='compliance_snapshots', to='institutions.institution')),
                    ],
                    options={
                        'db_table': 'institutions_compliancesnapshot',
                        'ordering': ['institution', '-taken_on'],
                        'constraints': [models.UniqueConstraint(fields=('institution', 'taken_on'), name='institutions_snapshot_one_per_day')],
                    },
                ),
                migrations.CreateModel(
                    name='EmailDelivery',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('attempt', models.PositiveSmallIntegerField()),
                        ('message_id', models.CharField(max_length=255)),
                        ('started_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('finished_at', models.DateTimeField(blank=True, null=True)),
                        ('outcome', models.CharField(choices=[('sending', 'Sending'), ('sent', 'Accepted by the mail server'), ('failed', 'Refused (will be retried)'), ('unconfirmed', 'Unconfirmed (worker lost while sending)'), ('nothing', 'Nothing to send')], default='sending', max_length=12)),
                        ('error', models.TextField(blank=True)),
                        ('email', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='compliance.outboxemail')),
                    ],
                    options={
                        'db_table': 'institutions_emaildelivery',
                        'ordering': ['-started_at', '-id'],
                        'constraints': [models.UniqueConstraint(fields=('email', 'attempt'), name='institutions_delivery_one_per_attempt')],
                    },
                ),
                migrations.CreateModel(
                    name='ReportSend',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('week_of', models.DateField(help_text='The Monday of the week it was sent for.')),
                        ('sent_at', models.DateTimeField(blank=True, null=True)),
                        ('error', models.CharField(blank=True, max_length=500)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sends', to='compliance.reportrecipient')),
                    ],
                    options={
                        'db_table': 'institutions_reportsend',
                        'constraints': [models.UniqueConstraint(fields=('recipient', 'week_of'), name='report_once_a_week')],
                    },
                ),
                migrations.AddConstraint(
                    model_name='requirement',
                    constraint=models.UniqueConstraint(fields=('institution', 'course'), name='institutions_requirement_one_per_course'),
                ),
                migrations.AddConstraint(
                    model_name='requirement',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('due_days__isnull', False), ('due_rule', 'after_assignment')), models.Q(('due_date__isnull', False), ('due_rule', 'fixed_date')), _connector='OR'), name='institutions_requirement_due_rule_complete'),
                ),
                migrations.AddConstraint(
                    model_name='requirement',
                    constraint=models.CheckConstraint(condition=models.Q(('recurrence_months__isnull', True), ('recurrence_months__gte', 1), _connector='OR'), name='institutions_requirement_recurrence_positive'),
                ),
                migrations.AddConstraint(
                    model_name='reminder',
                    constraint=models.UniqueConstraint(fields=('membership', 'requirement', 'kind', 'on'), name='institutions_reminder_once'),
                ),
                migrations.AddIndex(
                    model_name='memberaction',
                    index=models.Index(fields=['membership', '-created_at'], name='member_action_recent'),
                ),
                migrations.AddIndex(
                    model_name='assignment',
                    index=models.Index(fields=['due_on'], name='institutions_assignment_due'),
                ),
                migrations.AddConstraint(
                    model_name='assignment',
                    constraint=models.UniqueConstraint(fields=('requirement', 'membership'), name='institutions_assignment_once'),
                ),
                migrations.AddIndex(
                    model_name='outboxemail',
                    index=models.Index(fields=['status', 'send_on'], name='institution_status_a4080b_idx'),
                ),
                migrations.AddConstraint(
                    model_name='outboxemail',
                    constraint=models.UniqueConstraint(condition=models.Q(('kind', 'invitation'), _negated=True), fields=('recipient', 'kind', 'send_on'), name='institutions_outbox_one_per_day'),
                ),
                migrations.AddConstraint(
                    model_name='outboxemail',
                    constraint=models.UniqueConstraint(condition=models.Q(('kind', 'invitation')), fields=('recipient', 'institution', 'send_on'), name='institutions_outbox_invitation_one_per_day'),
                ),
                migrations.AddConstraint(
                    model_name='outboxemail',
                    constraint=models.UniqueConstraint(condition=models.Q(('kind', 'invitation'), ('roster_import__isnull', False)), fields=('recipient', 'roster_import'), name='institutions_outbox_one_import_invitation'),
                ),
                migrations.AddConstraint(
                    model_name='outboxemail',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('kind', 'invitation'), _negated=True), ('institution__isnull', False), _connector='OR'), name='institutions_outbox_invitation_institution'),
                ),
                migrations.AddConstraint(
                    model_name='outboxemail',
                    constraint=models.UniqueConstraint(condition=models.Q(('message_id', ''), _negated=True), fields=('message_id',), name='institutions_outbox_unique_message_id'),
                ),
                migrations.AddConstraint(
                    model_name='outboxemail',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'sending'), _negated=True), ('lease_expires_at__isnull', False), _connector='OR'), name='institutions_outbox_sending_has_lease'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
