"""db/errors.py: real PostgreSQL errors (provoked here) map to the right domain errors."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import psycopg2
import pytest
from catalog import has_hangul, korean
from nh_rules_support import DEFECT, Db, wait_until_blocked
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import DBAPIError

from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.db.errors import UnexpectedDatabaseError, is_retryable, map_db_error
from neurohub_desktop.domain.errors import (
    BusinessRuleError,
    ConflictError,
    DatabaseBusy,
    DatabaseUnavailable,
    NeuroHubError,
    ValidationError,
)
from neurohub_desktop.domain.messages import Msg


@pytest.fixture
def db(db_url) -> Iterator[Db]:  # type: ignore[no-untyped-def]
    d = Db(db_url)
    yield d
    d.close()


def _caught(fn: Callable[[], object]) -> BaseException:
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - the point is to catch what the driver raises
        return exc
    raise AssertionError("no error raised")


def _insert_step(db: Db, serial: int, proc: str) -> Callable[[], object]:
    return lambda: db.q(
        "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id)"
        " SELECT lot_id, id, %s, %s FROM serials WHERE id = %s",
        (db.proc(proc), db.admin, serial),
    )


def _rule_errors(db: Db) -> dict[str, BaseException]:
    lot = db.lot(target=1)
    serial = db.serial(lot, 1)
    record = db.start(serial, "PROC-001")
    errors = {
        "NH001": _caught(lambda: db.q("UPDATE lots SET status = 'CREATED' WHERE id = %s", (lot,))),
        "NH002": _caught(_insert_step(db, serial, "PROC-003")),
        "NH003": _caught(lambda: db.finish(record, "FAIL")),
        "NH004": _caught(lambda: db.serial(lot, 2)),
        "NH006": _caught(lambda: db.q("DELETE FROM audit_logs")),
    }
    db.finish(record, "FAIL", DEFECT)
    reopen = "UPDATE serials SET status = 'IN_PROGRESS' WHERE id = %s"
    for _ in range(3):  # the rework count follows reopens only (BR-005): three of them
        db.q(reopen, (serial,))
        db.record(serial, "PROC-001", "FAIL", DEFECT)
    errors["NH005"] = _caught(lambda: db.q(reopen, (serial,)))  # the 4th is over the limit
    for n in (7, 8):  # nothing raises these yet: raise them the way a rule would
        errors[f"NH00{n}"] = _caught(
            lambda n=n: db.q(  # type: ignore[misc]
                f"DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'NH00{n}',"
                f" MESSAGE = 'BR-00{n}: provoked'; END $$"
            )
        )
    return errors


def test_every_rule_sqlstate_maps_to_its_own_sentence(db: Db) -> None:
    errors = _rule_errors(db)
    sentences = set()
    for code, exc in sorted(errors.items()):
        assert getattr(exc, "pgcode", None) == code
        err = map_db_error(exc)
        assert isinstance(err, BusinessRuleError)
        assert err.rule == err.code == f"BR-{code[2:]}" and err.sqlstate == code
        assert f"BR-{code[2:]}: " in str(err)  # the database's own words are kept
        assert str(err.msg.params["reason"]).startswith(f"BR-{code[2:]}: ")
        assert has_hangul(korean(err.msg)) and err.msg.params["reason"] in korean(err.msg)
        assert not is_retryable(exc)
        sentences.add(err.msg.template)
    assert len(sentences) == 8


def test_rule_error_carries_detail_and_hint(db: Db) -> None:
    lot = db.lot(status="CLOSED")
    exc = _caught(lambda: db.q("UPDATE lots SET status = 'CREATED' WHERE id = %s", (lot,)))
    err = map_db_error(exc)
    assert err.detail is not None and f"lot_id={lot}" in err.detail and "CLOSED" in err.detail


def test_wrapped_by_sqlalchemy_maps_the_same(db_url) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(db_url, poolclass=pool.NullPool)
    try:
        with pytest.raises(DBAPIError) as info, engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_logs"))
    finally:
        engine.dispose()
    err = map_db_error(info.value)
    assert isinstance(err, BusinessRuleError) and err.rule == "BR-006"


def test_constraint_violations(db: Db) -> None:
    db.lot("WF261128D01")
    dup = map_db_error(_caught(lambda: db.lot("WF261128D01")))
    assert isinstance(dup, ConflictError) and dup.sqlstate == "23505"
    assert str(dup) == "This LOT number already exists."
    fk = map_db_error(
        _caught(
            lambda: db.q(
                "INSERT INTO serials (serial_number, lot_id, sequence) VALUES ('X', 999999, 1)"
            )
        )
    )
    assert isinstance(fk, ValidationError) and fk.sqlstate == "23503"
    check = map_db_error(
        _caught(
            lambda: db.q(
                "INSERT INTO lots (lot_number, product_model_id, shift) VALUES ('Y', 1, 'X')"
            )
        )
    )
    assert isinstance(check, ValidationError) and check.msg.params["constraint"] == "chk_lot_shift"
    nn = map_db_error(
        _caught(lambda: db.q("INSERT INTO lots (lot_number, product_model_id) VALUES ('Z', 1)"))
    )
    assert isinstance(nn, ValidationError) and "(shift)" in str(nn)
    for exc in (dup, fk, check, nn):
        assert not is_retryable(exc)


def _other(db_url) -> psycopg2.extensions.connection:  # type: ignore[no-untyped-def]
    return psycopg2.connect(libpq_dsn(db_url))


def test_lock_timeout_is_busy_and_retryable(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    lot = db.lot()
    holder, waiter = _other(db_url), _other(db_url)
    try:
        holder.cursor().execute("SELECT * FROM lots WHERE id = %s FOR UPDATE", (lot,))
        cur = waiter.cursor()
        cur.execute("SET lock_timeout = '50ms'")
        exc = _caught(lambda: cur.execute("UPDATE lots SET created_by = 'x' WHERE id = %s", (lot,)))
    finally:
        holder.close()
        waiter.close()
    err = map_db_error(exc)
    assert isinstance(err, DatabaseBusy) and err.sqlstate == "55P03"
    assert is_retryable(exc)


def test_statement_timeout_is_busy(db: Db) -> None:
    with db.tx():
        db.q("SET LOCAL statement_timeout = '20ms'")
        exc = _caught(lambda: db.q("SELECT pg_sleep(5)"))
    err = map_db_error(exc)
    assert isinstance(err, DatabaseBusy) and err.sqlstate == "57014" and is_retryable(exc)


def test_serialization_failure_is_busy(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    lot = db.lot()
    reader = _other(db_url)
    try:
        reader.set_session(isolation_level="REPEATABLE READ")
        cur = reader.cursor()
        cur.execute("SELECT created_by FROM lots WHERE id = %s", (lot,))
        db.q("UPDATE lots SET created_by = 'other' WHERE id = %s", (lot,))
        exc = _caught(
            lambda: cur.execute("UPDATE lots SET created_by = 'me' WHERE id = %s", (lot,))
        )
    finally:
        reader.close()
    err = map_db_error(exc)
    assert isinstance(err, DatabaseBusy) and err.sqlstate == "40001" and is_retryable(exc)


def test_deadlock_is_busy(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    a_lot, b_lot = db.lot("WF261128D01"), db.lot("WF261128D02")
    first, second = _other(db_url), _other(db_url)
    errors: list[BaseException] = []
    try:
        c1, c2 = first.cursor(), second.cursor()
        for c in (c1, c2):
            c.execute("SET deadlock_timeout = '50ms'")
        c1.execute("UPDATE lots SET created_by = '1' WHERE id = %s", (a_lot,))
        c2.execute("UPDATE lots SET created_by = '2' WHERE id = %s", (b_lot,))

        def cross() -> None:
            try:
                c1.execute("UPDATE lots SET created_by = '1' WHERE id = %s", (b_lot,))
            except psycopg2.Error as exc:
                errors.append(exc)

        thread = threading.Thread(target=cross)
        thread.start()
        wait_until_blocked(db, first.get_backend_pid())  # the first connection waits
        try:
            c2.execute("UPDATE lots SET created_by = '2' WHERE id = %s", (a_lot,))
        except psycopg2.Error as exc:
            errors.append(exc)
            second.rollback()
        thread.join(timeout=30)
    finally:
        first.close()
        second.close()
    assert [getattr(e, "pgcode", None) for e in errors] == ["40P01"]
    err = map_db_error(errors[0])
    assert isinstance(err, DatabaseBusy) and is_retryable(errors[0])


def test_terminated_backend_is_unavailable(db: Db, db_url) -> None:  # type: ignore[no-untyped-def]
    victim = _other(db_url)
    try:
        db.q("SELECT pg_terminate_backend(%s)", (victim.get_backend_pid(),))
        exc = _caught(lambda: victim.cursor().execute("SELECT 1"))
    finally:
        victim.close()
    err = map_db_error(exc)
    assert isinstance(err, DatabaseUnavailable) and not err.commit_unknown
    assert is_retryable(exc)
    closed = _caught(lambda: victim.cursor())
    assert isinstance(closed, psycopg2.InterfaceError)
    assert isinstance(map_db_error(closed), DatabaseUnavailable)


def test_terminated_backend_through_sqlalchemy_during_commit(db_url) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(db_url, poolclass=pool.NullPool)
    admin = Db(db_url)
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            admin.q("SELECT pg_terminate_backend(%s)", (pid,))
            with pytest.raises(DBAPIError) as info:
                conn.execute(text("SELECT 1"))
    finally:
        admin.close()
        engine.dispose()
    assert info.value.connection_invalidated
    err = map_db_error(info.value, during_commit=True)
    assert isinstance(err, DatabaseUnavailable) and err.commit_unknown
    assert "저장 중 연결이 끊겼습니다" in korean(err.msg)


def test_unreachable_server_is_unavailable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    exc = _caught(lambda: psycopg2.connect(host=str(tmp_path), dbname="x", connect_timeout=2))
    err = map_db_error(exc)
    assert isinstance(err, DatabaseUnavailable) and is_retryable(exc)


def test_anything_else_is_a_bug_and_domain_errors_pass_through(db: Db) -> None:
    exc = _caught(lambda: db.q("SELEC 1"))
    err = map_db_error(exc)
    assert isinstance(err, UnexpectedDatabaseError) and err.sqlstate == "42601"
    assert not is_retryable(exc)
    own = ConflictError(Msg("x"))
    assert map_db_error(own) is own
    assert isinstance(map_db_error(RuntimeError("boom")), NeuroHubError)
