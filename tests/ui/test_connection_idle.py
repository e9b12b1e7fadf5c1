"""Connection status plumbing (ui/connection.py) and the idle auto-logout (ui/idle.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from shell_support import (
    LAUNCH_TIMEOUT_MS,
    add_user,
    make_launcher,  # noqa: F401 - fixture
    settings_for,
)
from translators import korean  # noqa: F401 - fixture

from neurohub_desktop.domain.errors import DatabaseUnavailable
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.connection import (
    CONNECTED,
    RECONNECTING,
    ConnectionWatch,
    UnsentNotice,
)
from neurohub_desktop.ui.context import AppEvents
from neurohub_desktop.ui.idle import IdleLogout


class FlakyPing:
    """Fails ``failures`` times, then answers."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise DatabaseUnavailable(Msg("down"))


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    r = BackgroundRunner()
    yield r
    r.wait_for_done(5_000)


def test_loss_is_announced_at_once_then_pings_back_off_until_connected(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    events = AppEvents()
    seen: list[str] = []
    events.db_status_changed.connect(seen.append)
    ping = FlakyPing(failures=3)
    watch = ConnectionWatch(runner, ping, events, backoff_ms=(10, 20, 40), jitter=0.0)
    delays = []
    watch.report_lost()
    assert seen == [RECONNECTING] and watch.status == RECONNECTING  # before any ping
    watch.report_lost()  # a second failing call does not restart anything
    assert seen == [RECONNECTING]
    with qtbot.waitSignal(watch.reconnected, timeout=5_000):
        while watch.status == RECONNECTING:
            delays.append(watch.next_delay_ms())
            qtbot.wait(5)
    assert seen == [RECONNECTING, CONNECTED] and ping.calls == 4
    assert watch.attempts == 4
    assert set(delays) <= {10, 20, 40}


def test_backoff_is_capped_and_jittered(runner) -> None:  # type: ignore[no-untyped-def]
    watch = ConnectionWatch(
        runner, lambda: None, backoff_ms=(500, 1_000, 15_000), jitter=0.2, rng=lambda: 1.0
    )
    watch.attempts = 99
    assert watch.next_delay_ms() == 18_000  # the last step, +20 %
    watch.attempts = 0
    watch._rng = lambda: 0.0
    assert watch.next_delay_ms() == 400  # the first step, -20 %


def test_a_successful_call_ends_reconnecting_without_waiting_for_a_ping(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    watch = ConnectionWatch(runner, FlakyPing(100), backoff_ms=(60_000,))
    watch.report_lost()
    with qtbot.waitSignal(watch.reconnected, timeout=1_000):
        watch.report_ok()
    assert watch.connected


def test_unsent_notice_states(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The texts follow the installed translation: English here, Korean below."""
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = UnsentNotice(parent)
    parent.show()  # the screen is visible; the notice hides itself until needed
    assert not notice.isVisible() and not notice.pending
    notice.show_unsent("WIP-WF261128D01-001")
    assert notice.isVisible() and "NOT recorded" in notice.text() and notice.state == "waiting"
    notice.connection_back()
    assert notice.state == "ready" and "WIP-WF261128D01-001" in notice.text()
    notice.show_unsent("WIP-WF261128D01-001", commit_unknown=True)
    assert notice.state == "unknown" and "exactly once" in notice.text()
    notice.clear()
    assert not notice.isVisible() and not notice.pending


@pytest.mark.usefixtures("korean")
def test_unsent_notice_in_korean(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    ko = UnsentNotice(parent)
    ko.show_unsent("WF261128D01-0001")
    assert "미전송" in ko.text() and "WF261128D01-0001" in ko.text()
    ko.show_unsent("WF261128D01-0001", commit_unknown=True)
    assert ko.text().startswith("전송 확인 필요 — WF261128D01-0001 기록을")


def test_idle_logout_fires_after_the_timeout_and_activity_resets_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = AppEvents()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    idle = IdleLogout(300, events=events)
    idle.start()
    for _ in range(4):  # 4 × 150 ms of typing and scanning: longer than the timeout
        qtbot.wait(150)
        qtbot.keyClick(field, Qt.Key.Key_A)
        events.user_active.emit()
        assert idle.active and idle.remaining_ms() > 100
    with qtbot.waitSignal(idle.expired, timeout=2_000):
        pass
    assert not idle.active


def test_idle_logout_waits_for_a_call_in_flight(qtbot) -> None:  # type: ignore[no-untyped-def]
    busy = [True]
    idle = IdleLogout(50, hold=lambda: busy[0])
    fired: list[bool] = []
    idle.expired.connect(lambda: fired.append(True))
    idle.start()
    qtbot.wait(200)
    assert not fired and idle.active
    busy[0] = False
    idle._timer.start(10)  # (the hold re-check is 5 s; shorten it for the test)
    qtbot.waitUntil(lambda: bool(fired), timeout=2_000)


def test_the_launcher_logs_out_after_idle_minutes(qtbot, make_launcher, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    add_user(db_url, "kim", "secret-pass", role="WORKER")
    settings = settings_for(db_url, tmp_path, process_id="PROC-003", idle_logout_minutes=7)
    launcher = make_launcher(settings)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.stage == "login", timeout=LAUNCH_TIMEOUT_MS)
    view = launcher.login_view
    qtbot.keyClicks(view.user_field, "kim")
    qtbot.keyClicks(view.password_field, "secret-pass")
    qtbot.keyClick(view.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.stage == "main", timeout=LAUNCH_TIMEOUT_MS)
    assert launcher.idle is not None and launcher.idle.timeout_ms == 7 * 60_000
    assert launcher.idle.active
    launcher.idle.timeout_ms = 100  # seven minutes, compressed
    launcher.idle.poke()
    qtbot.waitUntil(lambda: launcher.stage == "login", timeout=5_000)
    assert launcher.main_window is None and launcher.idle is None
