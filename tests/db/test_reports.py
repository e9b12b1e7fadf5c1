"""Supervisor reports on fixture data with known answers (see supervisor_fixtures.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text
from supervisor_fixtures import COMPONENTS, FIRMWARE, T0_A, Known, build_known_line, station

from neurohub_desktop.db.engine import make_sessionmaker
from neurohub_desktop.domain.errors import NotFoundError, ValidationError
from neurohub_desktop.domain.reports import AuditFilter, LotFilter, ReportScope
from neurohub_desktop.services.reports import ReportsService

A, B, C, D = "WF251103D01", "WF251104N01", "WF251110D01", "XR251105D01"
NOW = datetime(2025, 11, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
def line(engine) -> tuple[ReportsService, Known]:  # type: ignore[no-untyped-def]
    known = build_known_line(engine)
    return ReportsService(make_sessionmaker(engine), tz=UTC, clock=lambda: NOW), known


def _board(svc: ReportsService, **kw) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {r.lot_number: r for r in svc.lot_board(LotFilter(**kw))}


# -- LOT board ------------------------------------------------------------------------------


def test_lot_board_counts_progress_and_positions(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    rows = svc.lot_board()
    assert [r.lot_number for r in rows] == [C, D, B, A]  # newest first
    board = {r.lot_number: r for r in rows}
    a, b, c, d = board[A], board[B], board[C], board[D]
    assert (a.status, a.shift, a.target_quantity, a.model_code) == ("IN_PROGRESS", "D", 5, "WF")
    assert a.wip_counts == {
        "CREATED": 0,
        "IN_PROGRESS": 1,
        "COMPLETED": 0,
        "FAILED": 1,
        "CONVERTED": 3,
        "SCRAPPED": 0,
    }
    assert a.serial_counts == {
        "CREATED": 0,
        "IN_PROGRESS": 1,
        "PASSED": 1,
        "FAILED": 0,
        "SCRAPPED": 1,
    }
    assert (a.finished, a.progress) == (1, 0.2)
    # A2 at PROC-008 (started), A3 at PROC-003 (started), A4 failed at PROC-003
    assert a.units_per_step == (0, 0, 2, 0, 0, 0, 0, 1)
    assert a.oldest_unfinished_at == T0_A + timedelta(minutes=5)  # A2
    assert b.wip_counts["IN_PROGRESS"] == 2 and b.wip_counts["FAILED"] == 1
    assert b.units_per_step == (2, 1, 0, 0, 0, 0, 0, 0)  # B2 failed + B3 at 001, B1 at 002
    assert b.finished == 0 and b.serial_total == 0
    assert c.status == "CREATED" and c.units_per_step == (0,) * 8
    assert c.oldest_unfinished_at is None and c.progress == 0
    assert d.status == "COMPLETED" and d.completed_at is not None and d.model_code == "XR"


def test_lot_board_filters_and_search(line) -> None:  # type: ignore[no-untyped-def]
    svc, _ = line
    assert set(_board(svc, statuses=("IN_PROGRESS",))) == {A, B}
    assert set(_board(svc, statuses=("CREATED", "COMPLETED"))) == {C, D}
    assert set(_board(svc, model_code="XR")) == {D}
    assert set(_board(svc, date_from=date(2025, 11, 4), date_to=date(2025, 11, 5))) == {B, D}
    assert set(_board(svc, date_to=date(2025, 11, 3))) == {A}
    assert set(_board(svc, search="n01")) == {B}
    assert set(_board(svc, search="D01")) == {A, C, D}
    assert set(_board(svc, search="%")) == set()  # LIKE wildcards are literal
    assert list(_board(svc, limit=2)) == [C, D]


def test_lot_board_refresh_of_given_lots(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    rows = svc.lot_board(LotFilter(), lot_ids=[known.lots[B]])
    assert [r.lot_number for r in rows] == [B]
    # a LOT outside the filter is not returned (the board drops it)
    assert svc.lot_board(LotFilter(statuses=("CLOSED",)), lot_ids=[known.lots[B]]) == []


# -- LOT detail -----------------------------------------------------------------------------


def test_lot_detail_units_and_step_counts(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    detail = svc.lot_detail(known.lots[A])
    assert detail is not None and detail.lot.lot_number == A
    units = {u.wip_id[-3:]: u for u in detail.units}
    assert [u.wip_id for u in detail.units] == [f"WIP-{A}-00{i}" for i in range(1, 6)]
    u1, u2, u3, u4, u5 = (units[f"00{i}"] for i in range(1, 6))
    assert (u1.serial_number, u1.status, u1.current_step, u1.attempts, u1.last_result) == (
        f"{A}-0001",
        "PASSED",
        None,
        8,
        "PASS",
    )
    assert u1.finished_at is not None
    assert u1.elapsed_seconds == int((u1.finished_at - u1.issued_at).total_seconds())
    assert (
        u2.status,
        u2.current_step,
        u2.in_progress,
        u2.attempts,
        u2.last_result,
        u2.last_process,
    ) == ("IN_PROGRESS", "PROC-008", True, 8, "PASS", "PROC-007")
    assert u2.elapsed_seconds == int((NOW - u2.issued_at).total_seconds())
    assert (
        u3.serial_number,
        u3.status,
        u3.current_step,
        u3.in_progress,
        u3.attempts,
        u3.last_result,
    ) == (None, "IN_PROGRESS", "PROC-003", True, 3, "PASS")
    assert (u4.status, u4.current_step, u4.in_progress, u4.attempts, u4.last_result) == (
        "FAILED",
        "PROC-003",
        False,
        6,
        "FAIL",
    )
    assert (
        u5.status,
        u5.serial_status,
        u5.wip_status,
        u5.current_step,
        u5.attempts,
        u5.last_result,
        u5.last_process,
    ) == ("SCRAPPED", "SCRAPPED", "CONVERTED", None, 8, "FAIL", "PROC-008")
    steps = {s.process.process_id: (s.passed, s.failed, s.rework) for s in detail.steps}
    assert steps == {
        "PROC-001": (5, 0, 0),
        "PROC-002": (5, 0, 1),
        "PROC-003": (3, 5, 0),
        "PROC-004": (3, 0, 0),
        "PROC-005": (3, 0, 0),
        "PROC-006": (3, 0, 0),
        "PROC-007": (3, 0, 0),
        "PROC-008": (1, 1, 0),
    }
    # the detail's positions agree with the board's PROC bar
    bar = [0] * 8
    for u in detail.units:
        if u.current_step:
            bar[int(u.current_step[-1]) - 1] += 1
    assert tuple(bar) == detail.lot.units_per_step
    # reworks (finished non-PASS attempts) and the last failure of a FAILED / SCRAPPED unit
    assert [u.reworks for u in (u1, u2, u3, u4, u5)] == [0, 1, 1, 4, 1]
    assert (u1.failure, u2.failure, u3.failure) == (None, None, None)
    assert u4.failure == "SENSOR_TOF_FAIL"
    assert u5.failure == "VISUAL_DEFECT (육안 확인), PACKAGING_ERROR (육안 확인)"
    # the LOT's figures are the yield report's for that LOT
    same = svc.yield_report(ReportScope(lot_id=known.lots[A]))
    assert detail.figures is not None
    assert (detail.figures.rty, detail.figures.rework_rate) == (same.rty, same.rework_rate)
    assert detail.figures.units_reworked == 3
    assert svc.lot_detail(999_999) is None


# -- statistics -----------------------------------------------------------------------------


def test_yield_report_lot_a(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    report = svc.yield_report(ReportScope(lot_id=known.lots[A]))
    counts = {(c.kind, c.status): c.count for c in report.status_counts}
    assert counts == {
        ("WIP", "IN_PROGRESS"): 1,
        ("WIP", "FAILED"): 1,
        ("WIP", "CONVERTED"): 3,
        ("SERIAL", "IN_PROGRESS"): 1,
        ("SERIAL", "PASSED"): 1,
        ("SERIAL", "SCRAPPED"): 1,
    }
    assert [s.process.process_id for s in report.steps] == [f"PROC-00{i}" for i in range(1, 9)]
    got = {
        s.process.process_id: (s.passed, s.failed, s.rework, s.units_attempted, s.first_pass)
        for s in report.steps
    }
    assert got == {
        "PROC-001": (5, 0, 0, 5, 5),
        "PROC-002": (5, 0, 1, 5, 4),
        "PROC-003": (3, 5, 0, 4, 2),
        "PROC-004": (3, 0, 0, 3, 3),
        "PROC-005": (3, 0, 0, 3, 3),
        "PROC-006": (3, 0, 0, 3, 3),
        "PROC-007": (3, 0, 0, 3, 3),
        "PROC-008": (1, 1, 0, 2, 1),
    }
    fpy = {s.process.process_id: s.fpy for s in report.steps}
    assert fpy == {
        "PROC-001": 1.0,
        "PROC-002": 0.8,
        "PROC-003": 0.5,
        "PROC-004": 1.0,
        "PROC-005": 1.0,
        "PROC-006": 1.0,
        "PROC-007": 1.0,
        "PROC-008": 0.5,
    }
    assert report.rty == pytest.approx(0.2)
    assert (report.units_attempted, report.units_reworked) == (5, 3)  # A2, A3, A4
    assert report.rework_rate == pytest.approx(0.6)
    step3 = report.steps[2]
    assert step3.mean_duration_seconds == pytest.approx((60 * 4 + 30 * 4) / 8)
    assert step3.duration_ratio == pytest.approx(45 / 60)
    assert report.steps[0].mean_duration_seconds == pytest.approx(50)
    assert report.steps[7].mean_duration_seconds == pytest.approx(100)
    assert step3.re_attempts == 4


def test_yield_report_whole_line_and_scopes(line) -> None:  # type: ignore[no-untyped-def]
    svc, _ = line
    report = svc.yield_report()
    p1, p2 = report.steps[0], report.steps[1]
    assert (p1.passed, p1.failed, p1.units_attempted, p1.first_pass) == (6, 1, 7, 6)
    assert (p2.passed, p2.rework, p2.units_attempted) == (5, 1, 5)
    assert report.rty == pytest.approx(6 / 7 * 0.8 * 0.5 * 0.5)
    assert (report.units_attempted, report.units_reworked) == (7, 3)
    assert report.rework_rate == pytest.approx(3 / 7)
    wip = {c.status: c.count for c in report.status_counts if c.kind == "WIP"}
    assert wip == {"IN_PROGRESS": 3, "FAILED": 2, "CONVERTED": 3}
    # by period and by model, by LOT number
    only_b = svc.yield_report(ReportScope(date(2025, 11, 4), date(2025, 11, 4)))
    assert only_b.steps[0].fpy == 0.5 and only_b.rty == 0.5 and only_b.units_attempted == 2
    assert svc.yield_report(ReportScope(lot_number=B.lower())).units_attempted == 2
    empty = svc.yield_report(ReportScope(model_code="XR"))
    assert empty.status_counts == () and empty.rty is None and empty.rework_rate is None
    assert all(s.fpy is None and s.mean_duration_seconds is None for s in empty.steps)


def test_defect_pareto(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    rows = svc.defect_pareto(ReportScope(lot_id=known.lots[A]))
    assert [(r.process_id, r.code, r.count) for r in rows] == [
        ("PROC-003", "SENSOR_TOF_FAIL", 4),
        ("PROC-003", "SENSOR_TEMP_FAIL", 2),
        ("PROC-002", "ASSEMBLY_ERROR", 1),
        ("PROC-008", "PACKAGING_ERROR", 1),
        ("PROC-008", "VISUAL_DEFECT", 1),
    ]
    assert [round(r.percent, 2) for r in rows] == [44.44, 22.22, 11.11, 11.11, 11.11]
    assert [round(r.cumulative_percent, 2) for r in rows] == [44.44, 66.67, 77.78, 88.89, 100]
    assert rows[0].name == "TOF 센서 불량" and rows[0].name_en == "TOF sensor failure"
    p3 = svc.defect_pareto(ReportScope(), "PROC-003")
    assert [(r.code, r.count) for r in p3] == [("SENSOR_TOF_FAIL", 4), ("SENSOR_TEMP_FAIL", 2)]
    assert p3[-1].cumulative_percent == pytest.approx(100)
    everything = svc.defect_pareto()
    assert sum(r.count for r in everything) == 10  # + B2's MARKING_FAIL
    assert ("PROC-001", "MARKING_FAIL", 1) in [(r.process_id, r.code, r.count) for r in everything]
    assert svc.defect_pareto(ReportScope(date_from=date(2025, 11, 4))).__len__() == 1
    assert svc.defect_pareto(process_id="PROC-999") == ()


# -- traceability ---------------------------------------------------------------------------


def test_trace_serial_timeline(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    result = svc.trace(f" {A.lower()}-0002 ")
    unit = result.unit
    assert result.kind == "SERIAL" and result.lot.lot_number == A and unit is not None
    assert (unit.wip_id, unit.serial_number, unit.status, unit.current_step) == (
        f"WIP-{A}-002",
        f"{A}-0002",
        "IN_PROGRESS",
        "PROC-008",
    )
    assert dict(unit.component_lots) == COMPONENTS and unit.firmware_version == FIRMWARE
    steps = [(a.process.process_id, a.attempt_no, a.result, a.source) for a in unit.timeline]
    assert steps == [
        ("PROC-001", 1, "PASS", "WIP"),
        ("PROC-002", 1, "PASS", "WIP"),
        ("PROC-003", 1, "FAIL", "WIP"),
        ("PROC-003", 2, "PASS", "WIP"),
        ("PROC-004", 1, "PASS", "WIP"),
        ("PROC-005", 1, "PASS", "WIP"),
        ("PROC-006", 1, "PASS", "WIP"),
        ("PROC-007", 1, "PASS", "SERIAL"),
        ("PROC-008", 1, None, "SERIAL"),
    ]
    fail = unit.timeline[2]
    assert (fail.operator_user_id, fail.operator_name, fail.station) == (
        "kim",
        "김작업",
        station(3),
    )
    assert (fail.equipment_code, fail.equipment_name) == ("EQ-SENSOR-01", "센서 검사기 1호")
    assert [d.code for d in fail.defects] == ["SENSOR_TEMP_FAIL"]
    temp = fail.measurements[0]
    assert (temp.code, temp.value, temp.unit, temp.lsl, temp.usl, temp.result) == (
        "TEMP_SENSOR",
        61.8,
        "°C",
        59.0,
        61.0,
        "FAIL",
    )
    assert fail.duration_seconds == 60 and unit.timeline[3].is_rework
    label = unit.timeline[7]
    assert (label.operator_user_id, label.station, label.duration_seconds) == (
        "park",
        station(7),
        30,
    )


def test_trace_wip_lot_and_errors(line) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    wip = svc.trace(f"WIP-{A}-004")
    assert wip.kind == "WIP" and wip.unit is not None and wip.unit.serial_number is None
    assert [a.result for a in wip.unit.timeline] == ["PASS", "PASS"] + ["FAIL"] * 4
    assert [a.attempt_no for a in wip.unit.timeline][2:] == [1, 2, 3, 4]
    assert wip.unit.firmware_version is None and wip.unit.status == "FAILED"
    assert svc.trace(f"WIP-{A}-001").unit.serial_number == f"{A}-0001"  # the twin
    lot = svc.trace(B)
    assert lot.kind == "LOT" and lot.unit is None and len(lot.units) == 3
    with pytest.raises(NotFoundError):
        svc.trace("WF991231D01")
    with pytest.raises(NotFoundError):
        svc.trace(f"{A}-0099")
    with pytest.raises(ValidationError):
        svc.trace("PROC-003")
    with pytest.raises(ValidationError):
        svc.trace("??")


# -- audit log ------------------------------------------------------------------------------


def test_audit_log_filters_and_changes(line, engine) -> None:  # type: ignore[no-untyped-def]
    svc, known = line
    lot_d = known.lots[D]
    rows = svc.audit_log(AuditFilter(table_name="lots", record_id=lot_d))
    assert [r.action for r in rows] == ["UPDATE", "UPDATE", "INSERT"]  # newest first
    done = rows[0]
    assert (done.user_login, done.user_name, done.station) == ("mgr", "관리자 최", "OFFICE")
    change = {c.field: (c.old, c.new) for c in done.changes}
    assert change["status"] == ("IN_PROGRESS", "COMPLETED")
    assert "updated_at" not in change
    assert "status: IN_PROGRESS → COMPLETED" in done.summary()
    by_user = svc.audit_log(AuditFilter(user_id=known.users["park"]))
    assert by_user and {r.user_login for r in by_user} == {"park"}
    assert {r.table_name for r in by_user} <= {"process_data", "serials"}
    with engine.begin() as c:
        total = c.scalar(text("SELECT count(*) FROM audit_logs"))
    assert len(svc.audit_log(AuditFilter(limit=10_000))) == total
    assert len(svc.audit_log(AuditFilter(limit=3))) == 3
    assert svc.audit_log(AuditFilter(date_to=date(2000, 1, 1))) == []
    assert "wip_process_history" in svc.audit_tables()
    assert all(
        "password_hash" not in (c.field for c in r.changes)
        for r in svc.audit_log(AuditFilter(table_name="users"))
    )
