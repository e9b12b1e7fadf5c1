"""Tables of the output per operator and per shift (``YieldReport.operators`` / ``.shifts``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from neurohub_desktop.ui.messages import local_name
from neurohub_desktop.ui.supervisor.common import fmt_duration, fmt_pct
from neurohub_desktop.ui.supervisor.table_model import RIGHT, Column, RowTableModel


def _title(marked: object) -> str:
    """A column title marked for lupdate (QT_TRANSLATE_NOOP returns the text, typed object)."""
    return str(marked)


_SLOW = QColor("#ffcdd2")  # mean time over 120 % of the process standard


def _figures(locale: str) -> list[Column]:
    """The columns both tables share: step, units, attempts, FPY, times against the plan."""
    return [
        Column(
            _title(QT_TRANSLATE_NOOP("Columns", "Step")),
            lambda r: r.process.sequence_order,
            lambda r: r.process.process_id,
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("Columns", "Process")),
            lambda r: local_name(r.process.name, r.process.name_en, locale),
        ),
        Column(_title(QT_TRANSLATE_NOOP("Columns", "Units")), lambda r: r.units, align=RIGHT),
        Column(_title(QT_TRANSLATE_NOOP("Columns", "Attempts")), lambda r: r.attempts, align=RIGHT),
        Column(_title(QT_TRANSLATE_NOOP("Columns", "PASS")), lambda r: r.passed, align=RIGHT),
        Column(
            _title(QT_TRANSLATE_NOOP("Columns", "First-pass yield")),
            lambda r: r.fpy,
            lambda r: fmt_pct(r.fpy),
            RIGHT,
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("Columns", "Mean time")),
            lambda r: r.mean_duration_seconds,
            lambda r: fmt_duration(r.mean_duration_seconds),
            RIGHT,
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("Columns", "Planned time")),
            lambda r: r.process.estimated_duration_seconds,
            lambda r: fmt_duration(r.process.estimated_duration_seconds),
            RIGHT,
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("Columns", "Actual/plan")),
            lambda r: r.duration_ratio,
            lambda r: fmt_pct(r.duration_ratio, 0),
            RIGHT,
            lambda r: _SLOW if (r.duration_ratio or 0) > 1.2 else None,
        ),
    ]


class OperatorOutputModel(RowTableModel):
    COL_LOGIN, COL_NAME, COL_STEP = range(3)

    def __init__(self, parent: Any = None, locale: str = "ko") -> None:
        self.COLUMNS = [
            Column(_title(QT_TRANSLATE_NOOP("Columns", "Login")), lambda r: r.operator_login),
            Column(_title(QT_TRANSLATE_NOOP("Columns", "Operator")), lambda r: r.operator_name),
            *_figures(locale),
        ]
        self.COL_UNITS, self.COL_ATTEMPTS, _, self.COL_FPY = range(4, 8)
        super().__init__(parent, key=lambda r: (r.operator_login, r.process.id))


class ShiftOutputModel(RowTableModel):
    COL_DATE, COL_SHIFT, COL_STEP = range(3)

    def __init__(self, parent: Any = None, locale: str = "ko") -> None:
        self.COLUMNS = [
            Column(
                _title(QT_TRANSLATE_NOOP("Columns", "Shift date")),
                lambda r: r.shift_date,
                lambda r: r.shift_date.isoformat(),
            ),
            Column(_title(QT_TRANSLATE_NOOP("Columns", "Shift")), lambda r: r.shift),
            *_figures(locale),
        ]
        self.COL_UNITS, self.COL_ATTEMPTS, _, self.COL_FPY = range(4, 8)
        super().__init__(parent, key=lambda r: (r.shift_date, r.shift, r.process.id))
