"""Today's counters and the last finished attempts of one station (read only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neurohub_desktop.db.models import Lot, ProcessData, Serial, User, WipItem, WipProcessHistory
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.domain.station import (
    SERIAL_PROCESSES,
    RecordRow,
    StationCounters,
    StationSnapshot,
)

RECENT = 20


def _defect_codes(defects: object) -> tuple[str, ...]:
    if not isinstance(defects, list):
        return ()
    return tuple(str(d.get("code")) for d in defects if isinstance(d, dict))


def snapshot(
    s: Session, pid: int, process_id: str, since: dt.datetime, limit: int = RECENT
) -> StationSnapshot:
    if process_id in SERIAL_PROCESSES:
        return _serial_snapshot(s, pid, since, limit)
    return _wip_snapshot(s, pid, since, limit)


def _wip_snapshot(s: Session, pid: int, since: dt.datetime, limit: int) -> StationSnapshot:
    h = WipProcessHistory
    by_result: dict[Any, int] = dict(
        s.execute(
            select(h.result, func.count())
            .where(h.process_id == pid, h.completed_at >= since)
            .group_by(h.result)
        ).all()
    )
    started = (
        s.scalar(
            select(func.count()).select_from(h).where(h.process_id == pid, h.started_at >= since)
        )
        or 0
    )
    started += (
        s.scalar(select(func.count()).select_from(WipItem).where(WipItem.current_process_id == pid))
        or 0
    )
    rows = s.execute(
        select(
            h.completed_at,
            WipItem.wip_id,
            Lot.lot_number,
            h.result,
            User.username,
            h.duration_seconds,
            h.defects,
        )
        .join(WipItem, WipItem.id == h.wip_item_id)
        .join(Lot, Lot.id == WipItem.lot_id)
        .join(User, User.id == h.operator_id)
        .where(h.process_id == pid)
        .order_by(h.completed_at.desc(), h.id.desc())
        .limit(limit)
    ).all()
    records = tuple(
        RecordRow(r[0], r[1], r[2], r[3], r[4], r[5], _defect_codes(r[6])) for r in rows
    )
    return StationSnapshot(_counters(started, by_result), records)


def _serial_snapshot(s: Session, pid: int, since: dt.datetime, limit: int) -> StationSnapshot:
    p = ProcessData
    by_result: dict[Any, int] = dict(
        s.execute(
            select(p.result, func.count())
            .where(p.process_id == pid, p.complete_time >= since, p.result.is_not(None))
            .group_by(p.result)
        ).all()
    )
    started = (
        s.scalar(
            select(func.count()).select_from(p).where(p.process_id == pid, p.start_time >= since)
        )
        or 0
    )
    rows = s.execute(
        select(
            p.complete_time,
            Serial.serial_number,
            Lot.lot_number,
            p.result,
            User.username,
            p.duration_seconds,
            p.process_specific_data,
        )
        .join(Serial, Serial.id == p.serial_id)
        .join(Lot, Lot.id == p.lot_id)
        .join(User, User.id == p.operator_id)
        .where(p.process_id == pid, p.result.is_not(None))
        .order_by(p.complete_time.desc(), p.id.desc())
        .limit(limit)
    ).all()
    records = tuple(
        RecordRow(r[0], r[1], r[2], r[3], r[4], r[5], _defect_codes((r[6] or {}).get("defects")))
        for r in rows
    )
    return StationSnapshot(_counters(started, by_result), records)


def _counters(started: int, by_result: Mapping[Any, int]) -> StationCounters:
    return StationCounters(
        started,
        by_result.get(StepResult.PASS, 0),
        by_result.get(StepResult.FAIL, 0),
        by_result.get(StepResult.REWORK, 0),
    )
