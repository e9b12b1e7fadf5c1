"""Shared bits of the supervisor screens: labels, formats, the period/model scope bar."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.states import LotStatus, StepResult, UnitStatus

CTX = "Supervisor"

PASS_COLOR = QColor("#2e7d32")
FAIL_COLOR = QColor("#c62828")
REWORK_COLOR = QColor("#ef6c00")
STEP_COLOR = QColor("#1565c0")


def status_label(status: str | None) -> str:
    """LOT, WIP, serial and step-result statuses in the UI language."""
    if status is None:
        return ""
    labels: dict[str, str] = {
        UnitStatus.CREATED: QCoreApplication.translate("Supervisor", "Created"),
        UnitStatus.IN_PROGRESS: QCoreApplication.translate("Supervisor", "In progress"),
        UnitStatus.COMPLETED: QCoreApplication.translate("Supervisor", "Completed"),
        LotStatus.CLOSED: QCoreApplication.translate("Supervisor", "Closed"),
        UnitStatus.FAILED: QCoreApplication.translate("Supervisor", "Failed"),
        UnitStatus.CONVERTED: QCoreApplication.translate("Supervisor", "Converted"),
        UnitStatus.PASSED: QCoreApplication.translate("Supervisor", "Passed"),
        UnitStatus.SCRAPPED: QCoreApplication.translate("Supervisor", "Scrapped"),
        StepResult.PASS: QCoreApplication.translate("Supervisor", "PASS"),
        StepResult.FAIL: QCoreApplication.translate("Supervisor", "FAIL"),
        StepResult.REWORK: QCoreApplication.translate("Supervisor", "REWORK"),
        "INSERT": QCoreApplication.translate("Supervisor", "Insert"),
        "UPDATE": QCoreApplication.translate("Supervisor", "Update"),
        "DELETE": QCoreApplication.translate("Supervisor", "Delete"),
    }
    return labels.get(status, status)


def result_color(result: str | None) -> QColor | None:
    colors: dict[str, QColor] = {
        StepResult.PASS: PASS_COLOR,
        StepResult.FAIL: FAIL_COLOR,
        StepResult.REWORK: REWORK_COLOR,
    }
    return colors.get(result or "")


def fmt_dt(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""


def fmt_duration(seconds: float | None) -> str:
    """``45s``, ``12m 05s``, ``3h 04m``, ``2d 03h``."""
    if seconds is None:
        return ""
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m {s % 60:02d}s"
    if s < 86400:
        return f"{s // 3600}h {s % 3600 // 60:02d}m"
    return f"{s // 86400}d {s % 86400 // 3600:02d}h"


def fmt_pct(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{100.0 * value:.{digits}f}%"


def role_of(ctx: Any) -> str:
    role = getattr(ctx.user, "role", "")
    return str(getattr(role, "value", role))


def can_manage(ctx: Any) -> bool:
    return role_of(ctx) in (Role.MANAGER, Role.ADMIN)


def locale_of(ctx: Any) -> str:
    return str(getattr(ctx, "locale", "ko") or "ko")


class ScopeBar(QWidget):
    """Period (LOT production days) and model: what a statistics screen covers."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_model: bool = True) -> None:
        super().__init__(parent)
        self.period_check = QCheckBox(self.tr("Period"), objectName="periodCheck")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-6), objectName="dateFrom")
        self.date_to = QDateEdit(today, objectName="dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.changed)
        self.period_check.toggled.connect(self._on_period_toggled)
        self.model_combo = QComboBox(objectName="modelCombo")
        self.model_combo.addItem(self.tr("All models"), None)
        self.model_combo.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period_check)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("~"))
        layout.addWidget(self.date_to)
        if with_model:
            layout.addSpacing(12)
            layout.addWidget(QLabel(self.tr("Model")))
            layout.addWidget(self.model_combo)
        else:
            self.model_combo.hide()

    def _on_period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def set_models(self, codes: list[str]) -> None:
        current = self.model_combo.currentData()
        self.model_combo.blockSignals(True)
        while self.model_combo.count() > 1:
            self.model_combo.removeItem(1)
        for code in codes:
            self.model_combo.addItem(code, code)
        i = self.model_combo.findData(current)
        self.model_combo.setCurrentIndex(max(i, 0))
        self.model_combo.blockSignals(False)

    def set_period(self, date_from: date | None, date_to: date | None) -> None:
        on = date_from is not None or date_to is not None
        if date_from is not None:
            self.date_from.setDate(QDate(date_from.year, date_from.month, date_from.day))
        if date_to is not None:
            self.date_to.setDate(QDate(date_to.year, date_to.month, date_to.day))
        self.period_check.setChecked(on)

    def period(self) -> tuple[date | None, date | None]:
        if not self.period_check.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def model_code(self) -> str | None:
        data = self.model_combo.currentData()
        return str(data) if data else None
