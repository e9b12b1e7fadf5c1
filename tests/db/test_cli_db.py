"""`neurohub-desktop db …` against a configured server: upgrade, current, check exit codes."""
from __future__ import annotations

import subprocess
import sys
import tempfile

import pytest

from neurohub_desktop.db import migrate
from neurohub_desktop.db.gate import GateState


def _run(url, *args):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory(prefix="nh-cli-") as data_dir:  # backups land here
        env = {"NEUROHUB_DATABASE_URL": url.render_as_string(hide_password=False),
               "PATH": "/usr/bin:/bin", "HOME": data_dir, "NEUROHUB_DATA_DIR": data_dir}
        return subprocess.run([sys.executable, "-m", "neurohub_desktop", "db", *args],
                              capture_output=True, text=True, env=env, check=False,
                              timeout=120)


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
    out = subprocess.run([sys.executable, "-m", "neurohub_desktop", "db", "check"],
                         capture_output=True, text=True, env=env, check=False, timeout=60)
    assert out.returncode == 2 and "configuration error" in out.stderr
