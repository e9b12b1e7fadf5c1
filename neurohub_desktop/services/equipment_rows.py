"""Equipment as the admin pages and the stations read it: one select, one row → item."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from neurohub_desktop.db.models import Equipment, Process
from neurohub_desktop.domain import line_admin as la

#: the columns an :class:`~neurohub_desktop.domain.line_admin.EquipmentItem` is made of
EQUIPMENT_COLUMNS = (
    Equipment.id,
    Equipment.equipment_code,
    Equipment.equipment_name,
    Equipment.equipment_type,
    Process.process_id,
    Equipment.status,
    Equipment.specifications,
    Equipment.is_active,
)


def select_equipment() -> Select[Any]:
    """Every equipment row with its process's id (PROC-00N or NULL)."""
    return select(*EQUIPMENT_COLUMNS).outerjoin(Process, Process.id == Equipment.process_id)


def equipment_item(r: Any) -> la.EquipmentItem:
    """A row of :func:`select_equipment` as the domain's item (calibration read out)."""
    due, every = la.calibration_of(r.specifications)
    return la.EquipmentItem(
        r.equipment_code,
        r.equipment_name,
        r.equipment_type,
        r.process_id,
        r.status,
        due,
        every,
        bool(r.is_active),
        int(r.id),
    )
