"""The Users page's widgets, laid out and nothing else (architecture lesson 5): the filter
bar, the list, and two tabs — the selected account, a new account.  ``UsersPage`` owns the
behaviour.  Sized for 1366×768: the forms sit in tabs beside the list, so none scrolls."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.ui.admin.models import role_label
from neurohub_desktop.ui.admin.reason import ReasonField
from neurohub_desktop.ui.feedback import MessageBanner

# what the database accepts as a login ID (``nh_login_role``): typing anything else is blocked
LOGIN_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,49}"
PASSWORD_MAX = 200
PANEL_WIDTH = 400  # the forms' width at first (the splitter lets the list take more)


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its objectName (for the stylesheet and the tests)."""
    widget.setObjectName(name)
    return widget


def role_combo(parent: QWidget, name: str, *, with_all: str | None = None) -> QComboBox:
    combo = named(QComboBox(parent), name)
    if with_all is not None:
        combo.addItem(with_all, None)
    for role in (Role.WORKER, Role.MANAGER, Role.VIEWER, Role.ADMIN):
        combo.addItem(role_label(role), role.value)
    return combo


def password_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    field = named(QLineEdit(parent), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PASSWORD_MAX)
    field.setPlaceholderText(placeholder)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def _form(tab: QWidget) -> QFormLayout:
    form = QFormLayout(tab)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


class UsersView(QWidget):
    """Every control of the page, public, with an objectName for tests and the stylesheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # filter bar
        self.role_filter = role_combo(self, "roleFilter", with_all=self.tr("All roles"))
        self.state_filter = named(QComboBox(self), "stateFilter")
        self.state_filter.addItem(self.tr("Active and inactive"), None)
        self.state_filter.addItem(self.tr("Active only"), True)
        self.state_filter.addItem(self.tr("Inactive only"), False)
        self.locked_filter = named(QCheckBox(self.tr("Locked only"), self), "lockedFilter")
        self.count_label = named(QLabel(self), "usersCount")
        self.refresh_button = named(QPushButton(self.tr("Refresh"), self), "refreshButton")
        self.refresh_button.setToolTip(self.tr("Reload the list (F5)"))
        self.banner = MessageBanner(self)
        self.reason = ReasonField(self)  # every change needs one (issue 14)
        # the list
        self.table = named(QTableView(self), "usersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tabs = named(QTabWidget(self), "userTabs")
        self._build_edit_tab()
        self._build_new_tab()
        self._layout()

    def _build_edit_tab(self) -> None:
        tab = named(QWidget(), "editUserTab")
        self.selected_label = named(QLabel(tab), "selectedUser")
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_name = named(QLineEdit(tab), "editName")
        self.edit_name.setMaxLength(100)
        self.edit_role = role_combo(tab, "editRole")
        self.save_button = named(QPushButton(self.tr("Save name and role"), tab), "saveUserButton")
        self.save_button.setProperty("variant", "primary")
        self.active_button = named(QPushButton(self.tr("Deactivate"), tab), "activeButton")
        self.unlock_button = named(QPushButton(self.tr("Unlock"), tab), "unlockButton")
        self.reset_password = password_field(tab, "resetPassword", self.tr("At least 8 characters"))
        self.reset_confirm = password_field(tab, "resetConfirm", self.tr("The same again"))
        self.reset_button = named(
            QPushButton(self.tr("Reset password"), tab), "resetPasswordButton"
        )
        form = _form(tab)
        form.addRow(self.selected_label)
        form.addRow(self.tr("Name"), self.edit_name)
        form.addRow(self.tr("Role"), self.edit_role)
        form.addRow(self.save_button)
        state = QHBoxLayout()
        state.addWidget(self.active_button)
        state.addWidget(self.unlock_button)
        form.addRow(state)
        line = QFrame(tab)
        line.setFrameShape(QFrame.Shape.HLine)
        form.addRow(line)
        form.addRow(self.tr("New password"), self.reset_password)
        form.addRow(self.tr("Repeat"), self.reset_confirm)
        form.addRow(self.reset_button)
        self.tabs.addTab(tab, self.tr("Selected user"))

    def _build_new_tab(self) -> None:
        tab = named(QWidget(), "newUserTab")
        self.new_login = named(QLineEdit(tab), "newLogin")
        self.new_login.setMaxLength(50)
        self.new_login.setValidator(
            QRegularExpressionValidator(QRegularExpression(LOGIN_ID_PATTERN), self.new_login)
        )
        self.new_login.setPlaceholderText(self.tr("Letters, digits, . _ -"))
        self.new_name = named(QLineEdit(tab), "newName")
        self.new_name.setMaxLength(100)
        self.new_name.setPlaceholderText(self.tr("Shown on screens and reports"))
        self.new_role = role_combo(tab, "newRole")
        self.new_password = password_field(tab, "newPassword", self.tr("At least 8 characters"))
        self.new_confirm = password_field(tab, "newConfirm", self.tr("The same again"))
        self.add_button = named(QPushButton(self.tr("Add user"), tab), "addUserButton")
        self.add_button.setProperty("variant", "primary")
        hint = named(
            QLabel(self.tr("The new user must change this password at the first login."), tab),
            "newUserHint",
        )
        hint.setWordWrap(True)
        form = _form(tab)
        form.addRow(self.tr("Login ID"), self.new_login)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Role"), self.new_role)
        form.addRow(self.tr("Password"), self.new_password)
        form.addRow(self.tr("Repeat"), self.new_confirm)
        form.addRow(hint)
        form.addRow(self.add_button)
        self.tabs.addTab(tab, self.tr("New user"))

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.role_filter)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.locked_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        panel = named(QWidget(self), "userPanel")
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.reason)
        pl.addWidget(self.tabs)
        pl.addStretch(1)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "usersSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([10_000, PANEL_WIDTH])  # the list takes what the forms leave
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(bar)
        root.addWidget(self.banner)
        root.addWidget(self.splitter, 1)
