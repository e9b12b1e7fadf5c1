"""The zero-config embedded server: first start runs initdb, later starts reuse the cluster."""

from __future__ import annotations

from pathlib import Path

import psycopg2
import pytest
from polling import poll
from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import URL

from neurohub_desktop.db.embedded import EmbeddedServer, hba_rules, write_hba
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.db.roles import scram_sha256_verifier


def _scalar(url, sql):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.begin() as conn:
        result = conn.execute(text(sql))
        value = result.scalar() if result.returns_rows else None
    eng.dispose()
    return value


def test_first_start_initialises_then_reuses(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    pgdata = tmp_path / "data" / "pgdata"
    server = EmbeddedServer(pgdata)
    assert not server.initialised
    url = server.start()
    assert server.initialised and url.database == "neurohub"
    _scalar(url, "CREATE TABLE keep_me (x int); INSERT INTO keep_me VALUES (42)")
    server.stop()

    again = EmbeddedServer(pgdata)
    assert again.initialised
    url2 = again.start()
    try:
        assert _scalar(url2, "SELECT x FROM keep_me") == 42  # the cluster was reused
        assert _scalar(url2, "SHOW server_version_num") >= "150000"  # noqa: PLR2004
    finally:
        again.stop()


def _admin(url, sql, *params):  # type: ignore[no-untyped-def]
    """One autocommit statement as the superuser (psycopg2 %s parameters)."""
    conn = _connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
    finally:
        conn.close()


def _connect(url, password=None):  # type: ignore[no-untyped-def]
    """psycopg2 connection to ``url`` as its user, with ``password`` (None: none at all)."""
    dsn = libpq_dsn(
        URL.create(
            url.drivername,
            username=url.username,
            password=password,
            host=url.host,
            port=url.port,
            database=url.database,
            query=url.query,
        )
    )
    return psycopg2.connect(dsn)


def _can_log_in(url, password=None) -> bool:  # type: ignore[no-untyped-def]
    try:
        conn = _connect(url, password)
    except psycopg2.OperationalError as exc:
        assert "password authentication failed" in str(exc) or "no password supplied" in str(exc)
        return False
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT current_user")
            assert cur.fetchone() == (url.username,)
    finally:
        conn.close()
    return True


def test_app_roles_need_their_scram_password(tmp_path: Path) -> None:
    """A new cluster: only the superuser is trusted; a role logs in with its SCRAM password."""
    tmp_path.chmod(0o755)
    server = EmbeddedServer(tmp_path / "pgdata")
    url = server.start()
    try:
        verifier = scram_sha256_verifier("correct horse:battery%staple")
        _admin(url, "CREATE ROLE nh_embedded_person LOGIN PASSWORD %s", verifier)
        _admin(url, "CREATE ROLE nh_embedded_nopass LOGIN")
        person = url.set(username="nh_embedded_person")
        assert _can_log_in(person, "correct horse:battery%staple")
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            _connect(person, "wrong").close()
        assert not _can_log_in(person)  # no password at all: refused, not trusted
        assert not _can_log_in(url.set(username="nh_embedded_nopass"), "")
        assert url.username == server.superuser == "postgres"
        assert _can_log_in(url)  # the superuser: trust, no password
        assert _scalar(url, "SHOW password_encryption") == "scram-sha-256"
        rules = _rules(url)
        assert rules == [
            ("local", ["all"], [server.superuser], "trust"),
            ("local", ["all"], ["all"], "scram-sha-256"),
        ]
        hba = tmp_path / "pgdata" / "pg_hba.conf"
        assert hba.stat().st_mode & 0o777 == 0o600
        assert hba.stat().st_uid == (tmp_path / "pgdata").stat().st_uid
    finally:
        server.stop()


def _rules(url):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT type, database, user_name, auth_method, error FROM pg_hba_file_rules "
                "ORDER BY rule_number"
            )
        ).all()
    eng.dispose()
    assert all(r.error is None for r in rows), rows
    return [(r.type, list(r.database), list(r.user_name), r.auth_method) for r in rows]


def test_a_reused_cluster_gets_its_rules_back(tmp_path: Path) -> None:
    """An existing cluster whose pg_hba.conf trusts everyone (initdb's, an edit) is fixed by
    start(): while the server still runs (the file is rewritten and reloaded) and after a stop
    (rewritten before the server starts)."""
    tmp_path.chmod(0o755)
    pgdata = tmp_path / "pgdata"
    hba = pgdata / "pg_hba.conf"
    trust_all = "local all all trust\n"
    server = EmbeddedServer(pgdata, stop_on_exit=False)
    url = server.start()
    _admin(url, "CREATE ROLE nh_embedded_reuse LOGIN PASSWORD %s", scram_sha256_verifier("pw"))
    role = url.set(username="nh_embedded_reuse")
    try:
        hba.write_text(trust_all)
        _scalar(url, "SELECT pg_reload_conf()")
        assert poll(lambda: _can_log_in(role, "wrong"))  # the tampered rules are in force
        hba.write_text(trust_all)
        url2 = EmbeddedServer(pgdata, stop_on_exit=False).start()  # the server still runs
        assert not _can_log_in(role, "wrong") and _can_log_in(role, "pw")
        assert [r for r in _rules(url2) if r[3] == "trust"] == [
            ("local", ["all"], ["postgres"], "trust")
        ]
        assert not write_hba(pgdata, "postgres")  # already right: unchanged, no reload
    finally:
        server.pg_ctl("-w", "-m", "fast", "stop")
        server.stop()  # forget the wheel's handle (stop_on_exit=False: it stops nothing)
    hba.write_text(trust_all)  # stopped, with a trust-all file
    again = EmbeddedServer(pgdata)
    url3 = again.start()
    try:
        assert hba.read_text() == hba_rules("postgres")
        assert not _can_log_in(role.set(query=url3.query), "wrong")
        assert _can_log_in(role.set(query=url3.query), "pw") and _can_log_in(url3)
    finally:
        again.stop()
