"""System admin → Line checklist, driven like an ADMIN on their own database login, as the app
connects after login: a fresh install lands on it with every item missing; accounts, firmware,
equipment and labels turn the items done as they are made (heard through the change events);
each item's button opens its screen; a line with everything lands where it always did; no
MANAGER or WORKER is ever shown it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import factories as f
import pytest
import shell_support
import test_admin_firmware_equipment as fw_tests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shell_support import LAUNCH_TIMEOUT_MS, needs_revision, settings_for
from sqlalchemy import text
from test_admin_users import TIMEOUT_MS, AdminApp, _clipped

from neurohub_desktop import resources
from neurohub_desktop.app import nav_sections
from neurohub_desktop.db.migrate import REQUIRED_REVISION
from neurohub_desktop.domain.readiness import Check
from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.ui import admin, station
from neurohub_desktop.ui.admin import EQUIPMENT_PAGE, FIRMWARE_PAGE, HOME_PAGE, USERS_PAGE
from neurohub_desktop.ui.admin.firmware_page import FirmwarePage
from neurohub_desktop.ui.admin.home_page import HomePage, land_on_checklist
from neurohub_desktop.ui.context import STATION_SETUP, AppContext
from neurohub_desktop.ui.live import LiveBridge
from neurohub_desktop.ui.main_window import MainWindow, build_sections

make_launcher = shell_support.make_launcher  # the fixture
korean = fw_tests.korean  # the fixture
LEFT = Qt.MouseButton.LeftButton
RETURN = Qt.Key.Key_Return
#: the live bridge delivers at most once a second; a change shows within a few
LIVE_MS = 5_000


@pytest.fixture
def admin_window(qtbot, db_url, tmp_path, boss) -> Iterator:  # type: ignore[no-untyped-def]
    """boss logged in (the app's services on boss's own login), the change listener started as
    the launcher starts it, and the main window with the station and admin pages."""
    apps: list[AdminApp] = []

    def open_(locale: str = "en") -> MainWindow:
        app = AdminApp(db_url, tmp_path, "boss", f.PASSWORD, locale)
        apps.append(app)
        ctx = app.ctx
        ctx.live = LiveBridge(ctx.services.live, ctx.events, parent=ctx.events)
        ctx.live.start()
        assert ctx.services.live is not None and ctx.services.live.connected.wait(10)
        window = MainWindow(
            ctx, build_sections(station.page_specs(), [], admin.page_specs()), can_setup=True
        )
        qtbot.addWidget(window)
        window.setStyleSheet(resources.stylesheet())
        window.resize(1366, 768)
        window.show()
        return window

    yield open_
    for app in apps:
        app.ctx.live.stop()
        app.close()


@pytest.fixture
def launch(make_launcher) -> Iterator:  # type: ignore[no-untyped-def]
    """A launcher with every page of the app; its change listener stopped afterwards."""
    made = []

    def make(settings):  # type: ignore[no-untyped-def]
        made.append(make_launcher(settings, sections=nav_sections))
        return made[-1]

    yield make
    for launcher in made:
        launcher.stop_live()


def settle(qtbot, page: HomePage) -> None:  # type: ignore[no-untyped-def]
    ctx = page.ctx
    qtbot.waitUntil(
        lambda: not page.loading and not ctx.runner.is_busy() and not ctx.reads.is_busy(),
        timeout=TIMEOUT_MS,
    )


def home(qtbot, window: MainWindow) -> HomePage:  # type: ignore[no-untyped-def]
    page = window.pages[HOME_PAGE]
    assert isinstance(page, HomePage)
    settle(qtbot, page)
    return page


def states(page: HomePage) -> dict[Check, bool | None]:
    return {c: page.done(c) for c in Check}


def click_link(qtbot, page: HomePage, check: Check) -> None:  # type: ignore[no-untyped-def]
    button = page.view.items[check.value].link_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def first_login(qtbot, launcher, user_id: str, password: str, new: str | None = None) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: launcher.stage == "login", timeout=LAUNCH_TIMEOUT_MS)
    view = launcher.login_view
    qtbot.keyClicks(view.user_field, user_id)
    qtbot.keyClick(view.user_field, RETURN)
    qtbot.keyClicks(view.password_field, password)
    qtbot.keyClick(view.password_field, RETURN)
    if new is not None:  # the forced password change
        qtbot.waitUntil(lambda: view.password_dialog is not None, timeout=LAUNCH_TIMEOUT_MS)
        dialog = view.password_dialog
        qtbot.keyClicks(dialog.new_field, new)
        qtbot.keyClick(dialog.new_field, RETURN)
        qtbot.keyClicks(dialog.confirm_field, new)
        qtbot.keyClick(dialog.confirm_field, RETURN)
    qtbot.waitUntil(lambda: launcher.stage == "main", timeout=LAUNCH_TIMEOUT_MS)


def idle(qtbot, launcher) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not launcher.runner.is_busy() and not launcher.reads.is_busy(), timeout=TIMEOUT_MS
    )


# -- the first login ------------------------------------------------------------------------------
@needs_revision(REQUIRED_REVISION)
def test_a_fresh_install_shows_the_checklist_right_after_the_first_login(  # type: ignore[no-untyped-def]
    qtbot, launch, db_url, tmp_path
) -> None:
    """Only the seeded admin, no firmware, no equipment: after the forced password change the
    admin lands on the checklist, every item missing (station setup opens over it)."""
    launcher = launch(settings_for(db_url, tmp_path, station=""))
    launcher.start()
    first_login(qtbot, launcher, "admin", "neurohub-admin", new="line-one-admin")
    window = launcher.main_window
    qtbot.waitUntil(lambda: window.current_page_key() == HOME_PAGE, timeout=TIMEOUT_MS)
    assert window.page_keys()[0] == "station"  # the checklist is not simply the first page
    page = home(qtbot, window)
    assert states(page) == {c: False for c in Check}
    items = page.view.items
    assert all(i.state_label.text() == "✗ Missing" for i in items.values())
    assert page.view.summary_label.text() == "0 of 6 done."
    assert "No active worker account yet" in items[Check.WORKERS.value].detail_label.text()
    assert "No firmware version is active" in items[Check.FIRMWARE.value].detail_label.text()
    assert items[Check.EQUIPMENT.value].detail_label.text() == (
        "No available or in-use equipment at: "
        + ", ".join(f"PROC-00{n}" for n in range(1, 9))
        + "."
    )
    printer = items[Check.PRINTER_PROC_007.value].detail_label.text()
    assert printer == (
        "This PC has no process yet: the printer of PROC-007 is set in Station setup on that "
        "station's PC.\nDatabase: no serial label printed yet."
    )
    assert launcher.setup_dialog is not None and launcher.setup_dialog.isVisible()
    launcher.setup_dialog.reject()


@needs_revision(REQUIRED_REVISION)
def test_an_admin_of_a_line_with_everything_lands_where_before(  # type: ignore[no-untyped-def]
    qtbot, launch, db_url, tmp_path, owner, boss
) -> None:
    worker = f.user(owner, "kim", "WORKER", "김작업")
    f.firmware(owner)
    with f.admin_tx(owner) as s:
        s.execute(
            text(
                "SELECT nh_save_equipment('EQ-' || p.process_id, '지그', 'JIG', p.process_id, "
                "'AVAILABLE', CAST('{}' AS jsonb))"
                " FROM set_config('neurohub.reason', 'test: set up', true) AS r, processes p"
            )
        )
    f.issue_wip(owner, worker, f.lot(owner, target=1))  # creates a MANAGER; a mark confirmed
    settings = settings_for(
        db_url, tmp_path, process_id="PROC-007", printer="10.0.0.9:9100", station="LINE1-ST07"
    )
    launcher = launch(settings)
    launcher.start()
    first_login(qtbot, launcher, "boss", f.PASSWORD)
    idle(qtbot, launcher)
    window = launcher.main_window
    assert window.current_page_key() == "station" and HOME_PAGE not in window.pages
    window.show_page(HOME_PAGE)  # still there, and says so
    page = home(qtbot, window)
    assert states(page) == {c: True for c in Check}
    assert page.view.summary_label.text() == "All done: the line has what its first LOT needs."
    detail = page.view.items[Check.PRINTER_PROC_007.value].detail_label.text()
    assert detail.startswith("This PC is PROC-007 and sends its labels to tcp://10.0.0.9:9100.")


@needs_revision(REQUIRED_REVISION)
@pytest.mark.parametrize("role", ["MANAGER", "WORKER"])
def test_a_manager_or_worker_never_sees_the_checklist(  # type: ignore[no-untyped-def]
    qtbot, launch, db_url, tmp_path, owner, role
) -> None:
    f.user(owner, "lee", role, "이작업")  # a fresh line: every item is missing
    launcher = launch(settings_for(db_url, tmp_path, process_id="PROC-003"))
    launcher.start()
    first_login(qtbot, launcher, "lee", f.PASSWORD)
    window = launcher.main_window
    assert HOME_PAGE not in window.page_keys() and "admin" not in window.sections
    launcher.events.page_requested.emit(HOME_PAGE)  # a stray request is ignored
    idle(qtbot, launcher)
    assert window.current_page_key() == "station" and HOME_PAGE not in window.pages
    assert not any(isinstance(w, HomePage) for w in QApplication.allWidgets())


# -- the items turn done --------------------------------------------------------------------------
def test_items_turn_done_as_the_line_is_set_up_and_each_link_opens_its_screen(  # type: ignore[no-untyped-def]
    qtbot, admin_window, owner, tmp_path
) -> None:
    window = admin_window()
    ctx: AppContext = window._ctx
    assert window.current_page_key() == "station"
    land_on_checklist(window, ctx)  # what the launcher does after the login
    qtbot.waitUntil(lambda: window.current_page_key() == HOME_PAGE, timeout=TIMEOUT_MS)
    page = home(qtbot, window)
    assert states(page) == {c: False for c in Check}

    # accounts made at another ADMIN's PC: heard through the change listener
    f.user(owner, "kim", "WORKER", "김작업")
    f.user(owner, "lee", "MANAGER", "이관리")
    qtbot.waitUntil(lambda: page.done(Check.MANAGERS) is True, timeout=LIVE_MS)
    assert page.done(Check.WORKERS) is True
    items = page.view.items
    assert items[Check.WORKERS.value].state_label.text() == "✓ Done"
    assert items[Check.WORKERS.value].detail_label.text().startswith("1 active worker account")
    assert page.view.summary_label.text() == "2 of 6 done."

    # the Users link opens Users; the Firmware link opens Firmware, where one is registered
    click_link(qtbot, page, Check.MANAGERS)
    assert window.current_page_key() == USERS_PAGE
    window.show_page(HOME_PAGE)
    click_link(qtbot, page, Check.FIRMWARE)
    assert window.current_page_key() == FIRMWARE_PAGE
    firmware = window.pages[FIRMWARE_PAGE]
    assert isinstance(firmware, FirmwarePage)
    fw_tests.settle(qtbot, firmware)
    path, _blob = fw_tests.firmware_file(tmp_path, "wf_main.bin", 3)
    fw_tests.register(qtbot, firmware, path, f.FIRMWARE, "STM32F4", activate=True)
    window.show_page(HOME_PAGE)  # checked again on show
    settle(qtbot, page)
    assert page.done(Check.FIRMWARE) is True
    assert items[Check.FIRMWARE.value].detail_label.text() == f"Active: {f.FIRMWARE} (STM32F4)."

    # equipment for every process; one in maintenance does not count
    click_link(qtbot, page, Check.EQUIPMENT)
    assert window.current_page_key() == EQUIPMENT_PAGE
    window.show_page(HOME_PAGE)
    admin_line = ctx.services.admin_line
    for n in range(1, 9):
        status = "MAINTENANCE" if n == 2 else "AVAILABLE"
        admin_line.add_equipment(
            ctx.user, f"EQ-{n}", f"설비 {n}", "JIG", f"PROC-00{n}", status, reason="test"
        )
    qtbot.waitUntil(
        lambda: (
            items[Check.EQUIPMENT.value].detail_label.text()
            == "No available or in-use equipment at: PROC-002 LMA assembly."
        ),
        timeout=LIVE_MS,
    )
    assert page.done(Check.EQUIPMENT) is False
    admin_line.set_equipment_status(ctx.user, "EQ-2", "IN_USE", reason="test")
    qtbot.waitUntil(lambda: page.done(Check.EQUIPMENT) is True, timeout=LIVE_MS)

    # the printer items open station setup; the line's first unit turns them done
    with qtbot.waitSignal(window.setup_requested, timeout=TIMEOUT_MS):
        click_link(qtbot, page, Check.PRINTER_PROC_001)
    assert window.current_page_key() == HOME_PAGE
    worker = f.user(owner, "kim")
    wip = f.wip_through(owner, worker, f.lot(owner, target=1), last=6)
    qtbot.waitUntil(lambda: page.done(Check.PRINTER_PROC_001) is True, timeout=LIVE_MS)
    mark = items[Check.PRINTER_PROC_001.value].detail_label.text()
    assert f"the last mark confirmed at PROC-001 was {wip}, " in mark and "Station: ST-1." in mark
    spool = tmp_path / "spool"
    spool.mkdir()
    st7 = f.station(owner, "PROC-007", name="LINE1-ST07", printer=SpoolPrinter(spool))
    serial = st7.convert(worker, wip).serial_number
    st7.print_label(worker, serial, None, "print-1")
    qtbot.waitUntil(lambda: page.done(Check.PRINTER_PROC_007) is True, timeout=LIVE_MS)
    label = items[Check.PRINTER_PROC_007.value].detail_label.text()
    assert f"for {serial}." in label and f"Printer: spool:{spool}." in label
    assert "Station: LINE1-ST07." in label
    assert page.view.summary_label.text() == "All done: the line has what its first LOT needs."
    with qtbot.waitSignal(ctx.events.page_requested, timeout=TIMEOUT_MS) as asked:
        click_link(qtbot, page, Check.PRINTER_PROC_007)
    assert asked.args == [STATION_SETUP]


# -- language and layout --------------------------------------------------------------------------
@pytest.mark.parametrize("locale", ["ko", "en"])
def test_nothing_clips_at_1366_by_768(qtbot, request, admin_window, locale) -> None:  # type: ignore[no-untyped-def]
    if locale == "ko":
        request.getfixturevalue("korean")
    window = admin_window(locale)
    window.show_page(HOME_PAGE)
    page = home(qtbot, window)
    assert states(page) == {c: False for c in Check}  # the longest texts
    page.banner.show_message("라인 설정 점검표는 시스템 관리자(ADMIN)만 볼 수 있습니다.", "error")
    qtbot.wait(50)
    assert _clipped(window, page) == []
    view = page.view
    if locale == "ko":
        assert view.title_label.text() == "첫 설정 점검표"
        assert view.items[Check.WORKERS.value].state_label.text() == "✗ 미완료"
        assert view.items[Check.PRINTER_PROC_001.value].link_button.text() == "스테이션 설정 열기"
    bottom = view.items[Check.PRINTER_PROC_007.value]
    assert bottom.mapTo(window, bottom.rect().bottomLeft()).y() < window.height()


def test_the_korean_of_the_checklist_is_complete() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(resources.translations_dir() / "admin_ko.ts").getroot()
    gaps = []
    for context in root.iter("context"):
        if context.findtext("name") not in ("HomeView", "HomePage", "CheckTexts", "Admin"):
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            forms = [x.text or "" for x in tr.iter("numerusform")] or [tr.text or ""]
            if tr.get("type") == "unfinished" or not all(x.strip() for x in forms):
                gaps.append(message.findtext("source"))
    assert gaps == []
    assert (
        Path(resources.translations_dir() / "admin_ko.ts")
        .read_text(encoding="utf-8")
        .count("<name>CheckTexts</name>")
        == 1
    )
