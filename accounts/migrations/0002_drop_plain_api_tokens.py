"""API tokens moved from DRF's authtoken (the token itself stored in plain text, never expiring)
to django-rest-knox (a SHA-512 digest, with expiry). Old tokens cannot be converted, since their
digests would be of tokens users hold but we should not keep: the table is dropped and users sign
in again through POST /api/v1/auth/token/ for a new token (README: API). Irreversible by design."""

from django.db import migrations


def drop_plain_tokens(connection) -> None:
    with connection.cursor() as cursor:
        if "authtoken_token" in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE {connection.ops.quote_name('authtoken_token')}")
        # Forget DRF authtoken's migrations, so re-adding that app later starts from scratch.
        cursor.execute("DELETE FROM django_migrations WHERE app = %s", ["authtoken"])


def forwards(apps, schema_editor):
    drop_plain_tokens(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("knox", "0009_extend_authtoken_field")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
