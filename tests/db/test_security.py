"""The trust boundary is PostgreSQL (domain.md §7, issue 12): every attack below is tried for
real over psycopg2, logged in exactly as a station is (a person's own login role and password,
or the kiosk), and must be refused — its SQLSTATE checked — with nothing written (every
table's rows, the roles, grants, functions and triggers re-read as the schema owner).

Pure refusals share one database (``line``, module-scoped: they change nothing); tests that
have to write (a manager's or an admin's work, the lockout, the server's clock) get their own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import factories as f
import psycopg2
import pytest
from polling import poll
from security_support import (
    ADMIN_CALLS,
    INSUFFICIENT_PRIVILEGE,
    MANAGER_CALLS,
    STATION_CALLS,
    TABLES,
    WRITE_CALLS,
    attempt,
    changes,
    complete_sql,
    connect,
    criteria,
    forget_owner,
    freeze,
    kiosk,
    line_sessions,
    nothing_written,
    owner_exec,
    owner_rows,
    owner_value,
    person,
    refused,
    refused_privilege,
    run_as,
    snapshot,
    thaw,
)
from sqlalchemy.engine import URL

from neurohub_desktop.db import roles

LOGIN_LIMIT = 10
#: the PROC-003 values a passing unit has (all within the seeded limits)
GOOD_003 = {"TEMP_SENSOR": 60.2, "TOF_DISTANCE": 500, "I2C_OK": True}
GOOD_002 = {"SMA_SPRING_LOT": "SMA-2411-07", "BUSBAR_LOT": "BB-88", "VISUAL_OK": True}


PEOPLE = (
    ("admin1", "ADMIN"),
    ("manager1", "MANAGER"),
    ("worker1", "WORKER"),
    ("worker2", "WORKER"),
    ("viewer1", "VIEWER"),
    ("crowd", "WORKER"),
)


@dataclass
class People:
    """A database with a person of every role (real accounts, password factories.PASSWORD)."""

    url: URL
    ns: str
    ids: dict[str, int]

    def login(self, user_id: str) -> URL:
        return person(self.url, user_id)


@dataclass
class Line(People):
    """… and units at every stage, made as a station would: through the services, each
    person on their own login."""

    lot: str
    wip_done: str  # through PROC-006, converted
    serial: str  # its serial: PROC-007 PASS, PROC-008 open
    failed_wip: str  # FAIL at PROC-002
    wip_at_3: str  # in progress at PROC-003 (worker1)
    finished_history: int  # a wip_process_history row (PASS)
    finished_record: int  # a finished process_data row (PROC-007 PASS)
    open_record: int  # an open process_data row (PROC-008)

    def sql(self, template: str) -> str:
        return template.format(
            wip=self.wip_at_3,
            lot=self.lot,
            serial=self.serial,
            failed=self.failed_wip,
            done=self.wip_done,
            me="worker1",
            verifier=f.VERIFIER,
            md5="0" * 32,
            admin=self.ids["admin1"],
            worker=self.ids["worker1"],
            ns=self.ns,
            hist=self.finished_history,
            rec=self.finished_record,
            open=self.open_record,
        )


def build_people(url: URL) -> People:
    with line_sessions(url) as sm:
        ids = {uid: f.user(sm, uid, role).id for uid, role in PEOPLE}
        f.firmware(sm)
    owner_exec(
        url,
        "SELECT nh_save_equipment('EQ-01', 'Sensor tester', 'TESTER', 'PROC-003', NULL, NULL)"
        + f.WHY,
    )
    assert url.database
    return People(url, roles.namespace(url.database), ids)


def build_line(url: URL) -> Line:
    people = build_people(url)
    with line_sessions(url) as sm:
        worker = f.user(sm, "worker1")
        lot = f.lot(sm, f.user(sm, "manager1", "MANAGER"), target=10)
        wip_done = f.wip_through(sm, worker, lot, last=6)
        serial = f.station(sm, "PROC-007").convert(worker, wip_done).serial_number
        f.station(sm, "PROC-007").verify_label(worker, serial, serial)  # started by convert
        f.station(sm, "PROC-008").start_step(worker, serial)
        failed = f.issue_wip(sm, worker, lot)
        f.fail_step(sm, worker, "PROC-002", failed)
        wip3 = f.issue_wip(sm, worker, lot)
        f.pass_step(sm, worker, "PROC-002", wip3)
        f.station(sm, "PROC-003").start_step(worker, wip3)
    # a signed override (EQ-01 under maintenance for a moment): every table holds a row
    owner_exec(url, "UPDATE equipment SET status = 'MAINTENANCE' WHERE equipment_code = 'EQ-01'")
    run_as(
        person(url, "manager1"),
        "SELECT nh_sign_equipment_override('EQ-01', 'ST-3', 'checked by hand')",
    )
    owner_exec(url, "UPDATE equipment SET status = 'AVAILABLE' WHERE equipment_code = 'EQ-01'")
    return Line(
        url,
        people.ns,
        people.ids,
        lot,
        wip_done,
        serial,
        failed,
        wip3,
        owner_value(
            url,
            "SELECT min(h.id) FROM wip_process_history h JOIN wip_items w "
            "ON w.id = h.wip_item_id WHERE w.wip_id = %s AND h.result = 'PASS'",
            (wip_done,),
        ),
        owner_value(
            url,
            "SELECT d.id FROM process_data d JOIN serials x ON x.id = d.serial_id"
            " WHERE x.serial_number = %s AND d.result = 'PASS'",
            (serial,),
        ),
        owner_value(
            url,
            "SELECT d.id FROM process_data d JOIN serials x ON x.id = d.serial_id"
            " WHERE x.serial_number = %s AND d.result IS NULL",
            (serial,),
        ),
    )


@pytest.fixture(scope="module")
def line(pg_server, template_db: URL) -> Iterator[Line]:  # type: ignore[no-untyped-def]
    """One database for the pure refusals (they change nothing: each test checks it)."""
    from conftest import TEMPLATE

    url = pg_server.create_database(template=TEMPLATE)
    try:
        pg_server.setup_roles(url)
        built = build_line(url)
        freeze(url)  # every test on it checks that it is still exactly this
        yield built
        frozen = thaw(url)
        assert frozen is not None and changes(url, frozen) == []
    finally:
        thaw(url)
        forget_owner(url)
        pg_server.drop_database(url)


@pytest.fixture
def own_line(db_url: URL) -> Iterator[Line]:
    """The same line in a database of the test's own (for tests that write)."""
    yield build_line(db_url)
    forget_owner(db_url)


@pytest.fixture
def people(db_url: URL) -> Iterator[People]:
    """Only the people (and the active firmware, one equipment row), in a database of its own."""
    yield build_people(db_url)
    forget_owner(db_url)


# == WORKER: direct writes, reads of secrets, DDL, server files, locks ======================
WORKER_REFUSED = [
    # accounts
    pytest.param("UPDATE users SET role = 'ADMIN' WHERE user_id = 'worker1'", id="users.role"),
    pytest.param(
        "UPDATE users SET password_hash = 'x' WHERE user_id = 'admin1'", id="users.password_hash"
    ),
    pytest.param(
        "UPDATE users SET locked_until = now() + interval '1 day' WHERE user_id = 'admin1'",
        id="users.locked_until",
    ),
    pytest.param(
        "UPDATE users SET failed_login_count = 0 WHERE user_id = 'worker1'",
        id="users.failed_login_count",
    ),
    pytest.param(
        "UPDATE users SET is_active = false WHERE user_id = 'admin1'", id="users.is_active"
    ),
    pytest.param(
        "INSERT INTO users (user_id, username, password_hash, role) "
        "VALUES ('mallory', 'Mallory', 'x', 'ADMIN')",
        id="insert-user",
    ),
    pytest.param("SELECT password_hash FROM users", id="select-password_hash"),
    pytest.param("SELECT * FROM users", id="select-star-users"),
    pytest.param("SELECT rolpassword FROM pg_authid", id="pg_authid"),
    pytest.param("SELECT passwd FROM pg_shadow", id="pg_shadow"),
    pytest.param("SELECT * FROM audit_logs", id="select-audit_logs"),
    pytest.param(
        "INSERT INTO audit_logs (table_name, action, db_user) VALUES ('lots', 'INSERT', 'x')",
        id="insert-audit_logs",
    ),
    # line set-up
    pytest.param(
        "UPDATE processes SET quality_criteria = jsonb_set(quality_criteria, "
        "'{{measurements,0,usl}}', '100') WHERE process_id = 'PROC-003'",
        id="processes.quality_criteria",
    ),
    pytest.param(
        "UPDATE processes SET is_active = false WHERE process_id = 'PROC-005'",
        id="processes.is_active",
    ),
    pytest.param(
        "UPDATE firmware_versions SET is_active = NOT is_active", id="firmware_versions.is_active"
    ),
    pytest.param(
        "INSERT INTO firmware_versions (version, filename, file_path, file_size, "
        "md5_hash, target_mcu) VALUES ('v6.6.6', 'e.bin', '/e.bin', 1, '{md5}', "
        "'STM32F4')",
        id="insert-firmware",
    ),
    pytest.param("UPDATE equipment SET status = 'BROKEN'", id="equipment"),
    # LOTs
    pytest.param(
        "INSERT INTO lots (lot_number, product_model_id, target_quantity, shift, "
        "created_by) SELECT 'EVIL-1', id, 5, 'D', 'worker1' FROM product_models",
        id="insert-lot",
    ),
    pytest.param("UPDATE lots SET status = 'COMPLETED'", id="lots.status"),
    pytest.param("UPDATE lots SET target_quantity = 9999", id="lots.target_quantity"),
    # units and their records
    pytest.param("UPDATE serials SET status = 'PASSED'", id="serials.status"),
    pytest.param("UPDATE serials SET rework_count = 0", id="serials.rework_count"),
    pytest.param(
        "UPDATE wip_items SET status = 'IN_PROGRESS' WHERE wip_id = '{failed}'",
        id="wip_items.status",
    ),
    pytest.param(
        "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, "
        "result, started_at, completed_at) SELECT w.id, p.id, {admin}, 'PASS', "
        "now() - interval '1 hour', now() FROM wip_items w, processes p "
        "WHERE w.wip_id = '{wip}' AND p.process_id = 'PROC-003'",
        id="insert-wip_process_history",
    ),
    pytest.param(
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, "
        "result, start_time, complete_time) SELECT x.lot_id, x.id, p.id, {admin}, "
        "'PASS', now(), now() FROM serials x, processes p "
        "WHERE x.serial_number = '{serial}' AND p.process_id = 'PROC-008'",
        id="insert-process_data",
    ),
    pytest.param(
        "UPDATE wip_process_history SET result = 'FAIL' WHERE id = {hist}", id="finished-history"
    ),
    pytest.param("UPDATE process_data SET result = 'FAIL' WHERE id = {rec}", id="finished-record"),
    pytest.param(
        "UPDATE process_data SET operator_id = {admin} WHERE id = {open}", id="open-record-operator"
    ),
    # DDL and objects of one's own
    pytest.param("CREATE TABLE evil (x int)", id="create-table"),
    pytest.param("CREATE VIEW evil AS SELECT 1 AS x", id="create-view"),
    pytest.param(
        "CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS 'SELECT 1'", id="create-function"
    ),
    pytest.param("CREATE SCHEMA evil", id="create-schema"),
    pytest.param("CREATE TEMP TABLE evil (x int)", id="create-temp-table"),
    pytest.param(
        "CREATE TEMP TABLE users (id bigint, user_id text, role text)", id="temp-table-named-users"
    ),
    pytest.param("CREATE TEMP TABLE lots AS SELECT * FROM lots", id="temp-table-named-lots"),
    pytest.param("CREATE TEMP VIEW processes AS SELECT 1 AS id", id="temp-view-named-processes"),
    pytest.param(
        "CREATE FUNCTION pg_temp.nh_actor() RETURNS bigint LANGUAGE sql AS 'SELECT {admin}'",
        id="temp-function-nh_actor",
    ),
    pytest.param(
        "CREATE FUNCTION pg_temp.nh_judge_record(bigint, text, jsonb, jsonb) "
        "RETURNS void LANGUAGE sql AS ''",
        id="temp-function-nh_judge_record",
    ),
    pytest.param(
        "CREATE OR REPLACE FUNCTION nh_judge_record(bigint, text, jsonb, jsonb) "
        "RETURNS void LANGUAGE sql AS ''",
        id="replace-nh_judge_record",
    ),
    pytest.param("DROP FUNCTION nh_judge_record(bigint, text, jsonb, jsonb)", id="drop-function"),
    pytest.param("ALTER FUNCTION nh_actor() OWNER TO CURRENT_USER", id="alter-function"),
    pytest.param("ALTER TABLE lots DISABLE TRIGGER ALL", id="disable-triggers-lots"),
    pytest.param("ALTER TABLE audit_logs DISABLE TRIGGER ALL", id="disable-triggers-audit"),
    pytest.param("ALTER TABLE lots ADD COLUMN evil int", id="alter-table"),
    pytest.param("DROP TABLE audit_logs", id="drop-table"),
    pytest.param("COMMENT ON TABLE lots IS 'evil'", id="comment"),
    pytest.param("CREATE INDEX evil ON lots (notes)", id="create-index"),
    pytest.param("REINDEX TABLE lots", id="reindex"),
    pytest.param("SELECT setval(pg_get_serial_sequence('lots', 'id'), 1)", id="setval"),
    pytest.param("SELECT nextval(pg_get_serial_sequence('lots', 'id'))", id="nextval"),
    pytest.param("UPDATE alembic_version SET version_num = 'x'", id="alembic_version"),
    # roles and identity
    pytest.param("SET ROLE {ns}_admin", id="set-role-admin-group"),
    pytest.param("SET ROLE {ns}_manager", id="set-role-manager-group"),
    pytest.param("SET ROLE {ns}_u_admin1", id="set-role-admin-person"),
    pytest.param("SET ROLE {ns}_u_worker2", id="set-role-other-worker"),
    pytest.param("SET ROLE {ns}_kiosk", id="set-role-kiosk"),
    pytest.param("SET SESSION AUTHORIZATION {ns}_u_admin1", id="set-session-authorization"),
    pytest.param("GRANT {ns}_admin TO CURRENT_USER", id="grant-admin-group"),
    pytest.param("CREATE ROLE mallory LOGIN PASSWORD 'x'", id="create-role"),
    pytest.param("ALTER ROLE {ns}_u_admin1 PASSWORD 'owned'", id="alter-other-password"),
    pytest.param("ALTER ROLE CURRENT_USER CONNECTION LIMIT -1", id="own-connection-limit"),
    pytest.param("ALTER ROLE {ns}_u_admin1 NOLOGIN", id="alter-other-nologin"),
    # the server's files, programs and settings
    pytest.param("SELECT pg_read_file('/etc/passwd')", id="pg_read_file"),
    pytest.param("SELECT pg_read_binary_file('/etc/passwd')", id="pg_read_binary_file"),
    pytest.param("SELECT pg_ls_dir('.')", id="pg_ls_dir"),
    pytest.param("SELECT lo_import('/etc/passwd')", id="lo_import"),
    pytest.param("SELECT pg_reload_conf()", id="pg_reload_conf"),
    pytest.param("SET session_replication_role = replica", id="session_replication_role"),
    # locks that would stop the line
    pytest.param("LOCK TABLE lots IN ACCESS EXCLUSIVE MODE", id="lock-access-exclusive"),
    pytest.param("LOCK TABLE lots IN ROW EXCLUSIVE MODE", id="lock-row-exclusive"),
    pytest.param("LOCK TABLE lots IN SHARE MODE", id="lock-share"),
    pytest.param("LOCK TABLE wip_items IN EXCLUSIVE MODE", id="lock-wip_items-exclusive"),
    pytest.param("SELECT id FROM wip_items FOR UPDATE", id="wip_items-for-update"),
    pytest.param("SELECT id FROM wip_items FOR NO KEY UPDATE", id="wip_items-for-no-key-update"),
    pytest.param("SELECT id FROM wip_items FOR SHARE", id="wip_items-for-share"),
    pytest.param("SELECT id FROM wip_items FOR KEY SHARE", id="wip_items-for-key-share"),
    pytest.param("SELECT id FROM serials FOR UPDATE NOWAIT", id="serials-for-update"),
    pytest.param("SELECT id FROM lots FOR UPDATE", id="lots-for-update"),
    # functions a station never calls
    pytest.param("SELECT nh_sync_login({worker})", id="nh_sync_login"),
    pytest.param("SELECT nh_setup_roles()", id="nh_setup_roles"),
    pytest.param("SELECT nh_drop_roles()", id="nh_drop_roles"),
    pytest.param("SELECT nh_login_begin('admin1')", id="nh_login_begin"),
    pytest.param("SELECT nh_login_failed('admin1')", id="nh_login_failed"),
    pytest.param("SELECT nh_judge_record(1, 'PASS', NULL, NULL)", id="nh_judge_record"),
    pytest.param("SELECT nh_wip_view(1)", id="nh_wip_view"),
]


@pytest.mark.parametrize("sql", WORKER_REFUSED)
def test_a_worker_is_refused(line: Line, sql: str) -> None:
    refused_privilege(line.url, line.login("worker1"), line.sql(sql))


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("COPY lots TO '{path}'", id="copy-to-file"),
        pytest.param("COPY lots FROM PROGRAM 'id > {path}'", id="copy-from-program"),
        pytest.param("COPY (SELECT 1) TO PROGRAM 'touch {path}'", id="copy-to-program"),
        pytest.param("COPY lots FROM '/etc/passwd'", id="copy-from-file"),
        pytest.param("SELECT lo_export(0, '{path}')", id="lo_export"),
    ],
)
def test_a_worker_cannot_use_the_servers_files_or_programs(line: Line, sql: str) -> None:
    path = Path(f"/tmp/nh-security-{os.getpid()}-{sql.split()[0].lower()}.out")
    path.unlink(missing_ok=True)
    refused_privilege(line.url, line.login("worker1"), sql.format(path=path))
    assert not path.exists()


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("ALTER SYSTEM SET session_replication_role = replica", id="alter-system"),
        pytest.param("CREATE DATABASE evil", id="create-database"),
    ],
)
def test_a_worker_cannot_change_the_server(line: Line, sql: str) -> None:
    refused_privilege(line.url, line.login("worker1"), sql, autocommit=True)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("verb", ["DELETE FROM {t}", "TRUNCATE {t}", "TRUNCATE {t} CASCADE"])
def test_a_worker_cannot_delete_or_truncate(line: Line, verb: str, table: str) -> None:
    refused_privilege(line.url, line.login("worker1"), verb.format(t=table))


def test_the_table_list_is_every_table(line: Line) -> None:
    tables = {
        r[0]
        for r in owner_rows(line.url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    }
    assert tables == set(TABLES)
    assert all(owner_value(line.url, f"SELECT count(*) FROM {t}") > 0 for t in TABLES)


@pytest.mark.parametrize("call", MANAGER_CALLS + ADMIN_CALLS)
def test_a_worker_cannot_call_manager_or_admin_functions(line: Line, call: str) -> None:
    out = refused_privilege(line.url, line.login("worker1"), line.sql(WRITE_CALLS[call]))
    assert "permission denied for function" in out.message


def test_a_client_setting_cannot_raise_a_worker(line: Line) -> None:
    spoof = [
        f"SELECT set_config('neurohub.user_id', '{line.ids['admin1']}', false)",
        f"SET neurohub.user_id = '{line.ids['admin1']}'",
    ]
    for call in ("nh_create_lot", "nh_dispose_unit(scrap)", "nh_update_user"):
        refused_privilege(line.url, line.login("worker1"), line.sql(WRITE_CALLS[call]), setup=spoof)
    refused_privilege(
        line.url, line.login("worker1"), "UPDATE lots SET status = 'CLOSED'", setup=spoof
    )


def test_only_the_login_and_its_groups_are_the_session(line: Line) -> None:
    url = line.login("worker1")
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(f"SET ROLE {line.ns}_login")  # a group of its own: allowed, harmless
            cur.execute("SELECT session_user, nh_actor(), nh_actor_role()")
            assert cur.fetchone() == (f"{line.ns}_u_worker1", line.ids["worker1"], "WORKER")
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cur.execute(line.sql(WRITE_CALLS["nh_create_lot"]))
    finally:
        conn.rollback()
        conn.close()


# == WORKER through nh_complete: the database judges a PASS again ==========================
def _pass_003(line: Line, values: dict[str, Any], **kw: Any) -> tuple[str, tuple[Any, ...]]:
    crit = criteria(line.url, "PROC-003")
    return complete_sql(
        line.wip_at_3, "PROC-003", "PASS", snapshot(crit, {**GOOD_003, **values}, **kw)
    )


@pytest.mark.parametrize(
    ("values", "kw", "says"),
    [
        pytest.param(
            {"TEMP_SENSOR": 70},
            {},
            "TEMP_SENSOR = 70 is outside its limits",
            id="value-out-of-limits",
        ),
        pytest.param(
            {"TEMP_SENSOR": 60.5},
            {"limits": {"TEMP_SENSOR": (0, 100)}},
            "limits of measurement TEMP_SENSOR differ",
            id="lsl-usl-widened",
        ),
        pytest.param(
            {"TEMP_SENSOR": 70},
            {"limits": {"TEMP_SENSOR": (0, 100)}},
            "limits of measurement TEMP_SENSOR differ",
            id="out-of-limits-widened",
        ),
        pytest.param(
            {"TEMP_SENSOR": 70},
            {"limits": {"TEMP_SENSOR": (59.0, 75.0)}},
            "limits of measurement TEMP_SENSOR differ",
            id="usl-raised",
        ),
        pytest.param(
            {"TEMP_SENSOR": 58},
            {"limits": {"TEMP_SENSOR": (50.0, 61.0)}},
            "limits of measurement TEMP_SENSOR differ",
            id="lsl-lowered",
        ),
        pytest.param(
            {"TEMP_SENSOR": 60.2},
            {"limits": {"TEMP_SENSOR": (None, None)}},
            "limits of measurement TEMP_SENSOR differ",
            id="limits-removed",
        ),
        pytest.param({}, {"version": 0}, "criteria version 0, current is 1", id="old-version"),
        pytest.param({}, {"version": None}, "criteria version none", id="no-version"),
        pytest.param(
            {"TOF_DISTANCE": None},
            {},
            "required measurement TOF_DISTANCE is missing",
            id="required-missing",
        ),
        pytest.param(
            {"TEMP_SENSOR": "60.2"}, {}, "TEMP_SENSOR must be a JSON number", id="number-as-text"
        ),
        pytest.param({"I2C_OK": False}, {}, "I2C_OK must be true", id="bool-false"),
    ],
)
def test_a_pass_is_judged_again(
    line: Line, values: dict[str, Any], kw: dict[str, Any], says: str
) -> None:
    sql, params = _pass_003(line, values, **kw)
    out = refused(line.url, line.login("worker1"), sql, params)
    assert out.sqlstate == "NH003" and says in out.message, out


def test_a_pass_with_a_failed_item_or_a_defect_is_refused(line: Line) -> None:
    crit = criteria(line.url, "PROC-003")
    good = snapshot(crit, GOOD_003)
    failed_item = json.loads(json.dumps(good))
    failed_item["items"][0]["result"] = "FAIL"
    for measurements, defects in (
        (failed_item, None),
        (good, [{"code": "SENSOR_TEMP_FAIL", "note": "x"}]),
    ):
        sql, params = complete_sql(line.wip_at_3, "PROC-003", "PASS", measurements, defects)
        assert refused(line.url, line.login("worker1"), sql, params).sqlstate == "NH003"


# == finished records are final =============================================================
@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("UPDATE process_data SET result = 'FAIL' WHERE id = {rec}", id="result"),
        pytest.param(
            "UPDATE process_data SET operator_id = {admin} WHERE id = {rec}", id="operator"
        ),
        pytest.param(
            "UPDATE process_data SET complete_time = complete_time - interval '1 day' "
            "WHERE id = {rec}",
            id="complete_time",
        ),
        pytest.param(
            "UPDATE process_data SET process_specific_data = '{{}}' WHERE id = {rec}",
            id="measurements",
        ),
        pytest.param("UPDATE process_data SET notes = 'rewritten' WHERE id = {rec}", id="notes"),
        pytest.param(
            "UPDATE wip_process_history SET result = 'FAIL' WHERE id = {hist}", id="history-result"
        ),
        pytest.param(
            "UPDATE wip_process_history SET operator_id = {admin} WHERE id = {hist}",
            id="history-operator",
        ),
        pytest.param(
            "UPDATE wip_process_history SET completed_at = now() WHERE id = {hist}",
            id="history-completed_at",
        ),
    ],
)
def test_even_the_owner_cannot_change_a_finished_record(line: Line, sql: str) -> None:
    out = refused(line.url, line.url, line.sql(sql))
    assert out.sqlstate == "NH002", out


# == connections ===========================================================================
def test_more_connections_than_the_limit_are_refused(line: Line) -> None:
    url = line.login("crowd")
    assert (
        owner_value(
            line.url,
            "SELECT rolconnlimit FROM pg_roles WHERE rolname = %s",
            (f"{line.ns}_u_crowd",),
        )
        == LOGIN_LIMIT
    )
    held = []
    with nothing_written(line.url):
        try:
            for _ in range(LOGIN_LIMIT):
                held.append(connect(url))
            with pytest.raises(psycopg2.OperationalError, match="too many connections for role"):
                held.append(connect(url))
        finally:
            for conn in held:
                conn.close()

    def reconnects() -> bool:
        try:
            connect(url).close()
        except psycopg2.OperationalError:
            return False
        return True

    poll(reconnects, timeout=10)


def test_roles_outside_the_namespace_cannot_connect(line: Line) -> None:
    outsider = f"{line.ns}_outsider"
    owner_exec(line.url, f"CREATE ROLE {outsider} LOGIN PASSWORD 'outsider-pw'")
    try:
        with pytest.raises(psycopg2.OperationalError, match="permission denied for database"):
            connect(line.url.set(username=outsider, password="outsider-pw"))
    finally:
        owner_exec(line.url, f"DROP ROLE {outsider}")
    for group in ("login", "admin", "worker"):  # groups cannot log in at all
        with pytest.raises(psycopg2.OperationalError):
            connect(line.url.set(username=f"{line.ns}_{group}", password=f.PASSWORD))


def test_a_worker_cannot_stop_another_station(line: Line) -> None:
    other = connect(line.login("worker2"))
    try:
        pid = other.get_backend_pid()
        for fn in ("pg_terminate_backend", "pg_cancel_backend"):
            refused_privilege(line.url, line.login("worker1"), f"SELECT {fn}(%s)", (pid,))
        with other.cursor() as cur:
            cur.execute("SELECT nh_actor()")
            assert cur.fetchone() == (line.ids["worker2"],)
    finally:
        other.close()


# == VIEWER ===============================================================================
@pytest.mark.parametrize("call", list(WRITE_CALLS))
def test_a_viewer_calls_no_write_function(line: Line, call: str) -> None:
    refused_privilege(line.url, line.login("viewer1"), line.sql(WRITE_CALLS[call]))


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE lots SET status = 'CLOSED'",
        "SELECT * FROM audit_logs",
        "SELECT password_hash FROM users",
        "DELETE FROM wip_items",
        "CREATE TEMP TABLE t (x int)",
    ],
)
def test_a_viewer_writes_nothing_directly(line: Line, sql: str) -> None:
    refused_privilege(line.url, line.login("viewer1"), sql)


def test_a_viewer_reads_the_supervisor_views(line: Line) -> None:
    conn = connect(line.login("viewer1"))
    try:
        with conn.cursor() as cur:
            for table in (
                "lots",
                "wip_items",
                "wip_process_history",
                "process_data",
                "serials",
                "processes",
                "firmware_versions",
                "equipment",
            ):
                cur.execute(f"SELECT count(*) FROM {table}")
                assert cur.fetchone()[0] > 0, table
            cur.execute("SELECT user_id, role FROM users WHERE user_id = 'worker1'")
            assert cur.fetchone() == ("worker1", "WORKER")
            cur.execute(
                "SELECT record_id, station FROM nh_record_stations("
                "'wip_process_history', ARRAY[%s])",
                (line.finished_history,),
            )
            assert cur.fetchall() == [(line.finished_history, "ST-1")]
    finally:
        conn.rollback()
        conn.close()


# == MANAGER: refusals (their work is tested below) =======================================
@pytest.mark.parametrize("call", ADMIN_CALLS)
def test_a_manager_cannot_call_admin_functions(line: Line, call: str) -> None:
    sql = line.sql(WRITE_CALLS[call]).replace("'worker1'", "'manager1'")  # promote oneself
    refused_privilege(line.url, line.login("manager1"), sql)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE lots SET status = 'CLOSED'",
        "UPDATE users SET role = 'ADMIN'",
        "SELECT * FROM audit_logs",
        "UPDATE wip_items SET status = 'SCRAPPED'",
        "UPDATE processes SET quality_criteria = '{{}}'",
    ],
)
def test_a_manager_writes_nothing_directly(line: Line, sql: str) -> None:
    refused_privilege(line.url, line.login("manager1"), line.sql(sql))


# == the kiosk =============================================================================
def test_the_kiosk_reads_the_revision(line: Line) -> None:
    assert (
        run_as(kiosk(line.url), "SELECT version_num FROM alembic_version") == "006_add_wip_tables"
    )


@pytest.mark.parametrize("table", [t for t in TABLES if t != "alembic_version"])
def test_the_kiosk_reads_no_table(line: Line, table: str) -> None:
    refused_privilege(line.url, kiosk(line.url), f"SELECT * FROM {table}")


@pytest.mark.parametrize(
    "sql",
    [
        *[pytest.param(WRITE_CALLS[c], id=c) for c in STATION_CALLS + MANAGER_CALLS + ADMIN_CALLS],
        pytest.param("SELECT user_id FROM users", id="users.user_id"),
        pytest.param("SELECT rolpassword FROM pg_authid", id="pg_authid"),
        pytest.param("SELECT nh_session_start()", id="nh_session_start"),
        pytest.param("SELECT nh_change_password('{verifier}')", id="nh_change_password"),
        pytest.param("SELECT nh_actor()", id="nh_actor"),
        pytest.param(
            "SELECT * FROM nh_record_stations('process_data', ARRAY[{rec}])",
            id="nh_record_stations",
        ),
        pytest.param("UPDATE alembic_version SET version_num = 'x'", id="alembic_version"),
        pytest.param("CREATE TEMP TABLE users (id int)", id="temp-table"),
        pytest.param("SET ROLE {ns}_login", id="set-role-login"),
        pytest.param("SET ROLE {ns}_u_admin1", id="set-role-person"),
    ],
)
def test_the_kiosk_does_nothing_else(line: Line, sql: str) -> None:
    refused_privilege(line.url, kiosk(line.url), line.sql(sql))


# == the catalog: what the real attacks above sample, everywhere ===========================
def test_every_function_pins_its_search_path(line: Line) -> None:
    rows = owner_rows(
        line.url,
        """
        SELECT CAST(CAST(p.oid AS regprocedure) AS text), p.prosecdef,
               (SELECT c FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%%')
          FROM pg_proc p WHERE p.pronamespace = CAST('public' AS regnamespace)""",
    )
    assert len(rows) > 40
    # revision 001's identity functions and 006's station-name and notify helpers are called
    # many times per action: they qualify every name instead (domain.md §7 allows either; no
    # SET clause lets PostgreSQL inline them), and are neither SECURITY DEFINER
    qualified = {
        "nh_ns()",
        "nh_actor()",
        "nh_actor_role()",
        "nh_is_owner()",
        "nh_may_decide()",
        "nh_set_station(text)",
        "nh_notify(text,bigint,text,text)",
    }
    unpinned = [name for name, _definer, path in rows if path is None and name not in qualified]
    assert unpinned == []
    assert not [name for name, definer, _path in rows if name in qualified and definer]
    # a SECURITY DEFINER function searches pg_temp last (nothing a session makes shadows)
    bad = [
        (name, path)
        for name, definer, path in rows
        if definer and not path.replace(" ", "").endswith(",pg_temp")
    ]
    assert bad == []


def test_the_write_call_lists_cover_every_granted_function(line: Line) -> None:
    granted = {
        r[0]: set(r[1])
        for r in owner_rows(
            line.url,
            """
        SELECT p.proname, array_agg(DISTINCT substr(g.rolname, length(%(ns)s) + 2))
          FROM pg_proc p CROSS JOIN pg_roles g
         WHERE p.pronamespace = CAST('public' AS regnamespace)
           AND g.rolname IN (%(ns)s || '_worker', %(ns)s || '_manager', %(ns)s || '_admin')
           AND has_function_privilege(g.oid, p.oid, 'EXECUTE')
           AND NOT has_function_privilege(%(ns)s || '_login', p.oid, 'EXECUTE')
         GROUP BY p.proname""",
            {"ns": line.ns},
        )
    }
    listed = {c.split("(")[0] for c in WRITE_CALLS}
    assert set(granted) == listed
    assert {n for n, g in granted.items() if "worker" in g} == set(STATION_CALLS)
    assert {n for n, g in granted.items() if g == {"manager", "admin"}} == {
        c.split("(")[0] for c in MANAGER_CALLS
    }
    assert {n for n, g in granted.items() if g == {"admin"}} == set(ADMIN_CALLS)


def test_no_function_is_executable_by_public(line: Line) -> None:
    rows = owner_rows(
        line.url,
        """
        SELECT CAST(CAST(p.oid AS regprocedure) AS text) FROM pg_proc p
         WHERE p.pronamespace = CAST('public' AS regnamespace)
           AND has_function_privilege('public', p.oid, 'EXECUTE')""",
    )
    assert rows == []


def test_no_neurohub_role_holds_a_write_privilege(line: Line) -> None:
    rows = owner_rows(
        line.url,
        """
        SELECT r.rolname, c.relname FROM pg_roles r
          CROSS JOIN pg_class c
         WHERE r.rolname LIKE %(ns)s AND c.relnamespace = CAST('public' AS regnamespace)
           AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
           AND (has_table_privilege(r.oid, c.oid,
                    'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN')
                OR has_any_column_privilege(r.oid, c.oid, 'INSERT, UPDATE, REFERENCES')
                OR (c.relkind = 'S' AND has_sequence_privilege(r.oid, c.oid, 'USAGE, UPDATE')))
    """,
        {"ns": line.ns.replace("_", "\\_") + "\\_%"},
    )
    assert rows == []
    rows = owner_rows(
        line.url,
        """
        SELECT r.rolname FROM pg_roles r WHERE r.rolname LIKE %(ns)s
           AND (has_database_privilege(r.oid, current_database(), 'CREATE, TEMPORARY')
                OR has_schema_privilege(r.oid, 'public', 'CREATE')
                OR r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                OR r.rolbypassrls)
    """,
        {"ns": line.ns.replace("_", "\\_") + "\\_%"},
    )
    assert rows == []
    readers = owner_rows(
        line.url,
        """
        SELECT r.rolname FROM pg_roles r WHERE r.rolname LIKE %(ns)s
           AND (has_column_privilege(r.oid, 'users', 'password_hash', 'SELECT')
                OR (has_table_privilege(r.oid, 'audit_logs', 'SELECT')
                    AND NOT pg_has_role(r.oid, %(admin)s, 'USAGE')))
    """,
        {"ns": line.ns.replace("_", "\\_") + "\\_%", "admin": f"{line.ns}_admin"},
    )
    assert readers == []


# == tests that write: each on its own database ============================================
def _stamp(owner: URL) -> dt.datetime:
    stamp: dt.datetime = owner_value(owner, "SELECT clock_timestamp()")
    return stamp


def test_set_config_does_not_change_who_is_recorded(own_line: Line) -> None:
    ln = own_line
    wip, worker, admin = ln.wip_at_3, ln.ids["worker1"], ln.ids["admin1"]
    since = owner_value(ln.url, "SELECT max(id) FROM audit_logs")
    conn = connect(ln.login("worker1"))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT set_config('neurohub.user_id', %s, false)", (str(admin),))
            cur.execute("SET neurohub.station = 'ST-SPOOF'")
            cur.execute(
                *complete_sql(
                    wip, "PROC-003", "PASS", snapshot(criteria(ln.url, "PROC-003"), GOOD_003)
                )
            )
            cur.execute("SELECT nh_start(%s, 'PROC-004', 'ST-4', false)", (wip,))
            cur.execute("SELECT nh_issue_wip(%s, 'ST-1', false)", (ln.lot,))
    finally:
        conn.close()
    assert owner_rows(
        ln.url,
        "SELECT h.operator_id FROM wip_process_history h JOIN wip_items "
        "w ON w.id = h.wip_item_id JOIN processes p ON p.id = "
        "h.process_id WHERE w.wip_id = %s AND p.process_id = 'PROC-003'",
        (wip,),
    ) == [(worker,)]
    audited = owner_rows(
        ln.url,
        "SELECT table_name, action, user_id, db_user, station "
        "FROM audit_logs WHERE id > %s ORDER BY id",
        (since,),
    )
    assert {(t, a) for t, a, *_ in audited} >= {
        ("wip_process_history", "INSERT"),
        ("wip_items", "UPDATE"),
        ("wip_items", "INSERT"),
    }
    assert {(u, d) for _t, _a, u, d, _s in audited} == {(worker, f"{ln.ns}_u_worker1")}
    assert "ST-SPOOF" not in {s for *_, s in audited}


def test_the_record_times_are_the_servers(own_line: Line) -> None:
    ln = own_line
    worker = ln.login("worker1")
    with line_sessions(ln.url) as sm:
        wip = f.issue_wip(sm, f.user(sm, "worker1"), ln.lot)
    t0 = _stamp(ln.url)
    run_as(worker, "SELECT nh_start(%s, 'PROC-002', 'ST-2', false)", (wip,))
    t1 = _stamp(ln.url)
    started = owner_value(ln.url, "SELECT updated_at FROM wip_items WHERE wip_id = %s", (wip,))
    poll(lambda: _stamp(ln.url) > started)  # the server's clock has moved on
    claims = {
        "started_at": "2000-01-01T00:00:00+00:00",
        "completed_at": "2999-01-01T00:00:00+00:00",
    }
    crit = criteria(ln.url, "PROC-002")
    t2 = _stamp(ln.url)
    run_as(worker, *complete_sql(wip, "PROC-002", "PASS", {**snapshot(crit, GOOD_002), **claims}))
    t3 = _stamp(ln.url)
    got = owner_rows(
        ln.url,
        "SELECT h.started_at, h.completed_at, h.completed_at <= now(), "
        "h.duration_seconds FROM wip_process_history h JOIN wip_items w "
        "ON w.id = h.wip_item_id JOIN processes p ON p.id = h.process_id "
        "WHERE w.wip_id = %s AND p.process_id = 'PROC-002'",
        (wip,),
    )
    assert len(got) == 1
    started_at, completed_at, not_future, duration = got[0]
    assert t0 <= started_at <= t1 and started_at == started
    assert t2 <= completed_at <= t3 and not_future
    assert duration == round((completed_at - started_at).total_seconds())
    # a serial record too: PROC-008 of the line's serial (open since the set-up)
    t4 = _stamp(ln.url)
    run_as(
        worker,
        *complete_sql(
            ln.serial,
            "PROC-008",
            "PASS",
            snapshot(criteria(ln.url, "PROC-008"), {"VISUAL_OK": True, "PACKAGING_OK": True}),
        ),
    )
    t5 = _stamp(ln.url)
    start, done, operator = owner_rows(
        ln.url,
        "SELECT start_time, complete_time, operator_id FROM process_data WHERE id = %s",
        (ln.open_record,),
    )[0]
    assert start < t4 and t4 <= done <= t5 and operator == ln.ids["worker1"]


def test_an_old_criteria_version_is_refused(own_line: Line) -> None:
    ln = own_line
    old = criteria(ln.url, "PROC-003")
    new = json.loads(json.dumps(old))
    new.pop("version")
    new["measurements"][0]["usl"] = 62.0  # TEMP_SENSOR: a wider range in version 2
    version = owner_exec(
        ln.url, "SELECT nh_set_criteria('PROC-003', CAST(%s AS jsonb))" + f.WHY, (json.dumps(new),)
    )
    assert version == old["version"] + 1 == criteria(ln.url, "PROC-003")["version"]
    worker = ln.login("worker1")
    for stale in (
        snapshot(old, GOOD_003),  # the old version, the old limits
        snapshot(old, GOOD_003, limits={"TEMP_SENSOR": (59.0, 62.0)}),
    ):
        out = refused(ln.url, worker, *complete_sql(ln.wip_at_3, "PROC-003", "PASS", stale))
        assert out.sqlstate == "NH003" and "criteria version 1, current is 2" in out.message
    out = refused(
        ln.url,
        worker,
        *complete_sql(
            ln.wip_at_3,
            "PROC-003",
            "PASS",
            {**snapshot(old, GOOD_003), "criteria_version": version},
        ),
    )  # new number, old limits
    assert out.sqlstate == "NH003" and "limits of measurement TEMP_SENSOR differ" in out.message
    # the current version and limits: accepted (61.5 is within version 2 only)
    current = criteria(ln.url, "PROC-003")
    run_as(
        worker,
        *complete_sql(
            ln.wip_at_3, "PROC-003", "PASS", snapshot(current, {**GOOD_003, "TEMP_SENSOR": 61.5})
        ),
    )
    assert (
        owner_value(ln.url, "SELECT status FROM wip_items WHERE wip_id = %s", (ln.wip_at_3,))
        == "IN_PROGRESS"
    )
    assert (
        owner_value(
            ln.url,
            "SELECT count(*) FROM wip_process_history h JOIN processes p "
            "ON p.id = h.process_id WHERE p.process_id = 'PROC-003' AND "
            "CAST(h.measurements ->> 'criteria_version' AS int) = 2",
        )
        == 1
    )


# == MANAGER's work =======================================================================
def test_a_manager_runs_lots_and_decides_units(own_line: Line) -> None:
    ln = own_line
    mgr, worker = ln.login("manager1"), ln.login("worker1")
    lot_id = run_as(mgr, "SELECT nh_create_lot('MGR-LOT-1', 'WF', 'D', 3, 'ST-MGR')")
    assert owner_rows(
        ln.url, "SELECT lot_number, status, created_by FROM lots WHERE id = %s", (lot_id,)
    ) == [("MGR-LOT-1", "CREATED", "manager1")]
    with line_sessions(ln.url) as sm:
        w = f.user(sm, "worker1")
        done = f.wip_through(sm, w, "MGR-LOT-1", last=6)
        serial = f.station(sm, "PROC-007").convert(w, done).serial_number
        f.pass_step(sm, w, "PROC-007", serial)
        f.pass_step(sm, w, "PROC-008", serial)
        failed = f.issue_wip(sm, w, "MGR-LOT-1")
        f.fail_step(sm, w, "PROC-002", failed)
    assert (
        owner_value(ln.url, "SELECT status FROM serials WHERE serial_number = %s", (serial,))
        == "PASSED"
    )

    def complete() -> str:
        return "SELECT nh_set_lot_status('MGR-LOT-1', 'COMPLETED', 'all done', 'ST-MGR')"

    out = refused(ln.url, mgr, complete())  # the FAILED WIP is still on the line
    assert out.sqlstate == "NH001" and "still has 1 unit(s)" in out.message
    run_as(mgr, "SELECT nh_dispose_unit(%s, 'reopen', 'rework the spring', 'ST-MGR')", (failed,))
    assert (
        owner_value(ln.url, "SELECT status FROM wip_items WHERE wip_id = %s", (failed,))
        == "IN_PROGRESS"
    )
    run_as(worker, "SELECT nh_start(%s, 'PROC-002', 'ST-2', false)", (failed,))  # mid-line now
    out = refused(ln.url, mgr, complete())
    assert out.sqlstate == "NH001" and "still has 1 unit(s)" in out.message
    run_as(
        worker,
        *complete_sql(
            failed, "PROC-002", "FAIL", {}, [{"code": "PART_DEFECT", "note": "again"}], "sec-fail-2"
        ),
    )
    refused(ln.url, worker, "SELECT nh_dispose_unit(%s, 'scrap', 'x', 'ST')", (failed,))
    run_as(mgr, "SELECT nh_dispose_unit(%s, 'scrap', 'spring broken twice', 'ST-MGR')", (failed,))
    assert (
        owner_value(ln.url, "SELECT status FROM wip_items WHERE wip_id = %s", (failed,))
        == "SCRAPPED"
    )
    run_as(mgr, complete())
    run_as(mgr, "SELECT nh_set_lot_status('MGR-LOT-1', 'CLOSED', 'shipped', 'ST-MGR')")
    status, completed, closed = owner_rows(
        ln.url,
        "SELECT status, completed_at IS NOT NULL, closed_at IS NOT NULL FROM lots WHERE id = %s",
        (lot_id,),
    )[0]
    assert (status, completed, closed) == ("CLOSED", True, True)
    deciders = owner_rows(
        ln.url,
        "SELECT DISTINCT user_id FROM audit_logs WHERE "
        "(table_name = 'lots' AND record_id = %s AND action = "
        "'UPDATE' AND 'status' = ANY (changed_fields) AND "
        "new_data ->> 'status' IN ('COMPLETED', 'CLOSED')) OR "
        "(table_name = 'wip_items' AND new_data ->> 'wip_id' = %s "
        "AND 'status' = ANY (changed_fields) AND old_data ->> "
        "'status' = 'FAILED')",
        (lot_id, failed),
    )
    assert deciders == [(ln.ids["manager1"],)]


def test_every_manager_decision_stores_its_reason(people: People) -> None:
    ln = people
    mgr = ln.login("manager1")
    run_as(mgr, "SELECT nh_create_lot('RSN-LOT-1', 'WF', 'D', 1, 'ST-MGR')")
    with line_sessions(ln.url) as sm:
        w = f.user(sm, "worker1")
        wip = f.issue_wip(sm, w, "RSN-LOT-1")
        f.fail_step(sm, w, "PROC-002", wip)
    run_as(mgr, "SELECT nh_dispose_unit(%s, 'scrap', 'REASON-SCRAP-4711', 'ST-MGR')", (wip,))
    run_as(mgr, "SELECT nh_set_lot_status('RSN-LOT-1', 'COMPLETED', 'REASON-DONE-4712', 'ST-MGR')")
    for reason in ("REASON-SCRAP-4711", "REASON-DONE-4712"):
        found = sum(
            owner_value(
                ln.url,
                f"SELECT count(*) FROM {t} x WHERE CAST(x AS text) LIKE %s",
                (f"%{reason}%",),
            )
            for t in TABLES
        )
        assert found > 0, f"{reason} is stored nowhere"
    signed = owner_rows(
        ln.url,
        "SELECT s.meaning, s.subject, s.reason, u.user_id, s.station FROM signatures s "
        "JOIN users u ON u.id = s.signer_id ORDER BY s.id",
    )
    assert signed == [
        ("SCRAPPED", wip, "REASON-SCRAP-4711", "manager1", "ST-MGR"),
        ("RELEASED", "RSN-LOT-1", "REASON-DONE-4712", "manager1", "ST-MGR"),
    ]
    audited = owner_rows(
        ln.url,
        "SELECT DISTINCT table_name, reason FROM audit_logs WHERE reason LIKE 'REASON-%%' "
        "ORDER BY 1, 2",
    )
    assert audited == [
        ("lots", "REASON-DONE-4712"),
        ("signatures", "REASON-DONE-4712"),
        ("signatures", "REASON-SCRAP-4711"),
        ("wip_items", "REASON-SCRAP-4711"),
    ]
    for blank in ("NULL", "'   '"):  # no reason, no decision
        out = refused(
            ln.url, mgr, f"SELECT nh_set_lot_status('RSN-LOT-1', 'CLOSED', {blank}, 'ST-MGR')"
        )
        assert out.sqlstate == "NH005"


# == ADMIN's work =========================================================================
def _memberships(owner: URL, role: str) -> set[str]:
    return {
        r[0]
        for r in owner_rows(
            owner,
            "SELECT g.rolname FROM pg_auth_members a JOIN "
            "pg_roles g ON g.oid = a.roleid JOIN pg_roles m "
            "ON m.oid = a.member WHERE m.rolname = %s",
            (role,),
        )
    }


def test_an_admin_manages_accounts_and_the_login_roles_follow(people: People) -> None:
    ln = people
    admin = ln.login("admin1")
    new_id = run_as(
        admin, "SELECT nh_create_user('kim', '김작업', 'WORKER', %s, NULL)" + f.WHY, (f.VERIFIER,)
    )
    role = f"{ln.ns}_u_kim"
    assert owner_rows(ln.url, "SELECT id, role, is_active FROM users WHERE user_id = 'kim'") == [
        (new_id, "WORKER", True)
    ]
    assert _memberships(ln.url, role) == {f"{ln.ns}_login", f"{ln.ns}_worker"}
    assert owner_value(ln.url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,))
    kim = ln.login("kim")
    assert run_as(kim, "SELECT nh_actor()") == new_id
    held = connect(kim)  # a session open while the admin changes the account
    held.autocommit = True
    try:
        run_as(admin, "SELECT nh_update_user('kim', 'MANAGER', NULL, NULL, NULL, NULL)" + f.WHY)
        assert _memberships(ln.url, role) == {f"{ln.ns}_login", f"{ln.ns}_manager"}
        assert run_as(kim, "SELECT nh_actor_role()") == "MANAGER"
        run_as(admin, "SELECT nh_update_user('kim', 'VIEWER', NULL, NULL, NULL, NULL)" + f.WHY)
        assert _memberships(ln.url, role) == {f"{ln.ns}_login", f"{ln.ns}_viewer"}
        with pytest.raises(psycopg2.errors.InsufficientPrivilege), held.cursor() as cur:
            cur.execute("SELECT nh_start(%s, 'PROC-003', 'ST-3', false)", ("WIP-WF261128D01-001",))
        run_as(admin, "SELECT nh_update_user('kim', 'WORKER', NULL, false, NULL, NULL)" + f.WHY)
        assert not owner_value(
            ln.url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)
        )
        with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
            connect(kim)
        with (
            pytest.raises(psycopg2.errors.InsufficientPrivilege, match="disabled"),
            held.cursor() as cur,
        ):  # the open session too
            cur.execute("SELECT nh_cancel(%s, 'PROC-003', 'ST-3')", ("WIP-WF261128D01-001",))
    finally:
        held.close()
    run_as(admin, "SELECT nh_update_user('kim', NULL, NULL, true, NULL, NULL)" + f.WHY)
    assert run_as(kim, "SELECT nh_actor()") == new_id
    # an admin cannot lock themselves out by mistake
    out = refused(
        ln.url, admin, "SELECT nh_update_user('admin1', 'WORKER', NULL, NULL, NULL, NULL)" + f.WHY
    )
    assert out.sqlstate == "22023"
    assert (
        owner_value(
            ln.url,
            "SELECT count(*) FROM audit_logs WHERE table_name = 'users' "
            "AND record_id = %s AND user_id = %s",
            (new_id, ln.ids["admin1"]),
        )
        >= 4
    )


def test_an_admin_sets_criteria_processes_firmware_and_equipment(people: People) -> None:
    ln = people
    admin = ln.login("admin1")
    before = criteria(ln.url, "PROC-005")["version"]
    body = {k: v for k, v in criteria(ln.url, "PROC-005").items() if k != "version"}
    assert (
        run_as(
            admin,
            "SELECT nh_set_criteria('PROC-005', CAST(%s AS jsonb))" + f.WHY,
            (json.dumps(body),),
        )
        == before + 1
    )
    assert criteria(ln.url, "PROC-005")["version"] == before + 1
    run_as(admin, "SELECT nh_set_process_active('PROC-008', false)" + f.WHY)
    run_as(admin, "SELECT nh_set_process_active('PROC-008', true)" + f.WHY)
    run_as(
        admin,
        "SELECT nh_save_equipment('EQ-01', 'Sensor tester 2', 'TESTER', "
        "'PROC-003', 'MAINTENANCE', NULL)" + f.WHY,
    )
    assert (
        owner_value(ln.url, "SELECT status FROM equipment WHERE equipment_code = 'EQ-01'")
        == "MAINTENANCE"
    )
    for version, mcu in (("v1.3.0", "STM32F4"), ("v0.9.0", "ESP32")):
        run_as(
            admin,
            "SELECT nh_add_firmware(%s, %s, %s, 2048, %s, %s, NULL)" + f.WHY,
            (version, f"fw_{version}.bin", f"/fw/{version}.bin", "a" * 32, mcu),
        )
        run_as(admin, "SELECT nh_set_firmware_active(%s, true)" + f.WHY, (version,))
    active = owner_rows(
        ln.url,
        "SELECT target_mcu, version FROM firmware_versions WHERE is_active ORDER BY target_mcu",
    )
    assert active == [("ESP32", "v0.9.0"), ("STM32F4", "v1.3.0")]
    run_as(admin, "SELECT nh_set_firmware_active('v1.2.3', true)" + f.WHY)
    assert owner_rows(
        ln.url, "SELECT version FROM firmware_versions WHERE is_active AND target_mcu = 'STM32F4'"
    ) == [("v1.2.3",)]
    assert run_as(admin, "SELECT count(*) FROM audit_logs") > 0  # only an admin reads it


# == lockout ==============================================================================
def _wrong_password_login(owner: URL, user_id: str) -> dict[str, Any]:
    """One failed login as a station does it: kiosk → attempt → kiosk."""
    desk = kiosk(owner)
    begin = run_as(desk, "SELECT nh_login_begin(%s)", (user_id,))
    assert begin["role"] == roles.login_role(str(owner.database), user_id)
    if begin["state"] == "ok":
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            connect(person(owner, user_id).set(password="wrong-password"))
    failed: dict[str, Any] = run_as(desk, "SELECT nh_login_failed(%s)", (user_id,))
    return failed


def _lock(owner: URL, user_id: str) -> None:
    states = [_wrong_password_login(owner, user_id)["state"] for _ in range(5)]
    assert states == ["failed"] * 4 + ["locked"]


def test_five_failures_lock_the_account_in_postgresql(people: People) -> None:
    ln = people
    _lock(ln.url, "worker1")
    count, until, lag = owner_rows(
        ln.url,
        "SELECT failed_login_count, locked_until, "
        "locked_until - now() FROM users "
        "WHERE user_id = 'worker1'",
    )[0]
    assert count == 5 and until is not None
    assert dt.timedelta(minutes=9, seconds=50) < lag <= dt.timedelta(minutes=10)
    with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
        connect(ln.login("worker1"))  # the RIGHT password, refused by PostgreSQL itself
    assert run_as(kiosk(ln.url), "SELECT nh_login_begin('worker1')")["state"] == "locked"
    run_as(
        ln.login("admin1"),
        "SELECT nh_update_user(p_user_id => 'worker1', p_role => NULL, "
        "p_username => NULL, p_active => NULL, p_unlock => true, "
        "p_verifier => NULL)" + f.WHY,
    )
    assert run_as(ln.login("worker1"), "SELECT nh_session_start()")["user_id"] == "worker1"
    assert owner_rows(
        ln.url, "SELECT failed_login_count, locked_until FROM users WHERE user_id = 'worker1'"
    ) == [(0, None)]


def test_an_expired_lock_is_lifted_by_the_next_login(people: People) -> None:
    ln = people
    _lock(ln.url, "worker1")
    owner_exec(
        ln.url,
        "UPDATE users SET locked_until = now() - interval '1 second' WHERE user_id = 'worker1'",
    )
    with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
        connect(ln.login("worker1"))  # still NOLOGIN until a login begins
    assert run_as(kiosk(ln.url), "SELECT nh_login_begin('worker1')")["state"] == "ok"
    assert run_as(ln.login("worker1"), "SELECT nh_session_start()")["user_id"] == "worker1"


@pytest.mark.xfail(
    strict=True,
    reason="PostgreSQL counts no failed SCRAM logins: a client "
    "that skips the kiosk's nh_login_begin guesses passwords without limit",
)
def test_direct_wrong_password_connections_count_toward_the_lockout(people: People) -> None:
    ln = people
    for _ in range(6):
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            connect(ln.login("admin1").set(password="guess"))
    assert (
        owner_value(ln.url, "SELECT locked_until > now() FROM users WHERE user_id = 'admin1'")
        is True
    )


@pytest.mark.xfail(
    strict=True,
    reason="PostgreSQL lets every role ALTER ROLE its own "
    "password: the change bypasses nh_change_password and the audit trail",
)
def test_a_person_changes_the_password_only_through_the_database_function(people: People) -> None:
    ln = people
    out = attempt(ln.login("worker1"), "ALTER ROLE CURRENT_USER PASSWORD 'x'")
    assert out is not None and out.sqlstate == INSUFFICIENT_PRIVILEGE


def test_a_person_of_another_database_cannot_connect(line: Line, db_url: URL) -> None:
    with line_sessions(db_url) as sm:
        f.user(sm, "worker1")
    assert roles.namespace(str(db_url.database)) != line.ns
    stranger = f.person_url(db_url, "worker1").set(database=line.url.database)
    with pytest.raises(psycopg2.OperationalError, match="permission denied for database"):
        connect(stranger)
