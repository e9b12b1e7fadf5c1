"""Add WIP tracking tables: wip_items, wip_process_history and the WIP rules

Revision ID: 006_add_wip_tables
Revises: 005_add_firmware_table
Create Date: 2025-11-21

Tables and the 10 indexes exactly as the plan's 006 DDL, except ``measurements`` and
``defects`` are JSONB (spec/domain.md §3), plus the extra CHECKs of domain.md §3.  (The plan's
"Expected: 10 indexes" query also lists the two primary keys and the UNIQUE wip_id: 13 rows.)

WIP rules (domain.md §4), each refusal with the SQLSTATE of the rule it extends:

* ``br004_wip_limit``        wip_items BEFORE INSERT: the LOT row is locked; LOT CREATED or
  IN_PROGRESS, ``sequence_in_lot`` ≤ target and at most ``target_quantity`` WIPs (NH004); a
  new WIP starts CREATED, with no step and no serial (NH002).  BR-007 (``br007_lot_in_progress``)
  runs AFTER INSERT as for serials.
* ``br002_wip_transition``   wip_items BEFORE UPDATE, the client's moves (NH002 unless noted):
  - start = set ``current_process_id`` (status → IN_PROGRESS): only a WIP step (≤ PROC-006);
    refused if the WIP is FAILED / COMPLETED / CONVERTED, already in progress at a step, already
    passed this step, or lacks a PASS at the previous active step; NH005 past the rework limit;
  - cancel = clear ``current_process_id`` (no history is written);
  - reopen = FAILED → IN_PROGRESS: the actor (``neurohub.user_id``) must be MANAGER or ADMIN
    and the WIP within the rework limit (NH005);
  - convert = COMPLETED → CONVERTED with ``serial_id`` (same LOT and sequence; one WIP per
    serial) — ``converted_at`` defaults to now();
  - any other status / serial / LOT change is refused.  Updates made by the rule triggers
    themselves (``pg_trigger_depth() > 1``) are trusted.
* ``br002_wip_history_check`` wip_process_history BEFORE INSERT (finish): only for the step in
  progress (NH002); ``started_at`` defaults to when the step was started (the WIP's
  ``updated_at``), ``completed_at`` to now(); fills ``duration_seconds`` (negative: NH003);
  PASS ⇒ no defects and no measurement item with result FAIL, FAIL/REWORK ⇒ ≥ 1 defect (NH003).
  BEFORE UPDATE: a finished attempt keeps its WIP, step and result (NH002).
* ``br003_wip_status``       wip_process_history AFTER INSERT: clears ``current_process_id``;
  PASS at PROC-006 → COMPLETED + ``completed_at``; FAIL → FAILED; otherwise IN_PROGRESS — except
  that the 4th non-PASS result exhausts the rework limit (a re-attempt is allowed after at most
  3) and leaves the WIP FAILED whatever its verdict (a WIP has no SCRAPPED: FAILED is the end).
* ``br002_process_order`` is replaced: a serial's step k also accepts a PASS at k−1 in the
  history of the WIP whose ``serial_id`` is that serial, and a serial that came from a WIP
  cannot record a WIP step (one source of truth per step).  The downgrade restores the exact
  002 text (loaded from the 002 module).

Audit (BR-006) on both tables, updated_at (BR-008) on wip_items (history has no updated_at).

``signatures`` (domain.md §7, signed decisions): signer (a users row, authenticated by PostgreSQL
when the signer connected to sign), meaning, reason, subject, station, server time and how long
the signature holds; written only by the signing functions, audited, append-only (UPDATE and
DELETE refused by ``nh_signatures_immutable``).  Meanings: ``EQUIPMENT_OVERRIDE`` (a
MANAGER lets a station record a measured PASS on equipment that is not fit, issue 14);
``REWORK_APPROVED`` / ``SCRAPPED`` (``nh_dispose_unit``: subject = the WIP id or serial) and
``RELEASED`` / ``CLOSED`` (``nh_set_lot_status``: subject = the LOT number), issue 15.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "006_add_wip_tables"
down_revision: str | Sequence[str] | None = "005_add_firmware_table"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def load_002() -> ModuleType:
    """Revision 002's module: the single source of the functions this revision replaces."""
    path = Path(__file__).with_name("002_add_triggers.py")
    spec = importlib.util.spec_from_file_location("neurohub_revision_002_add_triggers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_sql(part: str = "wip_rules") -> ModuleType:
    """The function texts of this revision, kept in migrations/sql_006_<part>.py (every
    .py file in versions/ must be a revision): ``wip_rules``, ``judge`` (measurements judged
    again) and ``security`` (roles, grants, the station / manager / admin functions).
    Frozen with this revision like the file."""
    path = Path(__file__).parent.parent / f"sql_006_{part}.py"
    spec = importlib.util.spec_from_file_location(f"neurohub_revision_006_{part}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: functions of 002 that this revision replaces (restored from 002 on downgrade)
REPLACED = ("br002_process_order",)

#: (trigger name, table, timing and events, function)
TRIGGERS: list[tuple[str, str, str, str]] = [
    ("trg_wip_items_br004_limit", "wip_items", "BEFORE INSERT", "br004_wip_limit"),
    ("trg_wip_items_br002_transition", "wip_items", "BEFORE UPDATE", "br002_wip_transition"),
    ("trg_wip_items_br007_lot_in_progress", "wip_items", "AFTER INSERT", "br007_lot_in_progress"),
    ("trg_wip_items_updated_at", "wip_items", "BEFORE UPDATE", "br008_set_updated_at"),
    ("trg_wip_items_audit", "wip_items", "AFTER INSERT OR UPDATE OR DELETE", "br006_audit"),
    (
        "trg_wip_process_history_br002_check",
        "wip_process_history",
        "BEFORE INSERT OR UPDATE",
        "br002_wip_history_check",
    ),
    (
        "trg_wip_process_history_br003_status",
        "wip_process_history",
        "AFTER INSERT",
        "br003_wip_status",
    ),
    (
        "trg_wip_process_history_audit",
        "wip_process_history",
        "AFTER INSERT OR UPDATE OR DELETE",
        "br006_audit",
    ),
    (
        "trg_process_data_br003_judge",
        "process_data",
        "BEFORE INSERT OR UPDATE",
        "br003_judge_record",
    ),
    ("trg_processes_br002_active", "processes", "BEFORE UPDATE", "br002_process_active"),
    ("trg_signatures_audit", "signatures", "AFTER INSERT OR UPDATE OR DELETE", "br006_audit"),
    (
        "trg_signatures_immutable",
        "signatures",
        "BEFORE UPDATE OR DELETE",
        "nh_signatures_immutable",
    ),
]

INDEXES = [
    "idx_wip_items_lot",
    "idx_wip_items_serial",
    "idx_wip_items_status",
    "idx_wip_items_current_process",
    "idx_wip_items_active",
    "idx_wip_items_completed_at",
    "idx_wip_process_history_wip_item",
    "idx_wip_process_history_process",
    "idx_wip_process_history_operator",
    "idx_wip_process_history_composite",
]


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def upgrade() -> None:
    op.create_table(
        "wip_items",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("wip_id", sa.String(19), nullable=False),  # WIP-{LOT}-{SEQ}
        sa.Column("lot_id", sa.BigInteger(), nullable=False),
        sa.Column("serial_id", sa.BigInteger(), nullable=True),
        sa.Column("sequence_in_lot", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), server_default="CREATED", nullable=False),
        sa.Column("current_process_id", sa.BigInteger(), nullable=True),
        sa.Column("completed_at", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("converted_at", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("NOW()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("NOW()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["lot_id"], ["lots.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["serial_id"], ["serials.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["current_process_id"], ["processes.id"], ondelete="SET NULL"),
        sa.UniqueConstraint("wip_id"),
        sa.UniqueConstraint("lot_id", "sequence_in_lot"),  # one WIP per LOT position
        sa.CheckConstraint(
            "status IN ('CREATED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CONVERTED', 'SCRAPPED')",
            name="chk_wip_status",
        ),
        # domain.md §3
        sa.CheckConstraint(
            "status <> 'CONVERTED' OR (serial_id IS NOT NULL AND converted_at IS NOT NULL)",
            name="chk_wip_converted_has_serial",
        ),
        sa.CheckConstraint(
            "status NOT IN ('COMPLETED', 'CONVERTED') OR completed_at IS NOT NULL",
            name="chk_wip_completed_at",
        ),
    )
    op.create_table(
        "wip_process_history",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("wip_item_id", sa.BigInteger(), nullable=False),
        sa.Column("process_id", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.BigInteger(), nullable=False),
        sa.Column("equipment_id", sa.BigInteger(), nullable=True),
        sa.Column("result", sa.String(20), nullable=False),  # PASS, FAIL, REWORK
        sa.Column(
            "measurements",
            postgresql.JSONB(),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "defects", postgresql.JSONB(), server_default=sa.text("'[]'::jsonb"), nullable=False
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("started_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("completed_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("NOW()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["wip_item_id"], ["wip_items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["process_id"], ["processes.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["operator_id"], ["users.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], ondelete="SET NULL", name="fk_equipment"
        ),
        sa.CheckConstraint("result IN ('PASS', 'FAIL', 'REWORK')", name="chk_process_result"),
    )

    # wip_items (6 indexes)
    op.create_index("idx_wip_items_lot", "wip_items", ["lot_id"])
    op.create_index("idx_wip_items_serial", "wip_items", ["serial_id"])
    op.create_index("idx_wip_items_status", "wip_items", ["status"])
    op.create_index("idx_wip_items_current_process", "wip_items", ["current_process_id"])
    op.create_index("idx_wip_items_active", "wip_items", ["lot_id", "status"])
    op.execute(
        "CREATE INDEX idx_wip_items_completed_at ON wip_items(completed_at)"
        " WHERE completed_at IS NOT NULL"
    )
    # wip_process_history (4 indexes)
    op.create_index("idx_wip_process_history_wip_item", "wip_process_history", ["wip_item_id"])
    op.create_index("idx_wip_process_history_process", "wip_process_history", ["process_id"])
    op.create_index("idx_wip_process_history_operator", "wip_process_history", ["operator_id"])
    op.create_index(
        "idx_wip_process_history_composite",
        "wip_process_history",
        ["wip_item_id", "process_id", sa.text("created_at DESC")],
    )

    # signed decisions (domain.md §7): who signed, meaning, reason, server time; append-only
    op.create_table(
        "signatures",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("signer_id", sa.BigInteger(), nullable=False),
        sa.Column("meaning", sa.String(30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(100), nullable=False),  # what was signed for
        sa.Column("station", sa.String(100), nullable=True),
        sa.Column(
            "details", postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False
        ),
        sa.Column(
            "signed_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("NOW()"),
            nullable=False,
        ),
        sa.Column("valid_until", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["signer_id"], ["users.id"], ondelete="RESTRICT"),
        sa.CheckConstraint(
            "meaning IN ('EQUIPMENT_OVERRIDE', 'REWORK_APPROVED', 'SCRAPPED', 'RELEASED', "
            "'CLOSED')",
            name="chk_signature_meaning",
        ),
        sa.CheckConstraint("length(btrim(reason)) BETWEEN 1 AND 500", name="chk_signature_reason"),
    )
    op.create_index(
        "idx_signatures_subject", "signatures", ["meaning", "subject", "station", "valid_until"]
    )

    for part in ("judge", "wip_rules", "security"):
        sql = load_sql(part)
        for name, text in sql.FUNCTIONS.items():
            op.execute(text)
            if name in getattr(sql, "COMMENTS", {}):  # names are unique: no argument list
                op.execute(f"COMMENT ON FUNCTION {name} IS {_sql_literal(sql.COMMENTS[name])}")
    for trigger, table, when, function in TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {trigger} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    op.execute("SELECT nh_setup_roles()")  # groups, kiosk, grants, the admin's login role


def downgrade() -> None:
    op.execute("SELECT nh_drop_roles()")
    for trigger, table, _when, _function in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    rev002 = load_002()
    for part in ("security", "wip_rules", "judge"):
        sql = load_sql(part)
        for name in reversed(sql.FUNCTIONS):
            if name in REPLACED:
                op.execute(rev002.FUNCTIONS[name])  # CREATE OR REPLACE with 002's exact text
            else:
                op.execute(f"DROP FUNCTION {name}")  # no overloads: the name is enough
    for index in reversed(INDEXES):
        op.drop_index(
            index,
            table_name=(
                "wip_items" if index.startswith("idx_wip_items") else "wip_process_history"
            ),
        )
    op.drop_index("idx_signatures_subject", table_name="signatures")
    op.drop_table("signatures")
    op.drop_table("wip_process_history")
    op.drop_table("wip_items")
