"""The station (operator) screens.  ``page_specs()`` is what the main window shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.ui.context import ROLES_STATION, AppContext, PageSpec

ROLES_MANAGER = frozenset({Role.MANAGER, Role.ADMIN})


def _station(ctx: AppContext) -> QWidget:
    if ctx.services.station is None:  # this PC has no process configured yet
        label = QLabel(
            QCoreApplication.translate(
                "StationPages",
                "No process is configured for this PC: ask a manager to run the station setup.",
            )
        )
        label.setObjectName("emptyPage")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    from neurohub_desktop.ui.station.page import StationPage

    return StationPage(ctx)


def _lots(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.station.lots_page import LotsPage

    return LotsPage(ctx)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "station",
            lambda: QCoreApplication.translate("StationPages", "Station"),
            ROLES_STATION,
            _station,
        ),
        PageSpec(
            "lots", lambda: QCoreApplication.translate("StationPages", "LOTs"), ROLES_MANAGER, _lots
        ),
    ]
