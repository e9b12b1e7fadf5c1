"""Add firmware_versions and equipment

Revision ID: 005_add_firmware_table
Revises: 004_add_indexes
Create Date: 2025-01-17

``firmware_versions`` (spec/domain.md §3) with the plan's 4 indexes: the PK, the UNIQUE
version, one active version per target MCU (a partial UNIQUE index on ``target_mcu`` WHERE
``is_active``: activating a new version means deactivating the old one in the same
transaction), and ``released_at DESC`` (the firmware admin list, newest first; PROC-004
reads the active version through the partial index).

``equipment`` is created here because the plan's 006 references ``equipment.id`` and nothing
earlier creates it.  Besides its PK and UNIQUE code, ``idx_equipment_process`` serves station
setup ("the equipment of this process") and the SET NULL action when a process is deleted.

Both tables get BR-008 (``trg_<table>_updated_at``) and BR-006 (``trg_<table>_audit``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "005_add_firmware_table"
down_revision: str | Sequence[str] | None = "004_add_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TSTZ = sa.TIMESTAMP(timezone=True)
NOW = sa.text("now()")
TABLES = ("firmware_versions", "equipment")

#: (name, table, definition) — new tables, so built plainly inside the transaction.
INDEXES = [
    (
        "idx_firmware_versions_active_mcu",
        "firmware_versions",
        "CREATE UNIQUE INDEX idx_firmware_versions_active_mcu ON firmware_versions (target_mcu)"
        " WHERE is_active",
    ),
    (
        "idx_firmware_versions_released_at",
        "firmware_versions",
        "CREATE INDEX idx_firmware_versions_released_at ON firmware_versions (released_at DESC)",
    ),
    (
        "idx_equipment_process",
        "equipment",
        "CREATE INDEX idx_equipment_process ON equipment (process_id)",
    ),
]


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_at", TSTZ, server_default=NOW, nullable=False),
        sa.Column("updated_at", TSTZ, server_default=NOW, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "firmware_versions",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(50), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("file_path", sa.String(500), nullable=False),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.Column("md5_hash", sa.CHAR(32), nullable=False),
        sa.Column("target_mcu", sa.String(100), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("released_at", TSTZ, server_default=NOW, nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version"),
        sa.CheckConstraint("file_size > 0", name="chk_firmware_file_size"),
        sa.CheckConstraint("md5_hash ~ '^[0-9a-f]{32}$'", name="chk_firmware_md5"),
    )
    op.create_table(
        "equipment",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("equipment_code", sa.String(50), nullable=False),
        sa.Column("equipment_name", sa.String(255), nullable=False),
        sa.Column("equipment_type", sa.String(50), nullable=False),
        sa.Column("process_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(20), server_default="AVAILABLE", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "specifications",
            postgresql.JSONB(),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["process_id"], ["processes.id"], ondelete="SET NULL"),
        sa.UniqueConstraint("equipment_code"),
        sa.CheckConstraint(
            "status IN ('AVAILABLE', 'IN_USE', 'MAINTENANCE', 'OUT_OF_SERVICE', 'RETIRED')",
            name="chk_equipment_status",
        ),
    )
    for _name, _table, ddl in INDEXES:
        op.execute(ddl)
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER trg_{table}_updated_at BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION br008_set_updated_at()"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION br006_audit()"
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.execute(f"DROP TRIGGER trg_{table}_audit ON {table}")
        op.execute(f"DROP TRIGGER trg_{table}_updated_at ON {table}")
    for name, _table, _ddl in reversed(INDEXES):
        op.execute(f"DROP INDEX {name}")
    op.drop_table("equipment")
    op.drop_table("firmware_versions")
