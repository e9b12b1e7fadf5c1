"""A station behind a network that freezes (a TCP proxy that stops forwarding and closes
nothing), as an operator meets it: the PASS shows "sending…", within the action's deadline the
record is shown unsent with every entry kept, the header says the database is away, the page
stays responsive and idle logout is not held up; after the thaw the resubmission is recorded
exactly once (issue 13)."""

from __future__ import annotations

import time

import factories as f
import pytest
from freezing_proxy import FreezingProxy
from station_ui import click, fill, scan, settle

from neurohub_desktop.config import Settings
from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import Credentials, Sessions, make_person_engine
from neurohub_desktop.services.station import StationService
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.connection import CONNECTED, RECONNECTING
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.idle import IdleLogout
from neurohub_desktop.ui.station.page import StationPage

WRITE_DEADLINE_S = 2.0
READ_DEADLINE_S = 3.0


def _history(sm, wip: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        r[0]
        for r in f.rows(
            sm,
            "SELECT h.measurements ->> 'submission_id' FROM "
            "wip_process_history h JOIN wip_items w ON "
            "w.id = h.wip_item_id JOIN processes p ON "
            "p.id = h.process_id WHERE w.wip_id = :w AND "
            "p.process_id = 'PROC-003'",
            w=wip,
        )
    ]


@pytest.fixture
def frozen_station(qtbot, engine, db_url):  # type: ignore[no-untyped-def]
    sm = f.sessions(engine)
    f.firmware(sm)
    worker = f.user(sm, "worker1")
    wip = f.wip_through(sm, worker, f.lot(sm, target=3), last=2)
    proxy = FreezingProxy(db_url)
    url = proxy.url(roles.person_url(db_url, "worker1"))  # reads and writes: one network
    cred = Credentials(f.PASSWORD)
    reads = make_person_engine(
        url, cred, pool_size=2, statement_timeout_ms=2000, deadline_s=READ_DEADLINE_S
    )
    writer = make_person_engine(
        url,
        cred,
        autocommit=True,
        pool_size=2,
        max_overflow=1,
        statement_timeout_ms=1500,
        deadline_s=WRITE_DEADLINE_S,
    )
    sessions = Sessions(reads, write_engine=writer)
    settings = Settings(station="ST-3", process_id="PROC-003", locale="en")
    ctx = AppContext(
        settings,
        BackgroundRunner(),
        Services(station=StationService(sessions, station="ST-3", process_id="PROC-003")),
        AppEvents(),
        worker,
        "en",
        reads=BackgroundRunner(),
    )
    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, ctx)
    page.connection._backoff = (100, 200, 400)
    yield sm, wip, proxy, ctx, page
    proxy.thaw()
    ctx.runner.wait_for_done(10_000)
    ctx.reads.wait_for_done(10_000)
    proxy.close()
    writer.dispose()
    reads.dispose()


def test_a_frozen_network_shows_unsent_within_the_deadline_and_records_once_after(
    qtbot, frozen_station
) -> None:  # type: ignore[no-untyped-def]
    sm, wip, proxy, ctx, page = frozen_station
    statuses: list[str] = []
    ctx.events.db_status_changed.connect(statuses.append)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    assert page.form is not None and page.unit is not None and page.unit.in_progress_here
    fill(qtbot, page.form, f.GOOD_VALUES["PROC-003"])

    proxy.freeze()  # the network hangs: nothing forwarded, nothing closed
    t0 = time.monotonic()
    qtbot.mouseClick(page.form.pass_button, qtbot_left())
    assert page.unsent.isVisible() and page.unsent.state == "sending"
    assert wip in page.unsent.text()
    qtbot.waitUntil(lambda: page.unsent.state in ("unknown", "waiting"), timeout=8_000)
    took = time.monotonic() - t0
    assert took < WRITE_DEADLINE_S + 2.0, took  # the deadline, not minutes
    assert page.unsent.state == "unknown"  # cut off mid-call: resubmit, recorded once
    assert RECONNECTING in statuses  # the header says the database is away
    assert page.form.values()["TEMP_SENSOR"] == "60.2"  # nothing typed is lost
    assert page.form.pass_button.isEnabled()
    key = page.submissions.current("record", wip)
    assert key is not None
    # responsive meanwhile: the operator can type, and idle logout is not held by the pings
    qtbot.keyClicks(page.scan_field, "abc")
    assert page.scan_field.text().endswith("abc")
    page.scan_field.clear()
    idle = IdleLogout(300, events=ctx.events, hold=ctx.runner.is_busy, parent=page)
    with qtbot.waitSignal(idle.expired, timeout=3_000):
        idle.start()
    assert ctx.reads.is_busy() or page.connection.status == RECONNECTING  # still pinging

    proxy.thaw()  # the held-back record reaches the server now: too late, not run
    qtbot.waitUntil(lambda: page.connection.status == CONNECTED, timeout=15_000)
    assert page.unsent.state == "ready"
    assert _history(sm, wip) == []  # nothing committed late
    with qtbot.waitSignal(page.step_recorded, timeout=10_000):
        qtbot.mouseClick(page.form.pass_button, qtbot_left())
    settle(qtbot, ctx)
    assert _history(sm, wip) == [key]  # recorded exactly once, with the kept key
    assert not page.unsent.isVisible() and page.submissions.pending() == []


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
