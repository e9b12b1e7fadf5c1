"""Reading a unit's place on the line (the station's read model).  No writes here.

A WIP or serial view is one statement: the unit joined with its LOT and model, its attempts
aggregated as JSON (the order and the choices the screen shows are the same as reading the
rows one by one)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from neurohub_desktop.db.models import (
    Equipment,
    FirmwareVersion,
    Lot,
    Process,
    ProductModel,
    Serial,
    Signature,
    User,
    WipItem,
)
from neurohub_desktop.domain import line_admin
from neurohub_desktop.domain.ids import ScanKind, ScannedId
from neurohub_desktop.domain.states import NON_PASS_RESULTS, StepResult, UnitStatus
from neurohub_desktop.domain.station import (
    CONVERT_PROCESS,
    SERIAL_PROCESSES,
    PrintRecord,
    Reason,
    StepState,
    StepView,
    UnitFacts,
    UnitKind,
    UnitView,
    decide,
    expected_kind,
)
from neurohub_desktop.services.equipment_rows import equipment_item, select_equipment


@dataclass(frozen=True)
class ProcRow:
    id: int
    process_id: str
    name: str
    name_en: str
    seq: int
    criteria: dict[str, Any]


def load_processes(session: Session) -> list[ProcRow]:
    rows = session.execute(select(Process).order_by(Process.sequence_order)).scalars().all()
    return [
        ProcRow(
            p.id,
            p.process_id,
            p.process_name,
            p.process_name_en or p.process_name,
            p.sequence_order,
            p.quality_criteria or {},
        )
        for p in rows
    ]


def active_firmware_versions(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(FirmwareVersion.version)
            .where(FirmwareVersion.is_active)
            .order_by(FirmwareVersion.target_mcu)
        )
    )


def _attempts(results: list[tuple[str, str | None]]) -> dict[str, list[str | None]]:
    """process_id → results in time order (None: open record)."""
    out: dict[str, list[str | None]] = {}
    for pid, result in results:
        out.setdefault(pid, []).append(result)
    return out


def _steps(
    procs: list[ProcRow], attempts: dict[str, list[str | None]], current: str | None
) -> tuple[StepView, ...]:
    steps = []
    for p in procs:
        tries = attempts.get(p.process_id, [])
        finished = [r for r in tries if r is not None]
        last = finished[-1] if finished else None
        if StepResult.PASS in finished:
            state = StepState.PASS
        elif current == p.process_id:
            state = StepState.CURRENT
        elif last == StepResult.FAIL:
            state = StepState.FAIL
        elif last == StepResult.REWORK:
            state = StepState.REWORK
        else:
            state = StepState.PENDING
        steps.append(StepView(p.process_id, p.seq, p.name, p.name_en, state, len(finished), last))
    return tuple(steps)


#: one statement per view: the unit, its LOT and model, and its attempts as JSON arrays
_HISTORY = (
    "(SELECT json_agg(json_build_array(h.process_id, h.result) "
    "ORDER BY h.completed_at, h.id) FROM wip_process_history h "
    "WHERE h.wip_item_id = w.id)"
)
_WIP_SQL = (
    "SELECT w.id, w.wip_id, w.sequence_in_lot, w.status, w.current_process_id, w.serial_id, "
    "w.updated_at, l.id, l.lot_number, l.status, l.target_quantity, m.model_code, "
    f"m.model_name, {_HISTORY} "
    "FROM wip_items w JOIN lots l ON l.id = w.lot_id "
    "JOIN product_models m ON m.id = l.product_model_id WHERE w.{key} = :key"
)


@functools.cache
def _statement(sql: str, key: str) -> TextClause:
    """The view's statement looked up by ``key`` (a column name from this module), built once:
    a scan does not parse its text for bind parameters again."""
    return text(sql.format(key=key))


_SERIAL_SQL = (
    "SELECT x.id, x.serial_number, x.sequence, x.status, x.rework_count, l.id, l.lot_number, "
    "l.status, l.target_quantity, m.model_code, m.model_name, w.id, w.wip_id, "
    f"{_HISTORY}, "
    "(SELECT json_agg(json_build_array(d.id, d.process_id, d.result) "
    " ORDER BY d.start_time, d.id) FROM process_data d WHERE d.serial_id = x.id), "
    "(SELECT d.start_time FROM process_data d WHERE d.serial_id = x.id AND d.result IS NULL "
    " ORDER BY d.start_time, d.id LIMIT 1), "
    "(SELECT d.process_specific_data -> 'prints' FROM process_data d "
    " WHERE d.serial_id = x.id AND d.process_id = :convert "
    " ORDER BY d.start_time DESC, d.id DESC LIMIT 1) "
    "FROM serials x JOIN lots l ON l.id = x.lot_id "
    "JOIN product_models m ON m.id = l.product_model_id "
    "LEFT JOIN LATERAL (SELECT wi.id, wi.wip_id FROM wip_items wi "
    "                   WHERE wi.serial_id = x.id LIMIT 1) w ON true "
    "WHERE x.{key} = :key"
)


class UnitLoader:
    """Builds UnitViews for one station process from a session (one statement per view;
    ``procs``: the process list when the caller keeps it, else it is read here)."""

    def __init__(
        self, session: Session | None, station_process: str, procs: list[ProcRow] | None = None
    ) -> None:
        self._session = session
        self.station = station_process
        self.procs = procs if procs is not None else load_processes(self.s)
        self.by_id = {p.id: p for p in self.procs}

    @property
    def s(self) -> Session:
        assert self._session is not None, "this loader only builds views from JSON"
        return self._session

    def view_from_json(self, data: Mapping[str, Any], scanned: str | None = None) -> UnitView:
        """The view a station function answered with (``nh_wip_view`` / ``nh_serial_view``:
        the same row as the reads here, as JSON); ``scanned``: what the operator scanned
        (a WIP id that stands for its serial)."""
        row = list(data["row"])
        if data["kind"] == "WIP":
            row[6] = _when(row[6])
            return self._wip_view(row)
        row[15] = _when(row[15])
        view = self._serial_view(row)
        return replace(view, scanned=scanned) if scanned and scanned != view.scanned else view

    def pid(self, process_id: str) -> int:
        return next(p.id for p in self.procs if p.process_id == process_id)

    # -- lookups ---------------------------------------------------------------------------
    def lot_row(self, lot_number: str) -> tuple[Lot, ProductModel] | None:
        row = self.s.execute(
            select(Lot, ProductModel)
            .join(ProductModel, ProductModel.id == Lot.product_model_id)
            .where(Lot.lot_number == lot_number)
        ).first()
        return (row[0], row[1]) if row else None

    def _named(self, pairs: list[list[Any]] | None) -> list[tuple[str, str | None]]:
        return [(self.by_id[p].process_id, r) for p, r in pairs or []]

    # -- views -----------------------------------------------------------------------------
    def view_scan(self, scanned: ScannedId) -> UnitView:
        if scanned.kind is ScanKind.LOT:
            found = self.lot_row(scanned.text)
            if found is None:
                return self._missing(UnitKind.LOT, scanned.text)
            return self.lot_view(*found)
        if scanned.kind is ScanKind.WIP:
            row = self._wip_row("wip_id", scanned.text)
            if row is None:
                return self._missing(UnitKind.WIP, scanned.text)
            if (
                row[3] == UnitStatus.CONVERTED
                and row[5] is not None
                and self.station in SERIAL_PROCESSES
            ):
                serial = self._serial_row("id", row[5])
                assert serial is not None
                return replace(self._serial_view(serial), scanned=scanned.text)
            return self._wip_view(row)
        if scanned.kind is ScanKind.SERIAL:
            found_serial = self._serial_row("serial_number", scanned.text)
            if found_serial is None:
                return self._missing(UnitKind.SERIAL, scanned.text)
            return self._serial_view(found_serial)
        return UnitView(
            kind=UnitKind.LOT,
            scanned=scanned.text,
            station_process=self.station,
            reason=Reason.WRONG_KIND,
            details=(
                ("unit", scanned.text),
                ("kind", "PROCESS"),
                ("process", self.station),
                ("expected", expected_kind(self.station)),
            ),
        )

    def _missing(self, kind: UnitKind, text: str) -> UnitView:
        return UnitView(
            kind=kind,
            scanned=text,
            station_process=self.station,
            reason=Reason.NOT_FOUND,
            details=(("unit", text),),
        )

    def lot_view(self, lot: Lot, model: ProductModel) -> UnitView:
        issued = (
            self.s.scalar(select(func.count()).select_from(WipItem).where(WipItem.lot_id == lot.id))
            or 0
        )
        facts = UnitFacts(
            UnitKind.LOT,
            self.station,
            lot.lot_number,
            lot.lot_number,
            lot.status,
            lot.status,
            issued=issued,
            target=lot.target_quantity,
        )
        reason, details = decide(facts)
        return UnitView(
            kind=UnitKind.LOT,
            scanned=lot.lot_number,
            station_process=self.station,
            lot_id=lot.id,
            lot_number=lot.lot_number,
            lot_status=lot.status,
            model_code=model.model_code,
            model_name=model.model_name,
            target_quantity=lot.target_quantity,
            status=lot.status,
            sequence=issued,
            steps=_steps(self.procs, {}, None),
            can_start_here=reason is Reason.OK,
            reason=reason,
            details=tuple(details.items()),
        )

    def wip_view(self, wip: WipItem) -> UnitView:
        return self.wip_view_by_id(wip.id)

    def serial_view(self, serial: Serial) -> UnitView:
        return self.serial_view_by_id(serial.id)

    def wip_view_by_id(self, wip_pk: int) -> UnitView:
        row = self._wip_row("id", wip_pk)
        assert row is not None
        return self._wip_view(row)

    def serial_view_by_id(self, serial_pk: int) -> UnitView:
        row = self._serial_row("id", serial_pk)
        assert row is not None
        return self._serial_view(row)

    def _wip_row(self, key: str, value: object) -> Sequence[Any] | None:
        return self.s.execute(_statement(_WIP_SQL, key), {"key": value}).first()

    def _serial_row(self, key: str, value: object) -> Sequence[Any] | None:
        return self.s.execute(
            _statement(_SERIAL_SQL, key), {"key": value, "convert": self.pid(CONVERT_PROCESS)}
        ).first()

    def _wip_view(self, row: Sequence[Any]) -> UnitView:
        (
            wip_pk,
            wip_id,
            sequence,
            status,
            current_pk,
            serial_id,
            updated_at,
            lot_pk,
            lot_number,
            lot_status,
            target,
            model_code,
            model_name,
            history_json,
        ) = row
        history = self._named(history_json)
        current = self.by_id[current_pk].process_id if current_pk is not None else None
        passed = frozenset(p for p, r in history if r == StepResult.PASS)
        non_pass = sum(1 for _, r in history if r in NON_PASS_RESULTS)
        facts = UnitFacts(
            UnitKind.WIP,
            self.station,
            wip_id,
            lot_number,
            lot_status,
            status,
            current,
            passed,
            non_pass,
        )
        reason, details = decide(facts)
        return UnitView(
            kind=UnitKind.WIP,
            scanned=wip_id,
            station_process=self.station,
            lot_id=lot_pk,
            lot_number=lot_number,
            lot_status=lot_status,
            model_code=model_code,
            model_name=model_name,
            target_quantity=target,
            wip_item_id=wip_pk,
            wip_id=wip_id,
            serial_id=serial_id,
            sequence=sequence,
            status=status,
            current_process=current,
            started_at=updated_at if current is not None else None,
            non_pass_count=non_pass,
            steps=_steps(self.procs, _attempts(history), current),
            can_start_here=reason is Reason.OK,
            reason=reason,
            details=tuple(details.items()),
        )

    def _serial_view(self, row: Sequence[Any]) -> UnitView:
        (
            serial_pk,
            serial_number,
            sequence,
            status,
            rework_count,
            lot_pk,
            lot_number,
            lot_status,
            target,
            model_code,
            model_name,
            wip_pk,
            wip_id,
            history_json,
            records_json,
            open_start,
            prints_json,
        ) = row
        records = [(int(rid), self.by_id[p].process_id, r) for rid, p, r in records_json or []]
        results = self._named(history_json) + [(p, r) for _, p, r in records]
        open_rec = next((r for r in records if r[2] is None), None)
        current = open_rec[1] if open_rec else None
        passed = frozenset(p for p, r in results if r == StepResult.PASS)
        non_pass = sum(1 for _, r in results if r in NON_PASS_RESULTS)
        facts = UnitFacts(
            UnitKind.SERIAL,
            self.station,
            serial_number,
            lot_number,
            lot_status,
            status,
            current,
            passed,
            non_pass,
            rework_count=rework_count,
        )
        reason, details = decide(facts)
        prints = tuple(_print_record(p) for p in (prints_json or []))
        return UnitView(
            kind=UnitKind.SERIAL,
            scanned=serial_number,
            station_process=self.station,
            lot_id=lot_pk,
            lot_number=lot_number,
            lot_status=lot_status,
            model_code=model_code,
            model_name=model_name,
            target_quantity=target,
            wip_item_id=wip_pk,
            wip_id=wip_id,
            serial_id=serial_pk,
            serial_number=serial_number,
            sequence=sequence,
            status=status,
            current_process=current,
            started_at=open_start if open_rec else None,
            non_pass_count=non_pass,
            steps=_steps(self.procs, _attempts(results), current),
            can_start_here=reason is Reason.OK,
            reason=reason,
            details=tuple(details.items()),
            open_record_id=open_rec[0] if open_rec else None,
            prints=prints,
        )


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _print_record(data: dict[str, Any]) -> PrintRecord:
    at = data.get("at")
    return PrintRecord(
        at=datetime.fromisoformat(at) if isinstance(at, str) else datetime.min,
        user=str(data.get("user", "")),
        printer=str(data.get("printer", "")),
        reason=data.get("reason"),
        kind=str(data.get("kind", "serial")),
    )


def station_equipment(
    session: Session, code: str, station: str, now: datetime, *, measured: bool
) -> line_admin.StationEquipment:
    """The station's equipment, whether it may back a measured PASS today, and the signed
    override in force for this station, if any (as ``nh_complete`` will find it)."""
    row = session.execute(select_equipment().where(Equipment.equipment_code == code)).first()
    item = equipment_item(row) if row is not None else None
    problem = line_admin.equipment_problem(item, now.astimezone().date())
    override = None
    if problem is not None and item is not None:
        found = session.execute(
            select(Signature, User.user_id, User.username)
            .join(User, User.id == Signature.signer_id)
            .where(
                Signature.meaning == "EQUIPMENT_OVERRIDE",
                Signature.subject == code,
                Signature.station == station,
                Signature.valid_until > func.now(),
                Signature.details["problem"].astext == problem.value,
            )
            .order_by(Signature.signed_at.desc(), Signature.id.desc())
            .limit(1)
        ).first()
        if found is not None:
            sig, signer, signer_name = found
            assert sig.valid_until is not None
            override = line_admin.EquipmentOverride(
                sig.id, signer, signer_name, sig.reason, sig.signed_at, sig.valid_until
            )
    return line_admin.StationEquipment(code, item, problem, override, measured)
