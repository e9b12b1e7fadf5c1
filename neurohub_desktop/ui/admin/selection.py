"""Selecting a list's row by its key, and reading the selected row (the admin pages' lists:
a table model behind the sort proxy, the row object under ``ROW_ROLE``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

from neurohub_desktop.ui.supervisor.table_model import ROW_ROLE

T = TypeVar("T")


def selected_row(table: QTableView, kind: type[T]) -> T | None:
    """The selected row's object, if it is a ``kind``."""
    rows = table.selectionModel().selectedRows()
    row = rows[0].data(ROW_ROLE) if rows else None
    return row if isinstance(row, kind) else None


def select_source_row(
    table: QTableView, proxy: QSortFilterProxyModel, model: QAbstractItemModel, source: int
) -> bool:
    """Select (and show) the model's row ``source`` through the proxy; False (and nothing
    selected) when it is -1."""
    if source < 0:
        table.clearSelection()
        return False
    index = proxy.mapFromSource(model.index(source, 0))
    table.selectRow(index.row())
    table.scrollTo(index)
    return True
