"""The station's work queue: the units waiting for it, oldest first, with the time waited.

What is coming and what has waited too long; scanning stays the way to start a unit.  Read
on the read lane (never in front of a scan) and again after each change event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from neurohub_desktop.domain.station import QueuedUnit

Index = QModelIndex | QPersistentModelIndex


def waited_text(seconds: float) -> str:
    """``1 h 05 min`` / ``12 min`` / ``< 1 min`` (in the UI language): how long a unit waited."""
    minutes = max(0, int(seconds // 60))
    if minutes < 1:
        return QCoreApplication.translate("WorkQueueModel", "< 1 min")
    if minutes < 60:
        return QCoreApplication.translate("WorkQueueModel", "%1 min").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("WorkQueueModel", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", f"{minutes % 60:02d}")
    )


class WorkQueueModel(QAbstractTableModel):
    """The waiting units, backed by frozen QueuedUnits."""

    UNIT, LOT, WAITING = range(3)

    def __init__(self, parent: Any = None, *, clock: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self._rows: tuple[QueuedUnit, ...] = ()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def set_rows(self, rows: tuple[QueuedUnit, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QueuedUnit:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Waiting unit"), self.tr("LOT"), self.tr("Waiting"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.UNIT:
            return r.unit_id
        if index.column() == self.LOT:
            return r.lot_number
        return waited_text((self._clock() - r.waiting_since).total_seconds())


class WorkQueueView(QTableView):
    def __init__(self, model: WorkQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workQueue")
        self.setModel(model)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a view of what is coming, not a control
