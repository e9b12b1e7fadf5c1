"""The Equipment page's widgets, laid out and nothing else (architecture lesson 5): the process
filter, the list, and two tabs — the selected piece (edit, change its status), a new one.
``EquipmentPage`` owns the behaviour.  Sized for 1366×768 like the Users page."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.line_admin import (
    MAX_EQUIPMENT_NAME,
    MAX_EQUIPMENT_TYPE,
    MAX_INTERVAL_DAYS,
    STATUSES,
)
from neurohub_desktop.ui.admin.firmware_view import form, splitter, table, value_label
from neurohub_desktop.ui.admin.line_models import status_label
from neurohub_desktop.ui.admin.reason import ReasonField
from neurohub_desktop.ui.admin.users_view import named
from neurohub_desktop.ui.feedback import MessageBanner

# what nh_save_equipment and the command line accept as a code: typing anything else is blocked
EQUIPMENT_CODE_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,49}"


def status_combo(parent: QWidget, name: str) -> QComboBox:
    combo = named(QComboBox(parent), name)
    for status in STATUSES:
        combo.addItem(status_label(status), status)
    return combo


class CalibrationFields:
    """A due date that may be left out (a check box beside the date) and an interval in days
    (0 shows as "—": none)."""

    def __init__(self, parent: QWidget, prefix: str, days: str) -> None:
        self.has_due = named(QCheckBox(parent), f"{prefix}HasDue")
        self.due = named(QDateEdit(QDate.currentDate().addYears(1), parent), f"{prefix}Due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.interval = named(QSpinBox(parent), f"{prefix}Interval")
        self.interval.setRange(0, MAX_INTERVAL_DAYS)
        self.interval.setSpecialValueText("—")
        self.interval.setSuffix(days)
        self.row = QHBoxLayout()
        self.row.addWidget(self.has_due)
        self.row.addWidget(self.due, 1)

    def values(self) -> tuple[str | None, int | None]:
        """(due date YYYY-MM-DD or None, interval days or None)."""
        due = self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else None
        return due, self.interval.value() or None

    def show(self, due: str | None, interval_days: int | None) -> None:
        self.has_due.setChecked(due is not None)
        if due is not None:
            self.due.setDate(QDate.fromString(due, "yyyy-MM-dd"))
        self.interval.setValue(interval_days or 0)

    def set_enabled(self, on: bool) -> None:
        self.has_due.setEnabled(on)
        self.due.setEnabled(on and self.has_due.isChecked())
        self.interval.setEnabled(on)


class EquipmentView(QWidget):
    """Every control of the page, public, with an objectName for tests and the stylesheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.process_filter = named(QComboBox(self), "processFilter")
        self.process_filter.addItem(self.tr("All processes"), None)
        self.process_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = named(QLabel(self), "equipmentCount")
        self.refresh_button = named(QPushButton(self.tr("Refresh"), self), "refreshButton")
        self.refresh_button.setToolTip(self.tr("Reload the list (F5)"))
        self.banner = MessageBanner(self)
        self.reason = ReasonField(self)  # every change needs one (issue 14)
        self.table = table(self, "equipmentTable")
        self.tabs = named(QTabWidget(self), "equipmentTabs")
        self._build_edit_tab()
        self._build_new_tab()
        self._layout()

    def _build_edit_tab(self) -> None:
        tab = named(QWidget(), "editEquipmentTab")
        self.selected_label = value_label(tab, "selectedEquipment")
        self.edit_name = named(QLineEdit(tab), "editEquipmentName")
        self.edit_name.setMaxLength(MAX_EQUIPMENT_NAME)
        self.edit_type = named(QLineEdit(tab), "editEquipmentType")
        self.edit_type.setMaxLength(MAX_EQUIPMENT_TYPE)
        self.edit_process = named(QComboBox(tab), "editProcess")
        self.edit_calibration = CalibrationFields(tab, "edit", self.tr(" days"))
        self.save_button = named(QPushButton(self.tr("Save changes"), tab), "saveEquipmentButton")
        self.save_button.setProperty("variant", "primary")
        self.edit_status = status_combo(tab, "editStatus")
        self.status_button = named(QPushButton(self.tr("Change status"), tab), "statusButton")
        layout = form(tab)
        layout.addRow(self.selected_label)
        layout.addRow(self.tr("Name"), self.edit_name)
        layout.addRow(self.tr("Type"), self.edit_type)
        layout.addRow(self.tr("Process"), self.edit_process)
        layout.addRow(self.tr("Calibration due"), self.edit_calibration.row)
        layout.addRow(self.tr("Calibration interval"), self.edit_calibration.interval)
        layout.addRow(self.save_button)
        line = QFrame(tab)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addRow(line)
        layout.addRow(self.tr("Status"), self.edit_status)
        layout.addRow(self.status_button)
        self.tabs.addTab(tab, self.tr("Selected equipment"))

    def _build_new_tab(self) -> None:
        tab = named(QWidget(), "newEquipmentTab")
        self.new_code = named(QLineEdit(tab), "newEquipmentCode")
        self.new_code.setMaxLength(50)
        self.new_code.setValidator(
            QRegularExpressionValidator(QRegularExpression(EQUIPMENT_CODE_PATTERN), self.new_code)
        )
        self.new_code.setPlaceholderText(self.tr("e.g. EQ-T01 (letters, digits, . _ -)"))
        self.new_name = named(QLineEdit(tab), "newEquipmentName")
        self.new_name.setMaxLength(MAX_EQUIPMENT_NAME)
        self.new_name.setPlaceholderText(self.tr("Shown in station setup and reports"))
        self.new_type = named(QLineEdit(tab), "newEquipmentType")
        self.new_type.setMaxLength(MAX_EQUIPMENT_TYPE)
        self.new_type.setPlaceholderText(self.tr("e.g. TESTER"))
        self.new_process = named(QComboBox(tab), "newProcess")
        self.new_status = status_combo(tab, "newStatus")
        self.new_calibration = CalibrationFields(tab, "new", self.tr(" days"))
        self.add_button = named(QPushButton(self.tr("Add equipment"), tab), "addEquipmentButton")
        self.add_button.setProperty("variant", "primary")
        layout = form(tab)
        layout.addRow(self.tr("Code"), self.new_code)
        layout.addRow(self.tr("Name"), self.new_name)
        layout.addRow(self.tr("Type"), self.new_type)
        layout.addRow(self.tr("Process"), self.new_process)
        layout.addRow(self.tr("Status"), self.new_status)
        layout.addRow(self.tr("Calibration due"), self.new_calibration.row)
        layout.addRow(self.tr("Calibration interval"), self.new_calibration.interval)
        layout.addRow(self.add_button)
        self.tabs.addTab(tab, self.tr("New equipment"))

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.process_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        panel = named(QWidget(self), "equipmentPanel")
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.reason)
        pl.addWidget(self.tabs)
        pl.addStretch(1)
        self.splitter = splitter(self, "equipmentSplitter", self.table, panel)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(bar)
        root.addWidget(self.banner)
        root.addWidget(self.splitter, 1)
