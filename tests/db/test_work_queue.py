"""Issue 17.16: the station's work queue (services/station/queue.py), known answers."""

from __future__ import annotations

import factories as f
import pytest

from neurohub_desktop.domain.states import StepResult


@pytest.fixture
def worker(sm):
    f.firmware(sm)
    return f.user(sm, "worker1", "WORKER")


def queue(sm, pid: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.unit_id, q.lot_number) for q in f.station(sm, pid).work_queue()]


def test_the_units_waiting_for_proc003_oldest_first(sm, worker) -> None:
    lot = f.lot(sm, target=10)
    a = f.wip_through(sm, worker, lot, last=2)  # waiting the longest
    started = f.wip_through(sm, worker, lot, last=2)
    failed = f.wip_through(sm, worker, lot, last=2)
    b = f.wip_through(sm, worker, lot, last=2)
    only_marked = f.wip_through(sm, worker, lot, last=1)  # waits for PROC-002, not here
    passed_here = f.wip_through(sm, worker, lot, last=3)
    f.station(sm, "PROC-003").start_step(worker, started)
    f.fail_step(sm, worker, "PROC-003", failed)
    reworked = f.wip_through(sm, worker, lot, last=2)
    f.fail_step(sm, worker, "PROC-003", reworked, StepResult.REWORK)  # back in the queue
    assert queue(sm, "PROC-003") == [(a, lot), (b, lot), (reworked, lot)]
    assert queue(sm, "PROC-002") == [(only_marked, lot)]
    assert queue(sm, "PROC-004") == [(passed_here, lot)]
    assert queue(sm, "PROC-001") == []
    waits = f.station(sm, "PROC-003").work_queue()
    assert waits[0].waiting_since <= waits[1].waiting_since <= waits[2].waiting_since


def test_proc007_waits_for_completed_wips_and_proc008_for_labelled_serials(sm, worker) -> None:
    lot = f.lot(sm, target=10)
    done = f.wip_through(sm, worker, lot, last=6)
    converted = f.wip_through(sm, worker, lot, last=6)
    assert queue(sm, "PROC-007") == [(done, lot), (converted, lot)]
    st7 = f.station(sm, "PROC-007")
    conv = st7.convert(worker, converted)
    assert queue(sm, "PROC-007") == [(done, lot)]
    assert queue(sm, "PROC-008") == []  # converted, label not yet verified
    f.pass_step(sm, worker, "PROC-007", conv.serial_number)
    assert queue(sm, "PROC-008") == [(conv.serial_number, lot)]
    f.station(sm, "PROC-008").start_step(worker, conv.serial_number)
    assert queue(sm, "PROC-008") == []
