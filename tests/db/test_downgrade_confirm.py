"""`db downgrade` dropping tables with rows: says what goes, asks, guards the audit trail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from migration_rows import populate

from neurohub_desktop.db import migrate, ops


def _cli(url, data_dir: Path, *args: str, answer: str = "") -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {
        "NEUROHUB_DATABASE_URL": url.render_as_string(hide_password=False),
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "NEUROHUB_DATA_DIR": str(data_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "neurohub_desktop", "db", "downgrade", *args],
        input=answer,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


@pytest.fixture
def populated(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "head")
    populate(empty_db_url)
    return empty_db_url


def _backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("*.dump"))


def test_losses_are_read_from_the_rollback_sql(populated) -> None:  # type: ignore[no-untyped-def]
    assert "wip_items" in ops.tables_dropped(populated, "-1")
    losses = ops.downgrade_losses(populated, "005_add_firmware_table")
    assert losses and all(n > 0 for n in losses.values())
    assert "wip_items" in losses and "lots" not in losses
    assert "audit_logs" in ops.downgrade_losses(populated, "base")


def test_no_answer_refuses_after_the_backup(populated, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counts = ops.row_counts(populated)
    losses = ops.downgrade_losses(populated, "-1")
    out = _cli(populated, tmp_path, "-1", answer="no\n")
    assert out.returncode == 2, out.stderr
    assert "drops these tables" in out.stderr
    for table, rows in losses.items():
        assert f"  {table}: {rows}" in out.stderr
    assert "not confirmed" in out.stderr
    assert len(_backups(tmp_path)) == 1 and "backup " in out.stdout  # taken first, kept
    assert migrate.current_revisions(populated) == (migrate.head_revision(),)
    assert ops.row_counts(populated) == counts
    eof = _cli(populated, tmp_path, "-1")  # no terminal, no answer: no
    assert eof.returncode == 2 and "not confirmed" in eof.stderr


def test_yes_answer_and_yes_flag_downgrade(populated, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = _cli(populated, tmp_path, "-1", answer="yes\n")
    assert out.returncode == 0, out.stderr
    assert "drops these tables" in out.stderr
    assert migrate.current_revisions(populated) == ("005_add_firmware_table",)
    populate_more = ops.downgrade_losses(populated, "004_add_indexes")
    assert populate_more  # firmware and equipment hold rows
    flagged = _cli(populated, tmp_path, "004_add_indexes", "--yes")
    assert flagged.returncode == 0, flagged.stderr
    assert "Type yes" not in flagged.stderr
    assert migrate.current_revisions(populated) == ("004_add_indexes",)


def test_below_003_needs_the_database_name(populated, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counts = ops.row_counts(populated)
    assert counts["audit_logs"] > 0
    refused = _cli(populated, tmp_path, "base", "--yes")
    assert refused.returncode == 2
    assert "--confirm-database" in refused.stderr and populated.database in refused.stderr
    wrong = _cli(populated, tmp_path, "002_add_triggers", "--yes", "--confirm-database", "other")
    assert wrong.returncode == 2
    assert ops.row_counts(populated) == counts
    assert migrate.current_revisions(populated) == (migrate.head_revision(),)
    named = _cli(populated, tmp_path, "base", "--confirm-database", str(populated.database))
    assert named.returncode == 0, named.stderr
    assert migrate.current_revisions(populated) == ()


def test_nothing_lost_nothing_asked(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database whose dropped tables are empty steps back without a question."""
    dropped = ops.tables_dropped(db_url, "-1")
    assert not any(ops.row_counts(db_url)[t] for t in dropped)
    out = _cli(db_url, tmp_path, "-1")
    assert out.returncode == 0, out.stderr
    assert "Type yes" not in out.stderr
