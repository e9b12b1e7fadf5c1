"""What station setup chooses from: the line's processes and its equipment."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProcessInfo:
    id: int
    process_id: str  # PROC-001..PROC-008
    name_ko: str  # processes.process_name
    name_en: str | None  # processes.process_name_en
    sequence_order: int
    is_active: bool = True


@dataclass(frozen=True)
class EquipmentInfo:
    id: int
    equipment_code: str
    equipment_name: str
    equipment_type: str
    process_id: str | None  # PROC-00N it is assigned to, if any
    status: str


def remember_user(recent: tuple[str, ...], user_id: str, keep: int = 5) -> tuple[str, ...]:
    """The recent-user list with ``user_id`` first, without duplicates, at most ``keep`` long."""
    user_id = user_id.strip()
    if not user_id:
        return recent[:keep]
    return (user_id, *(u for u in recent if u != user_id))[:keep]
