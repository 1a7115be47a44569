"""Once-only status-list indices and wallet-code redemption under real concurrency (PostgreSQL:
row locks, unique indexes, conditional UPDATE)."""

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from certificates.models import StatusList, StatusListEntry
from certificates.status_list import status_entry_allocate
from certificates.wallet import credential_offer_create, credential_offer_redeem
from tests.factories import UserFactory

WORKERS = 8


def _race(target: Callable[[int], object]) -> list:
    barrier = threading.Barrier(WORKERS)
    results: list = []
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            results.append(target(i))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_exports_of_one_certificate_allocate_one_index(certificate):
    results = _race(lambda _i: status_entry_allocate(certificate=certificate).pk)
    entry = StatusListEntry.objects.get(certificate=certificate)
    assert set(results) == {entry.pk}
    assert StatusList.objects.get().allocated == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_exports_of_many_certificates_get_distinct_indices(ama_course, complete):
    certificates = [complete(UserFactory(), ama_course).certificate for _ in range(WORKERS)]
    _race(lambda i: status_entry_allocate(certificate=certificates[i]).pk)
    indices = list(StatusListEntry.objects.values_list("status_list_id", "index"))
    assert len(indices) == len(set(indices)) == WORKERS
    assert StatusList.objects.get().allocated == WORKERS


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_wallet_code_is_redeemed_once_under_concurrency(certificate):
    _offer, document = credential_offer_create(certificate=certificate, user=certificate.user)
    code = document["grants"]["urn:ietf:params:oauth:grant-type:pre-authorized_code"][
        "pre-authorized_code"
    ]
    results = _race(lambda _i: credential_offer_redeem(code=code))
    assert len([r for r in results if r is not None]) == 1
