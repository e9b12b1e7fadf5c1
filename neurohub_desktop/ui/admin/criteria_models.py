"""The 공정 기준 page's table models (architecture lesson 4): one row per item of the criteria
being edited — ``MeasurementSpec`` or ``DefectCode`` (frozen dataclasses) — in form order (the
order stations show them: these tables are not sorted), with what the editor knows about each
row: retired, used by stored records, new, and its problems (shown red, listed in the tip)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from neurohub_desktop.domain.quality import DefectCode, MeasurementKind, MeasurementSpec
from neurohub_desktop.ui.admin.models import Index, RowsModel

PROBLEM_COLOUR = QColor("#b3261e")
RETIRED_COLOUR = QColor("#8a8a8a")


def kind_label(kind: MeasurementKind | str) -> str:
    """A measurement kind as the page shows it (the code stays visible)."""
    labels = {
        MeasurementKind.NUMBER.value: QCoreApplication.translate("Admin", "Number (number)"),
        MeasurementKind.BOOL.value: QCoreApplication.translate("Admin", "Yes/No (bool)"),
        MeasurementKind.TEXT.value: QCoreApplication.translate("Admin", "Text (text)"),
        MeasurementKind.COMPONENT.value: QCoreApplication.translate(
            "Admin", "Component lot (component)"
        ),
    }
    key = str(getattr(kind, "value", kind))
    return labels.get(key, key)


def fmt_limit(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class _ItemsModel(RowsModel):
    """Rows of one list of the criteria, with the marks the editor sets."""

    STATE = -1  # the subclass's state column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._used: frozenset[str] = frozenset()
        self._stored: frozenset[str] = frozenset()
        self._problems: dict[int, tuple[str, ...]] = {}

    def set_items(
        self,
        rows: Iterable[Any],
        *,
        used: Collection[str] = (),
        stored: Collection[str] = (),
        problems: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """The draft's rows; ``used``: codes stored records use, ``stored``: codes of the saved
        version, ``problems``: row → its problems' sentences."""
        self._used, self._stored = frozenset(used), frozenset(stored)
        self._problems = {row: tuple(p) for row, p in (problems or {}).items() if p}
        self.set_rows(rows)

    def row_of(self, code: str | None) -> int:
        """The first row of ``code``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def is_used(self, code: str) -> bool:
        return code in self._used

    def problems_of(self, row: int) -> tuple[str, ...]:
        return self._problems.get(row, ())

    def state_text(self, r: Any) -> str:
        """Retired, used by stored records, new (not in the saved version) — as they apply."""
        parts = []
        if r.retired:
            parts.append(QCoreApplication.translate("CriteriaModels", "Retired"))
        if r.code in self._used:
            parts.append(QCoreApplication.translate("CriteriaModels", "Used by records"))
        elif r.code not in self._stored:
            parts.append(QCoreApplication.translate("CriteriaModels", "New"))
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _MARK_ROLES and index.isValid() and index.row() < len(self._rows):
            return self._mark(index.row(), role)
        return super().data(index, role)

    def _mark(self, row: int, role: int) -> Any:
        r, problems = self._rows[row], self._problems.get(row, ())
        if role == Qt.ItemDataRole.ForegroundRole:
            if problems:
                return QBrush(PROBLEM_COLOUR)
            return QBrush(RETIRED_COLOUR) if r.retired else None
        if problems:
            return "\n".join(problems)
        if r.retired:
            return QCoreApplication.translate(
                "CriteriaModels",
                "Retired: kept for the records that use it; stations no longer offer it.",
            )
        return None


_MARK_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)


class MeasurementsModel(_ItemsModel):
    CODE, NAME, NAME_EN, UNIT, KIND, LSL, TARGET, USL, REQUIRED, FORMAT, STATE = range(11)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name (Korean)"),
            self.tr("Name (English)"),
            self.tr("Unit"),
            self.tr("Kind"),
            self.tr("LSL"),
            self.tr("Target"),
            self.tr("USL"),
            self.tr("Required"),
            self.tr("Format"),
            self.tr("State"),
        )

    def _text(self, r: MeasurementSpec, col: int) -> str:
        return (
            r.code,
            r.name,
            r.name_en,
            r.unit or "",
            kind_label(r.kind),
            fmt_limit(r.lsl),
            fmt_limit(r.target),
            fmt_limit(r.usl),
            self.tr("Required") if r.required else self.tr("Optional"),
            r.format or "",
            self.state_text(r),
        )[col]

    def _right(self, col: int) -> bool:
        return col in (self.LSL, self.TARGET, self.USL)


class DefectsModel(_ItemsModel):
    CODE, NAME, NAME_EN, STATE = range(4)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name (Korean)"),
            self.tr("Name (English)"),
            self.tr("State"),
        )

    def _text(self, r: DefectCode, col: int) -> str:
        return (r.code, r.name, r.name_en, self.state_text(r))[col]
