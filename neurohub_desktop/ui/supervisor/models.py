"""The table models of the supervisor screens, one per table (rows: domain.reports dataclasses)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from neurohub_desktop.domain.reports import (
    PROCESS_IDS,
    AuditRow,
    LotBoardRow,
    ParetoRow,
    StatusCount,
    StepCounts,
    StepYield,
    TraceAttempt,
    UnitRow,
)
from neurohub_desktop.domain.states import SERIAL_STATUSES, WIP_STATUSES, ItemResult
from neurohub_desktop.ui.messages import local_name
from neurohub_desktop.ui.supervisor.common import (
    FAIL_COLOR,
    PASS_COLOR,
    REWORK_COLOR,
    fmt_dt,
    fmt_duration,
    fmt_pct,
    result_color,
    status_label,
)
from neurohub_desktop.ui.supervisor.table_model import CENTER, RIGHT, Column, RowTableModel


def _counts(counts: Any, order: tuple[str, ...]) -> str:
    return " · ".join(f"{status_label(s)} {counts[s]}" for s in order if counts.get(s))


_STEP_HEAT = QColor("#bbdefb")


def _step_column(i: int) -> Column:
    pid = PROCESS_IDS[i]
    return Column(
        f"P{i + 1}",
        lambda r: r.units_per_step[i],
        lambda r: str(r.units_per_step[i]) if r.units_per_step[i] else "·",
        CENTER,
        lambda r: _STEP_HEAT if r.units_per_step[i] else None,
        lambda r, pid=pid: f"{pid}: {r.units_per_step[i]}",
    )


class LotBoardModel(RowTableModel):
    COL_LOT, COL_MODEL, COL_SHIFT, COL_STATUS, COL_TARGET, COL_PROGRESS = range(6)
    COL_WIP, COL_SERIAL = 6, 7
    COL_STEP_FIRST = 8  # eight columns, PROC-001..008: units sitting at each step
    COL_AGE = COL_STEP_FIRST + 8
    COL_CREATED = COL_AGE + 1

    def __init__(self, parent: Any = None, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP("Columns", "LOT"), lambda r: r.lot_number),
            Column(QT_TRANSLATE_NOOP("Columns", "Model"), lambda r: r.model_code),
            Column(QT_TRANSLATE_NOOP("Columns", "Shift"), lambda r: r.shift, align=CENTER),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r: r.status,
                lambda r: status_label(r.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Target"), lambda r: r.target_quantity, align=RIGHT
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Progress"),
                lambda r: r.progress,
                lambda r: f"{r.finished}/{r.target_quantity} ({fmt_pct(r.progress, 0)})",
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "WIP"),
                lambda r: r.wip_total,
                lambda r: _counts(r.wip_counts, WIP_STATUSES),
                tooltip=lambda r: _counts(r.wip_counts, WIP_STATUSES) or None,  # when elided
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Serials"),
                lambda r: r.serial_total,
                lambda r: _counts(r.serial_counts, SERIAL_STATUSES),
                tooltip=lambda r: _counts(r.serial_counts, SERIAL_STATUSES) or None,  # when elided
            ),
            *(_step_column(i) for i in range(8)),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Oldest unfinished"),
                self._age_seconds,
                lambda r: fmt_duration(self._age_seconds(r)),
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Created"),
                lambda r: r.created_at,
                lambda r: fmt_dt(r.created_at),
            ),
        ]
        super().__init__(parent, key=lambda r: r.lot_id)

    def _age_seconds(self, row: LotBoardRow) -> float | None:
        if row.oldest_unfinished_at is None:
            return None
        return max(0.0, (self._now() - row.oldest_unfinished_at).total_seconds())


class WhereUsedModel(RowTableModel):
    """The units that used a component lot or firmware version (domain WhereUsedRow)."""

    COL_LOT, COL_WIP, COL_SERIAL, COL_STATUS, COL_WHERE, COL_ITEM, COL_RESULT = range(7)

    COLUMNS = [
        Column(str(QT_TRANSLATE_NOOP("Columns", "LOT")), lambda r: r.lot_number),
        Column(str(QT_TRANSLATE_NOOP("Columns", "WIP ID")), lambda r: r.wip_id),
        Column(str(QT_TRANSLATE_NOOP("Columns", "Serial")), lambda r: r.serial_number),
        Column(
            str(QT_TRANSLATE_NOOP("Columns", "Status")),
            lambda r: r.status,
            lambda r: status_label(r.status),
        ),
        Column(
            str(QT_TRANSLATE_NOOP("Columns", "Where now")),
            lambda r: r.where,
            lambda r: (r.where or "") + (" ▶" if r.in_progress else ""),
        ),
        Column(str(QT_TRANSLATE_NOOP("Columns", "Item")), lambda r: f"{r.step} {r.code}"),
        Column(
            str(QT_TRANSLATE_NOOP("Columns", "Result")),
            lambda r: r.result,
            lambda r: status_label(r.result),
            background=lambda r: _light(result_color(r.result)),
        ),
    ]


class UnitModel(RowTableModel):
    COL_WIP, COL_SERIAL, COL_STATUS, COL_STEP, COL_ATTEMPTS, COL_REWORKS = range(6)
    COL_LAST, COL_ELAPSED, COL_FAILURE = 6, 7, 8

    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("Columns", "WIP ID"), lambda r: r.wip_id),
        Column(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda r: r.serial_number),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: r.status,
            lambda r: status_label(r.status),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Current step"),
            lambda r: r.current_step,
            lambda r: (r.current_step or "") + (" ▶" if r.in_progress else ""),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Attempts"), lambda r: r.attempts, align=RIGHT),
        Column(str(QT_TRANSLATE_NOOP("Columns", "Reworks")), lambda r: r.reworks, align=RIGHT),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Last result"),
            lambda r: r.last_result,
            lambda r: f"{status_label(r.last_result)} ({r.last_process})" if r.last_result else "",
            background=lambda r: _light(result_color(r.last_result)),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Elapsed"),
            lambda r: r.elapsed_seconds,
            lambda r: fmt_duration(r.elapsed_seconds),
            RIGHT,
        ),
        Column(str(QT_TRANSLATE_NOOP("Columns", "Failure")), lambda r: r.failure or ""),
    ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=lambda r: (r.wip_id, r.serial_number))


_PASTEL = {
    PASS_COLOR.name(): QColor("#e8f5e9"),
    FAIL_COLOR.name(): QColor("#ffebee"),
    REWORK_COLOR.name(): QColor("#fff3e0"),
}


def _process_name(process: Any, locale: str) -> str:
    return local_name(process.name, process.name_en, locale)


def _light(color: QColor | None) -> QColor | None:
    """The soft background for a result colour."""
    if color is None:
        return None
    return _PASTEL.get(color.name(), color.lighter(170))


class StepCountModel(RowTableModel):
    COL_STEP, COL_NAME, COL_PASS, COL_FAIL, COL_REWORK, COL_TOTAL = range(6)

    def __init__(self, parent: Any = None, locale: str = "ko") -> None:
        self.COLUMNS = [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Step"),
                lambda r: r.process.sequence_order,
                lambda r: r.process.process_id,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Process"), lambda r: _process_name(r.process, locale)
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "PASS"), lambda r: r.passed, align=RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "FAIL"), lambda r: r.failed, align=RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "REWORK"), lambda r: r.rework, align=RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda r: r.total, align=RIGHT),
        ]
        super().__init__(parent, key=lambda r: r.process.id)


class StatusCountModel(RowTableModel):
    COL_KIND, COL_STATUS, COL_COUNT = range(3)

    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.kind),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: r.status,
            lambda r: status_label(r.status),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Count"), lambda r: r.count, align=RIGHT),
    ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=lambda r: (r.kind, r.status))


class StepYieldModel(RowTableModel):
    (
        COL_STEP,
        COL_NAME,
        COL_PASS,
        COL_FAIL,
        COL_REWORK,
        COL_UNITS,
        COL_FPY,
        COL_MEAN,
        COL_PLAN,
        COL_RATIO,
    ) = range(10)

    def __init__(self, parent: Any = None, locale: str = "ko") -> None:
        self.COLUMNS = [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Step"),
                lambda r: r.process.sequence_order,
                lambda r: r.process.process_id,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Process"), lambda r: _process_name(r.process, locale)
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "PASS"), lambda r: r.passed, align=RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "FAIL"), lambda r: r.failed, align=RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "REWORK"), lambda r: r.rework, align=RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "Units"), lambda r: r.units_attempted, align=RIGHT),
            Column(
                QT_TRANSLATE_NOOP("Columns", "First-pass yield"),
                lambda r: r.fpy,
                lambda r: fmt_pct(r.fpy),
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Mean time"),
                lambda r: r.mean_duration_seconds,
                lambda r: fmt_duration(r.mean_duration_seconds),
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Planned time"),
                lambda r: r.process.estimated_duration_seconds,
                lambda r: fmt_duration(r.process.estimated_duration_seconds),
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Actual/plan"),
                lambda r: r.duration_ratio,
                lambda r: fmt_pct(r.duration_ratio, 0),
                RIGHT,
                lambda r: _light(QColor("#c62828")) if (r.duration_ratio or 0) > 1.2 else None,
            ),
        ]
        super().__init__(parent, key=lambda r: r.process.id)


class ParetoModel(RowTableModel):
    COL_RANK, COL_STEP, COL_CODE, COL_NAME, COL_COUNT, COL_PCT, COL_CUM = range(7)

    def __init__(self, parent: Any = None, locale: str = "ko") -> None:
        self.COLUMNS = [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Rank"), lambda r: self._rows.index(r) + 1, align=RIGHT
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Step"), lambda r: r.process_id),
            Column(QT_TRANSLATE_NOOP("Columns", "Defect code"), lambda r: r.code),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Defect"),
                lambda r: local_name(r.name, r.name_en, locale),
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Count"), lambda r: r.count, align=RIGHT),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Share"),
                lambda r: r.percent,
                lambda r: f"{r.percent:.1f}%",
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Cumulative"),
                lambda r: r.cumulative_percent,
                lambda r: f"{r.cumulative_percent:.1f}%",
                RIGHT,
            ),
        ]
        super().__init__(parent, key=lambda r: (r.process_id, r.code))


def measurement_text(a: TraceAttempt) -> str:
    parts = []
    for m in a.measurements:
        value = "" if m.value is None else str(m.value)
        unit = f" {m.unit}" if m.unit else ""
        limits = ""
        if m.lsl is not None or m.usl is not None:
            limits = f" [{'' if m.lsl is None else m.lsl}–{'' if m.usl is None else m.usl}]"
        verdict = f" {m.result}" if m.result and m.result != ItemResult.PASS else ""
        parts.append(f"{m.code}={value}{unit}{limits}{verdict}")
    return "; ".join(parts)


class TimelineModel(RowTableModel):
    (
        COL_STEP,
        COL_ATTEMPT,
        COL_RESULT,
        COL_START,
        COL_END,
        COL_DURATION,
        COL_OPERATOR,
        COL_STATION,
        COL_EQUIPMENT,
        COL_MEASUREMENTS,
        COL_DEFECTS,
    ) = range(11)

    def __init__(self, parent: Any = None, locale: str = "ko") -> None:
        self.COLUMNS = [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Step"),
                lambda r: r.process.sequence_order,
                lambda r: f"{r.process.process_id} {_process_name(r.process, locale)}",
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Attempt"), lambda r: r.attempt_no, align=RIGHT),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Result"),
                lambda r: r.result or "",
                lambda r: (
                    status_label(r.result)
                    if r.result
                    else QCoreApplication.translate("Supervisor", "In progress")
                ),
                background=lambda r: _light(result_color(r.result)),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Started"),
                lambda r: r.started_at,
                lambda r: fmt_dt(r.started_at),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Finished"),
                lambda r: r.completed_at,
                lambda r: fmt_dt(r.completed_at),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Duration"),
                lambda r: r.duration_seconds,
                lambda r: fmt_duration(r.duration_seconds),
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Operator"),
                lambda r: r.operator_name,
                lambda r: f"{r.operator_name} ({r.operator_user_id})",
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Station"), lambda r: r.station),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Equipment"),
                lambda r: r.equipment_code,
                lambda r: (
                    f"{r.equipment_code} {r.equipment_name or ''}".strip()
                    if r.equipment_code
                    else ""
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Measurements"),
                measurement_text,
                tooltip=measurement_text,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Defects"),
                lambda r: ", ".join(
                    f"{d.code} ({d.note})" if d.note else d.code for d in r.defects
                ),
                tooltip=lambda r: "\n".join(f"{d.code}: {d.note or ''}" for d in r.defects) or None,
            ),
        ]
        super().__init__(parent, key=lambda r: (r.source, r.record_id))


class AuditModel(RowTableModel):
    (
        COL_TIME,
        COL_TABLE,
        COL_RECORD,
        COL_ACTION,
        COL_USER,
        COL_STATION,
        COL_REASON,
        COL_CHANGES,
    ) = range(8)

    COLUMNS = [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Time"),
            lambda r: r.created_at,
            lambda r: fmt_dt(r.created_at),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Table"), lambda r: r.table_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda r: r.record_id, align=RIGHT),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Action"),
            lambda r: r.action,
            lambda r: status_label(r.action),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "User"),
            lambda r: r.user_login or r.db_user,
            lambda r: (
                f"{r.user_name} ({r.user_login})"
                if r.user_login
                else (f"#{r.user_id}" if r.user_id is not None else r.db_user)
            ),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Station"), lambda r: r.station),
        Column(
            str(QT_TRANSLATE_NOOP("Columns", "Reason")),  # typed: the stub says object
            lambda r: r.reason or "",
            tooltip=lambda r: r.reason or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Changes"),
            lambda r: r.summary(),
            tooltip=lambda r: r.summary().replace("; ", "\n"),
        ),
    ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=lambda r: r.id)


__all__ = [
    "AuditModel",
    "AuditRow",
    "LotBoardModel",
    "LotBoardRow",
    "ParetoModel",
    "ParetoRow",
    "StatusCount",
    "StatusCountModel",
    "StepCountModel",
    "StepCounts",
    "StepYield",
    "StepYieldModel",
    "TimelineModel",
    "UnitModel",
    "UnitRow",
]
