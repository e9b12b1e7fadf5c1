"""What a station shows and decides: the unit's place on the line and why it may not start here.

Plain frozen dataclasses and enums; the station service fills them, the screen draws them.
Refusal reasons are decided from the unit's state before any write (the database confirms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.errors import BusinessRuleError, NeuroHubError
from neurohub_desktop.domain.ids import ScanKind, ScannedId, parse_scan
from neurohub_desktop.domain.line_admin import StationEquipment
from neurohub_desktop.domain.messages import N_, Msg, placeholders
from neurohub_desktop.domain.quality import QualityCriteria
from neurohub_desktop.domain.states import OPEN_LOT_STATUSES, UnitStatus
from neurohub_desktop.domain.states import StepResult as StepResult

PROCESS_IDS: tuple[str, ...] = tuple(f"PROC-00{i}" for i in range(1, 9))
WIP_PROCESSES: frozenset[str] = frozenset(PROCESS_IDS[:6])
SERIAL_PROCESSES: frozenset[str] = frozenset(PROCESS_IDS[6:])
ISSUE_PROCESS = "PROC-001"
LAST_WIP_PROCESS = "PROC-006"
CONVERT_PROCESS = "PROC-007"
PACKING_PROCESS = "PROC-008"
#: a unit may be re-attempted after at most this many non-PASS results (domain.md §4)
REWORK_LIMIT = 3
MANAGER_ROLES: frozenset[Role] = frozenset({Role.MANAGER, Role.ADMIN})
STATION_ROLES: frozenset[Role] = frozenset({Role.MANAGER, Role.ADMIN, Role.WORKER})


def process_seq(process_id: str) -> int:
    """PROC-003 → 3."""
    return PROCESS_IDS.index(process_id) + 1


class UnitKind(StrEnum):
    LOT = "LOT"
    WIP = "WIP"
    SERIAL = "SERIAL"


class StepState(StrEnum):
    """A stepper cell (the names are the QSS ``state`` property values)."""

    PENDING = "pending"
    CURRENT = "current"  # in progress (claimed) at that step
    PASS = "pass"
    FAIL = "fail"
    REWORK = "rework"


class Reason(StrEnum):
    """Why a scanned unit cannot start at this station (or what the station will do)."""

    OK = "OK"
    RESUME = "RESUME"  # already in progress here: continue the open step
    PREVIOUS_STEP_MISSING = "PREVIOUS_STEP_MISSING"
    ALREADY_PASSED = "ALREADY_PASSED"
    IN_PROGRESS_ELSEWHERE = "IN_PROGRESS_ELSEWHERE"
    UNIT_FAILED = "UNIT_FAILED"
    REWORK_LIMIT = "REWORK_LIMIT"
    LOT_CLOSED = "LOT_CLOSED"
    LOT_FULL = "LOT_FULL"
    WRONG_KIND = "WRONG_KIND"
    NOT_FOUND = "NOT_FOUND"
    SCRAPPED = "SCRAPPED"
    FINISHED = "FINISHED"  # converted WIP / passed serial: nothing left at this station


_REASONS: dict[Reason, str] = {
    Reason.OK: N_("Ready to start {process}."),
    Reason.RESUME: N_("{unit} is in progress here: continue."),
    Reason.PREVIOUS_STEP_MISSING: N_(
        "{unit} has not passed {previous} yet: it cannot start {process}."
    ),
    Reason.ALREADY_PASSED: N_("{unit} has already passed {process}."),
    Reason.IN_PROGRESS_ELSEWHERE: N_(
        "{unit} is in progress at {current}: finish or cancel it there first."
    ),
    Reason.UNIT_FAILED: N_("{unit} is FAILED: a manager must reopen or scrap it."),
    Reason.REWORK_LIMIT: N_("{unit} has reached the rework limit ({limit}): it must be scrapped."),
    Reason.LOT_CLOSED: N_("LOT {lot} is {lot_status}: no more work on its units."),
    Reason.LOT_FULL: N_("LOT {lot} already has all {target} units."),
    Reason.WRONG_KIND: N_("{unit} is a {kind}: this station ({process}) expects a {expected}."),
    Reason.NOT_FOUND: N_("{unit} is not registered."),
    Reason.SCRAPPED: N_("{unit} has been scrapped."),
    Reason.FINISHED: N_("{unit} has finished this step; it continues as {next}."),
}
#: how ``kind``, ``expected`` and ``next`` name a unit kind
_KIND_NAMES: dict[str, Msg] = {
    "LOT": Msg("LOT"),
    "WIP": Msg("WIP"),
    "SERIAL": Msg("serial"),
    "PROCESS": Msg("process barcode"),
}
_KIND_KEYS = ("kind", "expected", "next")


def reason_msg(reason: Reason, **details: object) -> Msg:
    """The message for a reason; a placeholder without a detail shows empty."""
    template = _REASONS[reason]
    values: dict[str, object] = dict.fromkeys(placeholders(template), "")
    for key, value in details.items():
        values[key] = _KIND_NAMES.get(str(value), value) if key in _KIND_KEYS else value
    return Msg(template, **values)


@dataclass(frozen=True)
class StationInfo:
    """What the screen needs to build itself: the process, its form, the line's steps."""

    process_id: str
    name: str
    name_en: str
    criteria: QualityCriteria
    steps: tuple[tuple[str, str, str], ...]  # (process_id, name, name_en)
    expected_texts: tuple[tuple[str, str], ...] = ()  # PROC-004: FIRMWARE_VERSION → active
    printer: str | None = None
    equipment: StationEquipment | None = None  # None: the station has no equipment set up
    #: why no PASS can be recorded here whatever is entered (e.g. no active firmware), or None
    pass_refusal: Msg | None = None


@dataclass(frozen=True)
class StepView:
    process_id: str
    seq: int
    name: str
    name_en: str
    state: StepState = StepState.PENDING
    attempts: int = 0  # finished attempts (history rows / closed records)
    last_result: str | None = None


@dataclass(frozen=True)
class UnitView:
    """A scanned unit as the station sees it, with the decision for this station."""

    kind: UnitKind
    scanned: str
    station_process: str
    lot_id: int | None = None
    lot_number: str | None = None
    lot_status: str | None = None
    model_code: str | None = None
    model_name: str | None = None
    target_quantity: int | None = None
    wip_item_id: int | None = None
    wip_id: str | None = None
    serial_id: int | None = None
    serial_number: str | None = None
    sequence: int | None = None
    status: str | None = None  # the WIP's or the serial's status (the LOT's for a LOT scan)
    current_process: str | None = None  # the step in progress, wherever it is
    started_at: datetime | None = None  # of the step in progress (if any)
    non_pass_count: int = 0  # FAIL/REWORK results so far (rework limit)
    steps: tuple[StepView, ...] = ()
    can_start_here: bool = False
    reason: Reason = Reason.OK
    details: tuple[tuple[str, str], ...] = ()
    open_record_id: int | None = None  # the open process_data row (serial steps)
    prints: tuple[PrintRecord, ...] = ()

    @property
    def unit_id(self) -> str:
        """The id shown large: serial, else WIP, else the LOT."""
        return self.serial_number or self.wip_id or self.lot_number or self.scanned

    @property
    def ids(self) -> ScannedId:
        """``unit_id`` as a parsed id, made from the view's own columns: an action on the
        unit shown passes it down, so nothing parses the unit's id again."""
        if self.serial_number:
            return ScannedId(ScanKind.SERIAL, self.serial_number, self.lot_number, self.sequence)
        if self.wip_id:
            return ScannedId(ScanKind.WIP, self.wip_id, self.lot_number, self.sequence)
        if self.lot_number:
            return ScannedId(ScanKind.LOT, self.lot_number, self.lot_number, None)
        return parse_scan(self.scanned)  # a view of nothing found: only its text is known

    @property
    def in_progress_here(self) -> bool:
        return self.current_process == self.station_process

    @property
    def reason_msg(self) -> Msg:
        return reason_msg(self.reason, **dict(self.details))

    def step(self, process_id: str) -> StepView | None:
        return next((s for s in self.steps if s.process_id == process_id), None)


@dataclass(frozen=True)
class PrintRecord:
    """One label print appended to the PROC-007 record's ``prints``."""

    at: datetime
    user: str
    printer: str
    reason: str | None = None
    kind: str = "serial"


@dataclass(frozen=True)
class DefectEntry:
    code: str
    note: str | None = None


@dataclass(frozen=True)
class StepRecorded:
    """The answer to complete_step / confirm_mark / verify_label."""

    unit: UnitView
    result: StepResult
    record_id: int
    table: str  # "wip_process_history" | "process_data"
    #: the database already held a record with this submission key (a retry or a resend)
    found: bool = False


@dataclass(frozen=True)
class Conversion:
    unit: UnitView  # the serial, PROC-007 started
    wip_id: str
    serial_number: str
    record_id: int


@dataclass(frozen=True)
class PrintOutcome:
    zpl: str
    printer: str
    record: PrintRecord | None


@dataclass(frozen=True)
class StationCounters:
    started: int = 0
    passed: int = 0
    failed: int = 0
    rework: int = 0


@dataclass(frozen=True)
class RecordRow:
    """One finished attempt at this station (the last-20 table)."""

    finished_at: datetime
    unit_id: str
    lot_number: str
    result: str
    operator: str
    duration_seconds: int | None
    defects: tuple[str, ...] = ()


@dataclass(frozen=True)
class StationSnapshot:
    counters: StationCounters
    records: tuple[RecordRow, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class QueuedUnit:
    """A unit waiting for a station: it passed the step before, has not started here, and is
    neither FAILED nor SCRAPPED; ``waiting_since`` is when that previous PASS was recorded."""

    unit_id: str
    lot_number: str
    waiting_since: datetime


@dataclass(frozen=True)
class FailedUnit:
    """A FAILED unit of a LOT, waiting for a manager's signed reopen or scrap."""

    unit_id: str  # the serial number once converted, else the WIP id
    kind: UnitKind
    failed_step: str | None  # PROC-00N of its last FAIL
    failure: str  # defect codes and notes of the last FAIL (a serial: its failure_reason)
    rework_count: int  # FAIL/REWORK results so far (a serial: serials.rework_count)
    failed_at: datetime | None


@dataclass(frozen=True)
class LocatedUnit:
    """A scanned WIP or serial found in the database: the unit as it is now (a converted
    WIP is its serial), its LOT and its status."""

    unit_id: str
    lot_number: str
    status: UnitStatus


@dataclass(frozen=True)
class UnfinishedUnit:
    """A unit that keeps its LOT from completing: neither PASSED nor SCRAPPED (a WIP: neither
    converted nor scrapped)."""

    unit_id: str
    status: UnitStatus
    at_step: str | None  # the step in progress
    passed_step: str | None  # the last step it passed

    def describe(self) -> Msg:
        if self.at_step:
            return Msg(
                "{unit} ({status} at {step})",
                unit=self.unit_id,
                status=self.status.value,
                step=self.at_step,
            )
        if self.passed_step:
            return Msg(
                "{unit} ({status}, passed {step})",
                unit=self.unit_id,
                status=self.status.value,
                step=self.passed_step,
            )
        return Msg("{unit} ({status})", unit=self.unit_id, status=self.status.value)


class LotNotFinished(BusinessRuleError):
    """A LOT completion refused while units are unfinished; ``units`` names them."""

    def __init__(self, msg: Msg, units: tuple[UnfinishedUnit, ...]) -> None:
        super().__init__("BR-001", msg)
        self.units = units


@dataclass(frozen=True)
class LotView:
    id: int
    lot_number: str
    model_code: str
    shift: str
    target_quantity: int
    status: str
    created_at: datetime
    wip_count: int = 0
    serial_count: int = 0
    passed_count: int = 0
    created_by: str | None = None


def refusal_error(view: UnitView) -> BusinessRuleError:
    """The pre-check refusal as an error (raised by a write that the view forbids)."""
    rule = {
        Reason.PREVIOUS_STEP_MISSING: "BR-002",
        Reason.ALREADY_PASSED: "BR-002",
        Reason.IN_PROGRESS_ELSEWHERE: "BR-002",
        Reason.UNIT_FAILED: "BR-005",
        Reason.REWORK_LIMIT: "BR-005",
        Reason.LOT_CLOSED: "BR-004",
        Reason.LOT_FULL: "BR-004",
    }.get(view.reason, view.reason.value)
    return BusinessRuleError(rule, view.reason_msg)


def is_rule_error(exc: BaseException) -> bool:
    return isinstance(exc, NeuroHubError) and exc.code.startswith("BR-")


@dataclass(frozen=True)
class UnitFacts:
    """What the decision needs to know about a scanned unit (read before any write)."""

    kind: UnitKind
    station_process: str
    unit: str
    lot_number: str
    lot_status: str
    status: str  # WIP / serial status; for a LOT scan, the LOT's status
    current_process: str | None = None
    passed: frozenset[str] = frozenset()
    non_pass_count: int = 0
    rework_count: int = 0  # serials: reopenings so far (BR-005)
    issued: int = 0  # LOT scan: WIPs issued so far
    target: int = 0  # LOT scan: target quantity


def expected_kind(station_process: str) -> str:
    """What a station scans to start a unit (the ``expected`` of a WRONG_KIND refusal)."""
    if station_process == ISSUE_PROCESS:
        return "LOT/WIP"
    return UnitKind.SERIAL.value if station_process == PACKING_PROCESS else UnitKind.WIP.value


def decide(f: UnitFacts) -> tuple[Reason, dict[str, str]]:
    """Can this unit start at this station?  The reason and the message details."""
    s = f.station_process
    seq = process_seq(s)
    d = {
        "unit": f.unit,
        "process": s,
        "lot": f.lot_number,
        "lot_status": f.lot_status,
        "kind": f.kind.value,
        "limit": str(REWORK_LIMIT),
    }
    if s == ISSUE_PROCESS and f.kind is UnitKind.LOT:
        if f.lot_status not in OPEN_LOT_STATUSES:
            return Reason.LOT_CLOSED, d
        if f.issued >= f.target:
            return Reason.LOT_FULL, {**d, "target": str(f.target)}
        return Reason.OK, d
    expected = (
        UnitKind.SERIAL if s == PACKING_PROCESS else UnitKind.WIP if s != CONVERT_PROCESS else None
    )
    if f.kind is UnitKind.LOT or (expected is not None and f.kind is not expected):
        return Reason.WRONG_KIND, {**d, "expected": expected_kind(s)}
    if f.lot_status not in OPEN_LOT_STATUSES:
        return Reason.LOT_CLOSED, d
    if f.status == UnitStatus.SCRAPPED:
        return Reason.SCRAPPED, d
    if f.status == UnitStatus.CONVERTED:
        return Reason.FINISHED, {**d, "next": UnitKind.SERIAL.value}
    if f.status == UnitStatus.FAILED:
        over = (
            f.rework_count >= REWORK_LIMIT
            if f.kind is UnitKind.SERIAL
            else f.non_pass_count > REWORK_LIMIT
        )
        return (Reason.REWORK_LIMIT if over else Reason.UNIT_FAILED), d
    if f.current_process == s:
        return Reason.RESUME, d
    if f.current_process is not None:
        return Reason.IN_PROGRESS_ELSEWHERE, {**d, "current": f.current_process}
    finished = (UnitStatus.COMPLETED, UnitStatus.PASSED)
    if s in f.passed or f.status in finished and s != CONVERT_PROCESS:
        return Reason.ALREADY_PASSED, d
    previous = PROCESS_IDS[seq - 2] if seq > 1 else None
    if previous is not None and previous not in f.passed:
        return Reason.PREVIOUS_STEP_MISSING, {**d, "previous": previous}
    if f.kind is UnitKind.WIP and f.non_pass_count > REWORK_LIMIT:
        return Reason.REWORK_LIMIT, d
    return Reason.OK, d
