"""Issue 17.9 (station part): what a station asks for, and statuses in the UI language."""

from __future__ import annotations

import factories as f
import pytest
from station_ui import make_ctx, scan, settle
from translators import korean  # noqa: F401 - fixture

from neurohub_desktop.domain.states import UnitStatus
from neurohub_desktop.ui.station.lots_page import LotsModel, LotsPage
from neurohub_desktop.ui.station.page import StationPage

pytestmark = pytest.mark.usefixtures("korean")
RAW = {s.value for s in UnitStatus}


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER")


def _page(qtbot, sm, pid, user):  # type: ignore[no-untyped-def]
    page = StationPage(make_ctx(sm, pid, user))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def test_proc008_asks_for_a_serial_when_a_process_barcode_is_scanned(qtbot, sm, worker) -> None:
    page = _page(qtbot, sm, "PROC-008", worker)
    with qtbot.waitSignal(page.refused, timeout=10_000) as refused:
        scan(qtbot, page, "PROC-003")
    text = refused.args[0]
    assert "시리얼을(를) 스캔하세요" in text and "WIP을(를)" not in text
    assert "공정 바코드" in text and "PROCESS" not in text


def test_statuses_on_station_screens_are_translated(qtbot, sm, worker) -> None:
    lot = f.lot(sm, target=5)
    wip = f.wip_through(sm, worker, lot, last=2)
    f.station(sm, "PROC-003").start_step(worker, wip)
    page = _page(qtbot, sm, "PROC-003", worker)
    scan(qtbot, page, wip)
    assert "진행 중" in page.status_label.text()
    assert not any(raw in page.status_label.text() for raw in RAW)
    manager = f.user(sm, "mgr1", "MANAGER")
    lots = LotsPage(make_ctx(sm, "PROC-001", manager))
    qtbot.addWidget(lots)
    lots.show()
    settle(qtbot, lots.ctx)
    model = lots.lots
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    cell = model.index(0, LotsModel.STATUS).data()
    assert cell == "진행 중", cell
