"""One ``QAbstractTableModel`` per table, each backed by a list of frozen dataclasses
(architecture lesson 4).  Subclasses list their ``Column``s and expose column constants;
``SORT_ROLE`` gives a ``QSortFilterProxyModel`` a typed value to sort by, ``ROW_ROLE`` the row.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from neurohub_desktop.export import DATETIME, DURATION, INTEGER, Typed
from neurohub_desktop.ui.supervisor.common import fmt_duration

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 3  # an export.Typed cell, or None (export the text)
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex
TITLE_CONTEXT = "Columns"  # translation context of the column titles


@dataclass(frozen=True)
class Column:
    title: str  # source text, marked with QT_TRANSLATE_NOOP(TITLE_CONTEXT, …)
    value: Callable[[Any], Any]  # the raw value (sorting)
    text: Callable[[Any], str] | None = None  # what is shown (default: str(value))
    align: Qt.AlignmentFlag = LEFT
    background: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None


def _sort_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, bool):
        return int(value)
    if value is None:
        return None
    if isinstance(value, int | float | str):
        return value
    return str(value)


def export_cell(value: Any, text: str) -> Typed | None:
    """The cell a spreadsheet computes with, when the shown text is exactly a format of the
    raw value (a count, ``·`` for none, a percentage, a duration, a time); else None and the
    text is exported.  Inferred here, once, so no column can be typed wrongly: a text that is
    not the value's own formatting (``1/5 (20%)``, ``PROC-003``) stays text."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return Typed(local.strftime("%Y-%m-%d %H:%M:%S"), local.replace(tzinfo=None), DATETIME)
    if isinstance(value, int) and text in (str(value), "·" if value == 0 else str(value)):
        return Typed(str(value), value, INTEGER)
    if isinstance(value, int | float):
        if text.endswith("%"):
            digits = len(text[:-1].partition(".")[2])
            for fraction in (value, value / 100.0):
                if text == f"{100.0 * fraction:.{digits}f}%":
                    fmt = "0." + "0" * digits + "%" if digits else "0%"
                    return Typed(text, fraction, fmt)
        elif text and text == fmt_duration(value):
            return Typed(text, float(value) / 86400.0, DURATION)
    return None


class RowTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses; ``key`` identifies a row for ``upsert_rows``."""

    COLUMNS: Sequence[Column] = ()

    def __init__(self, parent: Any = None, *, key: Callable[[Any], Hashable] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._key = key
        self.columns: list[Column] = list(self.COLUMNS)

    # -- data access --------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def upsert_rows(self, rows: Iterable[Any], remove_keys: Iterable[Hashable] = ()) -> None:
        """Replace rows with the same key (dataChanged), append new ones, drop ``remove_keys``:
        the live refresh of a few rows without resetting the view (selection and sort stay)."""
        if self._key is None:
            raise TypeError("upsert_rows needs a key function")
        where = {self._key(r): i for i, r in enumerate(self._rows)}
        for row in rows:
            i = where.get(self._key(row))
            if i is None:
                n = len(self._rows)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.append(row)
                self.endInsertRows()
                where[self._key(row)] = n
            elif self._rows[i] != row:
                self._rows[i] = row
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        for key in remove_keys:
            i = next((j for j, r in enumerate(self._rows) if self._key(r) == key), None)
            if i is not None:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()

    def touch_column(self, column: int) -> None:
        """Repaint one column (e.g. ages that grow with the clock)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rows) - 1, column),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.text is not None:
                return col.text(row)
            value = col.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return _sort_value(col.value(row))
        if role == ROW_ROLE:
            return row
        if role == EXPORT_ROLE:
            shown = col.text(row) if col.text is not None else None
            value = col.value(row)
            return export_cell(value, shown if shown is not None else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            color = col.background(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate(TITLE_CONTEXT, self.columns[section].title)
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def sort_proxy(model: QAbstractItemModel, parent: Any = None) -> QSortFilterProxyModel:
    """A proxy sorting by ``SORT_ROLE`` (numbers as numbers, times as times); any model that
    answers ``SORT_ROLE`` (the supervisor tables, the admin's users)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setDynamicSortFilter(True)
    return proxy
