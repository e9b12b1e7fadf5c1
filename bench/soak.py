"""`python -m bench.soak [--minutes 10] [--stations 8]` (`make soak`): a shift of simulated
stations against a private embedded server that is restarted twice, then SQL invariants.

Each station is a thread logged in as a worker of its own (``opNN``, an account the schema owner
made with ``nh_create_user``), exactly as the app logs a person in, so every read and write is
on that person's own PostgreSQL login; the LOTs are made by the manager on theirs.  Only the
set-up (accounts, the firmware) and the SQL checks afterwards (read-only) run as the schema
owner.  The real services work like an operator: PROC-001 issues and marks WIPs, PROC-002..006
start and record (a few REWORKs), PROC-007 converts, prints and verifies the label, PROC-008
packs.  Units travel between stations on in-memory trolleys.  When the database is away a
station keeps its record *unsent* and resubmits it with the same submission id (backoff) — what
an operator does when the header says "reconnecting".  Each station writes down what it believes
it recorded; afterwards the database must agree exactly: no double PASS, no step out of order,
an audit row for every change, every believed record present once, nothing the stations do not
know.
"""

from __future__ import annotations

import argparse
import datetime as dt
import queue
import random
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg2
from sqlalchemy.engine import URL

from bench.common import machine
from bench.line import Person, add_firmware, create_account, login
from neurohub_desktop.db import migrate
from neurohub_desktop.db.embedded import EmbeddedServer
from neurohub_desktop.db.engine import libpq_dsn, make_engine
from neurohub_desktop.domain.errors import DatabaseBusy, DatabaseUnavailable, NeuroHubError
from neurohub_desktop.domain.station import DefectEntry
from neurohub_desktop.logs import setup_logging
from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.resilience import new_submission_id
from neurohub_desktop.services.station import StationService

HERE = Path(__file__).resolve().parent
GOOD: dict[str, dict[str, object]] = {
    "PROC-001": {"MARK_READABLE": True},
    "PROC-002": {"SMA_SPRING_LOT": "SMA-2411-07", "BUSBAR_LOT": "BB-88", "VISUAL_OK": True},
    "PROC-003": {"TEMP_SENSOR": "60.2", "TOF_DISTANCE": "500", "I2C_OK": True},
    "PROC-004": {"FIRMWARE_VERSION": "v1.2.3", "UPLOAD_OK": True},
    "PROC-005": {"CABLE_OK": True, "VISUAL_OK": True},
    "PROC-006": {"FORCE_38C": "10.1", "FORCE_52C": "15.0", "FORCE_66C": "19.9"},
    "PROC-008": {"VISUAL_OK": True, "PACKAGING_OK": True},
}
REWORK_DEFECT = {
    "PROC-002": "ASSEMBLY_ERROR",
    "PROC-003": "SENSOR_TOF_FAIL",
    "PROC-004": "FIRMWARE_COMM_ERROR",
    "PROC-005": "ASSEMBLY_ERROR",
    "PROC-006": "PERFORMANCE_FAIL",
}


class Server:
    """The private embedded server; stop/start keep the socket directory (URLs stay valid)."""

    def __init__(self, root: Path) -> None:
        root.chmod(0o755)
        self.embedded = EmbeddedServer(root / "pgdata")
        self.admin = self.embedded.start(database="postgres")
        self.socket_dir = str(self.admin.query["host"])

    def restart(self, down_seconds: float) -> None:
        self.embedded.pg_ctl("-w", "-m", "fast", "stop")
        time.sleep(down_seconds)
        self.embedded.pg_ctl(
            "-w",
            "-o",
            '-h ""',
            "-o",
            f"-k {self.socket_dir}",
            "-l",
            str(self.embedded.pgdata / "log"),
            "start",
        )

    def close(self) -> None:
        try:
            self.embedded.pg_ctl("-w", "-m", "fast", "stop")
        except Exception:  # noqa: BLE001 - already stopped
            pass
        self.embedded.stop()


@dataclass
class Ledger:
    """What one station believes it recorded."""

    #: (unit, process, result, submission id)
    records: list[tuple[str, str, str, str]] = field(default_factory=list)
    unsent_waits: int = 0
    refusals: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)


class Station(threading.Thread):
    def __init__(
        self,
        person: Person,
        process_id: str,
        name: str,
        inbox: queue.Queue[str],
        outbox: queue.Queue[str] | None,
        stop: threading.Event,
        spool: Path,
        lots: LotsService,
        manager: Any,
        seed: int,
    ) -> None:
        super().__init__(name=name, daemon=True)
        self.engine = person.engine  # the worker's own login, as after login at a station
        printer = SpoolPrinter(spool) if process_id == "PROC-007" else None
        self.svc = StationService(
            person.sessions, station=name, process_id=process_id, printer=printer
        )
        self.pid, self.actor, self.inbox, self.outbox = process_id, person.user, inbox, outbox
        self.stop_event, self.lots, self.manager = stop, lots, manager
        self.rng = random.Random(seed)
        self.ledger = Ledger()
        self.lot: str | None = None

    # -- operator patience: resubmit the same thing until the database answers -----------------
    def act(self, fn: Any, *args: Any, **kw: Any) -> Any:
        delay = 0.1
        while True:
            try:
                return fn(*args, **kw)
            except (DatabaseUnavailable, DatabaseBusy):
                self.ledger.unsent_waits += 1
                if self.stop_event.is_set() and delay > 2:
                    raise
                time.sleep(delay * (0.5 + self.rng.random()))
                delay = min(delay * 2, 2.0)

    def record(
        self,
        unit: str,
        result: str,
        values: dict[str, object],
        defects: tuple[DefectEntry, ...] = (),
    ) -> None:
        key = new_submission_id()
        self.act(
            self.svc.complete_step, self.actor, unit, result, values, defects, submission_id=key
        )
        self.ledger.records.append((unit, self.pid, result, key))

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                self.step()
            except NeuroHubError as exc:
                self.ledger.refusals[exc.code] += 1
            except Exception as exc:  # noqa: BLE001 - counted: the soak fails on any
                self.ledger.unexpected.append(_described(exc))
        self.engine.dispose()

    def step(self) -> None:
        if self.pid == "PROC-001":
            self.issue()
            return
        try:
            unit = self.inbox.get(timeout=0.2)
        except queue.Empty:
            return
        if self.pid == "PROC-007":
            conv = self.act(self.svc.convert, self.actor, unit)
            serial = conv.serial_number
            # one print, resubmitted with its key until the database answers
            self.act(self.svc.print_label, self.actor, serial, None, new_submission_id())
            key = new_submission_id()
            self.act(self.svc.verify_label, self.actor, serial, serial, submission_id=key)
            self.ledger.records.append((serial, self.pid, "PASS", key))
            assert self.outbox is not None
            self.outbox.put(serial)
            return
        self.act(self.svc.start_step, self.actor, unit)
        if self.pid != "PROC-008" and self.rng.random() < 0.05:  # a rework, then again
            self.record(unit, "REWORK", {}, (DefectEntry(REWORK_DEFECT[self.pid], "soak"),))
            self.act(self.svc.start_step, self.actor, unit)
        self.record(unit, "PASS", GOOD[self.pid])
        if self.outbox is not None:
            self.outbox.put(unit)

    def issue(self) -> None:
        if self.lot is None:
            view = self.act(
                self.lots.create_lot, self.manager, "WF", "D", 100, date=dt.date(2026, 11, 28)
            )
            self.lot = view.lot_number
        try:
            wip = self.act(self.svc.issue_next_wip, self.actor, self.lot).wip_id
        except NeuroHubError as exc:
            if exc.code == "BR-004":  # the LOT is full: the next trolley
                self.lot = None
                return
            raise
        key = new_submission_id()
        self.act(self.svc.confirm_mark, self.actor, wip, wip, submission_id=key)
        self.ledger.records.append((wip, self.pid, "PASS", key))
        assert self.outbox is not None
        self.outbox.put(wip)


def _described(exc: BaseException) -> str:
    """The error, its module, and where it was raised (the innermost project frames)."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if "neurohub_desktop" in f.filename or "bench" in f.filename
    ]
    where = " ← ".join(
        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-3:])
    )
    what = " ".join(f"{type(exc).__module__}.{type(exc).__name__}: {exc}".split())
    return f"{what[:240]} (at {where or '?'})"


INVARIANTS: dict[str, str] = {
    "double PASS (WIP history)": (
        "SELECT count(*) FROM (SELECT 1 FROM wip_process_history WHERE result = 'PASS' "
        "GROUP BY wip_item_id, process_id HAVING count(*) > 1) x"
    ),
    "double PASS (serial records)": (
        "SELECT count(*) FROM (SELECT 1 FROM process_data WHERE result = 'PASS' "
        "GROUP BY serial_id, process_id HAVING count(*) > 1) x"
    ),
    "WIP step without the previous PASS": (
        "SELECT count(*) FROM wip_process_history h JOIN processes p ON p.id = h.process_id "
        "WHERE p.sequence_order > 1 AND NOT EXISTS (SELECT 1 FROM wip_process_history q "
        "JOIN processes pq ON pq.id = q.process_id WHERE q.wip_item_id = h.wip_item_id "
        "AND pq.sequence_order = p.sequence_order - 1 AND q.result = 'PASS' "
        "AND q.completed_at <= h.started_at)"
    ),
    "serial step without the previous PASS": (
        "SELECT count(*) FROM process_data d JOIN processes p ON p.id = d.process_id "
        "JOIN wip_items w ON w.serial_id = d.serial_id WHERE NOT EXISTS ("
        " SELECT 1 FROM wip_process_history q JOIN processes pq ON pq.id = q.process_id "
        " WHERE q.wip_item_id = w.id AND pq.process_id = 'PROC-006' AND q.result = 'PASS')"
        " OR (p.process_id = 'PROC-008' AND NOT EXISTS (SELECT 1 FROM process_data e "
        " JOIN processes pe ON pe.id = e.process_id WHERE e.serial_id = d.serial_id "
        " AND pe.process_id = 'PROC-007' AND e.result = 'PASS' "
        " AND e.complete_time <= d.start_time))"
    ),
    "rows without their INSERT audit row": (
        "SELECT (SELECT count(*) FROM wip_process_history t WHERE NOT EXISTS (SELECT 1 FROM "
        "audit_logs a WHERE a.table_name = 'wip_process_history' AND a.record_id = t.id "
        "AND a.action = 'INSERT')) + (SELECT count(*) FROM process_data t WHERE NOT EXISTS "
        "(SELECT 1 FROM audit_logs a WHERE a.table_name = 'process_data' AND a.record_id = t.id "
        "AND a.action = 'INSERT')) + (SELECT count(*) FROM wip_items t WHERE NOT EXISTS "
        "(SELECT 1 FROM audit_logs a WHERE a.table_name = 'wip_items' AND a.record_id = t.id "
        "AND a.action = 'INSERT')) + (SELECT count(*) FROM serials t WHERE NOT EXISTS "
        "(SELECT 1 FROM audit_logs a WHERE a.table_name = 'serials' AND a.record_id = t.id "
        "AND a.action = 'INSERT'))"
    ),
    "finished records without their UPDATE audit row (serial steps)": (
        "SELECT count(*) FROM process_data t WHERE t.result IS NOT NULL AND NOT EXISTS ("
        "SELECT 1 FROM audit_logs a WHERE a.table_name = 'process_data' AND a.record_id = t.id "
        "AND a.action = 'UPDATE' AND a.new_data->>'result' = t.result)"
    ),
    "records without a submission id": (
        "SELECT (SELECT count(*) FROM wip_process_history WHERE measurements->>'submission_id' "
        "IS NULL) + (SELECT count(*) FROM process_data WHERE result IS NOT NULL AND "
        "process_specific_data->>'submission_id' IS NULL)"
    ),
}
RECORDS_SQL = (
    "SELECT h.measurements->>'submission_id', w.wip_id, p.process_id, h.result "
    "FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id "
    "JOIN processes p ON p.id = h.process_id UNION ALL "
    "SELECT d.process_specific_data->>'submission_id', s.serial_number, p.process_id, d.result "
    "FROM process_data d JOIN serials s ON s.id = d.serial_id "
    "JOIN processes p ON p.id = d.process_id WHERE d.result IS NOT NULL"
)


def _query(url: URL, sql: str) -> list[tuple[Any, ...]]:
    conn = psycopg2.connect(libpq_dsn(url))
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())
    finally:
        conn.close()


def _seed(url: URL, n: int) -> tuple[list[str], str]:
    """The accounts (``op00`` … WORKERs, ``manager1``) and the active firmware, by the schema
    owner as an ADMIN's set-up would make them: (worker login ids, manager login id)."""
    owner = make_engine(url, pool_size=1)
    try:
        add_firmware(owner)
        create_account(owner, "manager1", "MANAGER")
        workers = [f"op{i:02d}" for i in range(n)]
        for uid in workers:
            create_account(owner, uid, "WORKER")
    finally:
        owner.dispose()
    return workers, "manager1"


def run(
    minutes: float,
    n_stations: int,
    restarts: int = 2,
    down_seconds: float = 3.0,
    out: Path = HERE / "SOAK.md",
) -> int:
    if n_stations < 8:
        raise SystemExit("--stations must be at least 8 (one per process)")
    with tempfile.TemporaryDirectory(prefix="nh-soak-") as tmp:
        log_file = setup_logging(Path(tmp) / "logs", station="soak")  # one line per action
        print(f"action log: {log_file} (removed afterwards)", flush=True)
        server = Server(Path(tmp))
        try:
            return _soak(server, Path(tmp), minutes, n_stations, restarts, down_seconds, out)
        finally:
            server.close()


def _soak(
    server: Server, tmp: Path, minutes: float, n: int, restarts: int, down_seconds: float, out: Path
) -> int:
    from neurohub_desktop.db.embedded import ensure_database

    ensure_database(server.admin, "neurohub")
    url = server.admin.set(database="neurohub")
    migrate.upgrade(url, "head")
    workers, manager_id = _seed(url, n)
    spool = tmp / "spool"
    spool.mkdir()
    stop = threading.Event()
    trolleys: dict[str, queue.Queue[str]] = {f"PROC-00{k}": queue.Queue() for k in range(1, 9)}
    manager = login(url, manager_id, station="SOAK-MGR")
    lots = LotsService(manager.sessions, station="SOAK-MGR")
    stations = []
    for i in range(n):
        pid = f"PROC-00{i % 8 + 1}"
        nxt = trolleys.get(f"PROC-00{i % 8 + 2}")
        name = f"SOAK-{i + 1:02d}-{pid[-1]}"
        stations.append(
            Station(
                login(url, workers[i], station=name),
                pid,
                name,
                trolleys[pid],
                nxt,
                stop,
                spool,
                lots,
                manager.user,
                seed=i,
            )
        )
    who = sorted({s.engine.url.username or "" for s in stations})
    started = time.monotonic()
    for s in stations:
        s.start()
    duration = minutes * 60
    restart_log = []
    for k in range(1, restarts + 1):
        time.sleep(max(0.0, started + duration * k / (restarts + 1) - time.monotonic()))
        at = time.monotonic() - started
        server.restart(down_seconds)
        restart_log.append(f"{at:.0f} s (down {down_seconds:.0f} s)")
        print(f"server restarted at {at:.0f} s", flush=True)
    time.sleep(max(0.0, started + duration - time.monotonic()))
    stop.set()
    for s in stations:
        s.join(120)
    elapsed = time.monotonic() - started
    manager.close()

    believed = [r for s in stations for r in s.ledger.records]
    in_db = _query(url, RECORDS_SQL)
    keys_db = Counter(r[0] for r in in_db)
    keys_believed = {r[3] for r in believed}
    checks = {name: int(_query(url, sql)[0][0]) for name, sql in INVARIANTS.items()}
    checks["believed records missing in the database"] = len(keys_believed - set(keys_db))
    checks["database records no station believes it made"] = len(set(keys_db) - keys_believed)
    checks["records stored more than once"] = sum(1 for c in keys_db.values() if c > 1)
    checks["believed records that differ in the database"] = len(
        {(k, u, p, r) for u, p, r, k in believed} - {tuple(r) for r in in_db}
    )
    checks["unexpected errors at stations"] = sum(len(s.ledger.unexpected) for s in stations)
    ok = all(v == 0 for v in checks.values())
    per_proc = Counter((p, r) for _u, p, r, _k in believed)
    lines = [
        "# Soak run",
        "",
        f"- when: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; machine: {machine()}",
        f"- {n} stations for {elapsed / 60:.1f} min; server restarted at "
        f"{', '.join(restart_log) or 'never'}",
        f"- connected as: each station its worker's own login ({who[0]} … {who[-1]}, "
        f"{len(who)} logins), the LOTs {manager.engine.url.username}; set-up and the checks "
        "below as the schema owner (read-only)",
        f"- step records believed by the stations: {len(believed)} "
        f"({len(believed) / elapsed:.1f}/s); in the database: {len(in_db)}",
        f"- serials packed (PROC-008 PASS): {per_proc[('PROC-008', 'PASS')]}; "
        f"REWORKs: {sum(v for (p, r), v in per_proc.items() if r == 'REWORK')}",
        f"- resubmissions while the database was away or busy: "
        f"{sum(s.ledger.unsent_waits for s in stations)}",
        f"- refusals seen by stations: "
        f"{dict(sum((s.ledger.refusals for s in stations), Counter())) or 'none'}",
        "",
        "| invariant | violations |",
        "|---|---|",
        *[f"| {name} | {value} |" for name, value in checks.items()],
        "",
        f"**{'PASS' if ok else 'FAIL'}**: "
        + ("every invariant holds and nothing was lost." if ok else "see the table."),
        "",
    ]
    for s in stations:
        lines += [f"- {s.name}: {e}" for e in s.ledger.unexpected[:5]]
    unbelieved = [r for r in in_db if r[0] not in keys_believed][:5]
    lines += [
        f"- in the database, believed by no station: {r[1]} {r[2]} {r[3]} key {r[0]}"
        for r in unbelieved
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.soak", description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--stations", type=int, default=8)
    parser.add_argument("--restarts", type=int, default=2)
    parser.add_argument("--down-seconds", type=float, default=3.0)
    parser.add_argument("--out", type=Path, default=HERE / "SOAK.md")
    args = parser.parse_args(argv)
    return run(args.minutes, args.stations, args.restarts, args.down_seconds, args.out)


if __name__ == "__main__":
    sys.exit(main())
