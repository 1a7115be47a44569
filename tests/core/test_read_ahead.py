"""Values read ahead in the page cache's lookup batch (core/primed.py): handed out once, within
the request, and only when every key asked was read ahead."""

from django.core.cache import cache

from core.primed import get_many, read_ahead, reading_ahead


def test_a_value_read_ahead_is_handed_out_once():
    cache.set("a", 1)
    with reading_ahead():
        read_ahead(cache.get_many(["a", "b"]), ["a", "b"])
        cache.set("a", 2)  # written after the batch: the first read still gets the batch's
        assert get_many(["a", "b"]) == {"a": 1}
        assert get_many(["a", "b"]) == {"a": 2}  # later reads go to the cache


def test_a_key_not_read_ahead_sends_the_whole_read_to_the_cache():
    cache.set_many({"a": 1, "c": 3})
    with reading_ahead():
        read_ahead({"a": 0}, ["a"])
        assert get_many(["a", "c"]) == {"a": 1, "c": 3}


def test_outside_a_request_nothing_is_read_ahead():
    cache.set("a", 1)
    read_ahead({"a": 0}, ["a"])
    assert get_many(["a"]) == {"a": 1}
