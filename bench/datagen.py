"""Bulk data for benchmarks, generated in SQL (generate_series).  Triggers (rules, audit,
FK checks) are off only in the loading session (``session_replication_role = replica``, reset
right after): the generated rows are consistent by construction.

The load runs as the schema owner: it is a loading session, not a station (issue 12: the
stations, the soak and the fault tests act as operator roles, which may neither INSERT into a
table directly nor set ``session_replication_role``).

A dataset is laid out on a calendar: LOT slot ``s`` is created on ``start + s // per_day`` days
(D/N shifts alternate within the day), so LOT numbers are real ``WF{YYMMDD}{shift}{NN}``
numbers, unique, and ordered like their ``created_at``.  Slots ``0 … legacy-1`` hold *legacy*
LOTs (the original system's shape: 100 serials, one ``process_data`` row per process each);
``wip_rows_sql`` appends the WIP-era LOTs after them (WIPs, their history, serials from
PROC-007 on).  The newest ``open_lots`` LOTs are IN_PROGRESS with units spread over every
step; the two weeks before them COMPLETED; older ones CLOSED.  About 2 % of units have a
FAIL/REWORK attempt, about 1 % are FAILED.
"""

from __future__ import annotations

from dataclasses import dataclass

LOT_SIZE = 100


@dataclass(frozen=True)
class Calendar:
    start: str  # ISO date of slot 0
    per_day: int  # LOTs per day


#: the 1/10 dataset: 500 K serials a year ≈ 14 LOTs of 100 a day
YEAR_TENTH = Calendar("2024-06-01", 16)
#: the real line: ~100 units a day, one LOT a day
REAL_LINE = Calendar("2015-09-01", 1)


def _toggle(on: bool) -> str:
    """Triggers (the rules, the audit and the FK checks) off for this session only."""
    return (
        "SET session_replication_role = replica;" if not on else "RESET session_replication_role;"
    )


def _lots_sql(
    first: int, count: int, cal: Calendar, open_lots: int, completed_recent: int = 0
) -> str:
    """LOT slots first … first+count-1 into lots and the temp table new_lots: the newest
    ``open_lots`` IN_PROGRESS, the ``completed_recent`` before them COMPLETED, older ones
    CLOSED (a manager closes a LOT once it has shipped)."""
    slot_day = f"(date '{cal.start}' + (s / {cal.per_day}))"
    minutes = f"((s % {cal.per_day}) * {1440 // cal.per_day})"
    last_closed = first + count - 1 - open_lots
    last_shut = last_closed - completed_recent
    stamp = f"({slot_day} + make_interval(mins => {minutes}))::timestamp AT TIME ZONE 'UTC'"
    return f"""
CREATE TEMP TABLE new_lots (id bigint, lot_number text, created_at timestamptz, status text);
WITH ins AS (
  INSERT INTO lots (lot_number, product_model_id, target_quantity, shift, status, created_at,
                    completed_at, closed_at, created_by)
  SELECT 'WF' || to_char({slot_day}, 'YYMMDD')
             || CASE WHEN s % 2 = 0 THEN 'D' ELSE 'N' END
             || lpad(((s % {cal.per_day}) / 2 + 1)::text, 2, '0'),
         (SELECT id FROM product_models WHERE model_code = 'WF'), {LOT_SIZE},
         CASE WHEN s % 2 = 0 THEN 'D' ELSE 'N' END,
         CASE WHEN s <= {last_shut} THEN 'CLOSED' WHEN s <= {last_closed} THEN 'COMPLETED'
              ELSE 'IN_PROGRESS' END,
         {stamp},
         CASE WHEN s <= {last_closed} THEN {stamp} + interval '20 hours' END,
         CASE WHEN s <= {last_shut} THEN {stamp} + interval '3 days' END,
         'manager1'
  FROM generate_series({first}, {first + count - 1}) s ORDER BY s
  RETURNING id, lot_number, created_at, status)
INSERT INTO new_lots SELECT * FROM ins;
"""


_MEASURE = """jsonb_build_object('items', jsonb_build_array(
    jsonb_build_object('code', 'M1', 'value', 60.0 + (x % 7) / 10.0, 'unit', 'mm',
                       'lsl', 59.0, 'usl', 61.0, 'result', 'PASS'),
    jsonb_build_object('code', 'OK', 'value', true, 'unit', null, 'lsl', null, 'usl', null,
                       'result', 'PASS')))"""


def _defects(result: str, proc: str = "p") -> str:
    return (
        f"CASE WHEN {result} = 'PASS' THEN '[]'::jsonb ELSE jsonb_build_array("
        f"jsonb_build_object('code', {proc}.quality_criteria->'defect_codes'->0->>'code',"
        " 'note', 'bench')) END"
    )


def core_rows_sql(serials: int, *, with_audit_rows: int = 0, cal: Calendar = YEAR_TENTH) -> str:
    """Legacy LOTs of 100 (COMPLETED), ``serials`` serials, one process_data row per serial and
    process (every 50th serial FAILED at PROC-008).  Needs revision 001..003."""
    lots = max(1, serials // LOT_SIZE)
    audit = (
        f"\n{audit_rows_sql(with_audit_rows, tables=AUDIT_SHAPE[-2:] + AUDIT_SHAPE[:1])}"
        if with_audit_rows
        else ""
    )
    return f"""
SET synchronous_commit = off;
{_toggle(False)}
{_lots_sql(0, lots, cal, 0)}
INSERT INTO serials (serial_number, lot_id, sequence, status, completed_at, created_at,
                     failure_reason)
SELECT l.lot_number || '-' || lpad(s::text, 4, '0'), l.id, s,
       CASE WHEN s % 50 = 0 THEN 'FAILED' ELSE 'PASSED' END,
       CASE WHEN s % 50 = 0 THEN NULL ELSE l.created_at + interval '20 hours' END,
       l.created_at + s * interval '1 minute',
       CASE WHEN s % 50 = 0 THEN 'PROC-008 FAIL' END
FROM new_lots l CROSS JOIN generate_series(1, {LOT_SIZE}) s;
-- the JSON documents are built once per process (8 rows), not once per record
CREATE TEMP TABLE proc_docs AS
SELECT p.id, p.sequence_order, p.estimated_duration_seconds AS estimated,
       jsonb_build_object('measurements', {_MEASURE.replace("(x % 7)", "1")},
                          'defects', '[]'::jsonb) AS pass_doc,
       jsonb_build_object('measurements', {_MEASURE.replace("(x % 7)", "1")},
                          'defects', {_defects("'FAIL'")}) AS fail_doc
FROM processes p;
INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, result,
                          process_specific_data, start_time, complete_time, duration_seconds)
SELECT s.lot_id, s.id, p.id, 1,
       CASE WHEN s.status = 'FAILED' AND p.sequence_order = 8 THEN 'FAIL' ELSE 'PASS' END,
       CASE WHEN s.status = 'FAILED' AND p.sequence_order = 8 THEN p.fail_doc
            ELSE p.pass_doc END,
       s.created_at + p.sequence_order * interval '1 hour' - p.estimated * interval '1 second',
       s.created_at + p.sequence_order * interval '1 hour', p.estimated
FROM serials s JOIN new_lots l ON l.id = s.lot_id CROSS JOIN proc_docs p
ORDER BY s.id, p.sequence_order;
DROP TABLE proc_docs;
{_toggle(True)}
DROP TABLE new_lots;{audit}
VACUUM ANALYZE;
"""


def wip_rows_sql(
    wip_lots: int, *, first_slot: int, open_lots: int, cal: Calendar = YEAR_TENTH
) -> str:
    """WIP-era LOTs at slots first_slot …: WIPs, WIP history (6 PASS per finished WIP, plus a
    FAIL/REWORK for ~2 %), serials and their PROC-007/008 records.  Needs revision 006."""
    return f"""
SET synchronous_commit = off;
{_toggle(False)}
{_lots_sql(first_slot, wip_lots, cal, open_lots, completed_recent=14 * cal.per_day)}
-- q = where the unit is: 1..6 at a WIP step (in progress there when seq % 3 = 0), 7 WIP
-- COMPLETED, 8 serial at PROC-008 (open), 9 finished.  r = step of its extra attempt.
CREATE TEMP TABLE units AS
SELECT l.id AS lot_id, l.lot_number, i AS seq,
       l.created_at + i * interval '1 minute' AS issued,
       CASE WHEN l.status <> 'IN_PROGRESS' THEN 9 ELSE 1 + (i + l.id) % 8 END AS q,
       1 + (i + l.id) % 6 AS r,
       (i * 31 + l.id) % 97 = 0 AS failed,
       (i * 17 + l.id) % 50 = 0 AS reworked
FROM new_lots l CROSS JOIN generate_series(1, {LOT_SIZE}) i;
UPDATE units SET failed = false WHERE q < r + 1;
INSERT INTO serials (serial_number, lot_id, sequence, status, completed_at, created_at)
SELECT lot_number || '-' || lpad(seq::text, 4, '0'), lot_id, seq,
       CASE WHEN q = 9 THEN 'PASSED' ELSE 'IN_PROGRESS' END,
       CASE WHEN q = 9 THEN issued + interval '9 hours' END, issued + interval '7 hours'
FROM units WHERE q >= 8 AND NOT failed ORDER BY lot_id, seq;
INSERT INTO wip_items (wip_id, lot_id, serial_id, sequence_in_lot, status, current_process_id,
                       completed_at, converted_at, created_at, updated_at)
SELECT 'WIP-' || u.lot_number || '-' || lpad(u.seq::text, 3, '0'), u.lot_id, s.id, u.seq,
       CASE WHEN u.failed THEN 'FAILED' WHEN u.q >= 8 THEN 'CONVERTED'
            WHEN u.q = 7 THEN 'COMPLETED' WHEN u.q = 1 AND u.seq % 3 <> 0 THEN 'CREATED'
            ELSE 'IN_PROGRESS' END,
       CASE WHEN NOT u.failed AND u.q <= 6 AND u.seq % 3 = 0
            THEN (SELECT id FROM processes WHERE sequence_order = u.q) END,
       CASE WHEN NOT u.failed AND u.q >= 7 THEN u.issued + interval '6 hours' END,
       CASE WHEN NOT u.failed AND u.q >= 8 THEN u.issued + interval '7 hours' END,
       u.issued, u.issued + u.q * interval '1 hour'
FROM units u LEFT JOIN serials s ON s.lot_id = u.lot_id AND s.sequence = u.seq
ORDER BY u.lot_id, u.seq;
INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, result, measurements,
                                 defects, started_at, completed_at, duration_seconds,
                                 created_at)
SELECT w.id, p.id, 1, a.result, p.measurements,
       CASE WHEN a.result = 'PASS' THEN '[]'::jsonb ELSE p.fail_defects END,
       a.done - p.estimated_duration_seconds * interval '1 second', a.done,
       p.estimated_duration_seconds, a.done
FROM units u
JOIN wip_items w ON w.lot_id = u.lot_id AND w.sequence_in_lot = u.seq
JOIN (SELECT id, sequence_order, estimated_duration_seconds, {_MEASURE.replace("(x % 7)", "1")}
             AS measurements, {_defects("'FAIL'")} AS fail_defects
      FROM processes p) p ON p.sequence_order <= 6
  AND (p.sequence_order < u.q OR (u.failed AND p.sequence_order = u.r))
CROSS JOIN LATERAL (
  SELECT 'PASS' AS result, u.issued + p.sequence_order * interval '1 hour' AS done
  WHERE NOT (u.failed AND p.sequence_order >= u.r)
  UNION ALL
  SELECT CASE WHEN u.failed THEN 'FAIL' ELSE 'REWORK' END,
         u.issued + p.sequence_order * interval '1 hour' - interval '10 minutes'
  WHERE (u.failed OR u.reworked) AND p.sequence_order = u.r) a
ORDER BY a.done;
INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, result,
                          process_specific_data, start_time, complete_time, duration_seconds)
SELECT s.lot_id, s.id, p.id, 1,
       CASE WHEN p.sequence_order = 8 AND s.status <> 'PASSED' THEN NULL ELSE 'PASS' END,
       jsonb_build_object('measurements', {_MEASURE.replace("(x % 7)", "1")},
                          'defects', '[]'::jsonb),
       s.created_at + (p.sequence_order - 7) * interval '1 hour',
       CASE WHEN p.sequence_order = 8 AND s.status <> 'PASSED' THEN NULL
            ELSE s.created_at + (p.sequence_order - 7) * interval '1 hour'
                 + p.estimated_duration_seconds * interval '1 second' END,
       CASE WHEN p.sequence_order = 8 AND s.status <> 'PASSED' THEN NULL
            ELSE p.estimated_duration_seconds END
FROM serials s JOIN new_lots l ON l.id = s.lot_id
JOIN processes p ON p.sequence_order >= 7;
{_toggle(True)}
DROP TABLE units;
DROP TABLE new_lots;
"""


#: audit rows per data row, by table (INSERT + the UPDATEs a station's actions cause)
AUDIT_SHAPE = (
    ("process_data", 2),
    ("wip_process_history", 1),
    ("wip_items", 13),
    ("serials", 3),
    ("lots", 3),
)


def audit_rows_sql(rows: int, *, tables: tuple[tuple[str, int], ...] = AUDIT_SHAPE) -> str:
    """About ``rows`` audit_logs rows in id (= time) order, pointing at real record ids of the
    tables that exist (each record: an INSERT, then UPDATEs), stations ST-1..ST-8."""
    parts = []
    for table, per_row in tables:
        parts.append(f"""
SELECT '{table}' AS t, r.id AS rid, k, r.stamp, {per_row} AS per_row
FROM (SELECT id, {_stamp(table)} AS stamp FROM {table}) r
CROSS JOIN generate_series(1, {per_row}) k""")
    union = " UNION ALL ".join(parts)
    return f"""
SET synchronous_commit = off;
SET work_mem = '256MB';
SET session_replication_role = replica;
CREATE TEMP TABLE audit_src AS {union};
-- thin out uniformly when the tables would give more than asked for
CREATE TEMP TABLE audit_keep AS
SELECT least(1.0, {rows}::float8 / greatest(1, (SELECT count(*) FROM audit_src))) AS p;
INSERT INTO audit_logs (table_name, record_id, action, user_id, db_user, station, old_data,
                        new_data, changed_fields, created_at)
SELECT t, rid, CASE WHEN k = 1 THEN 'INSERT' ELSE 'UPDATE' END, 2 + rid % 20, 'neurohub',
       (ARRAY['ST-1', 'ST-2', 'ST-3', 'ST-4', 'ST-5', 'ST-6', 'ST-7', 'ST-8'])[1 + (rid + k) % 8],
       CASE WHEN k > 1 THEN '{{"status": "IN_PROGRESS"}}'::jsonb END,
       CASE WHEN k = 1 THEN '{{"status": "CREATED"}}'::jsonb
            ELSE '{{"status": "PASS"}}'::jsonb END,
       CASE WHEN k > 1 THEN '{{status,updated_at}}'::text[] END,
       stamp + k * interval '1 second'
FROM audit_src
WHERE random() < (SELECT p FROM audit_keep)  -- a per-row draw (p = 1: every row)
ORDER BY stamp, k;
DROP TABLE audit_src;
DROP TABLE audit_keep;
RESET session_replication_role;
"""


def _stamp(table: str) -> str:
    return {"process_data": "start_time", "wip_process_history": "completed_at"}.get(
        table, "created_at"
    )


def without_indexes(table: str, load_sql: str) -> str:
    """``load_sql`` with the table's secondary indexes dropped first and rebuilt from their own
    catalogue definitions afterwards (a bulk build is far cheaper than row-by-row upkeep)."""
    return f"""
CREATE TEMP TABLE saved_indexes AS
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = current_schema() AND i.tablename = '{table}'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM saved_indexes LOOP
    EXECUTE format('DROP INDEX %I', r.indexname);
  END LOOP; END $$;
{load_sql}
SET maintenance_work_mem = '256MB';
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM saved_indexes LOOP EXECUTE r.indexdef; END LOOP; END $$;
RESET maintenance_work_mem;
DROP TABLE saved_indexes;
"""
