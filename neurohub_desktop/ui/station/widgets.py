"""Small station widgets: the PROC-001..008 stepper, the counters strip, the records model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.domain.station import (
    RecordRow,
    StationCounters,
    StepState,
    UnitView,
)
from neurohub_desktop.ui.elide import ElidedLabel
from neurohub_desktop.ui.feedback import repolish
from neurohub_desktop.ui.messages import local_name

Index = QModelIndex | QPersistentModelIndex


class ProcessStepper(QWidget):
    """One pill per process; ``state`` property per pill (QSS), attempts in the text."""

    def __init__(
        self,
        steps: tuple[tuple[str, str, str], ...],
        station_process: str,
        locale: str = "ko",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._station = station_process
        self._locale = locale
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.pills: dict[str, ElidedLabel] = {}
        for pid, name, name_en in steps:
            pill = ElidedLabel("", self)  # eight pills share the width: a long name elides
            pill.setObjectName(f"step_{pid}")
            pill.setToolTip(f"{pid} {local_name(name, name_en, locale)}")
            layout.addWidget(pill, 1)
            self.pills[pid] = pill
        self.show_unit(None)

    def show_unit(self, view: UnitView | None) -> None:
        for pid, name, name_en in self._steps:
            pill = self.pills[pid]
            label = local_name(name, name_en, self._locale)
            step = view.step(pid) if view is not None else None
            state = step.state.value if step is not None else StepState.PENDING.value
            if state == StepState.PASS.value and pid != self._station:
                state = "done"
            suffix = ""
            if step is not None and step.attempts > 1:
                suffix = f" ×{step.attempts}"
            marker = "▶ " if pid == self._station else ""
            pill.setText(f"{marker}{pid[-3:]}\n{label}{suffix}")
            pill.setProperty("state", state)
            pill.setAccessibleDescription(state)
            repolish(pill)

    def state_of(self, process_id: str) -> str:
        return str(self.pills[process_id].property("state"))


class CountersStrip(QWidget):
    """Today's counters: started, PASS, FAIL, REWORK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for key in ("started", "passed", "failed", "rework"):
            label = QLabel(self)
            label.setObjectName(f"counter_{key}")
            layout.addWidget(label)
            self.labels[key] = label
        self.set_counters(StationCounters())

    def set_counters(self, c: StationCounters) -> None:
        self.labels["started"].setText(self.tr("Started today: %1").replace("%1", str(c.started)))
        self.labels["passed"].setText(self.tr("PASS: %1").replace("%1", str(c.passed)))
        self.labels["failed"].setText(self.tr("FAIL: %1").replace("%1", str(c.failed)))
        self.labels["rework"].setText(self.tr("REWORK: %1").replace("%1", str(c.rework)))
        self.counters = c


class RecordsModel(QAbstractTableModel):
    """The last finished attempts at this station, backed by frozen RecordRows."""

    TIME, UNIT, LOT, RESULT, OPERATOR, DURATION, DEFECTS = range(7)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RecordRow, ...] = ()

    def set_rows(self, rows: tuple[RecordRow, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RecordRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Unit"),
            self.tr("LOT"),
            self.tr("Result"),
            self.tr("Operator"),
            self.tr("Seconds"),
            self.tr("Defects"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == self.SORT_ROLE:
            return (
                r.finished_at.timestamp()
                if col == self.TIME
                else (r.duration_seconds or 0)
                if col == self.DURATION
                else self.data(index, Qt.ItemDataRole.DisplayRole)
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return _local(r.finished_at)
            return (
                None,
                r.unit_id,
                r.lot_number,
                r.result,
                r.operator,
                "" if r.duration_seconds is None else str(r.duration_seconds),
                ", ".join(r.defects),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.UNIT:
            return f"{r.unit_id} · LOT {r.lot_number}" if r.lot_number else r.unit_id
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DEFECTS and r.defects:
            return ", ".join(r.defects)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT:
            from PySide6.QtGui import QColor

            colors: dict[str, str] = {StepResult.PASS: "#15803d", StepResult.FAIL: "#b91c1c"}
            return QColor(colors.get(r.result, "#b45309"))
        return None


def _local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%H:%M:%S")
