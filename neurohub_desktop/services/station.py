"""The operator's actions at one station.  One public method = one transaction = one action.

Every write names the actor (``set_actor``) first, re-decides under a row lock taken with
NOWAIT (a second station is refused at once instead of queueing), lets the database rules
confirm, and announces the change (``notify_change``).  Reads return ``UnitView``s.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.models import (
    Equipment,
    Lot,
    ProcessData,
    ProductModel,
    Serial,
    WipItem,
    WipProcessHistory,
)
from neurohub_desktop.db.notify import notify_change
from neurohub_desktop.domain import quality
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.ids import ScanKind, format_serial, format_wip, parse_scan
from neurohub_desktop.domain.operator_input import clean_step_input
from neurohub_desktop.domain.station import (
    CONVERT_PROCESS,
    ISSUE_PROCESS,
    STATION_ROLES,
    Conversion,
    DefectEntry,
    PrintOutcome,
    PrintRecord,
    Reason,
    StationInfo,
    StationSnapshot,
    StepRecorded,
    StepResult,
    UnitView,
    refusal_error,
)
from neurohub_desktop.printing import zpl
from neurohub_desktop.services import _station_claim as claim
from neurohub_desktop.services import _station_once as once
from neurohub_desktop.services import _station_stats
from neurohub_desktop.services._station_read import (
    ProcRow,
    UnitLoader,
    active_firmware_versions,
    load_processes_cached,
)
from neurohub_desktop.services._tx import read_session, set_actor_with, station_transaction
from neurohub_desktop.services.resilience import new_submission_id, operator_action, run_write

FIRMWARE_CODE = "FIRMWARE_VERSION"
LABEL_CODE = "LABEL_VERIFIED"
MARK_CODE = "MARK_READABLE"
#: how long a service keeps the process list and its criteria (they change only by an ADMIN
#: edit); ``station_info()`` — the station screen's start — always reads them afresh
PROCESS_CACHE_SECONDS = 60.0


class Actor(Protocol):
    """The logged-in user (domain.auth.CurrentUser fits)."""

    @property
    def id(self) -> int: ...
    @property
    def user_id(self) -> str: ...
    @property
    def role(self) -> str: ...


class LabelPrinter(Protocol):
    def send(self, zpl: str, label_id: str) -> None: ...
    def describe(self) -> str: ...


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class StationService:
    def __init__(self, sessions: sessionmaker[Session], *, station: str, process_id: str,
                 equipment_code: str | None = None, printer: LabelPrinter | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._sessions = sessions
        self.station = station
        self.process_id = process_id
        self.equipment_code = equipment_code
        self.printer = printer
        self._clock = clock
        self._procs_cache: list[Any] = []  # [read at (monotonic), list[ProcRow]]

    # -- reads -----------------------------------------------------------------------------
    def station_info(self) -> StationInfo:
        with read_session(self._sessions) as s:
            self._procs_cache.clear()
            procs = self._loader(s).procs
            me = self._proc(procs)
            expected = self._expected_texts(s)
        return StationInfo(me.process_id, me.name, me.name_en,
                           quality.QualityCriteria.from_json(me.criteria),
                           tuple((p.process_id, p.name, p.name_en) for p in procs),
                           tuple(expected.items()),
                           self.printer.describe() if self.printer else None)

    @operator_action("scan", unit="scanned_text")
    def resolve_scan(self, scanned_text: str) -> UnitView:
        """Parse a scan (InvalidBarcode if it is no NeuroHub id) and decide for this station."""
        scanned = parse_scan(scanned_text)
        with read_session(self._sessions) as s:
            return self._loader(s).view_scan(scanned)

    def snapshot(self) -> StationSnapshot:
        """Today's counters at this station and its last 20 finished attempts."""
        start = self._clock().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        with read_session(self._sessions) as s:
            loader = self._loader(s)
            return _station_stats.snapshot(s, loader.pid(self.process_id), self.process_id,
                                           start)

    def label_preview(self, unit_id: str) -> str:
        """The ZPL a print of this WIP / serial would send (no write)."""
        with read_session(self._sessions) as s:
            return self._label_zpl(self._loader(s), unit_id)

    # -- WIP steps and serial steps --------------------------------------------------------
    @operator_action("start")
    @once.exactly_once(once.find_started)
    def start_step(self, actor: Actor, unit_id: str) -> UnitView:
        """Claim the unit for this station's step (refused at once if another holds it)."""
        self._check_station_role(actor)
        with self._tx(actor, actor_in_first=True) as s:
            loader, view = self._locked_view(s, unit_id, actor)
            if not view.can_start_here:
                raise refusal_error(view)
            if view.kind.value == "WIP":
                assert view.wip_item_id is not None
                s.execute(update(WipItem).where(WipItem.id == view.wip_item_id)
                          .values(current_process_id=loader.pid(self.process_id)))
            elif self.process_id == CONVERT_PROCESS:
                self._open_serial_record(s, loader, view, actor, {"prints": []})
            else:
                self._open_serial_record(s, loader, view, actor, {})
            notify_change(s, "step_started", lot_id=view.lot_id, unit=view.unit_id,
                          process_id=self.process_id)
            return self._reload(loader, view)

    @operator_action("cancel")
    @once.exactly_once(once.find_cancelled)
    def cancel_step(self, actor: Actor, unit_id: str) -> UnitView:
        """Give a claimed WIP back (no history is written).  A serial's open record stays
        open (stations may not delete records): scanning the serial again resumes it."""
        self._check_station_role(actor)
        with self._tx(actor, actor_in_first=True) as s:
            loader, view = self._locked_view(s, unit_id, actor)
            if not view.in_progress_here:
                raise ValidationError(f"{view.unit_id} is not in progress at {self.process_id}.",
                                      f"{view.unit_id}은(는) {self.process_id}에서 작업 중이 "
                                      "아닙니다.", code="NOT_STARTED")
            if view.kind.value == "WIP":
                s.execute(update(WipItem).where(WipItem.id == view.wip_item_id)
                          .values(current_process_id=None))
                notify_change(s, "step_cancelled", lot_id=view.lot_id, unit=view.unit_id,
                              process_id=self.process_id)
            return self._reload(loader, view)

    @operator_action("record")
    @once.exactly_once(once.find_recorded)
    def complete_step(self, actor: Actor, unit_id: str, result: StepResult | str,
                      values: Mapping[str, object], defects: Sequence[DefectEntry] = (),
                      note: str | None = None, submission_id: str | None = None) -> StepRecorded:
        """Record the attempt in progress here: judged by domain.quality, confirmed by BR-003.
        Exactly once per ``submission_id``: a record stored with it is returned, not redone."""
        self._check_station_role(actor)
        result, values, defects, note = clean_step_input(result, values, defects, note)
        with self._tx(actor, actor_in_first=True) as s:
            # the first statement: actor, exactly-once look-up, and (none found) the claim
            found, claimed = once.recorded_first(
                s, actor.id, self.station, unit_id, self.process_id, submission_id or "",
                lock=claim.direct_lock(parse_scan(unit_id), self.process_id))
            done = found(self._loader(s))
            if done is not None:
                return done
            loader, view = self._locked_view(s, unit_id, claimed=claimed)
            return self._record(s, loader, view, actor, result, values, defects, note,
                                submission_id)

    # -- PROC-001 --------------------------------------------------------------------------
    @operator_action("issue", unit="lot_number")
    @once.exactly_once(once.find_issued)
    def issue_next_wip(self, actor: Actor, lot_number: str) -> UnitView:
        """PROC-001: create the LOT's next WIP and start its marking step."""
        self._check_station_role(actor)
        self._require_station(ISSUE_PROCESS)
        with self._tx(actor, actor_in_first=True) as s:
            # The LOT row is a short serialization point, not a unit someone works on: wait a
            # moment (FOR NO KEY UPDATE does not collide with other stations' FK checks).
            # SET LOCAL lock_timeout = '3s', in the statement that names the actor.
            set_actor_with(s, actor.id, self.station,
                           "SELECT set_config('lock_timeout', '3s', true)", {})
            loader = self._loader(s)
            found = s.execute(select(Lot, ProductModel)
                              .join(ProductModel, ProductModel.id == Lot.product_model_id)
                              .where(Lot.lot_number == lot_number)
                              .with_for_update(key_share=True, of=Lot)).first()
            if found is None:
                raise refusal_error(loader.view_scan(parse_scan(lot_number)))
            lot = found[0]
            view = loader.lot_view(lot, found[1])
            if not view.can_start_here:
                raise refusal_error(view)
            seq = (s.scalar(select(func.max(WipItem.sequence_in_lot))
                            .where(WipItem.lot_id == lot.id)) or 0) + 1
            wip_id = format_wip(lot.lot_number, seq)
            new_id = s.scalar(insert(WipItem).values(wip_id=wip_id, lot_id=lot.id,
                                                     sequence_in_lot=seq)
                              .returning(WipItem.id))
            s.execute(update(WipItem).where(WipItem.id == new_id)
                      .values(current_process_id=loader.pid(ISSUE_PROCESS)))
            notify_change(s, "wip_issued", lot_id=lot.id, unit=wip_id, process_id=ISSUE_PROCESS)
            assert new_id is not None
            return loader.wip_view_by_id(new_id)

    @operator_action("confirm_mark", unit="wip_id")
    def confirm_mark(self, actor: Actor, wip_id: str, scanned_text: str,
                     submission_id: str | None = None) -> StepRecorded:
        """PROC-001: the mark scanned back.  Equal → PASS; anything else → FAIL MARKING_FAIL."""
        try:
            readable = parse_scan(scanned_text).text == wip_id
        except ValidationError:
            readable = False
        if readable:
            return self.complete_step(actor, wip_id, StepResult.PASS, {MARK_CODE: True},
                                      submission_id=submission_id)
        return self.complete_step(actor, wip_id, StepResult.FAIL, {MARK_CODE: False},
                                  [DefectEntry("MARKING_FAIL", f"scanned: {scanned_text[:60]}")],
                                  submission_id=submission_id)

    # -- PROC-007 --------------------------------------------------------------------------
    @operator_action("convert", unit="wip_id")
    @once.exactly_once(once.find_converted)
    def convert(self, actor: Actor, wip_id: str) -> Conversion:
        """PROC-007, one transaction: the serial, the WIP CONVERTED, PROC-007 started."""
        self._check_station_role(actor)
        self._require_station(CONVERT_PROCESS)
        with self._tx(actor, actor_in_first=True) as s:
            loader, view = self._locked_view(s, wip_id, actor)
            if view.kind.value != "WIP" or not view.can_start_here:
                raise refusal_error(view)
            assert view.lot_number is not None and view.sequence is not None
            serial_number = format_serial(view.lot_number, view.sequence)
            serial_id = s.scalar(insert(Serial).values(
                serial_number=serial_number, lot_id=view.lot_id, sequence=view.sequence)
                .returning(Serial.id))
            s.execute(update(WipItem).where(WipItem.id == view.wip_item_id)
                      .values(status="CONVERTED", serial_id=serial_id, converted_at=func.now()))
            assert serial_id is not None
            record_id = self._open_serial_record(s, loader, loader.serial_view_by_id(serial_id),
                                                 actor, {"prints": [], "wip_id": view.wip_id})
            notify_change(s, "converted", lot_id=view.lot_id, unit=serial_number,
                          process_id=CONVERT_PROCESS)
            return Conversion(loader.serial_view_by_id(serial_id), view.wip_id or wip_id,
                              serial_number, record_id)

    @operator_action("print")
    def print_label(self, actor: Actor, unit_id: str, reason: str | None = None) -> PrintOutcome:
        """Send the unit's label; a serial's print is appended to its PROC-007 record.

        The label is sent first: a printer error (PrintError) leaves every record as it was."""
        self._check_station_role(actor)
        if self.printer is None:
            raise ValidationError("No label printer is configured for this station.",
                                  "이 스테이션에 라벨 프린터가 설정되어 있지 않습니다.",
                                  code="NO_PRINTER")
        label = self.label_preview(unit_id)
        target = parse_scan(unit_id).text
        self.printer.send(label, target)
        if parse_scan(target).kind is not ScanKind.SERIAL:
            return PrintOutcome(label, self.printer.describe(), None)
        record = PrintRecord(self._clock(), actor.user_id, self.printer.describe(),
                             (reason or "").strip() or None)
        key = new_submission_id()  # exactly once (services/resilience.py)
        entry = {"at": record.at.isoformat(), "user": record.user, "user_pk": actor.id,
                 "printer": record.printer, "reason": record.reason, "kind": "serial",
                 "submission_id": key}
        run_write(lambda: self._append_print(actor, target, entry),
                  resolve=lambda: self._read(lambda s: once.printed(s, target, key) or None))
        return PrintOutcome(label, record.printer, record)

    def _append_print(self, actor: Actor, target: str, entry: dict[str, Any]) -> bool:
        with self._tx(actor) as s:
            loader = self._loader(s)
            serial = s.scalars(select(Serial).where(Serial.serial_number == target)).one()
            rec = s.scalars(select(ProcessData).where(
                ProcessData.serial_id == serial.id,
                ProcessData.process_id == loader.pid(CONVERT_PROCESS))
                .order_by(ProcessData.id.desc()).limit(1).with_for_update()).first()
            if rec is None:
                raise ValidationError(f"{target} has no PROC-007 record to print for.",
                                      f"{target}에는 PROC-007 기록이 없습니다.", code="NO_RECORD")
            data = dict(rec.process_specific_data)
            data["prints"] = [*data.get("prints", []), entry]
            rec.process_specific_data = data
            notify_change(s, "label_printed", lot_id=serial.lot_id, unit=target,
                          process_id=CONVERT_PROCESS)
        return True

    @operator_action("verify_label", unit="serial_number")
    def verify_label(self, actor: Actor, serial_number: str, scanned_text: str,
                     submission_id: str | None = None) -> StepRecorded:
        """PROC-007: the printed label scanned back.  A match records PASS (LABEL_VERIFIED);
        a mismatch is refused and writes nothing (reprint, or record FAIL with a defect)."""
        try:
            match = parse_scan(scanned_text).text == serial_number
        except ValidationError:
            match = False
        if not match:
            raise ValidationError(
                f"The scanned label ({scanned_text[:60]}) is not {serial_number}.",
                f"스캔한 라벨({scanned_text[:60]})이 {serial_number}과(와) 다릅니다.",
                code="LABEL_MISMATCH")
        return self.complete_step(actor, serial_number, StepResult.PASS, {LABEL_CODE: True},
                                  submission_id=submission_id)

    # -- internals -------------------------------------------------------------------------
    def _tx(self, actor: Actor, *, actor_in_first: bool = False):  # type: ignore[no-untyped-def]
        return station_transaction(self._sessions, actor.id, self.station,
                                   actor_in_first=actor_in_first)

    def _loader(self, s: Session) -> UnitLoader:
        """A UnitLoader with this service's kept process list (PROCESS_CACHE_SECONDS)."""
        return UnitLoader(s, self.process_id,
                          load_processes_cached(s, self._procs_cache, PROCESS_CACHE_SECONDS))

    def _read(self, fn: Callable[[Session], Any]) -> Any:
        with read_session(self._sessions) as s:
            return fn(s)

    def _proc(self, procs: list[ProcRow]) -> ProcRow:
        return next(p for p in procs if p.process_id == self.process_id)

    def _require_station(self, process_id: str) -> None:
        if self.process_id != process_id:
            raise ValidationError(f"This action belongs to {process_id}.",
                                  f"이 작업은 {process_id} 공정에서만 할 수 있습니다.",
                                  code="WRONG_STATION")

    @staticmethod
    def _check_station_role(actor: Actor) -> None:
        if str(actor.role) not in STATION_ROLES:
            from neurohub_desktop.domain.errors import PermissionDenied
            raise PermissionDenied("Your role cannot record station work.",
                                   "현재 권한으로는 공정 작업을 기록할 수 없습니다.")

    def _expected_texts(self, s: Session) -> dict[str, str]:
        if self.process_id != "PROC-004":
            return {}
        versions = active_firmware_versions(s)
        return {FIRMWARE_CODE: versions[0]} if len(versions) == 1 else {}

    def _locked_view(self, s: Session, unit_id: str, actor: Actor | None = None, *,
                     claimed: bool | None = None) -> tuple[UnitLoader, UnitView]:
        """The unit's view, read after its row is locked FOR UPDATE NOWAIT (55P03 →
        ConflictError); ``actor``: named in the lock statement (services/_station_claim.py);
        ``claimed``: the lock was already tried (True: a row is locked; False: none)."""
        scanned = parse_scan(unit_id)
        locked = claimed if claimed is not None else claim.lock_unit(
            s, scanned, self.process_id, (actor.id, self.station) if actor is not None else None)
        loader = self._loader(s)
        if not locked:  # not found, or a LOT / process code: the refusal explains
            raise refusal_error(loader.view_scan(scanned))
        s.expire_all()
        return loader, loader.view_scan(scanned)

    def _reload(self, loader: UnitLoader, view: UnitView) -> UnitView:
        loader.s.expire_all()
        return loader.view_scan(parse_scan(view.scanned))

    def _open_serial_record(self, s: Session, loader: UnitLoader, view: UnitView, actor: Actor,
                            data: dict[str, Any]) -> int:
        rec_id = s.scalar(insert(ProcessData).values(
            lot_id=view.lot_id, serial_id=view.serial_id, process_id=loader.pid(self.process_id),
            operator_id=actor.id, process_specific_data=data,
            is_rework=view.non_pass_count > 0).returning(ProcessData.id))
        assert rec_id is not None
        return int(rec_id)

    def _record(self, s: Session, loader: UnitLoader, view: UnitView, actor: Actor,
                result: StepResult, values: Mapping[str, object],
                defects: Sequence[DefectEntry], note: str | None,
                key: str | None = None) -> StepRecorded:
        if not view.in_progress_here:
            raise (refusal_error(view) if not view.can_start_here else ValidationError(
                f"Start {self.process_id} for {view.unit_id} first.",
                f"먼저 {view.unit_id}의 {self.process_id} 작업을 시작하세요.",
                code="NOT_STARTED"))
        me = self._proc(loader.procs)
        criteria = quality.QualityCriteria.from_json(me.criteria)
        expected = self._expected_texts(s)
        if self.process_id == "PROC-004" and not expected and result is StepResult.PASS:
            raise ValidationError("No single active firmware version is registered: the "
                                  "version cannot be checked, so PASS is not possible.",
                                  "활성 펌웨어 버전이 하나로 등록되어 있지 않아 버전을 확인할 수 "
                                  "없으므로 합격 처리할 수 없습니다.", code="NO_ACTIVE_FIRMWARE")
        judged = quality.judge_form(criteria, values, expected_texts=expected)
        found = [quality.Defect(d.code, (d.note or "").strip() or None) for d in defects]
        problems = quality.validate_record(result.value, judged, found, criteria.defect_code_set)
        if problems:
            raise ValidationError(" ".join(p.message_en for p in problems),
                                  " ".join(p.message_ko for p in problems),
                                  code=problems[0].code)
        measurements = quality.snapshot(judged)
        if key:  # the idempotency key (services/resilience.py)
            measurements = {**measurements, "submission_id": key}
        defects_json = quality.defects_json(found)
        note = (note or "").strip() or None
        pid = loader.pid(self.process_id)
        if view.kind.value == "WIP":
            # started_at / completed_at / duration_seconds: filled by the 006 trigger
            rec_id = s.scalar(insert(WipProcessHistory).values(
                wip_item_id=view.wip_item_id, process_id=pid, operator_id=actor.id,
                equipment_id=self._equipment_id(), result=result.value,
                measurements=measurements, defects=defects_json, notes=note)
                .returning(WipProcessHistory.id))
            table = "wip_process_history"
        else:
            # the record's JSONB keeps its other keys (prints, wip_id): merged in the UPDATE
            added = bindparam("added", {"measurements": measurements, "defects": defects_json,
                                        "submission_id": key}, type_=JSONB)
            merged = func.coalesce(ProcessData.process_specific_data,
                                   text("'{}'::jsonb")).op("||")(added)
            s.execute(update(ProcessData).where(ProcessData.id == view.open_record_id).values(
                process_specific_data=merged,
                result=result.value, complete_time=func.now(), notes=note))
            rec_id = view.open_record_id
            table = "process_data"
        notify_change(s, "step_recorded", lot_id=view.lot_id, unit=view.unit_id,
                      process_id=self.process_id)
        assert rec_id is not None
        return StepRecorded(self._reload(loader, view), result, int(rec_id), table)

    def _equipment_id(self) -> Any:
        """This station's equipment id, looked up inside the INSERT (NULL when unknown)."""
        if not self.equipment_code:
            return None
        return (select(Equipment.id).where(Equipment.equipment_code == self.equipment_code)
                .scalar_subquery())

    def _label_zpl(self, loader: UnitLoader, unit_id: str) -> str:
        view = loader.view_scan(parse_scan(unit_id))
        if view.reason is Reason.NOT_FOUND:
            raise refusal_error(view)
        if view.serial_number and parse_scan(unit_id).kind is not ScanKind.WIP:
            assert view.lot_number and view.model_code
            return zpl.serial_label(view.serial_number, view.lot_number, view.model_code,
                                    self._clock().astimezone().date())
        if view.wip_id:
            return zpl.wip_label(view.wip_id)
        raise ValidationError(f"{unit_id} has no label.", f"{unit_id}에는 라벨이 없습니다.",
                              code="NO_LABEL")
