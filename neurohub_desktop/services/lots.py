"""LOTs and the manager's unit decisions.  One public method = one transaction.

Creating a LOT, reopening or scrapping a FAILED unit and completing/closing a LOT are
MANAGER/ADMIN actions, each one database function (revision 006) that checks the caller's
role itself; the service refuses other roles (PermissionDenied) before writing only to say so
early.  BR-001/004/005 in the database have the last word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.models import Lot, ProductModel, Serial, WipItem
from neurohub_desktop.domain.errors import (
    BusinessRuleError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from neurohub_desktop.domain.ids import (
    SHIFTS,
    ScanKind,
    ScannedId,
    as_scanned,
    check_lot_for_wips,
    next_lot_number,
    normalize_scan,
)
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.states import LotStatus, UnitStatus
from neurohub_desktop.domain.station import (
    MANAGER_ROLES,
    REWORK_LIMIT,
    FailedUnit,
    LocatedUnit,
    LotNotFinished,
    LotView,
    UnfinishedUnit,
    UnitKind,
    UnitView,
)
from neurohub_desktop.printing import zpl
from neurohub_desktop.services.station import LabelPrinter, utc_now
from neurohub_desktop.services.station.read import UnitLoader
from neurohub_desktop.services.uow import Actor, call, read

MAX_TARGET = 999  # NNN of the WIP id

#: FAILED WIPs (last FAIL of their history) and FAILED serials (their failure_reason and
#: rework_count, the step of their last FAIL record)
_FAILED_UNITS = """
SELECT w.wip_id, 'WIP', p.process_id,
       concat_ws(' / ', (SELECT string_agg(COALESCE(d ->> 'code', d #>> '{}')
                                         || COALESCE(' (' || (d ->> 'note') || ')', ''), ', ')
                           FROM jsonb_array_elements(COALESCE(h.defects, '[]')) d), h.notes),
       (SELECT count(*) FROM wip_process_history x
         WHERE x.wip_item_id = w.id AND x.result IN ('FAIL', 'REWORK')),
       h.completed_at
  FROM wip_items w JOIN lots l ON l.id = w.lot_id
  LEFT JOIN LATERAL (SELECT * FROM wip_process_history h WHERE h.wip_item_id = w.id
                      ORDER BY h.completed_at DESC, h.id DESC LIMIT 1) h ON true
  LEFT JOIN processes p ON p.id = h.process_id
 WHERE l.lot_number = :lot AND w.status = 'FAILED'
UNION ALL
SELECT x.serial_number, 'SERIAL', p.process_id, x.failure_reason, x.rework_count,
       d.complete_time
  FROM serials x JOIN lots l ON l.id = x.lot_id
  LEFT JOIN LATERAL (SELECT * FROM process_data d WHERE d.serial_id = x.id
                      AND d.result = 'FAIL' ORDER BY d.id DESC LIMIT 1) d ON true
  LEFT JOIN processes p ON p.id = d.process_id
 WHERE l.lot_number = :lot AND x.status = 'FAILED'
 ORDER BY 6 NULLS LAST, 1
"""
#: the LOT's units that keep it from completing: WIPs not CONVERTED or SCRAPPED and serials
#: not PASSED or SCRAPPED, with where each one is (the step in progress, else the last PASS)
_UNFINISHED_UNITS = """
SELECT w.wip_id, w.status, cp.process_id,
       (SELECT p.process_id FROM wip_process_history h JOIN processes p ON p.id = h.process_id
         WHERE h.wip_item_id = w.id AND h.result = 'PASS'
         ORDER BY p.sequence_order DESC LIMIT 1)
  FROM wip_items w JOIN lots l ON l.id = w.lot_id
  LEFT JOIN processes cp ON cp.id = w.current_process_id
 WHERE l.lot_number = :lot AND w.status NOT IN ('CONVERTED', 'SCRAPPED')
UNION ALL
SELECT x.serial_number, x.status,
       (SELECT p.process_id FROM process_data d JOIN processes p ON p.id = d.process_id
         WHERE d.serial_id = x.id AND d.result IS NULL ORDER BY d.id DESC LIMIT 1),
       (SELECT p.process_id FROM process_data d JOIN processes p ON p.id = d.process_id
         WHERE d.serial_id = x.id AND d.result = 'PASS'
         ORDER BY p.sequence_order DESC LIMIT 1)
  FROM serials x JOIN lots l ON l.id = x.lot_id
 WHERE l.lot_number = :lot AND x.status NOT IN ('PASSED', 'SCRAPPED')
 ORDER BY 1
"""
#: a WIP (as its serial once converted) or a serial, with its LOT and status
_LOCATE_UNIT = """
SELECT COALESCE(x.serial_number, w.wip_id), l.lot_number, COALESCE(x.status, w.status)
  FROM wip_items w JOIN lots l ON l.id = w.lot_id LEFT JOIN serials x ON x.id = w.serial_id
 WHERE w.wip_id = :unit
UNION ALL
SELECT x.serial_number, l.lot_number, x.status
  FROM serials x JOIN lots l ON l.id = x.lot_id
 WHERE x.serial_number = :unit
"""
#: how many unfinished units a refused completion names (the rest are counted)
LISTED_UNITS = 12
MAX_REASON = 500


@dataclass(frozen=True)
class ProductModelView:
    code: str
    name: str


def _require_manager(actor: Actor) -> None:
    if actor.role not in MANAGER_ROLES:
        raise PermissionDenied(Msg("Only a MANAGER or ADMIN may do this."))


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError(Msg("Enter a reason."), code="REASON_REQUIRED")
    return text[:MAX_REASON]


class LotsService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        station: str,
        printer: LabelPrinter | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._sessions = sessions
        self.station = station
        self.printer = printer
        self._clock = clock

    # -- reads -----------------------------------------------------------------------------
    def product_models(self) -> tuple[ProductModelView, ...]:
        with read(self._sessions) as s:
            rows = s.execute(
                select(ProductModel.model_code, ProductModel.model_name)
                .where(ProductModel.is_active)
                .order_by(ProductModel.model_code)
            ).all()
        return tuple(ProductModelView(r[0], r[1]) for r in rows)

    def propose_lot_number(self, model_code: str, shift: str, date: dt.date | None = None) -> str:
        """The next free ``{model}{YYMMDD}{shift}{NN}`` (domain.md §2)."""
        day = date or self._clock().astimezone().date()
        with read(self._sessions) as s:
            prefix = f"{model_code}{day:%y%m%d}{shift}"
            existing = s.scalars(
                select(Lot.lot_number).where(Lot.lot_number.like(prefix + "%"))
            ).all()
        return next_lot_number(model_code, day, shift, existing)

    def list_open_lots(self) -> tuple[LotView, ...]:
        """LOTs not yet CLOSED (CREATED, IN_PROGRESS, COMPLETED; newest first), with their
        unit counts: a COMPLETED LOT still waits to be closed."""
        return self._lots(Lot.status != LotStatus.CLOSED)

    def get_lot(self, lot_number: str) -> LotView:
        found = self._lots(Lot.lot_number == normalize_scan(lot_number))
        if not found:
            raise NotFoundError(Msg("LOT {lot} does not exist.", lot=lot_number))
        return found[0]

    def _lots(self, where: ColumnElement[bool]) -> tuple[LotView, ...]:
        wips = select(func.count()).where(WipItem.lot_id == Lot.id).correlate(Lot).scalar_subquery()
        serials = (
            select(func.count()).where(Serial.lot_id == Lot.id).correlate(Lot).scalar_subquery()
        )
        passed = (
            select(func.count())
            .where(Serial.lot_id == Lot.id, Serial.status == UnitStatus.PASSED)
            .correlate(Lot)
            .scalar_subquery()
        )
        with read(self._sessions) as s:
            rows = s.execute(
                select(Lot, ProductModel.model_code, wips, serials, passed)
                .join(ProductModel, ProductModel.id == Lot.product_model_id)
                .where(where)
                .order_by(Lot.created_at.desc(), Lot.id.desc())
            ).all()
        return tuple(_lot_view(r[0], r[1], r[2], r[3], r[4]) for r in rows)

    def failed_units(self, lot_number: str) -> tuple[FailedUnit, ...]:
        """The LOT's FAILED WIPs and serials (oldest failure first) with the failure and the
        rework count: what a manager reopens or scraps."""
        with read(self._sessions) as s:
            rows = s.execute(text(_FAILED_UNITS), {"lot": normalize_scan(lot_number)}).all()
        return tuple(
            FailedUnit(
                r[0],
                UnitKind.WIP if r[1] == "WIP" else UnitKind.SERIAL,
                r[2],
                (r[3] or "").strip(),
                int(r[4] or 0),
                r[5],
            )
            for r in rows
        )

    def unfinished_units(self, lot_number: str) -> tuple[UnfinishedUnit, ...]:
        """The LOT's units that are neither PASSED nor SCRAPPED (a WIP: neither converted nor
        scrapped), with their status and where they are: what keeps the LOT from completing."""
        with read(self._sessions) as s:
            rows = s.execute(text(_UNFINISHED_UNITS), {"lot": normalize_scan(lot_number)}).all()
        return tuple(UnfinishedUnit(r[0], UnitStatus(r[1]), r[2], r[3]) for r in rows)

    def locate_unit(self, unit_id: ScannedId | str) -> LocatedUnit | None:
        """The scanned WIP or serial as it is now (a converted WIP: its serial), its LOT and
        status; None when no such unit exists."""
        scanned = as_scanned(unit_id)
        if scanned.kind not in (ScanKind.WIP, ScanKind.SERIAL):
            raise ValidationError(Msg("Scan a WIP or a serial."), code="WRONG_KIND")
        with read(self._sessions) as s:
            row = s.execute(text(_LOCATE_UNIT), {"unit": scanned.text}).first()
        return LocatedUnit(row[0], row[1], UnitStatus(row[2])) if row else None

    def lot_label(self, lot_number: str) -> str:
        """The ZPL of the LOT traveller label (scanned at PROC-001)."""
        lot = self.get_lot(lot_number)
        return zpl.lot_label(
            lot.lot_number,
            lot.model_code,
            lot.shift,
            lot.target_quantity,
            lot.created_at.astimezone().date(),
        )

    def print_lot_label(self, actor: Actor, lot_number: str) -> str:
        """Send the LOT label to this station's printer (PrintError on failure)."""
        _require_manager(actor)
        if self.printer is None:
            raise ValidationError(
                Msg("No label printer is configured for this station."),
                code="NO_PRINTER",
            )
        label = self.lot_label(lot_number)
        self.printer.send(label, normalize_scan(lot_number))
        return label

    # -- writes (one database function each: the database checks the role too) ----------
    def create_lot(
        self,
        actor: Actor,
        model_code: str,
        shift: str,
        target_quantity: int = 100,
        lot_number: str | None = None,
        date: dt.date | None = None,
    ) -> LotView:
        """Create a LOT (number proposed unless given); it must be able to carry WIPs."""
        _require_manager(actor)
        if shift not in SHIFTS:
            raise ValidationError(
                Msg("Shift must be D (day) or N (night)."),
                code="BAD_SHIFT",
            )
        if isinstance(target_quantity, bool) or not 1 <= int(target_quantity) <= MAX_TARGET:
            raise ValidationError(
                Msg("Target quantity must be 1..{limit}.", limit=MAX_TARGET),
                code="BAD_QUANTITY",
            )
        number = (
            normalize_scan(lot_number)
            if lot_number and lot_number.strip()
            else self.propose_lot_number(model_code, shift, date)
        )
        check_lot_for_wips(number)
        try:
            self._call(
                actor,
                "nh_create_lot(:lot, :model, :shift, :target, :station)",
                lot=number,
                model=model_code,
                shift=shift,
                target=int(target_quantity),
            )
        except BusinessRuleError as exc:
            if exc.detail and "not_found" in exc.detail:
                raise NotFoundError(Msg("Model {model} does not exist.", model=model_code)) from exc
            raise
        return self.get_lot(number)

    # -- signed decisions (domain.md §7) ------------------------------------------------
    # Reopen, scrap, complete and close are signed: ``signer`` is the person whose password
    # PostgreSQL checked — either the one logged in (their own sessions, the default) or
    # another who signs at this station (``AuthService.countersign`` hands over the signer
    # and their ``sessions``); ``operator`` names who is logged in at the station.  The
    # database function stores the signatures row and the reason of the audit rows.
    def complete_lot(
        self,
        signer: Actor,
        lot_number: str,
        reason: str,
        *,
        sessions: sessionmaker[Session] | None = None,
        operator: str | None = None,
    ) -> LotView:
        """COMPLETED (signed RELEASED): refused by the database while any unit is not
        PASSED or SCRAPPED."""
        return self._move_lot(signer, lot_number, LotStatus.COMPLETED, reason, sessions, operator)

    def close_lot(
        self,
        signer: Actor,
        lot_number: str,
        reason: str,
        *,
        sessions: sessionmaker[Session] | None = None,
        operator: str | None = None,
    ) -> LotView:
        """CLOSED (signed CLOSED): only from COMPLETED."""
        return self._move_lot(signer, lot_number, LotStatus.CLOSED, reason, sessions, operator)

    def _move_lot(
        self,
        signer: Actor,
        lot_number: str,
        status: LotStatus,
        reason: str,
        sessions: sessionmaker[Session] | None,
        operator: str | None,
    ) -> LotView:
        _require_manager(signer)
        why = _reason(reason)
        number = normalize_scan(lot_number)
        try:
            self._call(
                signer,
                "nh_set_lot_status(:lot, :status, :reason, :station, :operator)",
                sessions=sessions,
                lot=number,
                status=status,
                reason=why,
                operator=operator,
            )
        except BusinessRuleError as exc:
            if exc.detail and "not_found" in exc.detail:
                raise NotFoundError(Msg("LOT {lot} does not exist.", lot=number)) from exc
            if status is LotStatus.COMPLETED and exc.detail and "open=" in exc.detail:
                raise self._not_finished(number) from exc
            raise
        return self.get_lot(number)

    def _not_finished(self, lot_number: str) -> BusinessRuleError:
        """The refused completion, naming the units to finish, reopen or scrap first."""
        units = self.unfinished_units(lot_number)
        listed = [u.describe() for u in units[:LISTED_UNITS]]
        more = len(units) - len(listed)
        return LotNotFinished(
            Msg(
                "LOT {lot} cannot be completed: {count} unit(s) are not finished — {units}"
                "{more}. Finish, reopen or scrap them first.",
                lot=lot_number,
                count=len(units),
                units=listed,
                more=Msg(" and {n} more", n=more) if more > 0 else "",
            ),
            units,
        )

    def reopen_unit(
        self,
        signer: Actor,
        unit_id: ScannedId | str,
        reason: str,
        *,
        sessions: sessionmaker[Session] | None = None,
        operator: str | None = None,
    ) -> UnitView:
        """A manager sends a FAILED unit back to work (within the rework limit), signed
        REWORK_APPROVED."""
        return self._dispose(signer, unit_id, "reopen", reason, sessions, operator)

    def scrap_unit(
        self,
        signer: Actor,
        unit_id: ScannedId | str,
        reason: str,
        *,
        sessions: sessionmaker[Session] | None = None,
        operator: str | None = None,
    ) -> UnitView:
        """A manager scraps a FAILED unit, signed SCRAPPED: it becomes SCRAPPED, which is
        final (a serial's ``failure_reason`` also gets the reason)."""
        return self._dispose(signer, unit_id, "scrap", reason, sessions, operator)

    def _dispose(
        self,
        signer: Actor,
        unit_id: ScannedId | str,
        action: str,
        reason: str,
        sessions: sessionmaker[Session] | None,
        operator: str | None,
    ) -> UnitView:
        _require_manager(signer)
        why = _reason(reason)
        scanned = as_scanned(unit_id)
        if scanned.kind not in (ScanKind.WIP, ScanKind.SERIAL):
            raise ValidationError(Msg("Scan a WIP or a serial."), code="WRONG_KIND")
        try:
            data = self._call(
                signer,
                "nh_dispose_unit(:unit, :action, :reason, :station, :operator)",
                sessions=sessions,
                unit=scanned.text,
                action=action,
                reason=why,
                operator=operator,
            )
        except BusinessRuleError as exc:
            raise self._dispose_refusal(scanned, exc) from exc
        with read(self._sessions) as s:
            procs = UnitLoader(s, "PROC-001").procs
        return UnitLoader(None, "PROC-001", procs).view_from_json(data, scanned.text)

    def _dispose_refusal(self, scanned: ScannedId, exc: BusinessRuleError) -> Exception:
        detail = exc.detail or ""
        if "not_found" in detail:
            return NotFoundError(Msg("{unit} does not exist.", unit=scanned.text))
        with read(self._sessions) as s:
            view = UnitLoader(s, "PROC-001").view_scan(scanned)
        if "not_failed" in detail:
            return ValidationError(
                Msg("{unit} is {status}, not FAILED.", unit=view.unit_id, status=view.status),
                code="NOT_FAILED",
            )
        if view.non_pass_count > REWORK_LIMIT or (
            view.kind is UnitKind.SERIAL
            and view.non_pass_count >= REWORK_LIMIT
            and exc.sqlstate == "NH005"
        ):
            return _limit_error(view)
        return exc

    def _call(
        self,
        actor: Actor,
        function: str,
        *,
        sessions: sessionmaker[Session] | None = None,
        **params: object,
    ) -> Any:
        """``function`` on ``sessions`` (a signer's own) or this station's."""
        return call(
            sessions or self._sessions, actor.id, function, {**params, "station": self.station}
        )


def _limit_error(view: UnitView) -> ValidationError:
    return ValidationError(
        Msg(
            "{unit} has {count} failed attempts; the limit is {limit}: it can only be scrapped.",
            unit=view.unit_id,
            count=view.non_pass_count,
            limit=REWORK_LIMIT,
        ),
        code="REWORK_LIMIT",
    )


def _lot_view(lot: Lot, model_code: str, wips: int, serials: int, passed: int) -> LotView:
    return LotView(
        lot.id,
        lot.lot_number,
        model_code,
        lot.shift,
        lot.target_quantity,
        lot.status,
        lot.created_at,
        wips or 0,
        serials or 0,
        passed or 0,
        lot.created_by,
    )
