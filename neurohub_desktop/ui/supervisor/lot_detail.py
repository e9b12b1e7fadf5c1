"""LOT detail: the LOT's units, its RTY and rework rate, its PASS/FAIL/REWORK counts per step,
and its FAILED units (failure, rework count) — a MANAGER/ADMIN reopens or scraps one from that
list, signed, through the same dialog and words as the station's LOT page
(``ui.lot_decisions``); a VIEWER sees the list without the actions.  The export holds all of
it: the LOT's line and figures above the units, the step counts and the FAILED units after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.changes import ChangeEvent
from neurohub_desktop.domain.reports import LotDetail
from neurohub_desktop.domain.station import FailedUnit
from neurohub_desktop.export import INTEGER, PERCENT, Typed
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.lot_decisions import (
    FailedUnitsModel,
    ask_unit_decision,
    decision_title,
    failed_units_table,
)
from neurohub_desktop.ui.signature import Meaning, SignatureDialog
from neurohub_desktop.ui.supervisor.common import (
    can_manage,
    fmt_dt,
    fmt_pct,
    locale_of,
    status_label,
)
from neurohub_desktop.ui.supervisor.export_ui import ExportButtons, table_snapshot
from neurohub_desktop.ui.supervisor.models import StepCountModel, UnitModel
from neurohub_desktop.ui.supervisor.table_model import export_cell, sort_proxy


def make_table(model: Any, parent: QWidget | None = None, name: str = "") -> QTableView:
    """A read-only, sortable table over ``model`` (through a sort proxy)."""
    view = QTableView(parent, objectName=name)
    view.setModel(sort_proxy(model, view))
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view


class LotDetailWidget(QWidget):
    """Shows one LOT; ``load(lot_id)`` fetches it in the background.  Errors go to
    ``banner`` (the LOT board passes its own) or to a banner of this widget's."""

    loaded = Signal(object)  # the LotDetail shown
    unit_activated = Signal(str)  # WIP id or serial (traceability)
    failed_loaded = Signal(object)  # the FAILED units shown
    unit_decided = Signal(object)  # UnitView after a signed reopen / scrap

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, banner: MessageBanner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lotDetail")
        self._ctx = ctx
        self.lot_id: int | None = None
        self.detail: LotDetail | None = None
        locale = locale_of(ctx)
        self.title = QLabel(self.tr("Select a LOT"), objectName="lotDetailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("lotDetailFigures")
        self.figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.units = UnitModel(self)
        self.units_view = make_table(self.units, self, "unitsTable")
        self.units_view.doubleClicked.connect(self._on_units_double_clicked)
        self.steps = StepCountModel(self, locale)
        self.steps_view = make_table(self.steps, self, "stepCountsTable")
        self.export = ExportButtons(self.units_view, self.tr("LOT units"), self)
        self.export.heading = self.heading_rows
        self.export.summary = self.summary_rows
        self.failed = FailedUnitsModel(self)
        self.failed_view = failed_units_table(self.failed, self, "failedUnitsTable")
        self.signature: SignatureDialog | None = None  # the last signature asked for
        self.reopen_button: QPushButton | None = None
        self.scrap_button: QPushButton | None = None
        failed_box = QGroupBox(self.tr("FAILED units"), self)
        fl = QVBoxLayout(failed_box)
        fl.addWidget(self.failed_view)
        if can_manage(ctx) and ctx.services.lots is not None:
            self.reopen_button = QPushButton(decision_title(Meaning.REWORK_APPROVED), self)
            self.reopen_button.setObjectName("reopenButton")
            self.scrap_button = QPushButton(decision_title(Meaning.SCRAPPED), self)
            self.scrap_button.setObjectName("scrapButton")
            self.scrap_button.setProperty("variant", "danger")
            self.reopen_button.clicked.connect(lambda: self._decide(reopen=True))
            self.scrap_button.clicked.connect(lambda: self._decide(reopen=False))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self.reopen_button)
            buttons.addWidget(self.scrap_button)
            fl.addLayout(buttons)
        self.failed_view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.units_view)
        split.addWidget(self.steps_view)
        split.addWidget(failed_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.figures_label)
        if banner is None:
            banner = MessageBanner(self)
            layout.addWidget(banner)
        self.banner = banner
        layout.addWidget(split, 1)

    def load(self, lot_id: int | None) -> None:
        self.lot_id = lot_id
        if lot_id is None:
            self.clear()
            return
        self._ctx.read_lane.run(
            need(self._ctx.services.reports, "reports").lot_detail,
            lot_id,
            on_success=self._on_loaded,
            on_error=self._on_error,
            context=self,
        )

    def reload(self) -> None:
        self.load(self.lot_id)

    def clear(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Select a LOT"))
        self.figures_label.setText("")
        self.units.set_rows([])
        self.steps.set_rows([])
        self.failed.set_rows([])
        self._update_actions()

    def _on_loaded(self, detail: LotDetail | None) -> None:
        if detail is None or detail.lot.lot_id != self.lot_id:
            if detail is None:
                self.clear()
            return
        self.detail = detail
        lot = detail.lot
        self.title.setText(
            self.tr("{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}").format(
                lot.lot_number,
                status_label(lot.status),
                lot.finished,
                lot.target_quantity,
                fmt_pct(lot.progress, 0),
                fmt_dt(lot.created_at),
            )
        )
        self.figures_label.setText(self.figures_text(detail))
        self.export.title = self.tr("LOT {0}").format(lot.lot_number)
        self.units.set_rows(detail.units)
        self.steps.set_rows(detail.steps)
        self.units_view.resizeColumnsToContents()
        self.steps_view.resizeColumnsToContents()
        self.loaded.emit(detail)
        lots = self._ctx.services.lots
        if lots is not None:
            self._ctx.read_lane.run(
                lots.failed_units,
                lot.lot_number,
                on_success=lambda rows, pk=lot.lot_id: self._on_failed(pk, rows),
                on_error=self._on_error,
                context=self,
            )

    def figures_text(self, detail: LotDetail) -> str:
        f = detail.figures
        if f is None:
            return ""
        return self.tr(
            "Rolled-throughput yield: {0}  ·  Rework rate: {1} ({2} units reworked)"
        ).format(fmt_pct(f.rty) or "–", fmt_pct(f.rework_rate) or "–", f.units_reworked)

    def heading_rows(self) -> list[list[Any]]:
        """The export's first rows: the title line's facts and the LOT's figures, as cells a
        spreadsheet computes with."""
        d = self.detail
        if d is None:
            return []
        lot = d.lot
        rows: list[list[Any]] = [
            [self.tr("LOT"), lot.lot_number],
            [self.tr("Model"), lot.model_code],
            [self.tr("Status"), status_label(lot.status)],
            [self.tr("Finished"), _count(lot.finished)],
            [self.tr("Target"), _count(lot.target_quantity)],
            [self.tr("Progress"), Typed(fmt_pct(lot.progress, 0), lot.progress, "0%")],
            [self.tr("Since"), export_cell(lot.created_at, fmt_dt(lot.created_at))],
        ]
        f = d.figures
        if f is not None:
            rows += [
                [self.tr("Rolled-throughput yield"), _pct(f.rty)],
                [self.tr("Rework rate"), _pct(f.rework_rate)],
                [self.tr("Units reworked"), _count(f.units_reworked)],
            ]
        return rows

    def summary_rows(self) -> list[list[Any]]:
        """After the units: the step counts and the FAILED units, each under its own header."""
        if self.detail is None:
            return []
        headers, rows = table_snapshot(self.steps_view)
        failed = self.failed
        titles = [
            str(failed.headerData(c, Qt.Orientation.Horizontal))
            for c in range(failed.columnCount())
        ]
        listed: list[list[Any]] = []
        for i in range(failed.rowCount()):
            u = failed.row_at(i)
            listed.append([u.unit_id, u.failed_step or "", u.failure, _count(u.rework_count)])
        return [headers, *rows, [], [self.tr("FAILED units")], titles, *listed]

    def _on_failed(self, lot_id: int, rows: tuple[FailedUnit, ...]) -> None:
        if lot_id != self.lot_id:
            return  # another LOT was selected meanwhile
        self.failed.set_rows(rows)
        self._update_actions()
        self.failed_loaded.emit(rows)

    def selected_failed(self) -> FailedUnit | None:
        rows = self.failed_view.selectionModel().selectedRows()
        return self.failed.row_at(rows[0].row()) if rows else None

    def _update_actions(self, *_args: object) -> None:
        chosen = self.selected_failed() is not None
        for button in (self.reopen_button, self.scrap_button):
            if button is not None:
                button.setEnabled(chosen)

    def _decide(self, reopen: bool) -> None:
        """Reopen or scrap the FAILED unit chosen in the list: a signed decision."""
        unit = self.selected_failed()
        if unit is None:
            return
        self.signature = ask_unit_decision(
            self,
            self._ctx,
            reopen,
            unit.unit_id,
            on_signed=lambda view: self._on_decided(view, reopen),
            operator=getattr(self._ctx.user, "user_id", None),
        )

    def _on_decided(self, view: Any, reopen: bool) -> None:
        self.banner.show_message(
            self.tr("{0} is now {1}.").format(view.unit_id, status_label(str(view.status))),
            "success",
            5000,
        )
        self.unit_decided.emit(view)
        kind = "unit_reopened" if reopen else "unit_scrapped"
        self._ctx.announce(ChangeEvent(kind, view.lot_id, view.unit_id))
        self.reload()

    def _on_error(self, exc: BaseException) -> None:
        present_error(
            exc,
            banner=self.banner,
            events=self._ctx.events,
            locale=locale_of(self._ctx),
            context="LOT detail",
        )
        self.clear()  # nothing stale under the title; reload() tries the same LOT again
        self.title.setText(self.tr("Could not load the LOT."))

    def _on_units_double_clicked(self, index: Any) -> None:
        row = self.units_view.model().index(index.row(), 0).data(Qt.ItemDataRole.UserRole + 2)
        if row is not None:
            self.unit_activated.emit(row.serial_number or row.wip_id)


def _count(n: int) -> Typed:
    return Typed(str(n), n, INTEGER)


def _pct(value: float | None) -> Typed | str:
    return Typed(fmt_pct(value), value, PERCENT) if value is not None else ""
