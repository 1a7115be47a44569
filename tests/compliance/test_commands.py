import pytest
from django.core.management import CommandError, call_command

from institutions.models import Membership
from tests.factories import DepartmentFactory, InstitutionFactory

pytestmark = pytest.mark.django_db


def test_import_roster_command(tmp_path, capsys):
    inst = InstitutionFactory(slug="north")
    DepartmentFactory(institution=inst, name="ICU")
    good = tmp_path / "staff.csv"
    good.write_text("email,name,department,role\nann@example.org,Ann,ICU,manager\n")
    call_command("import_roster", "north", str(good))
    assert "Imported 1 rows into north: 1 invited, 0 members updated" in capsys.readouterr().out
    assert Membership.objects.get(user__email="ann@example.org").role == "manager"
    bad = tmp_path / "bad.csv"
    bad.write_text("email,department\nbob@example.org,Moon\n")
    with pytest.raises(CommandError) as exc:
        call_command("import_roster", "north", str(bad))
    assert str(exc.value) == (
        "1 bad row(s); nothing was imported.\nrow 2, department: Unknown department “Moon”."
    )
    with pytest.raises(CommandError, match="No institution with slug 'south'"):
        call_command("import_roster", "south", str(good))
