"""ui.ops.Submissions: the operations layer owns the records' idempotency keys."""

from __future__ import annotations

from neurohub_desktop.ui.ops import Submissions


def test_a_record_keeps_its_key_until_confirmed_or_abandoned() -> None:
    subs = Submissions()
    first = subs.key("record", "WIP-A")
    assert subs.key("record", "WIP-A") == first  # a retry after a failure: the same key
    assert subs.current("record", "WIP-A") == first
    assert subs.key("record", "WIP-B") != first and subs.key("print", "WIP-A") != first
    subs.confirmed("record", "WIP-A")
    assert subs.current("record", "WIP-A") is None
    assert subs.key("record", "WIP-A") != first  # the next record of the unit is a new one
    subs.abandoned("record")
    assert subs.pending() == [("print", "WIP-A")]
    subs.abandoned("print", "WIP-A")
    assert subs.pending() == []
