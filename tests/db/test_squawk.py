"""squawk lints each revision's offline SQL clean (what `make lint` runs); no database needed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from neurohub_desktop.db import migrate
from tools import squawk_lint

pytestmark = pytest.mark.skipif(
    squawk_lint.squawk_binary() is None, reason="squawk-cli is not installed (dev extra)"
)


def test_every_revision_lints_clean(tmp_path: Path) -> None:
    result = squawk_lint.lint(tmp_path)
    assert result.returncode == 0, result.output
    revisions = {s.revision for s in migrate.script_directory().walk_revisions()}
    assert {f.stem for f in result.files} == revisions
    # each file holds its own revision only
    text_004 = (tmp_path / "004_add_indexes.sql").read_text()
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_process_data_lot" in text_004
    assert "CREATE TABLE" not in text_004
    assert "SET lock_timeout" in text_004  # the offline script carries the session limits


def test_the_config_still_catches_unsafe_sql(tmp_path: Path) -> None:
    unsafe = tmp_path / "unsafe.sql"
    unsafe.write_text(
        "SET lock_timeout = '1s';\nSET statement_timeout = '1min';\n"
        "CREATE INDEX idx_x ON lots (shift);\n"
        "ALTER TABLE lots ADD CONSTRAINT uq_x UNIQUE (created_by);\n"
    )
    proc = subprocess.run(
        [
            str(squawk_lint.squawk_binary()),
            "--config",
            str(squawk_lint.config_path()),
            "--reporter",
            "gcc",
            str(unsafe),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0
    assert "require-concurrent-index-creation" in proc.stdout
    assert "disallowed-unique-constraint" in proc.stdout


def test_every_suppression_has_a_reason() -> None:
    lines = squawk_lint.config_path().read_text().splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("excluded_rules"))
    for i, line in enumerate(lines[start + 1 :], start + 1):
        if line.strip() == "]":
            break
        if line.strip().startswith('"'):
            assert lines[i - 1].strip().startswith("#"), f"no reason above {line.strip()}"
