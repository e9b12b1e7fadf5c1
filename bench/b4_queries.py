"""B4 — supervisor queries at volume, through services/reports.py, and the station's scan lookup
(services/station/service.py resolve_scan), on two generated datasets:

* ``tenth``: 1/10 of the original documents' yearly volume — 500 K legacy serials with 4 M
  process_data rows, then 1,000 WIP-era LOTs (100 K WIPs, ~600 K WIP history rows, their
  serials and PROC-007/008 records), 10 M audit_logs rows.  The targets apply here.
* ``decade``: the real line's 10 years — one LOT of 100 a day for ~10 years (370 K units:
  ~2.2 M WIP history + ~0.74 M process_data rows ≈ 3 M step records), audit_logs as below.

Quick mode divides every count by 20.  Each query runs with varied arguments (random LOTs,
units and date windows), after a warm-up call; p50/p95 over the timed calls (40 per query,
200 per scan; at least 12 for a query slow enough to use up its 4 s budget first).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench import datagen
from bench.b1_migrations import SHARED_KEY
from bench.common import BenchServer, Stats, timed
from neurohub_desktop.db import migrate
from neurohub_desktop.db.engine import make_engine, make_sessionmaker
from neurohub_desktop.domain.changes import ChangeEvent
from neurohub_desktop.domain.reports import AuditFilter, LotFilter, ReportScope
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.reports import ReportsService
from neurohub_desktop.services.station import StationService

QUERY_TARGET_MS = 50.0
SCAN_TARGET_MS = 5.0
#: B5 opens its LOT board on this database (it drops it when done)
SHARED_LARGE = "b4_tenth"
MIN_SAMPLES, BUDGET_S = 12, 4.0


@dataclass(frozen=True)
class Dataset:
    name: str
    cal: datagen.Calendar
    legacy_serials: int
    wip_lots: int
    open_lots: int
    audit_rows: int

    @property
    def days(self) -> int:
        return (self.legacy_serials // datagen.LOT_SIZE + self.wip_lots) // self.cal.per_day


def datasets(quick: bool) -> list[Dataset]:
    d = 20 if quick else 1
    # quick keeps the calendar's span (fewer LOTs a day), so a date window holds 1/20 as much
    tenth = datagen.YEAR_TENTH if not quick else datagen.Calendar(datagen.YEAR_TENTH.start, 1)
    return [
        Dataset("b4_tenth", tenth, 500_000 // d, 1000 // d, 20 // d or 2, 10_000_000 // d),
        Dataset("b4_decade", datagen.REAL_LINE, 0, 3700 // d, 3, 4_000_000 // d),
    ]


def build(srv: BenchServer, ds: Dataset) -> tuple[Any, dict[str, float]]:
    """The dataset's database at head; seconds spent per load phase."""
    phases: dict[str, float] = {}
    t = time.perf_counter()
    shared = srv.shared.pop(SHARED_KEY, None) if ds.legacy_serials == 500_000 else None
    if shared:
        url = srv.new_database(ds.name, template=shared)
        srv.drop_database(shared)
    else:
        url = srv.new_database(ds.name)
        migrate.upgrade(url, "003_add_audit_logs")
        if ds.legacy_serials:
            srv.psql(url, datagen.core_rows_sql(ds.legacy_serials, cal=ds.cal))
    phases["legacy_rows_s"] = time.perf_counter() - t
    t = time.perf_counter()
    migrate.upgrade(url, "head")
    phases["upgrade_to_head_s"] = time.perf_counter() - t
    t = time.perf_counter()
    srv.psql(
        url,
        datagen.wip_rows_sql(
            ds.wip_lots, first_slot=ds.legacy_serials // 100, open_lots=ds.open_lots, cal=ds.cal
        ),
    )
    phases["wip_rows_s"] = time.perf_counter() - t
    t = time.perf_counter()
    srv.psql(url, datagen.without_indexes("audit_logs", datagen.audit_rows_sql(ds.audit_rows)))
    phases["audit_rows_s"] = time.perf_counter() - t
    t = time.perf_counter()
    srv.psql(url, "VACUUM ANALYZE;")
    phases["vacuum_analyze_s"] = time.perf_counter() - t
    return url, {k: round(v, 1) for k, v in phases.items()}


class _Sampler:
    """Random arguments drawn from the dataset itself."""

    def __init__(self, srv: BenchServer, url: Any, ds: Dataset, seed: int = 8) -> None:
        self.rng = random.Random(seed)
        f = srv.fetch
        self.lots = f(url, "SELECT id, lot_number FROM lots ORDER BY id")
        self.open_lots = [
            r for r in f(url, "SELECT id, lot_number FROM lots WHERE status = 'IN_PROGRESS'")
        ]
        self.wips = [
            r[0] for r in f(url, "SELECT wip_id FROM wip_items TABLESAMPLE SYSTEM (5) LIMIT 2000")
        ]
        self.serials = [
            r[0]
            for r in f(url, "SELECT serial_number FROM serials TABLESAMPLE SYSTEM (5) LIMIT 2000")
        ]
        self.wip_serials = [
            r[0]
            for r in f(
                url,
                "SELECT s.serial_number FROM wip_items w "
                "JOIN serials s ON s.id = w.serial_id "
                "ORDER BY w.id DESC LIMIT 2000",
            )
        ]
        self.users = [
            r[0]
            for r in f(
                url, "SELECT DISTINCT user_id FROM audit_logs TABLESAMPLE SYSTEM (1) LIMIT 50"
            )
        ]
        self.records = [
            r
            for r in f(
                url,
                "SELECT table_name, record_id FROM audit_logs TABLESAMPLE SYSTEM (1) LIMIT 2000",
            )
        ]
        span = f(url, "SELECT min(created_at)::date, max(created_at)::date FROM lots")[0]
        self.first_day, self.last_day = span

    def pick(self, seq: list[Any]) -> Any:
        return self.rng.choice(seq)

    def window(self, days: int) -> tuple[dt.date, dt.date]:
        span = max(0, (self.last_day - self.first_day).days - days)
        start = self.first_day + dt.timedelta(days=self.rng.randint(0, span))
        return start, start + dt.timedelta(days=days - 1)


def _queries(rep: ReportsService, lots: LotsService, s: _Sampler) -> dict[str, Callable[[], Any]]:
    def scope(days: int) -> ReportScope:
        a, b = s.window(days)
        return ReportScope(date_from=a, date_to=b)

    return {
        "lot_board_default": lambda: rep.lot_board(LotFilter()),
        "lot_board_open": lambda: rep.lot_board(LotFilter(statuses=("CREATED", "IN_PROGRESS"))),
        "lot_board_7_days": lambda: rep.lot_board(LotFilter(*(((),) + s.window(7)))),
        "lot_board_search": lambda: rep.lot_board(LotFilter(search=s.pick(s.lots)[1][2:8])),
        "lot_board_refresh_one": lambda: rep.lot_board(LotFilter(), [s.pick(s.lots)[0]]),
        "lot_detail_open": lambda: rep.lot_detail(s.pick(s.open_lots)[0]),
        "lot_detail_any": lambda: rep.lot_detail(s.pick(s.lots)[0]),
        "yield_1_day": lambda: rep.yield_report(scope(1)),
        "yield_7_days": lambda: rep.yield_report(scope(7)),
        "yield_30_days": lambda: rep.yield_report(scope(30)),
        # the live page after a step somewhere: the event names an open LOT, the last 30 days
        "yield_30_days_after_a_step": lambda: _after_a_step(rep, s),
        "yield_one_lot": lambda: rep.yield_report(ReportScope(lot_id=s.pick(s.lots)[0])),
        "pareto_7_days": lambda: rep.defect_pareto(scope(7)),
        "pareto_30_days": lambda: rep.defect_pareto(scope(30)),
        "pareto_30_days_one_step": lambda: rep.defect_pareto(
            scope(30), process_id=f"PROC-00{s.rng.randint(1, 8)}"
        ),
        "trace_lot": lambda: rep.trace(s.pick(s.lots)[1]),
        "trace_wip": lambda: rep.trace(s.pick(s.wips)),
        "trace_serial": lambda: rep.trace(s.pick(s.serials)),
        "audit_newest": lambda: rep.audit_log(AuditFilter()),
        "audit_by_table_7_days": lambda: rep.audit_log(
            AuditFilter("process_data", None, None, *s.window(7))
        ),
        "audit_by_user": lambda: rep.audit_log(AuditFilter(user_id=s.pick(s.users))),
        "audit_one_record": lambda: rep.audit_log(AuditFilter(*s.pick(s.records))),
        "audit_tables": rep.audit_tables,
        "station_open_lots": lots.list_open_lots,
    }


def _after_a_step(rep: ReportsService, s: _Sampler) -> Any:
    """What the yield page reads once a station's step names an open LOT (the app keeps an
    unfinished LOT's figures until an event names it): the window of the last 30 days, with
    that LOT read again and the rest summed."""
    rep.forget(ChangeEvent("step_recorded", lot_id=s.pick(s.open_lots)[0]))
    return rep.yield_report(
        ReportScope(date_from=s.last_day - dt.timedelta(days=29), date_to=s.last_day)
    )


def _scans(url_sessions: Any, s: _Sampler) -> dict[str, Callable[[], Any]]:
    def station(proc: str) -> StationService:
        return StationService(url_sessions, station="B4", process_id=proc)

    st3, st7, st8, st1 = (station(p) for p in ("PROC-003", "PROC-007", "PROC-008", "PROC-001"))
    return {
        "scan_wip": lambda: st3.resolve_scan(s.pick(s.wips)),
        "scan_wip_at_proc007": lambda: st7.resolve_scan(s.pick(s.wips)),
        "scan_serial": lambda: st8.resolve_scan(s.pick(s.wip_serials)),
        "scan_legacy_serial": lambda: st8.resolve_scan(s.pick(s.serials)),
        "scan_lot": lambda: st1.resolve_scan(s.pick(s.open_lots)[1]),
    }


def _cold_windows(rep: ReportsService, s: _Sampler) -> dict[str, Any]:
    """The 30-day yield of each consecutive window, the first time this process asks for it
    (every LOT read, the finished ones then cached: services/reports.py): what a supervisor's
    PC pays once per period.  The timed queries after it find the finished LOTs cached."""
    stats = Stats("yield_30_days_cold")
    day = s.first_day
    while day <= s.last_day:
        end = day + dt.timedelta(days=29)
        ms, _ = timed(lambda a=day, b=end: rep.yield_report(ReportScope(date_from=a, date_to=b)))
        stats.samples_ms.append(ms)
        day = end + dt.timedelta(days=1)
    return stats.summary()


def _measure(fns: dict[str, Callable[[], Any]], n: int, target: float | None) -> dict[str, Any]:
    """``n`` timed calls per query after one warm-up — fewer (at least MIN_SAMPLES) for a
    query whose calls have used up BUDGET_S already (the slow ones; their p95 is no less
    telling, and the run stays within `make bench`'s time budget)."""
    out = {}
    for name, fn in fns.items():
        fn()
        stats = Stats(name)
        spent = 0.0
        while len(stats.samples_ms) < n and (
            len(stats.samples_ms) < MIN_SAMPLES or spent < BUDGET_S * 1000
        ):
            ms, _ = timed(fn)
            stats.samples_ms.append(ms)
            spent += ms
        fig = stats.summary()
        if target is not None:
            fig.update(target_ms=target, target_on="p95")
        out[name] = fig
    return out


def run(srv: BenchServer, *, quick: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    targets: list[dict[str, Any]] = []
    n = 20 if quick else 40
    for ds in datasets(quick):
        url, phases = build(srv, ds)
        counts = {
            t: srv.fetch(url, f"SELECT count(*) FROM {t}")[0][0]
            for t in (
                "lots",
                "serials",
                "process_data",
                "wip_items",
                "wip_process_history",
                "audit_logs",
            )
        }
        engine = make_engine(url, pool_size=2)
        try:
            sessions = make_sessionmaker(engine)
            sampler = _Sampler(srv, url, ds)
            rep = ReportsService(sessions, tz=dt.UTC, keep_unfinished=True)  # as the app
            lots = LotsService(sessions, station="B4")
            on_target = ds.name == "b4_tenth"
            cold = _cold_windows(rep, sampler)
            queries = _measure(
                _queries(rep, lots, sampler), n, QUERY_TARGET_MS if on_target else None
            )
            scans = _measure(
                _scans(sessions, sampler), n * 5, SCAN_TARGET_MS if on_target else None
            )
        finally:
            engine.dispose()
        tag = ds.name[3:]
        results[f"{tag}_rows"] = counts
        results[f"{tag}_load_seconds"] = phases
        results[f"{tag}.yield_30_days_cold"] = cold
        for name, fig in {**queries, **scans}.items():
            results[f"{tag}.{name}"] = fig
        if on_target:
            worst = max(queries.values(), key=lambda f: f["p95_ms"])
            worst_scan = max(scans.values(), key=lambda f: f["p95_ms"])
            targets += [
                {
                    "what": "B4 every supervisor query p95 < 50 ms (1/10 dataset)",
                    "value": round(worst["p95_ms"], 1),
                    "limit": QUERY_TARGET_MS,
                    "unit": "ms",
                    "met": worst["p95_ms"] < QUERY_TARGET_MS,
                    "worst": worst["name"],
                },
                {
                    "what": "B4 scan lookup p95 < 5 ms (1/10 dataset)",
                    "value": round(worst_scan["p95_ms"], 2),
                    "limit": SCAN_TARGET_MS,
                    "unit": "ms",
                    "met": worst_scan["p95_ms"] < SCAN_TARGET_MS,
                    "worst": worst_scan["name"],
                },
            ]
            srv.shared[SHARED_LARGE] = ds.name  # B5 opens its LOT board here
        else:
            srv.drop_database(ds.name)
    results["_targets"] = targets
    results["_notes"] = _notes(results, quick)
    return results


def _notes(r: dict[str, Any], quick: bool) -> list[str]:
    notes = [
        "Dataset rows are in tenth_rows / decade_rows"
        + (" (quick: 1/20 of the full sizes)." if quick else "."),
        "decade: audit_logs is generated at 4 M rows, not the ~9.6 M its WIP-era shape would "
        "give (an INSERT plus the UPDATEs per record, bench/datagen.py AUDIT_SHAPE): loading "
        "10 M rows twice does not fit the 20-minute budget on 2 cores, and the tenth dataset "
        "already measures the audit viewer at 10 M rows.",
        "Statistics and Pareto cover the LOTs produced in a date window (services/reports.py); "
        "windows of 1, 7 and 30 days at random positions in the data.",
        "A LOT's figures are read once per process and kept until a change event names it "
        "(issue 19, docs/decisions.md; the app's pages hand every event over): "
        "yield_30_days_cold is the first 30-day yield of each consecutive window of the data "
        "(no target: once per period on a PC), run before the timed queries; the timed yield "
        "and Pareto calls then sum kept LOTs, and yield_30_days_after_a_step reads one open "
        "LOT again (an event names it) in the window of the last 30 days.",
    ]
    missed = [
        (k, f)
        for k, f in r.items()
        if isinstance(f, dict)
        and f.get("target_ms")
        and f.get("p95_ms") is not None
        and f["p95_ms"] >= f["target_ms"]
    ]
    for key, fig in missed:
        notes.append(
            f"Target missed by {key}: p95 {fig['p95_ms']:.1f} ms ≥ "
            f"{fig['target_ms']:.0f} ms — " + _why(key)
        )
    return notes


def _why(key: str) -> str:
    name = key.split(".", 1)[1]
    if name.startswith(("yield", "pareto")):
        return (
            "finished LOTs come from the per-LOT cache (issue 19); what is left is reading the "
            "window's unfinished LOTs (every attempt, window functions per unit and step) "
            "and the status counts — see yield_30_days_cold for a window read in full."
        )
    if name.startswith("audit"):
        return (
            "the filter has no index leading with it in that combination; an index on "
            "the filter's columns + created_at DESC would serve it."
        )
    if name.startswith("scan"):
        return (
            "a scan builds the unit's whole view in one statement (unit, LOT, model and "
            "attempts as JSON); a WIP scanned at PROC-007/008 first resolves to its serial. "
            "Fix: fold that resolution into the same statement."
        )
    if name.startswith(("lot_board", "lot_detail", "trace", "station_open")):
        return (
            "per-LOT sub-queries (unit positions from WIP history / process_data) run "
            "for every LOT shown; fix: fewer LOTs per page or the per-LOT summary table."
        )
    return "see the query plan (tests/db/test_query_plans.py EXPLAINs it)."
