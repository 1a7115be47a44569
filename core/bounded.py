"""Per-process memos with a size bound: a dict (or set) that is emptied when it is full.

Hot paths keep small guesses per worker (whom a session was seen as, which paths have kept
pages, routes held under the content stamp, token owners, reversed URLs). Each must stay bounded
however many users, paths or tokens a long-lived worker meets; emptying it when full is enough,
since every entry is only a guess or a copy that the caller can rebuild (a miss costs one extra
read, never a wrong answer). ``get``, ``in`` and iteration are the built-in ones (no Python-level
call on the read path); only writes go through ``put``/``add``.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedDict(dict[K, V]):
    """A dict holding at most ``limit`` entries: ``put`` empties it first when it is full."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        super().__init__()
        self.limit = limit

    def put(self, key: K, value: V) -> None:
        if len(self) >= self.limit and key not in self:
            self.clear()
        self[key] = value


class BoundedSet(set[K]):
    """A set holding at most ``limit`` members: ``add`` empties it first when it is full."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        super().__init__()
        self.limit = limit

    def add(self, member: K) -> None:
        if len(self) >= self.limit and member not in self:
            self.clear()
        super().add(member)
