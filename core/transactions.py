"""Cache invalidation that must hold across a commit."""

from collections.abc import Callable

from django.db import transaction


def now_and_after_commit(fn: Callable[[], None]) -> None:
    """Run ``fn`` at once and again after the current transaction commits: a reader that saw the
    old rows while the write was committing may have cached them in between. In autocommit
    the write is committed already: once is enough."""
    fn()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(fn)
