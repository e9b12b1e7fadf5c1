"""The operator's actions at one station.  One public method = one action = one statement.

Every write is one call of a database function (``nh_start``, ``nh_complete`` …, revision
006) on the person's own connection (``uow.retried_call``): the database authenticates who
acts, claims the unit (NOWAIT: a second station is refused at once), checks the rules,
judges the measurements again, announces the change and answers with the unit's new view.
Before writing, the service judges the form itself, so that a refusal can be explained;
after a refusal from the database it reads the unit once to say why.  Reads return
``UnitView``s.  A unit comes as a ``ScannedId`` parsed once by the screen (or as the text,
parsed here): it is not parsed again on its way down.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.domain import line_admin, quality
from neurohub_desktop.domain.errors import BusinessRuleError, PermissionDenied, ValidationError
from neurohub_desktop.domain.ids import ScanKind, ScannedId, as_scanned
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.operator_input import clean_step_input
from neurohub_desktop.domain.station import (
    CONVERT_PROCESS,
    ISSUE_PROCESS,
    STATION_ROLES,
    Conversion,
    DefectEntry,
    PrintOutcome,
    PrintRecord,
    QueuedUnit,
    Reason,
    StationInfo,
    StationSnapshot,
    StepRecorded,
    StepResult,
    UnitView,
    refusal_error,
)
from neurohub_desktop.services.resilience import new_submission_id, operator_action
from neurohub_desktop.services.station import queue, stats
from neurohub_desktop.services.station.facts import LABEL_CODE, MARK_CODE, LineFacts, utc_now
from neurohub_desktop.services.station.labels import LabelPrinter, label_zpl
from neurohub_desktop.services.station.read import UnitLoader
from neurohub_desktop.services.uow import Actor, call, read, retried_call

#: a unit named by the screen: parsed once there (or a text, parsed here once)
Unit = ScannedId | str


class StationService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        station: str,
        process_id: str,
        equipment_code: str | None = None,
        printer: LabelPrinter | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._sessions = sessions
        self.station = station
        self.process_id = process_id
        self.equipment_code = equipment_code
        self.printer = printer
        self._clock = clock
        self._facts = LineFacts(sessions, process_id, station, equipment_code, clock)

    # -- reads -----------------------------------------------------------------------------
    def station_info(self) -> StationInfo:
        with read(self._sessions) as s:
            self._facts.refresh(s)
            me = self._facts.proc()
            expected = self._facts.expected_texts()
            refusal = self._facts.pass_refusal()
            procs = self._facts.procs()
        return StationInfo(
            me.process_id,
            me.name,
            me.name_en,
            quality.QualityCriteria.from_json(me.criteria).active(),
            tuple((p.process_id, p.name, p.name_en) for p in procs),
            tuple(expected.items()),
            self.printer.describe() if self.printer else None,
            self._facts.equipment,
            refusal,
        )

    @operator_action("scan", unit="scanned_text")
    def resolve_scan(self, scanned_text: Unit) -> UnitView:
        """Decide a scan for this station (a text is parsed: InvalidBarcode if it is no
        NeuroHub id)."""
        scanned = as_scanned(scanned_text)
        with read(self._sessions) as s:
            return self._loader(s).view_scan(scanned)

    def snapshot(self) -> StationSnapshot:
        """Today's counters at this station and its last 20 finished attempts."""
        start = self._clock().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        with read(self._sessions) as s:
            loader = self._loader(s)
            return stats.snapshot(s, loader.pid(self.process_id), self.process_id, start)

    def work_queue(self) -> tuple[QueuedUnit, ...]:
        """The units waiting for this station, oldest first (at most queue.QUEUE_LIMIT)."""
        with read(self._sessions) as s:
            return queue.work_queue(s, self.process_id)

    def label_preview(self, unit_id: Unit) -> str:
        """The ZPL a print of this WIP / serial would send (no write)."""
        with read(self._sessions) as s:
            return self._label(self._loader(s), as_scanned(unit_id))

    def sign_equipment_override(
        self, signer: Actor, signer_sessions: sessionmaker[Session], reason: str
    ) -> line_admin.EquipmentOverride:
        """A MANAGER, connected as themselves (``AuthService.countersign``), lets this station
        record measured PASSes on its unfit equipment for a shift, with a reason; the
        station's facts are read again so that the next PASS is judged with it."""
        if not self.equipment_code:
            raise ValidationError(
                Msg("This station has no equipment set up: there is nothing to override."),
                code="NO_EQUIPMENT",
            )
        data = call(
            signer_sessions,
            signer.id,
            "nh_sign_equipment_override(:equipment, :station, :reason)",
            {"equipment": self.equipment_code, "station": self.station, "reason": reason},
        )
        with read(self._sessions) as s:
            self._facts.refresh(s)
        return line_admin.EquipmentOverride(
            int(data["id"]),
            str(data["signer"]),
            str(data["signer_name"]),
            reason.strip(),
            dt.datetime.fromisoformat(data["signed_at"]),
            dt.datetime.fromisoformat(data["valid_until"]),
        )

    def find_recorded(self, unit_id: str, submission_id: str) -> StepRecorded | None:
        """The record of this station's step stored with ``submission_id`` for the unit, or
        None (a tester's resend after its unit moved on is answered from here)."""
        with read(self._sessions) as s:
            row = (
                s.execute(
                    text(_FIND_RECORDED),
                    {"unit": unit_id, "key": submission_id, "process": self.process_id},
                )
                .mappings()
                .first()
            )
            if row is None:
                return None
            view = self._loader(s).view_scan(as_scanned(unit_id))
        return StepRecorded(
            view, StepResult(row["result"]), int(row["id"]), str(row["tbl"]), found=True
        )

    # -- WIP steps and serial steps --------------------------------------------------------
    @operator_action("start")
    def start_step(self, actor: Actor, unit_id: Unit) -> UnitView:
        """Claim the unit for this station's step (refused at once if another holds it)."""
        scanned = self._station_scan(actor, unit_id)
        data = self._write(
            actor,
            scanned,
            "nh_start(:unit, :process, :station, :resume)",
            starting=True,
            unit=scanned.text,
            process=self.process_id,
            station=self.station,
        )
        return self._view(data, scanned)

    @operator_action("cancel")
    def cancel_step(self, actor: Actor, unit_id: Unit) -> UnitView:
        """Give a claimed WIP back (no history is written).  A serial's open record stays
        open (stations may not delete records): scanning the serial again resumes it."""
        scanned = self._station_scan(actor, unit_id)
        data = self._write(
            actor,
            scanned,
            "nh_cancel(:unit, :process, :station)",
            unit=scanned.text,
            process=self.process_id,
            station=self.station,
        )
        return self._view(data, scanned)

    @operator_action("record")
    def complete_step(
        self,
        actor: Actor,
        unit_id: Unit,
        result: StepResult | str,
        values: Mapping[str, object],
        defects: Sequence[DefectEntry] = (),
        note: str | None = None,
        submission_id: str | None = None,
    ) -> StepRecorded:
        """Record the attempt in progress here: judged by domain.quality, then again by the
        database.  Exactly once per ``submission_id``: a record stored with it is returned,
        not redone (a fresh key when none is given)."""
        scanned = self._station_scan(actor, unit_id)
        result, values, defects, note = clean_step_input(result, values, defects, note)
        measurements, defects_json = self._facts.judge(result, values, defects)
        key = submission_id or new_submission_id()
        data = self._write(
            actor,
            scanned,
            "nh_complete(:unit, :process, :result, CAST(:measurements AS jsonb),"
            " CAST(:defects AS jsonb), :notes, :key, :station, :equipment)",
            unit=scanned.text,
            process=self.process_id,
            result=result.value,
            measurements=json.dumps(measurements),
            defects=json.dumps(defects_json),
            notes=(note or "").strip() or None,
            key=key,
            station=self.station,
            equipment=self.equipment_code,
        )
        return StepRecorded(
            self._view(data, scanned),
            StepResult(data["result"]),
            int(data["record_id"]),
            str(data["table"]),
            bool(data.get("found", False)),
        )

    # -- PROC-001 --------------------------------------------------------------------------
    @operator_action("issue", unit="lot_number")
    def issue_next_wip(self, actor: Actor, lot_number: Unit) -> UnitView:
        """PROC-001: create the LOT's next WIP and start its marking step.  After a lost
        answer the retry asks for this operator's just-issued, unmarked WIP first."""
        self._check_station_role(actor)
        self._require_station(ISSUE_PROCESS)
        scanned = as_scanned(lot_number)
        data = self._write(
            actor,
            scanned,
            "nh_issue_wip(:lot, :station, :resume)",
            starting=True,
            lot=scanned.text,
            station=self.station,
        )
        return self._view(data, None)

    @operator_action("confirm_mark", unit="wip_id")
    def confirm_mark(
        self, actor: Actor, wip_id: Unit, scanned_text: Unit, submission_id: str | None = None
    ) -> StepRecorded:
        """PROC-001: the mark scanned back.  Equal → PASS; anything else → FAIL MARKING_FAIL."""
        wip = self._station_scan(actor, wip_id)
        read_back = _readable(scanned_text)
        if read_back is not None and read_back.text == wip.text:
            return self.complete_step(
                actor, wip, StepResult.PASS, {MARK_CODE: True}, submission_id=submission_id
            )
        return self.complete_step(
            actor,
            wip,
            StepResult.FAIL,
            {MARK_CODE: False},
            [DefectEntry("MARKING_FAIL", f"scanned: {_text(scanned_text)[:60]}")],
            submission_id=submission_id,
        )

    # -- PROC-007 --------------------------------------------------------------------------
    @operator_action("convert", unit="wip_id")
    def convert(self, actor: Actor, wip_id: Unit) -> Conversion:
        """PROC-007, one statement: the serial, the WIP CONVERTED, PROC-007 started."""
        self._require_station(CONVERT_PROCESS)
        scanned = self._station_scan(actor, wip_id)
        if scanned.kind is not ScanKind.WIP:
            raise self._refusal(scanned) or ValidationError(
                Msg("{unit} is not a WIP.", unit=scanned.text),
                code="WRONG_KIND",
            )
        data = self._write(
            actor, scanned, "nh_convert(:wip, :station)", wip=scanned.text, station=self.station
        )
        view = self._view(data, None)
        assert view.serial_number is not None
        return Conversion(view, str(data["wip_id"]), view.serial_number, int(data["record_id"]))

    @operator_action("print")
    def print_label(
        self,
        actor: Actor,
        unit_id: Unit,
        reason: str | None,
        submission_id: str,
    ) -> PrintOutcome:
        """Send the unit's label; a serial's print is appended to its PROC-007 record
        (exactly once per ``submission_id``, which the caller owns — the same for a retry of
        this print, a new one for a reprint; who and when are the database's).

        The label is sent first: a printer error (PrintError) leaves every record as it was."""
        self._check_station_role(actor)
        if self.printer is None:
            raise ValidationError(
                Msg("No label printer is configured for this station."),
                code="NO_PRINTER",
            )
        target = as_scanned(unit_id)
        label = self.label_preview(target)
        self.printer.send(label, target.text)
        if target.kind is not ScanKind.SERIAL:
            return PrintOutcome(label, self.printer.describe(), None)
        why = (reason or "").strip() or None
        data = self._write(
            actor,
            target,
            "nh_record_print(:serial, :printer, :reason, :key, :station)",
            serial=target.text,
            printer=self.printer.describe(),
            reason=why,
            key=submission_id,
            station=self.station,
        )
        record = PrintRecord(
            dt.datetime.fromisoformat(str(data["at"])), actor.user_id, self.printer.describe(), why
        )
        return PrintOutcome(label, record.printer, record)

    @operator_action("verify_label", unit="serial_number")
    def verify_label(
        self,
        actor: Actor,
        serial_number: Unit,
        scanned_text: Unit,
        submission_id: str | None = None,
    ) -> StepRecorded:
        """PROC-007: the printed label scanned back.  A match records PASS (LABEL_VERIFIED);
        a mismatch is refused and writes nothing (reprint, or record FAIL with a defect)."""
        serial = as_scanned(serial_number)
        read_back = _readable(scanned_text)
        if read_back is None or read_back.text != serial.text:
            raise ValidationError(
                Msg(
                    "The scanned label ({scanned}) is not {serial}.",
                    scanned=_text(scanned_text)[:60],
                    serial=serial.text,
                ),
                code="LABEL_MISMATCH",
            )
        return self.complete_step(
            actor, serial, StepResult.PASS, {LABEL_CODE: True}, submission_id=submission_id
        )

    # -- internals -------------------------------------------------------------------------
    def _write(
        self,
        actor: Actor,
        scanned: ScannedId,
        function: str,
        *,
        starting: bool = False,
        **params: Any,
    ) -> dict[str, Any]:
        """One station function, retried after a lost answer (every one is safe to repeat),
        a database refusal explained from the unit's state.  ``starting`` (start, issue):
        the function takes ``:resume``, false at first and true on a retry, when it answers
        with this person's own claim or issue instead of refusing it."""
        try:
            data = retried_call(
                self._sessions,
                actor.id,
                function,
                params,
                resume="resume" if starting else None,
            )
        except BusinessRuleError as exc:
            raise self._refusal(scanned, starting=starting) or exc from exc
        assert isinstance(data, dict)
        return data

    def _refusal(self, scanned: ScannedId, *, starting: bool = False) -> Exception | None:
        """Why the unit cannot take this action here, read from its state (None: the view
        allows it, so the database's own message is the better one).  ``starting``: a unit
        already in progress here is refused too (someone holds that claim)."""
        try:
            with read(self._sessions) as s:
                view = self._loader(s).view_scan(scanned)
        except Exception:  # noqa: BLE001 - the refusal itself is what the operator sees
            return None
        if view.reason is Reason.RESUME or view.in_progress_here:
            return refusal_error(view) if starting else None
        if not view.can_start_here:
            return refusal_error(view)
        return ValidationError(
            Msg("Start {process} for {unit} first.", process=self.process_id, unit=view.unit_id),
            code="NOT_STARTED",
        )

    def _station_scan(self, actor: Actor, unit_id: Unit) -> ScannedId:
        self._check_station_role(actor)
        return as_scanned(unit_id)

    def _view(self, data: Mapping[str, Any], scanned: ScannedId | None) -> UnitView:
        return UnitLoader(None, self.process_id, self._facts.procs()).view_from_json(
            data, scanned.text if scanned is not None else None
        )

    def _loader(self, s: Session) -> UnitLoader:
        """A UnitLoader with this service's kept process list (PROCESS_CACHE_SECONDS)."""
        return UnitLoader(s, self.process_id, self._facts.procs())

    def _label(self, loader: UnitLoader, target: ScannedId) -> str:
        return label_zpl(loader, target, self._clock().astimezone().date())

    def _require_station(self, process_id: str) -> None:
        if self.process_id != process_id:
            raise ValidationError(
                Msg("This action belongs to {process}.", process=process_id),
                code="WRONG_STATION",
            )

    @staticmethod
    def _check_station_role(actor: Actor) -> None:
        if actor.role not in STATION_ROLES:
            raise PermissionDenied(Msg("Your role cannot record station work."))


_FIND_RECORDED = """
SELECT h.id, h.result, 'wip_process_history' AS tbl
  FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id
  JOIN processes p ON p.id = h.process_id
 WHERE w.wip_id = :unit AND p.process_id = :process
   AND h.measurements ->> 'submission_id' = :key
UNION ALL
SELECT d.id, d.result, 'process_data'
  FROM process_data d JOIN serials x ON x.id = d.serial_id
  JOIN processes p ON p.id = d.process_id
 WHERE x.serial_number = :unit AND p.process_id = :process AND d.result IS NOT NULL
   AND d.process_specific_data ->> 'submission_id' = :key
LIMIT 1"""


def _readable(scanned: Unit) -> ScannedId | None:
    """A read-back scan as an id (None: it is no NeuroHub id at all)."""
    try:
        return as_scanned(scanned)
    except ValidationError:
        return None


def _text(scanned: Unit) -> str:
    return scanned.text if isinstance(scanned, ScannedId) else scanned
