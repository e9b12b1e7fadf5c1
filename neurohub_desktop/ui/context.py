"""What every screen gets through its constructor (architecture lesson 6): no global lookups.

``app.py`` (the composition root) builds one ``AppContext`` after login and hands it to the
page factories that ``ui.station.page_specs()``, ``ui.supervisor.page_specs()`` and
``ui.admin.page_specs()`` return.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from neurohub_desktop.config import Settings

ROLES_ALL = frozenset({"ADMIN", "MANAGER", "WORKER", "VIEWER"})
ROLES_STATION = frozenset({"ADMIN", "MANAGER", "WORKER"})
ROLES_SUPERVISOR = frozenset({"ADMIN", "MANAGER", "VIEWER"})
ROLES_ADMIN = frozenset({"ADMIN"})


class AppEvents(QObject):
    """Application-wide announcements (lesson 3): screens decide whether to refresh."""

    #: a ``services.live.ChangeEvent``: after a write by this PC (``AppContext.announce``), or
    #: a NOTIFY from another station (``ui.live.LiveBridge``, throttled and validated)
    data_changed = Signal(object)
    #: "connected" | "reconnecting" | "offline"
    db_status_changed = Signal(str)
    #: any user activity at the station (resets the idle auto-logout timer)
    user_active = Signal()


@dataclass
class Services:
    """The service objects the UI may call (always through ctx.runner, never directly)."""

    auth: Any = None
    setup: Any = None
    station: Any = None
    lots: Any = None
    reports: Any = None
    live: Any = None
    accounts: Any = None  # services.accounts.AccountsService (the ADMIN's Users page)
    admin_line: Any = None  # services.admin_line.AdminLineService (Firmware, Equipment pages)
    extra: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        """Stop what screens started on these services (e.g. the live-refresh bridge)."""
        for value in list(self.extra.values()):
            stop = getattr(value, "stop", None)
            if callable(stop):
                stop()
        self.extra.clear()


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
