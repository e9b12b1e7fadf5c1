"""Login screen and the forced password change.  All checks run in the background runner."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.ui.messages import message_text

log = logging.getLogger(__name__)


def error_text(exc: BaseException, locale: str, fallback: str) -> str:
    """The operator's sentence for a NeuroHubError; a generic one (and a log entry) otherwise."""
    msg = getattr(exc, "msg", None)
    if isinstance(msg, Msg):
        return message_text(msg, locale)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return fallback


class LoginView(QWidget):
    """User ID + password; recent user IDs one tap away.  Emits ``logged_in(user)``."""

    logged_in = Signal(object)  # domain.auth.CurrentUser, password already changed if forced

    def __init__(
        self,
        runner: Any,
        auth: Any,
        *,
        locale: str = "ko",
        recent_users: tuple[str, ...] = (),
        station_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginView")
        self._runner = runner
        self._auth = auth
        self._locale = locale
        self._busy = False
        self.password_dialog: ChangePasswordDialog | None = None

        title = QLabel(self.tr("NeuroHub Desktop"), objectName="loginTitle")
        subtitle = QLabel(station_label, objectName="loginSubtitle")
        subtitle.setVisible(bool(station_label))
        self.user_field = QLineEdit(objectName="loginUser")
        self.user_field.setPlaceholderText(self.tr("User ID"))
        self.user_field.setMaxLength(50)
        self.password_field = QLineEdit(objectName="loginPassword")
        self.password_field.setPlaceholderText(self.tr("Password"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("Log in"), objectName="loginButton")
        self.login_button.setDefault(True)
        self.message_label = QLabel(objectName="loginMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")

        form = QFormLayout()
        form.addRow(self.tr("&User ID"), self.user_field)
        form.addRow(self.tr("&Password"), self.password_field)
        self.recent_row = QHBoxLayout()
        self.recent_buttons: list[QPushButton] = []
        for user_id in recent_users:
            button = QPushButton(user_id, objectName="recentUser")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes user → password → log in
            button.clicked.connect(lambda _=False, u=user_id: self._on_recent_clicked(u))
            self.recent_row.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_row.addStretch(1)

        card = QFrame(objectName="loginCard")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addLayout(form)
        if recent_users:
            inner.addWidget(QLabel(self.tr("Recent users:"), objectName="recentLabel"))
            inner.addLayout(self.recent_row)
        inner.addWidget(self.message_label)
        inner.addWidget(self.login_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.setTabOrder(self.user_field, self.password_field)
        self.setTabOrder(self.password_field, self.login_button)
        self.user_field.returnPressed.connect(self._on_user_return)
        self.password_field.returnPressed.connect(self._on_submit)
        self.login_button.clicked.connect(self._on_submit)

    # -- behaviour ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to an empty form (after logout or a cancelled password change): the next
        person types their own id, never appended to the last one's (the recent-user buttons
        offer the last ids)."""
        self.user_field.clear()
        self.password_field.clear()
        self.message_label.clear()
        self._set_busy(False)
        self.user_field.setFocus()

    def focus_first(self) -> None:
        (self.password_field if self.user_field.text() else self.user_field).setFocus()

    def _on_recent_clicked(self, user_id: str) -> None:
        self.user_field.setText(user_id)
        self.password_field.setFocus()

    def _on_user_return(self) -> None:
        if self.password_field.text():
            self._on_submit()
        else:
            self.password_field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.user_field, self.password_field, self.login_button):
            widget.setEnabled(not busy)
        self.login_button.setText(self.tr("Checking…") if busy else self.tr("Log in"))

    def _on_submit(self) -> None:
        if self._busy:
            return
        user_id = self.user_field.text().strip()
        password = self.password_field.text()
        if not user_id:
            self._show_error(self.tr("Enter your user ID."), self.user_field)
            return
        if not password:
            self._show_error(self.tr("Enter your password."), self.password_field)
            return
        self.message_label.clear()
        self._set_busy(True)
        self._runner.run(
            self._auth.login,
            user_id,
            password,
            on_success=lambda user: self._on_login_succeeded(user, password),
            on_error=self._on_login_failed,
            context=self,
        )

    def _show_error(self, text: str, focus: QWidget) -> None:
        self.message_label.setText(text)
        focus.setFocus()

    def _on_login_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_field.clear()
        self._show_error(
            error_text(
                exc,
                self._locale,
                self.tr("Login failed because of an unexpected error. Please try again."),
            ),
            self.password_field,
        )

    def _on_login_succeeded(self, user: Any, password: str) -> None:
        self.password_field.clear()
        if not user.must_change_password:
            self._set_busy(False)
            self.logged_in.emit(user)
            return
        dialog = ChangePasswordDialog(
            self._runner, self._auth, user, password, locale=self._locale, parent=self
        )
        self.password_dialog = dialog
        dialog.password_changed.connect(self._on_password_changed)
        dialog.rejected.connect(self._on_password_change_cancelled)
        dialog.open()

    def _on_password_changed(self, user: Any) -> None:
        self.password_dialog = None
        self._set_busy(False)
        self.logged_in.emit(user)

    def _on_password_change_cancelled(self) -> None:
        self.password_dialog = None
        self.reset()
        self.message_label.setText(
            self.tr("You must choose a new password before you can continue.")
        )


class ChangePasswordDialog(QDialog):
    """New password twice; nothing else is reachable until it is saved (or the login dropped)."""

    password_changed = Signal(object)

    def __init__(
        self,
        runner: Any,
        auth: Any,
        user: Any,
        current_password: str,
        *,
        locale: str = "ko",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose a new password"))
        self.setModal(True)
        self._runner = runner
        self._auth = auth
        self._user = user
        self._current = current_password
        self._locale = locale
        intro = QLabel(
            self.tr(
                "%1, you must choose a new password before you continue (at least 8 characters, "
                "different from the current one)."
            ).replace("%1", user.username)
        )
        intro.setWordWrap(True)
        self.new_field = QLineEdit(objectName="newPassword")
        self.new_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_field = QLineEdit(objectName="confirmPassword")
        self.confirm_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(objectName="passwordMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save password"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&New password"), self.new_field)
        form.addRow(self.tr("&Repeat new password"), self.confirm_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.new_field.setFocus()  # Return is the dialog's default button (Save)

    def _on_submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if not self.new_field.text():
            self.new_field.setFocus()
            return
        if not self.confirm_field.text():
            self.confirm_field.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.message_label.clear()
        self._runner.run(
            self._auth.change_password,
            self._user,
            self._current,
            self.new_field.text(),
            self.confirm_field.text(),
            on_success=self._on_changed,
            on_error=self._on_failed,
            context=self,
        )

    def _on_changed(self, user: Any) -> None:
        self._current = ""
        self.password_changed.emit(user)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message_label.setText(
            error_text(
                exc,
                self._locale,
                self.tr("The password could not be changed because of an unexpected error."),
            )
        )
        self.new_field.clear()
        self.confirm_field.clear()
        self.new_field.setFocus()
