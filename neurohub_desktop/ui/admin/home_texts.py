"""What the checklist says about each item, in the page's language (``self.tr``: the English
source, the Korean in ``resources/i18n/admin_ko.ts``).  The facts are
``domain.readiness.LineReadiness``; the sentences are made here, never in the services."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.readiness import Check, LineReadiness, PrinterReadiness
from neurohub_desktop.ui.admin import EQUIPMENT_PAGE, FIRMWARE_PAGE, USERS_PAGE
from neurohub_desktop.ui.context import STATION_SETUP
from neurohub_desktop.ui.messages import local_name

# up to this many processes without equipment are named; more are listed by ID
NAMED_PROCESSES = 3


def _when(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class CheckTexts(QObject):
    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    # -- the frame -------------------------------------------------------------------------------
    def checking(self) -> str:
        return self.tr("Checking…")

    def done(self) -> str:
        return self.tr("✓ Done")

    def missing(self) -> str:
        return self.tr("✗ Missing")

    def summary(self, done: int, total: int) -> str:
        if done == total:
            return self.tr("All done: the line has what its first LOT needs.")
        return self.tr("%1 of %2 done.").replace("%1", str(done)).replace("%2", str(total))

    def title(self, check: Check) -> str:
        if check is Check.WORKERS:
            return self.tr("Worker accounts")
        if check is Check.MANAGERS:
            return self.tr("Manager accounts")
        if check is Check.FIRMWARE:
            return self.tr("Active firmware for PROC-004")
        if check is Check.EQUIPMENT:
            return self.tr("Equipment at every process")
        return self.tr("Label printer at %1").replace("%1", check.process_id or "")

    def link(self, key: str) -> str:
        return {
            USERS_PAGE: self.tr("Open Users"),
            FIRMWARE_PAGE: self.tr("Open Firmware"),
            EQUIPMENT_PAGE: self.tr("Open Equipment"),
            STATION_SETUP: self.tr("Open Station setup"),
        }[key]

    # -- the items -------------------------------------------------------------------------------
    def detail(self, check: Check, r: LineReadiness) -> str:
        if check is Check.WORKERS:
            n = r.active(Role.WORKER)
            if n:
                return self.tr("%n active worker account(s).", "", n)
            return self.tr(
                "No active worker account yet: add one for each operator who works at a station."
            )
        if check is Check.MANAGERS:
            n = r.active(Role.MANAGER)
            if n:
                return self.tr("%n active manager account(s).", "", n)
            return self.tr(
                "No active manager account yet: a manager creates the LOTs and decides on "
                "failed units."
            )
        if check is Check.FIRMWARE:
            return self._firmware(r)
        if check is Check.EQUIPMENT:
            return self._equipment(r)
        return self._printer(r.printer(check.process_id or ""))

    def _firmware(self, r: LineReadiness) -> str:
        if r.firmware:
            active = ", ".join(f"{f.version} ({f.mcu})" for f in r.firmware)
            parts = [self.tr("Active: %1.").replace("%1", active)]
        else:
            parts = [
                self.tr(
                    "No firmware version is active: PROC-004 records no PASS until one is "
                    "registered and activated."
                )
            ]
        if r.idle_mcus:
            parts.append(
                self.tr("Registered, but none active: %1.").replace("%1", ", ".join(r.idle_mcus))
            )
        return " ".join(parts)

    def _equipment(self, r: LineReadiness) -> str:
        lacking = r.processes_without_equipment
        if not lacking:
            parts = [self.tr("Every process has equipment that is available or in use.")]
        else:
            named = len(lacking) <= NAMED_PROCESSES  # a long list: the IDs say enough
            where = ", ".join(
                f"{p.process_id} {local_name(p.name_ko, p.name_en, self.locale)}"
                if named
                else p.process_id
                for p in lacking
            )
            parts = [self.tr("No available or in-use equipment at: %1.").replace("%1", where)]
        if r.shared_equipment:
            parts.append(
                self.tr(
                    "%n shared piece(s) with no process are not counted for any process.",
                    "",
                    r.shared_equipment,
                )
            )
        return " ".join(parts)

    def _printer(self, p: PrinterReadiness) -> str:
        """What this PC's settings say, then what the database knows."""
        pc = p.this_pc
        if p.this_pc_prints_here:
            here = self.tr("This PC is %1 and sends its labels to %2.")
            here = here.replace("%2", pc.printer or "")
        elif p.this_pc_is_here:
            here = self.tr("This PC is %1 but has no label printer set.")
        elif pc.process_id:
            here = self.tr("This PC is %2: the printer of %1 is set on that station's PC.")
            here = here.replace("%2", pc.process_id)
        else:
            here = self.tr(
                "This PC has no process yet: the printer of %1 is set in Station setup on that "
                "station's PC."
            )
        parts = [here.replace("%1", p.process_id)]
        last = p.last_label
        if p.process_id == "PROC-007":
            if last is None:
                parts.append(self.tr("Database: no serial label printed yet."))
            else:
                parts.append(
                    self.tr("Database: the last serial label was printed %1, for %2.")
                    .replace("%1", _when(last.at))
                    .replace("%2", last.unit)
                )
        elif last is None:
            parts.append(
                self.tr(
                    "Database: no mark confirmed at %1 yet (WIP label prints are not recorded)."
                ).replace("%1", p.process_id)
            )
        else:
            parts.append(
                self.tr(
                    "Database (WIP label prints are not recorded): the last mark confirmed at %1 "
                    "was %2, %3."
                )
                .replace("%1", p.process_id)
                .replace("%2", last.unit)
                .replace("%3", _when(last.at))
            )
        if last is not None and last.printer:
            parts.append(self.tr("Printer: %1.").replace("%1", last.printer))
        if last is not None and last.station:
            parts.append(self.tr("Station: %1.").replace("%1", last.station))
        return parts[0] + "\n" + " ".join(parts[1:])  # this PC, then the database
