"""The station service on a real database: the whole line, refusals decided before writing,
claims refused at once when another station holds the unit, prints recorded."""

from __future__ import annotations

import threading
from pathlib import Path

import factories as f
import pytest
from catalog import korean
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from neurohub_desktop.domain.errors import (
    BusinessRuleError,
    ConflictError,
    ValidationError,
)
from neurohub_desktop.domain.station import DefectEntry, Reason, StepResult, UnitKind
from neurohub_desktop.printing.printer import PrintError, SpoolPrinter, TcpPrinter


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER", "김작업")


@pytest.fixture
def lot(sm):
    f.firmware(sm)
    return f.lot(sm, target=5)


def _history_count(sm) -> int:
    return int(f.scalar(sm, "SELECT count(*) FROM wip_process_history"))


def test_one_unit_through_the_whole_line(sm, worker, lot, tmp_path: Path) -> None:
    wip = f.wip_through(sm, worker, lot, last=6)
    assert f.scalar(sm, "SELECT status FROM wip_items WHERE wip_id = :w", w=wip) == "COMPLETED"
    spool = tmp_path / "spool"
    spool.mkdir()
    st7 = f.station(sm, "PROC-007", printer=SpoolPrinter(spool))
    conv = st7.convert(worker, wip)
    assert conv.serial_number == f"{lot}-0001"
    assert conv.unit.kind is UnitKind.SERIAL and conv.unit.in_progress_here
    row = f.rows(
        sm,
        "SELECT status, serial_id IS NOT NULL, converted_at IS NOT NULL "
        "FROM wip_items WHERE wip_id = :w",
        w=wip,
    )[0]
    assert tuple(row) == ("CONVERTED", True, True)
    out = st7.print_label(worker, conv.serial_number, None, "print-1")
    assert [p.read_text() for p in spool.glob("*.zpl")] == [out.zpl]
    assert conv.serial_number in out.zpl
    with pytest.raises(ValidationError):
        st7.verify_label(worker, conv.serial_number, f"{lot}-0002")
    rec = st7.verify_label(worker, conv.serial_number, conv.serial_number)
    assert rec.result is StepResult.PASS and rec.table == "process_data"
    st8 = f.station(sm, "PROC-008")
    assert st8.resolve_scan(conv.serial_number).reason is Reason.OK
    st8.start_step(worker, conv.serial_number)
    done = st8.complete_step(worker, conv.serial_number, "PASS", f.GOOD_VALUES["PROC-008"])
    assert done.unit.status == "PASSED"
    assert _history_count(sm) == 6
    assert f.scalar(sm, "SELECT count(*) FROM wip_process_history WHERE result = 'PASS'") == 6
    pd = f.rows(
        sm,
        "SELECT p.process_id, d.result, d.process_specific_data FROM process_data d "
        "JOIN processes p ON p.id = d.process_id ORDER BY p.sequence_order",
    )
    assert [(r[0], r[1]) for r in pd] == [("PROC-007", "PASS"), ("PROC-008", "PASS")]
    prints = pd[0][2]["prints"]
    assert len(prints) == 1 and prints[0]["user"] == "worker1"
    assert prints[0]["printer"] == f"spool:{spool}"
    assert pd[0][2]["measurements"]["items"][0] == {
        "code": "LABEL_VERIFIED",
        "value": True,
        "unit": None,
        "lsl": None,
        "usl": None,
        "result": "PASS",
    }
    audit = f.rows(
        sm,
        "SELECT DISTINCT station FROM audit_logs WHERE user_id = :u "
        "AND table_name IN ('wip_items', 'wip_process_history', 'process_data')",
        u=worker.id,
    )
    assert {r[0] for r in audit} >= {"ST-1", "ST-3", "ST-7", "ST-8"}


def test_out_of_order_is_refused_before_writing(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    st3 = f.station(sm, "PROC-003")
    view = st3.resolve_scan(wip)
    assert view.reason is Reason.PREVIOUS_STEP_MISSING and not view.can_start_here
    assert view.reason_msg.params["previous"] == "PROC-002" and "PROC-002" in korean(
        view.reason_msg
    )
    audit_before = f.scalar(sm, "SELECT count(*) FROM audit_logs")
    with pytest.raises(BusinessRuleError):
        st3.start_step(worker, wip)
    assert f.scalar(sm, "SELECT current_process_id FROM wip_items WHERE wip_id = :w", w=wip) is None
    assert f.scalar(sm, "SELECT count(*) FROM audit_logs") == audit_before


def test_database_refuses_out_of_order_even_without_the_precheck(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    with pytest.raises(DBAPIError) as exc, sm.begin() as s:
        s.execute(
            text(
                "UPDATE wip_items SET current_process_id = "
                "(SELECT id FROM processes WHERE process_id = 'PROC-003') "
                "WHERE wip_id = :w"
            ),
            {"w": wip},
        )
    assert exc.value.orig.pgcode == "NH002"  # type: ignore[union-attr]


def test_double_pass_and_resume(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    f.pass_step(sm, worker, "PROC-002", wip)
    st2 = f.station(sm, "PROC-002")
    assert st2.resolve_scan(wip).reason is Reason.ALREADY_PASSED
    st3 = f.station(sm, "PROC-003")
    st3.start_step(worker, wip)
    assert st3.resolve_scan(wip).reason is Reason.RESUME
    view = f.station(sm, "PROC-004").resolve_scan(wip)
    assert view.reason is Reason.IN_PROGRESS_ELSEWHERE
    assert "PROC-003" in str(view.reason_msg)


def test_second_station_is_refused_at_once_when_locked(sm, worker, lot, engine) -> None:
    wip = f.issue_wip(sm, worker, lot)
    locked, release = threading.Event(), threading.Event()

    def hold() -> None:
        with engine.begin() as conn:
            conn.execute(text("SELECT id FROM wip_items WHERE wip_id = :w FOR UPDATE"), {"w": wip})
            locked.set()
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert locked.wait(10)
        with pytest.raises(ConflictError) as exc:
            f.station(sm, "PROC-002").start_step(worker, wip)
        assert "다른 스테이션" in korean(exc.value.msg)
    finally:
        release.set()
        t.join()
    f.station(sm, "PROC-002").start_step(worker, wip)


def test_cancel_writes_no_history(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    st2 = f.station(sm, "PROC-002")
    assert st2.start_step(worker, wip).in_progress_here
    view = st2.cancel_step(worker, wip)
    assert view.current_process is None and view.reason is Reason.OK
    assert _history_count(sm) == 1


def test_measurements_are_checked_before_the_write(sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    st3 = f.station(sm, "PROC-003")
    st3.start_step(worker, wip)
    bad = {**f.GOOD_VALUES["PROC-003"], "TEMP_SENSOR": "61.5"}
    with pytest.raises(ValidationError) as exc:
        st3.complete_step(worker, wip, "PASS", bad)
    assert "TEMP_SENSOR" in korean(exc.value.msg)
    with pytest.raises(ValidationError):
        st3.complete_step(worker, wip, "FAIL", bad)  # no defect code
    with pytest.raises(ValidationError):
        st3.complete_step(
            worker, wip, "PASS", f.GOOD_VALUES["PROC-003"], [DefectEntry("SENSOR_TEMP_FAIL")]
        )
    assert _history_count(sm) == 2
    rec = st3.complete_step(worker, wip, "FAIL", bad, [DefectEntry("SENSOR_TEMP_FAIL", "hot")])
    assert rec.unit.status == "FAILED"
    stored = f.rows(
        sm, "SELECT measurements, defects FROM wip_process_history WHERE id = :i", i=rec.record_id
    )[0]
    temp = next(i for i in stored[0]["items"] if i["code"] == "TEMP_SENSOR")
    assert temp == {
        "code": "TEMP_SENSOR",
        "value": 61.5,
        "unit": "°C",
        "lsl": 59.0,
        "usl": 61.0,
        "result": "FAIL",
    }
    assert stored[1] == [{"code": "SENSOR_TEMP_FAIL", "note": "hot"}]
    assert st3.resolve_scan(wip).reason is Reason.UNIT_FAILED


def test_firmware_version_must_be_the_active_one(sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=3)
    st4 = f.station(sm, "PROC-004")
    assert dict(st4.station_info().expected_texts) == {"FIRMWARE_VERSION": f.FIRMWARE}
    st4.start_step(worker, wip)
    with pytest.raises(ValidationError):
        st4.complete_step(worker, wip, "PASS", {"FIRMWARE_VERSION": "v0.9.0", "UPLOAD_OK": True})
    rec = st4.complete_step(worker, wip, "PASS", f.GOOD_VALUES["PROC-004"])
    assert rec.result is StepResult.PASS


def test_rework_keeps_the_unit_at_the_step_until_the_limit(sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    st3 = f.station(sm, "PROC-003")
    for n in range(1, 4):
        f.fail_step(sm, worker, "PROC-003", wip, StepResult.REWORK)
        view = st3.resolve_scan(wip)
        assert view.reason is Reason.OK, n
        assert view.step("PROC-003").attempts == n  # type: ignore[union-attr]
    f.fail_step(sm, worker, "PROC-003", wip, StepResult.REWORK)
    view = st3.resolve_scan(wip)
    assert view.reason is Reason.REWORK_LIMIT
    before = _history_count(sm)
    with pytest.raises(BusinessRuleError):
        st3.start_step(worker, wip)
    assert _history_count(sm) == before


def test_proc001_issue_and_mark_confirmation(sm, worker, lot) -> None:
    st1 = f.station(sm, "PROC-001")
    view = st1.resolve_scan(lot)
    assert view.kind is UnitKind.LOT and view.reason is Reason.OK
    first = st1.issue_next_wip(worker, lot)
    assert first.wip_id == f"WIP-{lot}-001" and first.in_progress_here
    assert st1.confirm_mark(worker, first.wip_id, first.wip_id).result is StepResult.PASS
    second = st1.issue_next_wip(worker, lot)
    assert second.wip_id == f"WIP-{lot}-002"
    rec = st1.confirm_mark(worker, second.wip_id, "garbage")
    assert rec.result is StepResult.FAIL and rec.unit.status == "FAILED"
    defects = f.scalar(sm, "SELECT defects FROM wip_process_history WHERE id = :i", i=rec.record_id)
    assert defects[0]["code"] == "MARKING_FAIL"
    assert f.scalar(sm, "SELECT status FROM lots WHERE lot_number = :l", l=lot) == "IN_PROGRESS"


def test_lot_full_and_closed_lot_refusals(sm, worker) -> None:
    manager = f.user(sm, "manager1", "MANAGER")
    small = f.lot(sm, manager, target=1)
    st1 = f.station(sm, "PROC-001")
    wip = f.issue_wip(sm, worker, small)
    assert st1.resolve_scan(small).reason is Reason.LOT_FULL
    with pytest.raises(BusinessRuleError):
        st1.issue_next_wip(worker, small)
    with pytest.raises(BusinessRuleError, match="1 unit\\(s\\) are not finished"):
        f.lots(sm).complete_lot(manager, small, "all done")  # a unit is mid-line (domain.md §4)
    with f.admin_tx(sm) as s:  # the schema owner may still move it (the plan's 003 check)
        s.execute(text("UPDATE lots SET status = 'COMPLETED' WHERE lot_number = :l"), {"l": small})
        s.execute(text("UPDATE lots SET status = 'CLOSED' WHERE lot_number = :l"), {"l": small})
    view = f.station(sm, "PROC-002").resolve_scan(wip)
    assert view.reason is Reason.LOT_CLOSED and "CLOSED" in korean(view.reason_msg)
    with pytest.raises(BusinessRuleError):
        f.station(sm, "PROC-002").start_step(worker, wip)


def test_wrong_kind_and_unknown_units(sm, worker, lot) -> None:
    assert f.station(sm, "PROC-003").resolve_scan(lot).reason is Reason.WRONG_KIND
    assert f.station(sm, "PROC-003").resolve_scan(f"{lot}-0001").reason is Reason.NOT_FOUND
    assert f.station(sm, "PROC-003").resolve_scan("WIP-WF991231N99-001").reason is Reason.NOT_FOUND


def test_counters_and_recent_records(sm, worker, lot) -> None:
    a = f.wip_through(sm, worker, lot, last=2)
    b = f.wip_through(sm, worker, lot, last=2)
    c = f.wip_through(sm, worker, lot, last=2)
    f.pass_step(sm, worker, "PROC-003", a)
    f.fail_step(sm, worker, "PROC-003", b, StepResult.REWORK)
    f.fail_step(sm, worker, "PROC-003", b, StepResult.FAIL)
    f.station(sm, "PROC-003").start_step(worker, c)
    snap = f.station(sm, "PROC-003").snapshot()
    assert (
        snap.counters.started,
        snap.counters.passed,
        snap.counters.failed,
        snap.counters.rework,
    ) == (4, 1, 1, 1)
    assert [r.unit_id for r in snap.records] == [b, b, a]
    assert snap.records[0].result == "FAIL" and snap.records[0].operator == "김작업"
    assert snap.records[0].defects == ("SENSOR_TEMP_FAIL",)


def test_refused_printer_leaves_the_record_intact(sm, worker, lot) -> None:
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now: the connection is refused
    wip = f.wip_through(sm, worker, lot, last=6)
    st7 = f.station(sm, "PROC-007", printer=TcpPrinter("127.0.0.1", port, connect_timeout=2))
    conv = st7.convert(worker, wip)
    with pytest.raises(PrintError) as exc:
        st7.print_label(worker, conv.serial_number, None, "print-1")
    assert exc.value.retryable
    data = f.scalar(
        sm, "SELECT process_specific_data FROM process_data WHERE id = :i", i=conv.record_id
    )
    assert data["prints"] == []
    assert st7.resolve_scan(conv.serial_number).reason is Reason.RESUME


def test_without_an_active_firmware_only_pass_is_refused(sm, worker) -> None:
    number = f.lot(sm)  # no firmware registered in this test
    wip = f.wip_through(sm, worker, number, last=3)
    st4 = f.station(sm, "PROC-004")
    st4.start_step(worker, wip)
    with pytest.raises(ValidationError) as exc:
        st4.complete_step(worker, wip, "PASS", f.GOOD_VALUES["PROC-004"])
    assert exc.value.code == "NO_ACTIVE_FIRMWARE"
    rec = st4.complete_step(
        worker, wip, "REWORK", {"UPLOAD_OK": False}, [DefectEntry("FIRMWARE_COMM_ERROR")]
    )
    assert rec.result is StepResult.REWORK
