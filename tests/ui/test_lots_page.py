"""The manager panel: create / complete / close a LOT, reopen and scrap, refused for workers."""

from __future__ import annotations

import factories as f
import pytest
from station_ui import click, make_ctx, settle

from neurohub_desktop.ui.station.lots_page import LotsPage


@pytest.fixture
def sm(engine):
    return f.sessions(engine)


def lots_page(qtbot, sm, user):  # type: ignore[no-untyped-def]
    page = LotsPage(make_ctx(sm, "PROC-001", user, station="ST-MGR"))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def test_worker_is_refused_and_nothing_is_written(qtbot, sm) -> None:
    worker = f.user(sm, "worker1", "WORKER")
    page = lots_page(qtbot, sm, worker)
    click(qtbot, page, page.create_button)
    assert "관리자" in page.banner.text() and page.banner.property("level") == "error"
    assert f.scalar(sm, "SELECT count(*) FROM lots") == 0


def test_manager_reopens_and_closes(qtbot, sm) -> None:
    manager = f.user(sm, "manager1", "MANAGER")
    worker = f.user(sm, "worker1", "WORKER")
    lot = f.lot(sm, manager, target=2)
    wip = f.wip_through(sm, worker, lot, last=2)
    f.fail_step(sm, worker, "PROC-003", wip)
    page = lots_page(qtbot, sm, manager)
    assert page.lots.rowCount() == 1 and page.lots.row_at(0).wip_count == 1
    page.unit_field.setText(wip)
    click(qtbot, page, page.reopen_button)  # no reason yet
    assert page.banner.property("level") == "error"
    page.reason_field.setText("센서 재장착")
    with qtbot.waitSignal(page.unit_decided, timeout=10_000):
        click(qtbot, page, page.reopen_button)
    assert f.scalar(sm, "SELECT status FROM wip_items") == "IN_PROGRESS"
    page.table.selectRow(0)
    page.reason_field.setText("전량 완료")
    click(qtbot, page, page.complete_button)  # refused: the reopened unit is mid-line
    assert page.banner.property("level") == "error"
    assert f.scalar(sm, "SELECT status FROM lots") == "IN_PROGRESS"
    f.fail_step(sm, worker, "PROC-003", wip)
    page.unit_field.setText(wip)
    page.reason_field.setText("센서 불량 재발")
    with qtbot.waitSignal(page.unit_decided, timeout=10_000):
        click(qtbot, page, page.scrap_button)
    assert f.scalar(sm, "SELECT status FROM wip_items") == "SCRAPPED"
    page.table.selectRow(0)
    page.reason_field.setText("전량 완료")
    click(qtbot, page, page.complete_button)
    click(qtbot, page, page.close_button)
    assert f.scalar(sm, "SELECT status FROM lots") == "CLOSED"
    settle(qtbot, page.ctx)
    assert page.lots.rowCount() == 0
