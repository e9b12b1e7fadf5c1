"""The supervisor screens: LOT board, yield, Pareto, traceability, audit log.

``page_specs()`` lists them for the main window.  They read on the read lane
(``AppContext.read_lane``) and refresh on ``AppEvents.data_changed``, whose events the
launcher's ``ui.live.LiveBridge`` delivers for every login.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from neurohub_desktop.ui.context import ROLES_ADMIN, ROLES_SUPERVISOR, AppContext, PageSpec


def _page(make: Callable[[AppContext], QWidget]) -> Callable[[AppContext], QWidget]:
    return make


def _lot_board(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.supervisor.lot_board import LotBoardPage

    return LotBoardPage(ctx)


def _yield(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.supervisor.stats import YieldPage

    return YieldPage(ctx)


def _pareto(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.supervisor.stats import ParetoPage

    return ParetoPage(ctx)


def _trace(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.supervisor.trace_page import TracePage

    return TracePage(ctx)


def _audit(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.supervisor.audit_page import AuditPage

    return AuditPage(ctx)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "supervisor.lots",
            lambda: QCoreApplication.translate("Supervisor", "LOT board"),
            ROLES_SUPERVISOR,
            _page(_lot_board),
        ),
        PageSpec(
            "supervisor.yield",
            lambda: QCoreApplication.translate("Supervisor", "WIP and yield"),
            ROLES_SUPERVISOR,
            _page(_yield),
        ),
        PageSpec(
            "supervisor.pareto",
            lambda: QCoreApplication.translate("Supervisor", "Defect Pareto"),
            ROLES_SUPERVISOR,
            _page(_pareto),
        ),
        PageSpec(
            "supervisor.trace",
            lambda: QCoreApplication.translate("Supervisor", "Traceability"),
            ROLES_SUPERVISOR,
            _page(_trace),
        ),
        PageSpec(
            "supervisor.audit",
            lambda: QCoreApplication.translate("Supervisor", "Audit log"),
            ROLES_ADMIN,
            _page(_audit),
        ),
    ]
