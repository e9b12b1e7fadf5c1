"""The manager's LOT decisions, shared by the station's LOT page and the supervisor's LOT
detail: the FAILED-units table, and the signed reopen / scrap / complete / close.

Both pages ask through these functions, so the signature dialog, its title, the meaning and
the consequences (``ui.signature``), and the refusals (the service's ``Msg`` texts, e.g. the
unfinished units of a refused completion) are the same words on either page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from neurohub_desktop.domain.station import FailedUnit
from neurohub_desktop.ui.context import AppContext
from neurohub_desktop.ui.signature import Meaning, SignatureDialog, ask_signature

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of frozen rows: subclasses give the column titles and a row's cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _cells(self, r: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._titles())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self._cells(self._rows[index.row()])[index.column()]


class FailedUnitsModel(RowsModel):
    """A LOT's FAILED units (``LotsService.failed_units``): what a manager reopens or scraps."""

    UNIT, STEP, FAILURE, REWORKS = range(4)

    def row_at(self, row: int) -> FailedUnit:
        return self._rows[row]  # type: ignore[no-any-return]

    def row_of(self, unit_id: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.unit_id == unit_id:
                return i
        return None

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Unit"),
            self.tr("Failed at"),
            self.tr("Failure"),
            self.tr("Reworks"),
        )

    def _cells(self, r: FailedUnit) -> tuple[Any, ...]:
        return (r.unit_id, r.failed_step or "", r.failure, r.rework_count)


def failed_units_table(model: FailedUnitsModel, parent: QWidget, name: str) -> QTableView:
    """The FAILED units as a table: one row selected at a time, the failure text stretched."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(FailedUnitsModel.FAILURE, QHeaderView.ResizeMode.Stretch)
    return view


def decision_title(meaning: Meaning) -> str:
    """The title of a decision's signature dialog (and the name of its button)."""
    titles = {
        Meaning.REWORK_APPROVED: QCoreApplication.translate("LotDecisions", "Reopen for rework"),
        Meaning.SCRAPPED: QCoreApplication.translate("LotDecisions", "Scrap"),
        Meaning.RELEASED: QCoreApplication.translate("LotDecisions", "Complete LOT"),
        Meaning.CLOSED: QCoreApplication.translate("LotDecisions", "Close LOT"),
    }
    return titles[meaning]


def ask_unit_decision(
    page: QWidget,
    ctx: AppContext,
    reopen: bool,
    unit_id: str,
    *,
    on_signed: Callable[[Any], None],
    operator: str | None = None,
) -> SignatureDialog:
    """Reopen (REWORK_APPROVED) or scrap (SCRAPPED) a FAILED unit, signed; ``on_signed``
    gets the unit's view."""
    lots = ctx.services.lots
    assert lots is not None
    action = lots.reopen_unit if reopen else lots.scrap_unit
    meaning = Meaning.REWORK_APPROVED if reopen else Meaning.SCRAPPED
    return ask_signature(
        page,
        ctx,
        meaning,
        unit_id,
        lambda signer, sessions, reason: action(
            signer, unit_id, reason, sessions=sessions, operator=operator
        ),
        title=decision_title(meaning),
        on_signed=on_signed,
    )


def ask_lot_decision(
    page: QWidget,
    ctx: AppContext,
    complete: bool,
    lot_number: str,
    *,
    on_signed: Callable[[Any], None],
    operator: str | None = None,
    extra: str = "",
) -> SignatureDialog:
    """Complete (RELEASED) or close (CLOSED) a LOT, signed; a refused completion names the
    unfinished units in the dialog.  ``on_signed`` gets the LOT's view."""
    lots = ctx.services.lots
    assert lots is not None
    action = lots.complete_lot if complete else lots.close_lot
    meaning = Meaning.RELEASED if complete else Meaning.CLOSED
    return ask_signature(
        page,
        ctx,
        meaning,
        lot_number,
        lambda signer, sessions, reason: action(
            signer, lot_number, reason, sessions=sessions, operator=operator
        ),
        title=decision_title(meaning),
        on_signed=on_signed,
        extra=extra,
    )
