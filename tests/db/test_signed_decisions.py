"""Signed manager decisions (issue 15; domain.md §7): reopen, scrap, LOT complete and close
are signed by the person whose password PostgreSQL checks — a MANAGER who signs at a
worker's station through ``AuthService.countersign`` while the worker stays logged in.  The
signatures row holds signer, meaning, reason, subject, station and the operator; the audit
rows of the same transaction carry the reason.  A WORKER signer or a wrong password signs
nothing and writes nothing; a scrapped unit is never reopened, not even by a direct call.

Everything runs as the people themselves (their own login roles)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import factories as f
import psycopg2
import pytest
from security_support import nothing_written, person
from sqlalchemy.engine import URL

from neurohub_desktop.db.engine import Sessions, libpq_dsn
from neurohub_desktop.domain.auth import CurrentUser, LoginRefused
from neurohub_desktop.domain.errors import PermissionDenied, ValidationError
from neurohub_desktop.domain.reports import AuditFilter
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.reports import ReportsService

STATION = "ST-LOT"


@dataclass
class Line:
    url: URL
    sm: Sessions
    worker: CurrentUser
    manager: CurrentUser
    lot: str

    def lots(self) -> LotsService:
        return f.lots(self.sm, STATION)


@pytest.fixture
def line(db_url: URL) -> Iterator[Line]:
    sm = f.sessions(db_url)
    worker = f.user(sm, "worker1")
    manager = f.user(sm, "manager1", "MANAGER")
    f.user(sm, "worker2")
    yield Line(db_url, sm, worker, manager, f.lot(sm, manager, target=5))
    sm.kw["bind"].dispose()


def countersign(line: Line, method: str, subject: str, reason: str, user_id: str = "manager1"):  # type: ignore[no-untyped-def]
    """``method`` of the worker's LotsService, signed by ``user_id`` on their own login."""
    lots = line.lots()
    auth = f.auth_service(line.url, station=STATION)
    return auth.countersign(
        user_id,
        f.PASSWORD,
        lambda signer, sessions: getattr(lots, method)(
            signer, subject, reason, sessions=sessions, operator=line.worker.user_id
        ),
    )


def signatures(line: Line) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in f.rows(
            line.sm,
            "SELECT s.meaning, s.subject, s.reason, u.user_id, s.station, "
            "s.details ->> 'operator' FROM signatures s JOIN users u ON u.id = s.signer_id "
            "ORDER BY s.id",
        )
    ]


def audit_reasons(line: Line, table: str, key: str, value: str) -> set[str | None]:
    return {
        r[0]
        for r in f.rows(
            line.sm,
            f"SELECT reason FROM audit_logs WHERE table_name = '{table}' "
            f"AND action = 'UPDATE' AND new_data ->> '{key}' = :v",
            v=value,
        )
        if r[0] is not None
    }


def failed_wip(line: Line) -> str:
    wip = f.issue_wip(line.sm, line.worker, line.lot)
    f.fail_step(line.sm, line.worker, "PROC-002", wip)
    return wip


def failed_serial(line: Line) -> str:
    f.firmware(line.sm)
    wip = f.wip_through(line.sm, line.worker, line.lot, last=6)
    st7 = f.station(line.sm, "PROC-007")
    serial = st7.convert(line.worker, wip).serial_number
    st7.verify_label(line.worker, serial, serial)
    f.fail_step(line.sm, line.worker, "PROC-008", serial)
    return serial


def test_a_manager_signs_the_reopen_and_scrap_of_a_wip_at_a_workers_station(line: Line) -> None:
    wip = failed_wip(line)
    view = countersign(line, "reopen_unit", wip, "sensor reseated")
    assert view.status == "IN_PROGRESS"
    f.fail_step(line.sm, line.worker, "PROC-002", wip)
    assert countersign(line, "scrap_unit", wip, "housing cracked").status == "SCRAPPED"
    assert signatures(line) == [
        ("REWORK_APPROVED", wip, "sensor reseated", "manager1", STATION, "worker1"),
        ("SCRAPPED", wip, "housing cracked", "manager1", STATION, "worker1"),
    ]
    assert audit_reasons(line, "wip_items", "wip_id", wip) == {
        "sensor reseated",
        "housing cracked",
    }
    # the audit viewer shows the reason with the change, the signature with its meaning
    reports = ReportsService(line.sm)
    rows = reports.audit_log(AuditFilter(table_name="wip_items"))
    assert {r.reason for r in rows} >= {"sensor reseated", "housing cracked"}
    signed = reports.audit_log(AuditFilter(table_name="signatures"))
    assert {(r.reason, r.user_login) for r in signed} == {
        ("sensor reseated", "manager1"),
        ("housing cracked", "manager1"),
    }
    # and the trace of the WIP lists both decisions
    unit = reports.trace(wip).unit
    assert unit is not None and unit.status == "SCRAPPED"
    assert [(d.meaning, d.reason, d.signer_user_id) for d in unit.decisions] == [
        ("REWORK_APPROVED", "sensor reseated", "manager1"),
        ("SCRAPPED", "housing cracked", "manager1"),
    ]


def test_a_manager_signs_the_reopen_and_scrap_of_a_serial(line: Line) -> None:
    serial = failed_serial(line)
    assert countersign(line, "reopen_unit", serial, "repacked").status == "IN_PROGRESS"
    f.fail_step(line.sm, line.worker, "PROC-008", serial)
    assert countersign(line, "scrap_unit", serial, "label torn").status == "SCRAPPED"
    assert [s[:4] for s in signatures(line)] == [
        ("REWORK_APPROVED", serial, "repacked", "manager1"),
        ("SCRAPPED", serial, "label torn", "manager1"),
    ]
    assert audit_reasons(line, "serials", "serial_number", serial) == {"repacked", "label torn"}
    rows = ReportsService(line.sm).audit_log(AuditFilter(table_name="serials"))
    assert {r.reason for r in rows} >= {"repacked", "label torn"}
    # the trace of the serial (and of its WIP) shows the signed decisions with their reasons
    wip = f.scalar(
        line.sm,
        "SELECT w.wip_id FROM wip_items w JOIN serials x ON x.id = w.serial_id "
        "WHERE x.serial_number = :s",
        s=serial,
    )
    for traced in (serial, wip):
        unit = ReportsService(line.sm).trace(traced).unit
        assert unit is not None
        assert [
            (d.meaning, d.reason, d.signer_user_id, d.operator_user_id) for d in unit.decisions
        ] == [
            ("REWORK_APPROVED", "repacked", "manager1", "worker1"),
            ("SCRAPPED", "label torn", "manager1", "worker1"),
        ]


def test_a_scrapped_wip_is_never_reopened_not_even_by_a_direct_call(line: Line) -> None:
    wip = failed_wip(line)
    countersign(line, "scrap_unit", wip, "bent")
    with pytest.raises(ValidationError) as refused:
        countersign(line, "reopen_unit", wip, "try again")
    assert refused.value.code == "NOT_FAILED"
    conn = psycopg2.connect(libpq_dsn(person(line.url, "manager1")))
    try:
        with nothing_written(line.url), pytest.raises(psycopg2.Error) as direct:
            with conn.cursor() as cur:
                cur.execute("SELECT nh_dispose_unit(%s, 'reopen', 'direct', 'X')", (wip,))
        assert direct.value.pgcode == "NH005"
    finally:
        conn.close()
    assert len(signatures(line)) == 1


def test_a_worker_signer_or_a_wrong_password_signs_and_writes_nothing(line: Line) -> None:
    wip = failed_wip(line)
    failed = "SELECT failed_login_count FROM users WHERE user_id = 'manager1'"
    decided = (
        "SELECT count(*) FROM audit_logs WHERE table_name IN ('wip_items', 'signatures', 'lots')"
    )
    before = f.scalar(line.sm, decided)
    with pytest.raises(PermissionDenied):  # the service says so early ...
        countersign(line, "scrap_unit", wip, "x", user_id="worker2")
    auth = f.auth_service(line.url, station=STATION)
    with pytest.raises(LoginRefused):
        auth.countersign(
            "manager1",
            "wrong-password",
            lambda s, sessions: line.lots().scrap_unit(s, wip, "x", sessions=sessions),
        )
    # the login writes only the failed attempt (users); no decision, no signature
    assert f.scalar(line.sm, decided) == before
    assert f.scalar(line.sm, "SELECT status FROM wip_items WHERE wip_id = :w", w=wip) == "FAILED"
    assert f.scalar(line.sm, failed) == 1  # counts towards the manager's lockout
    # ... and the database refuses a WORKER who calls the function on their own login
    conn = psycopg2.connect(libpq_dsn(person(line.url, "worker2")))
    try:
        with nothing_written(line.url), pytest.raises(psycopg2.Error) as denied:
            with conn.cursor() as cur:
                cur.execute("SELECT nh_dispose_unit(%s, 'scrap', 'x', 'X', 'worker1')", (wip,))
        assert denied.value.pgcode == "42501"
    finally:
        conn.close()
    assert signatures(line) == []


def test_lot_release_and_close_are_signed(line: Line) -> None:
    wip = failed_wip(line)
    countersign(line, "scrap_unit", wip, "bent")
    with pytest.raises(ValidationError):  # no reason, no decision
        countersign(line, "complete_lot", line.lot, "  ")
    assert countersign(line, "complete_lot", line.lot, "all units done").status == "COMPLETED"
    assert countersign(line, "close_lot", line.lot, "shipped").status == "CLOSED"
    assert [s[:4] for s in signatures(line)][1:] == [
        ("RELEASED", line.lot, "all units done", "manager1"),
        ("CLOSED", line.lot, "shipped", "manager1"),
    ]
    assert audit_reasons(line, "lots", "lot_number", line.lot) >= {"all units done", "shipped"}


def test_the_logged_in_manager_signs_for_themselves(line: Line) -> None:
    wip = failed_wip(line)
    line.lots().scrap_unit(line.manager, wip, "own decision")
    assert signatures(line) == [("SCRAPPED", wip, "own decision", "manager1", STATION, None)]


def test_the_lot_lists_its_failed_units_with_failure_and_rework_count(line: Line) -> None:
    wip = failed_wip(line)
    serial = failed_serial(line)
    listed = {u.unit_id: u for u in line.lots().failed_units(line.lot)}
    assert set(listed) == {wip, serial}
    first = listed[wip]
    assert (first.kind, first.failed_step, first.rework_count) == ("WIP", "PROC-002", 1)
    assert f.A_DEFECT["PROC-002"] in first.failure and "test" in first.failure
    second = listed[serial]
    assert (second.kind, second.failed_step) == ("SERIAL", "PROC-008")
    assert second.failure  # the serial's failure_reason
    countersign(line, "scrap_unit", wip, "bent")
    assert [u.unit_id for u in line.lots().failed_units(line.lot)] == [serial]


def test_the_lot_board_and_the_units_count_a_scrapped_wip_as_scrapped(line: Line) -> None:
    """Known answer: 3 WIPs — one scrapped after a FAIL at PROC-002, one FAILED at PROC-002,
    one waiting for PROC-002 — and nothing else."""
    scrapped = failed_wip(line)
    countersign(line, "scrap_unit", scrapped, "bent")
    failed = failed_wip(line)
    f.issue_wip(line.sm, line.worker, line.lot)
    reports = ReportsService(line.sm)
    lot_pk = f.scalar(line.sm, "SELECT id FROM lots WHERE lot_number = :n", n=line.lot)
    detail = reports.lot_detail(lot_pk)
    assert detail is not None
    board = detail.lot
    assert board.wip_counts.get("SCRAPPED") == 1 and board.wip_counts.get("FAILED") == 1
    assert board.unfinished == 2 and board.finished == 0  # the scrapped one is neither
    assert board.units_per_step[1] == 2  # both others sit at PROC-002
    steps = {u.wip_id: (u.status, u.current_step) for u in detail.units}
    assert steps[scrapped] == ("SCRAPPED", None)  # at no step any more
    assert steps[failed] == ("FAILED", "PROC-002")
