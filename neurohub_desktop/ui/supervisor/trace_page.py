"""Traceability: scan or type a LOT, WIP or serial id → the unit's full timeline (or the LOT's
units; double-click one to follow it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.reports import TraceDecision, TraceResult, WhereUsed
from neurohub_desktop.export import XLSX_MAX_SHEET_TITLE
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.scanner import ScanCapture, ScanField
from neurohub_desktop.ui.supervisor.common import fmt_dt, locale_of, status_label
from neurohub_desktop.ui.supervisor.export_ui import ExportButtons
from neurohub_desktop.ui.supervisor.lot_detail import make_table
from neurohub_desktop.ui.supervisor.models import TimelineModel, UnitModel, WhereUsedModel
from neurohub_desktop.ui.supervisor.table_model import ROW_ROLE, export_cell


class TracePage(QWidget):
    traced = Signal(object)  # the TraceResult shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracePage")
        self._ctx = ctx
        self.result: TraceResult | None = None
        self.scan = ScanField(self)
        self.scan.setPlaceholderText(
            self.tr("Scan or type a LOT, WIP or serial ID, a component lot or a firmware version")
        )
        self.trace_button = QPushButton(self.tr("Trace"), objectName="traceButton")
        self.banner = MessageBanner(self)
        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = [
            ("lot", self.tr("LOT")),
            ("wip", self.tr("WIP ID")),
            ("serial", self.tr("Serial")),
            ("status", self.tr("Status")),
            ("issued", self.tr("Issued")),
            ("step", self.tr("Current step")),
            ("components", self.tr("Component lots (PROC-002)")),
            ("firmware", self.tr("Firmware (PROC-004)")),
        ]
        self._titles = dict(names)  # also the export's heading
        for i, (key, title) in enumerate(names):
            value = QLabel(objectName=f"trace_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.fields[key] = value
            grid.addWidget(QLabel(title + ":"), i // 4, (i % 4) * 2)
            grid.addWidget(value, i // 4, (i % 4) * 2 + 1)
        self.decisions = QLabel(self)
        self.decisions.setObjectName("traceDecisions")
        self.decisions.setWordWrap(True)
        self.decisions.setTextFormat(Qt.TextFormat.PlainText)
        self.decisions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = TimelineModel(self, locale_of(ctx))
        self.timeline_view = make_table(self.timeline, self, "timelineTable")
        self.timeline_view.sortByColumn(TimelineModel.COL_START, Qt.SortOrder.AscendingOrder)
        self.units = UnitModel(self)
        self.units_view = make_table(self.units, self, "traceUnitsTable")
        self.units_view.doubleClicked.connect(self._on_unit_double_clicked)
        self.units_view.hide()
        self.where_used = WhereUsedModel(self)  # a component lot / firmware version traced
        self.where_used_view = make_table(self.where_used, self, "whereUsedTable")
        self.where_used_view.doubleClicked.connect(self._on_unit_double_clicked)
        self.where_used_view.hide()
        self.export = ExportButtons(self.timeline_view, self.tr("Traceability"), self)
        self.export.heading = self.heading_rows

        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.trace_button)
        scan_row.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.decisions)
        layout.addWidget(self.timeline_view, 1)
        layout.addWidget(self.units_view, 1)
        layout.addWidget(self.where_used_view, 1)
        self.scan.scanned.connect(self.trace)
        # A burst is a scan wherever the focus is (the menu just clicked, a table), as at
        # the station: the page listens application-wide while it is shown.
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self.trace)
        self.trace_button.clicked.connect(self._on_trace_clicked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        app = QApplication.instance()
        if app is not None:
            self.capture.install(app)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.capture.uninstall()
        super().hideEvent(event)

    def _on_trace_clicked(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if text:
            self.trace(text)

    def trace(self, text: str) -> None:
        self.banner.clear()
        self._ctx.read_lane.run(
            need(self._ctx.services.reports, "reports").trace,
            text,
            on_success=self._show,
            on_error=self._on_error,
            context=self,
        )

    def _on_error(self, exc: BaseException) -> None:
        present_error(
            exc,
            banner=self.banner,
            events=self._ctx.events,
            locale=locale_of(self._ctx),
            context="trace",
        )

    def _show(self, result: TraceResult | WhereUsed) -> None:
        if isinstance(result, WhereUsed):
            self._show_where_used(result)
            return
        self.where_used.set_rows([])
        self.where_used_view.hide()
        self.result = result
        f = self.fields
        f["lot"].setText(f"{result.lot.lot_number} ({status_label(result.lot.status)})")
        unit = result.unit
        about = result.lot.lot_number if unit is None else unit.serial_number or unit.wip_id or ""
        title = f"{self.tr('Traceability')} {about}"  # the file and the sheet name the unit
        self.export.title = title if len(title) <= XLSX_MAX_SHEET_TITLE else about
        if unit is None:
            for key in ("wip", "serial", "status", "issued", "step", "components", "firmware"):
                f[key].setText("")
            self.decisions.setText("")
            self.timeline.set_rows([])
            self.units.set_rows(result.units)
            self.timeline_view.hide()
            self.units_view.show()
            self.export.view = self.units_view
        else:
            f["wip"].setText(unit.wip_id or "")
            f["serial"].setText(unit.serial_number or "")
            f["status"].setText(status_label(unit.status))
            f["issued"].setText(fmt_dt(unit.issued_at))
            f["step"].setText(unit.current_step or "")
            f["components"].setText(", ".join(f"{k} {v}" for k, v in unit.component_lots.items()))
            f["firmware"].setText(unit.firmware_version or "")
            self.decisions.setText(self.decisions_text(unit.decisions))
            self.timeline.set_rows(unit.timeline)
            self.units.set_rows([])
            self.units_view.hide()
            self.timeline_view.show()
            self.timeline_view.resizeColumnsToContents()
            self.export.view = self.timeline_view
        self.traced.emit(result)

    def heading_rows(self) -> list[list[Any]]:
        """What the export is about, above its table: the LOT (model, status) and, for a unit,
        what the fields above the timeline show (the issue time as a time cell)."""
        result = self.result
        if result is None:
            return []
        t = self._titles
        lot = result.lot
        rows: list[list[Any]] = [
            [t["lot"], lot.lot_number],
            [self.tr("Model"), lot.model_code],
            [self.tr("LOT status"), status_label(lot.status)],
        ]
        unit = result.unit
        if unit is not None:
            rows += [
                [t["wip"], unit.wip_id or ""],
                [t["serial"], unit.serial_number or ""],
                [t["status"], status_label(unit.status)],
                [t["issued"], export_cell(unit.issued_at, fmt_dt(unit.issued_at))],
                [t["step"], unit.current_step or ""],
                [t["components"], ", ".join(f"{k} {v}" for k, v in unit.component_lots.items())],
                [t["firmware"], unit.firmware_version or ""],
            ]
            if unit.decisions:
                rows.append([self.tr("Decisions"), self.decisions_text(unit.decisions)])
        return rows

    def _show_where_used(self, found: WhereUsed) -> None:
        """Every unit that used a component lot or firmware version, exportable."""
        self.result = None
        for label in self.fields.values():
            label.setText("")
        self.decisions.setText("")
        self.timeline.set_rows([])
        self.units.set_rows([])
        self.timeline_view.hide()
        self.units_view.hide()
        self.where_used.set_rows(found.rows)
        self.where_used_view.show()
        self.where_used_view.resizeColumnsToContents()
        self.export.view = self.where_used_view
        self.banner.show_message(
            self.tr("%1: used by %2 unit(s).")
            .replace("%1", found.query)
            .replace("%2", str(len(found.rows))),
            "info",
        )
        self.traced.emit(found)

    def decisions_text(self, decisions: Sequence[TraceDecision]) -> str:
        """One line per signed decision: when, meaning, signer, reason."""
        lines = []
        for d in decisions:
            meaning = (
                self.tr("Rework approved")
                if d.meaning == "REWORK_APPROVED"
                else self.tr("Scrapped")
            )
            lines.append(
                self.tr("%1 %2, signed by %3 (%4): %5")
                .replace("%1", fmt_dt(d.signed_at))
                .replace("%2", meaning)
                .replace("%3", d.signer_name)
                .replace("%4", d.signer_user_id)
                .replace("%5", d.reason)
            )
        return "\n".join(lines)

    def _on_unit_double_clicked(self, index: Any) -> None:
        row = index.model().index(index.row(), 0).data(ROW_ROLE)
        if row is not None:
            self.trace(row.serial_number or row.wip_id)
