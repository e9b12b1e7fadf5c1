"""The manager panel: create / complete / close a LOT, reopen and scrap, refused for workers."""

from __future__ import annotations

import factories as f
import pytest
from PySide6.QtCore import Qt
from station_ui import click, make_ctx, settle
from translators import korean  # noqa: F401

from neurohub_desktop.ui.station.lots_page import LotsPage


@pytest.fixture
def sm(engine):
    return f.sessions(engine)


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


def pick_first(qtbot, table) -> None:  # type: ignore[no-untyped-def]
    """Select a table's first row from the keyboard (Home, then Space selects it)."""
    press(qtbot, table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Space)


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
