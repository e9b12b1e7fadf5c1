"""The manager panel: create / complete / close a LOT, reopen and scrap, refused for workers."""

from __future__ import annotations

import factories as f
import pytest
from PySide6.QtCore import Qt
from station_ui import click, make_ctx, settle
from translators import korean  # noqa: F401

from neurohub_desktop.ui.scanner import ScanCapture
from neurohub_desktop.ui.station.lots_page import LotsPage


def lots_page(qtbot, sm, user, locale: str = "ko"):  # type: ignore[no-untyped-def]
    ctx = make_ctx(sm, "PROC-001", user, station="ST-MGR", locale=locale)
    ctx.services.auth = f.auth_service(sm.kw["bind"], station="ST-MGR")
    page = LotsPage(ctx)
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


def press(qtbot, widget, key=Qt.Key.Key_Space) -> None:  # type: ignore[no-untyped-def]
    """Focus ``widget`` and press ``key`` (Space presses a button): keyboard only."""
    widget.setFocus()
    qtbot.keyClick(widget, key)
    keys_delivered(qtbot, widget)


def keys_delivered(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """The page's scanner capture holds printable keys briefly (a burst may be a scan):
    wait until it has given them to their widgets."""
    captures = widget.window().findChildren(ScanCapture)
    qtbot.waitUntil(lambda: not any(c.pending_text() for c in captures))


def pick_first(qtbot, table) -> None:  # type: ignore[no-untyped-def]
    """Select a table's first row from the keyboard (Home, then Space selects it)."""
    press(qtbot, table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    keys_delivered(qtbot, table)


def sign(qtbot, page, password: str, reason: str, user_id: str | None = None):  # type: ignore[no-untyped-def]
    """Fill the open signature dialog from the keyboard and press Return; its error text."""
    dialog = page.signature
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    if user_id is not None:
        dialog.user_id.setFocus()
        dialog.user_id.selectAll()
        qtbot.keyClicks(dialog.user_id, user_id)
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)  # on to the reason
    if reason:  # "": keep the reason typed before
        qtbot.keyClicks(dialog.reason, reason)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot, page.ctx)
    return dialog


def signature_rows(sm):  # type: ignore[no-untyped-def]
    return [
        tuple(r)
        for r in f.rows(
            sm,
            "SELECT s.meaning, s.reason, u.user_id, s.details ->> 'operator' FROM signatures s "
            "JOIN users u ON u.id = s.signer_id ORDER BY s.id",
        )
    ]


@pytest.mark.usefixtures("korean")
def test_manager_reopens_scraps_completes_and_closes_with_signatures(qtbot, sm) -> None:  # type: ignore[no-untyped-def]
    manager = f.user(sm, "manager1", "MANAGER")
    worker = f.user(sm, "worker1", "WORKER")
    lot = f.lot(sm, manager, target=2)
    wip = f.wip_through(sm, worker, lot, last=2)
    f.fail_step(sm, worker, "PROC-003", wip)
    page = lots_page(qtbot, sm, manager)
    assert page.lots.rowCount() == 1 and page.lots.row_at(0).wip_count == 1
    pick_first(qtbot, page.table)  # the LOT → its FAILED units
    qtbot.waitUntil(lambda: page.failed.rowCount() == 1, timeout=5000)
    failed = page.failed.row_at(0)
    assert (failed.unit_id, failed.failed_step, failed.rework_count) == (wip, "PROC-003", 1)
    pick_first(qtbot, page.failed_table)  # reopen / scrap start from the list
    assert page.unit_field.text() == wip
    press(qtbot, page.reopen_button)
    dialog = page.signature
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.meaning_label.text() == "재작업 승인"
    assert wip in dialog.consequences.text() and "재작업" in dialog.consequences.text()
    assert dialog.user_id.text() == "manager1"  # the logged-in manager signs unless changed
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # nothing typed: said, nothing sent
    assert dialog.isVisible() and dialog.error.text()
    sign(qtbot, page, "wrong-password", "sensor reseated")  # refused by PostgreSQL: stays open
    assert dialog.isVisible() and dialog.error.text() and dialog.password.text() == ""
    assert signature_rows(sm) == []
    with qtbot.waitSignal(page.unit_decided, timeout=10_000):
        sign(qtbot, page, f.PASSWORD, "")
    assert f.scalar(sm, "SELECT status FROM wip_items") == "IN_PROGRESS"
    page.table.selectRow(0)
    press(qtbot, page.complete_button)
    dialog = sign(qtbot, page, f.PASSWORD, "all units done")  # refused: the unit is mid-line
    # the refusal names the unit and where it is, in the page's language
    assert dialog.isVisible() and "완료할 수 없습니다" in dialog.error.text()
    assert f"{wip} (IN_PROGRESS, PROC-002 통과)" in dialog.error.text()  # reopened at 003
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert f.scalar(sm, "SELECT status FROM lots") == "IN_PROGRESS"
    f.fail_step(sm, worker, "PROC-003", wip)
    page.unit_field.setFocus()
    qtbot.keyClicks(page.unit_field, wip)
    press(qtbot, page.scrap_button)
    assert "다시" in page.signature.consequences.text()  # final: never reopened
    with qtbot.waitSignal(page.unit_decided, timeout=10_000):
        sign(qtbot, page, f.PASSWORD, "sensor failed again")
    assert f.scalar(sm, "SELECT status FROM wip_items") == "SCRAPPED"
    page.table.selectRow(0)
    press(qtbot, page.complete_button)
    sign(qtbot, page, f.PASSWORD, "all units done")
    qtbot.waitUntil(lambda: f.scalar(sm, "SELECT status FROM lots") == "COMPLETED")
    settle(qtbot, page.ctx)
    page.table.selectRow(0)
    press(qtbot, page.close_button)
    sign(qtbot, page, f.PASSWORD, "shipped")
    qtbot.waitUntil(lambda: f.scalar(sm, "SELECT status FROM lots") == "CLOSED")
    settle(qtbot, page.ctx)
    assert page.lots.rowCount() == 0
    assert signature_rows(sm) == [
        ("REWORK_APPROVED", "sensor reseated", "manager1", "manager1"),
        ("SCRAPPED", "sensor failed again", "manager1", "manager1"),
        ("RELEASED", "all units done", "manager1", "manager1"),
        ("CLOSED", "shipped", "manager1", "manager1"),
    ]


def test_a_manager_countersigns_at_a_workers_station_in_english(qtbot, sm) -> None:  # type: ignore[no-untyped-def]
    manager = f.user(sm, "manager1", "MANAGER")
    worker = f.user(sm, "worker1", "WORKER")
    lot = f.lot(sm, manager, target=2)
    wip = f.wip_through(sm, worker, lot, last=2)
    f.fail_step(sm, worker, "PROC-003", wip)
    page = lots_page(qtbot, sm, worker, locale="en")
    page.unit_field.setFocus()
    qtbot.keyClicks(page.unit_field, wip)
    press(qtbot, page.scrap_button)
    dialog = page.signature
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.meaning_label.text() == "Scrapped"
    assert "final" in dialog.consequences.text() and wip in dialog.consequences.text()
    assert dialog.user_id.text() == ""  # a worker signs no manager's decision
    sign(qtbot, page, f.PASSWORD, "housing cracked", user_id="worker1")
    assert dialog.isVisible() and dialog.error.text()  # refused: nothing written
    assert signature_rows(sm) == []
    with qtbot.waitSignal(page.unit_decided, timeout=10_000):
        sign(qtbot, page, f.PASSWORD, "", user_id="manager1")
    assert signature_rows(sm) == [("SCRAPPED", "housing cracked", "manager1", "worker1")]
    assert page.ctx.user.user_id == "worker1"  # the worker is still the one logged in


def burst(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner burst into whatever has the focus (here: the LOT table), ended by Enter."""
    page.table.setFocus()
    qtbot.keyClicks(page.table, text)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, page.ctx)


def selected_lot(page) -> str | None:  # type: ignore[no-untyped-def]
    rows = page.table.selectionModel().selectedRows()
    return page.lots.row_at(rows[0].row()).lot_number if rows else None


@pytest.mark.usefixtures("korean")
def test_a_scan_selects_the_lot_or_the_units_lot_and_the_failed_unit(qtbot, sm) -> None:  # type: ignore[no-untyped-def]
    manager = f.user(sm, "manager1", "MANAGER")
    worker = f.user(sm, "worker1", "WORKER")
    first = f.lot(sm, manager, target=3)
    second = f.lot(sm, manager, target=3)
    failed = f.wip_through(sm, worker, second, last=2)
    f.fail_step(sm, worker, "PROC-003", failed)
    waiting = f.issue_wip(sm, worker, second)
    page = lots_page(qtbot, sm, manager)
    assert page.lots.rowCount() == 2 and selected_lot(page) is None
    burst(qtbot, page, first)  # a LOT label
    qtbot.waitUntil(lambda: selected_lot(page) == first, timeout=5000)
    assert first in page.banner.text() and page.failed.rowCount() == 0
    burst(qtbot, page, failed)  # a FAILED unit of the other LOT: its LOT and the unit
    qtbot.waitUntil(lambda: page.unit_field.text() == failed, timeout=5000)
    assert selected_lot(page) == second
    assert page.failed_table.selectionModel().selectedRows()[0].row() == 0
    assert "PROC-003" in page.banner.text() and page.banner.property("level") == "info"
    burst(qtbot, page, waiting)  # a unit that is not FAILED: its LOT, and why not the unit
    qtbot.waitUntil(lambda: waiting in page.banner.text(), timeout=5000)
    assert selected_lot(page) == second and "진행 중" in page.banner.text()
    burst(qtbot, page, "WIP-WF261128D09-001")  # well-formed, unknown
    qtbot.waitUntil(lambda: page.banner.property("level") == "error", timeout=5000)
    assert "WIP-WF261128D09-001" in page.banner.text()
    burst(qtbot, page, "HELLO#WORLD")  # not a NeuroHub barcode at all
    assert page.banner.property("level") == "error" and "HELLO#WORLD" in page.banner.text()
    burst(qtbot, page, "WF261128D77")  # a LOT that does not exist
    qtbot.waitUntil(lambda: "WF261128D77" in page.banner.text(), timeout=5000)
    assert page.banner.property("level") == "error" and selected_lot(page) == second
    assert f.scalar(sm, "SELECT count(*) FROM signatures") == 0  # a scan decides nothing


def test_the_page_follows_other_stations_and_refreshes_on_f5(qtbot, sm, db_url) -> None:  # type: ignore[no-untyped-def]
    from neurohub_desktop.db.engine import libpq_dsn
    from neurohub_desktop.services.live import ChangeListener
    from neurohub_desktop.ui.live import LiveBridge

    manager = f.user(sm, "manager1", "MANAGER")
    worker = f.user(sm, "worker1", "WORKER")
    lot = f.lot(sm, manager, target=3)
    ctx = make_ctx(sm, "PROC-001", manager, station="ST-MGR")
    ctx.services.live = ChangeListener(libpq_dsn(db_url), poll_timeout=0.2)
    ctx.live = LiveBridge(ctx.services.live, ctx.events, parent=ctx.events)
    ctx.live.start()
    try:
        assert ctx.services.live.connected.wait(10)
        page = LotsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        settle(qtbot, ctx)
        page.table.selectRow(0)
        assert (page.lots.row_at(0).status, page.lots.row_at(0).wip_count) == ("CREATED", 0)
        wips = [f.issue_wip(sm, worker, lot) for _ in range(3)]  # at PROC-001, another PC
        qtbot.waitUntil(lambda: page.lots.row_at(0).wip_count == 3, timeout=10_000)
        assert page.lots.row_at(0).status == "IN_PROGRESS"
        f.fail_step(sm, worker, "PROC-002", wips[1])  # a FAIL elsewhere: the list shows it
        qtbot.waitUntil(lambda: page.failed.rowCount() == 1, timeout=10_000)
        assert page.failed.row_at(0).unit_id == wips[1]
        ctx.live.stop()  # no more events: only F5 reads again
        f.fail_step(sm, worker, "PROC-002", wips[2])
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: page.failed.rowCount() == 2, timeout=10_000)
        assert page.refresh_button.isVisible()
    finally:
        ctx.live.stop()
        ctx.runner.wait_for_done(5000)
