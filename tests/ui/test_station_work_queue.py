"""Issue 17.16: the station shows the units waiting for it, live, and scanning starts one."""

from __future__ import annotations

import factories as f
import pytest
from station_ui import TIMEOUT_MS, click, make_ctx, scan, settle

from neurohub_desktop.domain.changes import ChangeEvent
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.station.page import StationPage
from neurohub_desktop.ui.station.work_queue import WorkQueueModel


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER")


def units(page) -> list[str]:  # type: ignore[no-untyped-def]
    m = page.queue
    return [m.index(r, WorkQueueModel.UNIT).data() for r in range(m.rowCount())]


def test_the_work_queue_is_shown_live_and_read_on_the_read_lane(qtbot, sm, worker) -> None:
    lot = f.lot(sm, target=5)
    first = f.wip_through(sm, worker, lot, last=2)
    second = f.wip_through(sm, worker, lot, last=2)
    ctx = make_ctx(sm, "PROC-003", worker)
    ctx.reads = BackgroundRunner()  # a read lane of its own, as app.py builds it
    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: units(page) == [first, second], timeout=TIMEOUT_MS)
    assert page.queue_view.isVisible()
    assert page.queue.index(0, WorkQueueModel.LOT).data() == lot
    assert page.queue.index(0, WorkQueueModel.WAITING).data()  # e.g. "<1m"
    # another station (PROC-002) passes a third unit: the change event brings it in
    third = f.wip_through(sm, worker, lot, last=2)
    ctx.events.data_changed.emit(ChangeEvent("step_recorded", None, third, "PROC-002"))
    qtbot.waitUntil(lambda: units(page) == [first, second, third], timeout=TIMEOUT_MS)
    # scanning stays the way to start: the started unit leaves the queue
    scan(qtbot, page, second)
    click(qtbot, page, page.start_button)
    qtbot.waitUntil(lambda: units(page) == [first, third], timeout=TIMEOUT_MS)
    assert ctx.reads.wait_for_done(10_000)
