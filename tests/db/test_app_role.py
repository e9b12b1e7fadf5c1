"""The least-privilege station role: connected as it, DDL, TRUNCATE and changes to the audit
trail and history are refused by PostgreSQL's privileges, and every station action still
works through the real services (``neurohub-desktop db create-app-role``)."""
from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import factories as f
import psycopg2
import pytest
from fault_support import admin_query, throwaway_server
from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import URL

from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import libpq_dsn, make_engine
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.services.auth import AuthService
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.reports import ReportsService

INSUFFICIENT_PRIVILEGE = "42501"
_names = itertools.count(1)


def _create(url: URL, name: str, password: str | None = None) -> roles.AppRoleResult:
    eng = create_engine(url, poolclass=pool.NullPool)
    try:
        with eng.begin() as conn:
            return roles.create_app_role(conn, name, password)
    finally:
        eng.dispose()


def _drop_role(url: URL, name: str) -> None:
    admin_query(url, f'DROP OWNED BY "{name}"')
    admin_query(url, f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def role_url(db_url: URL) -> Iterator[URL]:
    """db_url connected as a fresh station role (created by create_app_role)."""
    name = f"nh_station_{os.getpid()}_{next(_names)}"
    _create(db_url, name, "station-secret")
    yield db_url.set(username=name, password=None)
    _drop_role(db_url, name)


@pytest.fixture(scope="module")
def refusing_url(pg_server, template_db: URL) -> Iterator[URL]:  # type: ignore[no-untyped-def]
    """One database + role for the refusal tests (they change nothing)."""
    from conftest import TEMPLATE

    url = pg_server.create_database(template=TEMPLATE)
    name = f"nh_station_{os.getpid()}_{next(_names)}"
    _create(url, name, "station-secret")
    yield url.set(username=name, password=None)
    _drop_role(url, name)
    pg_server.drop_database(url)


def _refused(url: URL, sql: str) -> str:
    """Run ``sql`` as the URL's role; the SQLSTATE it was refused with."""
    conn = psycopg2.connect(libpq_dsn(url))
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    except psycopg2.Error as exc:
        return str(exc.pgcode)
    finally:
        conn.rollback()
        conn.close()
    raise AssertionError(f"not refused: {sql}")


@pytest.mark.parametrize("sql", [
    "CREATE TABLE station_scratch (x int)",
    "CREATE VIEW station_view AS SELECT 1 AS x",
    "CREATE FUNCTION station_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "ALTER TABLE lots ADD COLUMN hacked int",
    "ALTER TABLE audit_logs DISABLE TRIGGER ALL",
    "DROP TABLE wip_process_history",
    "CREATE INDEX ix_station_hack ON lots (notes)",
    "DROP TRIGGER trg_audit_logs_no_truncate ON audit_logs",
    "CREATE SCHEMA station_schema",
    "UPDATE alembic_version SET version_num = 'x'",
    "SELECT setval(pg_get_serial_sequence('lots', 'id'), 1)",
])
def test_ddl_and_schema_changes_are_refused(refusing_url: URL, sql: str) -> None:
    assert _refused(refusing_url, sql) == INSUFFICIENT_PRIVILEGE


@pytest.mark.parametrize("sql", [
    "UPDATE audit_logs SET action = 'DELETE'",
    "DELETE FROM audit_logs",
    "TRUNCATE audit_logs",
    "INSERT INTO audit_logs (table_name, action, db_user) VALUES ('x', 'INSERT', 'me')",
    "UPDATE wip_process_history SET result = 'PASS'",
    "DELETE FROM wip_process_history",
    "DELETE FROM process_data",
    "DELETE FROM serials",
    "DELETE FROM wip_items",
    "DELETE FROM lots",
    "DELETE FROM users",
    "TRUNCATE process_data",
    "TRUNCATE lots CASCADE",
])
def test_audit_trail_and_history_cannot_be_changed(refusing_url: URL, sql: str) -> None:
    assert _refused(refusing_url, sql) == INSUFFICIENT_PRIVILEGE


def test_every_station_action_works_as_the_role(db_url: URL, role_url: URL,
                                                tmp_path: Path) -> None:
    owner = f.sessions(db_url)
    manager = f.user(owner, "manager1", "MANAGER")
    worker = f.user(owner, "worker1", "WORKER")
    f.firmware(owner)
    eng = make_engine(role_url, pool_size=2)
    sm = f.sessions(eng)
    try:
        assert AuthService(sm, station="ST-3", bcrypt_rounds=4).login(
            "worker1", f.PASSWORD).id == worker.id  # reads the hash, updates last_login_at
        lots = LotsService(sm, station="ST-MGR")
        lot = lots.create_lot(manager, "WF", "D", 3, date=dt.date(2026, 11, 28)).lot_number
        first = f.wip_through(sm, worker, lot, last=6)  # issue, mark, PROC-002..006
        failing = f.issue_wip(sm, worker, lot)
        f.fail_step(sm, worker, "PROC-002", failing)
        lots.reopen_unit(manager, failing, "re-seated the connector")
        spool = tmp_path / "spool"
        spool.mkdir()
        st7 = f.station(sm, "PROC-007", printer=SpoolPrinter(spool))
        conv = st7.convert(worker, first)
        st7.print_label(worker, conv.serial_number)
        st7.print_label(worker, conv.serial_number, "smudged")
        st7.verify_label(worker, conv.serial_number, conv.serial_number)
        st8 = f.station(sm, "PROC-008")
        st8.start_step(worker, conv.serial_number)
        done = st8.complete_step(worker, conv.serial_number, StepResult.PASS,
                                 f.GOOD_VALUES["PROC-008"])
        assert done.unit.status == "PASSED"
        assert f.station(sm, "PROC-003").snapshot() is not None
        reports = ReportsService(sm)
        assert reports.lot_board() and reports.audit_log()
        assert reports.trace(conv.serial_number) is not None
    finally:
        eng.dispose()
    # Everything was written by the role; the audit rows name it (SECURITY DEFINER writer).
    db_users = {r[0] for r in f.rows(owner, "SELECT DISTINCT db_user FROM audit_logs "
                                           "WHERE table_name <> 'users' AND station <> 'tests'")}
    assert db_users == {role_url.username}
    assert f.scalar(owner, "SELECT count(*) FROM wip_process_history") == 8  # 6 + mark + FAIL
    assert f.scalar(owner, "SELECT status FROM serials") == "PASSED"


def test_session_limits_come_with_the_role(role_url: URL) -> None:
    eng = create_engine(role_url, poolclass=pool.NullPool)  # no client-side options at all
    try:
        with eng.connect() as conn:
            shown = {k: conn.execute(text(f"SHOW {k}")).scalar() for k in roles.SESSION_DEFAULTS}
    finally:
        eng.dispose()
    assert shown == {"statement_timeout": "30s", "idle_in_transaction_session_timeout": "1min",
                     "lock_timeout": "10s"}


def test_running_it_again_updates_and_picks_up_new_tables(db_url: URL) -> None:
    name = f"nh_station_{os.getpid()}_{next(_names)}"
    try:
        first = _create(db_url, name)
        assert first.created and not first.password_set
        assert any("no password" in w for w in first.warnings)
        admin_query(db_url, "CREATE TABLE later_revision_table (x int)")
        again = _create(db_url, name, "pw")
        assert not again.created and again.password_set and not again.warnings
        assert admin_query(db_url, "SELECT has_table_privilege(%s, 'later_revision_table', "
                                   "'SELECT'), has_table_privilege(%s, 'later_revision_table', "
                                   "'INSERT')", name, name) == [(True, False)]
        assert all("PASSWORD" not in s and "pw" not in s for s in again.statements)
    finally:
        _drop_role(db_url, name)


@pytest.mark.parametrize("bad", ["", "Station", "1abc", "pg_station", "a-b", "x;drop", "a" * 64])
def test_bad_role_names_are_refused(db_url: URL, bad: str) -> None:
    with pytest.raises(roles.AppRoleError):
        _create(db_url, bad)


def test_the_schema_owner_is_never_turned_into_a_station_role(db_url: URL) -> None:
    with pytest.raises(roles.AppRoleError, match="connected as"):
        _create(db_url, str(db_url.username))


def _cli(url: URL, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {"NEUROHUB_DATABASE_URL": url.render_as_string(hide_password=False),
           "PATH": "/usr/bin:/bin", "HOME": "/tmp", "NEUROHUB_DATA_DIR": "/tmp/nh-cli-unused"}
    return subprocess.run([sys.executable, "-m", "neurohub_desktop", "db", "create-app-role",
                           *args], input=stdin, capture_output=True, text=True, env=env,
                          check=False, timeout=120)


def test_cli_creates_the_role_with_a_password_from_stdin(db_url: URL) -> None:
    name = f"nh_station_{os.getpid()}_{next(_names)}"
    secret = "pa:ss%wo'rd $x"  # colon, percent, quote: nothing is parsed out of it
    try:
        out = _cli(db_url, name, "--password-stdin", stdin=secret + "\n")
        assert out.returncode == 0, out.stderr
        assert f"role {name} created" in out.stdout and "password set" in out.stdout
        assert secret not in out.stdout + out.stderr
        stored = admin_query(db_url, "SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                             name)
        assert stored[0][0].startswith("SCRAM-SHA-256$4096:")
        again = _cli(db_url, name)  # not a terminal, no flag: password unchanged
        assert again.returncode == 0 and f"role {name} updated" in again.stdout
        assert "password unchanged" in again.stdout
        owner = _cli(db_url, str(db_url.username), "--password-stdin", stdin="x\n")
        assert owner.returncode == 2 and "refused" in owner.stderr
    finally:
        _drop_role(db_url, name)


def test_the_scram_password_really_logs_in(tmp_path: Path) -> None:
    """On a server that asks for passwords, the verifier computed client-side works."""
    with throwaway_server(tmp_path) as server:
        url = server.database("neurohub")
        _create(url, "nh_scram_station", "correct horse:battery%staple")
        hba = server.server.pgdata / "pg_hba.conf"
        hba.write_text("local all nh_scram_station scram-sha-256\n" + hba.read_text())
        admin_query(server.admin_url, "SELECT pg_reload_conf()")
        as_role = url.set(username="nh_scram_station")
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            psycopg2.connect(libpq_dsn(as_role.set(password="wrong"))).close()
        conn = psycopg2.connect(libpq_dsn(as_role.set(password="correct horse:battery%staple")))
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT current_user, count(*) FROM processes")
                assert cur.fetchone() == ("nh_scram_station", 8)
        finally:
            conn.close()
