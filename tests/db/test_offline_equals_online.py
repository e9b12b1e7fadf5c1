"""`alembic upgrade head --sql` applied by psql builds the same schema as an online upgrade."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from cli_support import db_cli
from migration_rows import steps

from neurohub_desktop.db import migrate, roles
from neurohub_desktop.db.embedded import bin_dir
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.db.ops import catalog_fingerprint, row_counts

# pg_dump 17.6+/18 wraps plain output in \restrict <random key> … \unrestrict <key>.
_RESTRICT = re.compile(r"^\\(un)?restrict .*$", re.MULTILINE)


def _schema_dump(url) -> str:  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [str(bin_dir() / "pg_dump"), "--schema-only", "--no-owner", f"--dbname={libpq_dsn(url)}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    # roles are named per database (domain.md §7): compare them relative to it
    return _RESTRICT.sub("", out.stdout).replace(f"{roles.namespace(url.database)}_", "<ns>_")


def _psql(url, script: Path) -> None:  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [
            str(bin_dir() / "psql"),
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-f",
            str(script),
            libpq_dsn(url),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("concurrently", [False, True], ids=["plain", "concurrently"])
def test_offline_script_equals_online_upgrade(
    pg_server,
    empty_db_url,
    tmp_path,  # type: ignore[no-untyped-def]
    concurrently,
) -> None:
    options = {"concurrently": True} if concurrently else {}
    script = tmp_path / "migration.sql"
    script.write_text(migrate.sql_script("upgrade", "head", **options), encoding="utf-8")
    _psql(empty_db_url, script)

    online = pg_server.create_database()
    try:
        migrate.upgrade(online, "head", **options)
        assert migrate.current_revisions(empty_db_url) == migrate.current_revisions(online)
        assert _schema_dump(empty_db_url) == _schema_dump(online)
        assert catalog_fingerprint(empty_db_url) == catalog_fingerprint(online)
        assert row_counts(empty_db_url) == row_counts(online)  # seed data too
    finally:
        pg_server.drop_database(online)


def test_rollback_script_walks_back_to_the_previous_revision(empty_db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The plan's `alembic downgrade -1 --sql > rollback.sql`, for every revision."""
    for prev, revision in reversed(steps()):
        migrate.upgrade(empty_db_url, revision)
        before = catalog_fingerprint(empty_db_url)
        script = tmp_path / f"rollback_{revision}.sql"
        script.write_text(migrate.sql_script("downgrade", f"{revision}:{prev}"), encoding="utf-8")
        _psql(empty_db_url, script)
        assert migrate.current_revisions(empty_db_url) == (() if prev == "base" else (prev,))
        migrate.upgrade(empty_db_url, revision)
        assert catalog_fingerprint(empty_db_url) == before
        migrate.downgrade(empty_db_url, prev)


def _cli_sql(url, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    # a dry run writes nothing (no backup either): a data folder that does not exist
    return db_cli(url, "/nonexistent", *args, timeout=120)


def test_cli_downgrade_relative_sql_is_the_rollback_of_now(pg_server, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`db downgrade -1 --sql` at 006, applied with psql: 005, as an online downgrade leaves it."""
    walk = steps()
    head, prev = walk[-1][1], walk[-1][0]
    assert migrate.current_revisions(db_url) == (head,)
    out = _cli_sql(db_url, "downgrade", "-1", "--sql")
    assert out.returncode == 0, out.stderr
    assert f"version_num='{prev}'" in out.stdout.replace(" ", "")
    script = tmp_path / "rollback.sql"
    script.write_text(out.stdout, encoding="utf-8")
    assert migrate.current_revisions(db_url) == (head,)  # printing touched nothing
    _psql(db_url, script)
    assert migrate.current_revisions(db_url) == (prev,)

    online = pg_server.create_database(template="nh_template_head")
    try:
        pg_server.setup_roles(online)
        migrate.downgrade(online, prev)
        assert catalog_fingerprint(db_url) == catalog_fingerprint(online)
    finally:
        pg_server.drop_database(online)

    two = _cli_sql(db_url, "downgrade", "-2", "--sql")  # from 005 now: 005 → 003
    assert two.returncode == 0, two.stderr
    assert f"version_num='{walk[-3][0]}'" in two.stdout.replace(" ", "")
    up = _cli_sql(db_url, "upgrade", "--sql")  # from 005 to head only
    assert up.returncode == 0, up.stderr
    assert "CREATE TABLE wip_items" in up.stdout and "CREATE TABLE lots" not in up.stdout
    too_far = _cli_sql(db_url, "downgrade", "-9", "--sql")
    assert too_far.returncode == 2 and "outside" in too_far.stderr


def test_cli_downgrade_sql_on_an_empty_database_is_refused(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    out = _cli_sql(empty_db_url, "downgrade", "-1", "--sql")
    assert out.returncode == 2 and "nothing to roll back" in out.stderr
    up = _cli_sql(empty_db_url, "upgrade", "--sql")
    assert up.returncode == 0 and "CREATE TABLE lots" in up.stdout


@pytest.mark.parametrize("major", [15, 16])
def test_rollback_sql_on_older_servers(request, major, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same on PostgreSQL 15 and 16: the printed rollback leaves 005 as an online one."""
    old = request.getfixturevalue(f"pg{major}_server")
    prev = steps()[-1][0]
    offline, online = old.create_database(), old.create_database()
    try:
        for url in (offline, online):
            migrate.upgrade(url, "head")
        out = _cli_sql(offline, "downgrade", "-1", "--sql")
        assert out.returncode == 0, out.stderr
        script = tmp_path / "rollback.sql"
        script.write_text(out.stdout, encoding="utf-8")
        _psql(offline, script)
        migrate.downgrade(online, prev)
        assert migrate.current_revisions(offline) == (prev,)
        assert catalog_fingerprint(offline) == catalog_fingerprint(online)
    finally:
        old.drop_database(offline)
        old.drop_database(online)
