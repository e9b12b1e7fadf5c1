"""The ADMIN's first-run checklist: what the line still lacks (issue 14), read-only.

One read transaction on the ADMIN's own login (``uow.read``) counts the active accounts
per role, lists the active firmware versions by MCU, counts each active process's equipment
that its station's set-up offers (active, AVAILABLE or IN_USE), and finds the latest label the
database knows of at PROC-001 and PROC-007.  Every query is a small table's (users, firmware,
equipment, processes) or one index-ordered row (``LIMIT 1``), so it stays fast at the volumes
of domain.md §8.  Printers are configured per station PC, in its local settings; the database
keeps none, so what this PC's settings say comes in through the constructor
(``domain.readiness.ThisStation``) and is reported beside what the database knows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, not_, select
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.models import (
    AuditLog,
    Equipment,
    FirmwareVersion,
    Process,
    ProcessData,
    Serial,
    User,
    WipItem,
    WipProcessHistory,
)
from neurohub_desktop.domain import readiness as rd
from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.errors import PermissionDenied
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.services.uow import Actor, read

_LABEL_STEP, _MARK_STEP = "PROC-007", "PROC-001"


def _process_pk(process_id: str) -> Any:
    """``processes.id`` of ``process_id`` as a scalar subquery: the index on the record's
    ``process_id`` then serves the filter and the order."""
    return select(Process.id).where(Process.process_id == process_id).scalar_subquery()


def _admin(actor: Actor) -> None:
    if actor.role != Role.ADMIN:
        raise PermissionDenied(Msg("Only an ADMIN sees the line's set-up checklist."))


class LineReadinessService:
    def __init__(
        self, sessions: sessionmaker[Session], *, this_pc: rd.ThisStation | None = None
    ) -> None:
        self._sessions = sessions
        self.this_pc = this_pc or rd.ThisStation()

    def check(self, actor: Actor) -> rd.LineReadiness:
        """Every item's facts, in one read transaction."""
        _admin(actor)
        with read(self._sessions) as s:
            accounts = self._accounts(s)
            firmware, idle = self._firmware(s)
            equipment, shared = self._equipment(s)
            printers = (
                rd.PrinterReadiness("PROC-001", self.this_pc, self._last_mark(s)),
                rd.PrinterReadiness("PROC-007", self.this_pc, self._last_label(s)),
            )
        return rd.LineReadiness(accounts, firmware, idle, equipment, printers, shared)

    # -- the checks -------------------------------------------------------------------------------
    @staticmethod
    def _accounts(s: Session) -> tuple[rd.RoleCount, ...]:
        counted: dict[tuple[str, bool], int] = {
            (r[0], bool(r[1])): int(r[2])
            for r in s.execute(
                select(User.role, User.is_active, func.count()).group_by(User.role, User.is_active)
            )
        }
        return tuple(
            rd.RoleCount(
                role, counted.get((role.value, True), 0), counted.get((role.value, False), 0)
            )
            for role in Role
        )

    @staticmethod
    def _firmware(s: Session) -> tuple[tuple[rd.ActiveFirmware, ...], tuple[str, ...]]:
        """The active version of each MCU that has one (at most one: a unique index); the MCUs
        whose versions are all retired."""
        fw = FirmwareVersion
        rows = s.execute(
            select(fw.target_mcu, func.max(fw.version).filter(fw.is_active))
            .group_by(fw.target_mcu)
            .order_by(fw.target_mcu)
        ).all()
        active = tuple(rd.ActiveFirmware(r[0], r[1]) for r in rows if r[1] is not None)
        return active, tuple(r[0] for r in rows if r[1] is None)

    @staticmethod
    def _equipment(s: Session) -> tuple[tuple[rd.ProcessEquipment, ...], int]:
        ready = and_(Equipment.is_active, Equipment.status.in_(rd.READY_STATUSES))
        rows = s.execute(
            select(
                Process.process_id,
                Process.process_name,
                Process.process_name_en,
                func.count(Equipment.id).filter(ready),
                func.count(Equipment.id).filter(not_(ready)),
            )
            .outerjoin(Equipment, Equipment.process_id == Process.id)
            .where(Process.is_active)
            .group_by(Process.id)
            .order_by(Process.sequence_order)
        ).all()
        shared = s.scalar(
            select(func.count()).select_from(Equipment).where(Equipment.process_id.is_(None), ready)
        )
        return (
            tuple(rd.ProcessEquipment(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in rows),
            int(shared or 0),
        )

    @staticmethod
    def _station_of(s: Session, table: str, record_id: int) -> str | None:
        """The audit trail's station of the latest change of that row that named one."""
        return s.scalar(
            select(AuditLog.station)
            .where(
                AuditLog.table_name == table,
                AuditLog.record_id == record_id,
                AuditLog.station.is_not(None),
            )
            .order_by(AuditLog.created_at.desc())
            .limit(1)
        )

    def _last_label(self, s: Session) -> rd.LabelEvidence | None:
        """The latest PROC-007 record (by start: ``idx_process_data_process_time``) with a
        print."""
        prints = ProcessData.process_specific_data["prints"]
        row = s.execute(
            select(ProcessData.id, Serial.serial_number, prints)
            .join(Serial, Serial.id == ProcessData.serial_id)
            .where(ProcessData.process_id == _process_pk(_LABEL_STEP))
            .where(func.jsonb_typeof(prints) == "array", func.jsonb_array_length(prints) > 0)
            .order_by(ProcessData.start_time.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        last = row[2][-1]
        try:
            at = dt.datetime.fromisoformat(str(last["at"]))
        except (TypeError, KeyError, ValueError):  # not what nh_record_print writes
            return None
        return rd.LabelEvidence(
            at,
            row[1],
            self._station_of(s, "process_data", int(row[0])),
            str(last["printer"]) if last.get("printer") else None,
        )

    def _last_mark(self, s: Session) -> rd.LabelEvidence | None:
        """The latest PASS at PROC-001 (its mark scanned back): WIP label prints leave no
        record in the database."""
        h = WipProcessHistory
        row = s.execute(
            select(h.id, WipItem.wip_id, h.completed_at)
            .join(WipItem, WipItem.id == h.wip_item_id)
            .where(h.process_id == _process_pk(_MARK_STEP), h.result == StepResult.PASS)
            .order_by(h.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return rd.LabelEvidence(row[2], row[1], self._station_of(s, "wip_process_history", row[0]))
