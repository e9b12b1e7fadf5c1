"""The user list's table model (architecture lesson 4): one row per ``UserAccount``, a sort
role for the proxy, labels in the UI language."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from neurohub_desktop.domain.auth import Role, UserAccount

# the supervisor tables' roles, so that their sort proxy serves this model too
from neurohub_desktop.ui.supervisor.table_model import ROW_ROLE, SORT_ROLE, sort_proxy

__all__ = ["ROW_ROLE", "SORT_ROLE", "RowsModel", "UsersModel", "role_label", "sort_proxy"]

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def role_label(role: Role | str) -> str:
    """A role as the page shows it (the code stays visible: the documents use it)."""
    labels = {
        Role.ADMIN.value: QCoreApplication.translate("Admin", "Administrator (ADMIN)"),
        Role.MANAGER.value: QCoreApplication.translate("Admin", "Manager (MANAGER)"),
        Role.WORKER.value: QCoreApplication.translate("Admin", "Worker (WORKER)"),
        Role.VIEWER.value: QCoreApplication.translate("Admin", "Viewer (VIEWER)"),
    }
    key = str(getattr(role, "value", role))
    return labels.get(key, key)


def fmt_local(value: datetime | None) -> str:
    """An instant in this PC's local time; empty for none."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""


class RowsModel(QAbstractTableModel):
    """Rows of one frozen dataclass; subclasses give the titles, texts and sort keys."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _text(self, r: Any, col: int) -> str:
        raise NotImplementedError

    def _sort_key(self, r: Any, col: int) -> Any:
        return self._text(r, col)

    def _right(self, col: int) -> bool:
        return False

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
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = self._titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right(col):
            return int(RIGHT.value)
        return self._extra(r, col, role)

    def _extra(self, r: Any, col: int, role: int) -> Any:
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class UsersModel(RowsModel):
    LOGIN, NAME, ROLE, ACTIVE, LOCKED_UNTIL, LAST_LOGIN, PASSWORD_DUE = range(7)

    def row_of(self, user_id: str) -> int:
        """The row of a login ID, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.user_id == user_id), -1)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Login ID"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("Locked until"),
            self.tr("Last login"),
            self.tr("Password change"),
        )

    def _extra(self, r: UserAccount, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == self.LOCKED_UNTIL and r.locked:
            return self.tr("%n failed login(s) in a row", "", r.failed_login_count)
        return None

    def _text(self, r: UserAccount, col: int) -> str:
        if col == self.LOGIN:
            return r.user_id
        if col == self.NAME:
            return r.username
        if col == self.ROLE:
            return role_label(r.role)
        if col == self.ACTIVE:
            return self.tr("Active") if r.is_active else self.tr("Inactive")
        if col == self.LOCKED_UNTIL:
            return fmt_local(r.locked_until)
        if col == self.LAST_LOGIN:
            return fmt_local(r.last_login_at)
        return self.tr("Due at next login") if r.must_change_password else ""

    def _sort_key(self, r: UserAccount, col: int) -> Any:
        if col in (self.LOCKED_UNTIL, self.LAST_LOGIN):  # numbers only: never "" vs a time
            when = r.locked_until if col == self.LOCKED_UNTIL else r.last_login_at
            return when.timestamp() if when is not None else 0.0
        return (
            r.user_id,
            r.username,
            r.role.value,
            int(r.is_active),
            None,
            None,
            int(r.must_change_password),
        )[col]
