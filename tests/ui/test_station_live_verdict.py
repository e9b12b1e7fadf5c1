"""Issue 17 item 5: the live verdict agrees with submit; a typo is never NG."""

from __future__ import annotations

import factories as f
import pytest
from station_ui import click, fill, make_ctx, scan, settle

from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.ui.messages import message_text
from neurohub_desktop.ui.station.page import StationPage


@pytest.fixture
def worker(sm):
    f.firmware(sm)
    return f.user(sm, "worker1", "WORKER")


def _started(qtbot, sm, worker, pid):  # type: ignore[no-untyped-def]
    lot = f.lot(sm, target=5)
    wip = f.wip_through(sm, worker, lot, last=int(pid[-1]) - 1)
    page = StationPage(make_ctx(sm, pid, worker, locale="ko"))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    return page, wip


def _submit_reason(sm, worker, pid, wip, values) -> str:  # type: ignore[no-untyped-def]
    """What the service answers when these values are submitted as PASS (in Korean)."""
    with pytest.raises(NeuroHubError) as refused:
        f.station(sm, pid).complete_step(worker, wip, StepResult.PASS, values)
    return message_text(refused.value.msg, "ko")


@pytest.mark.parametrize("typed", ["abc", "1,000"])
def test_a_typo_in_a_number_shows_the_submit_reason_not_ng(qtbot, sm, worker, typed) -> None:
    page, wip = _started(qtbot, sm, worker, "PROC-003")
    form = page.form
    values = {**f.GOOD_VALUES["PROC-003"], "TOF_DISTANCE": typed}
    fill(qtbot, form, values)
    assert form.item_state("TOF_DISTANCE") == "invalid"
    assert form.item_verdicts["TOF_DISTANCE"].text() != "NG"
    reason = _submit_reason(sm, worker, "PROC-003", wip, values)
    assert reason in form.overall.text()
    assert "불합격" not in form.overall.text()
    assert not form.pass_button.isEnabled()
    assert not form.fail_button.isEnabled() and not form.rework_button.isEnabled()
    if typed == "abc":
        assert "숫자가 아닙니다" in form.overall.text()
    # corrected, the same form judges as before
    fill(qtbot, form, {"TOF_DISTANCE": "1000"})
    assert form.item_state("TOF_DISTANCE") == "fail"
    fill(qtbot, form, {"TOF_DISTANCE": "500"})
    assert form.item_state("TOF_DISTANCE") == "pass" and form.pass_button.isEnabled()


def test_firmware_that_cannot_be_checked_shows_the_refusal_live(qtbot, sm, worker) -> None:
    f.firmware(sm, "v9.9.9", mcu="ESP32")  # two active versions: no single one to check against
    page, wip = _started(qtbot, sm, worker, "PROC-004")
    form = page.form
    values = {"FIRMWARE_VERSION": "v0.0.1-wrong", "UPLOAD_OK": True}
    fill(qtbot, form, values)
    reason = _submit_reason(sm, worker, "PROC-004", wip, values)
    assert form.overall.text() == reason
    assert form.overall.text() != form.tr("Verdict: PASS") and "판정" not in form.overall.text()
    assert not form.pass_button.isEnabled()


def test_a_wrong_firmware_against_the_active_one_is_ng_as_submit_says(qtbot, sm, worker) -> None:
    page, wip = _started(qtbot, sm, worker, "PROC-004")
    form = page.form
    values = {"FIRMWARE_VERSION": "v0.0.1", "UPLOAD_OK": True}
    fill(qtbot, form, values)
    assert form.item_state("FIRMWARE_VERSION") == "fail"
    assert not form.pass_button.isEnabled()
    assert "FIRMWARE_VERSION" in _submit_reason(sm, worker, "PROC-004", wip, values)
