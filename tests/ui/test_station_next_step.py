"""Issue 17.4 and 17.15: after a label is printed the next instruction stays in view; the
reprint reason is typed (the prompt says so) and cleared after the reprint."""

from __future__ import annotations

import re

import factories as f
import pytest
from station_ui import click, make_ctx, scan, settle
from translators import korean  # noqa: F401 - fixture

from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.ui.station.page import StationPage

pytestmark = pytest.mark.usefixtures("korean")
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def worker(sm):
    return f.user(sm, "worker1", "WORKER")


def _page(qtbot, sm, pid, worker, tmp_path):  # noqa: F811  # type: ignore[no-untyped-def]
    spool = tmp_path / "spool"
    spool.mkdir()
    page = StationPage(make_ctx(sm, pid, worker, printer=SpoolPrinter(spool)))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def test_proc001_keeps_scan_the_mark_in_view_after_printing(qtbot, sm, worker, tmp_path) -> None:
    lot = f.lot(sm)
    page = _page(qtbot, sm, "PROC-001", worker, tmp_path)
    with qtbot.waitSignal(page.label_printed, timeout=10_000):
        scan(qtbot, page, lot)
    settle(qtbot, page.ctx)
    wip = f"WIP-{lot}-001"
    text = page.banner.text()
    assert "spool" in text  # the "sent" message …
    assert f"{wip}을(를) 마킹한 뒤 마킹을 스캔하세요" in text  # … and what to do next
    scan(qtbot, page, wip)  # and doing it records the PASS
    assert f.scalar(sm, "SELECT count(*) FROM wip_process_history WHERE result = 'PASS'") == 1


def test_proc007_keeps_scan_the_label_in_view_and_a_reprint_reason_is_cleared(
    qtbot,
    sm,
    worker,
    tmp_path,
) -> None:
    f.firmware(sm)
    lot = f.lot(sm)
    wip = f.wip_through(sm, worker, lot, last=6)
    page = _page(qtbot, sm, "PROC-007", worker, tmp_path)
    with qtbot.waitSignal(page.label_printed, timeout=10_000):
        scan(qtbot, page, wip)
    settle(qtbot, page.ctx)
    serial = f"{lot}-0001"
    assert "spool" in page.banner.text()
    assert f"{serial}에 라벨을 붙이고 라벨을 스캔하세요" in page.banner.text()
    # a reprint without a reason: the prompt asks to enter one (a free-text field) …
    assert page.reprint_reason.isEditable()
    with qtbot.waitSignal(page.refused, timeout=5_000) as refused:
        click(qtbot, page, page.print_button)
    assert "입력하세요" in refused.args[0] and "선택" not in refused.args[0]
    assert HANGUL.search(page.reprint_reason.lineEdit().placeholderText())
    # … typed like an operator; after the reprint the field is empty again
    page.reprint_reason.setFocus()
    qtbot.keyClicks(page.reprint_reason.lineEdit(), "torn on the roll")
    qtbot.waitUntil(lambda: page.reprint_reason.currentText() == "torn on the roll", timeout=5_000)
    with qtbot.waitSignal(page.label_printed, timeout=10_000):
        click(qtbot, page, page.print_button)
    settle(qtbot, page.ctx)
    assert page.reprint_reason.currentText() == ""
    assert f"{serial}에 라벨을 붙이고 라벨을 스캔하세요" in page.banner.text()
    prints = f.scalar(sm, "SELECT process_specific_data->'prints' FROM process_data")
    assert [p["reason"] for p in prints] == [None, "torn on the roll"]
    # a third print needs a new reason
    with qtbot.waitSignal(page.refused, timeout=5_000):
        click(qtbot, page, page.print_button)
    scan(qtbot, page, serial)
    assert f.scalar(sm, "SELECT result FROM process_data") == "PASS"
