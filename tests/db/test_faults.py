"""Faults against a throwaway embedded server (never the shared test server): the server
stops under an open station screen, a backend is killed during COMMIT, a COMMIT's answer is
lost.  Each time the station says so, keeps what was entered, and — once the database is
back — the step is recorded exactly once."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import factories as f
import pytest
from fault_support import CommitDropProxy, ThrowawayServer, admin_query, poll
from sqlalchemy.engine import URL
from station_ui import click, fill, make_ctx, scan, settle

from neurohub_desktop.db.engine import make_engine
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.ui.connection import CONNECTED, RECONNECTING
from neurohub_desktop.ui.station.page import StationPage

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ThrowawayServer]:
    srv = ThrowawayServer(tmp_path)
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture
def url(server: ThrowawayServer) -> URL:
    return server.database("neurohub")


def _history(url: URL, process_id: str) -> list[tuple[object, ...]]:
    return admin_query(
        url,
        "SELECT w.wip_id, h.result, h.measurements->>'submission_id' "
        "FROM wip_process_history h JOIN processes p ON p.id = h.process_id "
        "JOIN wip_items w ON w.id = h.wip_item_id WHERE p.process_id = %s",
        process_id,
    )


def test_server_stops_under_an_open_screen_form_kept_resubmitted_once(  # type: ignore[no-untyped-def]
    qtbot, server, url
) -> None:
    eng = make_engine(url)
    sm = f.sessions(eng)
    try:
        worker = f.user(sm, "worker1")
        f.firmware(sm)
        wip = f.wip_through(sm, worker, f.lot(sm, target=3), last=2)
        ctx = make_ctx(sm, "PROC-003", worker, locale="en")
        statuses: list[str] = []
        ctx.events.db_status_changed.connect(statuses.append)
        page = StationPage(ctx)
        qtbot.addWidget(page)
        page.show()
        settle(qtbot, ctx)
        page.connection._backoff = (100, 200, 400)  # the real steps are 0.5 s … 15 s
        scan(qtbot, page, wip)
        click(qtbot, page, page.start_button)
        fill(qtbot, page.form, {"TEMP_SENSOR": "60.4", "TOF_DISTANCE": "512"})  # half-entered

        server.stop()  # the server goes away mid-shift
        fill(qtbot, page.form, {"I2C_OK": True})
        with qtbot.waitSignal(page.refused, timeout=15_000):
            qtbot.mouseClick(page.form.pass_button, qtbot_left())
        settle(qtbot, ctx)
        assert statuses[:1] == [RECONNECTING] and page.connection.status == RECONNECTING
        assert page.unsent.isVisible() and page.unsent.state == "waiting"
        assert wip in page.unsent.text() and "NOT recorded" in page.unsent.text()
        assert "cannot be reached" in page.banner.text()
        assert page.form.values()["TEMP_SENSOR"] == "60.4"  # nothing typed was lost
        assert page.form.values()["TOF_DISTANCE"] == "512"
        assert page.form.pass_button.isEnabled() and page.unit.in_progress_here
        key = page.submissions.current("record", wip)

        server.start()
        qtbot.waitUntil(lambda: page.connection.status == CONNECTED, timeout=30_000)
        assert statuses[-1] == CONNECTED
        assert page.unsent.state == "ready" and page.unsent.isVisible()
        assert _history(url, "PROC-003") == []  # no silent queueing: not sent by itself
        with qtbot.waitSignal(page.step_recorded, timeout=15_000):
            qtbot.mouseClick(page.form.pass_button, qtbot_left())
        settle(qtbot, ctx)
        assert _history(url, "PROC-003") == [(wip, "PASS", key)]
        assert not page.unsent.isVisible() and page.submissions.pending() == []
    finally:
        eng.dispose()


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _slow_commit_rig(url: URL) -> None:
    """Test rigging: the commit of a history row waits for advisory lock 4242 (a deferred
    constraint trigger runs at commit: the end of the station's one autocommitted
    statement), so a test can catch the backend inside its commit."""
    admin_query(
        url,
        """
        CREATE FUNCTION test_wait_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER test_wait_at_commit AFTER INSERT ON wip_process_history
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_wait_at_commit();
    """,
    )


def test_backend_killed_during_commit_records_exactly_one_row(server, url) -> None:  # type: ignore[no-untyped-def]
    eng = make_engine(url)
    sm = f.sessions(eng)
    try:
        worker = f.user(sm, "worker1")
        wip = f.wip_through(sm, worker, f.lot(sm, target=3), last=2)
        st = f.station(sm, "PROC-003")
        st.start_step(worker, wip)
        _slow_commit_rig(url)
        import psycopg2

        from neurohub_desktop.db.engine import libpq_dsn

        holder = psycopg2.connect(libpq_dsn(url))  # holds the lock the COMMIT waits for
        holder.autocommit = True
        holder.cursor().execute("SELECT pg_advisory_lock(4242)")
        outcome: dict[str, object] = {}

        def record() -> None:
            try:
                outcome["rec"] = st.complete_step(
                    worker,
                    wip,
                    StepResult.PASS,
                    f.GOOD_VALUES["PROC-003"],
                    submission_id="fixed-key-1",
                )
            except Exception as exc:  # noqa: BLE001 - reported below
                outcome["error"] = exc

        t = threading.Thread(target=record)
        t.start()
        pid = poll(
            lambda: (
                admin_query(
                    url,
                    "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT nh_complete(%%' "
                    "AND state = 'active' AND wait_event_type = 'Lock'",
                )
                or [None]
            )[0]
        )[0]
        assert admin_query(url, "SELECT pg_terminate_backend(%s)", pid) == [(True,)]
        holder.cursor().execute("SELECT pg_advisory_unlock(4242)")
        holder.close()
        t.join(60)
        assert "error" not in outcome, outcome.get("error")
        rec = outcome["rec"]
        assert rec.result is StepResult.PASS  # type: ignore[attr-defined]
    finally:
        eng.dispose()
    assert _history(url, "PROC-003") == [(wip, "PASS", "fixed-key-1")]
    assert admin_query(
        url, "SELECT count(*) FROM audit_logs WHERE table_name = 'wip_process_history'"
    ) == [(3,)]  # PROC-001, 002, 003 once each


def test_commit_answer_lost_is_resolved_from_the_database_not_written_twice(  # type: ignore[no-untyped-def]
    server, url
) -> None:
    listen = tempfile.mkdtemp(prefix="nhproxy")
    proxy = CommitDropProxy(server.socket_dir, listen)
    via_proxy = url.set(query={"host": listen})
    eng = make_engine(via_proxy)
    sm = f.sessions(eng)
    try:
        worker = f.user(sm, "worker1")
        wip = f.wip_through(sm, worker, f.lot(sm, target=3), last=2)
        st = f.station(sm, "PROC-003")
        st.start_step(worker, wip)
        proxy.armed.set()
        rec = st.complete_step(
            worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"], submission_id="fixed-key-2"
        )
        assert proxy.dropped.is_set()  # the COMMIT's answer really was lost
        assert rec.result is StepResult.PASS and rec.table == "wip_process_history"
        again = st.complete_step(
            worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"], submission_id="fixed-key-2"
        )  # the operator resubmits
        assert again.record_id == rec.record_id
    finally:
        eng.dispose()
        proxy.close()
    assert _history(url, "PROC-003") == [(wip, "PASS", "fixed-key-2")]
