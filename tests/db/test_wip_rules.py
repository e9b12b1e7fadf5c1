"""Revision 006: the WIP rules (domain.md §4) and the plan's WIP verification and statistics."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg2
import pytest
from nh_rules_support import DEFECT, Db, wait_until_blocked

from neurohub_desktop.db.engine import libpq_dsn

PLAN_WIP_INDEXES = [
    "idx_wip_items_active",
    "idx_wip_items_completed_at",
    "idx_wip_items_current_process",
    "idx_wip_items_lot",
    "idx_wip_items_serial",
    "idx_wip_items_status",
    "idx_wip_process_history_composite",
    "idx_wip_process_history_operator",
    "idx_wip_process_history_process",
    "idx_wip_process_history_wip_item",
]
ISSUE = "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot) VALUES (%s, %s, %s)"
START = "UPDATE wip_items SET current_process_id = %s WHERE id = %s"
REOPEN = "SELECT nh_dispose_unit(%s, 'reopen', 'mark redone', 'OFFICE')"  # a manager's call
FINISH = (
    "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, result,"
    " defects) VALUES (%s, %s, %s, %s, %s)"
)


@pytest.fixture
def db(db_url) -> Iterator[Db]:  # type: ignore[no-untyped-def]
    d = Db(db_url)
    yield d
    d.close()


@pytest.fixture
def lot(db: Db) -> int:
    return db.lot(target=5)


@pytest.fixture
def wip(db: Db, lot: int) -> int:
    return db.wip(lot, 1)


def _history(db: Db, wip: int) -> list[tuple]:
    return db.q(
        "SELECT p.process_id, h.result FROM wip_process_history h JOIN processes p"
        " ON p.id = h.process_id WHERE h.wip_item_id = %s ORDER BY h.id",
        (wip,),
    )


def _state(db: Db, wip: int) -> tuple:
    row = db.wip_row(wip)
    return row["status"], row["current"]


# -- the plan's 006 verification ----------------------------------------------------------------


def test_plan_006_tables_and_indexes(db: Db) -> None:
    tables = db.q(
        "SELECT table_name FROM information_schema.tables WHERE table_schema ="
        " 'public' AND table_name IN ('wip_items', 'wip_process_history')"
        " ORDER BY table_name"
    )
    assert tables == [("wip_items",), ("wip_process_history",)]
    names = [
        r[0]
        for r in db.q(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename IN"
            " ('wip_items', 'wip_process_history') ORDER BY indexname"
        )
    ]
    assert set(PLAN_WIP_INDEXES) <= set(names)
    # the rest: the two primary keys, UNIQUE (wip_id) and UNIQUE (lot_id, sequence_in_lot)
    assert sorted(set(names) - set(PLAN_WIP_INDEXES)) == [
        "pk_wip_items",
        "pk_wip_process_history",
        "uq_wip_items_lot_id_sequence_in_lot",
        "uq_wip_items_wip_id",
    ]
    assert db.one(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_wip_items_completed_at'"
    ).endswith("WHERE (completed_at IS NOT NULL)")
    assert db.one(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_wip_process_history_composite'"
    ).endswith("(wip_item_id, process_id, created_at DESC)")
    columns = db.q(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns"
        " WHERE table_name = 'wip_items' ORDER BY ordinal_position"
    )
    assert [c[0] for c in columns] == [
        "id",
        "wip_id",
        "lot_id",
        "serial_id",
        "sequence_in_lot",
        "status",
        "current_process_id",
        "completed_at",
        "converted_at",
        "created_at",
        "updated_at",
    ]
    types = dict(
        db.q(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_name = 'wip_process_history'"
        )
    )
    assert types["measurements"] == types["defects"] == "jsonb"


# -- issue (insert) -----------------------------------------------------------------------------


def test_issue_moves_the_lot_in_progress(db: Db, lot: int) -> None:
    wip = db.wip(lot, 1)
    assert _state(db, wip) == ("CREATED", None)
    assert db.one("SELECT status FROM lots WHERE id = %s", (lot,)) == "IN_PROGRESS"  # BR-007


def test_wip_count_per_lot_is_capped(db: Db) -> None:
    lot = db.lot(target=3)
    db.wip(lot, 1)
    db.wip(lot, 3)
    db.q("UPDATE lots SET target_quantity = 2 WHERE id = %s", (lot,))
    err = db.refused("NH004", ISSUE, ("WIP-WF261128D01-002", lot, 2))  # a free place, but full
    assert "already has 2 of 2 WIPs" in err.diag.message_primary
    err = db.refused("NH004", ISSUE, ("WIP-WF261128D01-004", lot, 4))
    assert "exceeds the target quantity 2" in err.diag.message_primary
    assert db.count("wip_items", "lot_id = %s", (lot,)) == 2


def test_wip_id_is_its_lot_and_sequence_and_unique_per_place(db: Db, lot: int) -> None:
    db.wip(lot, 1)
    for wip_id, seq in (
        ("WIP-X-002", 2),
        ("WIP-WF261128D01-003", 2),
        ("WIP-WF261128D01-2", 2),
        ("WIP-WF261128D02-002", 2),
    ):
        err = db.refused("NH002", ISSUE, (wip_id, lot, seq))
        assert "does not match LOT WF261128D01 and sequence 2" in err.diag.message_primary
    db.refused("23505", ISSUE, ("WIP-WF261128D01-001", lot, 1))  # the place is taken
    assert db.count("wip_items", "lot_id = %s", (lot,)) == 1
    assert db.one(
        "SELECT conname FROM pg_constraint WHERE conrelid = 'wip_items'::regclass"
        " AND contype = 'u' AND conkey = ARRAY[(SELECT attnum FROM pg_attribute"
        " WHERE attrelid = 'wip_items'::regclass AND attname = 'lot_id'),"
        " (SELECT attnum FROM pg_attribute WHERE attrelid = 'wip_items'::regclass"
        " AND attname = 'sequence_in_lot')]::int2[]"
    ) == ("uq_wip_items_lot_id_sequence_in_lot")


@pytest.mark.parametrize("status", ["COMPLETED", "CLOSED"])
def test_no_wip_on_a_finished_lot(db: Db, status: str) -> None:
    lot = db.lot(status=status)
    db.refused(
        "NH004",
        "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot) VALUES ('WIP-X-001', %s, 1)",
        (lot,),
    )
    assert db.count("wip_items") == 0


def test_a_new_wip_starts_created(db: Db, lot: int) -> None:
    db.refused(
        "NH002",
        "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot, status)"
        " VALUES ('WIP-X-001', %s, 1, 'COMPLETED')",
        (lot,),
    )
    db.refused(
        "NH002",
        "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot,"
        " current_process_id) VALUES ('WIP-X-001', %s, 1, %s)",
        (lot, db.proc("PROC-003")),
    )


def test_two_connections_cannot_overshoot_the_wip_count(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    lot = db.lot(target=2)
    db.wip(lot, 1)
    first, second = (psycopg2.connect(libpq_dsn(db_url)) for _ in range(2))
    outcome: dict[str, object] = {}
    try:  # both stations take the LOT's next place, 002
        first.cursor().execute(ISSUE, ("WIP-WF261128D01-002", lot, 2))

        def issue_second() -> None:
            try:
                second.cursor().execute(ISSUE, ("WIP-WF261128D01-002", lot, 2))
                second.commit()
                outcome["second"] = "inserted"
            except psycopg2.Error as exc:
                second.rollback()
                outcome["second"] = exc.pgcode

        thread = threading.Thread(target=issue_second)
        thread.start()
        wait_until_blocked(db, second.get_backend_pid())
        first.commit()
        thread.join(timeout=30)
    finally:
        first.close()
        second.close()
    # without the LOT lock it would count 1, go on and fail only on the unique index (23505)
    assert outcome["second"] == "NH004"
    assert db.count("wip_items", "lot_id = %s", (lot,)) == 2


# -- start ---------------------------------------------------------------------------------------


def test_start_first_step_sets_in_progress(db: Db, wip: int) -> None:
    db.wip_start(wip, "PROC-001")
    assert _state(db, wip) == ("IN_PROGRESS", "PROC-001")


def test_start_without_pass_at_previous_step_is_refused_at_the_start(db: Db, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 1)
    err = db.refused("NH002", START, (db.proc("PROC-003"), wip))
    assert "cannot start PROC-003 before a PASS at PROC-002" in err.diag.message_primary
    assert _state(db, wip) == ("IN_PROGRESS", None)
    db.wip_start(wip, "PROC-002")  # the right step is accepted
    assert _state(db, wip) == ("IN_PROGRESS", "PROC-002")


def test_start_while_in_progress_elsewhere_is_refused(db: Db, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 1)
    db.wip_start(wip, "PROC-002")
    err = db.refused("NH002", START, (db.proc("PROC-001"), wip))
    assert "already in progress at PROC-002" in err.diag.message_primary
    assert _state(db, wip) == ("IN_PROGRESS", "PROC-002")


def test_second_pass_is_refused(db: Db, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 2)
    err = db.refused("NH002", START, (db.proc("PROC-002"), wip))
    assert "already passed PROC-002" in err.diag.message_primary
    assert _history(db, wip) == [("PROC-001", "PASS"), ("PROC-002", "PASS")]


def test_serial_steps_cannot_start_on_a_wip(db: Db, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 5)
    db.refused("NH002", START, (db.proc("PROC-007"), wip))


def test_cancel_gives_the_unit_back(db: Db, wip: int) -> None:
    db.wip_start(wip, "PROC-001")
    db.q("UPDATE wip_items SET current_process_id = NULL WHERE id = %s", (wip,))
    assert _state(db, wip) == ("IN_PROGRESS", None) and _history(db, wip) == []
    db.wip_start(wip, "PROC-001")


# -- finish ------------------------------------------------------------------------------------


def test_finish_only_the_step_in_progress(db: Db, wip: int) -> None:
    db.refused("NH002", FINISH, (wip, db.proc("PROC-001"), db.admin, "PASS", "[]"))
    db.wip_start(wip, "PROC-001")
    err = db.refused("NH002", FINISH, (wip, db.proc("PROC-002"), db.admin, "PASS", "[]"))
    assert "not in progress at PROC-002 (in progress: PROC-001)" in err.diag.message_primary
    assert _history(db, wip) == []


def test_finish_pass_clears_the_step_and_fills_times(db: Db, wip: int) -> None:
    db.wip_start(wip, "PROC-001")
    started = db.wip_row(wip)["updated_at"]
    history = db.wip_finish(wip, "PROC-001", "PASS")
    assert _state(db, wip) == ("IN_PROGRESS", None)
    row = db.one(
        "SELECT started_at, completed_at, duration_seconds FROM wip_process_history WHERE id = %s",
        (history,),
    )
    assert row[0] == started and row[1] >= started and row[2] >= 0


def test_duration_is_computed_from_the_given_times(db: Db, wip: int) -> None:
    db.wip_start(wip, "PROC-001")
    history = db.one(
        "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, result,"
        " started_at, completed_at, duration_seconds) VALUES (%s, %s, %s, 'PASS',"
        " '2025-11-28 09:00:00+00', '2025-11-28 09:01:00+00', 1) RETURNING id",
        (wip, db.proc("PROC-001"), db.admin),
    )
    assert (
        db.one("SELECT duration_seconds FROM wip_process_history WHERE id = %s", (history,)) == 60
    )
    db.wip_start(wip, "PROC-002")
    db.refused(
        "NH003",
        "INSERT INTO wip_process_history (wip_item_id, process_id,"
        " operator_id, result, started_at, completed_at) VALUES (%s, %s, %s, 'PASS',"
        " '2025-11-28 10:00:00+00', '2025-11-28 09:00:00+00')",
        (wip, db.proc("PROC-002"), db.admin),
    )


@pytest.mark.parametrize(
    "result, defects, items, message",
    [
        ("PASS", DEFECT, (), "cannot carry defects (1)"),
        (
            "PASS",
            (),
            ({"code": "I2C_OK", "value": False, "result": "FAIL"},),
            "failed measurements (1)",
        ),
        ("FAIL", (), (), "a FAIL needs at least one defect"),
        ("REWORK", (), (), "a REWORK needs at least one defect"),
    ],
)
def test_verdict_must_match_defects(
    db: Db,
    wip: int,
    result,
    defects,
    items,  # type: ignore[no-untyped-def]
    message,
) -> None:
    db.wip_start(wip, "PROC-001")
    with pytest.raises(psycopg2.Error) as info:
        db.wip_finish(wip, "PROC-001", result, defects, items)
    assert info.value.pgcode == "NH003" and message in info.value.diag.message_primary
    assert _history(db, wip) == [] and _state(db, wip) == ("IN_PROGRESS", "PROC-001")


def test_history_is_final(db: Db, wip: int) -> None:
    equipment = db.one(
        "INSERT INTO equipment (equipment_code, equipment_name, equipment_type)"
        " VALUES ('EQ-1', 'marker', 'LASER') RETURNING id"
    )
    db.wip_start(wip, "PROC-001")
    history = db.one(
        "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id,"
        " equipment_id, result, defects) VALUES (%s, %s, %s, %s, 'FAIL', %s)"
        " RETURNING id",
        (wip, db.proc("PROC-001"), db.admin, equipment, '[{"code": "MARKING_FAIL"}]'),
    )
    row = "SELECT to_jsonb(h) - 'equipment_id' FROM wip_process_history h WHERE id = %s"
    before = db.one(row, (history,))
    for change in (
        "result = 'PASS', defects = '[]'",
        "notes = 'late note'",
        "operator_id = NULL",
        "completed_at = completed_at - interval '1 hour'",
        "measurements = '{}'",
        "equipment_id = NULL, notes = 'x'",
    ):
        err = db.refused(
            "NH002", f"UPDATE wip_process_history SET {change} WHERE id = %s", (history,)
        )
        assert "finished WIP attempt cannot be changed" in err.diag.message_primary
    other = db.one(
        "INSERT INTO equipment (equipment_code, equipment_name, equipment_type)"
        " VALUES ('EQ-2', 'marker 2', 'LASER') RETURNING id"
    )
    db.refused(
        "NH002", "UPDATE wip_process_history SET equipment_id = %s WHERE id = %s", (other, history)
    )
    db.q("DELETE FROM equipment WHERE id = %s", (equipment,))  # the FK's SET NULL goes through
    assert db.one("SELECT equipment_id FROM wip_process_history WHERE id = %s", (history,)) is None
    assert db.one(row, (history,)) == before


def test_fail_makes_the_wip_failed_and_only_a_manager_reopens(db: Db, wip: int) -> None:
    db.wip_step(wip, "PROC-001", "FAIL", [{"code": "MARKING_FAIL", "note": None}])
    assert _state(db, wip) == ("FAILED", None)
    err = db.refused("NH002", START, (db.proc("PROC-001"), wip))
    assert "is FAILED" in err.diag.message_primary
    db.user("kim", "WORKER")
    db.user("lee", "MANAGER")
    wip_id = db.wip_row(wip)["wip_id"]
    worker = db.person("kim")
    try:  # a WORKER may neither call the manager's function nor write the row
        worker.refused("42501", REOPEN, (wip_id,))
        worker.refused("42501", "UPDATE wip_items SET status = 'IN_PROGRESS' WHERE id = %s", (wip,))
    finally:
        worker.close()
    assert _state(db, wip) == ("FAILED", None)
    manager = db.person("lee")
    try:
        assert manager.one(REOPEN, (wip_id,))["row"][3] == "IN_PROGRESS"
    finally:
        manager.close()
    assert _state(db, wip) == ("IN_PROGRESS", None)
    db.wip_step(wip, "PROC-001")  # the re-attempt
    assert _history(db, wip) == [("PROC-001", "FAIL"), ("PROC-001", "PASS")]


def test_rework_limit(db: Db, wip: int) -> None:
    db.user("lee", "MANAGER")
    wip_id = db.wip_row(wip)["wip_id"]
    manager = db.person("lee")
    try:
        for n in range(1, 4):  # 3 non-PASS results: a re-attempt follows each
            db.wip_step(wip, "PROC-001", "FAIL", DEFECT)
            manager.one(REOPEN, (wip_id,))
            assert _state(db, wip) == ("IN_PROGRESS", None), n
        db.wip_step(wip, "PROC-001", "FAIL", DEFECT)  # the 4th
        err = manager.refused("NH005", REOPEN, (wip_id,))
    finally:
        manager.close()
    assert "4 non-PASS results" in str(err)
    assert _state(db, wip) == ("FAILED", None)


def test_fourth_rework_exhausts_the_limit(db: Db, wip: int) -> None:
    for _ in range(3):
        db.wip_step(wip, "PROC-001", "REWORK", DEFECT)
        assert _state(db, wip) == ("IN_PROGRESS", None)
    db.wip_step(wip, "PROC-001", "REWORK", DEFECT)
    assert _state(db, wip) == ("FAILED", None)  # no re-attempt is left
    db.refused("NH002", START, (db.proc("PROC-001"), wip))


def test_status_follows_history_not_the_client(db: Db, wip: int) -> None:
    db.wip_start(wip, "PROC-001")
    for bad in ("COMPLETED", "FAILED", "CREATED"):
        db.refused("NH002", "UPDATE wip_items SET status = %s WHERE id = %s", (bad, wip))
    assert _state(db, wip) == ("IN_PROGRESS", "PROC-001")


def test_completion_and_conversion_stamps_are_not_the_clients(db: Db, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 5)
    for change in ("completed_at = now()", "converted_at = now()"):
        db.refused("NH002", f"UPDATE wip_items SET {change} WHERE id = %s", (wip,))
    row = db.wip_row(wip)
    assert (row["completed_at"], row["converted_at"]) == (None, None)


@pytest.mark.parametrize("status", ["COMPLETED", "CLOSED"])
def test_no_step_starts_once_the_lot_is_no_longer_open(
    db: Db, lot: int, wip: int, status: str
) -> None:
    db.wip_step(wip, "PROC-001")
    db.q("UPDATE lots SET status = 'COMPLETED' WHERE id = %s", (lot,))  # the owner, by hand
    if status == "CLOSED":
        db.q("UPDATE lots SET status = 'CLOSED' WHERE id = %s", (lot,))
    err = db.refused("NH004", START, (db.proc("PROC-002"), wip))
    assert "no longer open" in err.diag.message_primary
    assert _state(db, wip) == ("IN_PROGRESS", None)


def test_a_scrapped_wip_is_final(db: Db, wip: int) -> None:
    db.wip_step(wip, "PROC-001", "FAIL", DEFECT)
    db.q("UPDATE wip_items SET status = 'SCRAPPED' WHERE id = %s", (wip,))  # the owner may
    assert _state(db, wip) == ("SCRAPPED", None)
    for sql, params in (
        (START, (db.proc("PROC-001"), wip)),
        ("UPDATE wip_items SET status = 'IN_PROGRESS' WHERE id = %s", (wip,)),
    ):
        err = db.refused("NH005", sql, params)
        assert "is SCRAPPED; that is final" in err.diag.message_primary
    assert _state(db, wip) == ("SCRAPPED", None)


# -- completion and conversion -----------------------------------------------------------------


def test_pass_at_proc_006_completes_the_wip(db: Db, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 5)
    assert db.wip_row(wip)["completed_at"] is None
    db.wip_step(wip, "PROC-006")
    row = db.wip_row(wip)
    assert (row["status"], row["current"]) == ("COMPLETED", None)
    assert row["completed_at"] is not None
    db.refused("NH002", START, (db.proc("PROC-006"), wip))


def test_conversion_then_serial_steps_use_the_wip_history(db: Db, lot: int, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 6)
    serial = db.serial(lot, 1)
    db.q("UPDATE wip_items SET status = 'CONVERTED', serial_id = %s WHERE id = %s", (serial, wip))
    row = db.wip_row(wip)
    assert row["status"] == "CONVERTED" and row["converted_at"] is not None
    err = db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id,"
        " operator_id) VALUES (%s, %s, %s, %s)",
        (lot, serial, db.proc("PROC-006"), db.admin),
    )
    assert "came from a WIP" in err.diag.message_primary  # one source of truth per step
    db.record(serial, "PROC-007", "PASS")  # BR-002 finds the PASS at PROC-006 in the history
    db.record(serial, "PROC-008", "PASS")
    assert db.serial_row(serial)["status"] == "PASSED"


def test_conversion_refusals(db: Db, lot: int, wip: int) -> None:
    db.wip_pass_steps(wip, 1, 5)
    serial = db.serial(lot, 1)
    convert = "UPDATE wip_items SET status = 'CONVERTED', serial_id = %s WHERE id = %s"
    db.refused("NH002", convert, (serial, wip))  # not COMPLETED yet
    db.wip_step(wip, "PROC-006")
    other = db.serial(lot, 2)
    err = db.refused("NH002", convert, (other, wip))  # another unit's serial
    assert "its own LOT and sequence" in err.diag.message_primary
    db.refused("NH002", "UPDATE wip_items SET serial_id = %s WHERE id = %s", (serial, wip))
    assert db.wip_row(wip)["status"] == "COMPLETED"


def test_serial_without_wip_history_still_needs_proc_006(db: Db, lot: int) -> None:
    serial = db.serial(lot, 1)
    db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id)"
        " VALUES (%s, %s, %s, %s)",
        (lot, serial, db.proc("PROC-007"), db.admin),
    )


# -- audit and updated_at ------------------------------------------------------------------------


def test_wip_tables_are_audited_and_stamped(db: Db, wip: int) -> None:
    before = db.wip_row(wip)["updated_at"]
    with db.tx(station="ST-01"):
        db.wip_start(wip, "PROC-001")
    assert db.wip_row(wip)["updated_at"] > before
    with db.tx(station="ST-01"):
        history = db.wip_finish(wip, "PROC-001", "PASS")
    wip_audit = db.q(
        "SELECT action, changed_fields, station FROM audit_logs WHERE"
        " table_name = 'wip_items' AND record_id = %s ORDER BY id",
        (wip,),
    )
    assert [(a, s) for a, _, s in wip_audit] == [
        ("INSERT", None),
        ("UPDATE", "ST-01"),
        ("UPDATE", "ST-01"),
    ]
    assert wip_audit[1][1] == ["status", "current_process_id"]
    assert (
        db.one(
            "SELECT action FROM audit_logs WHERE table_name = 'wip_process_history'"
            " AND record_id = %s",
            (history,),
        )
        == "INSERT"
    )


# -- the plan's WIP statistics ---------------------------------------------------------------

PLAN_STATUS_QUERY = "SELECT status, COUNT(*) as count FROM wip_items GROUP BY status"
PLAN_PROCESS_QUERY = """
SELECT
    p.process_name,
    COUNT(CASE WHEN wph.result = 'PASS' THEN 1 END) as pass_count,
    COUNT(CASE WHEN wph.result = 'FAIL' THEN 1 END) as fail_count,
    COUNT(CASE WHEN wph.result = 'REWORK' THEN 1 END) as rework_count
FROM wip_process_history wph
JOIN processes p ON wph.process_id = p.id
GROUP BY p.process_name
ORDER BY p.sequence_order"""


def test_plan_statistics_queries(db: Db) -> None:
    lot = db.lot(target=10)
    w = [db.wip(lot, i) for i in range(1, 6)]
    db.wip_pass_steps(w[0], 1, 6)  # COMPLETED
    db.wip_pass_steps(w[1], 1, 2)
    db.wip_step(w[1], "PROC-003", "FAIL", DEFECT)  # FAILED
    db.wip_pass_steps(w[2], 1, 1)
    db.wip_step(w[2], "PROC-002", "REWORK", DEFECT)
    db.wip_pass_steps(w[2], 2, 2)
    db.wip_start(w[2], "PROC-003")  # IN_PROGRESS
    # w[3] stays CREATED
    db.wip_pass_steps(w[4], 1, 6)
    serial = db.serial(lot, 5)
    db.q("UPDATE wip_items SET status = 'CONVERTED', serial_id = %s WHERE id = %s", (serial, w[4]))

    assert dict(db.q(PLAN_STATUS_QUERY)) == {
        "COMPLETED": 1,
        "FAILED": 1,
        "IN_PROGRESS": 1,
        "CREATED": 1,
        "CONVERTED": 1,
    }
    # As printed, the plan's query orders by a column it does not group by (42803) ...
    db.refused("42803", PLAN_PROCESS_QUERY)
    # ... so sequence_order joins the GROUP BY (same rows, same order).
    fixed = PLAN_PROCESS_QUERY.replace(
        "GROUP BY p.process_name", "GROUP BY p.process_name, p.sequence_order"
    )
    assert db.q(fixed) == [
        ("레이저 마킹", 4, 0, 0),
        ("LMA 조립", 4, 0, 1),
        ("센서 검사", 2, 1, 0),
        ("펌웨어 업로드", 2, 0, 0),
        ("로봇 조립", 2, 0, 0),
        ("성능검사", 2, 0, 0),
    ]
