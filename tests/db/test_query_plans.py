"""Every supervisor query uses an index at scale: 1 M process_data, 100 K WIP rows.

A generated line (1000 daily LOTs of 100 units; 99 K serials with 10 records each; 600 K WIP
history rows; 500 K audit rows) is bulk-loaded with the rule triggers disabled (ALTER TABLE …
DISABLE TRIGGER USER, only for the load; FK checks skipped with session_replication_role) and
the secondary indexes dropped and rebuilt from their own definitions afterwards, then
VACUUM ANALYZE.  The service methods run with every statement captured, and each statement is
EXPLAINed: a sequential scan of a large table fails the test (so does a call over 1 s).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date
from typing import Any

import psycopg2
import pytest
from sqlalchemy import event

from neurohub_desktop.db.engine import libpq_dsn, make_engine, make_sessionmaker
from neurohub_desktop.domain.reports import AuditFilter, LotFilter, ReportScope
from neurohub_desktop.services.reports import ReportsService

pytestmark = pytest.mark.slow

LARGE = {"wip_items", "wip_process_history", "process_data", "serials", "audit_logs"}
TRIGGERED = ["lots", "serials", "wip_items", "wip_process_history", "process_data", "users"]

GENERATE = [
    "INSERT INTO users (user_id, username, password_hash, role)"
    " VALUES ('w1', '작업자', 'x', 'WORKER')",
    # 1000 daily LOTs from 2023-01-01: the last 10 in progress, the rest closed
    """INSERT INTO lots (lot_number, product_model_id, target_quantity, shift, status,
                         created_at, completed_at, closed_at)
       SELECT 'WF' || to_char(d, 'YYMMDD') || 'D01', 1, 100, 'D',
              CASE WHEN i > 990 THEN 'IN_PROGRESS' ELSE 'CLOSED' END, d,
              CASE WHEN i <= 990 THEN d + interval '1 day' END,
              CASE WHEN i <= 990 THEN d + interval '2 days' END
       FROM generate_series(1, 1000) i,
            LATERAL (SELECT timestamptz '2023-01-01 08:00+00' + (i - 1) * interval '1 day') t(d)""",
    """INSERT INTO serials (serial_number, lot_id, sequence, status, completed_at, created_at)
       SELECT l.lot_number || '-' || lpad(q::text, 4, '0'), l.id, q, 'PASSED',
              l.created_at + interval '20 hours', l.created_at + interval '10 hours'
       FROM lots l, generate_series(1, 100) q WHERE l.status = 'CLOSED'""",
    """INSERT INTO wip_items (wip_id, lot_id, serial_id, sequence_in_lot, status,
                              current_process_id, completed_at, converted_at, created_at)
       SELECT 'WIP-' || l.lot_number || '-' || lpad(q::text, 3, '0'), l.id, s.id, q,
              CASE WHEN s.id IS NOT NULL THEN 'CONVERTED' WHEN q % 10 = 0 THEN 'FAILED'
                   ELSE 'IN_PROGRESS' END,
              CASE WHEN s.id IS NULL AND q % 10 <> 0 THEN q % 6 + 1 END,
              CASE WHEN s.id IS NOT NULL THEN l.created_at + interval '9 hours' END,
              CASE WHEN s.id IS NOT NULL THEN l.created_at + interval '9 hours' END,
              l.created_at + q * interval '1 minute'
       FROM lots l CROSS JOIN generate_series(1, 100) q
       LEFT JOIN serials s ON s.lot_id = l.id AND s.sequence = q
       ORDER BY l.id, q""",
    """INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, result,
                                        measurements, defects, started_at, completed_at,
                                        duration_seconds, created_at)
       SELECT w.id, p, 2, CASE WHEN (w.id + p) % 50 = 0 THEN 'FAIL' ELSE 'PASS' END,
              '{}'::jsonb,
              CASE WHEN (w.id + p) % 50 = 0 THEN '[{"code": "SENSOR_TOF_FAIL"}]'::jsonb
                   ELSE '[]'::jsonb END,
              w.created_at + p * interval '1 hour',
              w.created_at + p * interval '1 hour' + interval '1 minute', 60,
              w.created_at + p * interval '1 hour' + interval '1 minute'
       FROM wip_items w, generate_series(1, 6) p
       WHERE w.status = 'CONVERTED' OR p < w.sequence_in_lot % 6 + 1
       ORDER BY w.id, p""",
    # 10 records per serial (PROC-001..008 + two reworked attempts): 990 K rows
    """INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, result,
                                 process_specific_data, is_rework, start_time, complete_time,
                                 duration_seconds, created_at)
       SELECT s.lot_id, s.id, CASE WHEN k <= 8 THEN k ELSE k - 2 END, 2,
              CASE WHEN k IN (6, 7) AND s.id % 20 = 0 THEN 'FAIL' ELSE 'PASS' END,
              CASE WHEN k IN (6, 7) AND s.id % 20 = 0
                   THEN '{"defects": [{"code": "VISUAL_DEFECT"}]}'::jsonb ELSE '{}'::jsonb END,
              k > 8, s.created_at + k * interval '5 minutes',
              s.created_at + k * interval '5 minutes' + interval '1 minute', 60,
              s.created_at + k * interval '5 minutes'
       FROM serials s, generate_series(1, 10) k
       ORDER BY s.id, k""",
    """INSERT INTO audit_logs (table_name, record_id, action, user_id, db_user, station,
                               old_data, new_data, changed_fields, created_at)
       SELECT (ARRAY['lots', 'serials', 'wip_items', 'process_data', 'users'])[i % 5 + 1],
              i / 5 + 1, 'UPDATE', i % 3 + 1, 'neurohub', 'ST-0' || (i % 8 + 1),
              jsonb_build_object('status', 'IN_PROGRESS'), jsonb_build_object('status', 'PASSED'),
              ARRAY['status'], timestamptz '2023-01-01 00:00+00' + i * interval '3 minutes'
       FROM generate_series(1, 500000) i""",
]


# Secondary (non-constraint) indexes of the large tables.
INDEXES = """
SELECT i.relname, pg_get_indexdef(i.oid)
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
WHERE t.relname = ANY(%s) AND t.relnamespace = 'public'::regnamespace
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
"""


@pytest.fixture(scope="module")
def big_db(pg_server, template_db) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    url = pg_server.create_database(name="nh_query_plans", template=template_db.database)
    conn = psycopg2.connect(libpq_dsn(url))
    conn.autocommit = True
    started = time.monotonic()
    with conn.cursor() as cur:
        cur.execute("SET maintenance_work_mem = '256MB'")
        cur.execute("SET synchronous_commit = off")
        # the generated rows are consistent by construction: skip the per-row FK checks too
        cur.execute("SET session_replication_role = replica")
        # secondary indexes are dropped for the load and rebuilt from their own definitions
        cur.execute(INDEXES, (list(LARGE),))
        indexes = cur.fetchall()
        for name, _ in indexes:
            cur.execute(f'DROP INDEX "{name}"')
        for table in TRIGGERED:
            cur.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        try:
            for stmt in GENERATE:
                t = time.monotonic()
                cur.execute(stmt)
                print(f"{time.monotonic() - t:6.1f}s {stmt.split()[2]}")
        finally:
            for table in TRIGGERED:
                cur.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
            cur.execute("SET session_replication_role = DEFAULT")
        t = time.monotonic()
        for _, definition in indexes:
            cur.execute(definition)
        print(f"{time.monotonic() - t:6.1f}s {len(indexes)} indexes rebuilt")
        cur.execute("VACUUM ANALYZE")
        cur.execute("SELECT count(*) FROM process_data")
        assert cur.fetchone()[0] >= 990_000
        cur.execute("SELECT count(*) FROM wip_items")
        assert cur.fetchone()[0] == 100_000
    conn.close()
    print(f"generated in {time.monotonic() - started:.1f}s")
    yield url
    pg_server.drop_database(url)


def _walk(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _walk(child)


def _calls(svc: ReportsService) -> dict[str, Any]:
    lot_open = svc.lot_id_for("WF250926D01")  # day 999: in progress
    lot_closed = svc.lot_id_for("WF240601D01")
    assert lot_open and lot_closed
    week = ReportScope(date(2024, 6, 1), date(2024, 6, 7))
    return {
        "board default": lambda: svc.lot_board(),
        "board open LOTs": lambda: svc.lot_board(LotFilter(statuses=("IN_PROGRESS",))),
        "board period": lambda: svc.lot_board(
            LotFilter(date_from=date(2024, 6, 1), date_to=date(2024, 6, 30))
        ),
        "board search": lambda: svc.lot_board(LotFilter(search="240601")),
        "board live row": lambda: svc.lot_board(LotFilter(), lot_ids=[lot_open]),
        "detail open": lambda: svc.lot_detail(lot_open),
        "detail closed": lambda: svc.lot_detail(lot_closed),
        "yield LOT": lambda: svc.yield_report(ReportScope(lot_id=lot_closed)),
        "yield week": lambda: svc.yield_report(week),
        "pareto week": lambda: svc.defect_pareto(week),
        "pareto step": lambda: svc.defect_pareto(week, "PROC-003"),
        "trace LOT": lambda: svc.trace("WF240601D01"),
        "trace WIP": lambda: svc.trace("WIP-WF240601D01-007"),
        "trace serial": lambda: svc.trace("WF240601D01-0007"),
        "trace open WIP": lambda: svc.trace("WIP-WF250926D01-003"),
        "audit newest": lambda: svc.audit_log(),
        "audit record": lambda: svc.audit_log(AuditFilter(table_name="lots", record_id=500)),
        "audit table": lambda: svc.audit_log(AuditFilter(table_name="serials")),
        "audit user": lambda: svc.audit_log(AuditFilter(user_id=2)),
        "audit period": lambda: svc.audit_log(
            AuditFilter(date_from=date(2024, 3, 1), date_to=date(2024, 3, 2))
        ),
        "audit tables": lambda: svc.audit_tables(),
    }


def test_supervisor_queries_use_indexes(big_db) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(big_db)
    svc = ReportsService(make_sessionmaker(engine), tz=UTC)
    calls = _calls(svc)
    captured: list[tuple[str, str, Any]] = []
    current = [""]

    @event.listens_for(engine, "before_cursor_execute")
    def _capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            captured.append((current[0], statement, parameters))

    timings = {}
    for name, call in calls.items():
        current[0] = name
        t = time.monotonic()
        call()
        timings[name] = time.monotonic() - t
    event.remove(engine, "before_cursor_execute", _capture)

    problems = []
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for name, statement, params in captured:
            cur.execute("EXPLAIN (FORMAT JSON) " + statement, params)
            plan = cur.fetchone()[0]
            plan = plan if isinstance(plan, list) else json.loads(plan)
            for node in _walk(plan[0]["Plan"]):
                if node["Node Type"] == "Seq Scan" and node.get("Relation Name") in LARGE:
                    problems.append(
                        f"{name}: Seq Scan on {node['Relation Name']}\n{statement.strip()[:300]}"
                    )
    finally:
        raw.close()
        engine.dispose()
    assert not problems, "\n\n".join(problems)
    assert {n for n, _, _ in captured} == set(timings)  # every call was EXPLAINed
    slow = {n: round(t, 2) for n, t in timings.items() if t > 1.0}
    assert not slow, f"supervisor queries slower than 1 s: {slow}"
