"""The station write path stays cheap without changing what it records: statements per action,
the actor named in the first statement, the process list kept per service."""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import factories as f
import pytest
from sqlalchemy import event, text

from neurohub_desktop.domain.errors import ConflictError
from neurohub_desktop.domain.ids import format_wip
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.services import station as station_module
from neurohub_desktop.services._tx import station_transaction


@pytest.fixture
def sm(engine):
    return f.sessions(engine)


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER", "김작업")


@pytest.fixture
def lot(sm):
    f.firmware(sm)
    return f.lot(sm, target=5)


@contextmanager
def counting(sm) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """The SQL statements the session maker's engine sends meanwhile."""
    sent: list[str] = []
    engine = sm.kw["bind"]

    def on_execute(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)


def test_a_wip_step_costs_a_handful_of_statements(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    st = f.station(sm, "PROC-002")
    st.station_info()  # the screen's start reads the process list once
    with counting(sm) as scan:
        st.resolve_scan(wip)
    with counting(sm) as start:
        st.start_step(worker, wip)
    with counting(sm) as record:
        done = st.complete_step(worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-002"])
    assert done.unit.steps[1].state.value == "pass" and done.unit.current_process is None
    # a scan: the unit with its LOT, model and attempts in one statement
    assert len(scan) == 1, scan
    # actor named in the NOWAIT lock, read, UPDATE, NOTIFY, the new state
    assert len(start) <= 5, start
    assert "set_config('neurohub.user_id'" in start[0] and "NOWAIT" in start[0]
    # actor + exactly-once look-up + NOWAIT lock, read, INSERT, NOTIFY, the new state
    assert len(record) <= 5, record
    assert "set_config('neurohub.user_id'" in record[0] and "once_key" in record[0]
    assert "NOWAIT" in record[0] and not any("FROM processes" in s and "ORDER BY" in s
                                             for s in record)


def test_records_name_the_actor_and_station_in_their_audit_rows(sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=6)
    st7 = f.station(sm, "PROC-007", name="ST-SEVEN")
    conv = st7.convert(worker, wip)
    st7.verify_label(worker, conv.serial_number, conv.serial_number)
    history = f.rows(sm, "SELECT a.user_id, a.station FROM audit_logs a "
                         "WHERE a.table_name = 'wip_process_history' AND a.action = 'INSERT'")
    assert len(history) == 6 and {tuple(r) for r in history} == {
        (worker.id, f"ST-{n}") for n in range(1, 7)}
    starts = f.rows(sm, "SELECT DISTINCT a.user_id, a.station FROM audit_logs a "
                        "WHERE a.table_name = 'wip_items' AND a.action = 'UPDATE' "
                        "AND a.new_data->>'current_process_id' IS NOT NULL")
    assert {tuple(r) for r in starts} == {(worker.id, f"ST-{n}") for n in range(1, 7)}
    converted = f.rows(sm, "SELECT a.user_id, a.station FROM audit_logs a "
                           "WHERE a.table_name = 'serials' AND a.action = 'INSERT'")
    assert [tuple(r) for r in converted] == [(worker.id, "ST-SEVEN")]
    record = f.rows(sm, "SELECT a.user_id, a.station, a.new_data->>'result' FROM audit_logs a "
                        "WHERE a.table_name = 'process_data' AND a.action = 'UPDATE'")
    assert [tuple(r) for r in record] == [(worker.id, "ST-SEVEN", "PASS")]
    data = f.scalar(sm, "SELECT process_specific_data FROM process_data")
    assert data["wip_id"] == wip and data["prints"] == []  # kept beside the new keys
    assert data["measurements"]["items"][0]["code"] == "LABEL_VERIFIED"
    assert data["submission_id"] and data["defects"] == []


def test_a_resubmission_is_found_by_the_first_statement(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    st = f.station(sm, "PROC-002")
    st.start_step(worker, wip)
    first = st.complete_step(worker, wip, "PASS", f.GOOD_VALUES["PROC-002"],
                             submission_id="key-1")
    with counting(sm) as sent:
        again = st.complete_step(worker, wip, "PASS", f.GOOD_VALUES["PROC-002"],
                                 submission_id="key-1")
    assert again.record_id == first.record_id and again.unit == first.unit
    assert len(sent) == 2, sent  # the look-up (no lock taken), the unit's view
    assert f.scalar(sm, "SELECT count(*) FROM wip_process_history h JOIN processes p "
                        "ON p.id = h.process_id WHERE p.process_id = 'PROC-002'") == 1
    assert not any(s.lstrip().upper().startswith(("INSERT", "UPDATE")) for s in sent)


def test_a_transaction_that_never_names_its_actor_is_not_committed(sm, worker, lot) -> None:
    before = f.scalar(sm, "SELECT count(*) FROM audit_logs")
    with pytest.raises(RuntimeError, match="never named"), \
            station_transaction(sm, worker.id, "ST-X", actor_in_first=True) as s:
        s.execute(text("UPDATE lots SET target_quantity = 4 WHERE lot_number = :l"), {"l": lot})
    assert f.scalar(sm, "SELECT target_quantity FROM lots WHERE lot_number = :l", l=lot) == 5
    assert f.scalar(sm, "SELECT count(*) FROM audit_logs") == before


def test_the_process_list_is_kept_and_station_info_reads_it_afresh(sm, worker, lot,
                                                                   monkeypatch) -> None:
    st = f.station(sm, "PROC-002")
    assert st.station_info().name == st.station_info().name
    with f.admin_tx(sm) as s:
        s.execute(text("UPDATE processes SET process_name = 'renamed' "
                       "WHERE process_id = 'PROC-002'"))
    wip = f.issue_wip(sm, worker, lot)
    assert st.resolve_scan(wip).steps[1].name != "renamed"  # kept (PROCESS_CACHE_SECONDS)
    assert st.station_info().name == "renamed"  # the screen's start reads it again
    assert st.resolve_scan(wip).steps[1].name == "renamed"
    with f.admin_tx(sm) as s:
        s.execute(text("UPDATE processes SET process_name = 'again' "
                       "WHERE process_id = 'PROC-002'"))
    monkeypatch.setattr(station_module, "PROCESS_CACHE_SECONDS", 0.0)
    assert st.resolve_scan(wip).steps[1].name == "again"  # expired


def test_issuing_waits_for_the_lot_row_then_gives_up_after_lock_timeout(sm, worker, lot) -> None:
    st = f.station(sm, "PROC-001")
    with sm.kw["bind"].connect() as other:  # another station's transaction holds the LOT row
        other.execute(text("SELECT id FROM lots WHERE lot_number = :l FOR UPDATE"), {"l": lot})
        t0 = time.monotonic()
        with pytest.raises(ConflictError) as refused:
            st.issue_next_wip(worker, lot)
        waited = time.monotonic() - t0
        other.rollback()
    assert refused.value.code == "LOCKED"
    assert 2.5 <= waited < 20, waited  # SET LOCAL lock_timeout = '3s' (not NOWAIT, not forever)
    assert f.scalar(sm, "SELECT count(*) FROM wip_items") == 0
    with counting(sm) as sent:
        view = st.issue_next_wip(worker, lot)
    assert view.wip_id == format_wip(lot, 1)
    assert view.in_progress_here and view.sequence == 1
    assert "lock_timeout" in sent[0] and "set_config('neurohub.user_id'" in sent[0]
    assert len(sent) <= 8, sent


@pytest.mark.parametrize("serial", [False, True], ids=["wip", "serial"])
def test_a_held_unit_refuses_a_new_record_at_once_but_returns_a_resubmitted_one(
        sm, worker, lot, serial) -> None:
    if serial:
        wip = f.wip_through(sm, worker, lot, last=6)
        unit = f.station(sm, "PROC-007").convert(worker, wip).serial_number
        st, proc, lock_sql = (f.station(sm, "PROC-007"), "PROC-007",
                              "SELECT id FROM serials WHERE serial_number = :u FOR UPDATE")
        values: dict[str, object] = {"LABEL_VERIFIED": True}
    else:
        unit = f.issue_wip(sm, worker, lot)
        st, proc, lock_sql = (f.station(sm, "PROC-002"), "PROC-002",
                              "SELECT id FROM wip_items WHERE wip_id = :u FOR UPDATE")
        st.start_step(worker, unit)
        values = f.GOOD_VALUES[proc]
    with sm.kw["bind"].connect() as other:  # another station holds the unit's row
        other.execute(text(lock_sql), {"u": unit})
        t0 = time.monotonic()
        with pytest.raises(ConflictError) as refused:
            st.complete_step(worker, unit, "PASS", values, submission_id="new-key")
        assert time.monotonic() - t0 < 2.0 and refused.value.code == "LOCKED"  # NOWAIT
        other.rollback()
    first = st.complete_step(worker, unit, "PASS", values, submission_id="sent-key")
    with sm.kw["bind"].connect() as other:
        other.execute(text(lock_sql), {"u": unit})
        again = st.complete_step(worker, unit, "PASS", values, submission_id="sent-key")
        other.rollback()
    assert again.record_id == first.record_id and again.result is StepResult.PASS
    table = "process_data" if serial else "wip_process_history"
    assert f.scalar(sm, f"SELECT count(*) FROM {table} WHERE result IS NOT NULL "
                        "AND process_id = (SELECT id FROM processes WHERE process_id = :p)",
                    p=proc) == 1
