"""Stairway: every revision goes up, down and up again; base → head → base → head with rows.

Revisions come from the script directory, so a new revision is covered without editing this.
"""

from __future__ import annotations

from migration_rows import populate, steps
from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db import migrate
from neurohub_desktop.db.ops import catalog_fingerprint, row_counts


def _scalar(url, sql):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        value = conn.execute(text(sql)).scalar_one()
    eng.dispose()
    return value


def _leftovers(url) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Anything of the project in the database besides alembic_version."""
    public = "'public'::regnamespace"
    return {
        "relations": _scalar(
            url,
            f"SELECT count(*) FROM pg_class WHERE relnamespace = {public}"
            " AND relname NOT IN ('alembic_version', 'alembic_version_pkc')",
        ),
        "sequences": _scalar(
            url, f"SELECT count(*) FROM pg_class WHERE relnamespace = {public} AND relkind = 'S'"
        ),
        "functions": _scalar(url, f"SELECT count(*) FROM pg_proc WHERE pronamespace = {public}"),
        "triggers": _scalar(url, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"),
        "event_triggers": _scalar(url, "SELECT count(*) FROM pg_event_trigger"),
        "types": _scalar(
            url,
            f"SELECT count(*) FROM pg_type WHERE typnamespace = {public}"
            " AND typname NOT IN ('alembic_version', '_alembic_version')",
        ),
        "schemas": _scalar(
            url,
            "SELECT count(*) FROM pg_namespace WHERE nspname NOT IN"
            " ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'",
        ),
        "extensions": _scalar(url, "SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql'"),
    }


def test_each_revision_up_down_up(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    for prev, revision in steps():
        migrate.upgrade(empty_db_url, revision)
        after_up = catalog_fingerprint(empty_db_url)
        migrate.downgrade(empty_db_url, prev)
        assert migrate.current_revisions(empty_db_url) == (() if prev == "base" else (prev,))
        migrate.upgrade(empty_db_url, revision)
        assert migrate.current_revisions(empty_db_url) == (revision,)
        assert catalog_fingerprint(empty_db_url) == after_up, revision


def test_base_head_base_head_with_rows_in_every_table(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    head = migrate.head_revision()
    for _round in range(2):
        migrate.upgrade(empty_db_url, "head")
        counts = populate(empty_db_url)
        empty = sorted(t for t, n in counts.items() if n == 0)
        assert empty == [], f"tables without rows at {head}: {empty} (extend migration_rows.py)"
        migrate.downgrade(empty_db_url, "base")
        assert migrate.current_revisions(empty_db_url) == ()
        assert row_counts(empty_db_url) == {"alembic_version": 0}
        assert _leftovers(empty_db_url) == dict.fromkeys(_leftovers(empty_db_url), 0)
