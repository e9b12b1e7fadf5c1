"""LOTs and the manager's decisions on a real database."""

from __future__ import annotations

import datetime as dt

import factories as f
import pytest
from catalog import korean

from neurohub_desktop.domain.errors import (
    BusinessRuleError,
    NeuroHubError,
    PermissionDenied,
    ValidationError,
)
from neurohub_desktop.domain.ids import InvalidIdentifier
from neurohub_desktop.domain.station import LotNotFinished, Reason, StepResult

DAY = dt.date(2026, 11, 28)


@pytest.fixture
def manager(sm):
    return f.user(sm, "manager1", "MANAGER", "박관리")


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER")


def test_lot_numbers_are_proposed_per_model_date_and_shift(sm, manager) -> None:
    lots = f.lots(sm)
    assert lots.propose_lot_number("WF", "D", DAY) == "WF261128D01"
    first = lots.create_lot(manager, "WF", "D", 50, date=DAY)
    assert (first.lot_number, first.target_quantity, first.status, first.created_by) == (
        "WF261128D01",
        50,
        "CREATED",
        "manager1",
    )
    assert lots.create_lot(manager, "WF", "D", date=DAY).lot_number == "WF261128D02"
    assert lots.create_lot(manager, "WF", "N", date=DAY).lot_number == "WF261128N01"
    assert lots.propose_lot_number("WF", "D", DAY) == "WF261128D03"
    assert (
        f.scalar(
            sm,
            "SELECT count(*) FROM audit_logs WHERE table_name = 'lots' "
            "AND user_id = :u AND station = 'ST-MGR'",
            u=manager.id,
        )
        == 3
    )


def test_manual_lot_numbers_and_their_limits(sm, manager) -> None:
    lots = f.lots(sm)
    assert lots.create_lot(manager, "WF", "D", 10, lot_number="wf-test-1").lot_number == "WF-TEST-1"
    with pytest.raises(InvalidIdentifier) as exc:
        lots.create_lot(manager, "WF", "D", 10, lot_number="WF261128D0123")
    assert exc.value.code == "LOT_TOO_LONG_FOR_WIP" and "11" in korean(exc.value.msg)
    with pytest.raises(NeuroHubError):  # unique lot_number
        lots.create_lot(manager, "WF", "D", 10, lot_number="WF-TEST-1")
    with pytest.raises(ValidationError):
        lots.create_lot(manager, "WF", "X", 10)
    with pytest.raises(ValidationError):
        lots.create_lot(manager, "WF", "D", 0)
    assert f.scalar(sm, "SELECT count(*) FROM lots") == 1


def test_workers_cannot_manage_lots(sm, manager, worker) -> None:
    lots = f.lots(sm)
    with pytest.raises(PermissionDenied):
        lots.create_lot(worker, "WF", "D", 10)
    number = f.lot(sm, manager)
    for action in (lots.complete_lot, lots.close_lot):
        with pytest.raises(PermissionDenied):
            action(worker, number, "why")
    with pytest.raises(PermissionDenied):
        lots.reopen_unit(worker, f"WIP-{number}-001", "why")
    with pytest.raises(PermissionDenied):
        lots.scrap_unit(worker, f"WIP-{number}-001", "why")
    assert f.scalar(sm, "SELECT count(*) FROM lots") == 1


def test_open_lots_with_counts_and_the_lot_life_cycle(sm, manager, worker) -> None:
    lots = f.lots(sm)
    number = f.lot(sm, manager, target=3)
    f.issue_wip(sm, worker, number)
    f.issue_wip(sm, worker, number)
    [view] = lots.list_open_lots()
    assert (view.lot_number, view.status, view.wip_count, view.serial_count) == (
        number,
        "IN_PROGRESS",
        2,
        0,
    )
    with pytest.raises(BusinessRuleError):  # BR-001: not CLOSED before COMPLETED
        lots.close_lot(manager, number, "shipped")
    first, second = f.rows(sm, "SELECT wip_id FROM wip_items ORDER BY sequence_in_lot")
    f.station(sm, "PROC-002").start_step(worker, second[0])
    with pytest.raises(LotNotFinished) as refused:  # BR-001: two units still on the line
        lots.complete_lot(manager, number, "all done")
    # the refusal names them and where they are (the manager finishes, reopens or scraps them)
    assert [(u.unit_id, u.status, u.at_step, u.passed_step) for u in refused.value.units] == [
        (first[0], "IN_PROGRESS", None, "PROC-001"),
        (second[0], "IN_PROGRESS", "PROC-002", "PROC-001"),
    ]
    text = str(refused.value)
    assert "2 unit(s) are not finished" in text
    assert f"{first[0]} (IN_PROGRESS, passed PROC-001)" in text
    assert f"{second[0]} (IN_PROGRESS at PROC-002)" in text
    assert lots.unfinished_units(number) == refused.value.units
    # every unit finished: one scrapped, one PASSED (the third place was never issued)
    f.fail_step(sm, worker, "PROC-002", first[0])
    lots.scrap_unit(manager, first[0], "bent housing")
    f.station(sm, "PROC-002").complete_step(
        worker, second[0], StepResult.PASS, f.GOOD_VALUES["PROC-002"]
    )
    with pytest.raises(LotNotFinished) as refused:  # one unit still on the line
        lots.complete_lot(manager, number, "all done")
    assert [u.unit_id for u in refused.value.units] == [second[0]]
    f.firmware(sm)
    for n in range(3, 7):
        f.pass_step(sm, worker, f"PROC-00{n}", second[0])
    st7 = f.station(sm, "PROC-007")
    serial = st7.convert(worker, second[0]).serial_number
    st7.verify_label(worker, serial, serial)
    with pytest.raises(BusinessRuleError):  # its serial is not PASSED yet
        lots.complete_lot(manager, number, "all done")
    assert lots.get_lot(number).status == "IN_PROGRESS"
    f.pass_step(sm, worker, "PROC-008", serial)
    assert lots.complete_lot(manager, number, "all done").status == "COMPLETED"
    assert lots.close_lot(manager, number, "shipped").status == "CLOSED"
    assert lots.list_open_lots() == ()
    stamps = f.rows(sm, "SELECT completed_at IS NOT NULL, closed_at IS NOT NULL FROM lots")[0]
    assert tuple(stamps) == (True, True)


def test_lot_label_has_the_lot_number(sm, manager) -> None:
    number = f.lot(sm, manager)
    label = f.lots(sm).lot_label(number)
    assert f"^FD{number}^FS" in label and "QTY 10" in label


def test_reopen_a_failed_wip_within_the_limit(sm, manager, worker) -> None:
    number = f.lot(sm, manager)
    wip = f.wip_through(sm, worker, number, last=2)
    f.fail_step(sm, worker, "PROC-003", wip)
    lots = f.lots(sm)
    with pytest.raises(ValidationError):
        lots.reopen_unit(manager, wip, "  ")
    view = lots.reopen_unit(manager, wip, "sensor reseated")
    assert view.status == "IN_PROGRESS"
    assert f.station(sm, "PROC-003").resolve_scan(wip).reason is Reason.OK
    f.pass_step(sm, worker, "PROC-003", wip)
    with pytest.raises(ValidationError):  # not FAILED any more
        lots.reopen_unit(manager, wip, "again")


def test_a_wip_past_the_limit_cannot_be_reopened(sm, manager, worker) -> None:
    number = f.lot(sm, manager)
    wip = f.wip_through(sm, worker, number, last=2)
    for _ in range(3):
        f.fail_step(sm, worker, "PROC-003", wip, StepResult.REWORK)
    f.fail_step(sm, worker, "PROC-003", wip, StepResult.REWORK)  # the 4th: FAILED for good
    view = f.station(sm, "PROC-003").resolve_scan(wip)
    assert view.status == "FAILED" and view.reason is Reason.REWORK_LIMIT
    with pytest.raises(ValidationError) as exc:
        f.lots(sm).reopen_unit(manager, wip, "one more try")
    assert exc.value.code == "REWORK_LIMIT"


def test_failed_serial_reopen_and_scrap(sm, manager, worker) -> None:
    f.firmware(sm)
    number = f.lot(sm, manager)
    wip = f.wip_through(sm, worker, number, last=6)
    st7 = f.station(sm, "PROC-007")
    serial = st7.convert(worker, wip).serial_number
    st7.verify_label(worker, serial, serial)
    f.fail_step(sm, worker, "PROC-008", serial)
    lots = f.lots(sm)
    assert lots.reopen_unit(manager, serial, "repacked").status == "IN_PROGRESS"
    assert f.scalar(sm, "SELECT rework_count FROM serials") == 1
    f.fail_step(sm, worker, "PROC-008", serial)
    view = lots.scrap_unit(manager, serial, "housing cracked")
    assert view.status == "SCRAPPED"
    assert f.station(sm, "PROC-008").resolve_scan(serial).reason is Reason.SCRAPPED
    reason = f.scalar(sm, "SELECT failure_reason FROM serials")
    assert "scrapped by manager1: housing cracked" in reason


def test_a_scanned_unit_is_located_as_it_is_now(sm, manager, worker) -> None:
    f.firmware(sm)
    number = f.lot(sm, manager, target=3)
    wip = f.wip_through(sm, worker, number, last=6)
    failed = f.issue_wip(sm, worker, number)
    f.fail_step(sm, worker, "PROC-002", failed)
    lots = f.lots(sm)
    located = lots.locate_unit(failed)
    assert (located.unit_id, located.lot_number, located.status) == (failed, number, "FAILED")
    serial = f.station(sm, "PROC-007").convert(worker, wip).serial_number
    for scanned in (wip, serial):  # a converted WIP is its serial now
        located = lots.locate_unit(scanned)
        assert (located.unit_id, located.status) == (serial, "IN_PROGRESS")
    assert lots.locate_unit(f"WIP-{number}-009") is None
    with pytest.raises(ValidationError):
        lots.locate_unit(number)  # a LOT is not a unit
