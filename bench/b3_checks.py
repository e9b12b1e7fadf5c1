"""B3's verdict on the data: what the stations were told against what the database holds, and
the line's rules checked again by SQL after the run (each query counts offending rows)."""

from __future__ import annotations

from typing import Any

import psycopg2
import psycopg2.extras

from neurohub_desktop.db.engine import libpq_dsn

# Each query returns one number: rows breaking the rule in its name.
RULES = {
    "wip_step_without_previous_pass": """
        SELECT count(*) FROM wip_process_history h
        JOIN processes p ON p.id = h.process_id
        WHERE h.result = 'PASS' AND p.sequence_order > 1 AND NOT EXISTS (
            SELECT 1 FROM wip_process_history h2 JOIN processes p2 ON p2.id = h2.process_id
            WHERE h2.wip_item_id = h.wip_item_id AND h2.result = 'PASS'
              AND p2.sequence_order = p.sequence_order - 1
              AND h2.completed_at <= h.completed_at)""",
    "serial_step_without_previous_pass": """
        SELECT count(*) FROM process_data d
        JOIN processes p ON p.id = d.process_id
        JOIN wip_items w ON w.serial_id = d.serial_id
        WHERE d.result = 'PASS' AND (
            (p.sequence_order = 7 AND (SELECT count(DISTINCT h.process_id)
                FROM wip_process_history h WHERE h.wip_item_id = w.id
                  AND h.result = 'PASS') < 6)
            OR (p.sequence_order = 8 AND NOT EXISTS (
                SELECT 1 FROM process_data d7 JOIN processes p7 ON p7.id = d7.process_id
                WHERE d7.serial_id = d.serial_id AND p7.sequence_order = 7
                  AND d7.result = 'PASS' AND d7.complete_time <= d.start_time)))""",
    "wips_over_lot_target": """
        SELECT count(*) FROM lots l
        WHERE (SELECT count(*) FROM wip_items w WHERE w.lot_id = l.id) > l.target_quantity""",
    "serials_over_lot_target": """
        SELECT count(*) FROM lots l
        WHERE (SELECT count(*) FROM serials s WHERE s.lot_id = l.id) > l.target_quantity""",
    "finished_wip_without_six_passes": """
        SELECT count(*) FROM wip_items w
        WHERE w.status IN ('COMPLETED', 'CONVERTED') AND (
            SELECT count(DISTINCT h.process_id) FROM wip_process_history h
            WHERE h.wip_item_id = w.id AND h.result = 'PASS') <> 6""",
    "converted_wip_serial_mismatch": """
        SELECT count(*) FROM wip_items w LEFT JOIN serials s ON s.id = w.serial_id
        WHERE w.status = 'CONVERTED' AND (s.id IS NULL OR s.lot_id <> w.lot_id
              OR s.sequence <> w.sequence_in_lot)""",
    "serial_status_vs_proc008": """
        SELECT count(*) FROM serials s
        WHERE (s.status = 'PASSED') <> EXISTS (
            SELECT 1 FROM process_data d JOIN processes p ON p.id = d.process_id
            WHERE d.serial_id = s.id AND p.sequence_order = 8 AND d.result = 'PASS')""",
    "pass_with_defects": """
        SELECT (SELECT count(*) FROM wip_process_history
                WHERE result = 'PASS' AND defects <> '[]'::jsonb)
             + (SELECT count(*) FROM process_data WHERE result = 'PASS'
                AND COALESCE(process_specific_data->'defects', '[]'::jsonb) <> '[]'::jsonb)""",
    "record_without_audit_insert": """
        SELECT (SELECT count(*) FROM wip_process_history h WHERE NOT EXISTS (
                    SELECT 1 FROM audit_logs a WHERE a.table_name = 'wip_process_history'
                    AND a.record_id = h.id AND a.action = 'INSERT'))
             + (SELECT count(*) FROM process_data d WHERE NOT EXISTS (
                    SELECT 1 FROM audit_logs a WHERE a.table_name = 'process_data'
                    AND a.record_id = d.id AND a.action = 'INSERT'))""",
}

DUPLICATES = """
SELECT (SELECT count(*) FROM (SELECT 1 FROM wip_process_history WHERE result = 'PASS'
                              GROUP BY wip_item_id, process_id HAVING count(*) > 1) x)
     + (SELECT count(*) FROM (SELECT 1 FROM process_data WHERE result = 'PASS'
                              GROUP BY serial_id, process_id HAVING count(*) > 1) y)
     + (SELECT count(*) FROM (SELECT 1 FROM bench_acks GROUP BY tbl, id
                              HAVING count(*) > 1) z)
"""

LOST = """
SELECT count(*) FROM bench_acks a
WHERE NOT CASE a.tbl
  WHEN 'wip_process_history' THEN EXISTS (
    SELECT 1 FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id
    JOIN processes p ON p.id = h.process_id
    WHERE h.id = a.id AND w.wip_id = a.unit AND p.process_id = a.proc AND h.result = 'PASS')
  ELSE EXISTS (
    SELECT 1 FROM process_data d JOIN serials s ON s.id = d.serial_id
    JOIN processes p ON p.id = d.process_id
    WHERE d.id = a.id AND s.serial_number = a.unit AND p.process_id = a.proc
      AND d.result = 'PASS') END
"""

UNACKNOWLEDGED = """
SELECT (SELECT count(*) FROM wip_process_history h WHERE NOT EXISTS (
            SELECT 1 FROM bench_acks a WHERE a.tbl = 'wip_process_history' AND a.id = h.id))
     + (SELECT count(*) FROM process_data d WHERE d.result IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM bench_acks a WHERE a.tbl = 'process_data' AND a.id = d.id))
"""


def anomalies(url: Any, acks: list[tuple[str, int, str, str, float]]) -> dict[str, Any]:
    """lost / duplicated / unacknowledged records and rule violations, counted by SQL."""
    conn = psycopg2.connect(libpq_dsn(url))
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE TEMP TABLE bench_acks (tbl text, id bigint, unit text, proc text)")
            psycopg2.extras.execute_values(
                cur, "INSERT INTO bench_acks VALUES %s", [a[:4] for a in acks], page_size=5000
            )
            cur.execute("ANALYZE bench_acks")

            def one(sql: str) -> int:
                cur.execute(sql)
                return int(cur.fetchone()[0])

            rules = {name: one(sql) for name, sql in RULES.items()}
            return {
                "lost": one(LOST),
                "duplicated": one(DUPLICATES),
                "unacknowledged": one(UNACKNOWLEDGED),
                "rule_violations": sum(rules.values()),
                "rule_checks": rules,
                "db_history_rows": one("SELECT count(*) FROM wip_process_history"),
                "db_finished_process_data": one(
                    "SELECT count(*) FROM process_data WHERE result IS NOT NULL"
                ),
            }
    finally:
        conn.close()
