"""Equipment that is not fit (status, calibration) refuses a measured PASS — at the station
before writing and again in the database — unless a MANAGER, whose password PostgreSQL
checks, signs an override with a reason (issue 14; domain.md §7 signed decisions).

Everything runs as the people themselves: the worker records on their own login, the
manager signs on theirs through ``AuthService.countersign``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

import factories as f
import psycopg2
import pytest
from security_support import complete_sql, criteria, owner_exec, owner_value, person, snapshot
from sqlalchemy.engine import URL

from neurohub_desktop.db.engine import Sessions
from neurohub_desktop.domain.auth import CurrentUser, LoginRefused
from neurohub_desktop.domain.errors import BusinessRuleError, PermissionDenied, ValidationError
from neurohub_desktop.domain.line_admin import EquipmentProblem
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.services.station import StationService

STATION = "ST-3"


@dataclass
class Line:
    url: URL
    sm: Sessions
    worker: CurrentUser
    manager: CurrentUser
    lot: str


@pytest.fixture
def line(db_url: URL) -> Iterator[Line]:
    sm = f.sessions(db_url)
    worker = f.user(sm, "worker1")
    manager = f.user(sm, "manager1", "MANAGER")
    set_equipment(db_url, "AVAILABLE")
    yield Line(db_url, sm, worker, manager, f.lot(sm, manager, target=10))
    sm.kw["bind"].dispose()


def set_equipment(url: URL, status: str, due: str | None = None, code: str = "EQ-03") -> None:
    specs = {"calibration": {"due": due, "interval_days": 180}} if due else {}
    owner_exec(
        url,
        "SELECT nh_save_equipment(%s, 'Sensor tester', 'TESTER', 'PROC-003', %s, %s)" + f.WHY,
        (code, status, json.dumps(specs)),
    )


def at_proc3(line: Line) -> str:
    """A WIP started at PROC-003."""
    wip = f.wip_through(line.sm, line.worker, line.lot, last=2)
    f.station(line.sm, "PROC-003", name=STATION).start_step(line.worker, wip)
    return wip


def station(line: Line, code: str | None = "EQ-03") -> StationService:
    svc = f.station(line.sm, "PROC-003", name=STATION, equipment_code=code)
    svc.station_info()  # the station's start: reads its equipment as the screen does
    return svc


def records(line: Line, wip: str) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    return f.rows(
        line.sm,
        "SELECT h.result, h.measurements FROM wip_process_history h "
        "JOIN wip_items w ON w.id = h.wip_item_id JOIN processes p ON p.id = h.process_id "
        "WHERE w.wip_id = :w AND p.process_id = 'PROC-003' ORDER BY h.id",
        w=wip,
    )


def sign(line: Line, svc: StationService, user_id: str = "manager1", reason: str = "checked"):  # type: ignore[no-untyped-def]
    auth = f.auth_service(line.url, station=STATION)
    return auth.countersign(
        user_id,
        f.PASSWORD,
        lambda signer, sessions: svc.sign_equipment_override(signer, sessions, reason),
    )


@pytest.mark.parametrize(
    "status,due,problem",
    [
        ("MAINTENANCE", None, EquipmentProblem.MAINTENANCE),
        ("OUT_OF_SERVICE", None, EquipmentProblem.OUT_OF_SERVICE),
        ("RETIRED", None, EquipmentProblem.RETIRED),
        ("AVAILABLE", "2020-01-31", EquipmentProblem.CALIBRATION_DUE),
    ],
)
def test_unfit_equipment_refuses_a_measured_pass_at_the_station(
    line: Line, status: str, due: str | None, problem: EquipmentProblem
) -> None:
    wip = at_proc3(line)
    set_equipment(line.url, status, due)
    svc = station(line)
    info = svc.station_info()
    assert info.equipment is not None and info.equipment.problem is problem
    assert info.equipment.blocks_pass
    with pytest.raises(BusinessRuleError) as refused:
        svc.complete_step(line.worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"])
    assert refused.value.code == "EQUIPMENT_UNFIT" and "EQ-03" in str(refused.value)
    assert records(line, wip) == []
    # a FAIL is still recorded: the equipment backs no good verdict, a defect needs none
    svc.complete_step(
        line.worker, wip, StepResult.FAIL, {}, [f.DefectEntry("SENSOR_TEMP_FAIL", "x")]
    )
    assert [r[0] for r in records(line, wip)] == ["FAIL"]


def test_the_database_refuses_it_whatever_the_client_knows(line: Line) -> None:
    wip = at_proc3(line)
    svc = f.station(line.sm, "PROC-003", name=STATION, equipment_code="EQ-03")
    svc.station_info()  # fit when the station started
    set_equipment(line.url, "MAINTENANCE")  # and out of order since: the client does not know
    with pytest.raises(BusinessRuleError) as refused:
        svc.complete_step(line.worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"])
    assert refused.value.code == "EQUIPMENT_UNFIT" and refused.value.sqlstate is None
    assert "MAINTENANCE" == refused.value.detail
    # a hostile client that claims an override in its measurements gets nowhere either
    crit = criteria(line.url, "PROC-003")
    forged = snapshot(crit, {"TEMP_SENSOR": 60.0, "TOF_DISTANCE": 500, "I2C_OK": True})
    forged["equipment_override"] = 1
    sql, params = complete_sql(wip, "PROC-003", "PASS", forged, station=STATION)
    conn = psycopg2.connect(**_dsn(person(line.url, "worker1")))
    try:
        with pytest.raises(psycopg2.Error) as db_refused, conn.cursor() as cur:
            cur.execute(sql.replace(", NULL)", ", 'EQ-03')"), params)
        assert db_refused.value.pgcode == "NH003"
        assert "equipment_unfit" in (db_refused.value.diag.message_detail or "")
    finally:
        conn.close()
    assert records(line, wip) == []


def test_a_step_that_measures_nothing_and_a_station_without_equipment_are_not_held(
    line: Line,
) -> None:
    set_equipment(line.url, "MAINTENANCE", code="EQ-05")
    wip = f.wip_through(line.sm, line.worker, line.lot, last=4 - 1)
    f.firmware(line.sm)
    f.pass_step(line.sm, line.worker, "PROC-004", wip)
    proc5 = f.station(line.sm, "PROC-005", equipment_code="EQ-05")
    assert proc5.station_info().equipment is not None
    assert not proc5.station_info().equipment.blocks_pass  # type: ignore[union-attr]
    proc5.start_step(line.worker, wip)
    proc5.complete_step(line.worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-005"])
    wip2 = at_proc3(line)
    set_equipment(line.url, "MAINTENANCE")
    station(line, code=None).complete_step(
        line.worker, wip2, StepResult.PASS, f.GOOD_VALUES["PROC-003"]
    )


def test_a_manager_signs_an_override_and_the_pass_is_recorded_with_it(line: Line) -> None:
    wip = at_proc3(line)
    set_equipment(line.url, "AVAILABLE", "2020-01-31")
    svc = station(line)
    override = sign(line, svc, reason="교정 업체 방문 전까지 기준 시료로 확인함")
    assert override.signer == "manager1" and override.signer_name == line.manager.username
    assert override.valid_until - override.signed_at == dt.timedelta(hours=8)
    info = svc.station_info()
    assert info.equipment is not None and info.equipment.override == override
    assert not info.equipment.blocks_pass
    done = svc.complete_step(line.worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"])
    ((result, measurements),) = records(line, wip)
    assert result == "PASS" and measurements["equipment_override"] == override.signature_id
    assert done.record_id
    sig = f.rows(
        line.sm,
        "SELECT signer_id, meaning, reason, subject, station, details FROM signatures",
    )
    assert sig == [
        (
            line.manager.id,
            "EQUIPMENT_OVERRIDE",
            "교정 업체 방문 전까지 기준 시료로 확인함",
            "EQ-03",
            STATION,
            {"problem": "CALIBRATION_DUE"},
        )
    ]
    audit = f.rows(
        line.sm,
        "SELECT user_id, db_user, station, new_data->>'reason' FROM audit_logs "
        "WHERE table_name = 'signatures' AND action = 'INSERT'",
    )
    assert [(a[0], a[2], a[3]) for a in audit] == [
        (line.manager.id, STATION, "교정 업체 방문 전까지 기준 시료로 확인함")
    ]
    assert audit[0][1].endswith("manager1")


def test_an_override_covers_its_station_and_its_problem_only(line: Line) -> None:
    wip = at_proc3(line)
    set_equipment(line.url, "MAINTENANCE")
    sign(line, station(line))
    other = f.station(line.sm, "PROC-003", name="ST-3B", equipment_code="EQ-03")
    assert other.station_info().equipment.blocks_pass  # type: ignore[union-attr]
    set_equipment(line.url, "OUT_OF_SERVICE")  # worse since it was signed
    svc = station(line)
    assert svc.station_info().equipment.blocks_pass  # type: ignore[union-attr]
    with pytest.raises(BusinessRuleError):
        svc.complete_step(line.worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"])
    assert records(line, wip) == []


def test_only_a_manager_with_the_right_password_and_a_reason_signs(line: Line) -> None:
    set_equipment(line.url, "MAINTENANCE")
    svc = station(line)
    with pytest.raises(PermissionDenied):
        sign(line, svc, user_id="worker1")
    auth = f.auth_service(line.url, station=STATION)
    with pytest.raises(LoginRefused):
        auth.countersign(
            "manager1",
            "wrong-password",
            lambda s, sessions: svc.sign_equipment_override(s, sessions, "x"),
        )
    failed = "SELECT failed_login_count FROM users WHERE user_id = 'manager1'"
    assert f.scalar(line.sm, failed) == 1  # counts towards the manager's lockout
    with pytest.raises(ValidationError) as blank:
        sign(line, svc, reason="   ")
    assert blank.value.code == "NO_REASON"
    assert f.scalar(line.sm, failed) == 0  # the right password cleared it
    set_equipment(line.url, "AVAILABLE")
    with pytest.raises(ValidationError) as needless:
        sign(line, svc)
    assert needless.value.code == "OVERRIDE_NOT_NEEDED"
    assert f.scalar(line.sm, "SELECT count(*) FROM signatures") == 0


def test_signatures_are_append_only(line: Line) -> None:
    set_equipment(line.url, "MAINTENANCE")
    sign(line, station(line))
    for sql in ("UPDATE signatures SET reason = 'edited'", "DELETE FROM signatures"):
        with pytest.raises(psycopg2.Error) as refused:
            owner_exec(line.url, sql)
        assert refused.value.pgcode == "NH006"
    conn = psycopg2.connect(**_dsn(person(line.url, "manager1")))
    try:
        with pytest.raises(psycopg2.Error) as denied, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO signatures (signer_id, meaning, reason, subject, station, "
                "details, valid_until) VALUES (%s, 'EQUIPMENT_OVERRIDE', 'forged', 'EQ-03', "
                "'ST-3', '{\"problem\": \"MAINTENANCE\"}', now() + interval '1 day')",
                (line.manager.id,),
            )
        assert denied.value.pgcode == "42501"
    finally:
        conn.close()
    assert owner_value(line.url, "SELECT count(*) FROM signatures") == 1


def _dsn(url: URL) -> dict[str, object]:
    from neurohub_desktop.db.engine import libpq_dsn

    return {"dsn": libpq_dsn(url)}
