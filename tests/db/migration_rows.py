"""Rows in every table of whatever revision a test database is at, written through the rules.

Used by the stairway, backup/restore and concurrent-index tests.  Up to 005 a serial takes
PROC-001 in ``process_data``; from 006 on (``wip_items`` exists) the unit goes the way
domain.md §5 describes: a WIP through PROC-001..006, converted to its serial at PROC-007.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, create_engine, pool, text
from sqlalchemy.engine import URL

LOT = "WF260101D01"


def steps() -> list[tuple[str, str]]:
    """(previous, revision) base → head, from the script directory: new revisions included."""
    from neurohub_desktop.db import migrate

    out: list[tuple[str, str]] = []
    for script in reversed(list(migrate.script_directory().walk_revisions())):
        down = script.down_revision
        assert down is None or isinstance(down, str), "merge revisions are not expected"
        out.append((down or "base", script.revision))
    return out


def _one(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar_one()


def _has(conn: Connection, table: str) -> bool:
    return bool(_one(conn, "SELECT to_regclass(:t) IS NOT NULL", t=f"public.{table}"))


def _step(conn: Connection, code: str) -> int:
    return int(_one(conn, "SELECT id FROM processes WHERE process_id = :c", c=code))


def _wip_unit(conn: Connection, lot_id: int, seq: int, operator: int, equipment: int | None) -> int:
    """A WIP through PROC-001..006 (PASS each), then its serial at PROC-007; the serial id."""
    wip = _one(
        conn,
        "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot) VALUES "
        "(:w, :lot, :seq) RETURNING id",
        w=f"WIP-{LOT}-{seq:03d}",
        lot=lot_id,
        seq=seq,
    )
    for k in range(1, 7):
        step = _step(conn, f"PROC-00{k}")
        conn.execute(
            text("UPDATE wip_items SET current_process_id = :p WHERE id = :w"),
            {"p": step, "w": wip},
        )
        conn.execute(
            text(
                "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id,"
                " equipment_id, result, measurements, defects, started_at, completed_at,"
                " duration_seconds)"
                " VALUES (:w, :p, :op, :eq, 'PASS', '{\"items\": []}', '[]',"
                " now() - interval '1 minute', now(), 60)"
            ),
            {"w": wip, "p": step, "op": operator, "eq": equipment},
        )
    serial = _one(
        conn,
        "INSERT INTO serials (serial_number, lot_id, sequence) VALUES "
        "(:s, :lot, :seq) RETURNING id",
        s=f"{LOT}-{seq:04d}",
        lot=lot_id,
        seq=seq,
    )
    conn.execute(
        text(
            "UPDATE wip_items SET status = 'CONVERTED', serial_id = :s,"
            " converted_at = now() WHERE id = :w"
        ),
        {"s": serial, "w": wip},
    )
    _serial_step(conn, lot_id, serial, "PROC-007", operator)
    return int(serial)


def _serial_step(conn: Connection, lot_id: int, serial: int, code: str, operator: int) -> None:
    rec = _one(
        conn,
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id,"
        " start_time) VALUES (:lot, :s, :p, :op, now() - interval '1 minute')"
        " RETURNING id",
        lot=lot_id,
        s=serial,
        p=_step(conn, code),
        op=operator,
    )
    conn.execute(
        text(
            "UPDATE process_data SET result = 'PASS', complete_time = now(),"
            ' process_specific_data = \'{"measurements": {"items": []},'
            ' "defects": []}\' WHERE id = :r'
        ),
        {"r": rec},
    )


def populate(url: URL | str, units: int = 3) -> dict[str, int]:
    """Write a LOT with ``units`` units (and firmware/equipment when present); row counts."""
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT set_config('neurohub.user_id', '1', true),"
                    " set_config('neurohub.station', 'TEST-PC', true)"
                )
            )
            operator = _one(
                conn,
                "INSERT INTO users (user_id, username, password_hash, role)"
                " VALUES ('op1', 'Operator 1', 'x', 'WORKER') RETURNING id",
            )
            lot = _one(
                conn,
                "INSERT INTO lots (lot_number, product_model_id, shift,"
                " target_quantity, created_by) VALUES (:n, (SELECT id FROM"
                " product_models WHERE model_code = 'WF'), 'D', 10, 'admin')"
                " RETURNING id",
                n=LOT,
            )
            equipment = None
            if _has(conn, "firmware_versions"):
                conn.execute(
                    text(
                        "INSERT INTO firmware_versions (version, filename, file_path, file_size,"
                        " md5_hash, target_mcu, is_active) VALUES ('v1.0.0', 'fw.bin',"
                        " '/fw/fw.bin', 1024, md5('fw'), 'STM32F4', true)"
                    )
                )
                equipment = _one(
                    conn,
                    "INSERT INTO equipment (equipment_code, equipment_name,"
                    " equipment_type, process_id) VALUES ('EQ-01', 'Jig 1',"
                    " 'JIG', (SELECT id FROM processes WHERE"
                    " process_id = 'PROC-003')) RETURNING id",
                )
            if _has(conn, "signatures"):  # the owner writes it directly, as a DBA could
                conn.execute(
                    text(
                        "INSERT INTO signatures (signer_id, meaning, reason, subject, station,"
                        " details, valid_until) VALUES (1, 'EQUIPMENT_OVERRIDE', 'test',"
                        " 'EQ-01', 'TEST-PC', '{\"problem\": \"MAINTENANCE\"}', now())"
                    )
                )
            for seq in range(1, units + 1):
                if _has(conn, "wip_items"):
                    _wip_unit(conn, lot, seq, operator, equipment)
                else:
                    serial = _one(
                        conn,
                        "INSERT INTO serials (serial_number, lot_id, sequence)"
                        " VALUES (:s, :lot, :seq) RETURNING id",
                        s=f"{LOT}-{seq:04d}",
                        lot=lot,
                        seq=seq,
                    )
                    _serial_step(conn, lot, serial, "PROC-001", operator)
    finally:
        engine.dispose()
    from neurohub_desktop.db.ops import row_counts

    return row_counts(url)
