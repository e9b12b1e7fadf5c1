"""The station screen's layout (no behaviour): built in code for 1366 × 768."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.quality import QualityCriteria
from neurohub_desktop.domain.states import LotStatus, UnitStatus
from neurohub_desktop.domain.station import CONVERT_PROCESS, ISSUE_PROCESS, UnitView
from neurohub_desktop.ui.elide import ElidedLabel
from neurohub_desktop.ui.feedback import MessageBanner
from neurohub_desktop.ui.messages import local_name, message_text
from neurohub_desktop.ui.scanner import ScanField
from neurohub_desktop.ui.station.form import MeasurementForm
from neurohub_desktop.ui.station.label_preview import LabelPreview
from neurohub_desktop.ui.station.widgets import CountersStrip, ProcessStepper, RecordsModel
from neurohub_desktop.ui.station.work_queue import WorkQueueModel, WorkQueueView

#: the least height today's records and the work queue each keep (a header and two rows)
TABLE_MIN_HEIGHT = 80


#: the least height of the form's scroll area (it scrolls; its result row stays below it)
FORM_MIN_HEIGHT = 72


def status_text(status: str | None) -> str:
    """A unit's or LOT's status in the UI language (never the raw IN_PROGRESS, CREATED…)."""
    if status is None:
        return ""
    labels: dict[str, str] = {
        UnitStatus.CREATED: QCoreApplication.translate("StationView", "Created"),
        UnitStatus.IN_PROGRESS: QCoreApplication.translate("StationView", "In progress"),
        UnitStatus.COMPLETED: QCoreApplication.translate("StationView", "Completed"),
        UnitStatus.FAILED: QCoreApplication.translate("StationView", "Failed"),
        UnitStatus.CONVERTED: QCoreApplication.translate("StationView", "Converted to a serial"),
        UnitStatus.PASSED: QCoreApplication.translate("StationView", "Passed"),
        UnitStatus.SCRAPPED: QCoreApplication.translate("StationView", "Scrapped"),
        LotStatus.CLOSED: QCoreApplication.translate("StationView", "Closed"),
    }
    return labels.get(status, status)


class StationView(QWidget):
    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationPage")
        self._locale = locale
        self.form: MeasurementForm | None = None
        self._form_result_bar: QWidget | None = None
        self.stepper: ProcessStepper | None = None
        self.process_title = ElidedLabel("", self)
        self.process_title.setObjectName("processTitle")
        self.process_title.setStyleSheet("font-size: 24px; font-weight: bold; color: #0f766e;")
        self.counters = CountersStrip(self)
        self.scan_field = ScanField(self)
        self.banner = MessageBanner(self)
        self.unit_label = ElidedLabel("", self, mode=Qt.TextElideMode.ElideMiddle)
        self.unit_label.setObjectName("unitId")
        self.unit_label.setStyleSheet("font-size: 40px; font-weight: bold;")
        self.unit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lot_label = ElidedLabel("", self)
        self.lot_label.setObjectName("lotInfo")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("unitStatus")
        self.status_label.setWordWrap(True)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("elapsed")
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setProperty("variant", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel step"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.print_button = QPushButton(self.tr("Print label"), self)
        self.print_button.setObjectName("printButton")
        self.unreadable_button = QPushButton(self.tr("Mark unreadable (FAIL)"), self)
        self.unreadable_button.setObjectName("unreadableButton")
        self.unreadable_button.setProperty("variant", "danger")
        self.reprint_reason = QComboBox(self)
        self.reprint_reason.setObjectName("reprintReason")
        self.reprint_reason.setEditable(True)
        self.reprint_reason.addItems(
            [
                "",
                self.tr("Label damaged"),
                self.tr("Printer jam"),
                self.tr("Print unreadable"),
                self.tr("Label lost"),
            ]
        )
        self.reprint_reason.lineEdit().setPlaceholderText(self.tr("Enter a reprint reason"))
        self.preview = LabelPreview(self)
        self.records = RecordsModel(self)
        self.records_view = QTableView(self)
        self.records_view.setObjectName("recordsTable")
        self.records_view.setModel(self.records)
        self.records_view.verticalHeader().hide()
        self.records_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.records_view.horizontalHeader().setStretchLastSection(True)
        # the unit's id carries its LOT: the LOT column is left out so that the table fits the
        # left panel at 1366 px without scrolling sideways (the LOT is in the unit's tooltip)
        self.records_view.setColumnHidden(RecordsModel.LOT, True)
        self.records_view.horizontalHeader().setSectionResizeMode(
            RecordsModel.DEFECTS,
            QHeaderView.ResizeMode.Stretch,  # elided; all in its tooltip
        )
        self.records_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.records_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records_view.setAlternatingRowColors(True)
        self.records_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.queue = WorkQueueModel(self)
        self.queue_view = WorkQueueView(self.queue, self)
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setMinimumHeight(FORM_MIN_HEIGHT)
        self._layout()

    def _layout(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 8, 12, 8)
        root.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.process_title)
        top.addStretch(1)
        top.addWidget(self.counters)
        root.addLayout(top)
        self.stepper_slot = QHBoxLayout()
        root.addLayout(self.stepper_slot)
        root.addWidget(self.scan_field)
        root.addWidget(self.banner)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.unit_label)
        left.addWidget(self.lot_label)
        left.addWidget(self.status_label)
        left.addWidget(self.elapsed)
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.cancel_button, 0, 1)
        buttons.addWidget(self.unreadable_button, 1, 0, 1, 2)
        left.addLayout(buttons)
        # today's records and the work queue share what height is left (each keeps a header
        # and a couple of rows: at 768 px high nothing above them may be pushed off)
        for view in (self.records_view, self.queue_view):
            view.setMinimumHeight(TABLE_MIN_HEIGHT)
            left.addWidget(view, 1)
        body.addLayout(left, 5)
        # the form scrolls; its verdict and result buttons (placed in build_for) never do
        self.right = QVBoxLayout()
        self.right.addWidget(self.form_area, 3)
        self.right.addWidget(self.preview, 2)
        label_row = QHBoxLayout()
        label_row.addWidget(self.print_button)
        label_row.addWidget(self.reprint_reason, 1)
        self.right.addLayout(label_row)
        body.addLayout(self.right, 6)
        root.addLayout(body, 1)
        # hidden until build_for says this process prints labels (shown, they would set the
        # window's first size)
        for w in (self.preview, self.print_button, self.reprint_reason, self.unreadable_button):
            w.setVisible(False)
        self.form_area.setVisible(False)

    def build_for(self, info: object) -> None:
        """Stepper, title and form for this station's process (StationInfo)."""
        pid: str = info.process_id  # type: ignore[attr-defined]
        name = local_name(info.name, info.name_en, self._locale)  # type: ignore[attr-defined]
        self.process_title.setText(f"{pid}  {name}")
        if self.stepper is None:
            self.stepper = ProcessStepper(info.steps, pid, self._locale, self)  # type: ignore[attr-defined]
            self.stepper_slot.addWidget(self.stepper)
        criteria: QualityCriteria = info.criteria  # type: ignore[attr-defined]
        labels = pid in (ISSUE_PROCESS, CONVERT_PROCESS)
        self.preview.setVisible(labels)
        self.print_button.setVisible(labels)
        self.reprint_reason.setVisible(labels)
        self.unreadable_button.setVisible(pid == ISSUE_PROCESS)
        if pid != ISSUE_PROCESS and self.form is None:
            self.form = MeasurementForm(
                criteria,
                expected=dict(info.expected_texts),  # type: ignore[attr-defined]
                locale=self._locale,
                allow_pass=pid != CONVERT_PROCESS,
                show_measurements=pid != CONVERT_PROCESS,
            )
            self.form.setObjectName("measurementForm")
            if self._form_result_bar is not None:  # the old form's row (the old form goes below)
                self._form_result_bar.deleteLater()
            self.form_area.setWidget(self.form)
            self._form_result_bar = self.form.result_bar
            self.right.insertWidget(self.right.indexOf(self.form_area) + 1, self.form.result_bar)
        if self.form is not None:
            self.set_pass_refusal(info)
        self.form_area.setVisible(self.form is not None)
        self.form_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def set_pass_refusal(self, info: object) -> None:
        """Tell the form why no PASS is possible here (StationInfo.pass_refusal), if so."""
        refusal = getattr(info, "pass_refusal", None)
        if self.form is not None:
            self.form.set_pass_refusal(
                None if refusal is None else message_text(refusal, self._locale)
            )

    def form_dirty(self) -> bool:
        if self.form is None:
            return False
        return (
            any(v not in ("", None) for v in self.form.values().values())
            or bool(self.form.defects())
            or bool(self.form.note.text().strip())
        )

    def _status(self, status: str | None) -> str:
        return status_text(status)

    def render_unit(self, view: UnitView | None) -> None:
        if self.stepper is not None:
            self.stepper.show_unit(view)
        if view is None:
            self.unit_label.setText(self.tr("Scan a unit"))
            self.lot_label.setText("")
            self.status_label.setText("")
            self.elapsed.setText("")
            return
        self.unit_label.setText(view.unit_id)
        if view.lot_number:
            self.lot_label.setText(
                self.tr("LOT %1 · model %2 (%3)")
                .replace("%1", view.lot_number)
                .replace("%2", view.model_code or "")
                .replace("%3", view.model_name or "")
            )
        else:
            self.lot_label.setText("")
        parts = [self.tr("Status: %1").replace("%1", self._status(view.status))]
        if view.current_process:
            parts.append(self.tr("in progress at %1").replace("%1", view.current_process))
        if view.non_pass_count:
            parts.append(
                self.tr("failed/rework results: %1").replace("%1", str(view.non_pass_count))
            )
        if view.prints:
            parts.append(self.tr("labels printed: %1").replace("%1", str(len(view.prints))))
        self.status_label.setText(" · ".join(parts))
