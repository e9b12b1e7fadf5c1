"""A scanner burst into a component-lot field fills that field (issue 18): the part's label
is read into SMA_SPRING_LOT, not taken as a unit scan, and a lot of the wrong format is
shown as a typo before anything is sent."""

from __future__ import annotations

import factories as f
import pytest
from PySide6.QtCore import Qt
from station_ui import TIMEOUT_MS, click, fill, make_ctx, scan, settle

from neurohub_desktop.ui.station.page import StationPage

SPRING_FORMAT = r"SMA-\d{4}-[0-9]{2}"


@pytest.fixture
def sm(engine):  # type: ignore[no-untyped-def]
    sm = f.sessions(engine)
    f.spring_lot_component(sm, SPRING_FORMAT)
    return sm


def test_a_burst_into_the_component_field_fills_it(qtbot, sm) -> None:  # type: ignore[no-untyped-def]
    worker = f.user(sm, "worker1", "WORKER")
    wip = f.issue_wip(sm, worker, f.lot(sm, target=3))
    page = StationPage(make_ctx(sm, "PROC-002", worker, locale="en"))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    assert page.form is not None
    field = page.form.inputs["SMA_SPRING_LOT"]
    refused: list[str] = []
    page.refused.connect(refused.append)
    field.setFocus()
    qtbot.keyClicks(field, "SMA-2411-07")  # a scanner's burst, ending in Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, page.ctx)
    assert field.text() == "SMA-2411-07"
    assert refused == [] and page.unit is not None and page.unit.wip_id == wip
    fill(qtbot, page.form, {"BUSBAR_LOT": "BB-88", "VISUAL_OK": True})
    click(qtbot, page, page.form.pass_button)
    qtbot.waitUntil(
        lambda: page.unit is not None and not page.unit.in_progress_here, timeout=TIMEOUT_MS
    )
    value = f.scalar(
        sm,
        "SELECT i ->> 'value' FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id,"
        " jsonb_array_elements(h.measurements -> 'items') i"
        " WHERE w.wip_id = :w AND i ->> 'code' = 'SMA_SPRING_LOT'",
        w=wip,
    )
    assert value == "SMA-2411-07"
