"""core.bounded: the per-process memos stay under their bound and empty themselves when full."""

import pytest

from core.bounded import BoundedDict, BoundedSet


def test_dict_empties_when_full_and_keeps_the_new_entry():
    memo: BoundedDict[str, int] = BoundedDict(3)
    for i, key in enumerate("abc"):
        memo.put(key, i)
    assert memo == {"a": 0, "b": 1, "c": 2}
    memo.put("d", 3)
    assert memo == {"d": 3}


def test_dict_replacing_a_key_when_full_keeps_the_others():
    memo: BoundedDict[str, int] = BoundedDict(2)
    memo.put("a", 1)
    memo.put("b", 2)
    memo.put("a", 10)
    assert memo == {"a": 10, "b": 2}


def test_set_empties_when_full_and_keeps_the_new_member():
    seen: BoundedSet[str] = BoundedSet(2)
    seen.add("x")
    seen.add("y")
    seen.add("y")
    assert seen == {"x", "y"}
    seen.add("z")
    assert seen == {"z"}


@pytest.mark.parametrize("cls", [BoundedDict, BoundedSet])
def test_a_bound_below_one_is_refused(cls):
    with pytest.raises(ValueError, match="limit must be at least 1, not 0"):
        cls(0)


def test_every_hot_path_memo_is_bounded():
    """The memos kept by the request path are bounded helpers, not plain dicts that grow with
    every user, path or token a long-lived worker meets."""
    from accounts import apitokens
    from content import fragments, shared
    from core import pagecache, templating
    from quizzes import bank

    memos = {
        "pagecache._SESSION_USERS": pagecache._SESSION_USERS,
        "pagecache._KNOWN": pagecache._KNOWN,
        "pagecache._PRIVATE": pagecache._PRIVATE,
        "shared._ROUTE_KEYS": shared._ROUTE_KEYS,
        "shared._HELD": shared._HELD,
        "fragments._KEPT": fragments._KEPT,
        "apitokens._OWNERS": apitokens._OWNERS,
        "templating._KEPT": templating._KEPT,
        "bank._BANKS": bank._BANKS,
        "bank._QUIZZES": bank._QUIZZES,
    }
    unbounded = [name for name, memo in memos.items() if not hasattr(memo, "limit")]
    assert unbounded == []
