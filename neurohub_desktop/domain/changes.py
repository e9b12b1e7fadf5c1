"""What changed: one event type for this PC's own writes and other stations' NOTIFYs.

``services.live`` parses NOTIFY payloads into it; ``ui`` announces its own writes with it and
every page that shows data listens for it (``AppEvents.data_changed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

RESYNC = "resync"
#: what the station and admin functions announce (revision 006's ``nh_notify`` calls) and
#: ``resync``; a NOTIFY of any other kind is ignored (any role may send one)
KNOWN_KINDS = frozenset(
    {
        "wip_issued",
        "step_started",
        "step_cancelled",
        "step_recorded",
        "converted",
        "label_printed",
        "lot_created",
        "lot_status",
        "criteria_changed",
        "process_changed",
        "firmware_changed",
        "equipment_changed",
        "unit_reopened",
        "unit_scrapped",
        RESYNC,
        "users_changed",
    }
)


@dataclass(frozen=True)
class ChangeEvent:
    """One committed change, local (announced by this PC after its own write) or heard from
    another station (a NOTIFY, ``sender_pid`` set): ``kind`` (e.g. ``step_recorded``;
    ``resync`` after a reconnect or when too much changed at once), the LOT's ``lots.id``,
    the unit id (WIP or serial) and the ``PROC-00N`` if known."""

    kind: str
    lot_id: int | None = None
    unit: str | None = None
    process_id: str | None = None
    sender_pid: int | None = None

    @property
    def key(self) -> tuple[str, int | None, str | None, str | None]:
        """What the change is about, whoever sent it (a local write and its NOTIFY echo)."""
        return (self.kind, self.lot_id, self.unit, self.process_id)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "lot_id": self.lot_id,
            "unit": self.unit,
            "process_id": self.process_id,
        }
