"""Scans on the station's LOT page: a LOT label selects the LOT, a WIP or serial its LOT and,
if it is FAILED, the unit in the FAILED list; anything else is answered with a message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from neurohub_desktop.domain.ids import InvalidBarcode, ScanKind, parse_scan
from neurohub_desktop.domain.states import LotStatus, UnitStatus
from neurohub_desktop.domain.station import LocatedUnit, LotView
from neurohub_desktop.ui.feedback import beep
from neurohub_desktop.ui.messages import message_text
from neurohub_desktop.ui.supervisor.common import status_label

if TYPE_CHECKING:
    from neurohub_desktop.ui.station.lots_page import LotsPage


class LotScans(QObject):
    """Answers the LOT page's scans; the page keeps ``pending_scan`` until its lists are read."""

    def __init__(self, page: LotsPage) -> None:
        super().__init__(page)
        self.page = page

    def on_scan(self, text: str) -> None:
        """A LOT label selects the LOT; a WIP or serial selects its LOT and, if it is FAILED,
        the unit in the FAILED list; anything else is answered."""
        self.page.ctx.events.user_active.emit()
        try:
            scanned = parse_scan(text)
        except InvalidBarcode as exc:
            self._say_error(
                self.tr("Not a NeuroHub barcode: %1").replace("%1", text[:40])
                + f" ({message_text(exc.msg, self.page.ctx.locale)})"
            )
            return
        if scanned.kind is ScanKind.LOT:
            self._select_scanned(scanned.text, None)
        elif scanned.kind in (ScanKind.WIP, ScanKind.SERIAL):
            self.page.run_action(
                self.page.svc.locate_unit,
                scanned,
                on_success=lambda found: self._on_located(scanned.text, found),
            )
        else:
            self._say_error(
                self.tr(
                    "%1 is a process barcode: scan a LOT label, a WIP or a serial here."
                ).replace("%1", scanned.text)
            )

    def _say_error(self, text: str) -> None:
        self.page.banner.show_message(text, "error")
        beep()

    def _on_located(self, scanned: str, found: LocatedUnit | None) -> None:
        if found is None:
            self._say_error(self.tr("%1 is not a known WIP or serial.").replace("%1", scanned))
            return
        self._select_scanned(found.lot_number, found)

    def _select_scanned(self, lot: str, unit: LocatedUnit | None) -> None:
        """Select ``lot`` in the list (read again if it is not there yet); the FAILED list that
        follows shows ``unit``."""
        self.page.pending_scan = (lot, unit)
        for i, row in enumerate(self.page.lots.rows()):
            if row.lot_number == lot:
                if (
                    self.page.selected_lot() == lot
                    and self.page.table.selectionModel().hasSelection()
                ):
                    self.page.load_failed()
                else:
                    self.page.table.selectRow(i)  # → load_failed
                return
        self.page.run_action(self.page.svc.get_lot, lot, on_success=self._on_scanned_lot)

    def _on_scanned_lot(self, lot: LotView) -> None:
        """A scanned LOT missing from the list: closed (not listed), or new since the last read."""
        if lot.status == LotStatus.CLOSED:
            self.page.pending_scan = None
            self.page.banner.show_message(
                self.tr("LOT %1 is closed: closed LOTs are not listed here.").replace(
                    "%1", lot.lot_number
                ),
                "info",
            )
            return
        self.page.refresh()

    def show_scanned(self, lot: str, unit: LocatedUnit | None) -> None:
        self.page.table.setFocus()
        if unit is None:
            self.page.banner.show_message(self.tr("LOT %1 selected.").replace("%1", lot), "info")
            return
        i = self.page.failed.row_of(unit.unit_id)
        if i is not None:
            self.page.failed_table.selectRow(i)  # → the unit field: reopen / scrap act on it
            self.page.failed_table.setFocus()
            self.page.banner.show_message(
                self.tr("%1 selected (FAILED at %2): reopen or scrap it.")
                .replace("%1", unit.unit_id)
                .replace("%2", self.page.failed.row_at(i).failed_step or "?"),
                "info",
            )
            return
        self.page.banner.show_message(
            self.tr("LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.")
            .replace("%1", lot)
            .replace("%2", unit.unit_id)
            .replace("%3", status_label(UnitStatus(unit.status))),
            "info",
        )
