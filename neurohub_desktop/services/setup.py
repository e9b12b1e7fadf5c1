"""What station setup needs from the database, and the light health ping of the main window
(reads of the unit of work: a lost connection is DatabaseUnavailable, not a driver error)."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.config import Settings
from neurohub_desktop.db.models import Equipment, Process
from neurohub_desktop.domain.line_admin import OFFERED_STATUSES
from neurohub_desktop.domain.setup import EquipmentInfo, ProcessInfo, remember_user
from neurohub_desktop.services.uow import read


class SetupService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def list_processes(self) -> list[ProcessInfo]:
        """All processes in line order (inactive ones too, flagged)."""
        with read(self._sessions) as session:
            rows = session.scalars(select(Process).order_by(Process.sequence_order)).all()
            return [
                ProcessInfo(
                    p.id,
                    p.process_id,
                    p.process_name,
                    p.process_name_en,
                    p.sequence_order,
                    p.is_active,
                )
                for p in rows
            ]

    def get_process(self, process_id: str) -> ProcessInfo | None:
        return next((p for p in self.list_processes() if p.process_id == process_id), None)

    def list_equipment(self, process_id: str | None = None) -> list[EquipmentInfo]:
        """The equipment a station may work with: active and AVAILABLE or IN_USE (not in
        maintenance, out of service or retired); with ``process_id``, that process's and the
        unassigned (shared) pieces."""
        with read(self._sessions) as session:
            stmt = (
                select(Equipment, Process.process_id)
                .outerjoin(Process, Equipment.process_id == Process.id)
                .where(Equipment.is_active, Equipment.status.in_(OFFERED_STATUSES))
                .order_by(Equipment.equipment_code)
            )
            if process_id is not None:
                stmt = stmt.where(
                    (Process.process_id == process_id) | (Equipment.process_id.is_(None))
                )
            return [
                EquipmentInfo(
                    e.id, e.equipment_code, e.equipment_name, e.equipment_type, pid, e.status
                )
                for e, pid in session.execute(stmt).all()
            ]

    def ping(self) -> None:
        """A round trip to the server; raises if it is unreachable."""
        with read(self._sessions) as session:
            session.execute(text("SELECT 1"))


def with_recent_user(settings: Settings, user_id: str, keep: int = 5) -> Settings:
    """Settings with ``user_id`` at the front of ``recent_users`` (save it with config)."""
    return settings.with_station_setup(
        recent_users=remember_user(settings.recent_users, user_id, keep)
    )
