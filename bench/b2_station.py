"""B2 — one station at a time: the latency of each operator action through the service layer,
as the operator's own PostgreSQL login (issue 12).

The worker and the manager are real accounts (``nh_create_user`` by the schema owner) and
log in as a station logs them in (bench/line.py ``login``): every action below runs on that
person's own connection, through the real StationService / LotsService, so the database
authenticates who acts and every write is one SECURITY DEFINER function call.

Units go through the whole line LOT by LOT, step by step (as a trolley would): PROC-001 issue +
mark confirm, PROC-002..006 resolve scan → start → complete with measurements, PROC-007
resolve → conversion → label verified, PROC-008 resolve → start → complete.
``start_plus_complete`` is, per unit and WIP step (PROC-002..006), its start plus its
complete: what one step costs the operator (the figure the replaced system took 37 ms for).

Statements per action are counted on the worker's engines (every cursor execute,
``db.engine.sent_statements``, plus every pool pre-ping of the read engine: bench/line.py
``StatementCounter``).

Baselines, same run, same database, each one autocommitted statement — one round trip, its
commit (and WAL flush) included, the shape of every station action:
* ``bare_insert`` (the schema owner: an operator can INSERT into no table): INSERT of a
  copy of a history row the run wrote, with the table's user triggers disabled (ALTER
  TABLE … DISABLE TRIGGER USER: the rules and the audit are off, the FK and CHECK
  constraints and the indexes stay) — the cost floor of "a row was recorded"; taken after
  each LOT (a tenth each time), so that it sees the same minutes of this machine as the
  actions it is the denominator of;
* ``insert_with_rules`` (the schema owner): the same INSERT with every trigger on (BR rules
  + BR-006 audit), for WIPs the worker issued (in progress at PROC-001) — what the rules
  cost, without the function and the service layer;
* ``round_trip`` (the worker's own writer, as a write runs: checked out of the autocommit
  pool, no pre-ping): ``SELECT 1`` — the floor of any one-statement action;
* ``function_per_transaction`` / ``function_in_one_transaction``: PROC-001's
  ``nh_complete`` from psycopg2 on the worker's login, once per transaction and 50 in one.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg2
import psycopg2.extras
from sqlalchemy import text

from bench.common import BenchServer, Stats, timed
from bench.line import GOOD_VALUES, PASSWORD, Line, StatementCounter, add_lots, open_line
from neurohub_desktop.db import migrate
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.logs import setup_logging
from neurohub_desktop.services.station import StationService

WIP_STEPS = ("PROC-002", "PROC-003", "PROC-004", "PROC-005", "PROC-006")
ACTIONS = (
    "resolve_scan",
    "issue_wip",
    "confirm_mark",
    "start_step",
    "complete_step",
    "convert_proc007",
    "verify_label_proc007",
    "start_step_proc008",
    "complete_proc008",
)
#: the station actions that write (issue 12: one round trip each)
WRITES = tuple(a for a in ACTIONS if a != "resolve_scan")
HISTORY_COLS = (
    "wip_item_id, process_id, operator_id, equipment_id, result, measurements, "
    "defects, notes, started_at, completed_at, duration_seconds"
)
#: PL/pgSQL and SQL functions (station functions, rule and audit triggers, helpers) by the
#: server's time in them (``track_functions = all`` on the worker's login): the top ones
FUNCTION_STATS = """
SELECT funcname, calls, total_time, self_time FROM pg_stat_user_functions
WHERE calls > 0 ORDER BY self_time DESC LIMIT 15
"""
#: issue 12's targets
COMPLETE_MEDIAN_MS = 2.5
COMPLETE_RATIO = 3.0
START_COMPLETE_MEDIAN_MS = 4.0
STATEMENTS = 2
#: B2 as last measured before issue 12 (bench/results.json of commit 6eb5975)
PREVIOUS = {
    "when": "2026-11-28",
    "machine": "2 cores, Intel(R) Xeon(R) Processor",
    "complete_ms": 4.89,
    "ratio": 8.72,
    "bare_ms": 0.56,
    "start_ms": 4.02,
}
#: issue 8's target, kept
COMPLETE_P95_MS = 10.0


class ServerLog:
    """The server's own log, read between two points: what the server received from the
    worker's login (``log_min_duration_statement = 0`` set on that role only), one line per
    statement with the time the server spent on it."""

    LINE = re.compile(r"duration: ([0-9.]+) ms\s+(?:statement|execute [^:]*): (.*)")

    def __init__(self, path: Path) -> None:
        self.path = path

    def mark(self) -> int:
        return self.path.stat().st_size

    def since(self, pos: int) -> list[tuple[float, str]]:
        with self.path.open("rb") as f:
            f.seek(pos)
            text_ = f.read().decode("utf-8", "replace")
        return [(float(m.group(1)), m.group(2)) for m in self.LINE.finditer(text_)]


class _Timer:
    def __init__(self, counter: StatementCounter, wire: ServerLog | None = None) -> None:
        self.stats = {a: Stats(a) for a in ACTIONS}
        self.statements: dict[str, list[int]] = {a: [] for a in ACTIONS}
        self.transactions: dict[str, list[int]] = {a: [] for a in ACTIONS}
        self.pair = Stats("start_plus_complete")
        self.counter = counter
        self.last_ms = 0.0
        self.wire = wire
        #: per action: statements the server received, the server's time on them all, and
        #: on the nh_* function call alone; the distinct statement shapes seen
        self.wire_count: dict[str, list[int]] = {a: [] for a in ACTIONS}
        self.wire_ms: dict[str, list[float]] = {a: [] for a in ACTIONS}
        self.function_ms: dict[str, list[float]] = {a: [] for a in ACTIONS}
        self.shapes: dict[str, dict[str, int]] = {a: {} for a in ACTIONS}

    def __call__(self, action: str, fn: Any, *args: Any) -> Any:
        pos = self.wire.mark() if self.wire else 0
        with self.counter.measure(self.statements[action], self.transactions[action]):
            ms, out = timed(lambda: fn(*args))
        self.stats[action].samples_ms.append(ms)
        self.last_ms = ms
        if self.wire:
            seen = self.wire.since(pos)
            self.wire_count[action].append(len(seen))
            self.wire_ms[action].append(sum(d for d, _ in seen))
            self.function_ms[action] += [d for d, q in seen if q.startswith("SELECT nh_")]
            for _, q in seen:
                shape = re.sub(r"\(.*", "(…)", q)[:60]
                self.shapes[action][shape] = self.shapes[action].get(shape, 0) + 1
        return out


def _stations(line: Line) -> dict[str, StationService]:
    """One service per step, kept for the whole run (a station builds its service once
    after login and keeps it: its process list is re-read every PROCESS_CACHE_SECONDS)."""
    return {
        p: StationService(line.worker.sessions, station=f"B2-{p[-1]}", process_id=p)
        for p in GOOD_VALUES
    }


def _work_lot(line: Line, st: dict[str, StationService], lot: str, t: _Timer) -> None:
    w = line.worker.user
    wips = []
    for _ in range(100):
        wip = t("issue_wip", st["PROC-001"].issue_next_wip, w, lot).wip_id
        t("confirm_mark", st["PROC-001"].confirm_mark, w, wip, wip)
        wips.append(wip)
    for proc in WIP_STEPS:
        for wip in wips:
            view = t("resolve_scan", st[proc].resolve_scan, wip)
            assert view.can_start_here, (wip, proc, view.reason)
            t("start_step", st[proc].start_step, w, wip)
            started_ms = t.last_ms
            t("complete_step", st[proc].complete_step, w, wip, StepResult.PASS, GOOD_VALUES[proc])
            t.pair.samples_ms.append(started_ms + t.last_ms)
    serials = []
    for wip in wips:
        t("resolve_scan", st["PROC-007"].resolve_scan, wip)
        conv = t("convert_proc007", st["PROC-007"].convert, w, wip)
        t(
            "verify_label_proc007",
            st["PROC-007"].verify_label,
            w,
            conv.serial_number,
            conv.serial_number,
        )
        serials.append(conv.serial_number)
    for serial in serials:
        t("resolve_scan", st["PROC-008"].resolve_scan, serial)
        t("start_step_proc008", st["PROC-008"].start_step, w, serial)
        done = t(
            "complete_proc008",
            st["PROC-008"].complete_step,
            w,
            serial,
            StepResult.PASS,
            GOOD_VALUES["PROC-008"],
        )
        assert done.unit.status == "PASSED", done.unit.status


def _bare_inserts(line: Line, n: int, stats: Stats | None = None) -> Stats:
    """Copies of history rows the run wrote, triggers off (the schema owner); removed again
    afterwards.  ``stats``: add the samples to these (the run takes them a LOT at a time,
    between its LOTs, so that the baseline sees the machine the actions saw)."""
    stats = stats if stats is not None else Stats("bare_insert")
    conn = psycopg2.connect(libpq_dsn(line.url))
    try:
        with conn.cursor() as cur:
            cur.execute("ALTER TABLE wip_process_history DISABLE TRIGGER USER")
            conn.commit()
            cur.execute(
                f"SELECT {HISTORY_COLS} FROM wip_process_history ORDER BY id LIMIT %s", (n,)
            )
            rows = cur.fetchall()
            cur.execute("SELECT max(id) FROM wip_process_history")
            last = cur.fetchone()[0]
            conn.commit()
            conn.autocommit = True  # one statement, one round trip: no BEGIN, no COMMIT sent
            sql = (
                f"INSERT INTO wip_process_history ({HISTORY_COLS}) VALUES "
                f"(%s, %s, %s, %s, %s, %s::jsonb, %s::jsonb, %s, %s, %s, %s)"
            )
            for row in rows:
                vals = [psycopg2.extras.Json(v) if isinstance(v, dict | list) else v for v in row]
                t0 = time.perf_counter()
                cur.execute(sql, vals)
                stats.samples_ms.append((time.perf_counter() - t0) * 1000)
            cur.execute("DELETE FROM wip_process_history WHERE id > %s", (last,))
            cur.execute("ALTER TABLE wip_process_history ENABLE TRIGGER USER")
    finally:
        conn.close()
    return stats


def _inserts_with_rules(line: Line, n_lots: int) -> Stats:
    """WIPs issued (in progress at PROC-001) by the worker through the service; their
    history row inserted raw by the schema owner, every trigger on."""
    stats = Stats("insert_with_rules")
    issue = StationService(line.worker.sessions, station="B2-1", process_id="PROC-001")
    wips = []
    for lot in add_lots(line, n_lots):
        for _ in range(100):
            view = issue.issue_next_wip(line.worker.user, lot)
            wips.append(view.wip_item_id)
    conn = psycopg2.connect(libpq_dsn(line.url))
    measurements = psycopg2.extras.Json(
        {
            "items": [
                {
                    "code": "MARK_READABLE",
                    "value": True,
                    "unit": None,
                    "lsl": None,
                    "usl": None,
                    "result": "PASS",
                }
            ]
        }
    )
    conn.autocommit = True  # as the bare insert: one statement, one round trip
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id FROM processes WHERE process_id = 'PROC-001'")
            proc = cur.fetchone()[0]
            for wip in wips:
                t0 = time.perf_counter()
                cur.execute(
                    "INSERT INTO wip_process_history (wip_item_id, process_id, "
                    "operator_id, result, measurements, defects) "
                    "VALUES (%s, %s, %s, 'PASS', %s, '[]'::jsonb)",
                    (wip, proc, line.worker.id, measurements),
                )
                stats.samples_ms.append((time.perf_counter() - t0) * 1000)
    finally:
        conn.close()
    return stats


def _function_alone(line: Line) -> tuple[Stats, Stats]:
    """``SELECT nh_complete(…)`` for PROC-001 straight from psycopg2 on the worker's own login
    (no service, no SQLAlchemy): once per transaction as a station sends it, and 50 calls
    in one transaction — the difference is what a new transaction costs the function
    stack (PL/pgSQL sets its expressions up again in every transaction)."""
    issue = StationService(line.worker.sessions, station="B2-1", process_id="PROC-001")
    wips = [
        issue.issue_next_wip(line.worker.user, lot).wip_id
        for lot in add_lots(line, 1)
        for _ in range(100)
    ]
    measurements = json.dumps(
        {
            "criteria_version": 1,
            "items": [
                {
                    "code": "MARK_READABLE",
                    "value": True,
                    "unit": None,
                    "lsl": None,
                    "usl": None,
                    "result": "PASS",
                }
            ],
        }
    )
    sql = (
        "SELECT nh_complete(%s, 'PROC-001', 'PASS', CAST(%s AS jsonb), "
        "CAST('[]' AS jsonb), NULL, %s, 'B2-1', NULL)"
    )
    alone, together = Stats("function_per_transaction"), Stats("function_in_one_transaction")
    conn = psycopg2.connect(libpq_dsn(line.worker.writer.url.set(password=PASSWORD)))
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for i, wip in enumerate(wips):
                if i == 50:
                    cur.execute("BEGIN")
                t0 = time.perf_counter()
                cur.execute(sql, (wip, measurements, f"b2-alone-{wip}"))
                cur.fetchone()
                (alone if i < 50 else together).samples_ms.append((time.perf_counter() - t0) * 1000)
            cur.execute("COMMIT")
    finally:
        conn.close()
    return alone, together


def _round_trips(line: Line, n: int) -> Stats:
    """``SELECT 1`` on the worker's writer exactly as ``services.uow.call`` runs a write
    (checkout from the autocommit writer, which sends no pre-ping; one statement; close)."""
    stats = Stats("round_trip")
    for _ in range(n):
        t0 = time.perf_counter()
        with line.worker.writer.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()
        stats.samples_ms.append((time.perf_counter() - t0) * 1000)
    return stats


def _drop_file_logging() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def _wire_check(srv: BenchServer, line: Line, lots: int) -> dict[str, Any]:
    """``lots`` more LOTs worked as in the main run with the server logging every statement
    the worker's login sends (``log_min_duration_statement = 0`` on that role): what
    reaches the server per action — including what the driver sends by itself, which no
    SQLAlchemy event sees — and the server's own time on the station function."""
    role = line.worker.engine.url.username
    srv.psql(
        srv.admin,
        f'ALTER ROLE "{role}" SET log_min_duration_statement = 0;'
        f"ALTER ROLE \"{role}\" SET track_functions = 'all';",
    )
    line.worker.engine.dispose()  # the next connections take the settings
    line.worker.writer.dispose()
    try:
        timer = _Timer(
            StatementCounter(line.worker.engine, line.worker.writer),
            ServerLog(srv.server.pgdata / "log"),
        )
        stations = _stations(line)
        new_lots = add_lots(line, lots)
        srv.fetch(line.url, "SELECT pg_stat_reset()")  # only the worker's calls from here
        for lot in new_lots:
            _work_lot(line, stations, lot, timer)
        line.worker.engine.dispose()  # the backends flush their function statistics
        line.worker.writer.dispose()
        time.sleep(1.0)
        functions = srv.fetch(line.url, FUNCTION_STATS)
    finally:
        srv.psql(
            srv.admin,
            f'ALTER ROLE "{role}" RESET log_min_duration_statement;'
            f'ALTER ROLE "{role}" RESET track_functions;',
        )
        line.worker.engine.dispose()
        line.worker.writer.dispose()
    out: dict[str, Any] = {}
    for a in ACTIONS:
        counts, fn = timer.wire_count[a], timer.function_ms[a]
        if not counts:
            continue
        out[a] = {
            # medians over the action's calls
            "statements_on_the_wire": statistics.median(counts),
            "statements_counted_by_the_client": statistics.median(timer.statements[a]),
            "server_ms_function": round(statistics.median(fn), 3) if fn else None,
            "server_ms_all_statements": round(statistics.median(timer.wire_ms[a]), 3),
            "client_ms_with_logging": round(statistics.median(timer.stats[a].samples_ms), 3),
        }
        if a in ("resolve_scan", "complete_step"):  # what a read and a write send
            out[a]["shapes"] = ", ".join(
                f"{k} ×{v / len(counts):.2g}"
                for k, v in sorted(timer.shapes[a].items(), key=lambda kv: -kv[1])
                if v / len(counts) >= 0.05
            )
    units = len(timer.wire_count["complete_step"]) // len(WIP_STEPS)
    out["server_functions_per_unit"] = {
        name: f"{calls / units:.3g} calls, self {self_ms / units:.3f} ms, "
        f"total {total_ms / units:.3f} ms"
        for name, calls, total_ms, self_ms in functions
    }
    out["server_functions_top15_self_ms_per_unit"] = round(sum(r[3] for r in functions) / units, 3)
    return out


def _fig(stats: Stats, base: float | None, **extra: Any) -> dict[str, Any]:
    return {**stats.summary(), "baseline_ms": base, **extra}


def run(srv: BenchServer, *, quick: bool) -> dict[str, Any]:
    units = 200 if quick else 1000
    url = srv.new_database("b2_station")
    migrate.upgrade(url, "head")
    line = open_line(url, lots=units // 100)
    logs = tempfile.TemporaryDirectory(prefix="nh-b2-logs-")
    setup_logging(Path(logs.name), station="B2")  # the app's action log, as a station writes it
    counter = StatementCounter(line.worker.engine, line.worker.writer)
    timer = _Timer(counter)
    try:
        with line.worker.engine.connect() as conn:  # who the database says is acting
            actor_role, actor_super = conn.execute(
                text(
                    "SELECT session_user, rolsuper OR rolbypassrls FROM pg_roles "
                    "WHERE rolname = session_user"
                )
            ).one()
        stations = _stations(line)
        bare, wall = Stats("bare_insert"), 0.0
        per_lot = (1000 if not quick else 300) // len(line.lots)
        for lot in line.lots:
            t0 = time.perf_counter()
            _work_lot(line, stations, lot, timer)
            wall += time.perf_counter() - t0
            _bare_inserts(line, per_lot, bare)  # interleaved: the same minutes as the actions
        raw = _inserts_with_rules(line, 2 if not quick else 1)
        trip = _round_trips(line, 1000 if not quick else 300)
        alone, together = _function_alone(line)
        wire = _wire_check(srv, line, 1)
    finally:
        line.close()
        srv.drop_database("b2_station", roles=True)
        _drop_file_logging()
        logs.cleanup()
    base = bare.summary()["median_ms"]
    results: dict[str, Any] = {
        "units": units,
        "wall_seconds": round(wall, 1),
        "worker_login_role": actor_role,
        "worker_is_superuser": actor_super,
        "manager_login_role": line.manager.engine.url.username,
    }
    for action, stats in timer.stats.items():
        stmts, txs = timer.statements[action], timer.transactions[action]
        fig = _fig(stats, base)
        fig["statements"] = round(statistics.mean(stmts), 2) if stmts else None
        fig["statements_median"] = statistics.median(stmts) if stmts else None
        fig["statements_max"] = max(stmts) if stmts else None
        fig["actions_over_2_statements"] = sum(1 for x in stmts if x > STATEMENTS)
        fig["transaction_ends"] = round(statistics.mean(txs), 2) if txs else None
        if action == "complete_step":
            fig.update(target_ms=COMPLETE_MEDIAN_MS, target_on="median", target_inclusive=True)
        results[action] = fig
    results["start_plus_complete"] = _fig(
        timer.pair,
        base,
        target_ms=START_COMPLETE_MEDIAN_MS,
        target_on="median",
        target_inclusive=True,
    )
    results["round_trip"] = _fig(trip, base)
    results["function_per_transaction"] = _fig(alone, base)
    results["function_in_one_transaction"] = _fig(together, base)
    results["insert_with_rules"] = _fig(raw, base)
    results["bare_insert"] = _fig(bare, base)
    cs = results["complete_step"]
    ratio = cs["median_ms"] / base
    results["complete_step_ratio"] = round(ratio, 2)
    per_action = {a: results[a]["statements_median"] for a in WRITES}
    means = {a: results[a]["statements"] for a in WRITES}
    worst = max(means, key=lambda a: means[a] or 0)
    results["statements_per_write_action"] = per_action
    results["wire"] = wire
    on_wire = {a: wire[a]["statements_on_the_wire"] for a in WRITES if a in wire}
    worst_wire = max(on_wire, key=lambda a: on_wire[a])
    results["_targets"] = [
        {
            "what": f"B2 complete-step median ≤ {COMPLETE_MEDIAN_MS} ms (issue 12)",
            "value": round(cs["median_ms"], 2),
            "limit": COMPLETE_MEDIAN_MS,
            "unit": "ms",
            "met": cs["median_ms"] <= COMPLETE_MEDIAN_MS,
        },
        {
            "what": f"B2 complete-step median / bare insert ≤ {COMPLETE_RATIO:g}× (issue 12)",
            "value": round(ratio, 2),
            "limit": COMPLETE_RATIO,
            "unit": "×",
            "met": ratio <= COMPLETE_RATIO,
        },
        {
            "what": f"B2 start + complete of one step, median ≤ {START_COMPLETE_MEDIAN_MS:g} ms "
            "(issue 12)",
            "value": round(results["start_plus_complete"]["median_ms"], 2),
            "limit": START_COMPLETE_MEDIAN_MS,
            "unit": "ms",
            "met": results["start_plus_complete"]["median_ms"] <= START_COMPLETE_MEDIAN_MS,
        },
        {
            "what": f"B2 statements per station write action ≤ {STATEMENTS} (median of each "
            "action, pre-ping counted; issue 12)",
            "worst": f"{worst}, mean {means[worst]}",
            "value": max(v or 0 for v in per_action.values()),
            "limit": STATEMENTS,
            "unit": "",
            "met": all(v is not None and v <= STATEMENTS for v in per_action.values()),
        },
        {
            "what": f"B2 statements per station write action ≤ {STATEMENTS} as the server "
            "receives them (server log, median of each action)",
            "worst": worst_wire,
            "value": on_wire[worst_wire],
            "limit": STATEMENTS,
            "unit": "",
            "met": all(v <= STATEMENTS for v in on_wire.values()),
        },
        {
            "what": f"B2 complete-step p95 < {COMPLETE_P95_MS:g} ms (issue 8)",
            "value": round(cs["p95_ms"], 2),
            "limit": COMPLETE_P95_MS,
            "unit": "ms",
            "met": cs["p95_ms"] < COMPLETE_P95_MS,
        },
    ]
    results["_notes"] = _notes(results, units)
    results["_connects_as"] = (
        f"every station and manager action as that person's own PostgreSQL login "
        f"(`{actor_role}`, `{results['manager_login_role']}`: accounts made by the schema "
        "owner with nh_create_user, logged in as the app logs a person in); the bare_insert "
        "and insert_with_rules baselines as the owner (an operator may not INSERT into a "
        "table or disable triggers)."
    )
    return results


def _notes(r: dict[str, Any], units: int) -> list[str]:
    cs, bare, raw, trip = (
        r["complete_step"],
        r["bare_insert"],
        r["insert_with_rules"],
        r["round_trip"],
    )
    pair = r["start_plus_complete"]
    notes = [
        f"{units} units through all 8 steps, one LOT after another, one client process, as "
        f"the worker's own PostgreSQL login ({r['worker_login_role']}; LOTs by "
        f"{r['manager_login_role']}), logged in as the app logs a person in (kiosk → SCRAM "
        "login → nh_session_start); the engines are the app's: reads on make_person_engine "
        "(pool, pre-ping, session limits), the station functions on the person's autocommit "
        "writer (no pre-ping: a pooled connection that died fails the call, which is safe to "
        "repeat and is retried on a fresh one).  Ratio = median / bare_insert median.",
        "'statements' = per action, mean over the run (statements_median, statements_max: "
        "the median and the worst single action): cursor executions (SQLAlchemy's and the "
        "station functions' direct calls) on the worker's engines plus the read engine's "
        "pool pre-pings (`SELECT 1` on checkout).  An action that also "
        f"re-reads the station's process list (kept {_cache_seconds():.0f} s: the first "
        "action of each service, then once a minute) sends more; "
        "actions_over_2_statements counts them.  transaction_ends = COMMIT/ROLLBACK round "
        "trips (a write runs in autocommit: none; a read is BEGIN … ROLLBACK).",
        f"Where complete-step time goes (medians): a bare insert, autocommitted (owner, "
        f"triggers off; one round trip, its commit included) {bare['median_ms']:.2f} ms; "
        f"with every rule and audit trigger "
        f"{raw['median_ms']:.2f} ms (owner, raw INSERT); an empty round trip on the worker's "
        f"writer (checkout, `SELECT 1`, check-in) "
        f"{trip['median_ms']:.2f} ms; complete_step {cs['median_ms']:.2f} ms "
        f"({cs['statements']:g} statements counted: "
        "one `SELECT nh_complete(…)` that authenticates the actor from "
        "session_user, claims the unit NOWAIT, looks up the submission id, judges the "
        "measurements again, inserts, and returns the unit's new view).",
        f"start + complete of one step (PROC-002..006, per unit): median "
        f"{pair['median_ms']:.2f} ms, p95 {pair['p95_ms']:.2f} ms; the system this replaces "
        "took 37 ms (median, one run on a 2-core machine like this one; issue 12).",
        f"Before issue 12 (last measured {PREVIOUS['when']}, {PREVIOUS['machine']}, "
        f"5 statements in two transactions): complete_step {PREVIOUS['complete_ms']} ms, "
        f"{PREVIOUS['ratio']}× the bare insert ({PREVIOUS['bare_ms']} ms); start_step "
        f"{PREVIOUS['start_ms']} ms.",
        "bare_insert and insert_with_rules run as the schema owner: no operator role may "
        "INSERT into a table or disable triggers (issue 12), and the baseline is the same "
        "row as before.  Everything a station does runs as the worker.",
    ]
    wire = r.get("wire", {}).get("complete_step")
    if wire:
        notes.append(
            f"On the wire (the server's log of what the worker's login sent, one more LOT "
            f"after the timed run): complete_step is {wire['statements_on_the_wire']:g} "
            f"statement(s) — {wire['shapes']} — where the client's cursors count "
            f"{wire['statements_counted_by_the_client']:g}.  The server's own time on "
            f"`nh_complete` is {wire['server_ms_function']:.2f} ms (median; all statements "
            f"{wire['server_ms_all_statements']:.2f} ms; "
            f"{wire['client_ms_with_logging']:.2f} ms at the client with the log on): the "
            f"other {wire['client_ms_with_logging'] - wire['server_ms_all_statements']:.2f} "
            "ms are the client's — the round trip, psycopg2, and the service's Python (the "
            "form judged, JSON, the unit's view built, the action log line)."
        )
    alone, together = r.get("function_per_transaction"), r.get("function_in_one_transaction")
    if alone and together:
        notes.append(
            f"The function alone (PROC-001's nh_complete from psycopg2, no service): "
            f"{alone['median_ms']:.2f} ms once per transaction, as a station sends it, and "
            f"{together['median_ms']:.2f} ms when 50 calls share one transaction.  The "
            "difference is the commit (its WAL flush: an 8 kB fdatasync takes about 0.11 ms "
            "on this machine's disk, pg_test_fsync) and what every new transaction costs the "
            "rule stack: PL/pgSQL prepares the expressions of each trigger and function it "
            "runs again in each transaction."
        )
    funcs = r.get("wire", {}).get("server_functions_per_unit")
    if funcs:
        top = "; ".join(f"{name}: {what}" for name, what in list(funcs.items())[:6])
        notes.append(
            "Where the server's time goes (track_functions = all on the worker's login, the "
            "same extra LOT; per unit through all 8 steps = 16 station actions, by self "
            f"time): {top}.  br006_audit writes three rows per step (the history row, the "
            "WIP's claim and its result); nh_actor (session_user → users.id, a plain SQL "
            "function without a SET clause) runs several times per action: in the function, "
            "in each audit row and in the record guard."
        )
    if r["complete_step_ratio"] > COMPLETE_RATIO or cs["median_ms"] > COMPLETE_MEDIAN_MS:
        notes.append(_miss_note(r))
    if cs["p95_ms"] >= COMPLETE_P95_MS:
        notes.append(
            f"Complete-step p95 ({cs['p95_ms']:.2f} ms) is at issue 8's 10 ms limit: "
            "the tail follows the median (the server function), see above."
        )
    return notes


def _miss_note(r: dict[str, Any]) -> str:
    cs, bare, raw, trip = (
        r["complete_step"],
        r["bare_insert"],
        r["insert_with_rules"],
        r["round_trip"],
    )
    base = bare["median_ms"]
    alone = r.get("function_per_transaction")
    wire = r.get("wire", {}).get("complete_step") or {}
    server = wire.get("server_ms_function")
    text = (
        f"complete-step target missed ({cs['median_ms']:.2f} ms, "
        f"{r['complete_step_ratio']:.2f}× the bare insert).  The floor under it, each a "
        f"ratio to the bare insert: the rule and audit triggers alone (the owner's raw "
        f"INSERT) {raw['median_ms'] / base:.2f}×"
    )
    if alone:
        text += (
            f"; the function alone, once per transaction from psycopg2 (the triggers "
            f"plus the claim, the exactly-once look-up and the view) "
            f"{alone['median_ms'] / base:.2f}×"
        )
    if server:
        text += f"; the server's own time on the service's call {server / base:.2f}×"
    text += f"; an empty round trip {trip['median_ms'] / base:.2f}×."
    if server:
        allowed = COMPLETE_RATIO * base - server
        if allowed > 0:
            text += (
                f"  Under {COMPLETE_RATIO:g}× leaves the client (its round trip, psycopg2 and "
                f"the service's Python) {allowed:.2f} ms once the server's function has run; "
                f"this run it took {cs['median_ms'] - server:.2f} ms."
            )
        else:
            text += (
                f"  The server's own time on the call is already over {COMPLETE_RATIO:g}× before "
                f"the client's part (its round trip, psycopg2 and the service's Python: "
                f"{cs['median_ms'] - server:.2f} ms this run): no client design meets the ratio "
                "while the function does what issue 12 asks of it on the plan's triggers."
            )
        text += '  What is left on either side: docs/decisions.md, "The write path\'s cost".'
    return text


def _cache_seconds() -> float:
    from neurohub_desktop.services.station import PROCESS_CACHE_SECONDS

    return PROCESS_CACHE_SECONDS
