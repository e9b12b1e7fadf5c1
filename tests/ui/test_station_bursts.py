"""Issue 17.2 and 17.6: scanner bursts into the station's form and over-long bursts."""

from __future__ import annotations

import factories as f
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import text
from station_ui import click, make_ctx, scan, settle

from neurohub_desktop.domain.ids import InvalidBarcode, parse_scan
from neurohub_desktop.ui.messages import message_text
from neurohub_desktop.ui.station.page import StationPage


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER")


def _page(qtbot, sm, pid, worker):  # type: ignore[no-untyped-def]
    page = StationPage(make_ctx(sm, pid, worker))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def burst(qtbot, widget: QWidget, text: str) -> None:
    """A keyboard-wedge scanner: the characters at once, then Enter, to the focused widget."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_burst_into_a_text_item_fills_it_and_the_unit_stays_open(qtbot, sm, worker) -> None:
    lot = f.lot(sm, target=5)
    wip = f.issue_wip(sm, worker, lot)
    page = _page(qtbot, sm, "PROC-002", worker)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    field = page.form.inputs["SMA_SPRING_LOT"]
    burst(qtbot, field, "SMA-2411-07")
    qtbot.waitUntil(lambda: field.text() == "SMA-2411-07", timeout=5_000)
    settle(qtbot, page.ctx)
    assert page.unit is not None and page.unit.wip_id == wip and page.unit.in_progress_here
    assert page.form.isEnabled() and page.banner.property("level") != "error"
    assert page.form.item_state("SMA_SPRING_LOT") == "pass"
    busbar = page.form.inputs["BUSBAR_LOT"]
    burst(qtbot, busbar, "BB-88")
    qtbot.waitUntil(lambda: busbar.text() == "BB-88", timeout=5_000)
    qtbot.mouseClick(page.form.inputs["VISUAL_OK"].ok_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.step_recorded, timeout=10_000):
        click(qtbot, page, page.form.pass_button)
    stored = f.scalar(
        sm,
        "SELECT i->>'value' FROM wip_process_history, "
        "jsonb_array_elements(measurements->'items') i WHERE i->>'code' = 'SMA_SPRING_LOT'",
    )
    assert stored == "SMA-2411-07"


def test_a_burst_into_a_text_item_is_checked_against_its_format(qtbot, sm, worker) -> None:
    with f.admin_tx(sm) as s:  # the ADMIN gave the item a format (criteria editor)
        s.execute(
            text(
                "UPDATE processes SET quality_criteria = jsonb_set(quality_criteria, "
                "'{measurements,0,format}', to_jsonb(CAST(:fmt AS text))) "
                "WHERE process_id = 'PROC-002'"
            ),
            {"fmt": r"SMA-\d{4}-\d{2}"},
        )
    lot = f.lot(sm, target=5)
    wip = f.issue_wip(sm, worker, lot)
    page = _page(qtbot, sm, "PROC-002", worker)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    field = page.form.inputs["SMA_SPRING_LOT"]
    burst(qtbot, field, f"WIP-{lot}-002")  # the wrong barcode, scanned into the item
    qtbot.waitUntil(lambda: field.text() == f"WIP-{lot}-002", timeout=5_000)
    settle(qtbot, page.ctx)
    assert page.form.item_state("SMA_SPRING_LOT") == "invalid"
    assert not page.form.pass_button.isEnabled()
    assert page.unit.wip_id == wip and page.unit.in_progress_here


@pytest.mark.parametrize("where", ["records_view", "SMA_SPRING_LOT", "scan_field"])
def test_a_300_character_burst_is_refused_whole_wherever_the_focus_is(
    qtbot, sm, worker, where
) -> None:
    lot = f.lot(sm, target=5)
    wip = f.issue_wip(sm, worker, lot)
    page = _page(qtbot, sm, "PROC-002", worker)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    long_text = ("X" * 257) + f"WIP-{lot}-001"[:43].ljust(43, "Z")  # tail looks like an id
    assert len(long_text) == 300
    with pytest.raises(InvalidBarcode) as too_long:
        parse_scan(long_text)
    widget = {
        "records_view": page.records_view,
        "SMA_SPRING_LOT": page.form.inputs["SMA_SPRING_LOT"],
        "scan_field": page.scan_field,
    }[where]
    with qtbot.waitSignal(page.refused, timeout=10_000) as refused:
        burst(qtbot, widget, long_text)
    settle(qtbot, page.ctx)
    reason = message_text(too_long.value.msg, "ko")
    assert reason in refused.args[0]
    assert page.unit.wip_id == wip and page.unit.in_progress_here  # nothing else was looked up
    assert page.form.inputs["SMA_SPRING_LOT"].text() == ""  # not half-typed anywhere
    assert page.scan_field.text() == ""
