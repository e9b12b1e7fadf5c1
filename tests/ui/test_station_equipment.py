"""The station with unfit equipment (issue 14), driven like an operator: the warning from the
first screen, the refused PASS, and a manager signing an override at the worker's station
without logging the worker out."""

from __future__ import annotations

import json

import factories as f
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text
from station_ui import TIMEOUT_MS, click, fill, scan, settle

from neurohub_desktop.config import Settings
from neurohub_desktop.services.station import StationService
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.station.page import StationPage

STATION = "ST-3"


@pytest.fixture
def worker(sm):  # type: ignore[no-untyped-def]
    f.user(sm, "manager1", "MANAGER")
    return f.user(sm, "worker1", "WORKER")


def set_equipment(sm, status: str, due: str | None = None) -> None:  # type: ignore[no-untyped-def]
    specs = {"calibration": {"due": due, "interval_days": 90}} if due else {}
    with f.admin_tx(sm) as s:
        s.execute(
            text(
                "SELECT nh_save_equipment('EQ-03', '센서 검사기', 'TESTER', 'PROC-003', :st,"
                " CAST(:sp AS jsonb))" + f.WHY
            ),
            {"st": status, "sp": json.dumps(specs)},
        )


def station_page(qtbot, engine, sm, worker, locale: str = "en") -> StationPage:  # type: ignore[no-untyped-def]
    settings = Settings(station=STATION, process_id="PROC-003", locale=locale)
    services = Services(
        auth=f.auth_service(engine, station=STATION),
        station=StationService(sm, station=STATION, process_id="PROC-003", equipment_code="EQ-03"),
    )
    ctx = AppContext(settings, BackgroundRunner(), services, AppEvents(), worker, locale)
    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    return page


def history(sm, wip: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return f.rows(
        sm,
        "SELECT h.result, h.operator_id, h.measurements->>'equipment_override' "
        "FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id "
        "JOIN processes p ON p.id = h.process_id "
        "WHERE w.wip_id = :w AND p.process_id = 'PROC-003'",
        w=wip,
    )


def test_fit_equipment_shows_no_warning(qtbot, engine, sm, worker) -> None:  # type: ignore[no-untyped-def]
    set_equipment(sm, "IN_USE", "2999-12-31")
    page = station_page(qtbot, engine, sm, worker)
    assert page.equipment_notice.isHidden()


def test_the_warning_the_refused_pass_and_the_signed_override(qtbot, engine, sm, worker) -> None:  # type: ignore[no-untyped-def]
    set_equipment(sm, "AVAILABLE", "2020-03-01")
    wip = f.wip_through(sm, worker, f.lot(sm, target=5), last=2)
    page = station_page(qtbot, engine, sm, worker)
    # warned from the first screen after login, before any unit
    notice = page.equipment_notice
    assert notice.isVisible() and page.override_dialog is None
    assert "EQ-03 is past its calibration date" in notice.text.text()
    assert "2020-03-01" in notice.text.text() and notice.button.isVisible()

    scan(qtbot, page, wip)
    click(qtbot, page, page.start_button)
    fill(qtbot, page.form, f.GOOD_VALUES["PROC-003"])
    with qtbot.waitSignal(page.refused, timeout=TIMEOUT_MS) as refused:
        click(qtbot, page, page.form.pass_button)
    assert "EQ-03" in refused.args[0] and "signed override" in refused.args[0]
    assert history(sm, wip) == []
    typed = page.form.values()  # nothing the operator entered is lost

    # a worker cannot sign; a manager with a wrong password neither; then the manager signs
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    dialog = page.override_dialog
    assert dialog is not None and dialog.isVisible()
    for user_id, password, why in [
        ("worker1", f.PASSWORD, "role"),
        ("manager1", "wrong-password", "password"),
    ]:
        dialog.user_id.setText(user_id)
        dialog.password.setText(password)
        dialog.reason.setText("기준 시료로 확인함")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        settle(qtbot, page.ctx)
        assert dialog.isVisible() and dialog.error.text(), why
        assert dialog.password.text() == ""
    assert f.scalar(sm, "SELECT count(*) FROM signatures") == 0
    dialog.user_id.setText("manager1")
    dialog.password.setText(f.PASSWORD)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, page.ctx)
    qtbot.waitUntil(lambda: page.override_dialog is None, timeout=TIMEOUT_MS)
    settle(qtbot, page.ctx)
    assert "manager1" in page.banner.text()
    assert "PASS allowed until" in notice.text.text() and "기준 시료로 확인함" in notice.text.text()
    assert not notice.button.isVisible()
    assert page.ctx.user.user_id == "worker1"  # the worker stayed logged in

    assert page.form.values() == typed
    with qtbot.waitSignal(page.step_recorded, timeout=TIMEOUT_MS):
        click(qtbot, page, page.form.pass_button)
    ((result, operator, override),) = history(sm, wip)
    signature = f.scalar(
        sm,
        "SELECT id FROM signatures WHERE signer_id = "
        "(SELECT id FROM users WHERE user_id = 'manager1')",
    )
    assert (result, operator, int(override)) == ("PASS", worker.id, signature)


def test_equipment_put_under_maintenance_reaches_a_running_station(
    qtbot, engine, sm, worker
) -> None:  # type: ignore[no-untyped-def]
    from neurohub_desktop.domain.changes import ChangeEvent

    set_equipment(sm, "AVAILABLE")
    page = station_page(qtbot, engine, sm, worker)
    assert page.equipment_notice.isHidden()
    set_equipment(sm, "MAINTENANCE")
    # what the listener delivers for nh_save_equipment's NOTIFY
    page.ctx.events.data_changed.emit(ChangeEvent("equipment_changed", None, "EQ-03", "PROC-003"))
    qtbot.waitUntil(page.equipment_notice.isVisible, timeout=TIMEOUT_MS)
    assert "under maintenance" in page.equipment_notice.text.text()
