"""What a station shows and decides: the unit's place on the line and why it may not start here.

Plain frozen dataclasses and enums; the station service fills them, the screen draws them.
Refusal reasons are decided from the unit's state before any write (the database confirms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from neurohub_desktop.domain.errors import BusinessRuleError, NeuroHubError
from neurohub_desktop.domain.line_admin import StationEquipment
from neurohub_desktop.domain.quality import QualityCriteria

PROCESS_IDS: tuple[str, ...] = tuple(f"PROC-00{i}" for i in range(1, 9))
WIP_PROCESSES: frozenset[str] = frozenset(PROCESS_IDS[:6])
SERIAL_PROCESSES: frozenset[str] = frozenset(PROCESS_IDS[6:])
ISSUE_PROCESS = "PROC-001"
LAST_WIP_PROCESS = "PROC-006"
CONVERT_PROCESS = "PROC-007"
PACKING_PROCESS = "PROC-008"
#: a unit may be re-attempted after at most this many non-PASS results (domain.md §4)
REWORK_LIMIT = 3
MANAGER_ROLES: frozenset[str] = frozenset({"MANAGER", "ADMIN"})
STATION_ROLES: frozenset[str] = frozenset({"MANAGER", "ADMIN", "WORKER"})


def process_seq(process_id: str) -> int:
    """PROC-003 → 3."""
    return PROCESS_IDS.index(process_id) + 1


class UnitKind(StrEnum):
    LOT = "LOT"
    WIP = "WIP"
    SERIAL = "SERIAL"


class StepResult(StrEnum):
    PASS = "PASS"
    FAIL = "FAIL"
    REWORK = "REWORK"


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


_REASONS: dict[Reason, tuple[str, str]] = {
    Reason.OK: ("Ready to start {process}.", "{process} 작업을 시작할 수 있습니다."),
    Reason.RESUME: (
        "{unit} is in progress here: continue.",
        "{unit}은(는) 이 공정에서 작업 중입니다. 계속하세요.",
    ),
    Reason.PREVIOUS_STEP_MISSING: (
        "{unit} has not passed {previous} yet: it cannot start {process}.",
        "{unit}은(는) 아직 {previous}을(를) 통과하지 않아 {process}을(를) 시작할 수 없습니다.",
    ),
    Reason.ALREADY_PASSED: (
        "{unit} has already passed {process}.",
        "{unit}은(는) 이미 {process}을(를) 통과했습니다.",
    ),
    Reason.IN_PROGRESS_ELSEWHERE: (
        "{unit} is in progress at {current}: finish or cancel it there first.",
        "{unit}은(는) {current}에서 작업 중입니다. 그 공정에서 먼저 완료하거나 취소하세요.",
    ),
    Reason.UNIT_FAILED: (
        "{unit} is FAILED: a manager must reopen or scrap it.",
        "{unit}은(는) 불합격(FAILED) 상태입니다. 관리자가 재작업 승인 또는 폐기해야 합니다.",
    ),
    Reason.REWORK_LIMIT: (
        "{unit} has reached the rework limit ({limit}): it must be scrapped.",
        "{unit}은(는) 재작업 한도({limit}회)에 도달했습니다. 폐기해야 합니다.",
    ),
    Reason.LOT_CLOSED: (
        "LOT {lot} is {lot_status}: no more work on its units.",
        "LOT {lot}은(는) {lot_status} 상태입니다. 더 이상 작업할 수 없습니다.",
    ),
    Reason.LOT_FULL: (
        "LOT {lot} already has all {target} units.",
        "LOT {lot}의 목표 수량 {target}개가 모두 발행되었습니다.",
    ),
    Reason.WRONG_KIND: (
        "{unit} is a {kind}: this station ({process}) expects a {expected}.",
        "{unit}은(는) {kind}입니다. 이 공정({process})에서는 {expected}을(를) 스캔하세요.",
    ),
    Reason.NOT_FOUND: ("{unit} is not registered.", "{unit}은(는) 등록되지 않은 바코드입니다."),
    Reason.SCRAPPED: ("{unit} has been scrapped.", "{unit}은(는) 폐기된 제품입니다."),
    Reason.FINISHED: (
        "{unit} has finished this step; it continues as {next}.",
        "{unit}은(는) 이 공정을 마쳤습니다. 이후 {next}(으)로 진행합니다.",
    ),
}
_KIND_KO = {"LOT": "LOT", "WIP": "WIP", "SERIAL": "시리얼"}
_KIND_EN = {"LOT": "LOT", "WIP": "WIP", "SERIAL": "serial"}


def reason_message(reason: Reason, locale: str = "ko", **details: object) -> str:
    """The sentence for a reason, in Korean or English; unknown placeholders stay empty."""
    en, ko = _REASONS[reason]
    template = ko if locale == "ko" else en
    names = _KIND_KO if locale == "ko" else _KIND_EN
    values = {
        k: names.get(str(v), v) if k in ("kind", "expected") else v for k, v in details.items()
    }
    return template.format_map(_Blank(values))


class _Blank(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return ""


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
    def in_progress_here(self) -> bool:
        return self.current_process == self.station_process

    def reason_text(self, locale: str = "ko") -> str:
        return reason_message(self.reason, locale, **dict(self.details))

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
    return BusinessRuleError(rule, view.reason_text("en"), view.reason_text("ko"))


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
        if f.lot_status not in ("CREATED", "IN_PROGRESS"):
            return Reason.LOT_CLOSED, d
        if f.issued >= f.target:
            return Reason.LOT_FULL, {**d, "target": str(f.target)}
        return Reason.OK, d
    expected = (
        UnitKind.SERIAL if s == PACKING_PROCESS else UnitKind.WIP if s != CONVERT_PROCESS else None
    )
    if f.kind is UnitKind.LOT or (expected is not None and f.kind is not expected):
        exp = "LOT/WIP" if s == ISSUE_PROCESS else (expected or UnitKind.WIP).value
        return Reason.WRONG_KIND, {**d, "expected": exp}
    if f.lot_status not in ("CREATED", "IN_PROGRESS"):
        return Reason.LOT_CLOSED, d
    if f.status == "SCRAPPED":
        return Reason.SCRAPPED, d
    if f.status == "CONVERTED":
        return Reason.FINISHED, {**d, "next": "serial"}
    if f.status == "FAILED":
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
    if s in f.passed or f.status in ("COMPLETED", "PASSED") and s != CONVERT_PROCESS:
        return Reason.ALREADY_PASSED, d
    previous = PROCESS_IDS[seq - 2] if seq > 1 else None
    if previous is not None and previous not in f.passed:
        return Reason.PREVIOUS_STEP_MISSING, {**d, "previous": previous}
    if f.kind is UnitKind.WIP and f.non_pass_count > REWORK_LIMIT:
        return Reason.REWORK_LIMIT, d
    return Reason.OK, d
