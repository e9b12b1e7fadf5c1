"""The line's firmware versions, equipment and process criteria: an ADMIN's reads and writes
(issue 14), for the System admin pages and the ``admin firmware|equipment|criteria`` commands.

Every write is one transaction on the caller's own login (``uow.transaction``: the
station named for the audit trail) that calls revision 006's admin functions —
``nh_add_firmware``, ``nh_set_firmware_active``, ``nh_save_equipment``, ``nh_set_criteria`` —
which check who may call them (an ADMIN, or the schema owner the command line connects as) and
write the audit trail; the input is checked first (``domain.line_admin`` and
``domain.criteria_edit``).  Registering and activating a firmware is one transaction, as is
the switch to another active version (``nh_set_firmware_active`` clears the MCU's other one).
``nh_save_equipment`` is an upsert of the whole row: adding refuses a code that exists and
editing keeps what the form does not show, both under a transaction-scoped advisory lock on
the code, so two admins on one code queue instead of overwriting each other.  A criteria save
is a new version, refused when someone else saved since the edit began
(``services._criteria``).  The functions' refusals (their ``DETAIL`` codes) come back in both
languages.  Every write takes a ``reason`` (issue 14), checked before connecting
(``domain.reasons``) and set as ``neurohub.reason`` first in the transaction
(``db.engine.set_reason``): the functions refuse a change without one and BR-006 stores it in
every audit row the change writes.  A criteria version also keeps it in its JSON (``reason``),
which the editor shows.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.engine import set_reason
from neurohub_desktop.db.models import (
    Equipment,
    FirmwareVersion,
    Lot,
    Process,
    User,
    WipItem,
    WipProcessHistory,
)
from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain import line_admin as la
from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.errors import (
    ConflictError,
    NeuroHubError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.quality import QualityCriteria
from neurohub_desktop.domain.reasons import require_reason
from neurohub_desktop.domain.setup import ProcessInfo
from neurohub_desktop.services import _criteria
from neurohub_desktop.services.equipment_rows import equipment_item, select_equipment
from neurohub_desktop.services.station import Actor
from neurohub_desktop.services.uow import read, transaction

log = logging.getLogger(__name__)

#: at most this many PROC-004 records in a "where used" answer (newest first)
USES_LIMIT = 1000


class EquipmentExists(ConflictError):
    """An equipment code that is registered already (``name``: what it is called)."""

    def __init__(self, code: str, name: str) -> None:
        self.equipment_code, self.equipment_name = code, name
        super().__init__(
            Msg(
                "Equipment code {code} already exists ({name}): choose another code, or "
                "select it in the list to edit it.",
                code=code,
                name=name,
            ),
            code="EQUIPMENT_EXISTS",
        )


def _admin(actor: Actor) -> None:
    if actor.role != Role.ADMIN:
        raise PermissionDenied(
            Msg("Only an ADMIN manages firmware, equipment and process criteria.")
        )


def _refusal(exc: NeuroHubError, subject: str) -> NeuroHubError:
    """The admin functions' own refusals (SQLSTATE 22023, a DETAIL code) as our messages;
    any other error as it came."""
    detail = (exc.detail or "").split()[0] if exc.detail else ""
    kw: dict[str, Any] = {"sqlstate": exc.sqlstate, "detail": exc.detail}
    if exc.sqlstate != "22023":
        return exc
    if detail == "firmware_in_use":
        return ConflictError(
            Msg(
                "{subject} is the only active firmware of its MCU and a unit is in progress at "
                "PROC-004: activate another version instead.",
                subject=subject,
            ),
            code="FIRMWARE_IN_USE",
            **kw,
        )
    if detail == "not_found":  # a firmware version, or the process of a piece of equipment
        return NotFoundError(
            Msg("{subject} is not registered.", subject=subject),
            code="NOT_FOUND",
            **kw,
        )
    if detail == "bad_version":
        return ValidationError(
            Msg("Firmware version {version} must look like v1.2.3.", version=repr(subject)),
            code="BAD_VERSION",
            **kw,
        )
    if detail == "bad_file":
        return ValidationError(
            Msg("A firmware file has a size above 0 and a 32-digit MD5."),
            code="BAD_FILE",
            **kw,
        )
    if detail in ("bad_equipment", "bad_status"):
        return ValidationError(
            Msg(
                "Equipment needs a code (up to 50), a name (up to 255), a type (up to 50) and a "
                "known status."
            ),
            code="BAD_EQUIPMENT",
            **kw,
        )
    return exc


def _call(s: Session, function: str, **params: Any) -> Any:
    return s.execute(text(f"SELECT {function}"), params).scalar()


def _lock_equipment(s: Session, code: str) -> None:
    s.execute(
        text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"),
        {"k": f"neurohub:equipment:{code}"},
    )


def _active_for(s: Session, mcu: str) -> tuple[str, ...]:
    return tuple(
        s.scalars(
            select(FirmwareVersion.version)
            .where(FirmwareVersion.target_mcu == mcu, FirmwareVersion.is_active)
            .order_by(FirmwareVersion.version)
        )
    )


class AdminLineService:
    def __init__(self, sessions: sessionmaker[Session], *, station: str | None = None) -> None:
        self._sessions = sessions
        self.station = station or None

    # -- firmware ------------------------------------------------------------------------------
    def list_firmware(self, actor: Actor) -> tuple[la.FirmwareInfo, ...]:
        """Every version, newest release first."""
        _admin(actor)
        stmt = select(
            FirmwareVersion.version,
            FirmwareVersion.target_mcu,
            FirmwareVersion.is_active,
            FirmwareVersion.file_size,
            FirmwareVersion.md5_hash,
            FirmwareVersion.released_at,
            FirmwareVersion.filename,
            FirmwareVersion.file_path,
            FirmwareVersion.notes,
        ).order_by(FirmwareVersion.released_at.desc(), FirmwareVersion.id.desc())
        with read(self._sessions) as s:
            rows = s.execute(stmt).all()
        return tuple(
            la.FirmwareInfo(
                r.version,
                r.target_mcu,
                bool(r.is_active),
                int(r.file_size),
                r.md5_hash,
                r.released_at,
                r.filename,
                r.file_path,
                r.notes,
            )
            for r in rows
        )

    @staticmethod
    def measure_file(file: Path | str) -> la.FirmwareFile:
        """The file's size and MD5 (reads it whole: call it off the GUI thread)."""
        return la.measure_file(file)

    def add_firmware(
        self,
        actor: Actor,
        file: Path | str,
        version: str,
        target_mcu: str,
        notes: str | None = None,
        *,
        activate: bool = False,
        expected_md5: str | None = None,
        reason: str,
    ) -> la.FirmwareAdded:
        """Register ``file`` as ``version`` for ``target_mcu`` (size and MD5 computed from the
        file here), and with ``activate`` make it the MCU's active version in the same
        transaction.  ``expected_md5``: what the person was shown; a file that changed since
        is refused.  Returns what was stored (and what the activation replaced)."""
        _admin(actor)
        why = require_reason(reason)
        version, mcu = la.check_version(version), la.check_mcu(target_mcu)
        notes = la.check_notes(notes)
        measured = la.measure_file(file)
        if expected_md5 is not None and expected_md5 != measured.md5:
            raise ConflictError(
                Msg(
                    "The firmware file changed after its size and MD5 were computed: check them "
                    "again, then register."
                ),
                code="FILE_CHANGED",
            )
        with self._write(version, why) as s:
            taken = s.execute(
                select(FirmwareVersion.target_mcu).where(FirmwareVersion.version == version)
            ).scalar()
            if taken is not None:
                raise ConflictError(
                    Msg(
                        "This firmware version already exists: {version} is registered for {mcu}.",
                        version=version,
                        mcu=taken,
                    ),
                    code="FIRMWARE_EXISTS",
                )
            before = _active_for(s, mcu)
            _call(
                s,
                "nh_add_firmware(:v, :f, :p, :z, :m, :c, :n)",
                v=version,
                f=measured.filename,
                p=measured.path,
                z=measured.size,
                m=measured.md5,
                c=mcu,
                n=notes,
            )
            switch = None
            if activate:
                _call(s, "nh_set_firmware_active(:v, true)", v=version)
                switch = la.FirmwareSwitch(version, mcu, before, _active_for(s, mcu))
        return la.FirmwareAdded(measured, version, mcu, switch)

    def set_firmware_active(
        self, actor: Actor, version: str, active: bool, *, reason: str
    ) -> la.FirmwareSwitch:
        """Activate ``version`` (its MCU's other active version is retired in the same
        transaction) or retire it; a version already so is left as it is (nothing written).
        Returns the MCU's active versions before and after."""
        _admin(actor)
        why = require_reason(reason)
        version = la.check_version(version)
        with self._write(version, why) as s:
            found = s.execute(
                select(FirmwareVersion.target_mcu, FirmwareVersion.is_active).where(
                    FirmwareVersion.version == version
                )
            ).first()
            if found is None:
                raise NotFoundError(
                    Msg("No firmware version {version}.", version=version), code="NO_FIRMWARE"
                )
            before = _active_for(s, found.target_mcu)
            if bool(found.is_active) == bool(active):
                return la.FirmwareSwitch(version, found.target_mcu, before, before)
            _call(s, "nh_set_firmware_active(:v, :a)", v=version, a=bool(active))
            return la.FirmwareSwitch(
                version, found.target_mcu, before, _active_for(s, found.target_mcu)
            )

    def firmware_uses(
        self, actor: Actor, version: str, *, limit: int = USES_LIMIT
    ) -> tuple[la.FirmwareUse, ...]:
        """The units flashed with ``version``: the PROC-004 history rows whose
        FIRMWARE_VERSION item recorded it, newest first."""
        _admin(actor)
        version = la.check_version(version)
        recorded = [{"code": la.FIRMWARE_CODE, "value": version}]
        h = WipProcessHistory
        stmt = (
            select(
                WipItem.wip_id,
                Lot.lot_number,
                h.completed_at,
                User.user_id,
                User.username,
                h.result,
            )
            .join(Process, Process.id == h.process_id)
            .join(WipItem, WipItem.id == h.wip_item_id)
            .join(Lot, Lot.id == WipItem.lot_id)
            .join(User, User.id == h.operator_id)
            .where(Process.process_id == la.FIRMWARE_STEP)
            .where(h.measurements["items"].contains(recorded))
            .order_by(h.completed_at.desc(), h.id.desc())
            .limit(limit)
        )
        with read(self._sessions) as s:
            rows = s.execute(stmt).all()
        return tuple(la.FirmwareUse(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows)

    # -- equipment -----------------------------------------------------------------------------
    def list_processes(self, actor: Actor) -> tuple[ProcessInfo, ...]:
        """The processes in line order (what equipment may be assigned to)."""
        _admin(actor)
        stmt = select(
            Process.id,
            Process.process_id,
            Process.process_name,
            Process.process_name_en,
            Process.sequence_order,
            Process.is_active,
        ).order_by(Process.sequence_order)
        with read(self._sessions) as s:
            rows = s.execute(stmt).all()
        return tuple(ProcessInfo(int(r[0]), r[1], r[2], r[3], int(r[4]), bool(r[5])) for r in rows)

    def list_equipment(
        self, actor: Actor, process_id: str | None = None
    ) -> tuple[la.EquipmentItem, ...]:
        """The equipment by code; with ``process_id``, that process's only."""
        _admin(actor)
        stmt = select_equipment().order_by(Equipment.equipment_code)
        if process_id is not None:
            stmt = stmt.where(Process.process_id == la.check_process(process_id))
        with read(self._sessions) as s:
            rows = s.execute(stmt).all()
        return tuple(equipment_item(r) for r in rows)

    def add_equipment(
        self,
        actor: Actor,
        code: str,
        name: str,
        equipment_type: str,
        process_id: str | None,
        status: str = "AVAILABLE",
        *,
        calibration_due: dt.date | str | None = None,
        calibration_interval_days: int | str | None = None,
        reason: str,
    ) -> la.EquipmentItem:
        """A new piece of equipment; a code that exists is refused (nothing is overwritten)."""
        _admin(actor)
        why = require_reason(reason)
        code = la.check_equipment_code(code)
        item = la.EquipmentItem(
            code,
            la.check_equipment_name(name),
            la.check_equipment_type(equipment_type),
            None if process_id is None else la.check_process(process_id),
            la.check_status(status),
            la.check_due(calibration_due),
            la.check_interval(calibration_interval_days),
        )
        with self._write(item.process_id or code, why) as s:
            if item.process_id is not None:
                _criteria.process_row(s, item.process_id)
            _lock_equipment(s, code)
            taken = s.execute(
                select(Equipment.equipment_name).where(Equipment.equipment_code == code)
            ).scalar()
            if taken is not None:
                raise EquipmentExists(code, taken)
            new_id = self._save(s, item, {})
        return replace(item, equipment_id=new_id)

    def update_equipment(
        self,
        actor: Actor,
        code: str,
        *,
        name: str,
        equipment_type: str,
        process_id: str | None,
        calibration_due: dt.date | str | None = None,
        calibration_interval_days: int | str | None = None,
        reason: str,
    ) -> la.EquipmentItem:
        """Name, type, process and calibration of ``code``; its status and any other
        specification stay as stored."""
        _admin(actor)
        why = require_reason(reason)
        code = la.check_equipment_code(code)
        name, kind = la.check_equipment_name(name), la.check_equipment_type(equipment_type)
        process = None if process_id is None else la.check_process(process_id)
        due, every = la.check_due(calibration_due), la.check_interval(calibration_interval_days)
        with self._write(process or code, why) as s:
            _lock_equipment(s, code)
            row = self._row(s, code)
            item = la.EquipmentItem(
                code, name, kind, process, row.status, due, every, equipment_id=int(row.id)
            )
            self._save(s, item, row.specifications)
        return item

    def set_equipment_status(self, actor: Actor, code: str, status: str, *, reason: str) -> str:
        """Change the status of ``code`` (everything else as stored); returns the status it
        had (the same as ``status``: nothing was written)."""
        _admin(actor)
        why = require_reason(reason)
        code, status = la.check_equipment_code(code), la.check_status(status)
        with self._write(code, why) as s:
            _lock_equipment(s, code)
            row = self._row(s, code)
            if row.status == status:
                return str(row.status)
            due, every = la.calibration_of(row.specifications)
            item = la.EquipmentItem(
                code,
                row.equipment_name,
                row.equipment_type,
                row.process_id,
                status,
                due,
                every,
            )
            self._save(s, item, row.specifications)
        return str(row.status)

    def _row(self, s: Session, code: str) -> Any:
        row = s.execute(select_equipment().where(Equipment.equipment_code == code)).first()
        if row is None:
            raise NotFoundError(
                Msg("No equipment with code {code}.", code=code),
                code="NO_EQUIPMENT",
            )
        return row

    def _save(self, s: Session, item: la.EquipmentItem, specifications: Any) -> int:
        specs = la.with_calibration(
            specifications if isinstance(specifications, dict) else None,
            item.calibration_due,
            item.calibration_interval_days,
        )
        return int(
            _call(
                s,
                "nh_save_equipment(:c, :n, :t, :p, :st, CAST(:j AS jsonb))",
                c=item.equipment_code,
                n=item.equipment_name,
                t=item.equipment_type,
                p=item.process_id,
                st=item.status,
                j=json.dumps(specs, ensure_ascii=False),
            )
        )

    # -- criteria ------------------------------------------------------------------------------
    def criteria(self, actor: Actor, process_id: str) -> ce.CriteriaState:
        """A process's stored criteria, their version and the reason it was saved with, and
        which of their codes stored records use (those can be retired, not removed)."""
        _admin(actor)
        process = la.check_process(process_id)
        with read(self._sessions) as s:
            return _criteria.read_state(s, process)

    def save_criteria(
        self,
        actor: Actor,
        process_id: str,
        criteria: QualityCriteria | Mapping[str, Any],
        *,
        expected_version: int | None = None,
        reason: str,
    ) -> ce.CriteriaSaved:
        """Save ``criteria`` (the JSON format, or parsed) as the process's next version, with
        ``reason`` (why, required) beside it and in the audit trail.  Every problem is refused
        at once (``CriteriaRefused``);
        ``expected_version``: the version the edit started from — a save by someone else since
        is refused (``CriteriaChanged``), never overwritten (None: whatever is stored when
        this transaction reads it).  Criteria that say what is stored write nothing
        (``changed`` False)."""
        _admin(actor)
        why = require_reason(ce.check_reason(reason))
        process = la.check_process(process_id)
        data = criteria.to_json() if isinstance(criteria, QualityCriteria) else criteria
        new = ce.validated_criteria(data, process)
        with self._write(process, why) as s:
            saved = _criteria.save(s, process, new, expected_version, why)
        if saved.changed:
            log.info(
                "criteria of %s saved as version %d by %s at %s: %s",
                process,
                saved.version,
                actor.user_id,
                self.station or "-",
                why,
            )
        return saved

    @contextmanager
    def _write(self, subject: str, why: str) -> Iterator[Session]:
        """One transaction on this login, the station named and ``why`` set
        (``neurohub.reason``); the functions' refusals about ``subject`` (the version, the
        equipment's process or code) in both languages."""
        try:
            with transaction(self._sessions, self.station) as s:
                set_reason(s, why)
                yield s
        except NeuroHubError as exc:
            refused = _refusal(exc, subject)
            if refused is exc:
                raise
            raise refused from exc
