"""Where-used (issue 18): a component lot or a firmware version → exactly the units that used
it, with their LOT, status and where they are now.  Known answer on a generated LOT."""

from __future__ import annotations

import factories as f
import pytest

from neurohub_desktop.domain.errors import NotFoundError
from neurohub_desktop.domain.reports import TraceResult, WhereUsed
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.domain.station import DefectEntry
from neurohub_desktop.services.reports import ReportsService


def _assemble(sm, worker, wip: str, spring: str, busbar: str, result: str = "PASS") -> None:  # type: ignore[no-untyped-def]
    st = f.station(sm, "PROC-002")
    st.start_step(worker, wip)
    values = {"SMA_SPRING_LOT": spring, "BUSBAR_LOT": busbar, "VISUAL_OK": result == "PASS"}
    defects = [] if result == "PASS" else [DefectEntry("PART_DEFECT", "spring bent")]
    st.complete_step(worker, wip, StepResult(result), values, defects)


def test_where_used_returns_exactly_the_units_of_a_spring_lot_and_a_firmware(sm) -> None:  # type: ignore[no-untyped-def]
    worker = f.user(sm, "worker1", "WORKER")
    f.firmware(sm, "v1.2.3")
    lot = f.lot(sm, target=6)
    wips = [f.issue_wip(sm, worker, lot) for _ in range(6)]
    springs = ["SMA-A", "SMA-B", "SMA-A", "SMA-B", "SMA-A", "SMA-C"]
    for n, (wip, spring) in enumerate(zip(wips, springs, strict=True)):
        _assemble(sm, worker, wip, spring, f"BB-{n % 2}")
    # units 1..3 flashed with v1.2.3, then v1.2.4 is activated for units 4 and 5; 6 waits
    for wip in wips[:3]:
        f.pass_step(sm, worker, "PROC-003", wip)
        f.pass_step(sm, worker, "PROC-004", wip)
    f.firmware(sm, "v1.2.4")
    for wip in wips[3:5]:
        f.pass_step(sm, worker, "PROC-003", wip)
        st4 = f.station(sm, "PROC-004")
        st4.start_step(worker, wip)
        st4.complete_step(worker, wip, "PASS", {"FIRMWARE_VERSION": "v1.2.4", "UPLOAD_OK": True})
    # unit 1 goes on to a serial; unit 3 is in progress at PROC-005
    for n in (5, 6):
        f.pass_step(sm, worker, f"PROC-00{n}", wips[0])
    conv = f.station(sm, "PROC-007").convert(worker, wips[0])
    f.station(sm, "PROC-005").start_step(worker, wips[2])

    svc = ReportsService(sm)
    spring_a = svc.trace("SMA-A")
    assert isinstance(spring_a, WhereUsed)
    got = {
        (r.wip_id, r.serial_number, r.lot_number, r.status, r.where, r.in_progress)
        for r in spring_a.rows
    }
    assert got == {
        (wips[0], conv.serial_number, lot, "IN_PROGRESS", "PROC-007", True),
        (wips[2], None, lot, "IN_PROGRESS", "PROC-005", True),
        (wips[4], None, lot, "IN_PROGRESS", "PROC-004", False),
    }
    assert {r.code for r in spring_a.rows} == {"SMA_SPRING_LOT"}
    fw = svc.trace("v1.2.4")
    assert isinstance(fw, WhereUsed)
    assert [(r.wip_id, r.step, r.code) for r in fw.rows] == [
        (wips[3], "PROC-004", "FIRMWARE_VERSION"),
        (wips[4], "PROC-004", "FIRMWARE_VERSION"),
    ]
    old = svc.trace("v1.2.3")
    assert isinstance(old, WhereUsed) and [r.wip_id for r in old.rows] == wips[:3]
    busbar = svc.trace("BB-1")
    assert isinstance(busbar, WhereUsed)
    assert [r.wip_id for r in busbar.rows] == [wips[1], wips[3], wips[5]]
    # a LOT, WIP and serial are still traced as before; an unknown text is not found
    assert isinstance(svc.trace(lot), TraceResult)
    assert isinstance(svc.trace(conv.serial_number), TraceResult)
    with pytest.raises(NotFoundError):
        svc.trace("SMA-ZZZ")
