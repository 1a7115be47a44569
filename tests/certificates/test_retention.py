"""Records are kept at least six years: deleting the person, the course or the institution is
refused while the records (name, course and dates snapshotted) stay; ``purge_records`` removes
only what is past retention."""

import io
import re
from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.core.management import CommandError, call_command
from django.db.models import ProtectedError
from django.utils import timezone

from certificates.models import Certificate
from courses.models import Completion
from tests.factories import InstitutionFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_deleting_the_learner_course_or_institution_is_refused_and_the_record_stays(
    learner, ama_course, complete
):
    institution = InstitutionFactory(name="Riverside Health")
    completion = complete(learner, ama_course, institution=institution)
    certificate = Certificate.objects.get(completion=completion)
    for owner in (learner, ama_course, institution):
        with pytest.raises(ProtectedError):
            owner.delete()
    certificate.refresh_from_db()
    assert (certificate.learner_name, certificate.course_title) == (
        "Dr. Amélie Ng",
        "Patient privacy online",
    )
    assert certificate.completed_at == completion.completed_at
    assert certificate.institution_name == "Riverside Health"
    assert Completion.objects.filter(pk=completion.pk).exists()


def test_purge_removes_only_what_is_past_six_years(ama_course, complete):
    old = complete(UserFactory(), ama_course)
    recent = complete(UserFactory(), ama_course)
    seven_years_ago = timezone.now() - relativedelta(years=7)
    Completion.objects.filter(pk=old.pk).update(completed_at=seven_years_ago)
    Certificate.objects.filter(completion=old).update(completed_at=seven_years_ago)
    Completion.objects.filter(pk=recent.pk).update(
        completed_at=timezone.now() - relativedelta(years=6) + timedelta(days=1)
    )

    out = io.StringIO()
    call_command("purge_records", "--dry-run", stdout=out)
    assert "Would delete" in out.getvalue()
    assert ": 1 certificate(s), 1 completion(s), 0 email record(s)." in out.getvalue()
    assert Completion.objects.count() == 2

    call_command("purge_records", stdout=io.StringIO())
    assert list(Completion.objects.values_list("pk", flat=True)) == [recent.pk]
    assert list(Certificate.objects.values_list("completion_id", flat=True)) == [recent.pk]

    with pytest.raises(
        CommandError, match=re.escape("Records are kept at least 6 years; 5 is too short.")
    ):
        call_command("purge_records", "--years", "5")


def test_purge_takes_evaluations_and_keeps_status_indexes_retired(api_client, ama_course, complete):
    """A certificate past retention goes with its activity evaluation; its status-list index is
    kept as a tombstone (bit set: no longer on record), so no later certificate ever reuses it."""
    from certificates.models import ActivityEvaluation, StatusListEntry
    from certificates.status_list import bit_is_set, status_entry_allocate, status_list_bits
    from tests.certificates.conftest import evaluated

    old = complete(UserFactory(), ama_course)
    certificate = evaluated(Certificate.objects.get(completion=old))
    entry = status_entry_allocate(certificate=certificate)
    seven_years_ago = timezone.now() - relativedelta(years=7)
    Completion.objects.filter(pk=old.pk).update(completed_at=seven_years_ago)
    Certificate.objects.filter(pk=certificate.pk).update(completed_at=seven_years_ago)

    out = io.StringIO()
    call_command("purge_records", stdout=out)
    assert ": 1 certificate(s), 1 completion(s), 0 email record(s)." in out.getvalue()
    assert not Certificate.objects.filter(pk=certificate.pk).exists()
    assert not ActivityEvaluation.objects.exists()
    tombstone = StatusListEntry.objects.get(pk=entry.pk)
    assert tombstone.certificate_id is None
    assert bit_is_set(status_list_bits(status_list=tombstone.status_list), tombstone.index)
