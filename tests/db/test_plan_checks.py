"""The migration plan's own verification steps for 002 and 003, run as written, plus
stairway checks of these two revisions (their downgrades leave nothing behind) and the
offline (--sql) path applied with psql."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from nh_rules_support import Db
from sqlalchemy import text

from neurohub_desktop.db import migrate
from neurohub_desktop.db.embedded import bin_dir
from neurohub_desktop.db.engine import libpq_dsn

VERSIONS = migrate.migrations_dir() / "versions"
TRIGGERS_002 = {
    ("trg_lots_br001_status", "lots"),
    ("trg_process_data_br002_order", "process_data"),
    ("trg_process_data_br002_guard", "process_data"),
    ("trg_process_data_br003_check", "process_data"),
    ("trg_process_data_br003_serial_status", "process_data"),
    ("trg_serials_br004_limit", "serials"),
    ("trg_serials_br005_rework", "serials"),
    ("trg_serials_br007_lot_in_progress", "serials"),
} | {
    (f"trg_{t}_updated_at", t)
    for t in ("product_models", "lots", "processes", "users", "serials", "process_data")
}
FUNCTIONS_002 = {
    "br001_lot_status",
    "br002_record_guard",
    "br002_process_order",
    "br003_check_result",
    "br003_serial_status",
    "br004_serial_limit",
    "br005_rework_limit",
    "br007_lot_in_progress",
    "br008_set_updated_at",
}
FUNCTIONS_003 = {"br006_audit", "br006_audit_logs_immutable"}
#: revision 001's identity functions (domain.md §7): the only functions a 001 schema has
FUNCTIONS_001 = {"nh_ns", "nh_actor", "nh_actor_role", "nh_is_owner", "nh_may_decide"}


def load_sql(part: str):  # type: ignore[no-untyped-def]
    return load_revision("006_add_wip_tables.py").load_sql(part)


def load_revision(filename: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(f"rev_{filename[:3]}", VERSIONS / filename)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def db(empty_db_url) -> Iterator[Db]:  # type: ignore[no-untyped-def]
    d = Db(empty_db_url)
    yield d
    d.close()


def _triggers(db: Db) -> set[tuple[str, str]]:
    return {
        (r[0], r[1])
        for r in db.q(
            "SELECT DISTINCT trigger_name, event_object_table FROM information_schema.triggers"
            " WHERE trigger_schema = 'public'"
        )
    }


def _functions(db: Db) -> set[str]:
    return {
        r[0]
        for r in db.q(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n"
            " ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
        )
    }


def test_plan_002_verification(db: Db, empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "002_add_triggers")
    assert _triggers(db) == TRIGGERS_002  # the plan's trigger listing
    db.q("INSERT INTO lots (lot_number, product_model_id, shift) VALUES ('TEST-001', 1, 'D')")
    db.q("INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('TEST-001-0001', 1, 1)")
    assert db.one("SELECT status FROM lots WHERE lot_number = 'TEST-001'") == "IN_PROGRESS"


@pytest.mark.parametrize("revision", ["003_add_audit_logs", "head"])
def test_plan_003_verification(db: Db, empty_db_url, revision: str) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, revision)
    assert db.one("SELECT COUNT(*) FROM audit_logs") == 0
    db.q("INSERT INTO lots (lot_number, product_model_id, shift) VALUES ('TEST-001', 1, 'D')")
    db.q("INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('TEST-001-0001', 1, 1)")
    assert db.one("SELECT status FROM lots WHERE lot_number = 'TEST-001'") == "IN_PROGRESS"
    before = db.one("SELECT updated_at FROM lots WHERE lot_number = 'TEST-001'")

    db.q("UPDATE lots SET status = 'COMPLETED' WHERE lot_number = 'TEST-001'")  # own tx

    with db.conn.cursor() as cur:
        cur.execute(
            "SELECT * FROM audit_logs WHERE table_name = 'lots' AND action = 'UPDATE'"
            " ORDER BY created_at DESC, id DESC LIMIT 1"
        )
        row = dict(zip([c.name for c in cur.description], cur.fetchone(), strict=True))
    assert row["old_data"]["status"] == "IN_PROGRESS"
    assert row["new_data"]["status"] == "COMPLETED"
    assert row["new_data"]["completed_at"] is not None  # BR-001 stamped it
    assert row["changed_fields"] == ["status", "completed_at"]
    after = db.one("SELECT updated_at FROM lots WHERE lot_number = 'TEST-001'")
    assert after > before


@pytest.mark.parametrize(
    "revision, previous, functions",
    [
        ("002_add_triggers", "001_initial_schema", FUNCTIONS_002),
        ("003_add_audit_logs", "002_add_triggers", FUNCTIONS_003),
    ],
)
def test_stairway_leaves_nothing_of_the_revision(
    db: Db,
    empty_db_url,
    revision,
    previous,  # type: ignore[no-untyped-def]
    functions,
) -> None:
    migrate.upgrade(empty_db_url, previous)
    triggers_before, functions_before = _triggers(db), _functions(db)
    tables_before = {
        r[0] for r in db.q("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    }
    migrate.upgrade(empty_db_url, revision)
    assert functions <= _functions(db)
    migrate.downgrade(empty_db_url, previous)
    assert _triggers(db) == triggers_before
    assert _functions(db) == functions_before
    assert not functions & _functions(db)
    assert {
        r[0] for r in db.q("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    } == tables_before
    migrate.upgrade(empty_db_url, revision)
    assert migrate.current_revisions(empty_db_url) == (revision,)


def test_downgrade_to_001_removes_every_rule_function_and_trigger(db: Db, empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "003_add_audit_logs")
    migrate.downgrade(empty_db_url, "001_initial_schema")
    assert _triggers(db) == set()
    assert _functions(db) == FUNCTIONS_001


def _definitions(db: Db) -> dict[str, str]:
    return dict(
        db.q(
            "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
        )
    )


def test_006_downgrade_restores_the_002_functions(db: Db, empty_db_url) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "005_add_firmware_table")
    before, triggers_before = _definitions(db), _triggers(db)
    migrate.upgrade(empty_db_url, "006_add_wip_tables")
    after = _definitions(db)
    assert after["br002_process_order"] != before["br002_process_order"]  # really replaced
    added = set(after) - set(before)
    rules, judge, security = (load_sql(part) for part in ("wip_rules", "judge", "security"))
    assert {
        "br004_wip_limit",
        "br002_wip_transition",
        "br002_wip_history_check",
        "br003_wip_status",
        "br003_judge_record",
        "br002_process_active",
        "nh_judge_record",
        "nh_complete",
        "nh_setup_roles",
    } <= added
    assert added == (set(rules.FUNCTIONS) | set(judge.FUNCTIONS) | set(security.FUNCTIONS)) - {
        "br002_process_order"
    }
    migrate.downgrade(empty_db_url, "005_add_firmware_table")
    assert _definitions(db) == before
    assert _triggers(db) == triggers_before
    assert not db.q("SELECT 1 FROM pg_tables WHERE tablename LIKE 'wip%%'")
    migrate.upgrade(empty_db_url, "006_add_wip_tables")
    assert _definitions(db) == after


def test_sql_bodies_have_no_bind_parameters() -> None:
    """Online, op.execute() goes through text(): a ``:name`` would become a bind parameter."""
    spec = importlib.util.spec_from_file_location(
        "sql_006", migrate.migrations_dir() / "sql_006_wip_rules.py"
    )
    assert spec and spec.loader
    sql_006 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sql_006)
    sources = {
        f: load_revision(f).FUNCTIONS for f in ("002_add_triggers.py", "003_add_audit_logs.py")
    }
    sources["sql_006_wip_rules.py"] = sql_006.FUNCTIONS
    for filename, functions in sources.items():
        for name, sql in functions.items():
            assert not text(sql).compile().params, (filename, name)
            assert "::" not in sql, (filename, name)


def test_offline_head_script_applies_with_psql_and_rules_work(empty_db_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script = migrate.sql_script("upgrade", "head")
    assert re.search(r"CREATE OR REPLACE FUNCTION br002_process_order\(\)", script)
    path = tmp_path / "head.sql"
    path.write_text(script, encoding="utf-8")
    out = subprocess.run(
        [
            str(bin_dir() / "psql"),
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-f",
            str(path),
            libpq_dsn(empty_db_url),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert migrate.current_revisions(empty_db_url) == (migrate.head_revision(),)
    db = Db(empty_db_url)
    try:
        lot = db.lot()
        serial = db.serial(lot, 1)
        err = db.refused(
            "NH002",
            "INSERT INTO process_data (lot_id, serial_id, process_id,"
            " operator_id) VALUES (%s, %s, %s, %s)",
            (lot, serial, db.proc("PROC-002"), db.admin),
        )
        assert "before a PASS at PROC-001" in err.diag.message_primary  # format() survived
        db.refused("NH001", "UPDATE lots SET status = 'CLOSED' WHERE id = %s", (lot,))
        assert db.count("audit_logs", "table_name = 'lots'") == 2  # INSERT + BR-007 UPDATE
    finally:
        db.close()
