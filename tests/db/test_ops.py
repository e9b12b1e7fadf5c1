"""`neurohub-desktop db upgrade` backs up first; `db restore` brings the backup back exactly."""

from __future__ import annotations

import re

import pytest
from cli_support import db_cli as _cli
from migration_rows import populate
from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db import migrate, ops

BEFORE = "003_add_audit_logs"


def _digests(url) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """md5 of every table's rows in id order: the data itself, not only how much."""
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                    " AND relkind = 'r' ORDER BY 1"
                )
            )
        ]
        digests = {
            t: conn.execute(
                text(
                    "SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), ''))"
                    f" FROM {t} x"
                )
            ).scalar_one()
            for t in tables
        }
    eng.dispose()
    return digests


@pytest.fixture
def populated(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, BEFORE)
    populate(empty_db_url)
    return empty_db_url


def test_upgrade_backs_up_and_restore_gives_the_same_database(  # type: ignore[no-untyped-def]
    populated, pg_server, tmp_path
) -> None:
    before = (ops.catalog_fingerprint(populated), ops.row_counts(populated), _digests(populated))
    out = _cli(populated, tmp_path / "data", "upgrade")
    assert out.returncode == 0, out.stderr
    assert migrate.current_revisions(populated) == (migrate.head_revision(),)
    (dump,) = (tmp_path / "data" / "backups").glob("*.dump")
    assert re.fullmatch(rf"backup_{populated.database}_\d{{8}}_\d{{6}}\.dump", dump.name)
    assert str(dump) in out.stdout
    assert ops.verify_backup(dump) > 0

    restored = pg_server.create_database()
    try:
        rst = _cli(restored, tmp_path / "data", "restore", str(dump))
        assert rst.returncode == 0, rst.stderr
        assert migrate.current_revisions(restored) == (BEFORE,)
        # the same schema; its grants name the source database's roles (a restore into a
        # database of another name is followed by `db setup-roles`, README)
        restored_print = ops.catalog_fingerprint(restored)
        assert {k: v for k, v in restored_print.items() if k != "privileges"} == {
            k: v for k, v in before[0].items() if k != "privileges"
        }
        assert ops.row_counts(restored) == before[1]
        assert _digests(restored) == before[2]
        # the restored database moves on like the original did
        migrate.upgrade(restored, "head")
        assert ops.catalog_fingerprint(restored) == ops.catalog_fingerprint(populated)
    finally:
        pg_server.drop_database(restored)


def test_restore_refuses_a_database_that_is_not_empty(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dump = ops.backup(db_url, tmp_path / "b").path
    counts = ops.row_counts(db_url)
    out = _cli(db_url, tmp_path / "data", "restore", str(dump))
    assert out.returncode == 3 and "not empty" in out.stderr
    assert ops.row_counts(db_url) == counts


def test_failed_backup_refuses_to_migrate_unless_no_backup(populated, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "not-a-folder"
    data_dir.write_text("a file where the backup folder's parent should be")
    out = _cli(populated, data_dir, "upgrade")
    assert out.returncode == 3
    assert "backup failed, the database was not migrated" in out.stderr
    assert migrate.current_revisions(populated) == (BEFORE,)

    forced = _cli(populated, data_dir, "upgrade", "--no-backup")
    assert forced.returncode == 0, forced.stderr
    assert "no backup taken" in forced.stderr
    assert migrate.current_revisions(populated) == (migrate.head_revision(),)


def test_pg_dump_failure_leaves_no_file(populated, tmp_path) -> None:  # type: ignore[no-untyped-def]
    eng = create_engine(populated, poolclass=pool.NullPool)
    with eng.connect() as conn:
        conn.execute(text("LOCK TABLE lots IN ACCESS EXCLUSIVE MODE"))  # pg_dump cannot read
        with pytest.raises(ops.BackupError, match="pg_dump failed"):
            ops.backup(populated, tmp_path / "b", lock_wait_timeout="200ms")
        conn.rollback()
    eng.dispose()
    assert list((tmp_path / "b").iterdir()) == []


def test_truncated_backup_is_rejected(populated, pg_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dump = ops.backup(populated, tmp_path / "b").path
    data = dump.read_bytes()
    dump.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(ops.BackupError):
        ops.verify_backup(dump)
    target = pg_server.create_database()
    try:
        with pytest.raises(ops.RestoreError):
            ops.restore(target, dump)
        assert ops.user_objects(target) == 0
    finally:
        pg_server.drop_database(target)


def test_status_prints_the_plan_figures(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ops.backup(db_url, tmp_path / "data" / "backups")
    out = _cli(db_url, tmp_path / "data", "status")
    assert out.returncode == 0, out.stderr
    status = ops.status(db_url, tmp_path / "data" / "backups")
    assert f"revision:        {migrate.head_revision()}" in out.stdout
    assert f"indexes:         {status.indexes}" in out.stdout and status.indexes >= 30
    assert f"tables:          {status.tables}" in out.stdout
    assert f"triggers:        {status.triggers} ({status.trigger_rows}" in out.stdout
    assert str(tmp_path / "data" / "backups") in out.stdout
    assert status.latest_backup is not None and str(status.latest_backup) in out.stdout
    assert status.invalid_indexes == ()


def test_sql_dry_run_and_rollback_scripts(tmp_path, empty_db_url) -> None:  # type: ignore[no-untyped-def]
    up = _cli(empty_db_url, tmp_path, "upgrade", "--sql")
    assert up.returncode == 0 and "CREATE TABLE lots" in up.stdout
    assert "CREATE INDEX idx_process_data_lot" in up.stdout
    conc = _cli(empty_db_url, tmp_path, "upgrade", "--sql", "--concurrently")
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_process_data_lot" in conc.stdout
    down = _cli(
        empty_db_url, tmp_path, "downgrade", "--sql", "005_add_firmware_table:004_add_indexes"
    )
    assert down.returncode == 0 and "DROP TABLE equipment" in down.stdout
    assert migrate.current_revisions(empty_db_url) == ()  # dry runs touch nothing
    assert not (tmp_path / "backups").exists()
