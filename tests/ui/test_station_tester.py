"""A tester pushing results to the PROC-003 station (issue 18), through tools/tester_sim.py:
the form filled for the operator, auto-recorded exactly once per message id, an ACK for
every outcome only after the database answered, and the screen responsive under a flood."""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import factories as f
import pytest
from sqlalchemy import text
from station_ui import TIMEOUT_MS, click, scan, settle

from neurohub_desktop.config import Settings
from neurohub_desktop.equipment.protocol import Ack, Status
from neurohub_desktop.services.station import StationService
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.station.page import StationPage
from tools.tester_sim import TesterSim

STATION, EQ = "ST-3", "EQ-03"
GOOD = {"TEMP_SENSOR": 60.1, "TOF_DISTANCE": 501, "I2C_OK": True}


@pytest.fixture
def worker(sm):  # type: ignore[no-untyped-def]
    with f.admin_tx(sm) as s:
        s.execute(
            text(
                "SELECT nh_save_equipment('EQ-03', '센서 검사기', 'TESTER', 'PROC-003',"
                " 'IN_USE', CAST(:sp AS jsonb))" + f.WHY
            ),
            {"sp": json.dumps({"calibration": {"due": "2999-12-31", "interval_days": 90}})},
        )
    return f.user(sm, "worker1", "WORKER")


@pytest.fixture
def pool():  # type: ignore[no-untyped-def]
    with ThreadPoolExecutor(2) as ex:
        yield ex


def open_page(qtbot, sm, worker, *, auto: bool) -> StationPage:  # type: ignore[no-untyped-def]
    settings = Settings(
        station=STATION,
        process_id="PROC-003",
        locale="en",
        tester_port=0,
        tester_auto_record=auto,
    )
    services = Services(
        station=StationService(sm, station=STATION, process_id="PROC-003", equipment_code=EQ)
    )
    ctx = AppContext(settings, BackgroundRunner(), services, AppEvents(), worker, "en")
    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    assert page.tester is not None
    return page


def connect_tester(page: StationPage) -> TesterSim:
    assert page.tester is not None
    listener = page.tester.listener
    return TesterSim(listener.address, listener.port).connect()


def ack_of(qtbot, future: Future[Ack]) -> Ack:  # type: ignore[no-untyped-def]
    """Wait for the tester's ACK while the GUI thread keeps running its events."""
    qtbot.waitUntil(future.done, timeout=TIMEOUT_MS)
    return future.result()


def started(qtbot, sm, worker, page, last: int = 2) -> str:  # type: ignore[no-untyped-def]
    wip = f.wip_through(sm, worker, f.lot(sm, target=5), last=last)
    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    assert page.unit is not None and page.unit.in_progress_here
    return wip


def history(sm, wip: str) -> list[Any]:  # type: ignore[no-untyped-def]
    return f.rows(
        sm,
        "SELECT h.result, h.measurements->>'submission_id', e.equipment_code "
        "FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id "
        "JOIN processes p ON p.id = h.process_id LEFT JOIN equipment e ON e.id = h.equipment_id "
        "WHERE w.wip_id = :w AND p.process_id = 'PROC-003'",
        w=wip,
    )


def test_a_result_fills_the_form_and_the_operator_confirms_it_once(  # type: ignore[no-untyped-def]
    qtbot, sm, worker, pool
) -> None:
    page = open_page(qtbot, sm, worker, auto=False)
    wip = started(qtbot, sm, worker, page)
    sim = connect_tester(page)
    ack = ack_of(qtbot, pool.submit(sim.send, wip, GOOD, equipment=EQ, message_id="T-1"))
    assert ack.status is Status.FILLED
    assert page.form is not None
    assert page.form.values()["TEMP_SENSOR"] == "60.1" and page.form.values()["I2C_OK"] is True
    assert history(sm, wip) == []  # nothing recorded until the operator confirms
    click(qtbot, page, page.form.pass_button)
    assert history(sm, wip) == [("PASS", "T-1", EQ)]
    # the tester resends (its ACK was lost): the record made with its id is the answer
    again = ack_of(qtbot, pool.submit(sim.send, wip, GOOD, equipment=EQ, message_id="T-1"))
    assert again.status is Status.RECORDED and again.extra["duplicate"] is True
    assert history(sm, wip) == [("PASS", "T-1", EQ)]


def test_auto_record_records_once_when_the_message_comes_twice(  # type: ignore[no-untyped-def]
    qtbot, sm, worker, pool
) -> None:
    page = open_page(qtbot, sm, worker, auto=True)
    wip = started(qtbot, sm, worker, page)
    sim = connect_tester(page)
    with qtbot.waitSignal(page.step_recorded, timeout=TIMEOUT_MS):
        first = ack_of(qtbot, pool.submit(sim.send, wip, GOOD, equipment=EQ, message_id="A-1"))
    assert first.status is Status.RECORDED and first.extra["duplicate"] is False
    assert first.extra["result"] == "PASS"
    second = ack_of(qtbot, pool.submit(sim.send, wip, GOOD, equipment=EQ, message_id="A-1"))
    assert second.status is Status.RECORDED and second.extra["duplicate"] is True
    assert second.extra["record_id"] == first.extra["record_id"]
    assert history(sm, wip) == [("PASS", "A-1", EQ)]
    settle(qtbot, page.ctx)
    assert page.unit is not None and not page.unit.in_progress_here


def test_every_outcome_has_its_ack_and_only_a_pass_is_written(  # type: ignore[no-untyped-def]
    qtbot, sm, worker, pool
) -> None:
    page = open_page(qtbot, sm, worker, auto=True)
    early = f.wip_through(sm, worker, f.lot(sm, target=5), last=1)  # PROC-002 missing
    other = f.wip_through(sm, worker, f.lot(sm, target=5), last=2)  # could start, not started
    wip = started(qtbot, sm, worker, page)
    sim = connect_tester(page)

    def send(unit: str, items: dict[str, object], *, equipment: str = EQ) -> Ack:
        return ack_of(qtbot, pool.submit(sim.send, unit, items, equipment=equipment))

    outside = send(wip, {**GOOD, "TEMP_SENSOR": 61.5})
    assert (outside.status, outside.code) == (Status.REFUSED, "OUT_OF_LIMITS")
    assert "TEMP_SENSOR" in (outside.reason or "")
    settle(qtbot, page.ctx)
    assert page.form is not None and page.form.values()["TEMP_SENSOR"] == "61.5"  # for a person
    order = send(early, GOOD)
    assert (order.status, order.code) == (Status.REFUSED, "OUT_OF_ORDER")
    wrong_unit = send(other, GOOD)
    assert wrong_unit.status is Status.NOT_IN_PROGRESS
    wrong_eq = send(wip, GOOD, equipment="EQ-99")
    assert (wrong_eq.status, wrong_eq.code) == (Status.ERROR, "WRONG_EQUIPMENT")
    unknown = send(wip, {**GOOD, "NO_SUCH_ITEM": 1})
    assert (unknown.status, unknown.code) == (Status.REFUSED, "UNKNOWN_CODE")
    garbage = ack_of(qtbot, pool.submit(sim.send_raw, b"\x00garbage\n"))
    assert (garbage.status, garbage.code) == (Status.ERROR, "BAD_JSON")
    assert history(sm, wip) == [] and history(sm, other) == [] and history(sm, early) == []
    long_line = ack_of(qtbot, pool.submit(sim.send_raw, b"x" * (70 * 1024) + b"\n"))
    assert (long_line.status, long_line.code) == (Status.ERROR, "LINE_TOO_LONG")
    # the tester reconnects after the close, sends half a message, drops, and sends it whole
    sim = connect_tester(page)
    sim.cut(wip, GOOD, equipment=EQ, message_id="R-1")
    sim.connect()
    ok = ack_of(qtbot, pool.submit(sim.send, wip, GOOD, equipment=EQ, message_id="R-1"))
    assert ok.status is Status.RECORDED
    assert history(sm, wip) == [("PASS", "R-1", EQ)]


def test_the_screen_answers_a_scan_while_1000_results_arrive(  # type: ignore[no-untyped-def]
    qtbot, sm, worker, pool
) -> None:
    page = open_page(qtbot, sm, worker, auto=False)
    wip = started(qtbot, sm, worker, page)
    other = f.wip_through(sm, worker, f.lot(sm, target=5), last=2)
    sim = connect_tester(page)
    acks: list[Ack] = []

    def flood() -> None:
        for n in range(1000):
            acks.append(sim.send(wip, {**GOOD, "TOF_DISTANCE": 400 + n % 200}, equipment=EQ))

    running = pool.submit(flood)
    qtbot.waitUntil(lambda: len(acks) >= 5, timeout=TIMEOUT_MS)
    handled_at: list[int] = []
    page.scan_field.scanned.connect(lambda _t: handled_at.append(len(acks)))
    scan(qtbot, page, other)  # refused (a unit is in progress with typed values), but handled
    assert handled_at and handled_at[0] < 1000  # handled while the flood was still arriving
    qtbot.waitUntil(running.done, timeout=120_000)
    running.result()
    assert len(acks) == 1000 and {a.status for a in acks} == {Status.FILLED}
    assert history(sm, wip) == []


def test_a_station_without_equipment_does_not_listen(qtbot, sm, worker) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(station=STATION, process_id="PROC-003", locale="en", tester_port=0)
    services = Services(station=StationService(sm, station=STATION, process_id="PROC-003"))
    ctx = AppContext(settings, BackgroundRunner(), services, AppEvents(), worker, "en")
    page = StationPage(ctx)
    qtbot.addWidget(page)
    settle(qtbot, ctx)
    assert page.tester is None
    assert replace(settings, tester_port=9000).tester_port == 9000


def test_station_setup_sets_the_tester_listener(qtbot, sm, worker, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from neurohub_desktop.config import load_settings
    from neurohub_desktop.services.setup import SetupService
    from neurohub_desktop.ui.setup_dialog import SetupDialog

    settings = Settings(
        station=STATION, process_id="PROC-003", config_file=tmp_path / "settings.toml"
    )
    runner = BackgroundRunner()
    dialog = SetupDialog(runner, SetupService(sm), settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.save_button.isEnabled() and not runner.is_busy(), timeout=TIMEOUT_MS
    )
    assert dialog.tester_port.value() == 9000 and dialog.tester_address.text() == ""
    dialog.equipment_combo.setCurrentIndex(dialog.equipment_combo.findData(EQ))
    dialog.tester_port.setValue(9107)
    qtbot.keyClicks(dialog.tester_address, "10.1.0.5")
    dialog.save_button.click()  # a LAN address without the testers allowed is refused
    assert "tester_allowed" in dialog.message_label.text()
    assert not settings.config_file.exists()
    qtbot.keyClicks(dialog.tester_allowed, "10.1.0.31, 10.1.0.32")
    dialog.tester_auto.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        dialog.save_button.click()
    back = load_settings(env={}, config_file=settings.config_file)
    assert (
        back.tester_port,
        back.tester_address,
        back.tester_allowed,
        back.tester_auto_record,
    ) == (
        9107,
        "10.1.0.5",
        ("10.1.0.31", "10.1.0.32"),
        True,
    )
    assert back.equipment_code == EQ
