"""QtCharts builders for the statistics screens (rebuilt from rows on each refresh)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from neurohub_desktop.domain.reports import ParetoRow, StatusCount, StepYield
from neurohub_desktop.domain.states import StepResult, UnitStatus
from neurohub_desktop.ui.supervisor.common import (
    FAIL_COLOR,
    PASS_COLOR,
    REWORK_COLOR,
    STEP_COLOR,
    status_label,
)

_STATUS_COLORS: dict[str, str] = {
    UnitStatus.CREATED: "#90a4ae",
    UnitStatus.IN_PROGRESS: "#1e88e5",
    UnitStatus.COMPLETED: "#43a047",
    UnitStatus.FAILED: "#e53935",
    UnitStatus.CONVERTED: "#8e24aa",
    UnitStatus.PASSED: "#2e7d32",
    UnitStatus.SCRAPPED: "#6d4c41",
}


def chart_view(name: str, parent: QWidget | None = None) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _axes(
    chart: QChart, series: object, categories: Sequence[str], top: float, fmt: str = "%d"
) -> None:
    x = QBarCategoryAxis()
    x.append(list(categories))
    if fmt == "%d":  # counts: whole-number ticks
        y = count_axis(math.ceil(top))
    else:
        y = QValueAxis()
        y.setRange(0, max(top, 1))
        y.applyNiceNumbers()
        y.setLabelFormat(fmt)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)  # type: ignore[attr-defined]
    series.attachAxis(y)  # type: ignore[attr-defined]


def results_chart(steps: Sequence[StepYield]) -> QChart:
    """PASS / FAIL / REWORK attempts per step, stacked, in sequence order."""
    chart = _chart(QCoreApplication.translate("Supervisor", "Results per step"))
    series = QStackedBarSeries()
    for label, color, attr in (
        (status_label(StepResult.PASS), PASS_COLOR, "passed"),
        (status_label(StepResult.FAIL), FAIL_COLOR, "failed"),
        (status_label(StepResult.REWORK), REWORK_COLOR, "rework"),
    ):
        bar = QBarSet(label)
        bar.setColor(color)
        bar.append([float(getattr(s, attr)) for s in steps])
        series.append(bar)
    chart.addSeries(series)
    _axes(
        chart,
        series,
        [s.process.process_id[-3:] for s in steps],
        max((s.attempts for s in steps), default=0) * 1.1,
    )
    return chart


def fpy_chart(steps: Sequence[StepYield], rty: float | None) -> QChart:
    """First-pass yield per step (%); the title carries the rolled-throughput yield."""
    rty_text = "–" if rty is None else f"{100 * rty:.1f}%"
    chart = _chart(
        QCoreApplication.translate("Supervisor", "First-pass yield per step (RTY {0})").format(
            rty_text
        )
    )
    series = QBarSeries()
    bar = QBarSet(QCoreApplication.translate("Supervisor", "First-pass yield"))
    bar.setColor(STEP_COLOR)
    bar.append([round(100.0 * (s.fpy or 0.0), 1) for s in steps])
    series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsAngle(-90)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(series)
    chart.legend().hide()
    _axes(chart, series, [s.process.process_id[-3:] for s in steps], 100, "%d%%")
    return chart


def status_chart(counts: Sequence[StatusCount], kind: str = "WIP") -> QChart:
    """Units by status (a pie); ``kind`` WIP or SERIAL."""
    if kind == "WIP":
        title = QCoreApplication.translate("Supervisor", "WIP by status")
    else:
        title = QCoreApplication.translate("Supervisor", "Serials by status")
    chart = _chart(title)
    series = QPieSeries()
    for c in counts:
        if c.kind != kind or not c.count:
            continue
        piece = series.append(f"{status_label(c.status)} {c.count}", c.count)
        piece.setColor(QColor(_STATUS_COLORS.get(c.status, "#9e9e9e")))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def pareto_chart(rows: Sequence[ParetoRow], top: int = 10) -> QChart:
    """Defect counts (bars, most frequent first) and the cumulative share (line, right axis)."""
    rows = list(rows[:top])
    chart = _chart(QCoreApplication.translate("Supervisor", "Defect Pareto"))
    bars = QBarSeries()
    bar = QBarSet(QCoreApplication.translate("Supervisor", "Count"))
    bar.setColor(FAIL_COLOR)
    bar.append([float(r.count) for r in rows])
    bars.append(bar)
    chart.addSeries(bars)
    line = QLineSeries()
    line.setName(QCoreApplication.translate("Supervisor", "Cumulative %"))
    line.setColor(STEP_COLOR)
    for i, r in enumerate(rows):
        line.append(QPointF(i, r.cumulative_percent))
    chart.addSeries(line)
    x = QBarCategoryAxis()
    x.append([r.code for r in rows])
    x.setLabelsAngle(-30)
    y = count_axis(max((r.count for r in rows), default=0))
    y2 = QValueAxis()
    y2.setRange(0, 100)
    y2.setLabelFormat("%d%%")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(y2, Qt.AlignmentFlag.AlignRight)
    bars.attachAxis(x)
    bars.attachAxis(y)
    line.attachAxis(x)
    line.attachAxis(y2)
    chart.legend().setVisible(bool(rows))  # no data: no legend of nothing
    return chart


def count_axis(top: int, max_ticks: int = 6) -> QValueAxis:
    """A count axis with whole-number ticks only (0, 1, 2 … or 0, 5, 10 …): a fractional
    nice-number step printed with ``%d`` read "0 0 1 1"."""
    step = max(1, math.ceil(max(top, 1) / (max_ticks - 1)))
    axis = QValueAxis()
    axis.setRange(0, step * math.ceil(max(top, 1) / step + 0.1))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def show(view: QChartView, chart: QChart) -> None:
    """Replace the view's chart (the old one is deleted with it)."""
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()
