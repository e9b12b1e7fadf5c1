"""A scan is parsed once, by the station page: the ``ScannedId`` it made (and the shown
unit's ``UnitView.ids``) travel down to the service, which does not parse them again."""

from __future__ import annotations

import sys
from typing import Any

import factories as f
import pytest
from station_ui import click, fill, make_ctx, scan, settle

from neurohub_desktop.domain import ids
from neurohub_desktop.ui.station.page import StationPage


@pytest.fixture
def worker(sm):  # type: ignore[no-untyped-def]
    f.firmware(sm)
    return f.user(sm, "worker1", "WORKER")


#: printing checks the id it puts on a label (the database's WIP / serial id, not a scan)
NOT_SCANS = frozenset({"neurohub_desktop.printing.zpl"})


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every ``parse_scan`` call of the app from now on (each module's own reference to it
    is replaced by a counting wrapper), but the label's check of what it prints."""
    calls: list[str] = []
    original = ids.parse_scan

    def counted(text: str) -> ids.ScannedId:
        calls.append(text)
        return original(text)

    for name, module in list(sys.modules.items()):
        if name in NOT_SCANS or not name.startswith("neurohub_desktop"):
            continue
        if getattr(module, "parse_scan", None) is original:
            monkeypatch.setattr(module, "parse_scan", counted)
    return calls


def page_for(qtbot: Any, sm: Any, pid: str, user: Any) -> StationPage:
    page = StationPage(make_ctx(sm, pid, user))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def test_scan_start_record_parses_the_scan_once(qtbot, sm, worker, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wip = f.issue_wip(sm, worker, f.lot(sm, target=5))
    page = page_for(qtbot, sm, "PROC-002", worker)
    parses = count_parses(monkeypatch)
    scan(qtbot, page, wip)
    assert page.unit.can_start_here, page.banner.text()
    click(qtbot, page, page.start_button)
    assert page.unit.in_progress_here
    fill(qtbot, page.form, f.GOOD_VALUES["PROC-002"])
    click(qtbot, page, page.form.pass_button)
    assert page.stepper.state_of("PROC-002") == "pass"
    assert parses == [wip]  # one scan, one parse (it was four: page, scan, start, record)


def test_issue_and_mark_parse_each_scan_once(qtbot, sm, worker, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lot = f.lot(sm, target=5)
    page = page_for(qtbot, sm, "PROC-001", worker)
    parses = count_parses(monkeypatch)
    scan(qtbot, page, lot)
    wip = page.unit.wip_id
    assert wip is not None and page.awaiting == "mark"
    scan(qtbot, page, wip)
    assert page.stepper.state_of("PROC-001") == "pass"
    assert parses == [lot, wip]  # two scans, two parses (it was eight)
