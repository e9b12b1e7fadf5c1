"""004 on a populated database: CREATE INDEX CONCURRENTLY, and recovery from a failed build.

A concurrent build that fails leaves an INVALID index behind.  Two ways to get one here:
a writer that keeps its transaction open makes the build time out (lock_timeout) after the
index was registered — the real failure mode on a busy line — and a UNIQUE concurrent build
over duplicate values.  A re-run must end with every index valid and with the schema 004
defines (its checked-in fingerprint).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from migration_rows import populate
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import OperationalError
from test_fingerprint import expected

from neurohub_desktop.db import migrate
from neurohub_desktop.db.ops import catalog_fingerprint, row_counts

BEFORE = "003_add_audit_logs"
REVISION = "004_add_indexes"


def _indexes(url) -> dict[str, tuple[bool, int]]:  # type: ignore[no-untyped-def]
    """index name → (valid, oid) for the public schema."""
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.relname, i.indisvalid, c.oid FROM pg_index i JOIN pg_class c"
                " ON c.oid = i.indexrelid WHERE c.relnamespace = 'public'::regnamespace"
            )
        ).all()
    eng.dispose()
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.fixture
def populated_003(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, BEFORE)
    populate(empty_db_url, units=5)
    return empty_db_url


def test_concurrent_upgrade_on_rows_builds_the_same_schema(populated_003) -> None:  # type: ignore[no-untyped-def]
    counts = row_counts(populated_003)
    migrate.upgrade(populated_003, REVISION, concurrently=True)
    assert migrate.current_revisions(populated_003) == (REVISION,)
    assert all(valid for valid, _oid in _indexes(populated_003).values())
    assert catalog_fingerprint(populated_003) == expected(REVISION)
    assert row_counts(populated_003) == counts
    # and back down concurrently too
    migrate.downgrade(populated_003, BEFORE, concurrently=True)
    assert catalog_fingerprint(populated_003) == expected(BEFORE)


def test_build_interrupted_by_a_writer_then_rerun(populated_003) -> None:  # type: ignore[no-untyped-def]
    writer = create_engine(populated_003, poolclass=pool.NullPool)
    with writer.connect() as conn:
        # An open transaction holding a write lock on serials: CREATE INDEX CONCURRENTLY on
        # serials registers its index, then waits for this transaction and times out.
        conn.execute(text("LOCK TABLE serials IN ROW EXCLUSIVE MODE"))
        with pytest.raises(OperationalError, match="lock timeout"):
            migrate.upgrade(populated_003, REVISION, concurrently=True, lock_timeout="300ms")
        conn.rollback()
    writer.dispose()
    assert migrate.current_revisions(populated_003) == (BEFORE,)
    left = _indexes(populated_003)
    assert left["idx_lot_number"][0] is True  # built before the failure, valid
    assert left["idx_serial_number"][0] is False  # the failed build: INVALID
    kept_oid = left["idx_lot_number"][1]

    migrate.upgrade(populated_003, REVISION, concurrently=True)
    after = _indexes(populated_003)
    assert migrate.current_revisions(populated_003) == (REVISION,)
    assert all(valid for valid, _oid in after.values())
    assert after["idx_lot_number"][1] == kept_oid  # a valid leftover is kept, not rebuilt
    assert after["idx_serial_number"][1] != left["idx_serial_number"][1]  # rebuilt
    assert catalog_fingerprint(populated_003) == expected(REVISION)


def _invalid_leftover(url) -> None:  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # Every process_data row of the fixture shares its lot_id: a UNIQUE build fails and
        # leaves an invalid index under the name 004 uses.
        with pytest.raises(Exception, match="could not create unique index"):
            conn.execute(
                text(
                    "CREATE UNIQUE INDEX CONCURRENTLY idx_process_data_lot ON process_data (lot_id)"
                )
            )
    eng.dispose()
    assert _indexes(url)["idx_process_data_lot"][0] is False


def test_invalid_leftover_from_a_failed_unique_build_is_replaced(populated_003) -> None:  # type: ignore[no-untyped-def]
    _invalid_leftover(populated_003)
    migrate.upgrade(populated_003, REVISION, concurrently=True)
    assert all(valid for valid, _oid in _indexes(populated_003).values())
    # the rebuilt index is 004's (not unique), not the leftover
    assert catalog_fingerprint(populated_003) == expected(REVISION)


def test_alembic_command_line_x_option(populated_003) -> None:  # type: ignore[no-untyped-def]
    """`alembic -x concurrently=true upgrade …` reaches the revision, not only attributes."""
    _invalid_leftover(populated_003)
    repo = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "NEUROHUB_DATABASE_URL": populated_003.render_as_string(hide_password=False),
        "NEUROHUB_DATA_DIR": "/tmp/nh-concurrent-x-unused",
    }
    out = subprocess.run(
        [
            str(Path(sys.executable).parent / "alembic"),
            "-c",
            str(repo / "alembic.ini"),
            "-x",
            "concurrently=true",
            "upgrade",
            REVISION,
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr  # the plain path would stop at "already exists"
    assert "INVALID" in out.stderr  # the repair was logged
    assert catalog_fingerprint(populated_003) == expected(REVISION)


def test_plain_path_refuses_an_existing_index(populated_003) -> None:  # type: ignore[no-untyped-def]
    """Without -x concurrently the build is transactional: a leftover is an error, not kept."""
    eng = create_engine(populated_003, poolclass=pool.NullPool)
    with eng.begin() as conn:
        conn.execute(text("CREATE INDEX idx_serial_lot ON serials (status)"))
    eng.dispose()
    with pytest.raises(Exception, match="already exists"):
        migrate.upgrade(populated_003, REVISION)
    assert migrate.current_revisions(populated_003) == (BEFORE,)
    assert "idx_lot_number" not in _indexes(populated_003)  # rolled back as a whole
