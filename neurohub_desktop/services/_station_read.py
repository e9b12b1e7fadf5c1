"""Reading a unit's place on the line (the station's read model).  No writes here."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neurohub_desktop.db.models import (
    FirmwareVersion,
    Lot,
    Process,
    ProcessData,
    ProductModel,
    Serial,
    WipItem,
    WipProcessHistory,
)
from neurohub_desktop.domain.ids import ScanKind, ScannedId
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
)


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
    return [ProcRow(p.id, p.process_id, p.process_name, p.process_name_en or p.process_name,
                    p.sequence_order, p.quality_criteria or {}) for p in rows]


def active_firmware_versions(session: Session) -> list[str]:
    return list(session.scalars(select(FirmwareVersion.version)
                                .where(FirmwareVersion.is_active)
                                .order_by(FirmwareVersion.target_mcu)))


def _attempts(results: list[tuple[str, str | None]]) -> dict[str, list[str | None]]:
    """process_id → results in time order (None: open record)."""
    out: dict[str, list[str | None]] = {}
    for pid, result in results:
        out.setdefault(pid, []).append(result)
    return out


def _steps(procs: list[ProcRow], attempts: dict[str, list[str | None]],
           current: str | None) -> tuple[StepView, ...]:
    steps = []
    for p in procs:
        tries = attempts.get(p.process_id, [])
        finished = [r for r in tries if r is not None]
        last = finished[-1] if finished else None
        if "PASS" in finished:
            state = StepState.PASS
        elif current == p.process_id:
            state = StepState.CURRENT
        elif last == "FAIL":
            state = StepState.FAIL
        elif last == "REWORK":
            state = StepState.REWORK
        else:
            state = StepState.PENDING
        steps.append(StepView(p.process_id, p.seq, p.name, p.name_en, state, len(finished), last))
    return tuple(steps)


class UnitLoader:
    """Builds UnitViews for one station process from a session."""

    def __init__(self, session: Session, station_process: str) -> None:
        self.s = session
        self.station = station_process
        self.procs = load_processes(session)
        self.by_id = {p.id: p for p in self.procs}

    def pid(self, process_id: str) -> int:
        return next(p.id for p in self.procs if p.process_id == process_id)

    # -- lookups ---------------------------------------------------------------------------
    def lot_row(self, lot_number: str) -> tuple[Lot, ProductModel] | None:
        row = self.s.execute(select(Lot, ProductModel).join(
            ProductModel, ProductModel.id == Lot.product_model_id)
            .where(Lot.lot_number == lot_number)).first()
        return (row[0], row[1]) if row else None

    def lot_by_id(self, lot_id: int) -> tuple[Lot, ProductModel]:
        row = self.s.execute(select(Lot, ProductModel).join(
            ProductModel, ProductModel.id == Lot.product_model_id).where(Lot.id == lot_id)).one()
        return row[0], row[1]

    def wip_history(self, wip_item_id: int) -> list[tuple[str, str | None]]:
        rows = self.s.execute(select(WipProcessHistory.process_id, WipProcessHistory.result)
                              .where(WipProcessHistory.wip_item_id == wip_item_id)
                              .order_by(WipProcessHistory.completed_at,
                                        WipProcessHistory.id)).all()
        return [(self.by_id[r[0]].process_id, r[1]) for r in rows]

    def serial_records(self, serial_id: int) -> list[ProcessData]:
        return list(self.s.scalars(select(ProcessData).where(ProcessData.serial_id == serial_id)
                                   .order_by(ProcessData.start_time, ProcessData.id)))

    # -- views -----------------------------------------------------------------------------
    def view_scan(self, scanned: ScannedId) -> UnitView:
        if scanned.kind is ScanKind.LOT:
            found = self.lot_row(scanned.text)
            if found is None:
                return self._missing(UnitKind.LOT, scanned.text)
            return self.lot_view(*found)
        if scanned.kind is ScanKind.WIP:
            wip = self.s.scalars(select(WipItem).where(WipItem.wip_id == scanned.text)).first()
            if wip is None:
                return self._missing(UnitKind.WIP, scanned.text)
            if wip.status == "CONVERTED" and wip.serial_id is not None \
                    and self.station in SERIAL_PROCESSES:
                serial = self.s.get(Serial, wip.serial_id)
                assert serial is not None
                return replace(self.serial_view(serial), scanned=scanned.text)
            return self.wip_view(wip)
        if scanned.kind is ScanKind.SERIAL:
            serial = self.s.scalars(select(Serial)
                                    .where(Serial.serial_number == scanned.text)).first()
            if serial is None:
                return self._missing(UnitKind.SERIAL, scanned.text)
            return self.serial_view(serial)
        return UnitView(kind=UnitKind.LOT, scanned=scanned.text, station_process=self.station,
                        reason=Reason.WRONG_KIND,
                        details=(("unit", scanned.text), ("kind", "PROCESS"),
                                 ("process", self.station), ("expected", "WIP")))

    def _missing(self, kind: UnitKind, text: str) -> UnitView:
        return UnitView(kind=kind, scanned=text, station_process=self.station,
                        reason=Reason.NOT_FOUND, details=(("unit", text),))

    def lot_view(self, lot: Lot, model: ProductModel) -> UnitView:
        issued = self.s.scalar(select(func.count()).select_from(WipItem)
                               .where(WipItem.lot_id == lot.id)) or 0
        facts = UnitFacts(UnitKind.LOT, self.station, lot.lot_number, lot.lot_number, lot.status,
                          lot.status, issued=issued, target=lot.target_quantity)
        reason, details = decide(facts)
        return UnitView(kind=UnitKind.LOT, scanned=lot.lot_number, station_process=self.station,
                        lot_id=lot.id, lot_number=lot.lot_number, lot_status=lot.status,
                        model_code=model.model_code, model_name=model.model_name,
                        target_quantity=lot.target_quantity, status=lot.status,
                        sequence=issued, steps=_steps(self.procs, {}, None),
                        can_start_here=reason is Reason.OK, reason=reason,
                        details=tuple(details.items()))

    def wip_view(self, wip: WipItem) -> UnitView:
        lot, model = self.lot_by_id(wip.lot_id)
        history = self.wip_history(wip.id)
        current = self.by_id[wip.current_process_id].process_id \
            if wip.current_process_id is not None else None
        passed = frozenset(p for p, r in history if r == "PASS")
        non_pass = sum(1 for _, r in history if r in ("FAIL", "REWORK"))
        facts = UnitFacts(UnitKind.WIP, self.station, wip.wip_id, lot.lot_number, lot.status,
                          wip.status, current, passed, non_pass)
        reason, details = decide(facts)
        return UnitView(kind=UnitKind.WIP, scanned=wip.wip_id, station_process=self.station,
                        lot_id=lot.id, lot_number=lot.lot_number, lot_status=lot.status,
                        model_code=model.model_code, model_name=model.model_name,
                        target_quantity=lot.target_quantity, wip_item_id=wip.id,
                        wip_id=wip.wip_id, serial_id=wip.serial_id,
                        sequence=wip.sequence_in_lot, status=wip.status,
                        current_process=current,
                        started_at=wip.updated_at if current is not None else None,
                        non_pass_count=non_pass,
                        steps=_steps(self.procs, _attempts(history), current),
                        can_start_here=reason is Reason.OK, reason=reason,
                        details=tuple(details.items()))

    def serial_view(self, serial: Serial) -> UnitView:
        lot, model = self.lot_by_id(serial.lot_id)
        wip = self.s.scalars(select(WipItem).where(WipItem.serial_id == serial.id)).first()
        history = self.wip_history(wip.id) if wip is not None else []
        records = self.serial_records(serial.id)
        results = history + [(self.by_id[r.process_id].process_id, r.result) for r in records]
        open_rec = next((r for r in records if r.result is None), None)
        current = self.by_id[open_rec.process_id].process_id if open_rec else None
        passed = frozenset(p for p, r in results if r == "PASS")
        non_pass = sum(1 for _, r in results if r in ("FAIL", "REWORK"))
        facts = UnitFacts(UnitKind.SERIAL, self.station, serial.serial_number, lot.lot_number,
                          lot.status, serial.status, current, passed, non_pass,
                          rework_count=serial.rework_count)
        reason, details = decide(facts)
        label_rec = next((r for r in reversed(records)
                          if self.by_id[r.process_id].process_id == CONVERT_PROCESS), None)
        prints = tuple(_print_record(p) for p in
                       (label_rec.process_specific_data.get("prints", []) if label_rec else []))
        return UnitView(kind=UnitKind.SERIAL, scanned=serial.serial_number,
                        station_process=self.station, lot_id=lot.id, lot_number=lot.lot_number,
                        lot_status=lot.status, model_code=model.model_code,
                        model_name=model.model_name, target_quantity=lot.target_quantity,
                        wip_item_id=wip.id if wip else None, wip_id=wip.wip_id if wip else None,
                        serial_id=serial.id, serial_number=serial.serial_number,
                        sequence=serial.sequence, status=serial.status, current_process=current,
                        started_at=open_rec.start_time if open_rec else None,
                        non_pass_count=non_pass,
                        steps=_steps(self.procs, _attempts(results), current),
                        can_start_here=reason is Reason.OK, reason=reason,
                        details=tuple(details.items()),
                        open_record_id=open_rec.id if open_rec else None, prints=prints)


def _print_record(data: dict[str, Any]) -> PrintRecord:
    at = data.get("at")
    return PrintRecord(at=datetime.fromisoformat(at) if isinstance(at, str) else datetime.min,
                       user=str(data.get("user", "")), printer=str(data.get("printer", "")),
                       reason=data.get("reason"), kind=str(data.get("kind", "serial")))
