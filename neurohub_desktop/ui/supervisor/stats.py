"""WIP distribution and yield (tables + charts) and the defect Pareto.

Both cover a scope (LOT production period, model, optionally one LOT) and refresh after a
change only when they are visible, debounced: a NOTIFY costs one scoped query, never a
reload of everything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.changes import ChangeEvent
from neurohub_desktop.domain.reports import PROCESS_IDS, ParetoRow, ReportScope, YieldReport
from neurohub_desktop.export import INTEGER, PERCENT, Typed
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.supervisor import charts
from neurohub_desktop.ui.supervisor.common import ScopeBar, fmt_pct, locale_of
from neurohub_desktop.ui.supervisor.export_ui import ExportButtons
from neurohub_desktop.ui.supervisor.lot_detail import make_table
from neurohub_desktop.ui.supervisor.models import ParetoModel, StatusCountModel, StepYieldModel
from neurohub_desktop.ui.supervisor.output_models import OperatorOutputModel, ShiftOutputModel

LIVE_DEBOUNCE_MS = 1000


class _ScopedPage(QWidget):
    """Scope bar + LOT field + refresh + a message banner; subclasses implement ``_fetch``
    and ``_show`` and lay out ``bar`` and ``banner`` on top."""

    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.scope_bar = ScopeBar(self)
        self.lot_edit = QLineEdit(objectName="scopeLot")
        self.lot_edit.setPlaceholderText(self.tr("LOT number (optional)"))
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshButton")
        self.banner = MessageBanner(self)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.scope_bar)
        self.bar.addWidget(self.lot_edit)
        self.bar.addStretch(1)
        self.bar.addWidget(self.refresh_button)
        self.scope_bar.changed.connect(self.refresh)
        self.lot_edit.returnPressed.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self._live = QTimer(self, singleShot=True, interval=LIVE_DEBOUNCE_MS)
        self._live.timeout.connect(self._on_live_timeout)
        self._stale = False
        ctx.events.data_changed.connect(self._on_data_changed)
        ctx.read_lane.run(
            need(ctx.services.reports, "reports").model_codes,
            on_success=self.scope_bar.set_models,
            on_error=self._on_error,
            context=self,
        )

    def scope(self) -> ReportScope:
        d_from, d_to = self.scope_bar.period()
        return ReportScope(
            d_from,
            d_to,
            self.scope_bar.model_code(),
            lot_number=self.lot_edit.text().strip() or None,
        )

    def refresh(self) -> None:
        self._stale = False
        self._ctx.read_lane.run(
            self._fetch,
            *self._request(),
            on_success=self._on_loaded,
            on_error=self._on_error,
            context=self,
        )

    def _request(self) -> tuple[Any, ...]:
        """The arguments of ``_fetch``, read from the widgets on the GUI thread."""
        return (self.scope(),)

    def _on_loaded(self, result: Any) -> None:
        self.banner.clear()
        self._show(result)
        self.loaded.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        present_error(
            exc,
            banner=self.banner,
            events=self._ctx.events,
            locale=locale_of(self._ctx),
            context=f"{type(self).__name__} report",
        )

    def _on_data_changed(self, event: object) -> None:
        # a finished LOT's cached figures go when a change names it (services.reports)
        reports = self._ctx.services.reports
        if reports is not None and isinstance(event, ChangeEvent):
            reports.forget(event)
        self._live.start()

    def _on_live_timeout(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fetch(self, scope: ReportScope, *args: Any) -> Any:
        raise NotImplementedError

    def _show(self, result: Any) -> None:
        raise NotImplementedError


class YieldPage(_ScopedPage):
    """The plan's WIP statistics + FPY, RTY, rework rate and durations."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("yieldPage")
        locale = locale_of(ctx)
        self.summary = QLabel(objectName="yieldSummary")
        self.steps = StepYieldModel(self, locale)
        self.steps_view = make_table(self.steps, self, "stepYieldTable")
        self.status = StatusCountModel(self)
        self.status_view = make_table(self.status, self, "statusCountTable")
        self.status_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.results_view = charts.chart_view("resultsChart", self)
        self.fpy_view = charts.chart_view("fpyChart", self)
        self.wip_view = charts.chart_view("wipChart", self)
        self.export = ExportButtons(self.steps_view, self.tr("Yield per step"), self)
        self.operators = OperatorOutputModel(self, locale)
        self.operators_view = make_table(self.operators, self, "operatorOutputTable")
        self.operators_export = ExportButtons(
            self.operators_view, self.tr("Output per operator"), self
        )
        self.shifts = ShiftOutputModel(self, locale)
        self.shifts_view = make_table(self.shifts, self, "shiftOutputTable")
        self.shifts_export = ExportButtons(self.shifts_view, self.tr("Output per shift"), self)
        self.output_tabs = QTabWidget(self)
        self.output_tabs.setObjectName("outputTabs")
        for view, export, title in (
            (self.operators_view, self.operators_export, self.tr("Per operator")),
            (self.shifts_view, self.shifts_export, self.tr("Per shift")),
        ):
            tab = QWidget()
            tab_layout = QVBoxLayout(tab)
            tab_layout.setContentsMargins(0, 0, 0, 0)
            tab_layout.addWidget(export, 0, Qt.AlignmentFlag.AlignRight)
            tab_layout.addWidget(view, 1)
            self.output_tabs.addTab(tab, title)
        self.report: YieldReport | None = None
        self.export.summary = self._summary_rows

        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.export)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.steps_view)
        tables.addWidget(self.status_view)
        tables.setStretchFactor(0, 4)
        tables.setStretchFactor(1, 1)
        chart_row = QSplitter(Qt.Orientation.Horizontal)
        for v in (self.results_view, self.fpy_view, self.wip_view):
            chart_row.addWidget(v)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(tables)
        body.addWidget(self.output_tabs)
        body.addWidget(chart_row)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        self.refresh()

    def _fetch(self, scope: ReportScope) -> YieldReport:
        return need(self._ctx.services.reports, "reports").yield_report(scope)  # type: ignore[no-any-return]

    def _show(self, report: YieldReport) -> None:
        self.report = report
        self.steps.set_rows(report.steps)
        self.status.set_rows(report.status_counts)
        self.operators.set_rows(report.operators)
        self.shifts.set_rows(report.shifts)
        self.steps_view.resizeColumnsToContents()
        fit_to_contents(self.status_view)
        self.summary.setText(
            self.tr(
                "Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)"
            ).format(
                report.units_attempted,
                fmt_pct(report.rty) or "–",
                fmt_pct(report.rework_rate) or "–",
                report.units_reworked,
            )
        )
        charts.show(self.results_view, charts.results_chart(report.steps))
        charts.show(self.fpy_view, charts.fpy_chart(report.steps, report.rty))
        charts.show(self.wip_view, charts.status_chart(report.status_counts, "WIP"))

    def _summary_rows(self) -> list[list[Any]]:
        """The summary line's figures, as cells a spreadsheet computes with."""
        r = self.report
        if r is None:
            return []

        def pct(value: float | None) -> Typed | str:
            return Typed(fmt_pct(value), value, PERCENT) if value is not None else ""

        return [
            [self.tr("Units"), Typed(str(r.units_attempted), r.units_attempted, INTEGER)],
            [self.tr("Rolled-throughput yield"), pct(r.rty)],
            [self.tr("Rework rate"), pct(r.rework_rate)],
            [self.tr("Units reworked"), Typed(str(r.units_reworked), r.units_reworked, INTEGER)],
        ]


CHART_MIN_WIDTH = 420


def fit_to_contents(view: QTableView) -> None:
    """Columns as wide as their texts and the view at least that wide: the narrow status
    table's count column was clipped by the splitter."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    needed = sum(
        max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
    )
    scrollbar = view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(needed + 2 * view.frameWidth() + scrollbar)


class ParetoPage(_ScopedPage):
    """Defect codes by frequency, per process and period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("paretoPage")
        self.process_combo = QComboBox(objectName="paretoProcess")
        self.process_combo.addItem(self.tr("All steps"), None)
        for pid in PROCESS_IDS:
            self.process_combo.addItem(pid, pid)
        self.process_combo.currentIndexChanged.connect(self.refresh)
        self.bar.insertWidget(2, self.process_combo)
        self.model = ParetoModel(self, locale_of(ctx))
        self.view = make_table(self.model, self, "paretoTable")
        self.view.setSortingEnabled(False)  # the Pareto order is the point
        self.chart_view = charts.chart_view("paretoChart", self)
        self.export = ExportButtons(self.view, self.tr("Defect Pareto"), self)
        self.total_label = QLabel(objectName="paretoTotal")
        head = QHBoxLayout()
        head.addWidget(self.total_label, 1)
        head.addWidget(self.export)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.view)
        body.addWidget(self.chart_view)
        # The chart opens at half the page, never collapsed (it opened ~90 px wide: "…" labels).
        self.chart_view.setMinimumWidth(CHART_MIN_WIDTH)
        body.setChildrenCollapsible(False)
        body.setSizes([1000, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        self.refresh()

    def _request(self) -> tuple[Any, ...]:
        return (self.scope(), self.process_combo.currentData())

    def _fetch(self, scope: ReportScope, process: str | None = None) -> tuple[ParetoRow, ...]:
        return need(self._ctx.services.reports, "reports").defect_pareto(  # type: ignore[no-any-return]
            scope, process
        )

    def _show(self, rows: tuple[ParetoRow, ...]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.total_label.setText(self.tr("{0} defects").format(sum(r.count for r in rows)))
        charts.show(self.chart_view, charts.pareto_chart(rows))
