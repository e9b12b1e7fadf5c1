"""What the supervisor views show: frozen rows returned by ``services.reports``.

Definitions (where domain.md is silent, see the module docstring of ``services/reports.py``):

* a **unit** is a WIP until it is converted, then its serial (the WIP is its twin);
* a unit **sits at** the step in progress, else the next step after its last PASS;
* **finished** units are serials that PASSED PROC-008;
* **first-pass yield** of a step = units whose first finished attempt there was a PASS /
  units with at least one finished attempt there; **RTY** = product of the FPYs of the steps
  that have attempts; **rework rate** = units that attempted some step more than once /
  units with at least one attempt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

PROCESS_IDS = tuple(f"PROC-00{n}" for n in range(1, 9))
#: the board's page size: LOTs beyond it are reached by narrowing the filter
DEFAULT_LOT_LIMIT = 200
DEFAULT_AUDIT_LIMIT = 500


@dataclass(frozen=True)
class ProcessRef:
    id: int
    process_id: str
    name: str
    name_en: str | None
    sequence_order: int
    estimated_duration_seconds: int


@dataclass(frozen=True)
class LotFilter:
    """LOT board filter: empty ``statuses`` = any; dates are local production days (inclusive)."""

    statuses: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    model_code: str | None = None
    search: str | None = None  # part of a LOT number, case-insensitive
    limit: int = DEFAULT_LOT_LIMIT


@dataclass(frozen=True)
class LotBoardRow:
    lot_id: int
    lot_number: str
    model_code: str
    shift: str
    status: str
    target_quantity: int
    created_at: datetime
    completed_at: datetime | None
    closed_at: datetime | None
    wip_counts: Mapping[str, int]  # status → count, every WIP status present
    serial_counts: Mapping[str, int]  # status → count, every serial status present
    finished: int  # serials PASSED
    units_per_step: tuple[int, ...]  # 8 counts, PROC-001..008: unfinished units sitting there
    oldest_unfinished_at: datetime | None  # when the oldest unfinished unit was issued

    @property
    def progress(self) -> float:
        return self.finished / self.target_quantity if self.target_quantity else 0.0

    @property
    def wip_total(self) -> int:
        return sum(self.wip_counts.values())

    @property
    def serial_total(self) -> int:
        return sum(self.serial_counts.values())

    @property
    def unfinished(self) -> int:
        return sum(self.units_per_step)


@dataclass(frozen=True)
class UnitRow:
    """One unit of a LOT (a WIP and/or its serial)."""

    wip_id: str | None
    serial_number: str | None
    status: str  # the serial's status once converted, else the WIP's
    wip_status: str | None
    serial_status: str | None
    current_step: str | None  # PROC-00N where it sits (None when finished or scrapped)
    in_progress: bool  # a step is started and not finished
    attempts: int  # finished attempts over all steps
    last_result: str | None
    last_process: str | None
    issued_at: datetime
    finished_at: datetime | None  # serial completed_at
    elapsed_seconds: int  # issued → finished (or → the report's "now")
    reworks: int = 0  # finished attempts that were not a PASS (FAIL or REWORK), all steps
    failure: str | None = None  # FAILED / SCRAPPED: the last failure's defects and notes


@dataclass(frozen=True)
class StepCounts:
    process: ProcessRef
    passed: int
    failed: int
    rework: int

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.rework


@dataclass(frozen=True)
class LotDetail:
    lot: LotBoardRow
    units: tuple[UnitRow, ...]
    steps: tuple[StepCounts, ...]
    as_of: datetime
    #: the LOT's statistics (RTY, rework rate …), as the yield page computes them for it
    figures: YieldReport | None = None


@dataclass(frozen=True)
class ReportScope:
    """What the statistics cover: LOTs produced in [date_from, date_to] (local days, inclusive),
    optionally one model or one LOT."""

    date_from: date | None = None
    date_to: date | None = None
    model_code: str | None = None
    lot_id: int | None = None
    lot_number: str | None = None


@dataclass(frozen=True)
class StatusCount:
    kind: str  # "WIP" | "SERIAL"
    status: str
    count: int


@dataclass(frozen=True)
class StepYield:
    process: ProcessRef
    passed: int
    failed: int
    rework: int
    units_attempted: int
    first_pass: int
    mean_duration_seconds: float | None

    @property
    def attempts(self) -> int:
        return self.passed + self.failed + self.rework

    @property
    def fpy(self) -> float | None:
        return self.first_pass / self.units_attempted if self.units_attempted else None

    @property
    def re_attempts(self) -> int:
        return self.attempts - self.units_attempted

    @property
    def duration_ratio(self) -> float | None:
        """Mean duration / estimated duration (1.0 = on plan)."""
        if self.mean_duration_seconds is None:
            return None
        return self.mean_duration_seconds / self.process.estimated_duration_seconds


@dataclass(frozen=True)
class ShiftPlan:
    """The line's two shifts a day, as in the LOT codes (D, N): the day shift from
    ``day_start``, the night shift from ``night_start`` until the next ``day_start``; a night
    belongs to the date it started on.  Times are the station's local time."""

    day_start: time = time(8, 0)
    night_start: time = time(20, 0)

    def __post_init__(self) -> None:
        if not self.day_start < self.night_start:
            raise ValueError("the day shift must start before the night shift")

    @property
    def day_minutes(self) -> int:
        """Minutes from the day shift's start to the night shift's."""
        return (self.night_start.hour * 60 + self.night_start.minute) - (
            self.day_start.hour * 60 + self.day_start.minute
        )

    def shift_of(self, local: datetime) -> tuple[date, str]:
        """(shift date, "D" | "N") of a local time."""
        since = local - timedelta(hours=self.day_start.hour, minutes=self.day_start.minute)
        minute = since.hour * 60 + since.minute
        return since.date(), "D" if minute < self.day_minutes else "N"


@dataclass(frozen=True)
class OutputFigures:
    """Finished attempts at one step by one operator or in one shift.  ``first_attempts``:
    the attempts that were their unit's first at the step (FPY = first PASSes / first
    attempts); durations against the process standard (``estimated_duration_seconds``)."""

    process: ProcessRef
    attempts: int
    passed: int
    units: int  # distinct units attempted
    first_attempts: int
    first_pass: int
    duration_sum: int
    duration_count: int

    @property
    def fpy(self) -> float | None:
        return self.first_pass / self.first_attempts if self.first_attempts else None

    @property
    def mean_duration_seconds(self) -> float | None:
        return self.duration_sum / self.duration_count if self.duration_count else None

    @property
    def duration_ratio(self) -> float | None:
        """Mean duration / the process standard (1.0 = on plan)."""
        mean = self.mean_duration_seconds
        return None if mean is None else mean / self.process.estimated_duration_seconds


@dataclass(frozen=True)
class OperatorOutput(OutputFigures):
    operator_login: str = ""
    operator_name: str = ""


@dataclass(frozen=True)
class ShiftOutput(OutputFigures):
    shift_date: date = date.min
    shift: str = ""  # "D" | "N"


@dataclass(frozen=True)
class YieldReport:
    scope: ReportScope
    status_counts: tuple[StatusCount, ...]
    steps: tuple[StepYield, ...]
    units_attempted: int
    units_reworked: int
    #: per operator and step, by login then process order
    operators: tuple[OperatorOutput, ...] = ()
    #: per shift (date, D/N; ShiftPlan) and step, oldest first
    shifts: tuple[ShiftOutput, ...] = ()

    @property
    def rty(self) -> float | None:
        return rolled_throughput_yield(s.fpy for s in self.steps)

    @property
    def rework_rate(self) -> float | None:
        return self.units_reworked / self.units_attempted if self.units_attempted else None


def rolled_throughput_yield(fpys: Iterable[float | None]) -> float | None:
    """Product of the FPYs of the steps that have attempts (None if no step has any)."""
    known = [f for f in fpys if f is not None]
    return math.prod(known) if known else None


@dataclass(frozen=True)
class ParetoRow:
    process_id: str
    code: str
    name: str  # Korean name from the process's criteria (the code if unknown)
    name_en: str
    count: int
    percent: float  # of all defects in the report
    cumulative_percent: float


def pareto(counts: Iterable[tuple[str, str, str, str, int]]) -> tuple[ParetoRow, ...]:
    """(process_id, code, name, name_en, count) → rows by count desc, with cumulative percent."""
    items = sorted(counts, key=lambda c: (-c[4], c[0], c[1]))
    total = sum(c[4] for c in items)
    rows, running = [], 0
    for pid, code, name, name_en, n in items:
        running += n
        rows.append(
            ParetoRow(pid, code, name, name_en, n, 100.0 * n / total, 100.0 * running / total)
        )
    return tuple(rows)


@dataclass(frozen=True)
class MeasurementRow:
    code: str
    value: Any
    unit: str | None
    lsl: float | None
    usl: float | None
    result: str | None


@dataclass(frozen=True)
class DefectRow:
    code: str
    note: str | None


@dataclass(frozen=True)
class TraceAttempt:
    """One attempt at one step: a wip_process_history row or a process_data record."""

    source: str  # "WIP" | "SERIAL"
    record_id: int
    process: ProcessRef
    attempt_no: int  # 1 = first attempt at this step
    result: str | None  # None: started, not finished
    operator_user_id: str
    operator_name: str
    station: str | None  # from the audit row of the record's INSERT
    equipment_code: str | None
    equipment_name: str | None
    started_at: datetime
    completed_at: datetime | None
    duration_seconds: int | None
    measurements: tuple[MeasurementRow, ...]
    defects: tuple[DefectRow, ...]
    notes: str | None
    is_rework: bool


@dataclass(frozen=True)
class TraceDecision:
    """A signed decision about the unit (a signatures row: reopen or scrap, issue 15)."""

    meaning: str  # "REWORK_APPROVED" | "SCRAPPED"
    reason: str
    signer_user_id: str
    signer_name: str
    signed_at: datetime
    station: str | None
    operator_user_id: str | None  # who was logged in at that station, if the station said


@dataclass(frozen=True)
class TraceUnit:
    lot_id: int
    lot_number: str
    wip_id: str | None
    serial_number: str | None
    status: str
    current_step: str | None
    issued_at: datetime
    component_lots: Mapping[str, str]  # SMA_SPRING_LOT / BUSBAR_LOT of the last PROC-002 PASS
    firmware_version: str | None  # FIRMWARE_VERSION of the last PROC-004 PASS
    timeline: tuple[TraceAttempt, ...]
    decisions: tuple[TraceDecision, ...] = ()  # oldest first


@dataclass(frozen=True)
class TraceResult:
    """A traced id: its LOT, and one unit (WIP/serial id) or every unit (a LOT id)."""

    query: str
    kind: str  # "LOT" | "WIP" | "SERIAL"
    lot: LotBoardRow
    unit: TraceUnit | None
    units: tuple[UnitRow, ...] = field(default=())


@dataclass(frozen=True)
class WhereUsedRow:
    """One unit that recorded a component lot or firmware version (where-used)."""

    lot_number: str
    wip_id: str | None
    serial_number: str | None
    status: str  # the serial's status once converted, else the WIP's
    where: str | None  # PROC-00N in progress, else the last step passed (None: none yet)
    in_progress: bool
    step: str  # where the value was recorded (PROC-002, PROC-004)
    code: str  # the item (SMA_SPRING_LOT, BUSBAR_LOT, FIRMWARE_VERSION)
    result: str  # of that record


@dataclass(frozen=True)
class WhereUsed:
    """Every unit that used ``query`` (a component lot or a firmware version)."""

    query: str
    rows: tuple[WhereUsedRow, ...]


@dataclass(frozen=True)
class AuditFilter:
    table_name: str | None = None
    record_id: int | None = None
    user_id: int | None = None  # users.id
    date_from: date | None = None
    date_to: date | None = None
    limit: int = DEFAULT_AUDIT_LIMIT


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    id: int
    created_at: datetime
    table_name: str
    record_id: int | None
    action: str
    user_id: int | None
    user_login: str | None
    user_name: str | None
    db_user: str
    station: str | None
    changes: tuple[FieldChange, ...]
    #: why (``audit_logs.reason``: every admin change has one, issue 14); None: not said
    reason: str | None = None

    def summary(self) -> str:
        """``field: old → new; …`` (INSERT/DELETE list the row's values)."""
        parts = []
        for c in self.changes:
            if self.action == "UPDATE":
                parts.append(f"{c.field}: {_short(c.old)} → {_short(c.new)}")
            else:
                parts.append(f"{c.field}: {_short(c.new if self.action == 'INSERT' else c.old)}")
        return "; ".join(parts)


def _short(value: Any, limit: int = 60) -> str:
    text = "∅" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def field_changes(
    action: str,
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any] | None,
    changed: Iterable[str] | None,
) -> tuple[FieldChange, ...]:
    """The changed fields of an audit row, in the order the trigger listed them."""
    old, new = old or {}, new or {}
    if action == "UPDATE":
        names = list(changed) if changed else [k for k in new if old.get(k) != new.get(k)]
    elif action == "INSERT":
        names = [k for k, v in new.items() if v is not None]
    else:
        names = [k for k, v in old.items() if v is not None]
    skip = {"updated_at"} if action == "UPDATE" else set()
    return tuple(FieldChange(n, old.get(n), new.get(n)) for n in names if n not in skip)
