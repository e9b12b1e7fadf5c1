"""Known answers: how scrapped units count on the LOT board, in the LOT detail, in yield / FPY /
RTY / rework rate, WIP by status and step, and the defect Pareto (issue 15).

One LOT of 8, built at the stations by a worker on their own login and decided by a manager
on theirs (signed scrap and reopen), so the figures are those of what the rules wrote:

  #  name  what happened                                                     ends
  1  P1    001..008 PASS                                                     serial PASSED
  2  P2    001..008 PASS                                                     serial PASSED
  3  R1    001 002 PASS, 003 REWORK, 003 PASS, 004..008 PASS                 serial PASSED
  4  F1    001 PASS, 002 FAIL                                                WIP FAILED (at 002)
  5  S1    001 002 PASS, 003 FAIL, scrapped                                  WIP SCRAPPED
  6  S2    001 PASS, 002 FAIL, reopened, 002 FAIL, scrapped                  WIP SCRAPPED
  7  SS    001..007 PASS, 008 FAIL, scrapped                                 serial SCRAPPED
  8  W1    001 002 PASS (waits for 003)                                      WIP IN_PROGRESS

The tests assert results, not SQL, so they guard any rewrite of the statistics queries.
"""

from __future__ import annotations

from dataclasses import dataclass

import factories as f
import pytest
from sqlalchemy.engine import URL

from neurohub_desktop.db.engine import Sessions
from neurohub_desktop.domain.auth import CurrentUser
from neurohub_desktop.domain.errors import BusinessRuleError
from neurohub_desktop.domain.reports import ReportScope
from neurohub_desktop.domain.station import LotNotFinished, StepResult
from neurohub_desktop.services.reports import ReportsService

NAMES = ("P1", "P2", "R1", "F1", "S1", "S2", "SS", "W1")


@dataclass
class ScrapLot:
    sm: Sessions
    lot: str
    lot_pk: int
    wips: dict[str, str]  # name → WIP id
    serials: dict[str, str]  # name → serial number
    manager: CurrentUser
    worker: CurrentUser

    def reports(self) -> ReportsService:
        return ReportsService(self.sm)


def _to_serial(sm: Sessions, worker: CurrentUser, wip: str) -> str:
    st7 = f.station(sm, "PROC-007")
    serial = st7.convert(worker, wip).serial_number
    assert serial is not None
    st7.verify_label(worker, serial, serial)
    return serial


@pytest.fixture
def scrap_lot(db_url: URL) -> ScrapLot:
    sm = f.sessions(db_url)
    manager = f.user(sm, "manager1", "MANAGER")
    worker = f.user(sm, "worker1", "WORKER")
    f.firmware(sm)
    lots = f.lots(sm)
    lot = f.lot(sm, manager, target=8)
    wips = {name: f.issue_wip(sm, worker, lot) for name in NAMES}  # 001 PASS for each
    serials: dict[str, str] = {}
    for name in ("P1", "P2", "SS"):
        for n in range(2, 7):
            f.pass_step(sm, worker, f"PROC-00{n}", wips[name])
        serials[name] = _to_serial(sm, worker, wips[name])
    f.pass_step(sm, worker, "PROC-002", wips["R1"])
    f.fail_step(sm, worker, "PROC-003", wips["R1"], StepResult.REWORK)
    for n in range(3, 7):
        f.pass_step(sm, worker, f"PROC-00{n}", wips["R1"])
    serials["R1"] = _to_serial(sm, worker, wips["R1"])
    for name in ("P1", "P2", "R1"):
        f.pass_step(sm, worker, "PROC-008", serials[name])
    f.fail_step(sm, worker, "PROC-008", serials["SS"])
    lots.scrap_unit(manager, serials["SS"], "carton crushed")
    f.fail_step(sm, worker, "PROC-002", wips["F1"])
    f.pass_step(sm, worker, "PROC-002", wips["S1"])
    f.fail_step(sm, worker, "PROC-003", wips["S1"])
    lots.scrap_unit(manager, wips["S1"], "sensor cracked")
    f.fail_step(sm, worker, "PROC-002", wips["S2"])
    lots.reopen_unit(manager, wips["S2"], "part replaced")
    f.fail_step(sm, worker, "PROC-002", wips["S2"])
    lots.scrap_unit(manager, wips["S2"], "housing bent")
    f.pass_step(sm, worker, "PROC-002", wips["W1"])
    pk = f.scalar(sm, "SELECT id FROM lots WHERE lot_number = :n", n=lot)
    return ScrapLot(sm, lot, pk, wips, serials, manager, worker)


def test_the_lot_board_counts_scrapped_units_as_scrapped(scrap_lot: ScrapLot) -> None:
    [row] = scrap_lot.reports().lot_board(lot_ids=[scrap_lot.lot_pk])
    assert row.wip_counts == {
        "CREATED": 0,
        "IN_PROGRESS": 1,  # W1
        "COMPLETED": 0,
        "FAILED": 1,  # F1
        "CONVERTED": 4,  # P1 P2 R1 SS
        "SCRAPPED": 2,  # S1 S2
    }
    assert row.serial_counts == {
        "CREATED": 0,
        "IN_PROGRESS": 0,
        "PASSED": 3,
        "FAILED": 0,
        "SCRAPPED": 1,  # SS
    }
    assert (row.finished, row.progress) == (3, 3 / 8)
    # WIP by step: only F1 (at PROC-002, where it failed) and W1 (waiting for PROC-003); a
    # scrapped unit waits nowhere and is not unfinished work
    assert row.units_per_step == (0, 1, 1, 0, 0, 0, 0, 0)
    assert row.unfinished == 2
    issued = dict(
        f.rows(scrap_lot.sm, "SELECT wip_id, created_at FROM wip_items WHERE wip_id LIKE 'WIP-%'")
    )
    assert row.oldest_unfinished_at == issued[scrap_lot.wips["F1"]]


def test_the_lot_detail_puts_scrapped_units_at_no_step(scrap_lot: ScrapLot) -> None:
    detail = scrap_lot.reports().lot_detail(scrap_lot.lot_pk)
    assert detail is not None
    by_wip = {u.wip_id: u for u in detail.units}
    got = {
        name: (by_wip[w].status, by_wip[w].current_step, by_wip[w].attempts)
        for name, w in scrap_lot.wips.items()
    }
    assert got == {
        "P1": ("PASSED", None, 8),
        "P2": ("PASSED", None, 8),
        "R1": ("PASSED", None, 9),
        "F1": ("FAILED", "PROC-002", 2),
        "S1": ("SCRAPPED", None, 3),
        "S2": ("SCRAPPED", None, 3),
        "SS": ("SCRAPPED", None, 8),
        "W1": ("IN_PROGRESS", "PROC-003", 2),
    }
    steps = {s.process.process_id: (s.passed, s.failed, s.rework) for s in detail.steps}
    assert steps == {
        "PROC-001": (8, 0, 0),
        "PROC-002": (6, 3, 0),
        "PROC-003": (4, 1, 1),
        "PROC-004": (4, 0, 0),
        "PROC-005": (4, 0, 0),
        "PROC-006": (4, 0, 0),
        "PROC-007": (4, 0, 0),
        "PROC-008": (3, 1, 0),
    }


def test_yield_fpy_rty_and_rework_rate_count_scrapped_units_as_losses(
    scrap_lot: ScrapLot,
) -> None:
    report = scrap_lot.reports().yield_report(ReportScope(lot_id=scrap_lot.lot_pk))
    counts = {(c.kind, c.status): c.count for c in report.status_counts}
    assert counts == {
        ("WIP", "IN_PROGRESS"): 1,
        ("WIP", "FAILED"): 1,
        ("WIP", "CONVERTED"): 4,
        ("WIP", "SCRAPPED"): 2,
        ("SERIAL", "PASSED"): 3,
        ("SERIAL", "SCRAPPED"): 1,
    }
    # the WIP statuses in the board's order, SCRAPPED last (not sorted to the end as unknown)
    assert [c.status for c in report.status_counts if c.kind == "WIP"] == [
        "IN_PROGRESS",
        "FAILED",
        "CONVERTED",
        "SCRAPPED",
    ]
    got = {
        s.process.process_id: (s.passed, s.failed, s.rework, s.units_attempted, s.first_pass)
        for s in report.steps
    }
    assert got == {
        "PROC-001": (8, 0, 0, 8, 8),
        "PROC-002": (6, 3, 0, 8, 6),  # F1 and S2 (twice) failed; S2 counts once as a unit
        "PROC-003": (4, 1, 1, 5, 3),  # R1 reworked, S1 failed (then scrapped)
        "PROC-004": (4, 0, 0, 4, 4),
        "PROC-005": (4, 0, 0, 4, 4),
        "PROC-006": (4, 0, 0, 4, 4),
        "PROC-007": (4, 0, 0, 4, 4),
        "PROC-008": (3, 1, 0, 4, 3),  # SS failed (then scrapped)
    }
    fpy = {s.process.process_id: s.fpy for s in report.steps}
    assert fpy == {
        "PROC-001": 1.0,
        "PROC-002": 0.75,
        "PROC-003": 0.6,
        "PROC-004": 1.0,
        "PROC-005": 1.0,
        "PROC-006": 1.0,
        "PROC-007": 1.0,
        "PROC-008": 0.75,
    }
    assert report.rty == pytest.approx(0.75 * 0.6 * 0.75)
    assert (report.units_attempted, report.units_reworked) == (8, 2)  # R1 at 003, S2 at 002
    assert report.rework_rate == pytest.approx(0.25)


def test_the_defect_pareto_counts_the_defects_of_scrapped_units(scrap_lot: ScrapLot) -> None:
    rows = scrap_lot.reports().defect_pareto(ReportScope(lot_id=scrap_lot.lot_pk))
    assert [(r.process_id, r.code, r.count) for r in rows] == [
        ("PROC-002", "PART_DEFECT", 3),  # F1 once, S2 twice
        ("PROC-003", "SENSOR_TEMP_FAIL", 2),  # R1's REWORK, S1's FAIL
        ("PROC-008", "VISUAL_DEFECT", 1),  # SS
    ]
    assert [round(r.cumulative_percent, 1) for r in rows] == [50.0, 83.3, 100.0]


def test_completion_waits_only_for_the_units_not_scrapped(scrap_lot: ScrapLot) -> None:
    lots = f.lots(scrap_lot.sm)
    with pytest.raises(LotNotFinished) as refused:
        lots.complete_lot(scrap_lot.manager, scrap_lot.lot, "done")
    assert sorted(u.unit_id for u in refused.value.units) == sorted(
        (scrap_lot.wips["F1"], scrap_lot.wips["W1"])
    )
    lots.scrap_unit(scrap_lot.manager, scrap_lot.wips["F1"], "not worth repairing")
    with pytest.raises(BusinessRuleError):  # W1 is still mid-line
        lots.complete_lot(scrap_lot.manager, scrap_lot.lot, "done")
    f.fail_step(scrap_lot.sm, scrap_lot.worker, "PROC-003", scrap_lot.wips["W1"])
    lots.scrap_unit(scrap_lot.manager, scrap_lot.wips["W1"], "sensor dead")
    assert lots.complete_lot(scrap_lot.manager, scrap_lot.lot, "done").status == "COMPLETED"
    [row] = scrap_lot.reports().lot_board(lot_ids=[scrap_lot.lot_pk])
    assert row.wip_counts["SCRAPPED"] == 4 and row.unfinished == 0 and row.finished == 3
