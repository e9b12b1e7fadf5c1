"""The Firmware and Equipment pages' table models (architecture lesson 4): one row per frozen
dataclass of ``domain.line_admin``, a sort role for the proxy, labels in the UI language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from neurohub_desktop.domain.line_admin import EquipmentItem, FirmwareInfo, FirmwareUse
from neurohub_desktop.ui.admin.models import RowsModel, fmt_local

Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    """An equipment status as the pages show it (the code stays visible)."""
    labels = {
        "AVAILABLE": QCoreApplication.translate("Admin", "Available (AVAILABLE)"),
        "IN_USE": QCoreApplication.translate("Admin", "In use (IN_USE)"),
        "MAINTENANCE": QCoreApplication.translate("Admin", "Maintenance (MAINTENANCE)"),
        "OUT_OF_SERVICE": QCoreApplication.translate("Admin", "Out of service (OUT_OF_SERVICE)"),
        "RETIRED": QCoreApplication.translate("Admin", "Retired (RETIRED)"),
    }
    return labels.get(status, status)


def fmt_size(size: int) -> str:
    """Bytes with thousands separators, and KiB / MiB beside them when that helps."""
    text = QCoreApplication.translate("Admin", "%1 bytes").replace("%1", f"{size:,}")
    if size >= 1 << 20:
        return f"{text} ({size / (1 << 20):.1f} MiB)"
    if size >= 1 << 10:
        return f"{text} ({size / (1 << 10):.1f} KiB)"
    return text


class FirmwareModel(RowsModel):
    VERSION, MCU, ACTIVE, SIZE, MD5, RELEASED, FILE = range(7)

    def row_of(self, version: str | None) -> int:
        """The row of a version, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.version == version), -1)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Version"),
            self.tr("MCU"),
            self.tr("Active"),
            self.tr("Size"),
            self.tr("MD5"),
            self.tr("Released"),
            self.tr("File"),
        )

    def _text(self, r: FirmwareInfo, col: int) -> str:
        return (
            r.version,
            r.target_mcu,
            self.tr("Active") if r.is_active else "",
            f"{r.file_size:,}",
            r.md5_hash,
            fmt_local(r.released_at),
            r.filename,
        )[col]

    def _sort_key(self, r: FirmwareInfo, col: int) -> Any:
        if col == self.VERSION:  # v1.10.0 after v1.9.0
            return tuple(int(p) for p in r.version[1:].split(".") if p.isdigit())
        if col == self.ACTIVE:
            return int(r.is_active)
        if col == self.SIZE:
            return r.file_size
        if col == self.RELEASED:
            return r.released_at.timestamp()
        return self._text(r, col)

    def _right(self, col: int) -> bool:
        return col == self.SIZE

    def _extra(self, r: FirmwareInfo, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == self.FILE:
            return r.file_path
        if role == Qt.ItemDataRole.ToolTipRole and col == self.VERSION and r.notes:
            return r.notes
        return None


class FirmwareUsesModel(RowsModel):
    WIP, LOT, WHEN, OPERATOR, RESULT = range(5)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("WIP ID"),
            self.tr("LOT"),
            self.tr("Recorded"),
            self.tr("Operator"),
            self.tr("Result"),
        )

    def _text(self, r: FirmwareUse, col: int) -> str:
        return (
            r.wip_id,
            r.lot_number,
            fmt_local(r.completed_at),
            f"{r.operator_name} ({r.operator_login})",
            r.result,
        )[col]

    def _sort_key(self, r: FirmwareUse, col: int) -> Any:
        return r.completed_at.timestamp() if col == self.WHEN else self._text(r, col)


class EquipmentModel(RowsModel):
    CODE, NAME, TYPE, PROCESS, STATUS, CALIBRATION_DUE, INTERVAL = range(7)

    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def row_of(self, code: str | None) -> int:
        """The row of an equipment code, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.equipment_code == code), -1)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Process"),
            self.tr("Status"),
            self.tr("Calibration due"),
            self.tr("Interval"),
        )

    def _text(self, r: EquipmentItem, col: int) -> str:
        every = r.calibration_interval_days
        return (
            r.equipment_code,
            r.equipment_name,
            r.equipment_type,
            r.process_id or "",
            status_label(r.status),
            r.calibration_due or "",
            self.tr("%n day(s)", "", every) if every else "",
        )[col]

    def _sort_key(self, r: EquipmentItem, col: int) -> Any:
        if col == self.INTERVAL:
            return r.calibration_interval_days or 0
        if col == self.STATUS:
            return r.status
        return self._text(r, col)

    def _right(self, col: int) -> bool:
        return col == self.INTERVAL

    def _extra(self, r: EquipmentItem, col: int, role: int) -> Any:
        if col != self.CALIBRATION_DUE or role != Qt.ItemDataRole.ToolTipRole:
            return None
        if r.calibration_overdue(self._today or dt.date.today()):
            return self.tr("Calibration overdue")
        return None
