"""Every refusal at scan time: the localized reason is shown, nothing is written."""

from __future__ import annotations

import factories as f
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from station_ui import click, fill, make_ctx, scan, settle

from neurohub_desktop.domain.station import Reason, StepResult
from neurohub_desktop.ui.messages import message_text
from neurohub_desktop.ui.station.page import StationPage


@pytest.fixture
def worker(sm):
    f.firmware(sm)
    return f.user(sm, "worker1", "WORKER")


@pytest.fixture
def lot(sm):
    return f.lot(sm, target=5)


def page_for(qtbot, sm, pid, user, locale="ko"):  # type: ignore[no-untyped-def]
    page = StationPage(make_ctx(sm, pid, user, locale=locale))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def writes(sm) -> int:  # type: ignore[no-untyped-def]
    return int(f.scalar(sm, "SELECT count(*) FROM audit_logs"))


def refused_at(qtbot, sm, pid, unit, user, reason, locale="ko"):  # type: ignore[no-untyped-def]
    page = page_for(qtbot, sm, pid, user, locale)
    before = writes(sm)
    with qtbot.waitSignal(page.refused, timeout=10_000) as sig:
        scan(qtbot, page, unit)
    assert page.unit.reason is reason
    expected = message_text(page.unit.reason_msg, locale)
    assert sig.args == [expected] and page.banner.text() == expected
    assert page.banner.property("level") == "error"
    assert not page.start_button.isEnabled()
    assert writes(sm) == before
    return page


def test_out_of_order(qtbot, sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    page = refused_at(qtbot, sm, "PROC-003", wip, worker, Reason.PREVIOUS_STEP_MISSING)
    assert "PROC-002" in page.banner.text() and "통과하지" in page.banner.text()
    assert page.stepper.state_of("PROC-001") == "done"
    assert page.stepper.state_of("PROC-002") == "pending"


def test_out_of_order_in_english(qtbot, sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    page = refused_at(qtbot, sm, "PROC-003", wip, worker, Reason.PREVIOUS_STEP_MISSING, "en")
    assert "has not passed PROC-002" in page.banner.text()


def test_double_pass(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    page = refused_at(qtbot, sm, "PROC-002", wip, worker, Reason.ALREADY_PASSED)
    assert "이미" in page.banner.text()


def test_in_progress_elsewhere(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    f.station(sm, "PROC-003").start_step(worker, wip)
    page = refused_at(qtbot, sm, "PROC-004", wip, worker, Reason.IN_PROGRESS_ELSEWHERE)
    assert "PROC-003" in page.banner.text()
    assert page.stepper.state_of("PROC-003") == "current"


def test_failed_unit(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    f.fail_step(sm, worker, "PROC-003", wip)
    page = refused_at(qtbot, sm, "PROC-003", wip, worker, Reason.UNIT_FAILED)
    assert page.stepper.state_of("PROC-003") == "fail"
    assert "관리자" in page.banner.text()


def test_lot_closed(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    f.force_lot_status(sm, lot, "CLOSED")  # (a manager cannot: a unit is mid-line)
    refused_at(qtbot, sm, "PROC-003", wip, worker, Reason.LOT_CLOSED)
    refused_at(qtbot, sm, "PROC-001", lot, worker, Reason.LOT_CLOSED)


def test_rework_limit(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    for _ in range(4):
        f.fail_step(sm, worker, "PROC-003", wip, StepResult.REWORK)
    page = refused_at(qtbot, sm, "PROC-003", wip, worker, Reason.REWORK_LIMIT)
    assert "3" in page.banner.text()
    assert page.stepper.pills["PROC-003"].text().endswith("×4")


def test_wrong_kind_and_not_a_barcode(qtbot, sm, worker, lot) -> None:
    refused_at(qtbot, sm, "PROC-003", lot, worker, Reason.WRONG_KIND)
    page = page_for(qtbot, sm, "PROC-003", worker)
    with qtbot.waitSignal(page.refused, timeout=5_000):
        scan(qtbot, page, "hello world")
    assert "NeuroHub" in page.banner.text() or "바코드" in page.banner.text()
    assert page.unit is None


def test_entered_values_survive_a_refused_record(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=2)
    page = page_for(qtbot, sm, "PROC-003", worker)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    fill(qtbot, page.form, {"TEMP_SENSOR": "62.5", "TOF_DISTANCE": "500", "I2C_OK": True})
    assert page.form.item_state("TEMP_SENSOR") == "fail"
    assert page.form.item_state("TOF_DISTANCE") == "pass"
    assert not page.form.pass_button.isEnabled() and not page.form.fail_button.isEnabled()
    box = page.form.defect_boxes["SENSOR_TEMP_FAIL"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert page.form.fail_button.isEnabled() and not page.form.pass_button.isEnabled()
    f.station(sm, "PROC-003").cancel_step(worker, wip)  # someone else un-claims it meanwhile
    before = f.scalar(sm, "SELECT count(*) FROM wip_process_history")
    with qtbot.waitSignal(page.refused, timeout=10_000):
        click(qtbot, page, page.form.fail_button)
    assert page.form.values()["TEMP_SENSOR"] == "62.5"
    assert [d.code for d in page.form.defects()] == ["SENSOR_TEMP_FAIL"]
    assert f.scalar(sm, "SELECT count(*) FROM wip_process_history") == before


@pytest.fixture
def station3(qtbot, sm, worker):  # one screen for all examples (fixtures are per test)
    return page_for(qtbot, sm, "PROC-003", worker)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(max_size=80),
        st.from_regex(r"(WIP-)?[A-Z0-9]{1,12}(-[0-9]{3,4})?", fullmatch=True),
        st.sampled_from(
            [
                "PROC-003",
                "WIP-WF261128D01-001",
                "WF261128D01-0001",
                "WF261128D01",
                "PROC-999",
                "WIP--001",
                "\x00",
                " ",
                "한글바코드",
            ]
        ),
    )
)
def test_random_scans_never_crash_the_screen(qtbot, station3, text) -> None:
    station3._on_scan(text)
    settle(qtbot, station3.ctx)
    assert station3.banner.text() or station3.unit is not None
    assert station3.unit is None or station3.unit.reason in set(Reason)


def test_a_resubmission_keeps_its_key_and_records_once(qtbot, sm, worker, lot) -> None:
    wip = f.wip_through(sm, worker, lot, last=4)
    page = page_for(qtbot, sm, "PROC-005", worker)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    fill(qtbot, page.form, f.GOOD_VALUES["PROC-005"])
    key = page.submissions.key("record", wip)  # the key the page's PASS will carry
    # The same submission arriving twice (a retry after a lost answer) is recorded once.
    page.svc.complete_step(worker, wip, "PASS", f.GOOD_VALUES["PROC-005"], (), None, key)
    click(qtbot, page, page.form.pass_button)
    assert (
        f.scalar(
            sm,
            "SELECT count(*) FROM wip_process_history h JOIN processes p "
            "ON p.id = h.process_id WHERE p.process_id = 'PROC-005'",
        )
        == 1
    )
    assert (
        f.scalar(
            sm,
            "SELECT measurements->>'submission_id' FROM wip_process_history "
            "ORDER BY id DESC LIMIT 1",
        )
        == key
    )
    assert page.submissions.pending() == [] and page.stepper.state_of("PROC-005") == "pass"


def test_a_scanner_burst_is_captured_wherever_the_focus_is(qtbot, sm, worker, lot) -> None:
    wip = f.issue_wip(sm, worker, lot)
    page = page_for(qtbot, sm, "PROC-002", worker)
    page.records_view.setFocus()
    with qtbot.waitSignal(page.unit_shown, timeout=10_000):
        qtbot.keyClicks(page.records_view, wip)  # a scanner types fast and ends with Enter
        qtbot.keyClick(page.records_view, Qt.Key.Key_Return)
    settle(qtbot, page.ctx)
    assert page.unit.wip_id == wip and page.unit.can_start_here
    assert page.scan_field.text() == ""
