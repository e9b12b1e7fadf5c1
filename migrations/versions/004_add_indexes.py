"""Add indexes: the plan's performance indexes (30+ in public)

Revision ID: 004_add_indexes
Revises: 003_add_audit_logs
Create Date: 2025-01-17

The plan counts indexes per table including the PK/UNIQUE ones 001 made: lots 6, serials 7,
process_data 13, other tables 4+ (audit_logs gets 4 more here).  Every index below names the
query of the application that needs it.

Unique indexes the plan names over columns that already carry a UNIQUE constraint
(idx_lot_number, idx_serial_number) would be exact copies of the constraint's own index.
Instead the named index is built and the constraint is moved onto it
(``ADD CONSTRAINT … UNIQUE USING INDEX``), so one index remains and it has the plan's name.
The downgrade moves the constraint back under its 001 name.

On a live database run ``alembic -x concurrently=true upgrade 004_add_indexes`` (or
``neurohub-desktop db upgrade --concurrently``): each index is then built with
CREATE INDEX CONCURRENTLY, and a re-run after a failed build rebuilds any INVALID leftover
(migrations/indexes_004.py, frozen with this revision).  Only the two constraint swaps take
a short ACCESS EXCLUSIVE lock (bounded by lock_timeout, see env.py).  A concurrent build may
exceed the default statement_timeout on tens of millions of rows: add ``-x statement_timeout=0``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op


def _load_indexes() -> ModuleType:
    """migrations/indexes_004.py (every .py file in versions/ must be a revision): the index
    builder of this revision, frozen with it — no live application code is imported here."""
    name = "neurohub_revision_004_indexes"
    if name not in sys.modules:  # its dataclass needs its module registered
        path = Path(__file__).parent.parent / "indexes_004.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


_indexes = _load_indexes()
IndexSpec, create_indexes, drop_indexes = (
    _indexes.IndexSpec,
    _indexes.create_indexes,
    _indexes.drop_indexes,
)

revision: str = "004_add_indexes"
down_revision: str | Sequence[str] | None = "003_add_audit_logs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, the old constraint it replaces) — UNIQUE constraints moved onto the plan's index.
CONSTRAINT_SWAPS = [
    ("lots", "idx_lot_number", "uq_lots_lot_number", "lot_number"),
    ("serials", "idx_serial_number", "uq_serials_serial_number", "serial_number"),
]

INDEXES = [
    # ---- 1. UNIQUE (integrity) --------------------------------------------------------
    # Station scan of a LOT label / LOT board search: WHERE lot_number = :scanned.
    # LOT number generator: max(lot_number) LIKE 'WF261128D%'.
    IndexSpec("idx_lot_number", "lots", "(lot_number)", unique=True),
    # Station scan of a serial label (PROC-007/008), traceability search by serial.
    IndexSpec("idx_serial_number", "serials", "(serial_number)", unique=True),
    # ---- 2. Foreign keys (joins; RESTRICT checks when a parent row is deleted) ----------
    # LOT detail: the LOT's serials (its unique (lot_id, sequence) index also serves this,
    # but the plan names this narrower one; it stays for the plan's verification).
    IndexSpec("idx_serial_lot", "serials", "(lot_id)"),
    # LOT board / LOT report: every step record of a LOT; RESTRICT check on lots.
    IndexSpec("idx_process_data_lot", "process_data", "(lot_id)"),
    # Traceability timeline of a serial: all its records; RESTRICT check on serials.
    IndexSpec("idx_process_data_serial", "process_data", "(serial_id)"),
    # LOTs of a model (model admin); RESTRICT check when a model is deleted.
    IndexSpec("idx_lot_product_model", "lots", "(product_model_id)"),
    # ---- 3. Composite ----------------------------------------------------------------
    # Supervisor LOT board: WHERE status IN (…) ORDER BY created_at DESC.
    IndexSpec("idx_lot_status_created", "lots", "(status, created_at DESC)"),
    # BR-002/BR-003 trigger lookups and station scan: the unit's record of step k / k-1.
    IndexSpec("idx_process_data_serial_process", "process_data", "(serial_id, process_id)"),
    # Yield per step over a period and the station's "recent records" list (newest first);
    # its leading column also serves the RESTRICT check on processes.
    IndexSpec("idx_process_data_process_time", "process_data", "(process_id, start_time DESC)"),
    # Operator history / per-operator output; RESTRICT check on users.
    IndexSpec("idx_process_data_operator_time", "process_data", "(operator_id, start_time DESC)"),
    # Yield per step: COUNT(*) FILTER (result = …) by process for finished records,
    # answered from the index alone (result is INCLUDEd).
    IndexSpec(
        "idx_process_data_yield",
        "process_data",
        "(process_id, complete_time) INCLUDE (result)",
        where="complete_time IS NOT NULL",
    ),
    # (The audit viewer's "history of one record" index comes with 003.)
    # Audit viewer filtered by table and date range, newest first.
    IndexSpec("idx_audit_logs_table_created", "audit_logs", "(table_name, created_at DESC)"),
    # Audit viewer filtered by the acting user ("what did this user change").
    IndexSpec("idx_audit_logs_user", "audit_logs", "(user_id, created_at DESC)"),
    # Audit viewer filtered by station PC ("what was changed from this station").
    IndexSpec("idx_audit_logs_station", "audit_logs", "(station, created_at DESC)"),
    # ---- 4. Partial ------------------------------------------------------------------
    # Supervisor "failed units" per LOT (reopen / scrap list).
    IndexSpec("idx_serial_failed", "serials", "(lot_id, status)", where="status = 'FAILED'"),
    # WIP distribution at serial stage (open steps) and BR-002 "no second open record".
    IndexSpec(
        "idx_process_data_incomplete",
        "process_data",
        "(serial_id, process_id)",
        where="complete_time IS NULL",
    ),
    # Pareto by defect code per step and period: reads only the FAIL/REWORK records.
    IndexSpec(
        "idx_process_data_failures",
        "process_data",
        "(process_id, complete_time DESC)",
        where="result IN ('FAIL', 'REWORK')",
    ),
    # Throughput / hourly output: finished records in a time window, newest first.
    IndexSpec(
        "idx_process_data_complete_time",
        "process_data",
        "(complete_time DESC)",
        where="complete_time IS NOT NULL",
    ),
    # Rework report: reworked attempts in a period.
    IndexSpec("idx_process_data_rework", "process_data", "(start_time DESC)", where="is_rework"),
    # Daily output: LOTs completed per day.
    IndexSpec(
        "idx_lot_completed_at", "lots", "(completed_at DESC)", where="completed_at IS NOT NULL"
    ),
    # Daily output / shipping report: serials finished per day.
    IndexSpec(
        "idx_serial_completed_at",
        "serials",
        "(completed_at DESC)",
        where="completed_at IS NOT NULL",
    ),
    # ---- 5. Time ranges --------------------------------------------------------------
    # LOT list by creation date (all statuses), e.g. the production report's period.
    IndexSpec("idx_lot_created_at", "lots", "(created_at DESC)"),
    # Traceability search by date / serials issued (PROC-007 conversions) per day.
    IndexSpec("idx_serial_created_at", "serials", "(created_at DESC)"),
    # Shift / daily production report over 40 M rows a year: process_data is append-mostly
    # in start_time order, so a BRIN index (a few pages) narrows the period cheaply.
    IndexSpec("idx_process_data_start_brin", "process_data", "USING brin (start_time)"),
    # Audit viewer over a date range (100 M rows a year, append-only in created_at order):
    # BRIN.  Its default "newest first" page walks the primary key backwards instead.
    IndexSpec("idx_audit_logs_created_brin", "audit_logs", "USING brin (created_at)"),
    # ---- 6. GIN (JSONB) --------------------------------------------------------------
    # Pareto by defect code / measurement search:
    # process_specific_data @> '{"defects": [{"code": "SENSOR_TEMP_FAIL"}]}'.
    IndexSpec("idx_process_data_jsonb", "process_data", "USING gin (process_specific_data)"),
]


def _swap_constraints(to_index: bool) -> None:
    for table, index, constraint, _column in CONSTRAINT_SWAPS:
        old, new = (constraint, index) if to_index else (index, constraint)
        op.execute(
            "-- The UNIQUE constraint moves onto an identical, already built index in one\n"
            "-- statement: uniqueness never lapses (squawk's ban-drop-constraint).\n"
            "-- squawk-ignore ban-drop-constraint\n"
            f"ALTER TABLE {table} DROP CONSTRAINT {old},"
            f" ADD CONSTRAINT {new} UNIQUE USING INDEX {new}"
        )


def upgrade() -> None:
    create_indexes(INDEXES)
    _swap_constraints(to_index=True)


def downgrade() -> None:
    # Rebuild the 001 constraint indexes first (concurrently when asked), then move the
    # constraints back onto them; dropping the constraint drops the plan's index.
    create_indexes(
        IndexSpec(constraint, table, f"({column})", unique=True)
        for table, _index, constraint, column in CONSTRAINT_SWAPS
    )
    _swap_constraints(to_index=False)
    swapped = {index for _t, index, _c, _col in CONSTRAINT_SWAPS}
    drop_indexes(spec for spec in INDEXES if spec.name not in swapped)
