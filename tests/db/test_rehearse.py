"""`db fingerprint` and `db rehearse`: staging checks on the real data, the source untouched."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_support import db_cli as _cli
from migration_rows import populate
from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db import migrate, ops

BEFORE = "004_add_indexes"


def _databases(url) -> set[str]:  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT datname FROM pg_database"))}
    eng.dispose()
    return names


def test_fingerprint_prints_the_catalog_fingerprint(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = _cli(db_url, tmp_path, "fingerprint")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == ops.catalog_fingerprint(db_url)
    short = _cli(db_url, tmp_path, "fingerprint", "--short")
    assert short.stdout.strip() == ops.fingerprint_digest(ops.catalog_fingerprint(db_url))
    assert re.fullmatch(r"[0-9a-f]{64}", short.stdout.strip())


@pytest.mark.parametrize("server", ["pg18", "pg15", "pg16"])
def test_rehearse_latest_backup_on_data(request, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pg = request.getfixturevalue("pg_server" if server == "pg18" else f"{server}_server")
    url = pg.create_database()
    try:
        _rehearse_on(url, tmp_path)
    finally:
        pg.drop_database(url)


def _rehearse_on(empty_db_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = empty_db_url
    migrate.upgrade(empty_db_url, BEFORE)
    populate(empty_db_url)
    ops.backup(empty_db_url, tmp_path / "backups")
    before = (
        migrate.current_revisions(empty_db_url),
        ops.row_counts(empty_db_url),
        ops.catalog_fingerprint(empty_db_url),
    )
    databases = _databases(empty_db_url)

    out = _cli(empty_db_url, tmp_path, "rehearse")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("rehearsal of ") and "on PostgreSQL " in lines[0]
    assert f"at {BEFORE}" in lines[1]
    pending = ops.pending_revisions((BEFORE,))
    assert pending and pending[-1] == migrate.head_revision()
    for revision in pending:
        assert any(re.fullmatch(rf"  {revision}: \d+\.\d\d s", ln) for ln in lines), out.stdout
    assert "fingerprint: equal to a fresh head" in out.stdout
    assert _databases(empty_db_url) == databases  # the scratch databases are gone
    after = (
        migrate.current_revisions(empty_db_url),
        ops.row_counts(empty_db_url),
        ops.catalog_fingerprint(empty_db_url),
    )
    assert after == before  # the source untouched

    (dump,) = (tmp_path / "backups").glob("*.dump")
    named = _cli(empty_db_url, tmp_path / "elsewhere", "rehearse", str(dump))
    assert named.returncode == 0, named.stderr
    assert str(dump) in named.stdout and _databases(url) == databases


def test_rehearse_without_a_backup_is_refused(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = _cli(db_url, tmp_path, "rehearse")
    assert out.returncode == 2 and "no backup" in out.stderr
