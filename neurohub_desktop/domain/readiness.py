"""What the line still lacks before its first LOT (issue 14): the ADMIN's first-run checklist.

``services.line_readiness`` reads the facts as the ADMIN logged in; when an item counts as done
is decided here (plain rules, unit-tested); ``ui.admin.home_page`` shows the items, each with a
link to the screen that sets it up.

The database keeps no station's printer (each station PC has it in its local settings), so a
printer item says what this PC's settings say and what the database knows of labels printed
there (docs/decisions.md, "The first-run checklist").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.line_admin import OFFERED_STATUSES

#: the roles the line needs at least one active account of (the seeded admin is an ADMIN)
REQUIRED_ROLES = (Role.WORKER, Role.MANAGER)
#: the stations that print labels: the WIP label at PROC-001, the serial label at PROC-007
PRINTER_STEPS = ("PROC-001", "PROC-007")
#: equipment counts for its process while active and in one of these statuses
READY_STATUSES = OFFERED_STATUSES


class Check(enum.StrEnum):
    """One item of the checklist, in the order it is shown."""

    WORKERS = "workers"
    MANAGERS = "managers"
    FIRMWARE = "firmware"
    EQUIPMENT = "equipment"
    PRINTER_PROC_001 = "printer.PROC-001"
    PRINTER_PROC_007 = "printer.PROC-007"

    @property
    def process_id(self) -> str | None:
        """The station a printer item is about (None for the other items)."""
        return self.value.partition(".")[2] or None


#: the checks of the accounts the line needs, by role
ROLE_CHECKS = {Role.WORKER: Check.WORKERS, Role.MANAGER: Check.MANAGERS}


@dataclass(frozen=True)
class ThisStation:
    """What this PC's local settings say: its station name, its process and where its labels
    go (``Printer.describe()``; None: no printer set, or a setting that is not valid)."""

    station: str = ""
    process_id: str | None = None
    printer: str | None = None


@dataclass(frozen=True)
class RoleCount:
    """The accounts of one role: active (may log in) and deactivated."""

    role: Role
    active: int
    inactive: int = 0


@dataclass(frozen=True)
class ActiveFirmware:
    mcu: str
    version: str


@dataclass(frozen=True)
class ProcessEquipment:
    """One active process and its equipment: ``ready`` pieces are active and AVAILABLE or
    IN_USE (what its station's set-up offers), ``not_ready`` ones are not."""

    process_id: str
    name_ko: str
    name_en: str | None
    ready: int
    not_ready: int = 0

    @property
    def done(self) -> bool:
        return self.ready > 0


@dataclass(frozen=True)
class LabelEvidence:
    """The latest label the database knows of at a printing station: at PROC-007 a print
    appended to a serial's record (``printer`` is where it went); at PROC-001, where WIP label
    prints are not recorded, the latest mark confirmed by scanning it back (PASS)."""

    at: datetime
    unit: str  # the serial or WIP id
    station: str | None = None  # the audit trail's station of that record
    printer: str | None = None  # PROC-007 only


@dataclass(frozen=True)
class PrinterReadiness:
    process_id: str
    this_pc: ThisStation
    last_label: LabelEvidence | None = None

    @property
    def this_pc_is_here(self) -> bool:
        return self.this_pc.process_id == self.process_id

    @property
    def this_pc_prints_here(self) -> bool:
        return self.this_pc_is_here and self.this_pc.printer is not None

    @property
    def done(self) -> bool:
        """This PC is that station and has a printer set, or the database knows a label
        printed (PROC-007) or a mark confirmed (PROC-001) there."""
        return self.this_pc_prints_here or self.last_label is not None


@dataclass(frozen=True)
class LineReadiness:
    """The facts of every check, read in one transaction."""

    accounts: tuple[RoleCount, ...]  # every role, in ``Role`` order
    firmware: tuple[ActiveFirmware, ...]  # the active versions, by MCU
    idle_mcus: tuple[str, ...]  # MCUs with registered versions and none active
    equipment: tuple[ProcessEquipment, ...]  # the active processes, in line order
    printers: tuple[PrinterReadiness, ...]  # PRINTER_STEPS, in that order
    shared_equipment: int = 0  # ready pieces assigned to no process (not counted for any)

    def active(self, role: Role) -> int:
        return next((c.active for c in self.accounts if c.role is role), 0)

    def printer(self, process_id: str) -> PrinterReadiness:
        found = next((p for p in self.printers if p.process_id == process_id), None)
        if found is None:
            raise KeyError(process_id)
        return found

    @property
    def processes_without_equipment(self) -> tuple[ProcessEquipment, ...]:
        return tuple(p for p in self.equipment if not p.done)

    def done(self, check: Check) -> bool:
        if check is Check.WORKERS:
            return self.active(Role.WORKER) > 0
        if check is Check.MANAGERS:
            return self.active(Role.MANAGER) > 0
        if check is Check.FIRMWARE:
            # PROC-004's criteria name no MCU (FIRMWARE_VERSION must equal an active version):
            # the station can record a PASS once any version is active
            return bool(self.firmware)
        if check is Check.EQUIPMENT:
            return not self.processes_without_equipment
        process_id = check.process_id
        assert process_id is not None
        return self.printer(process_id).done

    @property
    def missing(self) -> tuple[Check, ...]:
        return tuple(c for c in Check if not self.done(c))

    @property
    def complete(self) -> bool:
        return not self.missing
