"""추적성 where-used on the known fixture line (issue 18): a component lot typed into the
trace field lists the units that used it, exports them, and a double-click follows one."""

from __future__ import annotations

import csv

from db.supervisor_fixtures import COMPONENTS, FIRMWARE
from PySide6.QtCore import Qt
from sqlalchemy import text
from test_supervisor_pages import _show, ctx, known  # noqa: F401 - the shared fixtures

from neurohub_desktop.ui.supervisor.trace_page import TracePage


def _units_with(engine, code: str, value: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Independently of the service: the WIPs whose records hold ``code = value``."""
    with engine.connect() as c:
        return set(
            c.execute(
                text(
                    "SELECT DISTINCT w.wip_id FROM wip_process_history h"
                    " JOIN wip_items w ON w.id = h.wip_item_id,"
                    " jsonb_array_elements(h.measurements -> 'items') i"
                    " WHERE i ->> 'code' = :c AND i ->> 'value' = :v"
                ),
                {"c": code, "v": value},
            ).scalars()
        )


def test_a_component_lot_lists_its_units_and_exports_them(qtbot, ctx, engine, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = _show(qtbot, TracePage(ctx))
    spring = COMPONENTS["SMA_SPRING_LOT"]
    with qtbot.waitSignal(page.traced, timeout=5000):
        qtbot.keyClicks(page.scan, spring)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    expected = _units_with(engine, "SMA_SPRING_LOT", spring)
    assert expected  # the fixture line has some
    model = page.where_used
    assert page.where_used_view.isVisible() and not page.timeline_view.isVisible()
    shown = {model.index(r, model.COL_WIP).data() for r in range(model.rowCount())}
    assert shown == expected and model.rowCount() == len(expected)
    assert str(len(expected)) in page.banner.text()
    path = tmp_path / "where_used.csv"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.csv_button.click()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert len(table) == 1 + len(expected)
    assert {row[model.COL_WIP] for row in table[1:]} == expected

    with qtbot.waitSignal(page.traced, timeout=5000):
        page.trace(FIRMWARE)
    assert {model.index(r, model.COL_WIP).data() for r in range(model.rowCount())} == (
        _units_with(engine, "FIRMWARE_VERSION", FIRMWARE)
    )
    # a double-click follows the unit to its timeline
    with qtbot.waitSignal(page.traced, timeout=5000):
        page.where_used_view.doubleClicked.emit(page.where_used_view.model().index(0, 0))
    assert page.timeline_view.isVisible() and not page.where_used_view.isVisible()
