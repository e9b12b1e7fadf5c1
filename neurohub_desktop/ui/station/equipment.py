"""The station's equipment warning and the manager's signed override (issue 14).

``EquipmentNotice`` stays in view while the station's equipment is not fit (its status, or
its calibration date passed): from the first screen after login, so the operator knows before
the first unit.  On a measured step it offers ``OverrideDialog``: a MANAGER types their own
login id and password (PostgreSQL checks it; the operator stays logged in) and a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from neurohub_desktop.domain.line_admin import EquipmentProblem, StationEquipment
from neurohub_desktop.ui.signature import Meaning, SignatureDialog


def problem_text(problem: EquipmentProblem) -> str:
    """What is wrong with the equipment, in the operator's language."""
    texts = {
        EquipmentProblem.UNKNOWN: QCoreApplication.translate(
            "EquipmentNotice", "is not registered"
        ),
        EquipmentProblem.INACTIVE: QCoreApplication.translate("EquipmentNotice", "is deactivated"),
        EquipmentProblem.MAINTENANCE: QCoreApplication.translate(
            "EquipmentNotice", "is under maintenance"
        ),
        EquipmentProblem.OUT_OF_SERVICE: QCoreApplication.translate(
            "EquipmentNotice", "is out of service"
        ),
        EquipmentProblem.RETIRED: QCoreApplication.translate("EquipmentNotice", "is retired"),
        EquipmentProblem.CALIBRATION_DUE: QCoreApplication.translate(
            "EquipmentNotice", "is past its calibration date"
        ),
    }
    return texts[problem]


class EquipmentNotice(QFrame):
    """Hidden while the equipment is fit (or none is set up)."""

    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equipmentNotice")
        self.setStyleSheet(
            "#equipmentNotice { background: #fef3c7; border: 1px solid #d97706;"
            " border-radius: 4px; }"
        )
        self.text = QLabel(self)
        self.text.setObjectName("equipmentNoticeText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Manager override…"), self)
        self.button.setObjectName("overrideButton")
        self.button.clicked.connect(self.override_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.equipment: StationEquipment | None = None
        self.hide()

    def show_equipment(self, equipment: StationEquipment | None) -> None:
        self.equipment = equipment
        if equipment is None or equipment.problem is None:
            self.hide()
            return
        what = (
            self.tr("Equipment %1 %2.")
            .replace("%1", equipment.code)
            .replace("%2", problem_text(equipment.problem))
        )
        if equipment.item is not None and equipment.item.calibration_due:
            what += " " + self.tr("Calibration due: %1.").replace(
                "%1", equipment.item.calibration_due
            )
        override = equipment.override
        if override is not None:
            what += " " + (
                self.tr("PASS allowed until %1 by the signed override of %2 (%3): %4")
                .replace("%1", override.valid_until.astimezone().strftime("%m-%d %H:%M"))
                .replace("%2", override.signer_name)
                .replace("%3", override.signer)
                .replace("%4", override.reason)
            )
        elif equipment.measured:
            what += " " + self.tr(
                "A PASS cannot be recorded here until the equipment is fixed or a manager "
                "signs an override."
            )
        else:
            what += " " + self.tr("Tell the line's administrator.")
        self.text.setText(what)
        self.button.setVisible(equipment.blocks_pass)
        self.show()


class OverrideDialog(SignatureDialog):
    """A manager's signature for unfit equipment (meaning EQUIPMENT_OVERRIDE): the shared
    signature dialog (``ui.signature``) with the override's own explanation.  ``submitted``
    asks the page to sign; the dialog stays open (and says why) until the database accepted
    it."""

    def __init__(self, equipment: StationEquipment, parent: QWidget | None = None) -> None:
        problem = problem_text(equipment.problem) if equipment.problem is not None else ""
        intro = (
            QCoreApplication.translate(
                "OverrideDialog",
                "Equipment %1 %2. A manager signs that this station may record PASS results "
                "with it for the next 8 hours. The signature (who, when, why) is kept in the "
                "audit trail.",
            )
            .replace("%1", equipment.code)
            .replace("%2", problem)
        )
        super().__init__(
            Meaning.EQUIPMENT_OVERRIDE,
            equipment.code,
            title=QCoreApplication.translate("OverrideDialog", "Manager override"),
            consequences=intro,
            parent=parent,
        )
        self.setObjectName("overrideDialog")
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "OverrideDialog", "e.g. checked against the reference sample"
            )
        )
