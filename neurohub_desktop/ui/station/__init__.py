"""The station (operator) screens.  ``page_specs()`` is what the main window shows."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from neurohub_desktop.ui.context import ROLES_STATION, AppContext, PageSpec

ROLES_MANAGER = frozenset({"MANAGER", "ADMIN"})


def _station(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.station.page import StationPage
    return StationPage(ctx)


def _lots(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.station.lots_page import LotsPage
    return LotsPage(ctx)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("station", lambda: QCoreApplication.translate("StationPages", "Station"),
                 ROLES_STATION, _station),
        PageSpec("lots", lambda: QCoreApplication.translate("StationPages", "LOTs"),
                 ROLES_MANAGER, _lots),
    ]
