"""LOT board: every LOT with its counts and where its units sit; filters, search, live refresh.

Live refresh (lesson 3): ``AppEvents.data_changed`` carries the LOT a change touched; the board
collects the LOT ids for ``DEBOUNCE_MS`` and reloads just those rows (a change without a LOT,
or a ``resync`` after the listener reconnected, reloads the board's page).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.reports import LotBoardRow, LotFilter
from neurohub_desktop.domain.states import LOT_STATUSES, OPEN_LOT_STATUSES, LotStatus
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.lot_decisions import ask_lot_decision
from neurohub_desktop.ui.signature import SignatureDialog
from neurohub_desktop.ui.supervisor.common import ScopeBar, can_manage, locale_of, status_label
from neurohub_desktop.ui.supervisor.export_ui import ExportButtons
from neurohub_desktop.ui.supervisor.lot_detail import LotDetailWidget, make_table
from neurohub_desktop.ui.supervisor.models import LotBoardModel
from neurohub_desktop.ui.supervisor.table_model import ROW_ROLE

DEBOUNCE_MS = 250
AGE_TICK_MS = 60_000
OPEN = "OPEN"  # status filter: CREATED + IN_PROGRESS


class LotBoardPage(QWidget):
    lot_selected = Signal(int)
    rows_loaded = Signal()  # after a full load or a live update has been applied

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotBoard")
        self._ctx = ctx
        self._pending: set[int] = set()
        self._pending_full = False
        self._loading = False

        # filters
        self.status_combo = QComboBox(objectName="statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(self.tr("Open (created, in progress)"), OPEN)
        for status in LOT_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.scope = ScopeBar(self)
        self.search_edit = QLineEdit(objectName="lotSearch")
        self.search_edit.setPlaceholderText(self.tr("Search LOT number"))
        self.search_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshButton")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.scope)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.refresh_button)

        # table
        self.model = LotBoardModel(self)
        self.view = make_table(self.model, self, "lotBoardTable")
        self.proxy = self.view.model()
        self.view.sortByColumn(LotBoardModel.COL_CREATED, Qt.SortOrder.DescendingOrder)

        # actions: write actions exist only for MANAGER/ADMIN (VIEWER sees none)
        self.banner = MessageBanner(self)
        self.signature: SignatureDialog | None = None  # the last signature asked for
        self.count_label = QLabel(objectName="lotCount")
        self.export = ExportButtons(self.view, self.tr("LOT board"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        self.complete_button: QPushButton | None = None
        self.close_button: QPushButton | None = None
        if can_manage(ctx):
            self.complete_button = QPushButton(
                self.tr("Complete LOT"), objectName="completeLotButton"
            )
            self.close_button = QPushButton(self.tr("Close LOT"), objectName="closeLotButton")
            self.complete_button.clicked.connect(lambda: self._move_lot(LotStatus.COMPLETED))
            self.close_button.clicked.connect(lambda: self._move_lot(LotStatus.CLOSED))
            actions.addWidget(self.complete_button)
            actions.addWidget(self.close_button)
        actions.addWidget(self.export)

        self.detail = LotDetailWidget(ctx, self, banner=self.banner)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(filters)
        tl.addWidget(self.view, 1)
        tl.addLayout(actions)
        tl.addWidget(self.banner)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._flush_live)
        self._search_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._age_timer = QTimer(self, interval=AGE_TICK_MS)
        self._age_timer.timeout.connect(lambda: self.model.touch_column(LotBoardModel.COL_AGE))
        self._age_timer.start()

        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.scope.changed.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.refresh_button.clicked.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ctx.events.data_changed.connect(self._on_data_changed)
        self._update_actions()
        ctx.read_lane.run(
            need(ctx.services.reports, "reports").model_codes,
            on_success=self.scope.set_models,
            on_error=self._on_error,
            context=self,
        )
        self.refresh()

    # -- loading ------------------------------------------------------------------------------
    def current_filter(self) -> LotFilter:
        status = self.status_combo.currentData()
        statuses: tuple[str, ...] = ()
        if status == OPEN:
            statuses = OPEN_LOT_STATUSES
        elif status:
            statuses = (status,)
        d_from, d_to = self.scope.period()
        return LotFilter(
            statuses, d_from, d_to, self.scope.model_code(), self.search_edit.text().strip() or None
        )

    def refresh(self) -> None:
        self._pending.clear()
        self._pending_full = False
        self._loading = True
        self._ctx.read_lane.run(
            need(self._ctx.services.reports, "reports").lot_board,
            self.current_filter(),
            on_success=self._on_rows,
            on_error=self._on_error,
            context=self,
        )

    def _on_rows(self, rows: list[LotBoardRow]) -> None:
        self._loading = False
        keep = self.selected_lot()
        self.model.set_rows(rows)
        self._fit_columns()
        self._select(keep.lot_id if keep else None)
        self._update_count()
        self.rows_loaded.emit()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for c in (LotBoardModel.COL_WIP, LotBoardModel.COL_SERIAL):
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), 180))
        for c in range(LotBoardModel.COL_STEP_FIRST, LotBoardModel.COL_STEP_FIRST + 8):
            self.view.setColumnWidth(c, 34)

    def _on_error(self, exc: BaseException) -> None:
        self._loading = False
        present_error(
            exc,
            banner=self.banner,
            events=self._ctx.events,
            locale=locale_of(self._ctx),
            context="LOT board",
        )

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n LOT(s)", "", self.model.rowCount()))

    # -- live refresh -------------------------------------------------------------------------
    def _on_data_changed(self, event: ChangeEvent) -> None:
        # a finished LOT's kept unit counts go when a change names it (services.reports)
        reports = self._ctx.services.reports
        if reports is not None:
            reports.forget(event)
        lot_id = event.lot_id
        if lot_id is not None and event.kind != RESYNC:
            self._pending.add(lot_id)
        else:
            self._pending_full = True
        if not self._debounce.isActive():
            self._debounce.start()

    def _flush_live(self) -> None:
        if self._pending_full:
            self.refresh()
            return
        ids, self._pending = sorted(self._pending), set()
        if not ids:
            return
        self._ctx.read_lane.run(
            need(self._ctx.services.reports, "reports").lot_board,
            self.current_filter(),
            ids,
            on_success=lambda rows: self._on_live_rows(ids, rows),
            on_error=self._on_error,
            context=self,
        )

    def _on_live_rows(self, ids: list[int], rows: list[LotBoardRow]) -> None:
        returned = {r.lot_id for r in rows}
        self.model.upsert_rows(rows, remove_keys=[i for i in ids if i not in returned])
        self._update_count()
        current = self.selected_lot()
        if current is not None and current.lot_id in ids:
            self._update_actions()
        if self.detail.lot_id in ids:
            self.detail.reload()
        self.rows_loaded.emit()

    # -- selection and actions ----------------------------------------------------------------
    def selected_lot(self) -> LotBoardRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.index(index.row(), 0).data(ROW_ROLE)
        return row if isinstance(row, LotBoardRow) else None

    def _select(self, lot_id: int | None) -> None:
        if lot_id is None:
            self._update_actions()
            return
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row is not None and row.lot_id == lot_id:
                self.view.setCurrentIndex(self.proxy.index(r, 0))
                return
        self._update_actions()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.selected_lot()
        self._update_actions()
        if row is not None and row.lot_id != self.detail.lot_id:
            self.detail.load(row.lot_id)
            self.lot_selected.emit(row.lot_id)

    def _update_actions(self) -> None:
        row = self.selected_lot()
        if self.complete_button is not None and self.close_button is not None:
            self.complete_button.setEnabled(row is not None and row.status == LotStatus.IN_PROGRESS)
            self.close_button.setEnabled(row is not None and row.status == LotStatus.COMPLETED)

    def unfinished_warning(self, row: LotBoardRow, status: str) -> str:
        """What the board knows of the LOT's unfinished units (the database has the last
        word: it refuses to complete while any is in progress, waiting or FAILED)."""
        if not row.unfinished:
            return ""
        return self.tr(
            "Warning: {0} units are unfinished (in progress, waiting or failed) and {1} of {2} "
            "are finished. The LOT cannot be {3} until each is finished, reopened or scrapped."
        ).format(row.unfinished, row.finished, row.target_quantity, status_label(status))

    def _move_lot(self, status: str) -> None:
        """Complete or close the selected LOT: a signed decision (RELEASED / CLOSED); the
        signature dialog states the consequences, with the unfinished units' warning."""
        row = self.selected_lot()
        lots = self._ctx.services.lots
        if row is None or lots is None:
            return
        self.signature = ask_lot_decision(
            self,
            self._ctx,
            status == LotStatus.COMPLETED,
            row.lot_number,
            on_signed=lambda _view: self._on_moved(row, status),
            operator=getattr(self._ctx.user, "user_id", None),
            extra=self.unfinished_warning(row, status),
        )

    def _on_moved(self, row: LotBoardRow, status: str) -> None:
        self.banner.show_message(
            self.tr("LOT {0} is now {1}.").format(row.lot_number, status_label(status)),
            "success",
            5000,
        )
        self._ctx.announce(ChangeEvent("lot_status", row.lot_id, row.lot_number))
