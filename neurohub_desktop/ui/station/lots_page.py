"""Manager panel at the station: create a LOT (+ its label), reopen/scrap a unit,
complete/close a LOT.  The service enforces the role; this page only offers the actions.

Live: every change that can alter the open LOTs or their FAILED units (here or at another
station, ``AppEvents.data_changed``) re-reads the list once; Refresh (F5) does it by hand.
A scanner burst anywhere on the page selects the scanned LOT, or the scanned unit's LOT and
the unit itself in the FAILED list; anything else is answered, never ignored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.station import FailedUnit, LocatedUnit, LotView
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner, beep
from neurohub_desktop.ui.lot_decisions import (
    FailedUnitsModel,
    RowsModel,
    ask_lot_decision,
    ask_unit_decision,
    failed_units_table,
)
from neurohub_desktop.ui.scanner import ScanCapture
from neurohub_desktop.ui.signature import SignatureDialog
from neurohub_desktop.ui.station.label_preview import LabelPreview
from neurohub_desktop.ui.station.lots_scan import LotScans
from neurohub_desktop.ui.station.view import status_text

# changes that alter the open-LOT list (its counts and statuses) or a LOT's FAILED units
LOT_KINDS = frozenset(
    {
        "lot_created",
        "lot_status",
        "wip_issued",
        "step_recorded",
        "unit_reopened",
        "unit_scrapped",
        "converted",
    }
)


class LotsModel(RowsModel):
    NUMBER, MODEL, SHIFT, TARGET, STATUS, WIPS, SERIALS, PASSED = range(8)

    def row_at(self, row: int) -> LotView:
        return self._rows[row]  # type: ignore[no-any-return]

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("LOT"),
            self.tr("Model"),
            self.tr("Shift"),
            self.tr("Target"),
            self.tr("Status"),
            self.tr("WIPs"),
            self.tr("Serials"),
            self.tr("Passed"),
        )

    def _cells(self, r: LotView) -> tuple[Any, ...]:
        return (
            r.lot_number,
            r.model_code,
            r.shift,
            r.target_quantity,
            status_text(r.status),
            r.wip_count,
            r.serial_count,
            r.passed_count,
        )


class LotsPage(QWidget):
    lot_created = Signal(object)  # LotView
    unit_decided = Signal(object)  # UnitView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotsPage")
        self.ctx = ctx
        self.svc = need(ctx.services.lots, "lots")
        self.banner = MessageBanner(self)
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("modelCombo")
        self.shift_combo = QComboBox(self)
        self.shift_combo.setObjectName("shiftCombo")
        self.shift_combo.addItem(self.tr("D (day)"), "D")
        self.shift_combo.addItem(self.tr("N (night)"), "N")
        self.target = QSpinBox(self)
        self.target.setObjectName("targetQuantity")
        self.target.setRange(1, 999)
        self.target.setValue(100)
        self.lot_number = QLineEdit(self)
        self.lot_number.setObjectName("lotNumber")
        self.lot_number.setMaxLength(11)
        self.create_button = QPushButton(self.tr("Create LOT"), self)
        self.create_button.setObjectName("createLotButton")
        self.create_button.setProperty("variant", "primary")
        self.print_button = QPushButton(self.tr("Print LOT label"), self)
        self.print_button.setObjectName("printLotButton")
        self.preview = LabelPreview(self)
        self.lots = LotsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("lotsTable")
        self.table.setModel(self.lots)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.complete_button = QPushButton(self.tr("Complete LOT"), self)
        self.complete_button.setObjectName("completeLotButton")
        self.close_button = QPushButton(self.tr("Close LOT"), self)
        self.close_button.setObjectName("closeLotButton")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Read the open LOTs again (F5)"))
        self.failed = FailedUnitsModel(self)
        self.failed_table = failed_units_table(self.failed, self, "failedUnitsTable")
        self.unit_field = QLineEdit(self)
        self.unit_field.setObjectName("unitField")
        self.unit_field.setPlaceholderText(self.tr("FAILED WIP or serial"))
        self.reopen_button = QPushButton(self.tr("Reopen for rework"), self)
        self.reopen_button.setObjectName("reopenButton")
        self.scrap_button = QPushButton(self.tr("Scrap"), self)
        self.scrap_button.setObjectName("scrapButton")
        self.scrap_button.setProperty("variant", "danger")
        self._layout()
        self.model_combo.currentIndexChanged.connect(self._propose)
        self.shift_combo.currentIndexChanged.connect(self._propose)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.complete_button.clicked.connect(lambda: self._move("complete_lot"))
        self.close_button.clicked.connect(lambda: self._move("close_lot"))
        self.reopen_button.clicked.connect(lambda: self._decide("reopen_unit"))
        self.scrap_button.clicked.connect(lambda: self._decide("scrap_unit"))
        self.last_lot: str | None = None
        self.table.selectionModel().selectionChanged.connect(self.load_failed)
        self.failed_table.selectionModel().selectionChanged.connect(self._on_failed_selected)
        self.signature: SignatureDialog | None = None  # the last signature asked for
        self._refresh_due = QTimer(self, singleShot=True, interval=0)
        self._refresh_due.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        #: a scan waiting for the list: (LOT number, the unit found or None for a LOT scan)
        self.pending_scan: tuple[str, LocatedUnit | None] | None = None
        self.scans = LotScans(self)
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self.scans.on_scan)
        ctx.events.data_changed.connect(self._on_data_changed)
        self.run_action(self.svc.product_models, on_success=self._on_models)
        self.refresh()

    def _layout(self) -> None:
        root = QVBoxLayout(self)
        root.addWidget(self.banner)
        top = QHBoxLayout()
        create = QGroupBox(self.tr("New LOT"), self)
        form = QFormLayout(create)
        form.addRow(self.tr("Model"), self.model_combo)
        form.addRow(self.tr("Shift"), self.shift_combo)
        form.addRow(self.tr("Target quantity"), self.target)
        form.addRow(self.tr("LOT number"), self.lot_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.print_button)
        form.addRow(buttons)
        top.addWidget(create, 1)
        top.addWidget(self.preview, 1)
        root.addLayout(top)
        lots = QGroupBox(self.tr("Open LOTs"), self)
        ll = QVBoxLayout(lots)
        ll.addWidget(self.table)
        lb = QHBoxLayout()
        lb.addWidget(self.complete_button)
        lb.addWidget(self.close_button)
        lb.addStretch(1)
        lb.addWidget(self.refresh_button)
        ll.addLayout(lb)
        root.addWidget(lots, 1)
        units = QGroupBox(self.tr("FAILED units"), self)
        uv = QVBoxLayout(units)
        uv.addWidget(self.failed_table)
        ul = QHBoxLayout()
        uv.addLayout(ul)
        ul.addWidget(self.unit_field, 2)
        ul.addWidget(self.reopen_button)
        ul.addWidget(self.scrap_button)
        root.addWidget(units)

    def run_action(self, fn: Any, *args: Any, on_success: Any = None) -> None:
        self.ctx.runner.run(fn, *args, on_success=on_success, on_error=self._on_error, context=self)

    def _on_error(self, exc: BaseException) -> None:
        if present_error(
            exc,
            banner=self.banner,
            events=self.ctx.events,
            locale=self.ctx.locale,
            context="LOT action",
        ).shown:
            beep()

    def refresh(self) -> None:
        self.run_action(self.svc.list_open_lots, on_success=self._on_lots)

    def _on_data_changed(self, event: ChangeEvent) -> None:
        """Any LOT-level change (here or at another station) re-reads the list once."""
        if event.kind in LOT_KINDS or event.kind == RESYNC:
            self._refresh_due.start()

    def _on_lots(self, rows: tuple[LotView, ...]) -> None:
        keep = self.pending_scan[0] if self.pending_scan else self.selected_lot()
        self.lots.set_rows(rows)  # the reset clears the selection
        for i, lot in enumerate(rows):
            if lot.lot_number == keep:
                self.table.selectRow(i)  # selectionChanged loads its FAILED units once
                return
        self.load_failed()  # nothing selected: the FAILED list empties

    def load_failed(self, *_args: object) -> None:
        """The selected LOT's FAILED units (with the failure and the rework count)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.failed.set_rows(())
            self.pending_scan = None
            return
        lot = self.lots.row_at(rows[0].row()).lot_number
        self.run_action(self.svc.failed_units, lot, on_success=self._on_failed)

    def _on_failed(self, rows: tuple[FailedUnit, ...]) -> None:
        keep = self.unit_field.text().strip().upper()
        self.failed.set_rows(rows)
        scan, self.pending_scan = self.pending_scan, None
        if scan is not None and scan[0] == self.selected_lot():
            self.scans.show_scanned(*scan)
        elif keep and (i := self.failed.row_of(keep)) is not None:
            self.failed_table.selectRow(i)  # a live refresh keeps the unit picked

    # -- scans -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            self.capture.install(app)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.capture.uninstall()
        super().hideEvent(event)

    def _on_failed_selected(self, *_args: object) -> None:
        """A FAILED unit picked from the list is the one reopen / scrap decide about."""
        rows = self.failed_table.selectionModel().selectedRows()
        if rows:
            self.unit_field.setText(self.failed.row_at(rows[0].row()).unit_id)

    def _on_models(self, models: Any) -> None:
        self.model_combo.clear()
        for m in models:
            self.model_combo.addItem(f"{m.code} — {m.name}", m.code)
        self._propose()

    def _propose(self, *_args: object) -> None:
        code, shift = self.model_combo.currentData(), self.shift_combo.currentData()
        if code and shift:
            self.run_action(
                self.svc.propose_lot_number, code, shift, on_success=self.lot_number.setText
            )

    def _on_create_clicked(self) -> None:
        self.run_action(
            self.svc.create_lot,
            self.ctx.user,
            self.model_combo.currentData(),
            self.shift_combo.currentData(),
            self.target.value(),
            self.lot_number.text().strip() or None,
            on_success=self._on_created,
        )

    def _on_created(self, lot: LotView) -> None:
        self.last_lot = lot.lot_number
        self.banner.show_message(
            self.tr("LOT %1 created.").replace("%1", lot.lot_number), "success"
        )
        self.run_action(self.svc.lot_label, lot.lot_number, on_success=self.preview.set_zpl)
        self.lot_created.emit(lot)
        self.ctx.announce(ChangeEvent("lot_created", lot.id, lot.lot_number))
        self._propose()

    def selected_lot(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lots.row_at(rows[0].row()).lot_number if rows else self.last_lot

    def _on_print_clicked(self) -> None:
        lot = self.selected_lot()
        if lot:
            self.run_action(
                self.svc.print_lot_label, self.ctx.user, lot, on_success=self._on_printed
            )

    def _on_printed(self, zpl: str) -> None:
        self.preview.set_zpl(zpl)
        self.banner.show_message(self.tr("LOT label sent to the printer."), "success")

    def _operator(self) -> str | None:
        return getattr(self.ctx.user, "user_id", None)

    def _move(self, method: str) -> None:
        """Complete or close the selected LOT: a signed decision (RELEASED / CLOSED)."""
        lot = self.selected_lot()
        if not lot:
            return
        self._asking(
            ask_lot_decision(
                self,
                self.ctx,
                method == "complete_lot",
                lot,
                on_signed=self._on_moved,
                operator=self._operator(),
            )
        )

    def _asking(self, dialog: SignatureDialog) -> None:
        """While the signature dialog is open, keys go to it unfiltered (a password typed
        fast and ended with Return is not a scan)."""
        self.signature = dialog
        self.capture.set_enabled(False)
        dialog.finished.connect(lambda _result: self.capture.set_enabled(True))

    def _on_moved(self, v: LotView) -> None:
        self.banner.show_message(
            self.tr("LOT %1 is now %2.")
            .replace("%1", v.lot_number)
            .replace("%2", status_text(v.status)),
            "success",
        )
        self.ctx.announce(ChangeEvent("lot_status", v.id, v.lot_number))

    def _decide(self, method: str) -> None:
        """Reopen or scrap the FAILED unit typed/scanned: a signed decision."""
        unit = self.unit_field.text().strip().upper()
        if not unit:
            self.banner.show_message(self.tr("Scan or type the FAILED unit first."), "error")
            self.unit_field.setFocus()
            return
        self._asking(
            ask_unit_decision(
                self,
                self.ctx,
                method == "reopen_unit",
                unit,
                on_signed=lambda v: self._on_decided(v, method),
                operator=self._operator(),
            )
        )

    def _on_decided(self, view: Any, method: str = "reopen_unit") -> None:
        self.banner.show_message(
            self.tr("%1 is now %2.")
            .replace("%1", view.unit_id)
            .replace("%2", status_text(view.status)),
            "success",
        )
        self.unit_field.clear()
        self.load_failed()
        self.unit_decided.emit(view)
        kind = "unit_reopened" if method == "reopen_unit" else "unit_scrapped"
        self.ctx.announce(ChangeEvent(kind, view.lot_id, view.unit_id))
