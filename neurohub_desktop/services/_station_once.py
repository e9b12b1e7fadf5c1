"""Did this station write already land?  The look-ups behind exactly-once station writes.

``services.resilience.run_write`` calls a *resolver* after a COMMIT whose outcome is unknown;
``StationService`` also calls :func:`recorded` first inside every ``complete_step``
transaction, so resubmitting an unsent record with the same key returns the record that is
already there instead of writing a second one.  A step record carries the key in its JSONB
(``measurements`` for WIP history, ``process_specific_data`` for serial records); the other
writes are recognised by the state they leave behind.
"""
from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from neurohub_desktop.db.models import ProcessData, Serial, WipItem
from neurohub_desktop.domain.ids import ScanKind, parse_scan
from neurohub_desktop.domain.station import (
    CONVERT_PROCESS,
    ISSUE_PROCESS,
    WIP_PROCESSES,
    Conversion,
    StepRecorded,
    StepResult,
    UnitView,
)
from neurohub_desktop.services._station_read import UnitLoader
from neurohub_desktop.services._tx import read_session, set_actor_with_then
from neurohub_desktop.services.resilience import SUBMISSION_KEY, new_submission_id, run_write

F = TypeVar("F", bound=Callable[..., Any])
#: what a finder gets: the service method's arguments by name ("self", "actor", "unit_id" …)
Call = dict[str, Any]
Finder = Callable[[UnitLoader, Call], Any]

#: an issued-but-unmarked WIP this recent, by this operator at this station, is "the" issue
ISSUE_WINDOW = dt.timedelta(minutes=10)


def exactly_once(find: Finder) -> Callable[[F], F]:
    """Run a ``StationService`` write through ``resilience.run_write``; after an unknown
    commit ``find(loader, call)`` decides from the database.  A method with a
    ``submission_id`` parameter gets a fresh key when the caller gave none."""

    def decorate(fn: F) -> F:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            if "submission_id" in bound.arguments and not bound.arguments["submission_id"]:
                bound.arguments["submission_id"] = new_submission_id()
            call = dict(bound.arguments)
            service = call["self"]

            def resolve() -> Any:
                with read_session(service._sessions) as s:
                    return find(service._loader(s), call)

            return run_write(lambda: fn(*bound.args, **bound.kwargs), resolve=resolve)

        return wrapper  # type: ignore[return-value]

    return decorate


def find_recorded(loader: UnitLoader, call: Call) -> StepRecorded | None:
    return recorded(loader, call["unit_id"], call["self"].process_id, call["submission_id"])


def find_started(loader: UnitLoader, call: Call) -> UnitView | None:
    """``start_step`` happened: the unit is in progress at this station's process."""
    view = loader.view_scan(parse_scan(call["unit_id"]))
    return view if view.in_progress_here else None


def find_cancelled(loader: UnitLoader, call: Call) -> UnitView | None:
    """``cancel_step`` happened (or nothing is left to cancel)."""
    view = loader.view_scan(parse_scan(call["unit_id"]))
    return None if view.in_progress_here else view


def find_converted(loader: UnitLoader, call: Call) -> Conversion | None:
    return converted(loader, call["wip_id"])


def find_issued(loader: UnitLoader, call: Call) -> UnitView | None:
    return issued(loader, call["lot_number"], call["actor"].id, call["self"].station)


def _recorded_sql(unit_id: str, process_id: str, key: str) -> tuple[str, dict[str, Any], str]:
    """The step record of ``unit_id`` at ``process_id`` stored with submission ``key``: SQL
    (``id, result``), its parameters, and the table it reads."""
    scanned = parse_scan(unit_id)
    params = {"once_unit": scanned.text, "once_proc": process_id, "once_field": SUBMISSION_KEY,
              "once_key": key}
    pid = "(SELECT p.id FROM processes p WHERE p.process_id = :once_proc)"
    if process_id in WIP_PROCESSES:
        return ("SELECT h.id, h.result FROM wip_process_history h "
                "JOIN wip_items w ON w.id = h.wip_item_id "
                f"WHERE w.wip_id = :once_unit AND h.process_id = {pid} "
                "AND h.measurements ->> :once_field = :once_key"), params, "wip_process_history"
    serial_ids = ("SELECT wi.serial_id FROM wip_items wi WHERE wi.wip_id = :once_unit"
                  if scanned.kind is ScanKind.WIP else
                  "SELECT x.id FROM serials x WHERE x.serial_number = :once_unit")
    return ("SELECT d.id, d.result FROM process_data d "
            f"WHERE d.serial_id IN ({serial_ids}) AND d.process_id = {pid} "
            "AND d.process_specific_data ->> :once_field = :once_key"), params, "process_data"


def _recorded_result(loader: UnitLoader, unit_id: str, found: Sequence[Any] | None,
                     table: str) -> StepRecorded | None:
    if found is None or found[1] is None:
        return None
    return StepRecorded(loader.view_scan(parse_scan(unit_id)), StepResult(found[1]),
                        int(found[0]), table)


def recorded(loader: UnitLoader, unit_id: str, process_id: str,
             key: str) -> StepRecorded | None:
    """The step record of ``unit_id`` at ``process_id`` stored with submission ``key``."""
    sql, params, table = _recorded_sql(unit_id, process_id, key)
    return _recorded_result(loader, unit_id, loader.s.execute(text(sql), params).first(), table)


def recorded_first(s: Session, user_id: int, station: str, unit_id: str, process_id: str,
                   key: str, lock: str | None = None
                   ) -> tuple[Callable[[UnitLoader], StepRecorded | None], bool | None]:
    """``recorded`` as the transaction's first statement, naming the actor in it
    (``_tx.set_actor_with_then``); the view of a found record is built by the returned call.
    ``lock`` (a ``_station_claim`` lock statement, ``:key`` = the scanned text) runs in the
    same statement only when no record was found: whether it locked a row (None: not run)."""
    sql, params, table = _recorded_sql(unit_id, process_id, key)
    found, locked = set_actor_with_then(s, user_id, station, sql,
                                        {**params, "key": parse_scan(unit_id).text}, lock)
    claimed = None if lock is None or found is not None else locked is not None
    return (lambda loader: _recorded_result(loader, unit_id, found, table)), claimed


def converted(loader: UnitLoader, wip_id: str) -> Conversion | None:
    """``convert`` happened: the WIP is CONVERTED and its serial has a PROC-007 record."""
    s = loader.s
    wip = s.scalars(select(WipItem).where(WipItem.wip_id == parse_scan(wip_id).text)).first()
    if wip is None or wip.status != "CONVERTED" or wip.serial_id is None:
        return None
    serial = s.get(Serial, wip.serial_id)
    record_id = s.scalar(select(func.max(ProcessData.id)).where(
        ProcessData.serial_id == wip.serial_id,
        ProcessData.process_id == loader.pid(CONVERT_PROCESS)))
    if serial is None or record_id is None:
        return None
    return Conversion(loader.serial_view(serial), wip.wip_id, serial.serial_number,
                      int(record_id))


def issued(loader: UnitLoader, lot_number: str, user_pk: int,
           station: str) -> UnitView | None:
    """``issue_next_wip`` happened: the LOT's newest WIP that this operator issued at this
    station within ``ISSUE_WINDOW`` is still at its marking step with no attempt recorded
    (the audit row of its INSERT names user and station)."""
    row = loader.s.execute(text(
        "SELECT w.id FROM wip_items w JOIN lots l ON l.id = w.lot_id "
        "WHERE l.lot_number = :lot AND w.current_process_id = :pid "
        "  AND w.created_at > now() - make_interval(secs => :window) "
        "  AND NOT EXISTS (SELECT 1 FROM wip_process_history h WHERE h.wip_item_id = w.id) "
        "  AND EXISTS (SELECT 1 FROM audit_logs a WHERE a.table_name = 'wip_items' "
        "              AND a.record_id = w.id AND a.action = 'INSERT' "
        "              AND a.user_id = :uid AND a.station = :station) "
        "ORDER BY w.id DESC LIMIT 1"),
        {"lot": parse_scan(lot_number).text, "pid": loader.pid(ISSUE_PROCESS),
         "window": ISSUE_WINDOW.total_seconds(), "uid": user_pk, "station": station}).first()
    if row is None:
        return None
    wip = loader.s.get(WipItem, row[0])
    return loader.wip_view(wip) if wip is not None else None


def printed(s: Session, serial_number: str, key: str) -> bool:
    """A print entry with submission ``key`` is in the serial's PROC-007 record."""
    return bool(s.scalar(text(
        "SELECT EXISTS (SELECT 1 FROM process_data d JOIN serials x ON x.id = d.serial_id "
        "JOIN processes p ON p.id = d.process_id, "
        "     jsonb_array_elements(coalesce(d.process_specific_data->'prints', '[]')) e "
        "WHERE x.serial_number = :serial AND p.process_id = :proc "
        "  AND e->>'submission_id' = :key)"),
        {"serial": serial_number, "proc": CONVERT_PROCESS, "key": key}))
