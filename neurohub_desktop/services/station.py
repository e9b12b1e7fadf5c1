"""The operator's actions at one station.  One public method = one action = one statement.

Every write is one call of a database function (``nh_start``, ``nh_complete`` …, revision
006) on the person's own connection: the database authenticates who acts, claims the unit
(NOWAIT: a second station is refused at once), checks the rules, judges the measurements
again, announces the change and answers with the unit's new view.  Before writing, the
service judges the form itself, so that a refusal can be explained; after a refusal from
the database it reads the unit once to say why.  Reads return ``UnitView``s.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.domain import line_admin, quality
from neurohub_desktop.domain.errors import BusinessRuleError, PermissionDenied, ValidationError
from neurohub_desktop.domain.ids import ScanKind, ScannedId, parse_scan
from neurohub_desktop.domain.messages import Joined, Msg
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
from neurohub_desktop.services import _station_stats
from neurohub_desktop.services._station_read import (
    ProcRow,
    UnitLoader,
    active_firmware_versions,
    load_processes,
    station_equipment,
)
from neurohub_desktop.services._tx import call, read_session, write_deadline
from neurohub_desktop.services.resilience import new_submission_id, operator_action, run_write

FIRMWARE_CODE = "FIRMWARE_VERSION"
LABEL_CODE = "LABEL_VERIFIED"
MARK_CODE = "MARK_READABLE"
#: how long a service keeps the process list, its criteria and the active firmware (they
#: change only by an ADMIN edit, and the database judges every record against the current
#: ones); ``station_info()`` — the station screen's start — always reads them afresh
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


class _LineFacts:
    """The process list and the active firmware, kept for PROCESS_CACHE_SECONDS."""

    def __init__(self) -> None:
        self.loaded_at = -1e9
        self.procs: list[ProcRow] = []
        self.firmware: list[str] = []
        #: this station's criteria parsed, with the JSON it was parsed from (re-read → new)
        self.criteria: tuple[object, quality.QualityCriteria] | None = None
        #: the station's equipment and whether it may back a measured PASS (None: none set up)
        self.equipment: line_admin.StationEquipment | None = None


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
        self._facts = _LineFacts()

    # -- reads -----------------------------------------------------------------------------
    def station_info(self) -> StationInfo:
        with read_session(self._sessions) as s:
            self._refresh(s)
            me = self._proc()
            expected = self._expected_texts()
            procs = self._facts.procs
        return StationInfo(
            me.process_id,
            me.name,
            me.name_en,
            quality.QualityCriteria.from_json(me.criteria).active(),
            tuple((p.process_id, p.name, p.name_en) for p in procs),
            tuple(expected.items()),
            self.printer.describe() if self.printer else None,
            self._facts.equipment,
        )

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
            return _station_stats.snapshot(s, loader.pid(self.process_id), self.process_id, start)

    def label_preview(self, unit_id: str) -> str:
        """The ZPL a print of this WIP / serial would send (no write)."""
        with read_session(self._sessions) as s:
            return self._label_zpl(self._loader(s), unit_id)

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
        with read_session(self._sessions) as s:
            self._refresh(s)
        return line_admin.EquipmentOverride(
            int(data["id"]),
            str(data["signer"]),
            str(data["signer_name"]),
            reason.strip(),
            dt.datetime.fromisoformat(data["signed_at"]),
            dt.datetime.fromisoformat(data["valid_until"]),
        )

    # -- WIP steps and serial steps --------------------------------------------------------
    @operator_action("start")
    def start_step(self, actor: Actor, unit_id: str) -> UnitView:
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
    def cancel_step(self, actor: Actor, unit_id: str) -> UnitView:
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
        unit_id: str,
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
        measurements, defects_json = self._judge(result, values, defects)
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
        )

    # -- PROC-001 --------------------------------------------------------------------------
    @operator_action("issue", unit="lot_number")
    def issue_next_wip(self, actor: Actor, lot_number: str) -> UnitView:
        """PROC-001: create the LOT's next WIP and start its marking step.  After a lost
        answer the retry asks for this operator's just-issued, unmarked WIP first."""
        self._check_station_role(actor)
        self._require_station(ISSUE_PROCESS)
        scanned = parse_scan(lot_number)
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
        self, actor: Actor, wip_id: str, scanned_text: str, submission_id: str | None = None
    ) -> StepRecorded:
        """PROC-001: the mark scanned back.  Equal → PASS; anything else → FAIL MARKING_FAIL."""
        try:
            readable = parse_scan(scanned_text).text == wip_id
        except ValidationError:
            readable = False
        if readable:
            return self.complete_step(
                actor, wip_id, StepResult.PASS, {MARK_CODE: True}, submission_id=submission_id
            )
        return self.complete_step(
            actor,
            wip_id,
            StepResult.FAIL,
            {MARK_CODE: False},
            [DefectEntry("MARKING_FAIL", f"scanned: {scanned_text[:60]}")],
            submission_id=submission_id,
        )

    # -- PROC-007 --------------------------------------------------------------------------
    @operator_action("convert", unit="wip_id")
    def convert(self, actor: Actor, wip_id: str) -> Conversion:
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
        unit_id: str,
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
        label = self.label_preview(unit_id)
        target = parse_scan(unit_id)
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
        self, actor: Actor, serial_number: str, scanned_text: str, submission_id: str | None = None
    ) -> StepRecorded:
        """PROC-007: the printed label scanned back.  A match records PASS (LABEL_VERIFIED);
        a mismatch is refused and writes nothing (reprint, or record FAIL with a defect)."""
        try:
            match = parse_scan(scanned_text).text == serial_number
        except ValidationError:
            match = False
        if not match:
            raise ValidationError(
                Msg(
                    "The scanned label ({scanned}) is not {serial}.",
                    scanned=scanned_text[:60],
                    serial=serial_number,
                ),
                code="LABEL_MISMATCH",
            )
        return self.complete_step(
            actor, serial_number, StepResult.PASS, {LABEL_CODE: True}, submission_id=submission_id
        )

    # -- internals -------------------------------------------------------------------------
    def _call(self, actor: Actor, function: str, **params: Any) -> dict[str, Any]:
        data = call(self._sessions, actor.id, function, params)
        assert isinstance(data, dict)
        return data

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
        tries: list[bool] = []

        def once() -> dict[str, Any]:
            extra = {"resume": bool(tries)} if starting else {}
            tries.append(True)
            return self._call(actor, function, **params, **extra)

        try:
            return run_write(
                once, resolve=lambda: None, deadline_s=write_deadline(self._sessions, actor.id)
            )
        except BusinessRuleError as exc:
            raise self._refusal(scanned, starting=starting) or exc from exc

    def _refusal(self, scanned: ScannedId, *, starting: bool = False) -> Exception | None:
        """Why the unit cannot take this action here, read from its state (None: the view
        allows it, so the database's own message is the better one).  ``starting``: a unit
        already in progress here is refused too (someone holds that claim)."""
        try:
            with read_session(self._sessions) as s:
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

    def _station_scan(self, actor: Actor, unit_id: str) -> ScannedId:
        self._check_station_role(actor)
        return parse_scan(unit_id)

    def _view(self, data: Mapping[str, Any], scanned: ScannedId | None) -> UnitView:
        return UnitLoader(None, self.process_id, self._kept_procs()).view_from_json(
            data, scanned.text if scanned is not None else None
        )

    def _refresh(self, s: Session) -> None:
        self._facts.procs = load_processes(s)
        self._facts.firmware = active_firmware_versions(s) if self.process_id == "PROC-004" else []
        self._facts.loaded_at = time.monotonic()
        if self.equipment_code:
            measured = any(m.kind == "number" for m in self._criteria().measurements)
            self._facts.equipment = station_equipment(
                s, self.equipment_code, self.station, self._clock(), measured=measured
            )

    def _kept_procs(self) -> list[ProcRow]:
        if time.monotonic() - self._facts.loaded_at > PROCESS_CACHE_SECONDS:
            with read_session(self._sessions) as s:
                self._refresh(s)
        return self._facts.procs

    def _loader(self, s: Session) -> UnitLoader:
        """A UnitLoader with this service's kept process list (PROCESS_CACHE_SECONDS)."""
        return UnitLoader(s, self.process_id, self._kept_procs())

    def _proc(self) -> ProcRow:
        return next(p for p in self._kept_procs() if p.process_id == self.process_id)

    def _criteria(self) -> quality.QualityCriteria:
        """The station's criteria, parsed once per read of the process list: the items in use
        (a retired one is neither offered nor recorded)."""
        raw = self._proc().criteria
        kept = self._facts.criteria
        if kept is None or kept[0] is not raw:
            kept = self._facts.criteria = (raw, quality.QualityCriteria.from_json(raw).active())
        return kept[1]

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

    def _expected_texts(self) -> dict[str, str]:
        if self.process_id != "PROC-004":
            return {}
        self._kept_procs()
        versions = self._facts.firmware
        return {FIRMWARE_CODE: versions[0]} if len(versions) == 1 else {}

    def _judge(
        self, result: StepResult, values: Mapping[str, object], defects: Sequence[DefectEntry]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The form judged here, as the database will judge it again: (measurements JSON,
        defects JSON), or a ValidationError that says what is wrong."""
        criteria = self._criteria()
        expected = self._expected_texts()
        if self.process_id == "PROC-004" and not expected and result is StepResult.PASS:
            raise ValidationError(
                Msg(
                    "No single active firmware version is registered: the "
                    "version cannot be checked, so PASS is not possible."
                ),
                code="NO_ACTIVE_FIRMWARE",
            )
        equipment = self._facts.equipment
        if result is StepResult.PASS and equipment is not None and equipment.blocks_pass:
            raise line_admin.equipment_unfit_error(equipment.code, equipment.problem)
        judged = quality.judge_form(criteria, values, expected_texts=expected)
        found = [quality.Defect(d.code, (d.note or "").strip() or None) for d in defects]
        problems = quality.validate_record(result.value, judged, found, criteria.defect_code_set)
        if problems:
            raise ValidationError(
                Msg("{problems}", problems=Joined(tuple(p.msg for p in problems), " ")),
                code=problems[0].code,
            )
        return quality.snapshot(judged, criteria.version), quality.defects_json(found)

    def _label_zpl(self, loader: UnitLoader, unit_id: str) -> str:
        view = loader.view_scan(parse_scan(unit_id))
        if view.reason is Reason.NOT_FOUND:
            raise refusal_error(view)
        if view.serial_number and parse_scan(unit_id).kind is not ScanKind.WIP:
            assert view.lot_number and view.model_code
            return zpl.serial_label(
                view.serial_number,
                view.lot_number,
                view.model_code,
                self._clock().astimezone().date(),
            )
        if view.wip_id:
            return zpl.wip_label(view.wip_id)
        raise ValidationError(Msg("{unit} has no label.", unit=unit_id), code="NO_LABEL")
