"""The station's work queue: the units waiting for it, oldest first (read only)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from neurohub_desktop.domain.station import (
    CONVERT_PROCESS,
    ISSUE_PROCESS,
    PACKING_PROCESS,
    QueuedUnit,
)

QUEUE_LIMIT = 50

# WIP steps PROC-002..006 wait for an IN_PROGRESS WIP that no station has claimed, and PROC-007
# for a COMPLETED (not yet converted) one; both with a PASS at the step before and none here.
_WIP_QUEUE = text(
    """
    SELECT w.wip_id, l.lot_number, prev.passed_at
    FROM wip_items w
    JOIN lots l ON l.id = w.lot_id
    JOIN LATERAL (
        SELECT max(h.completed_at) AS passed_at
        FROM wip_process_history h
        WHERE h.wip_item_id = w.id AND h.process_id = :prev AND h.result = 'PASS'
    ) prev ON prev.passed_at IS NOT NULL
    WHERE w.status = :status
      AND w.current_process_id IS NULL
      AND l.status IN ('CREATED', 'IN_PROGRESS')
      AND NOT EXISTS (
        SELECT 1 FROM wip_process_history x
        WHERE x.wip_item_id = w.id AND x.process_id = :me AND x.result = 'PASS'
      )
    ORDER BY prev.passed_at, w.wip_id
    LIMIT :limit
    """
)

# PROC-008 waits for a serial that passed PROC-007 and has no record here yet (open or PASS).
_SERIAL_QUEUE = text(
    """
    SELECT s.serial_number, l.lot_number, prev.passed_at
    FROM serials s
    JOIN lots l ON l.id = s.lot_id
    JOIN LATERAL (
        SELECT max(d.complete_time) AS passed_at
        FROM process_data d
        WHERE d.serial_id = s.id AND d.process_id = :prev AND d.result = 'PASS'
    ) prev ON prev.passed_at IS NOT NULL
    WHERE s.status = 'IN_PROGRESS'
      AND l.status IN ('CREATED', 'IN_PROGRESS')
      AND NOT EXISTS (
        SELECT 1 FROM process_data x
        WHERE x.serial_id = s.id AND x.process_id = :me
          AND (x.result IS NULL OR x.result = 'PASS')
      )
    ORDER BY prev.passed_at, s.serial_number
    LIMIT :limit
    """
)

_PIDS = text("SELECT process_id, id FROM processes WHERE process_id IN (:prev, :me)")


def work_queue(s: Session, process_id: str, limit: int = QUEUE_LIMIT) -> tuple[QueuedUnit, ...]:
    """The units waiting for ``process_id``, oldest first (PROC-001 issues its units: none)."""
    if process_id == ISSUE_PROCESS:
        return ()
    prev_code = f"PROC-{int(process_id[-3:]) - 1:03d}"
    pids: dict[str, int] = dict(s.execute(_PIDS, {"prev": prev_code, "me": process_id}).all())
    if len(pids) != 2:
        return ()
    params = {"prev": pids[prev_code], "me": pids[process_id], "limit": limit}
    if process_id == PACKING_PROCESS:
        rows = s.execute(_SERIAL_QUEUE, params).all()
    else:
        status = "COMPLETED" if process_id == CONVERT_PROCESS else "IN_PROGRESS"
        rows = s.execute(_WIP_QUEUE, {**params, "status": status}).all()
    return tuple(QueuedUnit(unit, lot, since) for unit, lot, since in rows)
