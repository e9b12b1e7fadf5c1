"""What a tester's result does at the station, answered only after the database answered.

The screen tells the desk which unit it shows (``show_unit``, from the GUI thread); the
listener's thread calls ``handle``.  A result for the unit in progress here is either
recorded (``auto_record``: a PASS by its limits is recorded with the message id as the
submission key; a result outside the limits is refused — a FAIL needs a defect code chosen
by a person — and put on the form) or put on the form for the operator to confirm
(``fill``: the screen confirms it took it).  A result for any other unit is RECORDED when
the database already holds it under this message id (a resend), otherwise REFUSED
OUT_OF_ORDER (its previous step is missing) or NOT_IN_PROGRESS.  One result at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from neurohub_desktop.domain import quality
from neurohub_desktop.domain.errors import DatabaseUnavailable, NeuroHubError
from neurohub_desktop.domain.ids import as_scanned
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.domain.station import Reason, StepRecorded, UnitView
from neurohub_desktop.equipment.protocol import Ack, Status, TesterResult, error

log = logging.getLogger(__name__)


class StationWrites(Protocol):
    """What the desk needs of ``StationService``."""

    process_id: str

    def station_info(self) -> Any: ...

    def resolve_scan(self, scanned_text: Any) -> UnitView: ...

    def find_recorded(self, unit_id: str, submission_id: str) -> StepRecorded | None: ...

    def complete_step(
        self,
        actor: Any,
        unit_id: Any,
        result: StepResult | str,
        values: Any,
        defects: Any = (),
        note: str | None = None,
        submission_id: str | None = None,
    ) -> StepRecorded: ...


#: (the result, the unit's view) → whether the screen put it on the form
Fill = Callable[[TesterResult, UnitView], bool]


class ResultDesk:
    def __init__(
        self,
        svc: StationWrites,
        actor: Any,
        equipment_code: str,
        *,
        auto_record: bool,
        fill: Fill,
        recorded: Callable[[StepRecorded], None],
    ) -> None:
        self._svc = svc
        self._actor = actor
        self.equipment_code = equipment_code
        self.auto_record = auto_record
        self._fill = fill
        self._recorded = recorded
        self._unit: UnitView | None = None
        self._state = threading.Lock()
        self._one = threading.Lock()  # one result at a time, in arrival order per connection

    def show_unit(self, view: UnitView | None) -> None:
        """The unit the screen shows now (any thread)."""
        with self._state:
            self._unit = view

    def handle(self, msg: TesterResult) -> Ack:
        if msg.equipment != self.equipment_code:
            log.warning(
                "tester message %s: equipment %s is not this station's %s",
                msg.message_id,
                msg.equipment,
                self.equipment_code,
            )
            return error(
                "WRONG_EQUIPMENT",
                f"equipment {msg.equipment} is not this station's ({self.equipment_code})",
                msg.message_id,
            )
        with self._one:
            try:
                ack = self._handle(msg)
            except DatabaseUnavailable as exc:
                ack = error("UNAVAILABLE", f"{exc}; send it again", msg.message_id)
            except NeuroHubError as exc:
                ack = _refused(msg, exc.code, str(exc))
        log.info(
            "tester message %s for %s: %s %s", msg.message_id, msg.unit, ack.status, ack.code or ""
        )
        return ack

    def _handle(self, msg: TesterResult) -> Ack:
        with self._state:
            unit = self._unit
        here = (
            unit is not None
            and unit.in_progress_here
            and msg.unit in (unit.wip_id, unit.serial_number)
        )
        if not here:
            return self._elsewhere(msg)
        assert unit is not None
        if self.auto_record:
            return self._record(msg, unit)
        view = self._svc.resolve_scan(unit.ids)  # the database says it is still here
        if not view.in_progress_here:
            return self._elsewhere(msg)
        if not self._fill(msg, view):
            return _refused(msg, "FORM_BUSY", "the station could not take it; send it again")
        return Ack(msg.message_id, Status.FILLED)

    def _record(self, msg: TesterResult, unit: UnitView) -> Ack:
        info = self._svc.station_info()
        values = dict(msg.items)
        judged = quality.judge_form(info.criteria, values, expected_texts=dict(info.expected_texts))
        verdict = quality.overall_verdict(judged, ())
        if not verdict.pass_allowed:
            # already recorded under this id (a resend after the operator's own FAIL)?
            done = self._svc.find_recorded(msg.unit, msg.message_id)
            if done is not None:
                return _recorded(msg, done, duplicate=True)
            self._fill(msg, unit)
            items = ", ".join((*verdict.failing, *verdict.missing))
            return _refused(
                msg, "OUT_OF_LIMITS", f"not a PASS ({items}): on the form for the operator"
            )
        rec = self._svc.complete_step(
            self._actor, unit.ids, StepResult.PASS, values, submission_id=msg.message_id
        )
        self._recorded(rec)
        return _recorded(msg, rec, duplicate=rec.found)

    def _elsewhere(self, msg: TesterResult) -> Ack:
        done = self._svc.find_recorded(msg.unit, msg.message_id)
        if done is not None:
            return _recorded(msg, done, duplicate=True)
        view = self._svc.resolve_scan(as_scanned(msg.unit))
        reason = str(view.reason_msg)
        if view.reason is Reason.PREVIOUS_STEP_MISSING:
            return _refused(msg, "OUT_OF_ORDER", reason)
        return Ack(
            msg.message_id,
            Status.NOT_IN_PROGRESS,
            "NOT_IN_PROGRESS",
            f"{msg.unit} is not the unit in progress at this station ({reason})",
        )


def _recorded(msg: TesterResult, rec: StepRecorded, *, duplicate: bool) -> Ack:
    return Ack(
        msg.message_id,
        Status.RECORDED,
        extra={"result": rec.result.value, "record_id": rec.record_id, "duplicate": duplicate},
    )


def _refused(msg: TesterResult, code: str, reason: str) -> Ack:
    return Ack(msg.message_id, Status.REFUSED, code, reason)
