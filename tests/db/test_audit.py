"""BR-006: the audit trail (revision 003) on real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg2
import pytest
from nh_rules_support import Db

from neurohub_desktop.db.engine import libpq_dsn

AUDITED = ("product_models", "lots", "processes", "users", "serials", "process_data")
HASH = "$2b$12$abcdefghijklmnopqrstuOabcdefghijklmnopqrstuvwxyz01234"


@pytest.fixture
def db(db_url) -> Iterator[Db]:  # type: ignore[no-untyped-def]
    d = Db(db_url)
    yield d
    d.close()


def _audit(db: Db, table: str, record_id: int) -> list[dict]:
    with db.conn.cursor() as cur:
        cur.execute(
            "SELECT action, user_id, station, db_user, old_data, new_data,"
            " changed_fields FROM audit_logs WHERE table_name = %s AND record_id = %s"
            " ORDER BY id",
            (table, record_id),
        )
        names = [c.name for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def test_insert_update_delete_each_audited_once(db: Db) -> None:
    """The schema owner's own writes: no person acts (user_id NULL), whatever it sets."""
    with db.tx(station="ST-PROC-003"):
        db.q("SELECT set_config('neurohub.user_id', %s, true)", (str(db.admin),))  # no effect
        lot = db.lot()
    with db.tx(station="ST-PROC-003"):
        db.q("UPDATE lots SET target_quantity = 50, created_by = 'kim' WHERE id = %s", (lot,))
    with db.tx(station="ST-MANAGER"):
        db.q("DELETE FROM lots WHERE id = %s", (lot,))
    rows = _audit(db, "lots", lot)
    assert [r["action"] for r in rows] == ["INSERT", "UPDATE", "DELETE"]
    assert [r["user_id"] for r in rows] == [None] * 3
    assert [r["station"] for r in rows] == ["ST-PROC-003", "ST-PROC-003", "ST-MANAGER"]
    assert {r["db_user"] for r in rows} == {db.one("SELECT session_user")}
    insert, update, delete = rows
    assert insert["old_data"] is None and insert["new_data"]["lot_number"] == "WF261128D01"
    assert insert["changed_fields"] is None
    assert update["old_data"]["target_quantity"] == 100
    assert update["new_data"]["target_quantity"] == 50
    assert update["changed_fields"] == ["target_quantity", "created_by"]  # table order
    assert delete["new_data"] is None and delete["old_data"]["id"] == lot


def test_a_persons_writes_are_audited_under_their_own_login(db: Db) -> None:
    manager, worker = db.user("lee", "MANAGER"), db.user("kim", "WORKER")
    as_manager, as_worker = db.person("lee"), db.person("kim")
    try:
        with as_manager.tx():  # a forged actor and station change nothing
            as_manager.q(
                "SELECT set_config('neurohub.user_id', %s, true),"
                " set_config('neurohub.station', 'FORGED', true)",
                (str(db.admin),),
            )
            lot = as_manager.one("SELECT nh_create_lot('WF261128D01', 'WF', 'D', 5, 'ST-MGR')")
        as_worker.q("SELECT set_config('neurohub.user_id', %s, false)", (str(manager),))
        wip_id = as_worker.one("SELECT nh_issue_wip('WF261128D01', 'ST-01', false) ->'row'->>1")
        login = {
            manager: as_manager.one("SELECT session_user"),
            worker: as_worker.one("SELECT session_user"),
        }
    finally:
        as_manager.close()
        as_worker.close()
    lot_rows = _audit(db, "lots", lot)
    assert [(r["action"], r["user_id"], r["station"]) for r in lot_rows] == [
        ("INSERT", manager, "ST-MGR"),
        ("UPDATE", worker, "ST-01"),
    ]  # BR-007, in kim's statement
    assert lot_rows[1]["changed_fields"] == ["status"]
    wip = db.one("SELECT id FROM wip_items WHERE wip_id = %s", (wip_id,))
    wip_rows = _audit(db, "wip_items", wip)
    assert [(r["action"], r["user_id"], r["station"]) for r in wip_rows] == [
        ("INSERT", worker, "ST-01"),
        ("UPDATE", worker, "ST-01"),
    ]  # issued, PROC-001 started
    for r in lot_rows + wip_rows:
        assert r["db_user"] == login[r["user_id"]]  # the session_user the actor maps from
    assert login[worker].endswith("_u_kim") and login[manager].endswith("_u_lee")


def test_rows_changed_by_rule_triggers_are_audited_too(db: Db) -> None:
    lot = db.lot()
    with db.tx(station="ST-PROC-007"):
        serial = db.serial(lot, 1)
    (serial_row,) = _audit(db, "serials", serial)
    assert serial_row["action"] == "INSERT" and serial_row["station"] == "ST-PROC-007"
    lot_rows = _audit(db, "lots", lot)
    assert [r["action"] for r in lot_rows] == ["INSERT", "UPDATE"]  # BR-007
    assert lot_rows[1]["changed_fields"] == ["status"]
    assert lot_rows[1]["station"] == "ST-PROC-007"


def test_the_station_is_named_per_transaction_and_no_setting_names_the_actor(db: Db) -> None:
    lot = db.lot()
    with db.tx(station="ST-1"):
        db.q("SELECT set_config('neurohub.user_id', %s, true)", (str(db.admin),))
        db.q("UPDATE lots SET created_by = 'a' WHERE id = %s", (lot,))
    with db.tx():
        db.q("UPDATE lots SET created_by = 'b' WHERE id = %s", (lot,))
    db.q("UPDATE lots SET created_by = 'c' WHERE id = %s", (lot,))  # autocommit statement
    rows = _audit(db, "lots", lot)[1:]
    assert [(r["user_id"], r["station"]) for r in rows] == [
        (None, "ST-1"),
        (None, None),
        (None, None),
    ]


def test_no_op_update_and_updated_at_only_write_nothing(db: Db) -> None:
    lot = db.lot()
    db.q("UPDATE lots SET status = status, shift = 'D' WHERE id = %s", (lot,))
    db.q("UPDATE lots SET updated_at = now() + interval '1 day' WHERE id = %s", (lot,))
    assert [r["action"] for r in _audit(db, "lots", lot)] == ["INSERT"]


def test_password_hash_is_never_copied(db: Db) -> None:
    user = db.one(
        "INSERT INTO users (user_id, username, password_hash) VALUES"
        " ('kim', '김작업', %s) RETURNING id",
        (HASH,),
    )
    db.q("UPDATE users SET password_hash = %s WHERE id = %s", (HASH[:-1] + "9", user))
    db.q("UPDATE users SET username = '김반장' WHERE id = %s", (user,))
    db.q("DELETE FROM users WHERE id = %s", (user,))
    rows = _audit(db, "users", user)
    assert [r["action"] for r in rows] == ["INSERT", "UPDATE", "UPDATE", "DELETE"]
    for r in rows:
        for data in (r["old_data"], r["new_data"]):
            assert data is None or ("password_hash" not in data and data["user_id"] == "kim")
    # a password change is visible by column name, never by value
    assert rows[1]["changed_fields"] == ["password_hash"]
    assert rows[2]["changed_fields"] == ["username"]
    assert (
        db.count(
            "audit_logs",
            "CAST(old_data AS text) LIKE '%%$2b$%%' OR CAST(new_data AS text) LIKE '%%$2b$%%'",
        )
        == 0
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_logs SET station = 'forged'",
        "DELETE FROM audit_logs",
        "TRUNCATE audit_logs",
    ],
)
def test_audit_logs_refuse_changes_even_for_the_owner(db: Db, sql: str) -> None:
    db.lot()
    before = db.q("SELECT * FROM audit_logs ORDER BY id")
    assert before
    owner = db.one("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'audit_logs'")
    assert owner == db.one("SELECT current_user")  # this connection owns the table
    err = db.refused("NH006", sql)
    assert "append-only" in err.diag.message_primary
    assert db.q("SELECT * FROM audit_logs ORDER BY id") == before


def test_function_is_security_definer_with_pinned_search_path(db: Db) -> None:
    definer, config = db.one(
        "SELECT prosecdef, proconfig FROM pg_proc WHERE proname = 'br006_audit'"
    )
    assert definer is True
    assert config == ["search_path=pg_catalog, public, pg_temp"]


def test_every_core_table_has_the_audit_trigger(db: Db) -> None:
    found = {
        r[0]
        for r in db.q(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'br006_audit'"
            " AND t.tgname = 'trg_' || c.relname || '_audit'"
        )
    }
    assert set(AUDITED) <= found


def test_a_role_without_audit_privileges_is_still_audited(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    db.q("DROP ROLE IF EXISTS nh_station_test")
    db.q("CREATE ROLE nh_station_test")
    try:
        db.q("GRANT SELECT, INSERT, UPDATE ON lots, product_models TO nh_station_test")
        db.q("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO nh_station_test")
        conn = psycopg2.connect(libpq_dsn(db_url))
        try:
            with conn.cursor() as cur:
                cur.execute("SET ROLE nh_station_test")
                cur.execute(
                    "INSERT INTO lots (lot_number, product_model_id, shift)"
                    " VALUES ('WF261128N01', 1, 'N') RETURNING id"
                )
                (lot,) = cur.fetchone()  # type: ignore[misc]
                cur.execute("SAVEPOINT s")
                with pytest.raises(psycopg2.Error) as info:
                    cur.execute(
                        "INSERT INTO audit_logs (table_name, action, db_user)"
                        " VALUES ('lots', 'INSERT', 'forged')"
                    )
                assert info.value.pgcode == "42501"
                cur.execute("ROLLBACK TO SAVEPOINT s")
            conn.commit()
        finally:
            conn.close()
        assert [r["action"] for r in _audit(db, "lots", lot)] == ["INSERT"]
    finally:
        db.q("DROP OWNED BY nh_station_test")
        db.q("DROP ROLE nh_station_test")


def test_an_audit_failure_aborts_the_statement(db: Db) -> None:
    with pytest.raises(psycopg2.Error) as info, db.tx(station="S" * 101):  # station > 100
        db.lot()
    assert info.value.pgcode == "22001"  # the audit row cannot be written ...
    assert db.count("lots") == 0  # ... so neither is the LOT
    assert db.count("audit_logs", "table_name = 'lots'") == 0


def test_only_an_admin_reads_the_audit_log(db: Db) -> None:
    db.lot()
    for login, role in (
        ("kim", "WORKER"),
        ("lee", "MANAGER"),
        ("eve", "VIEWER"),
        ("boss", "ADMIN"),
    ):
        db.user(login, role)
        person = db.person(login)
        try:
            if role == "ADMIN":
                assert person.count("audit_logs", "table_name = 'lots'") == 1
            else:
                person.refused("42501", "SELECT count(*) FROM audit_logs")
        finally:
            person.close()
