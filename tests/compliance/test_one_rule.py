"""Rules written once: the compliance percentage and "the department belongs to this
institution" (every service and selector that checks either calls these)."""

import pytest

from compliance.models import ComplianceSnapshot, compliance_percent
from tests.factories import DepartmentFactory, InstitutionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("compliant", "total", "percent"), [(0, 0, 100.0), (1, 3, 33.3), (2, 3, 66.7), (5, 5, 100.0)]
)
def test_compliance_percent(compliant, total, percent):
    assert compliance_percent(compliant=compliant, total=total) == percent
    assert ComplianceSnapshot(compliant=compliant, total=total).percent == percent


def test_department_belongs_to_its_institution_only():
    a, b = InstitutionFactory(), InstitutionFactory()
    icu = DepartmentFactory(institution=a)
    assert icu.belongs_to(a)
    assert icu.belongs_to(a.pk)
    assert not icu.belongs_to(b)
    assert not icu.belongs_to(b.pk)
