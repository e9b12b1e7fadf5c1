"""The station write path stays cheap without changing what it records: one statement per
action on the person's own login (``SELECT nh_…(…)``: action, checks, claim and the unit's new
view in one round trip), nothing read after it, the process list kept per service."""

from __future__ import annotations

import time

import factories as f
import pytest
from polling import poll
from sqlalchemy import text

from neurohub_desktop.db.engine import sent_statements
from neurohub_desktop.domain.errors import ConflictError
from neurohub_desktop.domain.ids import format_wip
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.services.station import facts as station_facts


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER", "김작업")


@pytest.fixture
def lot(sm):
    f.firmware(sm)
    return f.lot(sm, target=5)


def one_call(sent: list[str], function: str) -> None:
    """``sent`` is the one call of ``function`` and nothing else (the writer sends no
    pre-ping)."""
    assert len(sent) == 1, sent
    assert sent[0].lstrip().startswith(f"SELECT {function}("), sent


def test_a_wip_step_is_one_statement_per_action(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    st = f.station(sm, "PROC-002")
    st.station_info()  # the screen's start reads the process list once
    writer = sm.writer(worker.id)
    with sent_statements(sm.engine) as scan:
        st.resolve_scan(wip)
    with sent_statements(writer) as start, sent_statements(sm.engine) as start_reads:
        st.start_step(worker, wip)
    with sent_statements(writer) as record, sent_statements(sm.engine) as record_reads:
        done = st.complete_step(worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-002"])
    assert done.unit.steps[1].state.value == "pass" and done.unit.current_process is None
    # a scan: the unit with its LOT, model and attempts in one statement
    assert len(scan) == 1, scan
    # start and record: one call each on the worker's login; the answer is the new view
    one_call(start, "nh_start")
    one_call(record, "nh_complete")
    assert start_reads == record_reads == []


def test_issue_and_conversion_are_one_statement_each(sm, worker, lot) -> None:
    f.issue_wip(sm, worker, lot)
    wip = f.wip_through(sm, worker, lot, last=6)
    st1, st7 = f.station(sm, "PROC-001"), f.station(sm, "PROC-007")
    st1.station_info()
    st7.station_info()
    writer = sm.writer(worker.id)
    with sent_statements(writer) as issue, sent_statements(sm.engine) as issue_reads:
        issued = st1.issue_next_wip(worker, lot)
    with sent_statements(writer) as convert, sent_statements(sm.engine) as convert_reads:
        conv = st7.convert(worker, wip)
    assert issued.wip_id == format_wip(lot, 3) and issued.in_progress_here
    assert conv.serial_number == f"{lot}-0002" and conv.unit.in_progress_here
    one_call(issue, "nh_issue_wip")
    one_call(convert, "nh_convert")
    assert issue_reads == convert_reads == []


def test_records_name_the_actor_and_station_in_their_audit_rows(sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=6)
    st7 = f.station(sm, "PROC-007", name="ST-SEVEN")
    conv = st7.convert(worker, wip)
    st7.verify_label(worker, conv.serial_number, conv.serial_number)
    history = f.rows(
        sm,
        "SELECT a.user_id, a.station FROM audit_logs a "
        "WHERE a.table_name = 'wip_process_history' AND a.action = 'INSERT'",
    )
    assert len(history) == 6 and {tuple(r) for r in history} == {
        (worker.id, f"ST-{n}") for n in range(1, 7)
    }
    starts = f.rows(
        sm,
        "SELECT DISTINCT a.user_id, a.station FROM audit_logs a "
        "WHERE a.table_name = 'wip_items' AND a.action = 'UPDATE' "
        "AND a.new_data->>'current_process_id' IS NOT NULL",
    )
    assert {tuple(r) for r in starts} == {(worker.id, f"ST-{n}") for n in range(1, 7)}
    converted = f.rows(
        sm,
        "SELECT a.user_id, a.station FROM audit_logs a "
        "WHERE a.table_name = 'serials' AND a.action = 'INSERT'",
    )
    assert [tuple(r) for r in converted] == [(worker.id, "ST-SEVEN")]
    record = f.rows(
        sm,
        "SELECT a.user_id, a.station, a.new_data->>'result' FROM audit_logs a "
        "WHERE a.table_name = 'process_data' AND a.action = 'UPDATE'",
    )
    assert [tuple(r) for r in record] == [(worker.id, "ST-SEVEN", "PASS")]
    data = f.scalar(sm, "SELECT process_specific_data FROM process_data")
    assert data["wip_id"] == wip and data["prints"] == []  # kept beside the new keys
    assert data["measurements"]["items"][0]["code"] == "LABEL_VERIFIED"
    assert data["submission_id"] and data["defects"] == []


def test_a_resubmission_is_found_by_the_same_one_statement(sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    st = f.station(sm, "PROC-002")
    st.start_step(worker, wip)
    first = st.complete_step(worker, wip, "PASS", f.GOOD_VALUES["PROC-002"], submission_id="key-1")
    audit = f.scalar(sm, "SELECT count(*) FROM audit_logs")
    with sent_statements(sm.writer(worker.id)) as sent, sent_statements(sm.engine) as reads:
        again = st.complete_step(
            worker, wip, "PASS", f.GOOD_VALUES["PROC-002"], submission_id="key-1"
        )
    assert again.record_id == first.record_id and again.unit == first.unit
    one_call(sent, "nh_complete")  # the look-up is inside the call
    assert reads == []
    assert (
        f.scalar(
            sm,
            "SELECT count(*) FROM wip_process_history h JOIN processes p "
            "ON p.id = h.process_id WHERE p.process_id = 'PROC-002'",
        )
        == 1
    )
    assert f.scalar(sm, "SELECT count(*) FROM audit_logs") == audit  # nothing written


def test_the_process_list_is_kept_and_station_info_reads_it_afresh(
    sm, worker, lot, monkeypatch
) -> None:
    st = f.station(sm, "PROC-002")
    assert st.station_info().name == st.station_info().name
    with f.admin_tx(sm) as s:
        s.execute(
            text("UPDATE processes SET process_name = 'renamed' WHERE process_id = 'PROC-002'")
        )
    wip = f.issue_wip(sm, worker, lot)
    assert st.resolve_scan(wip).steps[1].name != "renamed"  # kept (PROCESS_CACHE_SECONDS)
    assert st.station_info().name == "renamed"  # the screen's start reads it again
    assert st.resolve_scan(wip).steps[1].name == "renamed"
    with f.admin_tx(sm) as s:
        s.execute(text("UPDATE processes SET process_name = 'again' WHERE process_id = 'PROC-002'"))
    monkeypatch.setattr(station_facts, "PROCESS_CACHE_SECONDS", 0.0)
    assert st.resolve_scan(wip).steps[1].name == "again"  # expired


def test_issuing_waits_for_the_lot_row_then_gives_up_after_lock_timeout(sm, worker, lot) -> None:
    st = f.station(sm, "PROC-001")
    with sm.engine.connect() as other:  # another station's transaction holds the LOT row
        other.execute(text("SELECT id FROM lots WHERE lot_number = :l FOR UPDATE"), {"l": lot})
        t0 = time.monotonic()
        with pytest.raises(ConflictError) as refused:
            st.issue_next_wip(worker, lot)
        waited = time.monotonic() - t0
        other.rollback()
    assert refused.value.code == "LOCKED"
    # the function's own lock_timeout = '3s' (not NOWAIT, not the role's default 10 s)
    assert 2.5 <= waited < 8, waited
    assert "lock_timeout=3s" in f.scalar(
        sm, "SELECT proconfig FROM pg_proc WHERE proname = 'nh_issue_wip'"
    )
    assert f.scalar(sm, "SELECT count(*) FROM wip_items") == 0
    with sent_statements(sm.writer(worker.id)) as sent:
        view = st.issue_next_wip(worker, lot)
    assert view.wip_id == format_wip(lot, 1)
    assert view.in_progress_here and view.sequence == 1
    one_call(sent, "nh_issue_wip")


@pytest.mark.parametrize("serial", [False, True], ids=["wip", "serial"])
def test_a_held_unit_refuses_a_new_record_at_once_but_returns_a_resubmitted_one(
    sm, worker, lot, serial
) -> None:
    if serial:
        wip = f.wip_through(sm, worker, lot, last=6)
        unit = f.station(sm, "PROC-007").convert(worker, wip).serial_number
        st, proc, lock_sql = (
            f.station(sm, "PROC-007"),
            "PROC-007",
            "SELECT id FROM serials WHERE serial_number = :u FOR UPDATE",
        )
        values: dict[str, object] = {"LABEL_VERIFIED": True}
    else:
        unit = f.issue_wip(sm, worker, lot)
        st, proc, lock_sql = (
            f.station(sm, "PROC-002"),
            "PROC-002",
            "SELECT id FROM wip_items WHERE wip_id = :u FOR UPDATE",
        )
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
    assert (
        f.scalar(
            sm,
            f"SELECT count(*) FROM {table} WHERE result IS NOT NULL "
            "AND process_id = (SELECT id FROM processes WHERE process_id = :p)",
            p=proc,
        )
        == 1
    )


def test_an_answer_in_hand_survives_a_connection_that_dies_on_its_way_back(  # type: ignore[no-untyped-def]
    sm, worker, lot, monkeypatch
) -> None:
    """The soak's finding: the server went away just after answering, and giving the
    connection back to the pool failed — the answer (a WIP issued) must still be returned,
    never turned into a raw driver error that hides a write."""
    import psycopg2
    from sqlalchemy.engine import Connection

    from neurohub_desktop.services import uow

    real_close = Connection.close
    sm.writer(worker.id)  # the person's engine exists already (as at a logged-in station)

    def dies(self) -> None:  # type: ignore[no-untyped-def]
        real_close(self)
        raise psycopg2.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Connection, "close", dies)
    data = uow.call(
        sm, worker.id, "nh_issue_wip(:lot, :station, false)", {"lot": lot, "station": "ST-1"}
    )
    monkeypatch.setattr(Connection, "close", real_close)
    assert data["kind"] == "WIP" and data["found"] is False
    assert f.scalar(sm, "SELECT count(*) FROM wip_items") == 1


def test_a_write_after_the_server_dropped_the_pooled_connections_is_recorded_once(
    sm, worker, lot
) -> None:
    """The writer sends no pre-ping: when the server has dropped its pooled connections (a
    restart, a DBA's pg_terminate_backend) the next action fails on the dead one, the pool
    is invalidated and the call runs again on a fresh connection — recorded once."""
    wip = f.issue_wip(sm, worker, lot)
    st = f.station(sm, "PROC-002")
    st.start_step(worker, wip)
    writer = sm.writer(worker.id)
    role = writer.url.username
    killed = f.scalar(
        sm,
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM "
        "pg_stat_activity WHERE usename = :r) AS k",
        r=role,
    )
    assert killed >= 1  # the writer's pooled connection was there, and is gone now
    poll(
        lambda: f.scalar(sm, "SELECT count(*) = 0 FROM pg_stat_activity WHERE usename = :r", r=role)
    )
    with sent_statements(writer) as sent:
        done = st.complete_step(worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-002"])
    assert done.result is StepResult.PASS
    # the call on the dead connection, then the same call on a fresh one; no pre-ping
    assert len(sent) == 2 and all(q.lstrip().startswith("SELECT nh_complete(") for q in sent)
    assert (
        f.scalar(
            sm,
            "SELECT count(*) FROM wip_process_history h JOIN wip_items w ON "
            "w.id = h.wip_item_id JOIN processes p ON p.id = h.process_id "
            "WHERE w.wip_id = :w AND p.process_id = 'PROC-002'",
            w=wip,
        )
        == 1
    )


def test_a_read_whose_connection_dies_on_its_way_back_still_answers(  # type: ignore[no-untyped-def]
    sm, worker, lot, monkeypatch
) -> None:
    """The soak's finding: the server went away after the read's last answer, and closing the
    session failed — the read's answer stands; the failure is not raised in its place."""
    import psycopg2
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    from neurohub_desktop.services import uow

    real_close = Session.close

    def dies(self) -> None:  # type: ignore[no-untyped-def]
        real_close(self)
        raise OperationalError("ROLLBACK", {}, psycopg2.OperationalError("server closed"))

    monkeypatch.setattr(Session, "close", dies)
    with uow.read(sm) as s:
        answer = s.execute(text("SELECT 41 + 1")).scalar_one()
    monkeypatch.setattr(Session, "close", real_close)
    assert answer == 42
