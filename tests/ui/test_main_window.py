"""Role-based navigation, the header, keyboard navigation, and logout back to login."""

from __future__ import annotations

import pytest
import shell_support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from shell_support import LAUNCH_TIMEOUT_MS, add_user, needs_revision, settings_for

from neurohub_desktop.config import Settings
from neurohub_desktop.db.migrate import REQUIRED_REVISION
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import (
    ROLES_ADMIN,
    ROLES_STATION,
    ROLES_SUPERVISOR,
    AppContext,
    AppEvents,
    PageSpec,
    Services,
)
from neurohub_desktop.ui.main_window import MainWindow, build_sections

make_launcher = shell_support.make_launcher  # the fixture


def _page(key: str, roles: frozenset[str]) -> PageSpec:
    return PageSpec(key, lambda: key.title(), roles, lambda ctx: QLabel(f"page {key}"))


SECTIONS = build_sections(
    [_page("scan", ROLES_STATION)],
    [_page("lots", ROLES_SUPERVISOR), _page("audit", ROLES_ADMIN)],
    [_page("users", ROLES_ADMIN)],
)


@pytest.fixture
def make_window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()

    def make(role: Role) -> MainWindow:
        user = CurrentUser(7, "kim", "김작업", role)
        ctx = AppContext(
            settings=Settings(station="LINE1-ST03", data_dir=tmp_path),
            runner=runner,
            services=Services(),
            events=AppEvents(),
            user=user,
            locale="en",
        )
        window = MainWindow(ctx, SECTIONS)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    runner.wait_for_done(5000)


def test_worker_sees_the_station_only(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Role.WORKER)
    assert window.sections == ["station"] and window.page_keys() == ["scan"]
    assert window.current_page_key() == "scan"
    assert window.stack.currentWidget().text() == "page scan"


def test_viewer_has_no_station(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Role.VIEWER)
    assert window.sections == ["supervisor"] and window.page_keys() == ["lots"]


def test_manager_sees_station_and_supervisor(make_window) -> None:  # type: ignore[no-untyped-def]
    assert make_window(Role.MANAGER).page_keys() == ["scan", "lots"]


def test_admin_sees_everything_admin_pages_grouped(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Role.ADMIN)
    assert window.sections == ["station", "supervisor", "admin"]
    assert window.page_keys() == ["scan", "lots", "users", "audit"]


def test_keyboard_navigation_and_header(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Role.ADMIN)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "users"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "audit"
    assert window.stack.currentWidget().text() == "page audit"  # created on first visit
    assert "lots" not in window.pages  # never visited: never built
    assert window.station_label.text() == "LINE1-ST03"
    assert window.user_label.text() == "김작업 (kim)"
    with qtbot.waitSignal(window.logout_requested):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_db_status_follows_the_events(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(Role.WORKER)
    window._ctx.events.db_status_changed.emit("reconnecting")
    assert "Reconnecting" in window.db_status_label.text()
    assert window.db_status_label.property("status") == "reconnecting"


@needs_revision(REQUIRED_REVISION)
def test_login_main_window_logout(qtbot, make_launcher, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass", role="WORKER")
    settings = settings_for(db_url, tmp_path, process_id="PROC-003")
    launcher = make_launcher(settings, sections=lambda: SECTIONS)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.stage == "login", timeout=LAUNCH_TIMEOUT_MS)
    view = launcher.login_view
    qtbot.keyClicks(view.user_field, "kim")
    qtbot.keyClicks(view.password_field, "secret-pass")
    qtbot.keyClick(view.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.stage == "main", timeout=LAUNCH_TIMEOUT_MS)
    window = launcher.main_window
    assert window.page_keys() == ["scan"]
    qtbot.waitUntil(
        lambda: (
            "센서 검사" not in window.process_label.text()
            and "Sensor inspection" in window.process_label.text()
        ),
        timeout=10_000,
    )
    assert not window.setup_button.isVisible()  # a WORKER cannot change station setup
    assert launcher.settings.recent_users == ("kim",)
    qtbot.mouseClick(window.logout_button, Qt.MouseButton.LeftButton)
    assert launcher.stage == "login" and launcher.main_window is None
    assert launcher.window.stack.currentWidget() is launcher.login_view
    assert [b.text() for b in launcher.login_view.recent_buttons] == []  # built before login
    # issue 17.12: the next person starts from an empty id, never appended to kim's
    view = launcher.login_view
    assert view.user_field.text() == ""
    qtbot.keyClicks(view.user_field, "mgr1")
    qtbot.waitUntil(lambda: view.user_field.text() == "mgr1", timeout=5_000)
