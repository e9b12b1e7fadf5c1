"""The Firmware page's widgets, laid out and nothing else (architecture lesson 5): the list of
versions over the units flashed with the selected one, and two tabs beside them — the
selected version (activate, retire), a new version (file, version, MCU, notes).
``FirmwarePage`` owns the behaviour.  Sized for 1366×768 like the Users page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
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

from neurohub_desktop.domain.line_admin import MAX_FILE_PATH, MAX_MCU, MAX_NOTES
from neurohub_desktop.ui.admin.reason import ReasonField
from neurohub_desktop.ui.admin.users_view import PANEL_WIDTH, named
from neurohub_desktop.ui.feedback import MessageBanner


def table(parent: QWidget, name: str) -> QTableView:
    """A read-only list, one row selected at a time, sortable (as the Users list)."""
    view = named(QTableView(parent), name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def form(tab: QWidget) -> QFormLayout:
    layout = QFormLayout(tab)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return layout


def value_label(parent: QWidget, name: str) -> QLabel:
    label = named(QLabel(parent), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def splitter(parent: QWidget, name: str, main: QWidget, panel: QWidget) -> QSplitter:
    """``main`` beside the forms' ``panel``; the main part takes what the forms leave."""
    split = named(QSplitter(Qt.Orientation.Horizontal, parent), name)
    split.setChildrenCollapsible(False)
    split.addWidget(main)
    split.addWidget(panel)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 0)
    split.setSizes([10_000, PANEL_WIDTH])
    return split


class FirmwareView(QWidget):
    """Every control of the page, public, with an objectName for tests and the stylesheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = named(QLabel(self), "firmwareCount")
        self.refresh_button = named(QPushButton(self.tr("Refresh"), self), "refreshButton")
        self.refresh_button.setToolTip(self.tr("Reload the list (F5)"))
        self.banner = MessageBanner(self)
        self.reason = ReasonField(self)  # every change needs one (issue 14)
        self.table = table(self, "firmwareTable")
        self.uses_label = value_label(self, "firmwareUsesLabel")
        self.uses_table = table(self, "firmwareUsesTable")
        self.tabs = named(QTabWidget(self), "firmwareTabs")
        self._build_selected_tab()
        self._build_new_tab()
        self._layout()

    def _build_selected_tab(self) -> None:
        tab = named(QWidget(), "selectedFirmwareTab")
        self.selected_label = value_label(tab, "selectedFirmware")
        self.activate_button = named(QPushButton(self.tr("Activate"), tab), "activateButton")
        self.activate_button.setProperty("variant", "primary")
        self.activate_button.setToolTip(
            self.tr("Make it the one active version of its MCU (the one active now is retired).")
        )
        self.retire_button = named(QPushButton(self.tr("Retire"), tab), "retireButton")
        self.retire_button.setProperty("variant", "danger")
        layout = form(tab)
        layout.addRow(self.selected_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.activate_button)
        buttons.addWidget(self.retire_button)
        layout.addRow(buttons)
        self.tabs.addTab(tab, self.tr("Selected version"))

    def _build_new_tab(self) -> None:
        tab = named(QWidget(), "newFirmwareTab")
        self.file_path = named(QLineEdit(tab), "firmwareFile")
        self.file_path.setMaxLength(MAX_FILE_PATH)
        self.file_path.setPlaceholderText(self.tr("The firmware file"))
        self.browse_button = named(QPushButton(self.tr("Browse…"), tab), "browseButton")
        self.size_label = value_label(tab, "firmwareSize")
        self.md5_label = value_label(tab, "firmwareMd5")
        self.version_field = named(QLineEdit(tab), "firmwareVersion")
        self.version_field.setMaxLength(50)
        self.version_field.setPlaceholderText(self.tr("e.g. v1.2.3"))
        self.mcu_field = named(QLineEdit(tab), "firmwareMcu")
        self.mcu_field.setMaxLength(MAX_MCU)
        self.mcu_field.setPlaceholderText(self.tr("e.g. STM32F4"))
        self.notes_field = named(QLineEdit(tab), "firmwareNotes")
        self.notes_field.setMaxLength(MAX_NOTES)
        self.notes_field.setPlaceholderText(self.tr("Optional"))
        self.activate_now = named(QCheckBox(self.tr("Activate now"), tab), "activateNow")
        self.activate_now.setToolTip(
            self.tr("Register and activate in one step (the MCU's active version is retired).")
        )
        self.add_button = named(QPushButton(self.tr("Register version"), tab), "addFirmwareButton")
        self.add_button.setProperty("variant", "primary")
        layout = form(tab)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse_button)
        layout.addRow(self.tr("File"), file_row)
        layout.addRow(self.tr("Size"), self.size_label)
        layout.addRow(self.tr("MD5"), self.md5_label)
        layout.addRow(self.tr("Version"), self.version_field)
        layout.addRow(self.tr("Target MCU"), self.mcu_field)
        layout.addRow(self.tr("Notes"), self.notes_field)
        layout.addRow(self.activate_now)
        layout.addRow(self.add_button)
        self.tabs.addTab(tab, self.tr("New version"))

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        lists = named(QSplitter(Qt.Orientation.Vertical, self), "firmwareLists")
        lists.setChildrenCollapsible(False)
        lists.addWidget(self.table)
        uses = QWidget(self)
        ul = QVBoxLayout(uses)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.uses_label)
        ul.addWidget(self.uses_table, 1)
        lists.addWidget(uses)
        lists.setSizes([3, 2])
        panel = named(QWidget(self), "firmwarePanel")
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.reason)
        pl.addWidget(self.tabs)
        pl.addStretch(1)
        self.splitter = splitter(self, "firmwareSplitter", lists, panel)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(bar)
        root.addWidget(self.banner)
        root.addWidget(self.splitter, 1)
