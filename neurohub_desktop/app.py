"""Composition root: Settings → database → services → windows; the only module seeing every layer.

``DatabaseBackend`` is what the launcher calls (always on the background runner): start the
embedded server and migrate it to head (and set up its roles), or — for a configured server —
nothing but the read-only revision gate; stations never migrate a shared database.  Before
login the station is connected as the database's kiosk role; after login every service runs
on the person's own PostgreSQL login (domain.md §7), embedded server and shared server alike.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from neurohub_desktop.config import Settings, shift_times
from neurohub_desktop.domain.reports import ShiftPlan

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from neurohub_desktop.db.gate import GateVerdict
    from neurohub_desktop.ui.context import Services
    from neurohub_desktop.ui.launcher import Launcher
    from neurohub_desktop.ui.main_window import NavSection

log = logging.getLogger(__name__)
#: how long a read connection may be lent out: the 30 s statement timeout and a margin
READ_DEADLINE_S = 35.0
#: the login screen's calls (lockout look-up, the login itself): a frozen network must not
#: leave it "checking…" for minutes
KIOSK_DEADLINE_S = 10.0


class DatabaseBackend:
    """The database side of the launch sequence; methods block and run off the GUI thread."""

    def __init__(self, settings: Settings, *, url: URL | None = None) -> None:
        self.settings = settings
        self.embedded = url is None and settings.uses_embedded
        self.url: URL | None = (
            url if url is not None else (None if self.embedded else settings.sqlalchemy_url())
        )
        self._server: Any = None
        self._engine: Engine | None = None  # the kiosk's
        self._auth: Any = None  # one AuthService: it holds the logged-in person's engine
        self._writer: tuple[Engine, Engine] | None = None  # (person's engine, its writer)

    def start_server(self) -> None:
        from neurohub_desktop.db.embedded import EmbeddedServer

        if self._server is None:
            self._server = EmbeddedServer(self.settings.pgdata_dir)
        self.url = self._server.start()

    def migrate(self) -> None:
        """Embedded only: this PC owns that database, so it is brought to head here (revision
        006 sets up its roles, as ``db setup-roles`` does on a shared server).  A database
        already at the revision this client needs is not handed to Alembic: one read of
        ``alembic_version`` instead of loading every revision script to find nothing to do
        (about 0.2 s of every start)."""
        from neurohub_desktop.db import migrate

        assert self.embedded and self.url is not None
        if migrate.current_revisions(self.url) == (migrate.REQUIRED_REVISION,):
            return
        migrate.upgrade(self.url, "head")

    def kiosk_url(self) -> URL:
        from neurohub_desktop.db import roles

        assert self.url is not None and self.url.database
        return roles.kiosk_url(self.url).set(password=roles.kiosk_password(self.url.database))

    def check_gate(self) -> GateVerdict:
        from neurohub_desktop.db.gate import check_revision

        return check_revision(self.kiosk_url(), as_kiosk=True)

    def engine(self) -> Engine:
        """The kiosk's engine: the revision and the login helpers, nothing personal."""
        from neurohub_desktop.db.engine import make_engine

        if self._engine is None:
            self._engine = make_engine(self.kiosk_url(), pool_size=1, deadline_s=KIOSK_DEADLINE_S)
        return self._engine

    def person_engine(self, user_id: str, credentials: Any) -> Engine:
        from neurohub_desktop.db import roles
        from neurohub_desktop.db.engine import make_person_engine

        assert self.url is not None
        return make_person_engine(
            roles.person_url(self.url, user_id), credentials, deadline_s=READ_DEADLINE_S
        )

    def make_services(self, settings: Settings) -> Services:
        """The service objects for this station (rebuilt when station setup changes)."""
        self.settings = settings
        from neurohub_desktop.db.engine import Sessions, make_sessionmaker
        from neurohub_desktop.domain.readiness import ThisStation
        from neurohub_desktop.services.accounts import AccountsService
        from neurohub_desktop.services.admin_line import AdminLineService
        from neurohub_desktop.services.auth import AuthService
        from neurohub_desktop.services.line_readiness import LineReadinessService
        from neurohub_desktop.services.live import ChangeListener
        from neurohub_desktop.services.lots import LotsService
        from neurohub_desktop.services.reports import ReportsService
        from neurohub_desktop.services.setup import SetupService
        from neurohub_desktop.services.station import StationService
        from neurohub_desktop.ui.context import Services

        assert self.url is not None
        if self._auth is None:
            self._auth = AuthService(
                make_sessionmaker(self.engine()),
                self.person_engine,
                station=settings.station or None,
            )
        person = self._auth.engine
        if person is None:  # before login: only the login screen has work
            return Services(auth=self._auth)
        sessions = Sessions(person, write_engine=self._person_writer(person))
        printer = _printer(settings)
        station_name = settings.station or ""
        services = Services(
            auth=self._auth,
            setup=SetupService(sessions),
            lots=LotsService(sessions, station=station_name, printer=printer),
            # its pages hand every change event to forget: unfinished LOTs' figures are kept too
            reports=ReportsService(
                sessions, shifts=ShiftPlan(*shift_times(settings)), keep_unfinished=True
            ),
            accounts=AccountsService(sessions),
            admin_line=AdminLineService(sessions, station=station_name),
            # the checklist reports this PC's printer setting: the database keeps none
            line_readiness=LineReadinessService(
                sessions,
                this_pc=ThisStation(
                    station_name,
                    settings.process_id,
                    printer.describe() if printer is not None else None,
                ),
            ),
            # started at login by the launcher for every role (ui.live.LiveBridge); connects
            # as the person, password in memory
            live=ChangeListener(lambda: _person_dsn(person)),
        )
        if settings.process_id:  # no process configured yet: the station page says so
            services.station = StationService(
                sessions,
                station=station_name,
                process_id=settings.process_id,
                equipment_code=settings.equipment_code,
                printer=printer,
            )
        return services

    def _person_writer(self, person: Engine) -> Engine:
        """The person's engine for the station functions (``db.engine.make_person_writer``),
        one per login."""
        from neurohub_desktop.db.engine import make_person_writer

        if self._writer is None or self._writer[0] is not person:
            if self._writer is not None:
                self._writer[1].dispose()
            writer = make_person_writer(person, self.settings.action_timeout_seconds)
            self._writer = (person, writer)
        return self._writer[1]

    def logout(self) -> None:
        if self._writer is not None:
            self._writer[1].dispose()
            self._writer = None
        if self._auth is not None:
            self._auth.logout()

    def close(self) -> None:
        self.logout()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _person_dsn(engine: Engine) -> str:
    """A libpq DSN for the person's engine (the listener's own connection)."""
    from neurohub_desktop.db.engine import libpq_dsn

    password = engine.nh_credentials.password  # type: ignore[attr-defined]
    return libpq_dsn(engine.url.set(password=password))


def _printer(settings: Settings) -> Any:
    """The configured label printer, or None (a malformed setting is logged, not fatal)."""
    from neurohub_desktop.printing.printer import PrintError, make_printer

    try:
        return make_printer(settings.printer)
    except PrintError as exc:
        log.warning("printer setting %r ignored: %s", settings.printer, exc)
        return None


def nav_sections() -> list[NavSection]:
    """Every page the main window may show, grouped Station / Supervisor / Admin."""
    from neurohub_desktop.ui import admin, station, supervisor
    from neurohub_desktop.ui.main_window import build_sections

    return build_sections(station.page_specs(), supervisor.page_specs(), admin.page_specs())


def prepare_application(app: QApplication, settings: Settings) -> None:
    """Translations, the one stylesheet, the icon: once per application."""
    from neurohub_desktop import resources
    from neurohub_desktop.i18n import install_translator

    app.setApplicationName("NeuroHub Desktop")
    app.setOrganizationName("Withforce")
    install_translator(app, settings.locale)
    try:
        app.setStyleSheet(resources.stylesheet())
    except OSError:
        log.warning("application stylesheet missing; using the platform style")
    try:
        app.setWindowIcon(resources.icon("app"))
    except FileNotFoundError:
        log.warning("application icon missing")


def build_launcher(
    settings: Settings,
    *,
    url: URL | None = None,
    sections: Callable[[], list[NavSection]] = nav_sections,
    health_interval_ms: int = 15_000,
) -> Launcher:
    """Everything wired, nothing started (tests call this, then ``launcher.start()``)."""
    from neurohub_desktop.ui.admin.home_page import land_on_checklist
    from neurohub_desktop.ui.background import BackgroundRunner
    from neurohub_desktop.ui.context import AppEvents
    from neurohub_desktop.ui.launcher import Launcher

    runner = BackgroundRunner()
    backend = DatabaseBackend(settings, url=url)
    launcher = Launcher(
        settings,
        runner,
        backend,
        sections=sections,
        events=AppEvents(),
        health_interval_ms=health_interval_ms,
        landing=land_on_checklist,  # an ADMIN lands on the checklist while anything is missing
    )
    runner.setParent(launcher)
    return launcher


def quit_on_terminate(app: QApplication) -> None:
    """SIGTERM (the desktop logging out, a shutdown, ``kill``) quits like closing the window:
    connections closed, this instance taken off the embedded server's list of users (which
    stops the server when it was the last).  Python runs a signal handler only between
    bytecodes, so a quarter-second timer lets it in while Qt's loop waits."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(250)


def run_gui(settings: Settings) -> int:
    from PySide6.QtWidgets import QApplication

    from neurohub_desktop.logs import setup_logging

    try:
        setup_logging(settings.log_dir, station=settings.station)
    except OSError:
        log.warning("cannot write log files to %s", settings.log_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_application(app, settings)
    quit_on_terminate(app)
    launcher = build_launcher(settings)
    launcher.start()
    code = int(app.exec())
    launcher.stop_live()
    if launcher.services is not None:
        launcher.services.close()
    launcher.runner.wait_for_done(10_000)
    launcher.reads.wait_for_done(10_000)
    launcher.backend.close()  # type: ignore[attr-defined]
    return code
