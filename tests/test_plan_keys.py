"""Chunk keys sort in input order, past a million sources or chunks (the Ray committer sorts
the chunks' results by key)."""

from __future__ import annotations

from scrubber.batch.plan import key_order


def test_keys_sort_by_their_numbers() -> None:
    keys = ["1000000-000000", "999999-000001", "999999-000000", "000001-1000000",
            "000001-999999", "stdin-000002", "stdin-000001"]
    assert sorted(keys, key=key_order) == [
        "000001-999999", "000001-1000000", "999999-000000", "999999-000001", "1000000-000000",
        "stdin-000001", "stdin-000002"]
    assert sorted(keys) != sorted(keys, key=key_order)  # what a string sort got wrong
