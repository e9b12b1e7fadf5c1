"""The 공정 기준 page's widgets, laid out and nothing else (architecture lesson 5): the process
and its version, two tabs — measurement items, defect codes — each a list over the selected
item's fields, the problems a save would refuse, and the save bar (reason, discard, save).
``CriteriaPage`` owns the behaviour.  Sized for 1366×768: the fields sit in a grid under each
list, so the lists keep the width their columns need."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.criteria_edit import MAX_CODE, MAX_NAME, MAX_REASON, MAX_UNIT
from neurohub_desktop.domain.quality import MAX_FORMAT, MeasurementKind
from neurohub_desktop.ui.admin.criteria_models import kind_label
from neurohub_desktop.ui.admin.firmware_view import table, value_label
from neurohub_desktop.ui.admin.users_view import named
from neurohub_desktop.ui.feedback import MessageBanner

# a code as the criteria take it (A-Z, 0-9, _; a letter first): typing anything else is
# blocked; small letters are taken as capitals
CODE_PATTERN = rf"[A-Za-z][A-Za-z0-9_]{{0,{MAX_CODE - 1}}}"


def _list(parent: QWidget, name: str) -> QTableView:
    view = table(parent, name)
    view.setSortingEnabled(False)  # the rows are in form order: the order stations show
    return view


def _line(parent: QWidget, name: str, length: int, placeholder: str = "") -> QLineEdit:
    field = named(QLineEdit(parent), name)
    field.setMaxLength(length)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def _code_field(parent: QWidget, name: str) -> QLineEdit:
    field = _line(parent, name, MAX_CODE)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(CODE_PATTERN), field))
    return field


class ItemButtons:
    """The buttons under a list: a new item, apply the fields, retire / restore, remove."""

    def __init__(self, parent: QWidget, prefix: str) -> None:
        new = QCoreApplication.translate("CriteriaView", "New item")
        self.new_button = named(QPushButton(new, parent), f"{prefix}NewButton")
        self.apply_button = named(QPushButton(parent), f"{prefix}ApplyButton")
        self.apply_button.setProperty("variant", "primary")
        self.retire_button = named(QPushButton(parent), f"{prefix}RetireButton")
        remove = QCoreApplication.translate("CriteriaView", "Remove")
        self.remove_button = named(QPushButton(remove, parent), f"{prefix}RemoveButton")
        self.remove_button.setProperty("variant", "danger")
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "CriteriaView",
                "Only a code no stored record uses can be removed; retire the others.",
            )
        )
        self.row = QHBoxLayout()
        for button in (self.new_button, self.apply_button, self.retire_button, self.remove_button):
            self.row.addWidget(button)
        self.row.addStretch(1)


class CriteriaView(QWidget):
    """Every control of the page, public, with an objectName for tests and the stylesheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.process_combo = named(QComboBox(self), "criteriaProcess")
        self.process_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_label = value_label(self, "criteriaVersion")
        self.refresh_button = named(QPushButton(self.tr("Refresh"), self), "refreshButton")
        self.refresh_button.setToolTip(self.tr("Load the stored criteria again (F5)"))
        self.banner = MessageBanner(self)
        self.tabs = named(QTabWidget(self), "criteriaTabs")
        self._build_measurements_tab()
        self._build_defects_tab()
        self.problems_label = value_label(self, "criteriaProblems")
        self.problems_label.hide()
        self.reason = _line(
            self,
            "criteriaReason",
            MAX_REASON,
            self.tr("Reason for the change (required; saved with the new version)"),
        )
        self.discard_button = named(QPushButton(self.tr("Discard changes"), self), "discardButton")
        self.save_button = named(
            QPushButton(self.tr("Save as new version"), self), "saveCriteriaButton"
        )
        self.save_button.setProperty("variant", "primary")
        self.save_button.setToolTip(self.tr("Save the draft as the next version (Ctrl+S)"))
        self._layout()

    def _build_measurements_tab(self) -> None:
        tab = named(QWidget(), "measurementsTab")
        self.measurements = _list(tab, "measurementsTable")
        box = named(QGroupBox(self.tr("Measurement item"), tab), "measurementEditor")
        self.m_code = _code_field(box, "measurementCode")
        self.m_name = _line(box, "measurementName", MAX_NAME, self.tr("Korean name"))
        self.m_name_en = _line(box, "measurementNameEn", MAX_NAME, self.tr("English name"))
        self.m_unit = _line(box, "measurementUnit", MAX_UNIT, self.tr("e.g. mm"))
        self.m_kind = named(QComboBox(box), "measurementKind")
        for kind in MeasurementKind:
            self.m_kind.addItem(kind_label(kind), kind.value)
        self.m_lsl = _line(box, "measurementLsl", 32, self.tr("none"))
        self.m_target = _line(box, "measurementTarget", 32, self.tr("none"))
        self.m_usl = _line(box, "measurementUsl", 32, self.tr("none"))
        for field in (self.m_lsl, self.m_target, self.m_usl):
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.m_required = named(QCheckBox(self.tr("Required"), box), "measurementRequired")
        self.m_format = _line(
            box,
            "measurementFormat",
            MAX_FORMAT,
            self.tr("Text items: a regular expression, e.g. SMA-[0-9]{6} (empty: any text)"),
        )
        self.m_state = value_label(box, "measurementState")
        self.m_buttons = ItemButtons(box, "measurement")
        grid = QGridLayout(box)
        for col, (label, field) in enumerate(
            (
                (self.tr("Code"), self.m_code),
                (self.tr("Korean"), self.m_name),
                (self.tr("English"), self.m_name_en),
                (self.tr("Unit"), self.m_unit),
            )
        ):
            grid.addWidget(QLabel(label, box), 0, 2 * col)
            grid.addWidget(field, 0, 2 * col + 1)
        second: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Kind"), self.m_kind),
            (self.tr("LSL"), self.m_lsl),
            (self.tr("Target"), self.m_target),
            (self.tr("USL"), self.m_usl),
        )
        for col, (label, widget) in enumerate(second):
            grid.addWidget(QLabel(label, box), 1, 2 * col)
            grid.addWidget(widget, 1, 2 * col + 1)
        grid.addWidget(QLabel(self.tr("Format"), box), 2, 0)
        grid.addWidget(self.m_format, 2, 1, 1, 5)
        grid.addWidget(self.m_required, 2, 6, 1, 2)
        grid.addWidget(self.m_state, 3, 0, 1, 3)
        grid.addLayout(self.m_buttons.row, 3, 3, 1, 5)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 2)
        grid.setColumnStretch(7, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.measurements, 1)
        layout.addWidget(box)
        self.tabs.addTab(tab, self.tr("Measurement items"))

    def _build_defects_tab(self) -> None:
        tab = named(QWidget(), "defectsTab")
        self.defects = _list(tab, "defectsTable")
        box = named(QGroupBox(self.tr("Defect code"), tab), "defectEditor")
        self.d_code = _code_field(box, "defectCode")
        self.d_name = _line(box, "defectName", MAX_NAME, self.tr("Korean name"))
        self.d_name_en = _line(box, "defectNameEn", MAX_NAME, self.tr("English name"))
        self.d_state = value_label(box, "defectState")
        self.d_buttons = ItemButtons(box, "defect")
        grid = QGridLayout(box)
        for col, (label, field) in enumerate(
            (
                (self.tr("Code"), self.d_code),
                (self.tr("Korean"), self.d_name),
                (self.tr("English"), self.d_name_en),
            )
        ):
            grid.addWidget(QLabel(label, box), 0, 2 * col)
            grid.addWidget(field, 0, 2 * col + 1)
            grid.setColumnStretch(2 * col + 1, 1)
        grid.addWidget(self.d_state, 1, 0, 1, 2)
        grid.addLayout(self.d_buttons.row, 1, 2, 1, 4)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.defects, 1)
        layout.addWidget(box)
        self.tabs.addTab(tab, self.tr("Defect codes"))

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Process"), self))
        bar.addWidget(self.process_combo)
        bar.addWidget(self.version_label, 1)
        bar.addWidget(self.refresh_button)
        save = QHBoxLayout()
        save.addWidget(self.reason, 1)
        save.addWidget(self.discard_button)
        save.addWidget(self.save_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(bar)
        root.addWidget(self.banner)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.problems_label)
        root.addLayout(save)
