"""The ORM models and the migrations describe the same schema (what `alembic check` does)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, pool

from neurohub_desktop.db import migrate
from neurohub_desktop.db.models import metadata

# Which revision introduces which table, so the comparison is exact at every head.
TABLES_SINCE = {
    "001_initial_schema": {
        "product_models",
        "lots",
        "serials",
        "processes",
        "process_data",
        "users",
    },
    "003_add_audit_logs": {"audit_logs"},
    "005_add_firmware_table": {"firmware_versions", "equipment"},
    "006_add_wip_tables": {"wip_items", "wip_process_history"},
}


def _tables_at_head() -> set[str]:
    scripts = migrate.script_directory()
    present = {s.revision for s in scripts.walk_revisions()}
    return set().union(*(t for rev, t in TABLES_SINCE.items() if rev in present))


def test_models_match_head(db_url) -> None:  # type: ignore[no-untyped-def]
    tables = _tables_at_head()
    assert tables <= set(metadata.tables)

    def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table is None or table in tables

    engine = create_engine(db_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "target_metadata": metadata,
                "include_object": include_object,
            },
        )
        diffs = compare_metadata(ctx, metadata)
    engine.dispose()
    assert diffs == []
