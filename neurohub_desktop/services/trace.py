"""Traceability: a LOT, WIP or serial id → its LOT, its units or the unit's whole timeline.

The station of an attempt is taken from the audit row of the record's INSERT (BR-006 writes
``neurohub.station`` there, set by every station function with ``nh_set_station``), so it needs no
column of its own; a record written outside the app has no station (None).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

from neurohub_desktop.domain.errors import NotFoundError, ValidationError
from neurohub_desktop.domain.ids import ScanKind, ScannedId, as_scanned
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.reports import (
    DefectRow,
    LotBoardRow,
    MeasurementRow,
    ProcessRef,
    TraceAttempt,
    TraceDecision,
    TraceResult,
    TraceUnit,
    UnitRow,
    WhereUsed,
    WhereUsedRow,
)
from neurohub_desktop.domain.states import StepResult, UnitStatus
from neurohub_desktop.services import report_sql as q


class LotReads(Protocol):
    """What the timeline needs of the LOT reads (``ReportsService``), so that this module
    imports nothing of it (no reports ↔ trace import circle)."""

    def processes(self) -> tuple[ProcessRef, ...]: ...

    def _board_rows(self, s: Session, sql: str, params: dict[str, Any]) -> list[LotBoardRow]: ...

    def _units(self, s: Session, lot_id: int) -> tuple[UnitRow, ...]: ...


COMPONENT_STEP, COMPONENT_CODES = "PROC-002", ("SMA_SPRING_LOT", "BUSBAR_LOT")
FIRMWARE_STEP, FIRMWARE_CODE = "PROC-004", "FIRMWARE_VERSION"

_WIP = """SELECT w.id, w.wip_id, w.lot_id, w.serial_id, w.status, w.created_at,
       cp.process_id AS current FROM wip_items w
       LEFT JOIN processes cp ON cp.id = w.current_process_id WHERE {} """
_SERIAL = "SELECT id, serial_number, lot_id, status, created_at FROM serials WHERE {}"


def trace(svc: LotReads, s: Session, scanned: ScannedId | str) -> TraceResult:
    sid = as_scanned(scanned)
    if sid.kind is ScanKind.PROCESS:
        raise ValidationError(
            Msg("{text} is a process, not a LOT, WIP or serial.", text=sid.text),
        )
    wip = serial = None
    if sid.kind is ScanKind.LOT:
        lot_pk = s.scalar(text("SELECT id FROM lots WHERE lot_number = :t"), {"t": sid.text})
    elif sid.kind is ScanKind.WIP:
        wip = s.execute(text(_WIP.format("w.wip_id = :t")), {"t": sid.text}).mappings().first()
        lot_pk = wip["lot_id"] if wip else None
        if wip and wip["serial_id"] is not None:
            serial = (
                s.execute(text(_SERIAL.format("id = :p")), {"p": wip["serial_id"]})
                .mappings()
                .first()
            )
    else:
        serial = (
            s.execute(text(_SERIAL.format("serial_number = :t")), {"t": sid.text})
            .mappings()
            .first()
        )
        lot_pk = serial["lot_id"] if serial else None
        if serial:
            wip = (
                s.execute(text(_WIP.format("w.serial_id = :p")), {"p": serial["id"]})
                .mappings()
                .first()
            )
    if lot_pk is None:
        raise NotFoundError(Msg("{text} was not found.", text=sid.text))
    lot = svc._board_rows(s, q.lots_select(["l.id = :lot"]), {"lot": lot_pk, "limit": 1})[0]
    if sid.kind is ScanKind.LOT:
        return TraceResult(sid.text, sid.kind.value, lot, None, svc._units(s, lot_pk))
    return TraceResult(sid.text, sid.kind.value, lot, _unit(svc, s, lot, wip, serial))


#: the items whose value names a part: a recall of one of them is a where-used search
WHERE_USED_CODES = (*COMPONENT_CODES, FIRMWARE_CODE)

#: each unit once (its latest record of the value), with where it is now: the step in
#: progress, else the last step it passed (WIP history or, once a serial, process_data)
_WHERE_USED = """
SELECT DISTINCT ON (w.id) l.lot_number, w.wip_id, x.serial_number,
       COALESCE(x.status, w.status) AS status, p.process_id AS step, i.item ->> 'code' AS code,
       h.result,
       COALESCE(cp.process_id, open_pd.process_id) AS current,
       COALESCE(last_pd.process_id, last_h.process_id) AS last_passed
  FROM wip_process_history h
  JOIN wip_items w ON w.id = h.wip_item_id
  JOIN lots l ON l.id = w.lot_id
  JOIN processes p ON p.id = h.process_id
  CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(h.measurements -> 'items') = 'array'
           THEN h.measurements -> 'items' ELSE CAST('[]' AS jsonb) END) AS i(item)
  LEFT JOIN serials x ON x.id = w.serial_id
  LEFT JOIN processes cp ON cp.id = w.current_process_id
  LEFT JOIN LATERAL (SELECT pp.process_id
                       FROM process_data d JOIN processes pp ON pp.id = d.process_id
                      WHERE d.serial_id = x.id AND d.result IS NULL
                      ORDER BY pp.sequence_order LIMIT 1) open_pd ON true
  LEFT JOIN LATERAL (SELECT pp.process_id
                       FROM process_data d JOIN processes pp ON pp.id = d.process_id
                      WHERE d.serial_id = x.id AND d.result = 'PASS'
                      ORDER BY pp.sequence_order DESC LIMIT 1) last_pd ON true
  LEFT JOIN LATERAL (SELECT pp.process_id FROM wip_process_history hh
                       JOIN processes pp ON pp.id = hh.process_id
                      WHERE hh.wip_item_id = w.id AND hh.result = 'PASS'
                      ORDER BY pp.sequence_order DESC LIMIT 1) last_h ON true
 WHERE p.process_id IN (:component_step, :firmware_step)
   AND i.item ->> 'code' = ANY(:codes) AND btrim(i.item ->> 'value') = :value
 ORDER BY w.id, h.completed_at DESC, h.id DESC
 LIMIT 100000"""


def lot_exists(s: Session, lot_number: str) -> bool:
    found = s.scalar(text("SELECT 1 FROM lots WHERE lot_number = :t"), {"t": lot_number})
    return found is not None


def where_used(s: Session, value: str) -> WhereUsed:
    """Every unit that recorded ``value`` as a component lot (PROC-002) or a firmware version
    (PROC-004), in any finished attempt: a recall must not miss a reworked unit."""
    query = value.strip()
    if not query or len(query) > 200:
        raise ValidationError(
            Msg("Type a LOT, WIP or serial ID, a component lot or a firmware version.")
        )
    rows = s.execute(
        text(_WHERE_USED),
        {
            "value": query,
            "codes": list(WHERE_USED_CODES),
            "component_step": COMPONENT_STEP,
            "firmware_step": FIRMWARE_STEP,
        },
    ).mappings()
    found = tuple(
        WhereUsedRow(
            r["lot_number"],
            r["wip_id"],
            r["serial_number"],
            r["status"],
            r["current"] or r["last_passed"],
            r["current"] is not None,
            r["step"],
            r["code"],
            r["result"],
        )
        for r in rows
    )
    if not found:
        raise NotFoundError(Msg("{text} was not found.", text=query))
    return WhereUsed(query, tuple(sorted(found, key=lambda r: (r.lot_number, r.wip_id or ""))))


def _unit(svc: LotReads, s: Session, lot: Any, wip: Any, serial: Any) -> TraceUnit:
    procs = {p.id: p for p in svc.processes()}
    timeline: list[TraceAttempt] = []
    if wip is not None:
        rows = s.execute(text(q.TRACE_WIP_HISTORY), {"wip": wip["id"]}).mappings().all()
        stations = _stations(s, "wip_process_history", [r["id"] for r in rows])
        for r in rows:
            timeline.append(
                TraceAttempt(
                    "WIP",
                    r["id"],
                    procs[r["process_pk"]],
                    0,
                    r["result"],
                    r["login"],
                    r["username"],
                    stations.get(r["id"]),
                    r["equipment_code"],
                    r["equipment_name"],
                    r["started_at"],
                    r["completed_at"],
                    r["duration_seconds"],
                    _measurements(r["measurements"]),
                    _defects(r["defects"]),
                    r["notes"],
                    False,
                )
            )
    if serial is not None:
        rows = s.execute(text(q.TRACE_SERIAL_RECORDS), {"serial": serial["id"]}).mappings().all()
        stations = _stations(s, "process_data", [r["id"] for r in rows])
        for r in rows:
            data = r["process_specific_data"] or {}
            equipment = data.get("equipment") if isinstance(data, Mapping) else None
            timeline.append(
                TraceAttempt(
                    "SERIAL",
                    r["id"],
                    procs[r["process_pk"]],
                    0,
                    r["result"],
                    r["login"],
                    r["username"],
                    stations.get(r["id"]),
                    equipment.get("code") if isinstance(equipment, Mapping) else None,
                    equipment.get("name") if isinstance(equipment, Mapping) else None,
                    r["start_time"],
                    r["complete_time"],
                    r["duration_seconds"],
                    _measurements(data.get("measurements")),
                    _defects(data.get("defects")),
                    r["notes"],
                    bool(r["is_rework"]),
                )
            )
    timeline = _numbered(timeline)
    status = serial["status"] if serial is not None else wip["status"]
    current = wip["current"] if wip is not None and wip["status"] != UnitStatus.CONVERTED else None
    if serial is not None:
        current = next(
            (a.process.process_id for a in timeline if a.source == "SERIAL" and a.result is None),
            None,
        )
    return TraceUnit(
        lot_id=lot.lot_id,
        lot_number=lot.lot_number,
        wip_id=wip["wip_id"] if wip is not None else None,
        serial_number=serial["serial_number"] if serial is not None else None,
        status=status,
        current_step=current,
        issued_at=(wip or serial)["created_at"],
        component_lots=_values(timeline, COMPONENT_STEP, COMPONENT_CODES),
        firmware_version=_values(timeline, FIRMWARE_STEP, (FIRMWARE_CODE,)).get(FIRMWARE_CODE),
        timeline=tuple(timeline),
        decisions=_decisions(s, wip, serial),
    )


_DECISIONS = """SELECT s.meaning, s.reason, u.user_id, u.username, s.signed_at, s.station,
       s.details ->> 'operator' AS operator FROM signatures s JOIN users u ON u.id = s.signer_id
 WHERE s.meaning IN ('REWORK_APPROVED', 'SCRAPPED') AND s.subject IN (:wip, :serial)
 ORDER BY s.signed_at, s.id"""


def _decisions(s: Session, wip: Any, serial: Any) -> tuple[TraceDecision, ...]:
    """The signed reopen / scrap decisions about the WIP and its serial."""
    names = {
        "wip": wip["wip_id"] if wip is not None else "",
        "serial": serial["serial_number"] if serial is not None else "",
    }
    return tuple(
        TraceDecision(r[0], r[1], r[2], r[3], r[4], r[5], r[6])
        for r in s.execute(text(_DECISIONS), names).all()
    )


def _numbered(timeline: list[TraceAttempt]) -> list[TraceAttempt]:
    """Attempt numbers per step, in the order the attempts happened."""
    seen: dict[str, int] = {}
    out = []
    for a in sorted(timeline, key=lambda a: (a.started_at, a.record_id)):
        seen[a.process.process_id] = seen.get(a.process.process_id, 0) + 1
        n = seen[a.process.process_id]
        out.append(replace(a, attempt_no=n, is_rework=a.is_rework or n > 1))
    return out


def _values(timeline: list[TraceAttempt], step: str, codes: tuple[str, ...]) -> dict[str, str]:
    """Values of ``codes`` recorded at the unit's last PASS of ``step``."""
    passes = [a for a in timeline if a.process.process_id == step and a.result == StepResult.PASS]
    if not passes:
        return {}
    found = {m.code: m.value for m in passes[-1].measurements}
    return {c: str(found[c]) for c in codes if found.get(c) not in (None, "")}


def _stations(s: Session, table: str, ids: list[int]) -> dict[int, str | None]:
    if not ids:
        return {}
    return dict(s.execute(text(q.TRACE_STATIONS), {"table": table, "ids": ids}).all())


def _measurements(raw: Any) -> tuple[MeasurementRow, ...]:
    items = raw.get("items", []) if isinstance(raw, Mapping) else raw
    if not isinstance(items, list):
        return ()
    return tuple(
        MeasurementRow(
            str(i.get("code", "")),
            i.get("value"),
            i.get("unit"),
            i.get("lsl"),
            i.get("usl"),
            i.get("result"),
        )
        for i in items
        if isinstance(i, Mapping)
    )


def _defects(raw: Any) -> tuple[DefectRow, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        DefectRow(str(d.get("code", "")), d.get("note"))
        if isinstance(d, Mapping)
        else DefectRow(str(d), None)
        for d in raw
    )
