"""What every screen gets through its constructor (architecture lesson 6): no global lookups.

``app.py`` (the composition root) builds one ``AppContext`` after login and hands it to the
page factories that ``ui.station.page_specs()``, ``ui.supervisor.page_specs()`` and
``ui.admin.page_specs()`` return.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from neurohub_desktop.config import Settings
from neurohub_desktop.domain.auth import Role

if TYPE_CHECKING:
    from neurohub_desktop.services.accounts import AccountsService
    from neurohub_desktop.services.admin_line import AdminLineService
    from neurohub_desktop.services.auth import AuthService
    from neurohub_desktop.services.line_readiness import LineReadinessService
    from neurohub_desktop.services.live import ChangeListener
    from neurohub_desktop.services.lots import LotsService
    from neurohub_desktop.services.reports import ReportsService
    from neurohub_desktop.services.setup import SetupService
    from neurohub_desktop.services.station import StationService

T = TypeVar("T")

ROLES_ALL: frozenset[str] = frozenset(Role)
ROLES_STATION: frozenset[str] = frozenset({Role.ADMIN, Role.MANAGER, Role.WORKER})
ROLES_SUPERVISOR: frozenset[str] = frozenset({Role.ADMIN, Role.MANAGER, Role.VIEWER})
ROLES_ADMIN: frozenset[str] = frozenset({Role.ADMIN})
#: what ``AppEvents.page_requested`` names for this PC's station setup (not a page: a dialog)
STATION_SETUP = "station.setup"


class AppEvents(QObject):
    """Application-wide announcements (lesson 3): screens decide whether to refresh."""

    #: a ``services.live.ChangeEvent``: after a write by this PC (``AppContext.announce``), or
    #: a NOTIFY from another station (``ui.live.LiveBridge``, throttled and validated)
    data_changed = Signal(object)
    #: "connected" | "reconnecting" | "offline"
    db_status_changed = Signal(str)
    #: any user activity at the station (resets the idle auto-logout timer)
    user_active = Signal()
    #: a page asks to open another: a ``PageSpec.key`` or ``STATION_SETUP`` (the main window
    #: shows it if this person is offered it, and ignores it otherwise)
    page_requested = Signal(str)


def need(service: T | None, what: str) -> T:
    """A page's service, which the composition root gives every page that is shown for it
    (``app.make_services``); its absence is a wiring bug, said plainly."""
    if service is None:
        raise RuntimeError(f"this page needs the {what} service, and none was built")
    return service


@dataclass
class Services:
    """The service objects the UI may call (always through a lane, never directly); typed,
    built by ``app.make_services`` (tests pass real services or wrappers of them)."""

    auth: AuthService | None = None
    setup: SetupService | None = None
    station: StationService | None = None
    lots: LotsService | None = None
    reports: ReportsService | None = None
    live: ChangeListener | None = None
    accounts: AccountsService | None = None
    admin_line: AdminLineService | None = None
    line_readiness: LineReadinessService | None = None

    def close(self) -> None:
        """Stop what runs on these services (the change listener; the launcher's bridge
        normally stops it first)."""
        if self.live is not None:
            self.live.stop()


@dataclass
class AppContext:
    """``runner`` is the write lane: station actions (scans, starts, records) run there one at
    a time, in scan order.  ``reads`` is the read lane for reports and supervisor pages (its
    own thread and connection), so a slow report never delays a scan; None → ``runner``.
    ``live`` is the login's change-event bridge (``ui.live.LiveBridge``) or None."""

    settings: Settings
    runner: Any  # neurohub_desktop.ui.background.BackgroundRunner
    services: Services
    events: AppEvents
    user: Any = None  # the logged-in user (a domain dataclass with .id, .user_id, .role …)
    locale: str = "ko"
    reads: Any = None  # a second BackgroundRunner: the read lane
    live: Any = None  # neurohub_desktop.ui.live.LiveBridge

    @property
    def read_lane(self) -> Any:
        return self.reads if self.reads is not None else self.runner

    def announce(self, event: Any) -> None:
        """This PC wrote ``event`` (a ``services.live.ChangeEvent``): every page hears it now,
        and its NOTIFY echo from the server is not delivered a second time."""
        if self.live is not None:
            self.live.announce(event)
        else:
            self.events.data_changed.emit(event)


@dataclass(frozen=True)
class PageSpec:
    """One navigation entry of the main window."""

    key: str
    title: Callable[[], str]  # called after the translator is installed
    roles: frozenset[str]
    factory: Callable[[AppContext], QWidget]
