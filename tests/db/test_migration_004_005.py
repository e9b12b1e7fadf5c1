"""Revisions 004 (indexes) and 005 (firmware_versions, equipment): the plan's verification."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import IntegrityError

from neurohub_desktop.db import migrate
from neurohub_desktop.db.engine import make_engine, make_sessionmaker, transaction

PLAN_NAMED = {
    "idx_lot_number",
    "idx_serial_number",
    "idx_serial_lot",
    "idx_process_data_lot",
    "idx_process_data_serial",
    "idx_lot_status_created",
    "idx_process_data_serial_process",
    "idx_serial_failed",
    "idx_process_data_incomplete",
    "idx_process_data_jsonb",
}
# The plan's definitions, as PostgreSQL prints them back (pg_indexes.indexdef).
PLAN_DEFS = {
    "idx_serial_failed": "CREATE INDEX idx_serial_failed ON public.serials USING btree "
    "(lot_id, status) WHERE ((status)::text = 'FAILED'::text)",
    "idx_process_data_incomplete": "CREATE INDEX idx_process_data_incomplete ON "
    "public.process_data USING btree (serial_id, process_id) "
    "WHERE (complete_time IS NULL)",
    "idx_process_data_jsonb": "CREATE INDEX idx_process_data_jsonb ON public.process_data "
    "USING gin (process_specific_data)",
    "idx_lot_status_created": "CREATE INDEX idx_lot_status_created ON public.lots "
    "USING btree (status, created_at DESC)",
    "idx_lot_number": "CREATE UNIQUE INDEX idx_lot_number ON public.lots USING btree (lot_number)",
    "idx_serial_number": "CREATE UNIQUE INDEX idx_serial_number ON public.serials "
    "USING btree (serial_number)",
    "idx_serial_lot": "CREATE INDEX idx_serial_lot ON public.serials USING btree (lot_id)",
    "idx_process_data_serial_process": "CREATE INDEX idx_process_data_serial_process ON "
    "public.process_data USING btree (serial_id, process_id)",
}
FIRMWARE = (
    "INSERT INTO firmware_versions (version, filename, file_path, file_size, md5_hash,"
    " target_mcu, is_active) VALUES (:v, :v || '.bin', '/fw/' || :v || '.bin', 1024,"
    " md5(:v), :mcu, :active)"
)


def _rows(url, sql, **params):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    eng.dispose()
    return rows


def _exec(url, *statements):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    try:
        with eng.begin() as conn:
            for sql, params in statements:
                conn.execute(text(sql), params)
    finally:
        eng.dispose()


def _indexes(url):  # type: ignore[no-untyped-def]
    return {
        r[1]: (r[0], r[2])
        for r in _rows(
            url,
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = 'public' ORDER BY tablename, indexname",
        )
    }


def test_004_plan_verification(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "004_add_indexes")
    (total,) = _rows(empty_db_url, "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public'")[0]
    assert total >= 30
    indexes = _indexes(empty_db_url)
    assert PLAN_NAMED <= set(indexes)
    for name, definition in PLAN_DEFS.items():
        assert indexes[name][1] == definition
    per_table: dict[str, int] = {}
    for table, _def in indexes.values():
        per_table[table] = per_table.get(table, 0) + 1
    assert (per_table["lots"], per_table["serials"], per_table["process_data"]) == (6, 7, 13)
    others = {
        t: n
        for t, n in per_table.items()
        if t not in ("lots", "serials", "process_data", "alembic_version")
    }
    assert sum(others.values()) >= 4 and per_table["audit_logs"] >= 5  # PK + the 4 of 004
    assert not _rows(
        empty_db_url,
        "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = indrelid"
        " WHERE c.relnamespace = 'public'::regnamespace"
        " AND NOT i.indisvalid",
    )


def test_004_keeps_one_copy_of_each_index(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "004_add_indexes")
    duplicates = _rows(
        empty_db_url,
        """
        SELECT indrelid::regclass, array_agg(indexrelid::regclass)
          FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
         WHERE c.relnamespace = 'public'::regnamespace
         GROUP BY indrelid, indkey::text, indclass::text, indisunique,
                  coalesce(pg_get_expr(indpred, indrelid), ''),
                  coalesce(pg_get_expr(indexprs, indrelid), ''),
                  (SELECT amname FROM pg_class x JOIN pg_am a ON a.oid = x.relam
                    WHERE x.oid = i.indexrelid),
                  indoption::text
        HAVING count(*) > 1""",
    )
    assert duplicates == []
    constraints = {
        r[0]: r[1]
        for r in _rows(
            empty_db_url,
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid IN ('lots'::regclass, 'serials'::regclass)"
            " AND contype = 'u'",
        )
    }
    assert constraints == {
        "idx_lot_number": "UNIQUE (lot_number)",
        "idx_serial_number": "UNIQUE (serial_number)",
        "uq_serials_lot_id_sequence": "UNIQUE (lot_id, sequence)",
    }


def test_004_downgrade_moves_the_constraints_back(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "004_add_indexes")
    migrate.downgrade(empty_db_url, "003_add_audit_logs")
    names = set(_indexes(empty_db_url))
    assert not {n for n in names if n.startswith("idx_")}
    assert {"uq_lots_lot_number", "uq_serials_serial_number"} <= names
    cons = {
        r[0]
        for r in _rows(
            empty_db_url,
            "SELECT conname FROM pg_constraint WHERE contype='u' AND conrelid = 'lots'::regclass",
        )
    }
    assert cons == {"uq_lots_lot_number"}


def test_lot_number_stays_unique_under_the_plan_name(db_url) -> None:  # type: ignore[no-untyped-def]
    insert = (
        "INSERT INTO lots (lot_number, product_model_id, shift) VALUES "
        "('WF260101D01', (SELECT id FROM product_models WHERE model_code = 'WF'), 'D')",
        {},
    )
    _exec(db_url, insert)
    with pytest.raises(IntegrityError) as err:
        _exec(db_url, insert)
    assert err.value.orig.diag.constraint_name == "idx_lot_number"  # type: ignore[union-attr]


def test_005_tables_and_firmware_indexes(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "005_add_firmware_table")
    tables = {
        r[0]
        for r in _rows(
            empty_db_url,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
    }
    assert {"firmware_versions", "equipment"} <= tables
    fw = {n: d for n, (t, d) in _indexes(empty_db_url).items() if t == "firmware_versions"}
    assert fw == {
        "pk_firmware_versions": "CREATE UNIQUE INDEX pk_firmware_versions ON "
        "public.firmware_versions USING btree (id)",
        "uq_firmware_versions_version": "CREATE UNIQUE INDEX uq_firmware_versions_version ON "
        "public.firmware_versions USING btree (version)",
        "idx_firmware_versions_active_mcu": "CREATE UNIQUE INDEX idx_firmware_versions_active_mcu"
        " ON public.firmware_versions USING btree (target_mcu)"
        " WHERE is_active",
        "idx_firmware_versions_released_at": "CREATE INDEX idx_firmware_versions_released_at ON "
        "public.firmware_versions USING btree "
        "(released_at DESC)",
    }
    triggers = {
        r[0]
        for r in _rows(
            empty_db_url,
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND "
            "tgrelid IN ('firmware_versions'::regclass,"
            " 'equipment'::regclass)",
        )
    }
    assert triggers == {
        "trg_firmware_versions_updated_at",
        "trg_firmware_versions_audit",
        "trg_equipment_updated_at",
        "trg_equipment_audit",
    }


def test_one_active_firmware_per_mcu(db_url) -> None:  # type: ignore[no-untyped-def]
    _exec(
        db_url,
        (FIRMWARE, {"v": "v1.0.0", "mcu": "STM32F4", "active": True}),
        (FIRMWARE, {"v": "v0.9.0", "mcu": "STM32F4", "active": False}),
        (FIRMWARE, {"v": "v2.0.0", "mcu": "ESP32", "active": True}),
    )
    with pytest.raises(IntegrityError) as err:
        _exec(db_url, (FIRMWARE, {"v": "v1.1.0", "mcu": "STM32F4", "active": True}))
    assert err.value.orig.diag.constraint_name == "idx_firmware_versions_active_mcu"  # type: ignore[union-attr]
    # Switching the active version is one transaction: deactivate, then activate.
    _exec(
        db_url,
        ("UPDATE firmware_versions SET is_active = false WHERE version = 'v1.0.0'", {}),
        ("UPDATE firmware_versions SET is_active = true WHERE version = 'v0.9.0'", {}),
    )
    active = _rows(
        db_url,
        "SELECT target_mcu, version FROM firmware_versions WHERE is_active ORDER BY target_mcu",
    )
    assert [tuple(r) for r in active] == [("ESP32", "v2.0.0"), ("STM32F4", "v0.9.0")]
    with pytest.raises(IntegrityError):
        _exec(db_url, ("UPDATE firmware_versions SET md5_hash = upper(md5_hash)", {}))


def test_005_triggers_stamp_and_audit(db_url) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    try:
        with transaction(sessions, station="ADMIN-PC") as s:
            s.execute(text(FIRMWARE), {"v": "v3.0.0", "mcu": "STM32F4", "active": False})
            s.execute(
                text(
                    "INSERT INTO equipment (equipment_code, equipment_name, equipment_type,"
                    " process_id) VALUES ('EQ-SENS-01', 'Sensor jig 1', 'JIG',"
                    " (SELECT id FROM processes WHERE process_id = 'PROC-003'))"
                )
            )
        with transaction(sessions, station="ADMIN-PC") as s:
            s.execute(
                text(
                    "UPDATE equipment SET created_at = created_at - interval '1 day',"
                    " updated_at = updated_at - interval '1 day'"
                )
            )
        with transaction(sessions, station="ADMIN-PC") as s:
            s.execute(text("UPDATE equipment SET status = 'MAINTENANCE'"))
            stamped = s.execute(
                text("SELECT updated_at > created_at + interval '1 hour' FROM equipment")
            ).scalar()
        assert stamped is True
        with engine.connect() as conn:
            audit = conn.execute(
                text(
                    "SELECT table_name, action, station FROM audit_logs "
                    "WHERE table_name IN ('firmware_versions', 'equipment') ORDER BY id"
                )
            ).all()
        assert [tuple(r) for r in audit] == [
            ("firmware_versions", "INSERT", "ADMIN-PC"),
            ("equipment", "INSERT", "ADMIN-PC"),
            ("equipment", "UPDATE", "ADMIN-PC"),
            ("equipment", "UPDATE", "ADMIN-PC"),
        ]
    finally:
        engine.dispose()
