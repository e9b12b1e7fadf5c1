"""Revision 001: the plan's verification queries, the seed, and a clean downgrade."""

from __future__ import annotations

import subprocess

import bcrypt
import pytest
from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db import migrate
from neurohub_desktop.db.embedded import bin_dir
from neurohub_desktop.db.engine import libpq_dsn as dsn

PLAN_TABLES = {"product_models", "lots", "serials", "processes", "process_data", "users"}


def _q(url, sql):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.connect() as conn:
        rows = conn.execute(text(sql)).all()
    eng.dispose()
    return rows


def test_upgrade_001_then_plan_verification(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "001_initial_schema")
    tables = {
        r[0]
        for r in _q(
            empty_db_url,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
    }
    assert tables == PLAN_TABLES | {"alembic_version"}
    assert _q(empty_db_url, "SELECT COUNT(*) FROM processes")[0][0] == 8
    assert _q(empty_db_url, "SELECT COUNT(*) FROM product_models")[0][0] == 1
    assert _q(empty_db_url, "SELECT COUNT(*) FROM users")[0][0] == 1
    codes = [
        r[0] for r in _q(empty_db_url, "SELECT process_id FROM processes ORDER BY sequence_order")
    ]
    assert codes == [f"PROC-00{i}" for i in range(1, 9)]


def test_downgrade_base_leaves_only_alembic_version(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "001_initial_schema")
    migrate.downgrade(empty_db_url, "base")
    rows = _q(
        empty_db_url,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    assert [r[0] for r in rows] == ["alembic_version"]
    assert migrate.current_revisions(empty_db_url) == ()


def test_seed_contents(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "001_initial_schema")
    procs = _q(
        empty_db_url,
        "SELECT process_id, process_name, process_name_en, "
        "estimated_duration_seconds, quality_criteria FROM processes "
        "ORDER BY sequence_order",
    )
    assert [(p[1], p[2]) for p in procs][:2] == [
        ("레이저 마킹", "Laser marking"),
        ("LMA 조립", "LMA assembly"),
    ]
    assert [p[3] for p in procs] == [60, 3600, 60, 60, 3600, 600, 40, 120]
    for p in procs:
        criteria = p[4]
        assert criteria["measurements"] and criteria["defect_codes"], p[0]
    temp = next(m for m in procs[2][4]["measurements"] if m["code"] == "TEMP_SENSOR")
    assert (temp["lsl"], temp["usl"], temp["target"], temp["unit"]) == (59.0, 61.0, 60.0, "°C")
    force = {m["code"]: (m["lsl"], m["usl"]) for m in procs[5][4]["measurements"]}
    assert force == {"FORCE_38C": (8.0, 12.0), "FORCE_52C": (13.0, 17.0), "FORCE_66C": (18.0, 22.0)}
    assert [d["code"] for d in procs[0][4]["defect_codes"]] == ["MARKING_FAIL"]
    model = _q(empty_db_url, "SELECT model_code, model_name FROM product_models")
    assert model == [("WF", "Withforce Wearable Robot")]


def test_admin_hash_verifies_with_bcrypt(empty_db_url):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "001_initial_schema")
    ((role, hashed, must_change),) = _q(
        empty_db_url,
        "SELECT role, password_hash, must_change_password FROM users WHERE user_id = 'admin'",
    )
    assert role == "ADMIN" and must_change is True
    assert bcrypt.checkpw(b"neurohub-admin", hashed.encode())
    assert not bcrypt.checkpw(b"wrong", hashed.encode())


@pytest.mark.parametrize(
    "table, row, constraint",
    [
        ("lots", "('X1', 1, 100, 'X')", "chk_lot_shift"),
        ("lots", "('X2', 1, 100, 'D', 'BOGUS')", "chk_lot_status"),
    ],
)
def test_check_constraints_refuse(empty_db_url, table, row, constraint):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_db_url, "001_initial_schema")
    cols = "(lot_number, product_model_id, target_quantity, shift" + (
        ", status)" if row.count(",") == 4 else ")"
    )
    with pytest.raises(Exception, match=constraint):
        _q(empty_db_url, f"INSERT INTO {table} {cols} VALUES {row} RETURNING id")


def test_offline_sql_for_001_applies_with_psql(empty_db_url, tmp_path):  # type: ignore[no-untyped-def]
    script = migrate.sql_script("upgrade", "001_initial_schema")
    path = tmp_path / "001.sql"
    path.write_text(script, encoding="utf-8")

    psql = bin_dir() / "psql"
    out = subprocess.run(
        [str(psql), "-X", "-v", "ON_ERROR_STOP=1", "-q", "-f", str(path), dsn(empty_db_url)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert migrate.current_revisions(empty_db_url) == ("001_initial_schema",)
    assert _q(empty_db_url, "SELECT COUNT(*) FROM processes")[0][0] == 8
