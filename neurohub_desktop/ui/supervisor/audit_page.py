"""Audit log (ADMIN): who changed what, from which station; changed fields old → new."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.reports import AuditFilter, AuditRow
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.supervisor.common import ScopeBar, locale_of
from neurohub_desktop.ui.supervisor.export_ui import ExportButtons
from neurohub_desktop.ui.supervisor.lot_detail import make_table
from neurohub_desktop.ui.supervisor.models import AuditModel


class AuditPage(QWidget):
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._ctx = ctx
        self.table_combo = QComboBox(objectName="auditTable")
        self.table_combo.addItem(self.tr("All tables"), None)
        self.record_edit = QLineEdit(objectName="auditRecord")
        self.record_edit.setPlaceholderText(self.tr("Record id"))
        self.record_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.user_combo = QComboBox(objectName="auditUser")
        self.user_combo.addItem(self.tr("All users"), None)
        self.scope = ScopeBar(self, with_model=False)
        self.refresh_button = QPushButton(self.tr("Search"), objectName="refreshButton")
        self.banner = MessageBanner(self)
        self.model = AuditModel(self)
        self.view = make_table(self.model, self, "auditTable")
        # The service reads newest first; the view's own sort must agree (make_table starts
        # ascending).  Equal times keep the service's order (id descending): the sort is stable.
        self.view.sortByColumn(AuditModel.COL_TIME, Qt.SortOrder.DescendingOrder)
        self.count_label = QLabel(objectName="auditCount")
        self.export = ExportButtons(self.view, self.tr("Audit log"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.table_combo)
        bar.addWidget(self.record_edit)
        bar.addWidget(self.user_combo)
        bar.addWidget(self.scope)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(foot)
        self.refresh_button.clicked.connect(self.refresh)
        self.record_edit.returnPressed.connect(self.refresh)
        reports = need(ctx.services.reports, "reports")
        ctx.read_lane.run(
            reports.audit_tables, on_success=self._set_tables, on_error=self._on_error, context=self
        )
        ctx.read_lane.run(
            reports.users, on_success=self._set_users, on_error=self._on_error, context=self
        )
        self.refresh()

    def _set_tables(self, tables: list[str]) -> None:
        for t in tables:
            self.table_combo.addItem(t, t)

    def _set_users(self, users: list[tuple[int, str, str]]) -> None:
        for pk, login, name in users:
            self.user_combo.addItem(f"{name} ({login})", pk)

    def current_filter(self) -> AuditFilter:
        record = self.record_edit.text().strip()
        d_from, d_to = self.scope.period()
        return AuditFilter(
            self.table_combo.currentData(),
            int(record) if record else None,
            self.user_combo.currentData(),
            d_from,
            d_to,
        )

    def refresh(self) -> None:
        flt = self.current_filter()
        if flt.record_id is not None and flt.table_name is None:
            self.banner.show_message(self.tr("Choose the table of the record."), "warning")
            return
        self.banner.clear()
        self._ctx.read_lane.run(
            need(self._ctx.services.reports, "reports").audit_log,
            flt,
            on_success=self._on_rows,
            on_error=self._on_error,
            context=self,
        )

    def _on_rows(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count_label.setText(
            self.tr("{0} entries (newest first, at most {1})").format(
                len(rows), self.current_filter().limit
            )
        )
        self.loaded.emit(rows)

    def _on_error(self, exc: BaseException) -> None:
        present_error(
            exc,
            banner=self.banner,
            events=self._ctx.events,
            locale=locale_of(self._ctx),
            context="audit log",
        )
