"""What a station judges with, read from the database and kept a while (the process list,
its criteria, the active firmware, the station's equipment), and the form judged with it."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.domain import line_admin, quality
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.messages import Joined, Msg
from neurohub_desktop.domain.station import DefectEntry, StepResult
from neurohub_desktop.services.station.read import (
    ProcRow,
    active_firmware_versions,
    load_processes,
    station_equipment,
)
from neurohub_desktop.services.uow import read

FIRMWARE_CODE = "FIRMWARE_VERSION"
LABEL_CODE = "LABEL_VERIFIED"
MARK_CODE = "MARK_READABLE"
#: how long a service keeps the process list, its criteria and the active firmware (they
#: change only by an ADMIN edit, and the database judges every record against the current
#: ones); ``station_info()`` — the station screen's start — always reads them afresh
PROCESS_CACHE_SECONDS = 60.0


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LineFacts:
    """The process list and the active firmware, kept for PROCESS_CACHE_SECONDS, with this
    station's criteria (parsed once per read) and equipment (None: none set up)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        process_id: str,
        station: str,
        equipment_code: str | None,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._sessions = sessions
        self.process_id = process_id
        self.station = station
        self.equipment_code = equipment_code
        self._clock = clock
        self.loaded_at = -1e9
        self._procs: list[ProcRow] = []
        self.firmware: list[str] = []
        #: this station's criteria parsed, with the JSON it was parsed from (re-read → new)
        self._criteria: tuple[object, quality.QualityCriteria] | None = None
        #: the station's equipment and whether it may back a measured PASS
        self.equipment: line_admin.StationEquipment | None = None

    def refresh(self, s: Session) -> None:
        self._procs = load_processes(s)
        self.firmware = active_firmware_versions(s) if self.process_id == "PROC-004" else []
        self.loaded_at = time.monotonic()
        if self.equipment_code:
            measured = any(m.kind == "number" for m in self.criteria().measurements)
            self.equipment = station_equipment(
                s, self.equipment_code, self.station, self._clock(), measured=measured
            )

    def procs(self) -> list[ProcRow]:
        """The process list, read again once it is older than PROCESS_CACHE_SECONDS."""
        if time.monotonic() - self.loaded_at > PROCESS_CACHE_SECONDS:
            with read(self._sessions) as s:
                self.refresh(s)
        return self._procs

    def proc(self) -> ProcRow:
        return next(p for p in self.procs() if p.process_id == self.process_id)

    def criteria(self) -> quality.QualityCriteria:
        """The station's criteria, parsed once per read of the process list: the items in use
        (a retired one is neither offered nor recorded)."""
        raw = self.proc().criteria
        kept = self._criteria
        if kept is None or kept[0] is not raw:
            kept = self._criteria = (raw, quality.QualityCriteria.from_json(raw).active())
        return kept[1]

    def expected_texts(self) -> dict[str, str]:
        if self.process_id != "PROC-004":
            return {}
        self.procs()
        versions = self.firmware
        return {FIRMWARE_CODE: versions[0]} if len(versions) == 1 else {}

    def pass_refusal(self) -> Msg | None:
        """Why no PASS can be recorded here whatever is entered (PROC-004 without one active
        firmware version to check against), or None; shown live by the form too."""
        if self.process_id == "PROC-004" and not self.expected_texts():
            return Msg(
                "No single active firmware version is registered: the "
                "version cannot be checked, so PASS is not possible."
            )
        return None

    def judge(
        self, result: StepResult, values: Mapping[str, object], defects: Sequence[DefectEntry]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The form judged here, as the database will judge it again: (measurements JSON,
        defects JSON), or a ValidationError that says what is wrong."""
        criteria = self.criteria()
        expected = self.expected_texts()
        refusal = self.pass_refusal()
        if refusal is not None and result is StepResult.PASS:
            raise ValidationError(refusal, code="NO_ACTIVE_FIRMWARE")
        equipment = self.equipment
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
