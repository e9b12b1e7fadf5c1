"""The claim: a unit's row locked FOR UPDATE NOWAIT before the station decides and writes.

A second station is refused at once (55P03 → ConflictError in ``_tx.translate``) instead of
queueing.  The lock is taken by the scanned id, with no read before it, and may be the
transaction's first statement (the actor named in it, ``_tx.set_actor_with``).  Only a WIP
scanned at a serial station is looked up first: it may stand for its serial, whose row is
then the one locked.  The unit's view is read *after* the lock, in a statement of its own, so
it sees every write committed before the lock was granted.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from neurohub_desktop.domain.ids import ScanKind, ScannedId
from neurohub_desktop.domain.station import SERIAL_PROCESSES
from neurohub_desktop.services._tx import set_actor_with

LOCK_WIP = "SELECT id FROM wip_items WHERE wip_id = :key FOR UPDATE NOWAIT"
LOCK_WIP_PK = "SELECT id FROM wip_items WHERE id = :key FOR UPDATE NOWAIT"
LOCK_SERIAL = "SELECT id FROM serials WHERE serial_number = :key FOR UPDATE NOWAIT"
LOCK_SERIAL_PK = "SELECT id FROM serials WHERE id = :key FOR UPDATE NOWAIT"
PROBE_WIP = "SELECT id, status, serial_id FROM wip_items WHERE wip_id = :key"

#: (user pk, station name) to name in the first statement, or None (already named)
ActorFirst = tuple[int, str] | None


def direct_lock(scanned: ScannedId, station_process: str) -> str | None:
    """The lock statement (``:key`` = the scanned text) when no look-up must come first."""
    if scanned.kind is ScanKind.WIP and station_process not in SERIAL_PROCESSES:
        return LOCK_WIP
    if scanned.kind is ScanKind.SERIAL:
        return LOCK_SERIAL
    return None


def lock_unit(s: Session, scanned: ScannedId, station_process: str,
              actor: ActorFirst = None) -> bool:
    """Lock the scanned WIP's or serial's row; False when there is none to lock (not found,
    or a LOT / process code)."""
    locked: Sequence[Any] | None = None
    direct = direct_lock(scanned, station_process)
    if direct is not None:
        locked = _first(s, actor, direct, scanned.text)
    elif scanned.kind is ScanKind.WIP and station_process in SERIAL_PROCESSES:
        row = _first(s, actor, PROBE_WIP, scanned.text)
        if row is not None and row[1] == "CONVERTED" and row[2] is not None:
            locked = _first(s, None, LOCK_SERIAL_PK, row[2])
        elif row is not None:
            locked = _first(s, None, LOCK_WIP_PK, row[0])
    return locked is not None


def _first(s: Session, actor: ActorFirst, sql: str, key: object) -> Sequence[Any] | None:
    """The first row of ``sql`` (``:key``), naming ``actor`` in the same statement."""
    if actor is not None:
        return set_actor_with(s, actor[0], actor[1], sql, {"key": key})
    return s.execute(text(sql), {"key": key}).first()
