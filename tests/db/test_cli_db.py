"""`neurohub-desktop db …` against a configured server: upgrade, current, check exit codes."""

from __future__ import annotations

import subprocess
import sys
import tempfile

import psycopg2
import pytest
from cli_support import db_cli
from fault_support import admin_query

from neurohub_desktop.db import migrate, roles
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.db.gate import GateState


def _run(url, *args):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory(prefix="nh-cli-") as data_dir:  # backups land here
        return db_cli(url, data_dir, *args, home=data_dir, timeout=120)


def test_check_on_empty_database(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    out = _run(empty_db_url, "check")
    assert out.returncode == GateState.EMPTY.exit_code, out.stderr
    assert "EMPTY" in out.stderr


def test_upgrade_current_and_check(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    out = _run(empty_db_url, "upgrade", "001_initial_schema")
    assert out.returncode == 0, out.stderr
    assert _run(empty_db_url, "current").stdout.strip() == "001_initial_schema"
    if migrate.head_revision() != "001_initial_schema":
        behind = _run(empty_db_url, "check")
        assert behind.returncode == GateState.BEHIND.exit_code
        assert "neurohub-desktop db upgrade" in behind.stderr
    assert _run(empty_db_url, "upgrade").returncode == 0
    assert _run(empty_db_url, "current").stdout.strip() == migrate.head_revision()


def test_check_unknown_revision_means_client_too_old(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "001_initial_schema")
    from sqlalchemy import create_engine, pool, text

    eng = create_engine(empty_db_url, poolclass=pool.NullPool)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '999_from_the_future'"))
    eng.dispose()
    out = _run(empty_db_url, "check")
    assert out.returncode == GateState.AHEAD.exit_code
    assert "999_from_the_future" in out.stderr


@pytest.mark.parametrize("bad", ["mysql://x@y/z", "::::"])
def test_malformed_url_is_reported(bad: str) -> None:
    env = {"NEUROHUB_DATABASE_URL": bad, "PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    out = subprocess.run(
        [sys.executable, "-m", "neurohub_desktop", "db", "check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert out.returncode == 2 and "configuration error" in out.stderr


def _run_with(database_url: str, *args: str):  # type: ignore[no-untyped-def]
    """The CLI with a configured URL that no test server backs (for commands that never connect)."""
    with tempfile.TemporaryDirectory(prefix="nh-cli-") as data_dir:
        env = {
            "NEUROHUB_DATABASE_URL": database_url,
            "PATH": "/usr/bin:/bin",
            "HOME": data_dir,
            "NEUROHUB_DATA_DIR": data_dir,
        }
        return subprocess.run(
            [sys.executable, "-m", "neurohub_desktop", "db", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )


def _has_setup_roles(url) -> bool:  # type: ignore[no-untyped-def]
    return bool(
        admin_query(url, "SELECT count(*) FROM pg_proc WHERE proname = 'nh_setup_roles'")[0][0]
    )


def test_setup_roles_refused_below_head(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    out = _run(empty_db_url, "setup-roles")
    assert out.returncode == 2, out.stderr
    assert "setup-roles refused" in out.stderr and "db upgrade" in out.stderr
    assert out.stdout == ""


def test_setup_roles_creates_the_roles(db_url, pg_server) -> None:  # type: ignore[no-untyped-def]
    assert _has_setup_roles(db_url)  # revision 006 defines it
    ns = roles.namespace(db_url.database)
    try:
        out = _run(db_url, "setup-roles")
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert lines[0] == f"roles set up for database {db_url.database}" and len(lines) > 1
        found = dict(
            admin_query(
                db_url,
                "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE %s",
                ns + r"\_%",
            )
        )
        groups = [roles.login_group(db_url.database)] + [
            roles.group_role(db_url.database, r) for r in ("VIEWER", "WORKER", "MANAGER", "ADMIN")
        ]
        assert all(found.get(g) is False for g in groups), found
        assert found.get(roles.kiosk_role(db_url.database)) is True
        if pg_server.embedded is not None:  # its pg_hba asks every app role for SCRAM
            kiosk = roles.kiosk_url(db_url)
            password = roles.kiosk_password(db_url.database)
            psycopg2.connect(libpq_dsn(kiosk.set(password=password))).close()
            with pytest.raises(psycopg2.OperationalError, match="password authentication"):
                psycopg2.connect(libpq_dsn(kiosk.set(password="wrong"))).close()
        again = _run(db_url, "setup-roles")  # safe to run again (after every upgrade)
        assert again.returncode == 0, again.stderr
    finally:
        _drop_namespace_roles(db_url, ns)


def _drop_namespace_roles(url, ns: str) -> None:  # type: ignore[no-untyped-def]
    """Roles are cluster-wide: drop the ones this test database's namespace created."""
    names = [
        r[0]
        for r in admin_query(
            url,
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolcanlogin DESC",
            ns + r"\_%",
        )
    ]
    for name in names:
        admin_query(url, f'DROP OWNED BY "{name}"')
    for name in names:
        admin_query(url, f'DROP ROLE IF EXISTS "{name}"')


def test_url_as_a_person() -> None:
    configured = "postgresql://owner:s3cr3t@db.example:5433/neurohub?sslmode=verify-full"
    out = _run_with(configured, "url", "--as", "Kim.Lee")
    assert out.returncode == 0, out.stderr
    assert (
        out.stdout.strip()
        == "postgresql://neurohub_u_Kim.Lee@db.example:5433/neurohub?sslmode=verify-full"
    )
    assert "s3cr3t" not in out.stdout + out.stderr and "owner" not in out.stdout
    hashed = _run_with("postgresql://db.example/neurohub_production", "url", "--as", "w-01")
    assert hashed.returncode == 0, hashed.stderr
    assert hashed.stdout.strip() == "postgresql://nh8491b06e_u_w-01@db.example/neurohub_production"


@pytest.mark.parametrize("user_id", ["kim lee", "-kim", "김철수", "x" * 51])
def test_url_refuses_a_bad_user_id(user_id: str) -> None:
    out = _run_with("postgresql://db.example/neurohub", "url", f"--as={user_id}")
    assert out.returncode == 2 and out.stdout == ""
    assert "url refused" in out.stderr and "cannot have a database login" in out.stderr


def test_url_needs_a_user_id() -> None:
    out = _run_with("postgresql://db.example/neurohub", "url")
    assert out.returncode == 2 and "--as" in out.stderr


def test_create_app_role_is_gone() -> None:
    out = _run_with("postgresql://db.example/neurohub", "create-app-role", "nh_station")
    assert out.returncode == 2 and "invalid choice" in out.stderr


def test_report_lines() -> None:
    from neurohub_desktop.cli import _report_lines

    report = {
        "namespace": "neurohub",
        "created": ["neurohub_u_kim", "neurohub_u_lee"],
        "skipped": [],
        "groups": {"neurohub_admin": True, "neurohub_viewer": False},
        "kiosk": None,
        "problems": [{"user_id": "김", "reason": "bad name"}],
    }
    assert _report_lines(report) == [
        "namespace: neurohub",
        "created: neurohub_u_kim, neurohub_u_lee",
        "skipped: (none)",
        "groups:",
        "  neurohub_admin: yes",
        "  neurohub_viewer: no",
        "kiosk: -",
        "problems:",
        "  user_id: 김",
        "  reason: bad name",
    ]
