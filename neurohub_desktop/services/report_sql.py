"""The SQL of ``services.reports`` (kept apart so ``tests/db/test_query_plans.py`` can EXPLAIN
exactly what the views run).  Parameters: ``:ids`` a list of lots.id, ``:lot`` one lots.id."""

from __future__ import annotations

from collections.abc import Sequence

_WHERE = "WHERE {}"

LOTS_SELECT = """
SELECT l.id, l.lot_number, pm.model_code, l.shift, l.status, l.target_quantity,
       l.created_at, l.completed_at, l.closed_at
FROM lots l JOIN product_models pm ON pm.id = l.product_model_id
{where}
ORDER BY l.created_at DESC, l.id DESC
LIMIT :limit
"""


def _where(clauses: Sequence[str]) -> str:
    return _WHERE.format(" AND ".join(clauses)) if clauses else ""


def lots_select(clauses: Sequence[str]) -> str:
    return LOTS_SELECT.format(where=_where(clauses))


def scope_lots(clauses: Sequence[str]) -> str:
    return (
        "SELECT l.id, l.status FROM lots l JOIN product_models pm ON pm.id = l.product_model_id "
        + _where(clauses)
    )


WIP_STATUS_BY_LOT = """
SELECT lot_id, status, count(*) FROM wip_items WHERE lot_id = ANY(:ids) GROUP BY lot_id, status
"""

SERIAL_STATUS_BY_LOT = """
SELECT lot_id, status, count(*) FROM serials WHERE lot_id = ANY(:ids) GROUP BY lot_id, status
"""

# Where each unfinished unit sits (see services.reports._position, the same rule in Python):
# a WIP (not yet converted) at its step in progress, PROC-007 once COMPLETED, else the step
# after its last PASS; a serial at its open record's step, else the step after its last PASS.
# ``:wip_ids`` / ``:serial_ids``: the LOTs whose status counts hold such a WIP / serial (a
# finished LOT's 100 serials are PASSED: reading them to place none is most of the cost).
POSITIONS_BY_LOT = """
WITH u AS (
    SELECT w.lot_id, w.created_at AS issued,
           CASE WHEN cp.sequence_order IS NOT NULL THEN cp.sequence_order
                WHEN w.status = 'COMPLETED' THEN 7
                ELSE LEAST(COALESCE((
                    SELECT max(p.sequence_order)
                    FROM wip_process_history h JOIN processes p ON p.id = h.process_id
                    WHERE h.wip_item_id = w.id AND h.result = 'PASS'), 0) + 1, 6)
           END AS pos
    FROM wip_items w LEFT JOIN processes cp ON cp.id = w.current_process_id
    WHERE w.lot_id = ANY(:wip_ids)
      AND w.status IN ('CREATED', 'IN_PROGRESS', 'COMPLETED', 'FAILED')
    UNION ALL
    SELECT s.lot_id, COALESCE(wi.created_at, s.created_at),
           COALESCE((
               SELECT min(p.sequence_order)
               FROM process_data d JOIN processes p ON p.id = d.process_id
               WHERE d.serial_id = s.id AND d.complete_time IS NULL),
               LEAST(COALESCE((
                   SELECT max(p.sequence_order)
                   FROM process_data d JOIN processes p ON p.id = d.process_id
                   WHERE d.serial_id = s.id AND d.result = 'PASS'), 6) + 1, 8))
    FROM serials s LEFT JOIN wip_items wi ON wi.serial_id = s.id
    WHERE s.lot_id = ANY(:serial_ids) AND s.status IN ('CREATED', 'IN_PROGRESS', 'FAILED')
)
SELECT lot_id, pos, count(*), min(issued) FROM u GROUP BY lot_id, pos
"""

LOT_UNITS = """
SELECT w.id AS wip_pk, w.wip_id, w.status AS wip_status, cp.sequence_order AS current_seq,
       s.id AS serial_pk, s.serial_number, s.status AS serial_status,
       s.completed_at AS finished_at, w.created_at AS issued_at, w.sequence_in_lot AS seq_in_lot
FROM wip_items w
LEFT JOIN serials s ON s.id = w.serial_id
LEFT JOIN processes cp ON cp.id = w.current_process_id
WHERE w.lot_id = :lot
UNION ALL
SELECT NULL, NULL, NULL, NULL, s.id, s.serial_number, s.status, s.completed_at, s.created_at,
       s.sequence
FROM serials s
WHERE s.lot_id = :lot AND NOT EXISTS (SELECT 1 FROM wip_items w WHERE w.serial_id = s.id)
ORDER BY seq_in_lot, wip_id
"""

#: a record's defects as the FAILED units list words them: "CODE (note), CODE / notes"
_FAILURE = """concat_ws(' / ', (SELECT string_agg(COALESCE(x ->> 'code', x #>> '{{}}')
                                 || COALESCE(' (' || (x ->> 'note') || ')', ''), ', ')
                   FROM jsonb_array_elements(COALESCE({defects}, '[]')) x), {notes})"""

LOT_ATTEMPTS = f"""
SELECT 'W' AS src, h.wip_item_id AS unit, h.id, p.sequence_order AS seq, h.result,
       h.completed_at,
       CASE WHEN h.result <> 'PASS' THEN {_FAILURE.format(defects="h.defects", notes="h.notes")}
       END AS failure
FROM wip_items w
JOIN wip_process_history h ON h.wip_item_id = w.id
JOIN processes p ON p.id = h.process_id
WHERE w.lot_id = :lot
UNION ALL
SELECT 'S', d.serial_id, d.id, p.sequence_order, d.result, d.complete_time,
       CASE WHEN d.result <> 'PASS' THEN
         {_FAILURE.format(defects="d.process_specific_data -> 'defects'", notes="d.notes")}
       END
FROM process_data d JOIN processes p ON p.id = d.process_id
WHERE d.lot_id = :lot AND d.serial_id IS NOT NULL
"""

LOT_STEP_COUNTS = """
SELECT h.process_id, h.result, count(*)
FROM wip_items w JOIN wip_process_history h ON h.wip_item_id = w.id
WHERE w.lot_id = :lot
GROUP BY 1, 2
UNION ALL
SELECT d.process_id, d.result, count(*)
FROM process_data d
WHERE d.lot_id = :lot AND d.result IS NOT NULL AND d.serial_id IS NOT NULL
GROUP BY 1, 2
"""

# Statistics read hundreds of thousands of attempts LOT by LOT: per-LOT index scans beat a
# sequential scan of the whole table once the table is cached (random_page_cost 1.1, the usual
# SSD/RAM setting, for this transaction only), and the materialised attempts stay in memory.
STATS_SETTINGS = "SET LOCAL random_page_cost = 1.1; SET LOCAL work_mem = '64MB'"
# The LOT board's few-thousand-row reads: the same page cost (the (lot_id, status) index then
# wins over lot_id alone), and no parallel workers (starting them costs more than the read).
BOARD_SETTINGS = "SET LOCAL random_page_cost = 1.1; SET LOCAL max_parallel_workers_per_gather = 0"

# The per-step figures the slow, obvious way (every attempt ranked per unit and step): the
# reference tests/db/test_statistics.py compares the service's per-LOT sums (LOT_FIGURES) with.
STEP_YIELD_REFERENCE = """
WITH att AS (
    SELECT COALESCE('S' || w.serial_id, 'W' || w.id) AS unit, h.process_id, h.result,
           h.duration_seconds, h.id AS rid
    FROM wip_items w JOIN wip_process_history h ON h.wip_item_id = w.id
    WHERE w.lot_id = ANY(:ids)
    UNION ALL
    SELECT 'S' || d.serial_id, d.process_id, d.result, d.duration_seconds, d.id
    FROM process_data d
    WHERE d.lot_id = ANY(:ids) AND d.result IS NOT NULL AND d.serial_id IS NOT NULL
), ranked AS (
    SELECT att.*,
           row_number() OVER (PARTITION BY unit, process_id ORDER BY rid) AS rn,
           count(*) OVER (PARTITION BY unit, process_id) AS n
    FROM att
)
SELECT process_id AS process_pk,
       count(*) FILTER (WHERE result = 'PASS') AS passed,
       count(*) FILTER (WHERE result = 'FAIL') AS failed,
       count(*) FILTER (WHERE result = 'REWORK') AS rework,
       count(DISTINCT unit) AS units,
       count(*) FILTER (WHERE rn = 1 AND result = 'PASS') AS first_pass,
       avg(duration_seconds) AS mean_duration,
       count(DISTINCT unit) FILTER (WHERE n > 1) AS reworked
FROM ranked
GROUP BY GROUPING SETS ((process_id), ())
"""

# Per-LOT figures (services.reports caches those of finished LOTs): one row per grouping set,
# told apart by ``g`` = GROUPING(process_id, operator_id, shift_date): 7 the LOT's totals
# (distinct units, units that attempted a step more than once), 3 per step, 1 per operator and
# step, 2 per shift and step.  An attempt's shift is that of its completion in the station's
# time zone ({tz}): shifted back by the day shift's start, its date is the shift date and the
# day shift's first :day_minutes minutes are D, the rest N (domain.ShiftPlan).
LOT_FIGURES = """
WITH att AS MATERIALIZED (
    SELECT w.lot_id, COALESCE(w.serial_id, -w.id) AS unit, h.process_id, h.operator_id,
           h.result, h.duration_seconds AS dur, h.id AS rid, h.completed_at AS done_at
    FROM unnest(CAST(:ids AS bigint[])) AS l(id)
    JOIN wip_items w ON w.lot_id = l.id
    JOIN wip_process_history h ON h.wip_item_id = w.id
    UNION ALL
    SELECT d.lot_id, d.serial_id, d.process_id, d.operator_id, d.result, d.duration_seconds,
           d.id, d.complete_time
    FROM unnest(CAST(:ids AS bigint[])) AS l(id)
    JOIN process_data d ON d.lot_id = l.id
    WHERE d.result IS NOT NULL AND d.serial_id IS NOT NULL
), ranked AS (
    SELECT lot_id, unit, process_id, operator_id, result, dur,
           rid = min(rid) OVER w AS first, count(*) OVER w AS n_at_step,
           (done_at AT TIME ZONE {tz}) - CAST(:day_start AS interval) AS shifted
    FROM att WINDOW w AS (PARTITION BY lot_id, unit, process_id)
), keyed AS (
    SELECT ranked.*, CAST(shifted AS date) AS shift_date,
           CASE WHEN extract(hour FROM shifted) * 60 + extract(minute FROM shifted)
                     < :day_minutes THEN 'D' ELSE 'N' END AS shift
    FROM ranked
)
SELECT lot_id, process_id, operator_id, shift_date, shift,
       GROUPING(process_id, operator_id, shift_date) AS g,
       count(*) AS attempts,
       count(*) FILTER (WHERE result = 'PASS') AS passed,
       count(*) FILTER (WHERE result = 'FAIL') AS failed,
       count(*) FILTER (WHERE result = 'REWORK') AS rework,
       count(*) FILTER (WHERE first) AS first_attempts,
       count(*) FILTER (WHERE first AND result = 'PASS') AS first_pass,
       COALESCE(sum(dur), 0) AS dur_sum, count(dur) AS dur_n,
       count(DISTINCT unit) AS units,
       count(DISTINCT unit) FILTER (WHERE n_at_step > 1) AS reworked
FROM keyed
GROUP BY GROUPING SETS ((lot_id), (lot_id, process_id), (lot_id, operator_id, process_id),
                        (lot_id, shift_date, shift, process_id))
"""

# Per operator / per shift and step the slow, obvious way, over the whole scope at once (every
# attempt ranked per unit and step, the shift computed per attempt by the same rule): the
# reference tests/db/test_statistics.py compares the service's cached, per-LOT sums with.
OUTPUT_REFERENCE = """
WITH att AS (
    SELECT COALESCE('S' || w.serial_id, 'W' || w.id) AS unit, h.process_id, h.operator_id,
           h.result, h.duration_seconds AS dur, h.id AS rid, h.completed_at AS done_at
    FROM wip_items w JOIN wip_process_history h ON h.wip_item_id = w.id
    WHERE w.lot_id = ANY(:ids)
    UNION ALL
    SELECT 'S' || d.serial_id, d.process_id, d.operator_id, d.result, d.duration_seconds,
           d.id, d.complete_time
    FROM process_data d
    WHERE d.lot_id = ANY(:ids) AND d.result IS NOT NULL AND d.serial_id IS NOT NULL
), ranked AS (
    SELECT att.*, row_number() OVER (PARTITION BY unit, process_id ORDER BY rid) AS rn,
           (done_at AT TIME ZONE {tz}) - CAST(:day_start AS interval) AS shifted
    FROM att
)
SELECT {key}, p.process_id, count(*) AS attempts,
       count(*) FILTER (WHERE result = 'PASS') AS passed,
       count(DISTINCT unit) AS units,
       count(*) FILTER (WHERE rn = 1) AS first_attempts,
       count(*) FILTER (WHERE rn = 1 AND result = 'PASS') AS first_pass,
       COALESCE(sum(dur), 0) AS dur_sum, count(dur) AS dur_n
FROM ranked JOIN processes p ON p.id = ranked.process_id
JOIN users u ON u.id = ranked.operator_id
GROUP BY {key}, p.process_id
"""
OUTPUT_REFERENCE_OPERATOR = "u.user_id"
OUTPUT_REFERENCE_SHIFT = (
    "CAST(shifted AS date), CASE WHEN shifted - date_trunc('day', shifted)"
    " < make_interval(mins => :day_minutes) THEN 'D' ELSE 'N' END"
)

_DEFECTS = (
    "CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof({col}) = 'array' "
    "THEN {col} ELSE '[]'::jsonb END) e"
)
_CODE = "COALESCE(e->>'code', e#>>'{}')"


# Defect occurrences by step and code, LOT by LOT; only attempts whose defects are not the
# empty array are expanded (an empty or missing list adds nothing, so the counts are those of
# expanding every attempt).
PARETO = f"""
SELECT p.process_id, {_CODE} AS code, count(*)
FROM unnest(CAST(:ids AS bigint[])) AS l(id)
JOIN wip_items w ON w.lot_id = l.id
JOIN wip_process_history h ON h.wip_item_id = w.id
JOIN processes p ON p.id = h.process_id
{_DEFECTS.format(col="h.defects")}
WHERE h.defects <> '[]'::jsonb
GROUP BY 1, 2
UNION ALL
SELECT p.process_id, {_CODE}, count(*)
FROM unnest(CAST(:ids AS bigint[])) AS l(id)
JOIN process_data d ON d.lot_id = l.id
JOIN processes p ON p.id = d.process_id
{_DEFECTS.format(col="(d.process_specific_data -> 'defects')")}
WHERE (d.process_specific_data -> 'defects') <> '[]'::jsonb
GROUP BY 1, 2
"""

# Before PARETO_BY_LOT, in the statistics transaction: no hash aggregate.  The planner takes
# every jsonb_array_elements call for 100 rows and, with the 64 MB work_mem, sizes a hash table
# of ~16 MB for the handful of codes of a few open LOTs (allocating it was half the query).
PARETO_SETTINGS = "SET LOCAL enable_hashagg = off"

# The same, per LOT (the cache's figures).
PARETO_BY_LOT = f"""
SELECT w.lot_id, p.process_id, {_CODE} AS code, count(*)
FROM unnest(CAST(:ids AS bigint[])) AS l(id)
JOIN wip_items w ON w.lot_id = l.id
JOIN wip_process_history h ON h.wip_item_id = w.id
JOIN processes p ON p.id = h.process_id
{_DEFECTS.format(col="h.defects")}
WHERE h.defects <> '[]'::jsonb
GROUP BY 1, 2, 3
UNION ALL
SELECT d.lot_id, p.process_id, {_CODE}, count(*)
FROM unnest(CAST(:ids AS bigint[])) AS l(id)
JOIN process_data d ON d.lot_id = l.id
JOIN processes p ON p.id = d.process_id
{_DEFECTS.format(col="(d.process_specific_data -> 'defects')")}
WHERE (d.process_specific_data -> 'defects') <> '[]'::jsonb
GROUP BY 1, 2, 3
"""


AUDIT = """
SELECT a.id, a.created_at, a.table_name, a.record_id, a.action, a.user_id,
       u.user_id AS login, u.username, a.db_user, a.station, a.old_data, a.new_data,
       a.changed_fields, a.reason
FROM audit_logs a LEFT JOIN users u ON u.id = a.user_id
{where}
ORDER BY {order}
LIMIT :limit
"""


def audit(clauses: Sequence[str], by_time: bool) -> str:
    """Newest first.  Filtered by table, record or user: by created_at (the 003/004 indexes
    on those columns carry it); otherwise by id, walking the primary key backwards (ids grow
    with time; 004 gives created_at only a BRIN index)."""
    order = "a.created_at DESC, a.id DESC" if by_time else "a.id DESC"
    return AUDIT.format(where=_where(clauses), order=order)


AUDITED_TABLES = r"""
SELECT DISTINCT c.relname
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgname LIKE 'trg\_%\_audit' AND n.nspname = current_schema()
ORDER BY 1
"""

# Traceability ---------------------------------------------------------------------------

TRACE_WIP_HISTORY = """
SELECT h.id, h.process_id AS process_pk, h.result, u.user_id AS login, u.username,
       e.equipment_code, e.equipment_name, h.started_at, h.completed_at, h.duration_seconds,
       h.measurements, h.defects, h.notes
FROM wip_process_history h
JOIN users u ON u.id = h.operator_id
LEFT JOIN equipment e ON e.id = h.equipment_id
WHERE h.wip_item_id = :wip
ORDER BY h.completed_at, h.id
"""

TRACE_SERIAL_RECORDS = """
SELECT d.id, d.process_id AS process_pk, d.result, u.user_id AS login, u.username,
       d.start_time, d.complete_time, d.duration_seconds, d.process_specific_data,
       d.notes, d.is_rework
FROM process_data d
JOIN users u ON u.id = d.operator_id
WHERE d.serial_id = :serial
ORDER BY d.start_time, d.id
"""

# The station of a record = the station named in the transaction that inserted it (BR-006),
# through nh_record_stations(): readable by every person without the audit log (ADMIN only).
TRACE_STATIONS = """
SELECT record_id, station FROM nh_record_stations(:table, CAST(:ids AS bigint[]))
"""
