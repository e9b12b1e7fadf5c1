"""The launch sequence: window first, then database → revision gate → login → main window.

Every slow step (first start of the embedded server, migrations, the gate check, login) runs
in the background runner; the one top-level window shows a progress page meanwhile, so it
appears at once and never freezes.  The lower layers come in as a ``backend`` object built
by ``app.py`` (the composition root), so this module never touches the database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.config import Settings, save_station_settings
from neurohub_desktop.domain.auth import can_setup_station
from neurohub_desktop.domain.setup import remember_user
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.gate_view import GateView
from neurohub_desktop.ui.idle import IdleLogout
from neurohub_desktop.ui.live import LiveBridge
from neurohub_desktop.ui.login_view import LoginView
from neurohub_desktop.ui.main_window import MainWindow, NavSection
from neurohub_desktop.ui.setup_dialog import SetupDialog

log = logging.getLogger(__name__)


class Backend(Protocol):
    """What the launcher needs from below; every method may block (called in the runner)."""

    embedded: bool

    def start_server(self) -> None: ...
    def migrate(self) -> None: ...
    def check_gate(self) -> Any: ...
    def make_services(self, settings: Settings) -> Services: ...
    def logout(self) -> None: ...


class StartupView(QWidget):
    """Progress while the database starts; an error with Retry if it does not."""

    retry_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupView")
        title = QLabel(self.tr("NeuroHub Desktop"), objectName="startupTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel(objectName="startupMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.progress = QProgressBar(objectName="startupProgress")
        self.progress.setRange(0, 0)  # busy indicator: the steps do not report a fraction
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(480)
        self.retry_button = QPushButton(self.tr("Retry"), objectName="startupRetry")
        self.retry_button.setDefault(True)
        self.retry_button.clicked.connect(self.retry_requested)
        self.quit_button = QPushButton(self.tr("Quit"), objectName="startupQuit")
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.show_progress("")

    def show_progress(self, text: str) -> None:
        self.message_label.setProperty("role", "")
        self.message_label.setText(text)
        self.progress.show()
        self.retry_button.hide()
        self.quit_button.hide()

    def show_error(self, text: str) -> None:
        self.message_label.setProperty("role", "error")
        self.message_label.setText(text)
        self.progress.hide()
        self.retry_button.show()
        self.quit_button.show()
        self.retry_button.setFocus()


class ShellWindow(QMainWindow):
    """The application's one top-level window; the launcher swaps its central pages."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("shellWindow")
        self.setWindowTitle(self.tr("NeuroHub Desktop"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.resize(1366, 768)

    def show_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)


class Launcher(QObject):
    """Drives the window through the launch stages; ``stage`` names where it is."""

    stage_changed = Signal(str)  # "starting" | "failed" | "gate" | "login" | "main"

    def __init__(
        self,
        settings: Settings,
        runner: Any,
        backend: Backend,
        *,
        sections: Callable[[], Sequence[NavSection]],
        events: AppEvents | None = None,
        save_settings: Callable[[Settings], None] = save_station_settings,
        health_interval_ms: int = 15_000,
        landing: Callable[[MainWindow, AppContext], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner  # the write lane (and the launch stages)
        self.reads = BackgroundRunner(self)  # the read lane: reports never wait for a scan
        self.live: LiveBridge | None = None  # the login's change events, built in _start_live
        self.backend = backend
        self.events = events or AppEvents(self)
        self._sections = sections
        self._save_settings = save_settings
        self._health_interval_ms = health_interval_ms
        # after the main window is shown: may move it to another page (the admin's checklist)
        self._landing = landing
        self.services: Services | None = None
        self.context: AppContext | None = None
        self.stage = ""
        self.window = ShellWindow()
        self.startup_view = StartupView()
        self.startup_view.retry_requested.connect(self.start)
        self.startup_view.quit_requested.connect(self._on_quit_requested)
        self.gate_view = GateView()
        self.gate_view.retry_requested.connect(self._on_gate_retry_requested)
        self.gate_view.quit_requested.connect(self._on_quit_requested)
        self.login_view: LoginView | None = None
        self.main_window: MainWindow | None = None
        self.setup_dialog: SetupDialog | None = None
        self.idle: IdleLogout | None = None  # auto-logout while the main window is shown

    def _set_stage(self, stage: str) -> None:
        self.stage = stage
        self.stage_changed.emit(stage)

    # -- database ----------------------------------------------------------------------------
    def start(self) -> None:
        """Show the window and begin (again, after a failed start)."""
        self.window.show_page(self.startup_view)
        self.window.show()
        self._set_stage("starting")
        if self.backend.embedded:
            self.startup_view.show_progress(
                self.tr("Starting the local database… (the first start takes a little longer)")
            )
            self.runner.run(
                self.backend.start_server,
                on_success=self._on_server_started,
                on_error=self._on_start_failed,
                context=self,
            )
        else:
            self._check_gate()

    def _on_server_started(self, _result: Any) -> None:
        self.startup_view.show_progress(self.tr("Updating the local database…"))
        self.runner.run(
            self.backend.migrate,
            on_success=lambda _r: self._check_gate(),
            on_error=self._on_start_failed,
            context=self,
        )

    def _on_start_failed(self, exc: BaseException) -> None:
        log.error("database start failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.startup_view.show_error(
            self.tr("The local database could not be started:\n%1").replace("%1", str(exc))
        )
        self.window.show_page(self.startup_view)
        self._set_stage("failed")

    def _check_gate(self) -> None:
        if self.stage != "gate":
            self.startup_view.show_progress(self.tr("Checking the database…"))
        self.runner.run(
            self.backend.check_gate,
            on_success=self._on_gate_checked,
            on_error=self._on_start_failed,
            context=self,
        )

    def _on_gate_retry_requested(self) -> None:
        self.gate_view.set_checking()
        self._check_gate()

    def _on_gate_checked(self, verdict: Any) -> None:
        if not verdict.ok:
            log.warning("revision gate: %s", verdict.describe())
            self.gate_view.show_verdict(verdict)
            self.window.show_page(self.gate_view)
            self.gate_view.retry_button.setFocus()
            self._set_stage("gate")
            return
        self.services = self.backend.make_services(self.settings)
        self.show_login()

    # -- login -------------------------------------------------------------------------------
    def show_login(self) -> None:
        if self.login_view is None:
            assert self.services is not None
            label = " · ".join(x for x in (self.settings.station, self.settings.process_id) if x)
            self.login_view = LoginView(
                self.runner,
                self.services.auth,
                locale=self.settings.locale,
                recent_users=self.settings.recent_users,
                station_label=label,
            )
            self.login_view.logged_in.connect(self._on_logged_in)
        self.login_view.reset()
        self.window.show_page(self.login_view)
        self._set_stage("login")
        self.login_view.focus_first()

    def _on_logged_in(self, user: Any) -> None:
        recent = remember_user(self.settings.recent_users, user.user_id)
        if recent != self.settings.recent_users:
            self._update_settings(self.settings.with_station_setup(recent_users=recent))
        # from here on every service runs on the person's own database login
        previous = self.services
        self.services = self.backend.make_services(self.settings)
        if previous is not None and previous is not self.services:
            previous.close()
        self._start_live()
        self.context = AppContext(
            settings=self.settings,
            runner=self.runner,
            services=self.services,
            events=self.events,
            user=user,
            locale=self.settings.locale,
            reads=self.reads,
            live=self.live,
        )
        self._show_main()
        if not self.settings.process_id and can_setup_station(user.role):
            self.open_setup(first_run=True)

    def _start_live(self) -> None:
        """The login's change events, for every role: the composition root starts the
        listener (``services.live``) once per login, not a page."""
        self.stop_live()
        listener = self.services.live if self.services is not None else None
        self.live = LiveBridge(listener, self.events, parent=self)
        self.live.start()

    def stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None

    def _update_settings(self, settings: Settings) -> None:
        try:
            self._save_settings(settings)
        except OSError:
            log.exception("could not write the settings file %s", settings.config_file)
        self.settings = settings

    # -- main window -------------------------------------------------------------------------
    def _show_main(self) -> None:
        assert self.context is not None
        old = self.main_window
        user = self.context.user
        self.main_window = MainWindow(
            self.context,
            self._sections(),
            can_setup=can_setup_station(user.role),
            health_interval_ms=self._health_interval_ms,
        )
        self.main_window.logout_requested.connect(self.logout)
        self.main_window.setup_requested.connect(lambda: self.open_setup(first_run=False))
        self.window.show_page(self.main_window)
        if self._landing is not None:
            self._landing(self.main_window, self.context)
        if self.idle is not None:
            self.idle.stop()
        self.idle = IdleLogout.minutes(
            self.settings.idle_logout_minutes,
            events=self.events,
            hold=self.runner.is_busy,
            parent=self.main_window,
        )
        self.idle.expired.connect(self.logout)
        self.idle.start()
        if old is not None:
            self.window.stack.removeWidget(old)
            old.deleteLater()
        self._set_stage("main")

    def open_setup(self, *, first_run: bool) -> None:
        assert self.services is not None
        dialog = SetupDialog(
            self.runner,
            self.services.setup,
            self.settings,
            locale=self.settings.locale,
            first_run=first_run,
            parent=self.window,
        )
        dialog.saved.connect(self._on_setup_saved)
        self.setup_dialog = dialog
        dialog.open()

    def _on_setup_saved(self, settings: Settings) -> None:
        locale_changed = settings.locale != self.settings.locale
        self.settings = settings
        previous = self.services
        self.services = self.backend.make_services(settings)  # the station name is in them
        if previous is not None:
            previous.close()
        if self.context is not None:
            self._start_live()
            self.context.settings = settings
            self.context.services = self.services
            self.context.live = self.live
            self._show_main()
            if locale_changed and self.main_window is not None:
                self.main_window.empty_label.setText(
                    self.tr("The language changes when the program is started again.")
                )
        if self.login_view is not None:  # rebuilt with the new auth service and label
            self.window.stack.removeWidget(self.login_view)
            self.login_view.deleteLater()
            self.login_view = None

    def logout(self) -> None:
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.main_window is not None:
            if self.main_window.health is not None:
                self.main_window.health.stop()
            self.window.stack.removeWidget(self.main_window)
            self.main_window.deleteLater()
            self.main_window = None
        self.context = None
        self.stop_live()
        if self.services is not None:
            self.services.close()
        self.backend.logout()  # the person's connections close; the password is forgotten
        self.services = self.backend.make_services(self.settings)
        self.show_login()

    def _on_quit_requested(self) -> None:
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()
