"""Compliance moved out of institutions without touching the database: same tables, same rows,
and migrations that only change Django's state (README "Project layout")."""

import io
import re

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

pytestmark = pytest.mark.django_db

MOVED = {
    "Assignment": "institutions_assignment",
    "ComplianceSnapshot": "institutions_compliancesnapshot",
    "EmailDelivery": "institutions_emaildelivery",
    "MemberAction": "institutions_memberaction",
    "OutboxEmail": "institutions_outboxemail",
    "Reminder": "institutions_reminder",
    "ReportRecipient": "institutions_reportrecipient",
    "ReportSend": "institutions_reportsend",
    "Requirement": "institutions_requirement",
    "RosterImport": "institutions_rosterimport",
}


# Added to compliance after the move, with tables of its own (compliance 0003).
NEW = {"AssignmentStatus": "compliance_assignmentstatus", "StatusCount": "compliance_statuscount"}


def test_moved_models_keep_their_tables():
    tables = {m.__name__: m._meta.db_table for m in apps.get_app_config("compliance").get_models()}
    assert tables == MOVED | NEW
    departments = apps.get_model("compliance", "Requirement")._meta.get_field("departments")
    assert departments.remote_field.through._meta.db_table == "institutions_requirement_departments"


def test_institutions_keeps_only_tenancy():
    names = {m.__name__ for m in apps.get_app_config("institutions").get_models()}
    assert names == {"Institution", "Department", "Membership"}


# sqlmigrate opens a schema editor, which SQLite refuses inside the test's transaction.
@pytest.mark.migrations
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("app", "migration"),
    [("institutions", "0011_compliance_moved_out"), ("compliance", "0001_move_from_institutions")],
)
def test_the_move_runs_no_schema_sql(app, migration):
    out = io.StringIO()
    call_command("sqlmigrate", app, migration, stdout=out)
    sql = [
        line
        for line in out.getvalue().splitlines()
        if line.strip() and not line.startswith("--") and line not in ("BEGIN;", "COMMIT;")
    ]
    assert sql == []
    assert not re.search(r"\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b", out.getvalue())


def test_content_types_and_permissions_follow_the_models():
    ct = ContentType.objects.get_for_model(apps.get_model("compliance", "Requirement"))
    assert (ct.app_label, ct.model) == ("compliance", "requirement")
    assert ct.permission_set.filter(codename="view_requirement").exists()
