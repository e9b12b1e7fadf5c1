"""BR-002 (process order), BR-003 (serial status, duration, verdict vs defects),
BR-004 (serials per LOT, race-free) and BR-005 (rework limit) on real PostgreSQL."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import psycopg2
import pytest
from nh_rules_support import DEFECT, Db, wait_until_blocked

from neurohub_desktop.db.engine import libpq_dsn


@pytest.fixture
def db(db_url) -> Iterator[Db]:  # type: ignore[no-untyped-def]
    d = Db(db_url)
    yield d
    d.close()


@pytest.fixture
def unit(db: Db) -> int:
    return db.serial(db.lot(), 1)


def _records(db: Db, serial: int) -> list[tuple]:
    return db.q(
        "SELECT p.process_id, d.result FROM process_data d"
        " JOIN processes p ON p.id = d.process_id WHERE d.serial_id = %s ORDER BY d.id",
        (serial,),
    )


# -- BR-002 ------------------------------------------------------------------------------------


def test_br002_first_step_then_next_step_after_pass(db: Db, unit: int) -> None:
    db.record(unit, "PROC-001", "PASS")
    db.start(unit, "PROC-002")
    assert _records(db, unit) == [("PROC-001", "PASS"), ("PROC-002", None)]


@pytest.mark.parametrize(
    "passed, attempt", [(0, "PROC-002"), (0, "PROC-008"), (3, "PROC-005"), (6, "PROC-008")]
)
def test_br002_step_before_pass_of_previous_is_refused(
    db: Db, unit: int, passed: int, attempt: str
) -> None:
    db.pass_steps(unit, passed)
    err = db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id,"
        " operator_id) SELECT lot_id, id, %s, %s FROM serials WHERE id = %s",
        (db.proc(attempt), db.admin, unit),
    )
    k = int(attempt[-1])
    assert f"before a PASS at PROC-00{k - 1}" in err.diag.message_primary
    assert len(_records(db, unit)) == passed


def test_br002_previous_step_must_be_a_pass_not_just_a_record(db: Db, unit: int) -> None:
    db.start(unit, "PROC-001")  # open, not passed
    db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id)"
        " SELECT lot_id, id, %s, %s FROM serials WHERE id = %s",
        (db.proc("PROC-002"), db.admin, unit),
    )


def test_br002_no_second_pass_of_a_step(db: Db, unit: int) -> None:
    db.record(unit, "PROC-001", "PASS")
    err = db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id,"
        " operator_id) SELECT lot_id, id, %s, %s FROM serials WHERE id = %s",
        (db.proc("PROC-001"), db.admin, unit),
    )
    assert "already passed PROC-001" in err.diag.message_primary
    assert _records(db, unit) == [("PROC-001", "PASS")]


def test_br002_no_second_open_record_of_a_step(db: Db, unit: int) -> None:
    db.start(unit, "PROC-001")
    err = db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id,"
        " operator_id) SELECT lot_id, id, %s, %s FROM serials WHERE id = %s",
        (db.proc("PROC-001"), db.admin, unit),
    )
    assert "open PROC-001 record" in err.diag.message_primary
    assert _records(db, unit) == [("PROC-001", None)]


def test_br002_rework_allows_a_new_attempt_of_the_same_step(db: Db, unit: int) -> None:
    db.record(unit, "PROC-001", "REWORK", DEFECT)
    db.record(unit, "PROC-001", "PASS")
    assert _records(db, unit) == [("PROC-001", "REWORK"), ("PROC-001", "PASS")]


def test_br002_inactive_step_is_skipped(db: Db, unit: int) -> None:
    db.q("UPDATE processes SET is_active = false WHERE process_id = 'PROC-002'")
    db.record(unit, "PROC-001", "PASS")
    db.start(unit, "PROC-003")  # PROC-001 is now the previous active step
    assert [r[0] for r in _records(db, unit)] == ["PROC-001", "PROC-003"]


def test_br002_no_record_on_a_failed_unit_until_reopened(db: Db, unit: int) -> None:
    db.record(unit, "PROC-001", "FAIL", DEFECT)
    err = db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id,"
        " operator_id) SELECT lot_id, id, %s, %s FROM serials WHERE id = %s",
        (db.proc("PROC-001"), db.admin, unit),
    )
    assert "is FAILED" in err.diag.message_primary
    db.q("UPDATE serials SET status = 'IN_PROGRESS' WHERE id = %s", (unit,))  # manager reopen
    db.record(unit, "PROC-001", "PASS")
    assert db.serial_row(unit)["rework_count"] == 1


def test_br002_finished_result_is_final_and_records_do_not_move(db: Db, unit: int) -> None:
    record = db.record(unit, "PROC-001", "PASS")
    db.refused(
        "NH002",
        "UPDATE process_data SET result = 'FAIL',"
        ' process_specific_data = \'{"defects": [{"code": "X"}]}\' WHERE id = %s',
        (record,),
    )
    db.refused(
        "NH002",
        "UPDATE process_data SET process_id = %s WHERE id = %s",
        (db.proc("PROC-002"), record),
    )
    assert _records(db, unit) == [("PROC-001", "PASS")]
    before = db.one("SELECT to_jsonb(d) FROM process_data d WHERE id = %s", (record,))
    for change in (
        "notes = 'edited later'",
        "operator_id = NULL",
        "start_time = start_time - interval '1 hour'",
        "complete_time = now()",
        'process_specific_data = \'{"measurements": {"items": []}}\'',
    ):
        err = db.refused("NH002", f"UPDATE process_data SET {change} WHERE id = %s", (record,))
        assert "is finished (PASS)" in err.diag.message_primary, change
    assert db.one("SELECT to_jsonb(d) FROM process_data d WHERE id = %s", (record,)) == before


def test_br002_a_finished_record_takes_only_appended_prints(db: Db, unit: int) -> None:
    record = db.record(unit, "PROC-001", "PASS")
    first = '{"at": "2026-11-28T09:00:00Z", "user": "kim"}'
    append = (
        "UPDATE process_data SET process_specific_data = jsonb_set(process_specific_data,"
        " '{prints}', COALESCE(process_specific_data -> 'prints', '[]') || %s::jsonb)"
        " WHERE id = %s"
    )
    db.q(append, (f"[{first}]", record))
    db.q(append, ('[{"at": "2026-11-28T09:05:00Z", "user": "lee"}]', record))
    prints = "SELECT process_specific_data -> 'prints' FROM process_data WHERE id = %s"
    assert [p["user"] for p in db.one(prints, (record,))] == ["kim", "lee"]
    for rewrite in (
        f"[{first}]",  # one dropped
        '[{"at": "2026-11-28T09:00:00Z", "user": "eve"}, {"user": "lee"}]',
        '{"user": "kim"}',
    ):  # not a list
        db.refused(
            "NH002",
            "UPDATE process_data SET process_specific_data = jsonb_set("
            "process_specific_data, '{prints}', %s::jsonb) WHERE id = %s",
            (rewrite, record),
        )
    assert [p["user"] for p in db.one(prints, (record,))] == ["kim", "lee"]


def test_br002_record_lot_must_be_the_serials_lot(db: Db, unit: int) -> None:
    other = db.lot("WF261128D02")
    db.refused(
        "NH002",
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id)"
        " VALUES (%s, %s, %s, %s)",
        (other, unit, db.proc("PROC-001"), db.admin),
    )


def test_br002_lot_level_records_have_no_order(db: Db) -> None:
    lot = db.lot()
    db.q(
        "INSERT INTO process_data (lot_id, process_id, operator_id) VALUES (%s, %s, %s)",
        (lot, db.proc("PROC-005"), db.admin),
    )
    assert db.count("process_data", "lot_id = %s", (lot,)) == 1


# -- BR-003 ------------------------------------------------------------------------------------


def test_br003_start_moves_a_created_serial_to_in_progress(db: Db, unit: int) -> None:
    assert db.serial_row(unit)["status"] == "CREATED"
    db.start(unit, "PROC-001")
    assert db.serial_row(unit)["status"] == "IN_PROGRESS"


def test_br003_pass_of_last_step_makes_the_serial_passed(db: Db, unit: int) -> None:
    db.pass_steps(unit, 7)
    row = db.serial_row(unit)
    assert (row["status"], row["completed_at"]) == ("IN_PROGRESS", None)
    db.record(unit, "PROC-008", "PASS")
    row = db.serial_row(unit)
    assert row["status"] == "PASSED" and row["completed_at"] is not None


def test_br003_fail_makes_the_serial_failed_with_a_reason(db: Db, unit: int) -> None:
    db.pass_steps(unit, 2)
    record = db.start(unit, "PROC-003")
    db.q("UPDATE process_data SET notes = 'TEMP 63.1' WHERE id = %s", (record,))
    db.finish(record, "FAIL", [{"code": "SENSOR_TEMP_FAIL", "note": "hot"}])
    row = db.serial_row(unit)
    assert row["status"] == "FAILED"
    assert row["failure_reason"] == "PROC-003 FAIL: SENSOR_TEMP_FAIL - TEMP 63.1"


def test_br003_duration_is_computed(db: Db, unit: int) -> None:
    record = db.one(
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, result,"
        " start_time, complete_time, duration_seconds) SELECT lot_id, id, %s, %s, 'PASS',"
        " '2025-11-28 09:00:00+00', '2025-11-28 09:01:30.4+00', 9999 FROM serials"
        " WHERE id = %s RETURNING id",
        (db.proc("PROC-001"), db.admin, unit),
    )
    assert db.one("SELECT duration_seconds FROM process_data WHERE id = %s", (record,)) == 90
    open_record = db.start(unit, "PROC-002")
    assert db.one("SELECT duration_seconds FROM process_data WHERE id = %s", (open_record,)) is None


@pytest.mark.parametrize(
    "result, defects, items, message",
    [
        ("PASS", DEFECT, (), "cannot carry defects (1)"),
        (
            "PASS",
            (),
            ({"code": "TEMP_SENSOR", "value": 63.0, "result": "FAIL"},),
            "failed measurements (1)",
        ),
        ("FAIL", (), (), "a FAIL needs at least one defect"),
        ("REWORK", (), (), "a REWORK needs at least one defect"),
    ],
)
def test_br003_verdict_must_match_defects(
    db: Db,
    unit: int,
    result,
    defects,
    items,  # type: ignore[no-untyped-def]
    message,
) -> None:
    record = db.start(unit, "PROC-001")
    data = json.dumps({"measurements": {"items": list(items)}, "defects": list(defects)})
    err = db.refused(
        "NH003",
        "UPDATE process_data SET result = %s, complete_time = now(),"
        " process_specific_data = %s WHERE id = %s",
        (result, data, record),
    )
    assert message in err.diag.message_primary
    assert _records(db, unit) == [("PROC-001", None)]
    assert db.serial_row(unit)["status"] == "IN_PROGRESS"


def test_br003_pass_with_passing_measurements_is_accepted(db: Db, unit: int) -> None:
    record = db.start(unit, "PROC-001")
    db.finish(record, "PASS", items=[{"code": "MARK_READABLE", "value": True, "result": "PASS"}])
    assert _records(db, unit) == [("PROC-001", "PASS")]


def test_br003_defects_must_be_an_array(db: Db, unit: int) -> None:
    record = db.start(unit, "PROC-001")
    db.refused(
        "NH003",
        "UPDATE process_data SET result = 'FAIL', complete_time = now(),"
        ' process_specific_data = \'{"defects": {"code": "X"}}\' WHERE id = %s',
        (record,),
    )


# -- BR-004 ------------------------------------------------------------------------------------


def test_br004_target_quantity_caps_the_serials(db: Db) -> None:
    lot = db.lot(target=2)
    db.serial(lot, 1)
    db.serial(lot, 2)
    err = db.refused(
        "NH004",
        "INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('X-0003', %s, 2)",
        (lot,),
    )
    assert "already has 2 of 2 serials" in err.diag.message_primary
    assert db.count("serials", "lot_id = %s", (lot,)) == 2


def test_br004_sequence_beyond_target_is_refused(db: Db) -> None:
    lot = db.lot(target=5)
    db.refused(
        "NH004",
        "INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('X-0006', %s, 6)",
        (lot,),
    )


@pytest.mark.parametrize("status", ["COMPLETED", "CLOSED"])
def test_br004_no_serial_on_a_finished_lot(db: Db, status: str) -> None:
    lot = db.lot(status=status)
    err = db.refused(
        "NH004",
        "INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('X-0001', %s, 1)",
        (lot,),
    )
    assert f"is {status}" in err.diag.message_primary
    assert db.count("serials", "lot_id = %s", (lot,)) == 0


def test_br004_two_connections_cannot_overshoot(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    lot = db.lot(target=1)
    first = psycopg2.connect(libpq_dsn(db_url))
    second = psycopg2.connect(libpq_dsn(db_url))
    outcome: dict[str, object] = {}
    try:
        with first.cursor() as cur:  # transaction open, serial inserted, LOT row locked
            cur.execute(
                "INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('A-0001', %s, 1)",
                (lot,),
            )

        def insert_second() -> None:
            try:
                with second.cursor() as cur:
                    cur.execute(
                        "INSERT INTO serials (serial_number, lot_id, sequence)"
                        " VALUES ('B-0001', %s, 1)",
                        (lot,),
                    )
                second.commit()
                outcome["second"] = "inserted"
            except psycopg2.Error as exc:
                second.rollback()
                outcome["second"] = exc.pgcode

        thread = threading.Thread(target=insert_second)
        thread.start()
        wait_until_blocked(db, second.get_backend_pid())
        first.commit()
        thread.join(timeout=30)
        assert not thread.is_alive()
    finally:
        first.close()
        second.close()
    assert outcome["second"] == "NH004"
    assert db.q("SELECT serial_number FROM serials WHERE lot_id = %s", (lot,)) == [("A-0001",)]


def test_br004_many_concurrent_inserts_stop_at_target(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    lot = db.lot(target=3)
    workers = 8
    barrier = threading.Barrier(workers)
    results: list[str] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        conn = psycopg2.connect(libpq_dsn(db_url))
        try:
            barrier.wait(timeout=30)
            with conn.cursor() as cur:
                cur.execute(
                    "INSERT INTO serials (serial_number, lot_id, sequence) VALUES (%s, %s, %s)",
                    (f"C-{i:04d}", lot, min(i + 1, 3)),
                )
            conn.commit()
            outcome = "ok"
        except psycopg2.Error as exc:
            conn.rollback()
            outcome = exc.pgcode or "?"
        finally:
            conn.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert db.count("serials", "lot_id = %s", (lot,)) <= 3
    assert results.count("ok") == db.count("serials", "lot_id = %s", (lot,))
    assert set(results) <= {"ok", "NH004", "23505"}
    assert len(results) == workers


# -- BR-005 ------------------------------------------------------------------------------------


def test_br005_three_reworks_then_refused(db: Db, unit: int) -> None:
    for n in range(1, 4):
        db.record(unit, "PROC-001", "FAIL", DEFECT)
        db.q("UPDATE serials SET status = 'IN_PROGRESS' WHERE id = %s", (unit,))
        assert db.serial_row(unit)["rework_count"] == n
    db.record(unit, "PROC-001", "FAIL", DEFECT)
    err = db.refused("NH005", "UPDATE serials SET status = 'IN_PROGRESS' WHERE id = %s", (unit,))
    assert "reworked 3 times" in err.diag.message_primary
    row = db.serial_row(unit)
    assert (row["status"], row["rework_count"]) == ("FAILED", 3)
    db.q("UPDATE serials SET status = 'SCRAPPED' WHERE id = %s", (unit,))  # the only way out
    assert db.serial_row(unit)["status"] == "SCRAPPED"


def test_br005_rework_count_cannot_be_forged(db: Db, unit: int) -> None:
    db.record(unit, "PROC-001", "FAIL", DEFECT)
    db.q("UPDATE serials SET status = 'IN_PROGRESS', rework_count = 0 WHERE id = %s", (unit,))
    assert db.serial_row(unit)["rework_count"] == 1


def test_br005_scrapped_is_final(db: Db, unit: int) -> None:
    db.q("UPDATE serials SET status = 'SCRAPPED' WHERE id = %s", (unit,))
    db.refused("NH005", "UPDATE serials SET status = 'IN_PROGRESS' WHERE id = %s", (unit,))
    assert db.serial_row(unit)["status"] == "SCRAPPED"


def test_br005_status_follows_the_records_not_the_client(db: Db, unit: int) -> None:
    update = "UPDATE serials SET {} WHERE id = %s"
    for change in ("status = 'IN_PROGRESS'", "status = 'PASSED'"):
        db.refused("NH005", update.format(change), (unit,))  # no record says so
    db.pass_steps(unit, 7)
    for change in (
        "status = 'PASSED'",
        "status = 'FAILED'",
        "rework_count = 2",
        "completed_at = now()",
    ):
        db.refused("NH005", update.format(change), (unit,))
    assert (db.serial_row(unit)["status"], db.serial_row(unit)["rework_count"]) == (
        "IN_PROGRESS",
        0,
    )
    db.q(update.format("failure_reason = 'checked by QA'"), (unit,))  # the owner's text
    db.record(unit, "PROC-008", "PASS")
    row = db.serial_row(unit)
    assert row["status"] == "PASSED" and row["completed_at"] is not None
    for change in ("status = 'IN_PROGRESS'", "status = 'SCRAPPED'", "completed_at = NULL"):
        db.refused("NH005", update.format(change), (unit,))  # PASSED is where it stays
    assert db.serial_row(unit)["status"] == "PASSED"


@pytest.mark.parametrize("records", ["none", "open"])
def test_br005_failed_needs_a_fail_record(db: Db, unit: int, records: str) -> None:
    if records == "open":
        db.start(unit, "PROC-001")
    db.refused("NH005", "UPDATE serials SET status = 'FAILED' WHERE id = %s", (unit,))
    assert db.serial_row(unit)["status"] == ("CREATED" if records == "none" else "IN_PROGRESS")
