"""One error presenter for every page (architecture lessons 2 and 7).

Every page's ``on_error`` hands the exception to :func:`present_error`, which sorts it once:

* a business refusal (a ``NeuroHubError`` that is not about the connection) → a calm inline
  message in the page's banner, in the page's language;
* the database unreachable or busy (``DatabaseUnavailable``, ``DatabaseBusy``) → the connection
  status on ``AppEvents.db_status_changed`` (``reconnecting`` / ``busy``: the header shows it;
  the health check and the station's ``ConnectionWatch`` follow it back to ``connected``) and
  the error's own short sentence in the banner;
* anything else is a bug → logged with its traceback and shown ("Unexpected error: …") once:
  the same exception object reaching a second handler is neither logged nor shown again.

Pages keep their own extras around the call (the station's beep, flash and UNSENT notice).
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from neurohub_desktop.domain.errors import DatabaseBusy, DatabaseUnavailable, NeuroHubError
from neurohub_desktop.ui.connection import BUSY, RECONNECTING
from neurohub_desktop.ui.messages import message_text

if TYPE_CHECKING:
    from neurohub_desktop.ui.context import AppEvents
    from neurohub_desktop.ui.feedback import MessageBanner

log = logging.getLogger(__name__)

# ``NeuroHubError`` codes that are bugs all the same (``db.errors.UnexpectedDatabaseError``:
# a database error no rule explains; ``ui`` does not import ``db``, so it goes by the code)
BUG_CODES = frozenset({"DB_BUG"})
_PRESENTED = "_nh_presented"
_presented_fallback: deque[BaseException] = deque(maxlen=64)  # exceptions without a __dict__


class ErrorKind(StrEnum):
    REFUSAL = "refusal"
    UNREACHABLE = "unreachable"
    BUSY = "busy"
    BUG = "bug"


# the connection status each kind announces (the values ``MainWindow``'s header shows)
STATUS_OF: dict[ErrorKind, str] = {ErrorKind.UNREACHABLE: RECONNECTING, ErrorKind.BUSY: BUSY}


@dataclass(frozen=True)
class Presented:
    """What :func:`present_error` did: ``text`` is the banner's message, or "" when nothing
    new was shown (a bug another handler already presented)."""

    kind: ErrorKind
    text: str

    @property
    def shown(self) -> bool:
        return bool(self.text)


def classify(exc: BaseException) -> ErrorKind:
    if isinstance(exc, DatabaseUnavailable):
        return ErrorKind.UNREACHABLE
    if isinstance(exc, DatabaseBusy):
        return ErrorKind.BUSY
    if isinstance(exc, NeuroHubError) and exc.code not in BUG_CODES:
        return ErrorKind.REFUSAL
    return ErrorKind.BUG


def error_text(exc: BaseException, locale: str) -> str:
    """The sentence a person sees for ``exc``, in ``locale`` ("ko" or "en")."""
    if isinstance(exc, NeuroHubError):
        return message_text(exc.msg, locale)
    detail = (str(exc) or type(exc).__name__)[:200]
    return QCoreApplication.translate("ErrorPresenter", "Unexpected error: %1").replace(
        "%1", detail
    )


def present_error(
    exc: BaseException,
    *,
    banner: MessageBanner | None,
    events: AppEvents | None,
    locale: str,
    context: str,
) -> Presented:
    """Show ``exc`` the one way its kind is shown; ``context`` names the failed action in the
    log ("LOT board load").  Returns the kind and the text shown."""
    kind = classify(exc)
    if kind is ErrorKind.BUG:
        if not _first_presentation(exc):
            return Presented(kind, "")
        log.error(
            "%s failed: %s",
            context,
            type(exc).__name__,
            exc_info=(type(exc), exc, exc.__traceback__),
        )
    status = STATUS_OF.get(kind)
    if status is not None and events is not None:
        events.db_status_changed.emit(status)
    text = error_text(exc, locale)
    if banner is not None:
        calm = kind in (ErrorKind.UNREACHABLE, ErrorKind.BUSY)
        banner.show_message(text, "warning" if calm else "error")
    return Presented(kind, text)


def _first_presentation(exc: BaseException) -> bool:
    """True the first time ``exc`` (this very object) is presented; it is marked after."""
    if getattr(exc, _PRESENTED, False) or any(e is exc for e in _presented_fallback):
        return False
    try:
        setattr(exc, _PRESENTED, True)
    except (AttributeError, TypeError):
        _presented_fallback.append(exc)
    return True
