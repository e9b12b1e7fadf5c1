"""BR-001 (LOT status transitions), BR-007 (LOT auto IN_PROGRESS), BR-008 (updated_at)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from nh_rules_support import Db


@pytest.fixture
def db(db_url) -> Iterator[Db]:  # type: ignore[no-untyped-def]
    d = Db(db_url)
    yield d
    d.close()


def _status(db: Db, lot_id: int) -> tuple:
    return db.one("SELECT status, completed_at, closed_at FROM lots WHERE id = %s", (lot_id,))


def test_br001_the_legal_path_stamps_timestamps(db: Db) -> None:
    lot = db.lot()
    db.q("UPDATE lots SET status = 'CREATED' WHERE id = %s", (lot,))  # same → same
    db.q("UPDATE lots SET status = 'IN_PROGRESS' WHERE id = %s", (lot,))
    assert _status(db, lot) == ("IN_PROGRESS", None, None)
    db.q("UPDATE lots SET status = 'IN_PROGRESS' WHERE id = %s", (lot,))
    db.q("UPDATE lots SET status = 'COMPLETED' WHERE id = %s", (lot,))
    status, completed_at, closed_at = _status(db, lot)
    assert (status, closed_at) == ("COMPLETED", None) and completed_at is not None
    db.q("UPDATE lots SET status = 'CLOSED' WHERE id = %s", (lot,))
    status, completed_again, closed_at = _status(db, lot)
    assert status == "CLOSED" and closed_at is not None and completed_again == completed_at


@pytest.mark.parametrize(
    "before, after",
    [
        ("CREATED", "COMPLETED"),
        ("CREATED", "CLOSED"),
        ("IN_PROGRESS", "CREATED"),
        ("IN_PROGRESS", "CLOSED"),
        ("COMPLETED", "CREATED"),
        ("COMPLETED", "IN_PROGRESS"),
        ("CLOSED", "CREATED"),
        ("CLOSED", "IN_PROGRESS"),
        ("CLOSED", "COMPLETED"),
    ],
)
def test_br001_illegal_transitions_are_refused(db: Db, before: str, after: str) -> None:
    lot = db.lot(status=before)
    err = db.refused("NH001", "UPDATE lots SET status = %s WHERE id = %s", (after, lot))
    assert f"from {before} to {after}" in err.diag.message_primary
    assert err.diag.message_detail == f"lot_id={lot}"
    assert _status(db, lot) == (before, None, None)


def test_br001_other_columns_of_a_closed_lot_can_still_change(db: Db) -> None:
    lot = db.lot(status="CLOSED")
    db.q("UPDATE lots SET created_by = 'supervisor' WHERE id = %s", (lot,))
    assert db.one("SELECT created_by FROM lots WHERE id = %s", (lot,)) == "supervisor"


def test_br007_first_serial_moves_a_created_lot_to_in_progress(db: Db) -> None:
    lot = db.lot()
    other = db.lot("WF261128D02")
    db.serial(lot, 1)
    assert _status(db, lot)[0] == "IN_PROGRESS"
    assert _status(db, other)[0] == "CREATED"  # only the serial's own LOT
    db.serial(lot, 2)  # already IN_PROGRESS: stays so
    assert _status(db, lot)[0] == "IN_PROGRESS"


UPDATES = {
    "product_models": "UPDATE product_models SET description = 'changed' WHERE id = %s",
    "lots": "UPDATE lots SET created_by = 'changed' WHERE id = %s",
    "processes": "UPDATE processes SET description = 'changed' WHERE id = %s",
    "users": "UPDATE users SET username = 'changed' WHERE id = %s",
    "serials": "UPDATE serials SET failure_reason = 'changed' WHERE id = %s",
    "process_data": "UPDATE process_data SET notes = 'changed' WHERE id = %s",
}


def _row_ids(db: Db) -> dict[str, int]:
    lot = db.lot()
    serial = db.serial(lot, 1)
    record = db.start(serial, "PROC-001")
    return {
        "product_models": db.one("SELECT id FROM product_models"),
        "lots": lot,
        "processes": db.proc("PROC-001"),
        "users": db.admin,
        "serials": serial,
        "process_data": record,
    }


@pytest.mark.parametrize("table", sorted(UPDATES))
def test_br008_updated_at_moves_on_a_real_change_only(db: Db, table: str) -> None:
    row = _row_ids(db)[table]
    select = f"SELECT updated_at FROM {table} WHERE id = %s"
    before = db.one(select, (row,))
    db.q(UPDATES[table], (row,))  # its own transaction: now() is later than before
    changed = db.one(select, (row,))
    assert changed > before
    db.q(UPDATES[table], (row,))  # the same value again: a no-op
    assert db.one(select, (row,)) == changed
    db.q(f"UPDATE {table} SET updated_at = '2000-01-01' WHERE id = %s", (row,))
    assert db.one(select, (row,)) == changed  # clients cannot forge it


def test_br008_trigger_on_every_table_with_updated_at(db: Db) -> None:
    tables = {
        r[0]
        for r in db.q(
            "SELECT table_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND column_name = 'updated_at'"
        )
    }
    triggers = {
        r[0]
        for r in db.q(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_proc p ON p.oid = t.tgfoid"
            " WHERE p.proname = 'br008_set_updated_at' AND t.tgname = 'trg_' || c.relname ||"
            " '_updated_at'"
        )
    }
    assert set(UPDATES) <= tables
    assert tables == triggers
