"""Export the table a view shows (its visible columns, its sorted and filtered rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QWidget,
)

from neurohub_desktop.export import ExportCancelled, export_table
from neurohub_desktop.ui.supervisor.table_model import EXPORT_ROLE

LARGE_EXPORT = 2000  # rows: show a progress dialog from here on


def table_snapshot(view: QTableView) -> tuple[list[str], list[list[Any]]]:
    """Headers and cells as shown: visible columns in visual order; a cell the model types
    (``EXPORT_ROLE``: counts, percentages, durations, times) as its ``export.Typed``."""
    model: QAbstractItemModel = view.model()
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not view.isColumnHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = []
    for r in range(model.rowCount()):
        cells: list[Any] = []
        for c in columns:
            index = model.index(r, c)
            typed = index.data(EXPORT_ROLE)
            cells.append(typed if typed is not None else str(index.data() or ""))
        rows.append(cells)
    return headers, rows


def export_view(
    parent: QWidget,
    view: QTableView,
    path: str,
    title: str,
    summary: Sequence[Sequence[Any]] = (),
    heading: Sequence[Sequence[Any]] = (),
) -> int:
    """Write the view's table to ``path`` (.csv or .xlsx), with a progress dialog when large;
    ``heading`` rows (what the table is about) come before it, ``summary`` rows (what the page
    shows beside the table) after it, each set off by an empty row.
    Returns the number of table rows."""
    headers, rows = table_snapshot(view)
    extra = [[], *[list(r) for r in summary]] if summary else []
    rows = rows + extra
    dialog: QProgressDialog | None = None
    if len(rows) >= LARGE_EXPORT:
        dialog = QProgressDialog(
            QCoreApplication.translate("ExportButtons", "Exporting…"),
            QCoreApplication.translate("ExportButtons", "Cancel"),
            0,
            len(rows),
            parent,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

    def progress(done: int, total: int) -> bool:
        if dialog is None:
            return True
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        written = export_table(path, headers, rows, progress, sheet_title=title, preamble=heading)
        return written - len(extra)
    finally:
        if dialog is not None:
            dialog.close()


class ExportButtons(QWidget):
    """``CSV`` and ``Excel`` buttons that export ``view`` (a file dialog asks where)."""

    def __init__(self, view: QTableView, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.title = title
        #: rows of what the page shows beside the table (totals, RTY …), exported after it
        self.summary: Callable[[], Sequence[Sequence[Any]]] | None = None
        #: rows of what the table is about (the traced unit …), exported before it
        self.heading: Callable[[], Sequence[Sequence[Any]]] | None = None
        self.csv_button = QPushButton(self.tr("Export CSV"), objectName="exportCsv")
        self.xlsx_button = QPushButton(self.tr("Export Excel"), objectName="exportXlsx")
        self.saved_label = QLabel(self)  # after an export: where it went
        self.saved_label.setObjectName("exportSaved")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()
        self.csv_button.clicked.connect(lambda: self._export(".csv"))
        self.xlsx_button.clicked.connect(lambda: self._export(".xlsx"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.xlsx_button)

    def ask_path(self, suffix: str) -> str:
        """The file to write ('' = cancelled); tests replace this."""
        kind = "Excel (*.xlsx)" if suffix == ".xlsx" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / (self.title + suffix)), kind
        )
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def _export(self, suffix: str) -> None:
        path = self.ask_path(suffix)
        if not path:
            return
        try:
            summary = self.summary() if self.summary is not None else ()
            heading = self.heading() if self.heading is not None else ()
            n = export_view(self, self.view, path, self.title, summary, heading)
        except ExportCancelled:
            return
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("The file could not be written: {0}").format(exc)
            )
            return
        self.exported(path, n)

    def exported(self, path: str, rows: int) -> None:
        """Called after a successful export: says where the file went, beside the buttons
        (the full path in the tooltip; a long one is elided in the middle)."""
        full = self.tr("{0} rows written to {1}").format(rows, path)
        self.setToolTip(full)
        shown = self.tr("Saved to {0}").format(path)
        metrics = self.saved_label.fontMetrics()
        self.saved_label.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, 320))
        self.saved_label.setToolTip(full)
        self.saved_label.show()
