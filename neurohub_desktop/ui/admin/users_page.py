"""System admin → Users (ADMIN): the line's accounts; add one, edit name and role,
deactivate / reactivate, reset the password, unlock.

The list loads on the read lane; every change is one ``AccountsService`` call on the write
lane (``ctx.runner``), which the database checks (only an ADMIN, not their own demotion …).
A refusal is shown in the page's banner in the page's language; after a change the list
reloads and ``users_changed`` is announced to the other pages of this PC.  Every change needs
the reason field's text (``ui.admin.reason``): a blank one refuses it before anything is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from neurohub_desktop.domain.auth import UserAccount
from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.ui.admin.models import UsersModel, role_label, sort_proxy
from neurohub_desktop.ui.admin.selection import select_source_row, selected_row
from neurohub_desktop.ui.admin.users_view import UsersView
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.messages import message_text

log = logging.getLogger(__name__)
USERS_CHANGED = "users_changed"
# how long a success message stays (a refusal stays until the next action)
SUCCESS_MS = 8_000


class UsersPage(QWidget):
    """What the ADMIN works in; ``view`` holds the widgets."""

    users_loaded = Signal(object)  # tuple[UserAccount, ...]
    user_changed = Signal(str)  # the login ID a write succeeded for
    action_refused = Signal(object)  # the exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.ctx = ctx
        self.svc = need(ctx.services.accounts, "accounts")
        self.view = UsersView(self)
        self.banner = self.view.banner
        self.model = UsersModel(self)
        self.proxy = sort_proxy(self.model, self)
        self.view.table.setModel(self.proxy)
        self.view.table.sortByColumn(UsersModel.LOGIN, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._select_after: str | None = None
        self._writing = False
        self._reload_due = QTimer(self, singleShot=True, interval=0)
        self._reload_due.timeout.connect(self.reload)
        self._connect()
        self._on_selection_changed()
        self.reload()

    def _connect(self) -> None:
        v = self.view
        v.role_filter.currentIndexChanged.connect(self._on_filter_changed)
        v.state_filter.currentIndexChanged.connect(self._on_filter_changed)
        v.locked_filter.toggled.connect(self._on_filter_changed)
        v.refresh_button.clicked.connect(self.reload)
        v.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        v.add_button.clicked.connect(self._on_add_clicked)
        v.save_button.clicked.connect(self._on_save_clicked)
        v.active_button.clicked.connect(self._on_active_clicked)
        v.unlock_button.clicked.connect(self._on_unlock_clicked)
        v.reset_button.clicked.connect(self._on_reset_clicked)
        # keyboard: Return moves on through a form and submits it from its last field
        v.new_login.returnPressed.connect(v.new_name.setFocus)
        v.new_name.returnPressed.connect(v.new_role.setFocus)
        v.new_password.returnPressed.connect(v.new_confirm.setFocus)
        v.new_confirm.returnPressed.connect(self._on_add_clicked)
        v.edit_name.returnPressed.connect(self._on_save_clicked)
        v.reset_password.returnPressed.connect(v.reset_confirm.setFocus)
        v.reset_confirm.returnPressed.connect(self._on_reset_clicked)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.reload),
            (QKeySequence("Ctrl+N"), self.start_new_user),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    # -- the list ------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        v = self.view
        return {
            "role": v.role_filter.currentData(),
            "active": v.state_filter.currentData(),
            "locked": True if v.locked_filter.isChecked() else None,
        }

    def reload(self) -> None:
        self.ctx.read_lane.run(
            self.svc.list_users,
            self.ctx.user,
            **self.filters(),
            on_success=self._on_users,
            on_error=self._on_error,
            context=self,
        )

    def _on_filter_changed(self, *_args: object) -> None:
        self._reload_due.start()

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if event.kind in (USERS_CHANGED, RESYNC):
            self._reload_due.start()

    def _on_users(self, rows: tuple[UserAccount, ...]) -> None:
        keep = self._select_after or self.selected_login()
        self._select_after = None
        self.model.set_rows(rows)
        self.view.table.resizeColumnsToContents()
        self.view.count_label.setText(self.tr("%n user(s)", "", len(rows)))
        self.select_user(keep)
        self._on_selection_changed()
        self.users_loaded.emit(rows)

    def selected(self) -> UserAccount | None:
        return selected_row(self.view.table, UserAccount)

    def selected_login(self) -> str | None:
        row = self.selected()
        return row.user_id if row is not None else None

    def select_user(self, user_id: str | None) -> bool:
        """Select (and show) the row of ``user_id``; False when it is not in the list."""
        source = self.model.row_of(user_id) if user_id else -1
        return select_source_row(self.view.table, self.proxy, self.model, source)

    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        v, row = self.view, self.selected()
        for w in (
            v.edit_name,
            v.edit_role,
            v.save_button,
            v.active_button,
            v.reset_password,
            v.reset_confirm,
            v.reset_button,
        ):
            w.setEnabled(row is not None and not self._writing)
        v.unlock_button.setEnabled(row is not None and row.locked and not self._writing)
        if row is None:
            v.selected_label.setText(self.tr("Select a user in the list."))
            v.edit_name.clear()
            v.active_button.setText(self.tr("Deactivate"))
            return
        state = [role_label(row.role), self.tr("active") if row.is_active else self.tr("inactive")]
        if row.locked:
            state.append(self.tr("locked"))
        v.selected_label.setText(f"{row.user_id} · {row.username}\n{', '.join(state)}")
        v.edit_name.setText(row.username)
        v.edit_role.setCurrentIndex(max(v.edit_role.findData(row.role.value), 0))
        v.active_button.setText(self.tr("Deactivate") if row.is_active else self.tr("Reactivate"))
        v.active_button.setProperty("variant", "danger" if row.is_active else "")
        v.active_button.style().unpolish(v.active_button)
        v.active_button.style().polish(v.active_button)

    def start_new_user(self) -> None:
        self.view.tabs.setCurrentIndex(1)
        self.view.new_login.setFocus()

    # -- writes --------------------------------------------------------------------------------
    def _write(
        self, fn: Callable[..., Any], *args: Any, done: Callable[[], None], **kwargs: Any
    ) -> None:
        """One account change on the write lane; the page's controls wait for its answer."""
        if self._writing:
            return
        why = self.view.reason.take(
            self.banner, lambda: self._write(fn, *args, done=done, **kwargs)
        )
        if why is None:
            return
        self._set_writing(True)
        self.banner.clear()
        self.ctx.runner.run(
            fn,
            self.ctx.user,
            *args,
            **kwargs,
            reason=why,
            on_success=lambda _result: self._on_written(done),
            on_error=self._on_write_failed,
            context=self,
        )

    def _set_writing(self, on: bool) -> None:
        self._writing = on
        self.view.add_button.setEnabled(not on)
        self._on_selection_changed()

    def _on_written(self, done: Callable[[], None]) -> None:
        self._set_writing(False)
        self.view.reason.done()
        done()
        self.ctx.announce(ChangeEvent(USERS_CHANGED))
        self._reload_due.start()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._set_writing(False)
        self._on_error(exc)
        self.action_refused.emit(exc)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, NeuroHubError):
            text = message_text(exc.msg, self.ctx.locale)
        else:
            log.error("user administration failed", exc_info=exc)
            text = self.tr("Unexpected error: %1").replace("%1", str(exc)[:200])
        self.banner.show_message(text, "error")

    def _success(self, user_id: str, text: str) -> None:
        self.banner.show_message(text.replace("%1", user_id), "success", SUCCESS_MS)
        self.user_changed.emit(user_id)

    def _on_add_clicked(self) -> None:
        v = self.view
        login = v.new_login.text().strip()

        def done() -> None:
            self._select_after = login
            for field in (v.new_login, v.new_name, v.new_password, v.new_confirm):
                field.clear()
            self.view.tabs.setCurrentIndex(0)
            self._success(
                login, self.tr("User %1 added: the password must be changed at the first login.")
            )

        self._write(
            self.svc.create_user,
            login,
            v.new_name.text(),
            v.new_role.currentData(),
            v.new_password.text(),
            confirm=v.new_confirm.text(),
            done=done,
        )

    def _on_save_clicked(self) -> None:
        row, v = self.selected(), self.view
        if row is None:
            return
        name = v.edit_name.text().strip()
        role = v.edit_role.currentData()
        changes = {
            "username": name if name != row.username else None,
            "role": role if role != row.role.value else None,
        }
        if all(value is None for value in changes.values()):
            self.banner.show_message(
                self.tr("Nothing to save: the name and role are unchanged."), "info", SUCCESS_MS
            )
            return
        self._write(
            self.svc.update_user,
            row.user_id,
            **changes,
            done=lambda: self._success(row.user_id, self.tr("User %1 saved.")),
        )

    def _on_active_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = (
            self.tr("User %1 deactivated: the login is refused, the records stay.")
            if row.is_active
            else self.tr("User %1 reactivated.")
        )
        self._write(
            self.svc.set_active,
            row.user_id,
            not row.is_active,
            done=lambda: self._success(row.user_id, text),
        )

    def _on_unlock_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self._write(
                self.svc.unlock,
                row.user_id,
                done=lambda: self._success(row.user_id, self.tr("User %1 unlocked.")),
            )

    def _on_reset_clicked(self) -> None:
        row, v = self.selected(), self.view
        if row is None:
            return

        def done() -> None:
            v.reset_password.clear()
            v.reset_confirm.clear()
            self._success(
                row.user_id, self.tr("Password of %1 reset: it must be changed at the next login.")
            )

        self._write(
            self.svc.reset_password,
            row.user_id,
            v.reset_password.text(),
            confirm=v.reset_confirm.text(),
            done=done,
        )
