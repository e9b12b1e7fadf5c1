"""B3's floor: the PostgreSQL CPU of one WIP step with nothing but the migration plan's rules.

Issue 19 asks for ≤ 1.5 ms of PostgreSQL CPU per step (start + complete).  This measures,
in the same server and run as B3, what the schema itself costs per step, so that the report
can say how much of B3's figure is the station path, how much the plan's triggers, indexes
and audit (revisions 002..006: every one of them is the customer's), and how much the
concurrency of eight clients on two shared cores:

* ``plan_rules``: the schema owner's raw SQL, prepared once — ``UPDATE wip_items SET
  current_process_id`` (the start) and ``INSERT INTO wip_process_history`` (the complete),
  each one autocommitted statement (as a station's call), every trigger on, the same
  measurements JSON a station stored.
  The owner is no person, so the parts that only a person's write runs (the re-judged
  measurements, the actor's name and clock) are skipped: a lower bound of what any client
  or function design could cost the server.
* ``station``: the same steps for other WIPs through the real StationService on the worker's
  own login (``nh_start`` / ``nh_complete``), one client.
* ``station_line``: B3's step mix with one client — a LOT's 100 units through all eight steps
  as B3's stations work them (PROC-001 issue + mark, PROC-002..006 start + complete, PROC-007
  conversion + label, PROC-008 start + complete), per step recorded (8 per unit, as B3
  counts them).
* ``plan_rules_8``: ``plan_rules`` from eight owner connections at once (threads; psycopg2
  waits without the GIL), each on a LOT of its own.

Each is PROC-002..006 for the 100 WIPs of a LOT (issued and marked through the service
first); CPU = /proc of the server's processes (bench.common.server_cpu) over those steps.
Medians over the LOTs.  So B3's figure at N=8 splits into the schema (``plan_rules``), the
station functions on top (``station``), the step mix (``station_line``) and what eight
clients at once on the server's cores add (B3 N8 over ``station_line``).
"""

from __future__ import annotations

import statistics
import threading
from typing import Any

import psycopg2
import psycopg2.extras

from bench.b2_station import WIP_STEPS, _stations
from bench.common import BenchServer, postmaster_pid, server_cpu
from bench.line import GOOD_VALUES, Line, add_lots, open_line
from neurohub_desktop.db import migrate
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.domain.station import StepResult

#: owners working at once in the concurrent floor (B3 N=8)
CONCURRENT = 8
_START = "UPDATE wip_items SET current_process_id = $1 WHERE id = $2"
_COMPLETE = (
    "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, result, "
    "measurements, defects) VALUES ($1, $2, $3, 'PASS', $4, CAST('[]' AS jsonb))"
)


def _marked_lot(line: Line, st: dict[str, Any]) -> list[str]:
    """A new LOT's 100 WIPs, issued and their mark confirmed (PASS at PROC-001)."""
    user, issue = line.worker.user, st["PROC-001"]
    lot = add_lots(line, 1)[0]
    wips = []
    for _ in range(100):
        wip = issue.issue_next_wip(user, lot).wip_id
        issue.confirm_mark(user, wip, wip)
        wips.append(wip)
    return wips


def _wip_steps(line: Line, st: dict[str, Any], wips: list[str]) -> None:
    """PROC-002..006 (start + complete, PASS) for ``wips`` through the stations' services."""
    user = line.worker.user
    for proc in WIP_STEPS:
        for wip in wips:
            st[proc].start_step(user, wip)
            st[proc].complete_step(user, wip, StepResult.PASS, GOOD_VALUES[proc])


def _line_lot(line: Line, st: dict[str, Any]) -> int:
    """A new LOT's 100 units through all eight steps as B3's stations work them, one unit
    after another at each step; the steps recorded (8 per unit)."""
    user = line.worker.user
    wips = _marked_lot(line, st)
    _wip_steps(line, st, wips)
    serials = []
    for wip in wips:
        conv = st["PROC-007"].convert(user, wip)
        st["PROC-007"].verify_label(user, conv.serial_number, conv.serial_number)
        serials.append(conv.serial_number)
    for serial in serials:
        st["PROC-008"].start_step(user, serial)
        st["PROC-008"].complete_step(user, serial, StepResult.PASS, GOOD_VALUES["PROC-008"])
    return len(wips) * len(GOOD_VALUES)


def _owner(url: Any) -> Any:
    """An autocommit owner connection with the two statements prepared."""
    conn = psycopg2.connect(libpq_dsn(url))
    conn.autocommit = True  # one statement, one transaction, no BEGIN / COMMIT sent
    with conn.cursor() as cur:
        cur.execute(f"PREPARE floor_start(bigint, bigint) AS {_START}")
        cur.execute(f"PREPARE floor_complete(bigint, bigint, bigint, jsonb) AS {_COMPLETE}")
    return conn


def _raw_steps(
    conn: Any, proc_ids: dict[str, int], operator: int, stored: dict[str, Any], wips: list[int]
) -> None:
    """PROC-002..006 for ``wips`` (wip_items.id) as the owner's raw, prepared SQL."""
    with conn.cursor() as cur:
        for proc in WIP_STEPS:
            for wip in wips:
                cur.execute("EXECUTE floor_start(%s, %s)", (proc_ids[proc], wip))
                cur.execute(
                    "EXECUTE floor_complete(%s, %s, %s, %s)",
                    (wip, proc_ids[proc], operator, stored[proc]),
                )


def measure(srv: BenchServer, *, quick: bool) -> dict[str, Any]:
    name = "b3_floor"
    url = srv.new_database(name)
    migrate.upgrade(url, "head")
    line = open_line(url, lots=0)
    samples: dict[str, list[float]] = {
        "plan_rules": [],
        "station": [],
        "station_line": [],
        "plan_rules_8": [],
    }
    try:
        st = _stations(line)
        postmaster = postmaster_pid(url)
        proc_ids = dict(srv.fetch(url, "SELECT process_id, id FROM processes"))

        def ids_of(wips: list[str]) -> list[int]:
            found = dict(
                srv.fetch(url, "SELECT wip_id, id FROM wip_items WHERE wip_id = ANY(%s)", (wips,))
            )
            return [found[w] for w in wips]

        def per_step(cpu0: float, steps: int) -> float:
            return (server_cpu(postmaster) - cpu0) * 1000 / steps

        # the raw rows carry what a station stores (the same JSON in the row and its audit)
        stored: dict[str, Any] = {}
        for _ in range(1 if quick else 3):
            wips = _marked_lot(line, st)
            cpu0 = server_cpu(postmaster)
            _wip_steps(line, st, wips)
            samples["station"].append(per_step(cpu0, len(wips) * len(WIP_STEPS)))
            cpu0 = server_cpu(postmaster)
            samples["station_line"].append(per_step(cpu0, _line_lot(line, st)))
            if not stored:
                stored = {
                    p: psycopg2.extras.Json(m)
                    for p, m in srv.fetch(
                        url,
                        "SELECT DISTINCT ON (p.process_id) p.process_id, h.measurements "
                        "FROM wip_process_history h JOIN processes p ON p.id = h.process_id "
                        "ORDER BY p.process_id, h.id DESC",
                    )
                }
            ids = ids_of(_marked_lot(line, st))
            conn = _owner(url)  # open while the CPU is read: a backend that exits in
            try:  # between is counted only once the postmaster has reaped it
                cpu0 = server_cpu(postmaster)
                _raw_steps(conn, proc_ids, line.worker.id, stored, ids)
                samples["plan_rules"].append(per_step(cpu0, len(ids) * len(WIP_STEPS)))
            finally:
                conn.close()
        # eight owners at once, each on a LOT of its own (B3 N=8's concurrency, no client)
        lots = [ids_of(_marked_lot(line, st)) for _ in range(CONCURRENT)]
        conns = [_owner(url) for _ in lots]
        failed: list[BaseException] = []

        def owner_steps(conn: Any, ids: list[int]) -> None:
            try:
                _raw_steps(conn, proc_ids, line.worker.id, stored, ids)
            except BaseException as exc:  # noqa: BLE001 - raised again below, not lost
                failed.append(exc)

        try:
            threads = [
                threading.Thread(target=owner_steps, args=(conn, ids))
                for conn, ids in zip(conns, lots, strict=True)
            ]
            cpu0 = server_cpu(postmaster)
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if failed:  # a figure over steps that did not all run would be wrong
                raise failed[0]
            samples["plan_rules_8"].append(per_step(cpu0, sum(map(len, lots)) * len(WIP_STEPS)))
        finally:
            for conn in conns:
                conn.close()
    finally:
        line.close()
        srv.drop_database(name, roles=True)
    rules = statistics.median(samples["plan_rules"])
    station = statistics.median(samples["station"])
    mix = statistics.median(samples["station_line"])
    return {
        "plan_rules_server_cpu_ms_per_step": round(rules, 3),
        "station_server_cpu_ms_per_step": round(station, 3),
        "station_over_plan_rules": round(station / rules, 2) if rules else None,
        "station_line_server_cpu_ms_per_step": round(mix, 3),
        "station_line_over_station": round(mix / station, 2) if station else None,
        "plan_rules_8_clients_server_cpu_ms_per_step": round(samples["plan_rules_8"][0], 3),
        "lots_each": len(samples["station"]),
        "samples_ms": {k: [round(x, 3) for x in v] for k, v in samples.items()},
    }
