"""The workspace after login: a header (process, station, user, database status, logout) and
role-filtered navigation over the Station, Supervisor and Admin pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.ui.context import ROLES_ADMIN, STATION_SETUP, AppContext, PageSpec
from neurohub_desktop.ui.elide import ElidedLabel
from neurohub_desktop.ui.messages import local_name

STATUS_CONNECTED = "connected"
STATUS_RECONNECTING = "reconnecting"
STATUS_OFFLINE = "offline"
STATUS_BUSY = "busy"  # reachable, but a lock or statement timeout (ui.connection.BUSY)
_PAGE_KEY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class NavSection:
    key: str  # "station" | "supervisor" | "admin"
    title: Callable[[], str]
    pages: tuple[PageSpec, ...]


def build_sections(
    station: Iterable[PageSpec], supervisor: Iterable[PageSpec], admin: Iterable[PageSpec] = ()
) -> list[NavSection]:
    """Station pages; supervisor pages; ADMIN-only pages (from anywhere) under Admin."""
    station, supervisor, admin = list(station), list(supervisor), list(admin)
    admin += [s for s in station + supervisor if s.roles <= ROLES_ADMIN and s not in admin]
    return [
        NavSection(
            "station",
            lambda: QCoreApplication.translate("MainWindow", "Station"),
            tuple(s for s in station if s not in admin),
        ),
        NavSection(
            "supervisor",
            lambda: QCoreApplication.translate("MainWindow", "Supervisor"),
            tuple(s for s in supervisor if s not in admin),
        ),
        NavSection(
            "admin", lambda: QCoreApplication.translate("MainWindow", "Admin"), tuple(admin)
        ),
    ]


class HealthMonitor(QObject):
    """A light periodic ``SELECT 1`` through the runner; announces status changes only.

    It also follows what pages announce (``ui.errors.present_error`` says ``reconnecting`` or
    ``busy`` when a call fails): it checks again after ``retry_ms`` and announces
    ``connected`` once the database answers, so the header never keeps a stale status."""

    def __init__(
        self,
        runner: Any,
        ping: Callable[[], None],
        events: Any,
        *,
        interval_ms: int = 15_000,
        retry_ms: int = 3_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._ping, self._events = runner, ping, events
        self._interval_ms, self._retry_ms = interval_ms, retry_ms
        self.status = STATUS_CONNECTED
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self._active = False
        events.db_status_changed.connect(self._on_db_status_changed)

    def start(self) -> None:
        self._active = True
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def _on_db_status_changed(self, status: str) -> None:
        if status == self.status:  # (this monitor's own announcements come back here too)
            return
        self.status = status
        if status != STATUS_CONNECTED and self._active and not self._pending:
            self._timer.start(self._retry_ms)

    def check_now(self) -> None:
        if self._pending:
            return
        self._pending = True
        self._runner.run(
            self._ping,
            on_success=lambda _r: self._settle(STATUS_CONNECTED),
            on_error=lambda _e: self._settle(STATUS_RECONNECTING),
            context=self,
        )

    def _settle(self, status: str) -> None:
        self._pending = False
        if status != self.status:
            self.status = status
            self._events.db_status_changed.emit(status)
        self._timer.start(self._interval_ms if status == STATUS_CONNECTED else self._retry_ms)


class MainWindow(QWidget):
    """What a logged-in user works in.  Pages are created on first visit."""

    logout_requested = Signal()
    setup_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        sections: Sequence[NavSection],
        *,
        can_setup: bool = False,
        health_interval_ms: int = 15_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._ctx = ctx
        self._can_setup = can_setup
        self._specs: dict[str, PageSpec] = {}
        self.pages: dict[str, QWidget] = {}

        # Header
        # long names elide (the header never widens the window)
        self.process_label = ElidedLabel()
        self.process_label.setObjectName("headerTitle")
        self.station_label = ElidedLabel()
        self.station_label.setObjectName("headerInfo")
        self.user_label = ElidedLabel()
        self.user_label.setObjectName("headerInfo")
        self.db_status_label = QLabel(objectName="headerDbStatus")
        self.setup_button = QPushButton(self.tr("Station setup"), objectName="setupButton")
        self.setup_button.setVisible(can_setup)
        self.setup_button.clicked.connect(self.setup_requested)
        self.logout_button = QPushButton(self.tr("Log out"), objectName="logoutButton")
        self.logout_button.setToolTip(self.tr("Log out (Ctrl+L)"))
        self.logout_button.clicked.connect(self.logout_requested)
        header = QFrame(objectName="headerBar")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 6, 12, 6)
        hl.setSpacing(16)
        hl.addWidget(self.process_label)
        hl.addWidget(self.station_label)
        hl.addStretch(1)
        hl.addWidget(self.db_status_label)
        hl.addWidget(self.user_label)
        hl.addWidget(self.setup_button)
        hl.addWidget(self.logout_button)

        # Navigation + pages
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget(objectName="pageStack")
        self.empty_label = QLabel(
            self.tr("No screens are available for your role yet."), objectName="emptyPage"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)
        role = str(getattr(ctx.user, "role", ""))
        role = getattr(getattr(ctx.user, "role", None), "value", role)
        self.sections: list[str] = []
        for section in sections:
            visible = [p for p in section.pages if role in p.roles]
            if not visible:
                continue
            self.sections.append(section.key)
            head = QListWidgetItem(section.title())
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            head.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "section")
            self.nav.addItem(head)
            for spec in visible:
                item = QListWidgetItem("   " + spec.title())
                item.setData(_PAGE_KEY, spec.key)
                self.nav.addItem(item)
                self._specs[spec.key] = spec
        self.nav.currentItemChanged.connect(self._on_nav_current_changed)
        self.nav.setVisible(bool(self._specs))

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(body, 1)

        # Keyboard: Ctrl+1..9 jump to a page, Ctrl+PgUp/PgDown step, Ctrl+L logs out.
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.logout_requested.emit)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self._step(-1))
        for n, key in enumerate(list(self._specs)[:9], start=1):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, activated=lambda k=key: self.show_page(k))

        ctx.events.db_status_changed.connect(self._on_db_status_changed)
        ctx.events.page_requested.connect(self._on_page_requested)
        self._on_db_status_changed(STATUS_CONNECTED)
        self.update_header()
        self.health: HealthMonitor | None = None
        if ctx.services.setup is not None:
            self.health = HealthMonitor(
                ctx.read_lane,
                ctx.services.setup.ping,
                ctx.events,
                interval_ms=health_interval_ms,
                parent=self,
            )
            self.health.start()
        if self._specs:
            self.show_page(next(iter(self._specs)))

    # -- header ------------------------------------------------------------------------------
    def update_header(self, process: Any = None) -> None:
        """Station and user from the context; the process name once it is loaded."""
        settings, user = self._ctx.settings, self._ctx.user
        if process is not None:
            name = local_name(process.name_ko, process.name_en, self._ctx.locale)
            self.process_label.setText(f"{process.process_id}  {name}")
        elif settings.process_id:
            self.process_label.setText(settings.process_id)
            setup = getattr(self._ctx.services, "setup", None)
            if setup is not None:
                self._ctx.runner.run(
                    setup.get_process,
                    settings.process_id,
                    on_success=self._on_process_loaded,
                    context=self,
                )
        else:
            self.process_label.setText(self.tr("No process set up"))
        self.station_label.setText(settings.station or self.tr("(unnamed station)"))
        if user is not None:
            self.user_label.setText(f"{user.username} ({user.user_id})")

    def _on_process_loaded(self, process: Any) -> None:
        if process is not None:
            self.update_header(process)

    def _on_db_status_changed(self, status: str) -> None:
        text = {
            STATUS_CONNECTED: self.tr("● Database connected"),
            STATUS_RECONNECTING: self.tr("● Reconnecting to the database…"),
            STATUS_BUSY: self.tr("● Database busy: try again in a moment"),
            STATUS_OFFLINE: self.tr("● Database offline"),
        }.get(status, status)
        self.db_status_label.setText(text)
        self.db_status_label.setProperty("status", status)
        self.db_status_label.style().unpolish(self.db_status_label)
        self.db_status_label.style().polish(self.db_status_label)

    # -- navigation --------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return list(self._specs)

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else item.data(_PAGE_KEY)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(_PAGE_KEY) == key:
                self.nav.setCurrentRow(row)
                return

    def _on_page_requested(self, key: str) -> None:
        """A page's link (the admin's checklist): the page, or station setup when offered."""
        if key == STATION_SETUP:
            if self._can_setup:
                self.setup_requested.emit()
        elif key in self._specs:
            self.show_page(key)

    def _step(self, delta: int) -> None:
        keys = self.page_keys()
        if keys:
            current = self.current_page_key()
            index = keys.index(current) if current in keys else 0
            self.show_page(keys[(index + delta) % len(keys)])

    def _on_nav_current_changed(self, item: QListWidgetItem | None, _prev: Any) -> None:
        key = None if item is None else item.data(_PAGE_KEY)
        if key is None:
            return
        page = self.pages.get(key)
        if page is None:
            page = self._specs[key].factory(self._ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
