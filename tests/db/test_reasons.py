"""Every admin change carries a reason into the audit trail (issue 14), on a real server.

As the ADMIN person the app logs in as (their own PostgreSQL login): every change of
``AccountsService`` and ``AdminLineService`` stores its reason in the audit rows it writes —
table, record, ``user_id`` = the admin, ``reason``.  Called directly (psycopg2, no
``neurohub.reason`` set, or a blank one) each admin function refuses with SQLSTATE 22023
DETAIL ``no_reason`` and writes nothing — for the schema owner too (the command line).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import factories as f
import psycopg2
import psycopg2.errors
import pytest
from fault_support import admin_query, libpq_dsn
from sqlalchemy.engine import URL

from neurohub_desktop.db.engine import Sessions
from neurohub_desktop.db.errors import map_db_error
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.reasons import MAX_REASON
from neurohub_desktop.services.accounts import AccountsService
from neurohub_desktop.services.admin_line import AdminLineService
from neurohub_desktop.services.reports import ReportsService

#: each admin function as an ADMIN would call it (the reason left to the test)
CALLS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "nh_create_user": (
        "SELECT nh_create_user('lee', '이작업', 'WORKER', %s, NULL)",
        (f.VERIFIER,),
    ),
    "nh_update_user": ("SELECT nh_update_user('kim', 'MANAGER', NULL, NULL, NULL, NULL)", ()),
    "nh_set_criteria": (
        "SELECT nh_set_criteria('PROC-008', CAST(%s AS jsonb))",
        (json.dumps({"measurements": [], "defect_codes": []}),),
    ),
    "nh_set_process_active": ("SELECT nh_set_process_active('PROC-008', false)", ()),
    "nh_add_firmware": (
        "SELECT nh_add_firmware('v9.9.9', 'f.bin', '/fw/f.bin', 10, repeat('a', 32), "
        "'STM32F4', NULL)",
        (),
    ),
    "nh_set_firmware_active": (f"SELECT nh_set_firmware_active('{f.FIRMWARE}', true)", ()),
    "nh_save_equipment": (
        "SELECT nh_save_equipment('EQ-9', 'Jig', 'JIG', 'PROC-003', NULL, NULL)",
        (),
    ),
}


@pytest.fixture
def line(db_url: URL) -> dict[str, Any]:
    """An ADMIN (boss), a worker (kim), the seeded firmware; the ADMIN's own sessions."""
    owner = f.sessions(db_url)
    boss = f.user(owner, "boss", "ADMIN", "최관리")
    f.user(owner, "kim", "WORKER", "김작업")
    f.firmware(owner, active=False)
    person = Sessions(f.person_engine(db_url, "boss"))
    yield {"owner": owner, "boss": boss, "person": person}
    person.engine.dispose()
    owner.engine.dispose()


def audit(url: URL, after: int) -> list[tuple[Any, ...]]:
    return admin_query(
        url,
        "SELECT table_name, record_id, action, user_id, reason FROM audit_logs "
        "WHERE id > %s ORDER BY id",
        after,
    )


def last_id(url: URL) -> int:
    return int(admin_query(url, "SELECT COALESCE(max(id), 0) FROM audit_logs")[0][0])


def firmware_file(tmp: Path, content: bytes = b"\x7fELF firmware") -> Path:
    path = tmp / "fw.bin"
    path.write_bytes(content)
    return path


def test_every_account_change_stores_its_reason_as_the_admins(line, db_url) -> None:  # type: ignore[no-untyped-def]
    accounts, boss = AccountsService(line["person"]), line["boss"]
    steps = [
        (
            "add",
            lambda why: accounts.create_user(
                boss, "lee", "이작업", "WORKER", "first-pass-1", reason=why
            ),
        ),
        ("rename", lambda why: accounts.update_user(boss, "kim", username="김반장", reason=why)),
        ("role", lambda why: accounts.set_role(boss, "kim", "MANAGER", reason=why)),
        ("off", lambda why: accounts.set_active(boss, "kim", False, reason=why)),
        ("on", lambda why: accounts.set_active(boss, "kim", True, reason=why)),
        ("reset", lambda why: accounts.reset_password(boss, "kim", "new-pass-77", reason=why)),
    ]
    kim = int(admin_query(db_url, "SELECT id FROM users WHERE user_id = 'kim'")[0][0])
    for name, change in steps:
        before = last_id(db_url)
        change(f"  사유:   {name} ")
        rows = audit(db_url, before)
        assert rows, name
        for table, record, action, user_id, reason in rows:
            assert (table, user_id, reason) == ("users", boss.id, f"사유: {name}"), name
            assert action in ("INSERT", "UPDATE")
            if name != "add":
                assert record == kim
    # an unlock of a locked account
    admin_query(
        db_url, "UPDATE users SET locked_until = now() + interval '1 hour' WHERE id = %s", kim
    )
    before = last_id(db_url)
    accounts.unlock(boss, "kim", reason="잠금 해제 요청")
    assert audit(db_url, before) == [("users", kim, "UPDATE", boss.id, "잠금 해제 요청")]


def test_every_line_change_stores_its_reason_as_the_admins(line, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    svc, boss = AdminLineService(line["person"], station="ADMIN-PC"), line["boss"]
    before = last_id(db_url)
    svc.add_firmware(
        boss, firmware_file(tmp_path), "v2.0.0", "STM32F4", activate=True, reason="신규 펌웨어"
    )
    rows = audit(db_url, before)
    assert {r[0] for r in rows} == {"firmware_versions"} and len(rows) >= 2  # INSERT, UPDATE
    assert {(r[3], r[4]) for r in rows} == {(boss.id, "신규 펌웨어")}
    for why, change in (
        ("롤백", lambda why: svc.set_firmware_active(boss, f.FIRMWARE, True, reason=why)),
        ("폐기", lambda why: svc.set_firmware_active(boss, f.FIRMWARE, False, reason=why)),
        (
            "지그 추가",
            lambda why: svc.add_equipment(boss, "EQ-1", "지그", "JIG", "PROC-003", reason=why),
        ),
        (
            "이름 변경",
            lambda why: svc.update_equipment(
                boss, "EQ-1", name="지그 2", equipment_type="JIG", process_id="PROC-003", reason=why
            ),
        ),
        ("점검", lambda why: svc.set_equipment_status(boss, "EQ-1", "MAINTENANCE", reason=why)),
    ):
        before = last_id(db_url)
        change(why)
        rows = audit(db_url, before)
        assert rows and {(r[3], r[4]) for r in rows} == {(boss.id, why)}, why
        assert {r[0] for r in rows} <= {"firmware_versions", "equipment"}
    equipment = admin_query(db_url, "SELECT id FROM equipment WHERE equipment_code = 'EQ-1'")
    assert audit(db_url, before)[0][:2] == ("equipment", equipment[0][0])  # the status change
    # criteria: the reason in the version's JSON (the editor shows it) and in the audit row
    state = svc.criteria(boss, "PROC-008")
    data = dict(state.stored)
    data.pop("version", None)
    data["measurements"] = [
        *data.get("measurements", []),
        {"code": "GLOSS_OK", "kind": "bool", "name": "광택", "name_en": "Gloss"},
    ]
    before = last_id(db_url)
    svc.save_criteria(
        boss, "PROC-008", data, expected_version=state.version, reason="광택 검사 추가"
    )
    process = int(
        admin_query(db_url, "SELECT id FROM processes WHERE process_id = 'PROC-008'")[0][0]
    )
    assert audit(db_url, before) == [("processes", process, "UPDATE", boss.id, "광택 검사 추가")]
    assert svc.criteria(boss, "PROC-008").reason == "광택 검사 추가"
    # the audit viewer's service returns it
    rows = ReportsService(line["owner"]).audit_log()
    assert rows[0].table_name == "processes" and rows[0].reason == "광택 검사 추가"


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_the_services_refuse_a_change_without_a_reason_before_connecting(line, reason) -> None:  # type: ignore[no-untyped-def]
    accounts, svc, boss = (
        AccountsService(line["person"]),
        AdminLineService(line["person"]),
        line["boss"],
    )
    for change in (
        lambda: accounts.create_user(
            boss, "lee", "이작업", "WORKER", "first-pass-1", reason=reason
        ),
        lambda: accounts.unlock(boss, "kim", reason=reason),
        lambda: svc.set_firmware_active(boss, f.FIRMWARE, True, reason=reason),
        lambda: svc.set_equipment_status(boss, "EQ-1", "IN_USE", reason=reason),
        lambda: svc.save_criteria(
            boss, "PROC-008", {"measurements": [], "defect_codes": []}, reason=reason
        ),
    ):
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.code == "NO_REASON"
    with pytest.raises(ValidationError):
        svc.set_firmware_active(boss, f.FIRMWARE, True, reason="x" * (MAX_REASON + 1))


def _call(url: URL, sql: str, params: tuple[Any, ...], reason: str | None) -> None:
    conn = psycopg2.connect(libpq_dsn(url))
    try:
        with conn.cursor() as cur:
            if reason is not None:
                cur.execute("SELECT set_config('neurohub.reason', %s, true)", (reason,))
            cur.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _state(url: URL) -> tuple[Any, ...]:
    return tuple(
        admin_query(
            url,
            "SELECT (SELECT count(*) FROM audit_logs), (SELECT count(*) FROM users), "
            "(SELECT string_agg(concat_ws('|', role, is_active), ',' ORDER BY id) FROM users), "
            "(SELECT string_agg(concat_ws('|', quality_criteria, is_active), ',' ORDER BY id) "
            " FROM processes), "
            "(SELECT string_agg(concat_ws('|', version, is_active), ',' ORDER BY id) "
            " FROM firmware_versions), (SELECT count(*) FROM equipment), "
            "(SELECT count(*) FROM pg_roles WHERE rolname LIKE '%%_u_lee')",
        )[0]
    )


@pytest.mark.parametrize("function", sorted(CALLS))
@pytest.mark.parametrize("who", ["admin", "owner"])
def test_the_database_refuses_an_admin_change_without_a_reason(line, db_url, function, who) -> None:  # type: ignore[no-untyped-def]
    url = f.person_url(db_url, "boss") if who == "admin" else db_url
    sql, params = CALLS[function]
    for reason in (None, "", "  \t "):
        before = _state(db_url)
        with pytest.raises(psycopg2.errors.InvalidParameterValue) as refused:
            _call(url, sql, params, reason)
        assert refused.value.pgcode == "22023"
        assert refused.value.diag.message_detail == "no_reason"
        assert _state(db_url) == before  # nothing written, not even an audit row
    # the app's message for it
    mapped = map_db_error(_sqlalchemy_error(refused.value))
    assert "reason" in str(mapped)
    # with one it goes through, and the audit rows say it
    first = last_id(db_url)
    _call(url, sql, params, "  왜냐하면  ")
    rows = audit(db_url, first)
    assert rows and {r[4] for r in rows} == {"왜냐하면"}
    boss = line["boss"].id if who == "admin" else None
    assert {r[3] for r in rows} == {boss}


def _sqlalchemy_error(exc: Exception) -> Exception:
    from sqlalchemy.exc import DBAPIError

    return DBAPIError("SELECT …", None, exc)


def test_br006_keeps_at_most_500_characters_and_blank_is_null(line, db_url) -> None:  # type: ignore[no-untyped-def]
    kim = int(admin_query(db_url, "SELECT id FROM users WHERE user_id = 'kim'")[0][0])
    for setting, kept in (("x" * 600, "x" * 500), ("   ", None), (None, None)):
        before = last_id(db_url)
        _call(
            db_url,
            "UPDATE users SET username = username || '.' WHERE id = %s",
            (kim,),
            setting,
        )
        assert [r[4] for r in audit(db_url, before)] == [kept]
