"""The recovery path on every supported server (issue 16): backups that are 0600 and proved
restorable, restored on PostgreSQL 15 and 16 as well as on the embedded 18."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cli_support import db_cli as _cli
from migration_rows import populate
from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db import migrate, ops
from neurohub_desktop.db.gate import GateState

BEFORE = "005_add_firmware_table"


def _scratch_databases(url) -> list[str]:  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        names = [
            r[0]
            for r in conn.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE 'nh\\_scratch\\_%'")
            )
        ]
    eng.dispose()
    return names


def _server(request, name: str):  # type: ignore[no-untyped-def]
    return request.getfixturevalue("pg_server" if name == "pg18" else f"{name}_server")


@pytest.mark.parametrize("server", ["pg18", "pg15", "pg16"])
def test_upgrade_backup_restores_and_checks_on_each_server(request, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`db upgrade`'s backup → `db restore` into an empty database → the same rows; upgraded,
    `db check` exits 0 with the same rows as the source."""
    pg = _server(request, server)
    source = pg.create_database()
    restored = pg.create_database()
    try:
        migrate.upgrade(source, BEFORE)
        before = populate(source)
        major = ops.server_major(source)
        assert major == int(server[2:])
        if Path(f"/usr/lib/postgresql/{major}/bin/pg_dump").is_file():
            assert ops.tools_for(source).major == major  # Debian's client of the server's major
        else:
            assert ops.tools_for(source).major == 18  # the embedded tools, their output fitted
        up = _cli(source, tmp_path / "data", "upgrade")
        assert up.returncode == 0, up.stderr
        (dump,) = (tmp_path / "data" / "backups").glob("*.dump")
        assert stat.S_IMODE(dump.stat().st_mode) == 0o600
        assert _scratch_databases(source) == []  # the trial restore's database is gone

        rst = _cli(restored, tmp_path / "data", "restore", str(dump))
        assert rst.returncode == 0, rst.stderr
        assert migrate.current_revisions(restored) == (BEFORE,)
        assert ops.row_counts(restored) == before
        assert _cli(restored, tmp_path / "data", "check").returncode == GateState.BEHIND.exit_code
        again = _cli(restored, tmp_path / "data", "upgrade")
        assert again.returncode == 0, again.stderr
        chk = _cli(restored, tmp_path / "data", "check")
        assert chk.returncode == 0, chk.stderr
        assert ops.row_counts(restored) == ops.row_counts(source)
        assert (
            ops.catalog_fingerprint(restored)["columns"]
            == ops.catalog_fingerprint(source)["columns"]
        )
    finally:
        pg.drop_database(restored)
        pg.drop_database(source)


def test_pg15_restores_a_backup_of_the_embedded_18_tools(
    pg15_server, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Without 15's client tools: pg_dump/pg_restore 18, and the SQL 15 does not know dropped
    (today's failure: `unrecognized configuration parameter "transaction_timeout"`)."""
    monkeypatch.setattr(ops, "client_tools", lambda major: ops.embedded_tools())
    source = pg15_server.create_database()
    restored = pg15_server.create_database()
    try:
        migrate.upgrade(source, "head")
        counts = populate(source)
        taken = ops.backup(source, tmp_path / "b")  # trial-restored on 15 through psql
        assert _scratch_databases(source) == []
        ops.restore(restored, taken.path)
        assert ops.row_counts(restored) == counts
        assert migrate.current_revisions(restored) == (migrate.head_revision(),)
    finally:
        pg15_server.drop_database(restored)
        pg15_server.drop_database(source)


def test_backup_that_does_not_restore_is_not_reported_good(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A grant to a role that no longer exists: the archive lists, but does not restore."""
    eng = create_engine(db_url, poolclass=pool.NullPool, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(text("CREATE ROLE nh_gone_reader"))
        conn.execute(text("GRANT SELECT ON lots TO nh_gone_reader"))
    dump = tmp_path / "pre.dump"
    partial_backup = ops.backup(db_url, tmp_path / "ok")  # restorable while the role exists
    dump.write_bytes(partial_backup.path.read_bytes())
    with eng.connect() as conn:
        conn.execute(text("REVOKE ALL ON lots FROM nh_gone_reader"))
        conn.execute(text("DROP ROLE nh_gone_reader"))
    eng.dispose()
    assert ops.verify_backup(dump) > 0  # the old check: it reads back
    with pytest.raises(ops.BackupError, match="does not restore"):
        ops.trial_restore(db_url, dump)
    assert _scratch_databases(db_url) == []
