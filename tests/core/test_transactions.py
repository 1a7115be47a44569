"""core.transactions.now_and_after_commit: at once, and again after the commit of the
transaction it runs in; once in autocommit (the write is committed already)."""

import pytest
from django.db import transaction

from core.transactions import now_and_after_commit


def test_in_autocommit_it_runs_once():
    calls = []
    now_and_after_commit(lambda: calls.append(1))
    assert calls == [1]


@pytest.mark.django_db(transaction=True)
def test_in_a_transaction_it_runs_now_and_after_commit():
    calls = []
    with transaction.atomic():
        now_and_after_commit(lambda: calls.append(len(calls)))
        assert calls == [0]
    assert calls == [0, 1]


@pytest.mark.django_db(transaction=True)
def test_after_a_rollback_it_ran_only_at_once():
    calls = []
    with pytest.raises(RuntimeError), transaction.atomic():
        now_and_after_commit(lambda: calls.append(1))
        raise RuntimeError
    assert calls == [1]
