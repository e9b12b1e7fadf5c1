"""The system administration screens (ADMIN only, domain.md §7): the first-run checklist,
users, process criteria (공정 기준), firmware, equipment.

``page_specs()`` lists them for the main window's Admin section.  The database enforces the
role; the page spec only decides who is offered the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from neurohub_desktop.ui.context import ROLES_ADMIN, AppContext, PageSpec

HOME_PAGE, USERS_PAGE, CRITERIA_PAGE = "admin.home", "admin.users", "admin.criteria"
FIRMWARE_PAGE, EQUIPMENT_PAGE = "admin.firmware", "admin.equipment"


def _home(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.admin.home_page import HomePage

    return HomePage(ctx)


def _users(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.admin.users_page import UsersPage

    return UsersPage(ctx)


def _criteria(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.admin.criteria_page import CriteriaPage

    return CriteriaPage(ctx)


def _firmware(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.admin.firmware_page import FirmwarePage

    return FirmwarePage(ctx)


def _equipment(ctx: AppContext) -> QWidget:
    from neurohub_desktop.ui.admin.equipment_page import EquipmentPage

    return EquipmentPage(ctx)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            HOME_PAGE,
            lambda: QCoreApplication.translate("Admin", "Line checklist"),
            ROLES_ADMIN,
            _home,
        ),
        PageSpec(
            USERS_PAGE, lambda: QCoreApplication.translate("Admin", "Users"), ROLES_ADMIN, _users
        ),
        PageSpec(
            CRITERIA_PAGE,
            lambda: QCoreApplication.translate("Admin", "Process criteria"),
            ROLES_ADMIN,
            _criteria,
        ),
        PageSpec(
            FIRMWARE_PAGE,
            lambda: QCoreApplication.translate("Admin", "Firmware"),
            ROLES_ADMIN,
            _firmware,
        ),
        PageSpec(
            EQUIPMENT_PAGE,
            lambda: QCoreApplication.translate("Admin", "Equipment"),
            ROLES_ADMIN,
            _equipment,
        ),
    ]
