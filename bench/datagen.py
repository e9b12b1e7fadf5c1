"""Bulk data for benchmarks, generated in SQL (generate_series).  Triggers are disabled only
for the load (ALTER TABLE … DISABLE TRIGGER USER) and enabled again right after."""
from __future__ import annotations

LOAD_TABLES = ("lots", "serials", "process_data")


def core_rows_sql(serials: int, *, with_audit_rows: int = 0) -> str:
    """LOTs of 100, `serials` serials, 8 process_data rows per serial (all PASS)."""
    lots = max(1, serials // 100)
    disable = "\n".join(f"ALTER TABLE {t} DISABLE TRIGGER USER;" for t in LOAD_TABLES)
    enable = "\n".join(f"ALTER TABLE {t} ENABLE TRIGGER USER;" for t in LOAD_TABLES)
    audit = ""
    if with_audit_rows:
        audit = f"""
ALTER TABLE audit_logs DISABLE TRIGGER USER;
INSERT INTO audit_logs (table_name, record_id, action, user_id, db_user, station, new_data,
                        created_at)
SELECT (ARRAY['lots','serials','process_data','wip_items','wip_process_history'])[1 + g % 5],
       g, 'INSERT', 1, 'postgres', 'ST-' || (1 + g % 8),
       jsonb_build_object('id', g, 'status', 'PASS'),
       timestamptz '2025-01-01' + (g * interval '3 seconds')
FROM generate_series(1, {with_audit_rows}) g;
ALTER TABLE audit_logs ENABLE TRIGGER USER;"""
    return f"""
SET synchronous_commit = off;
{disable}
INSERT INTO lots (lot_number, product_model_id, target_quantity, shift, status, created_at,
                  completed_at)
SELECT 'W' || to_char(date '2000-01-01' + (g / 4), 'YYMMDD')
           || CASE WHEN g % 2 = 0 THEN 'D' ELSE 'N' END || lpad((g % 4 / 2 + 1)::text, 2, '0'),
       1, 100, CASE WHEN g % 2 = 0 THEN 'D' ELSE 'N' END, 'COMPLETED',
       timestamptz '2025-01-01' + (g * interval '2 hours'),
       timestamptz '2025-01-01' + (g * interval '2 hours') + interval '1 day'
FROM generate_series(0, {lots - 1}) g;
INSERT INTO serials (serial_number, lot_id, sequence, status, completed_at, created_at)
SELECT l.lot_number || '-' || lpad(s::text, 4, '0'), l.id, s,
       CASE WHEN s % 50 = 0 THEN 'FAILED' ELSE 'PASSED' END,
       l.created_at + interval '20 hours', l.created_at
FROM lots l CROSS JOIN generate_series(1, 100) s;
INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, result,
                          process_specific_data, start_time, complete_time, duration_seconds)
SELECT s.lot_id, s.id, p.id, 1, 'PASS',
       jsonb_build_object('measurements', jsonb_build_object('items', jsonb_build_array(
           jsonb_build_object('code', 'X', 'value', 1, 'result', 'PASS'))),
           'defects', '[]'::jsonb),
       s.created_at + p.sequence_order * interval '1 hour',
       s.created_at + p.sequence_order * interval '1 hour' + interval '60 seconds', 60
FROM serials s CROSS JOIN processes p;
{enable}
{audit}
ANALYZE;
"""
