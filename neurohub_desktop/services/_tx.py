"""The unit of work's old name, kept for accounts, admin_line and _criteria (another branch
changes them now); it goes once they import ``services.uow``.  Use ``services.uow``."""

from neurohub_desktop.services.uow import call, translate
from neurohub_desktop.services.uow import read as read_session
from neurohub_desktop.services.uow import transaction as station_transaction

__all__ = ["call", "read_session", "station_transaction", "translate"]
