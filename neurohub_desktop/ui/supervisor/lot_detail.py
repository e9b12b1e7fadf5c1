"""LOT detail: the LOT's units and its PASS/FAIL/REWORK counts per step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.reports import LotDetail
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.supervisor.common import fmt_dt, fmt_pct, locale_of, status_label
from neurohub_desktop.ui.supervisor.export_ui import ExportButtons
from neurohub_desktop.ui.supervisor.models import StepCountModel, UnitModel
from neurohub_desktop.ui.supervisor.table_model import sort_proxy


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
        self.units = UnitModel(self)
        self.units_view = make_table(self.units, self, "unitsTable")
        self.units_view.doubleClicked.connect(self._on_units_double_clicked)
        self.steps = StepCountModel(self, locale)
        self.steps_view = make_table(self.steps, self, "stepCountsTable")
        self.export = ExportButtons(self.units_view, self.tr("LOT units"), self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.units_view)
        split.addWidget(self.steps_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
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
        self.units.set_rows([])
        self.steps.set_rows([])

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
        self.units.set_rows(detail.units)
        self.steps.set_rows(detail.steps)
        self.units_view.resizeColumnsToContents()
        self.steps_view.resizeColumnsToContents()
        self.loaded.emit(detail)

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
