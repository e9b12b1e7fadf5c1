"""The system administration screens (ADMIN only, domain.md §7): users, process criteria
(공정 기준), firmware, equipment.

``page_specs()`` lists them for the main window's Admin section.  The database enforces the
role; the page spec only decides who is offered the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from neurohub_desktop.ui.context import ROLES_ADMIN, AppContext, PageSpec


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
            "admin.users", lambda: QCoreApplication.translate("Admin", "Users"), ROLES_ADMIN, _users
        ),
        PageSpec(
            "admin.criteria",
            lambda: QCoreApplication.translate("Admin", "Process criteria"),
            ROLES_ADMIN,
            _criteria,
        ),
        PageSpec(
            "admin.firmware",
            lambda: QCoreApplication.translate("Admin", "Firmware"),
            ROLES_ADMIN,
            _firmware,
        ),
        PageSpec(
            "admin.equipment",
            lambda: QCoreApplication.translate("Admin", "Equipment"),
            ROLES_ADMIN,
            _equipment,
        ),
    ]
