"""Connection status for the station: say at once that the database is gone, find out in the
background when it is back, and keep an unsent record in plain sight until it is recorded.

* :class:`ConnectionWatch` — told by a screen that a call failed with ``DatabaseUnavailable``
  (:meth:`~ConnectionWatch.report_lost`), it announces ``reconnecting`` on
  ``AppEvents.db_status_changed`` right away, then pings through the background runner with
  exponential backoff and jitter (0.5 s … 15 s) until a ping succeeds → ``connected`` and
  :attr:`~ConnectionWatch.reconnected`.  It also follows what others announce there (the
  error presenter, ``ui.errors``, says ``reconnecting`` when a page's call finds the database
  gone; the header's health check says ``connected``) without announcing it a second time.
  It never resubmits anything itself: the operator does, with the values still on the screen
  (no silent queueing).
* :class:`UnsentNotice` — a strip that stays visible while a record is unsent and says
  whether the operator can resubmit now (its texts are translated like any screen's).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from neurohub_desktop.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

CONNECTED = "connected"
RECONNECTING = "reconnecting"
BUSY = "busy"  # reachable, but a lock or statement timeout: try again in a moment
BACKOFF_MS: tuple[int, ...] = (500, 1_000, 2_000, 4_000, 8_000, 15_000)


def is_connection_loss(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseUnavailable)


class ConnectionWatch(QObject):
    """``connected`` ↔ ``reconnecting``; pings only while the database is away."""

    status_changed = Signal(str)
    reconnected = Signal()

    def __init__(
        self,
        runner: Any,
        ping: Callable[[], object],
        events: Any = None,
        *,
        backoff_ms: Sequence[int] = BACKOFF_MS,
        jitter: float = 0.2,
        rng: Callable[[], float] = random.random,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._ping, self._events = runner, ping, events
        self._backoff = tuple(backoff_ms)
        self._jitter, self._rng = jitter, rng
        self.status = CONNECTED
        self.attempts = 0  # pings since the loss
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        if events is not None:
            events.db_status_changed.connect(self._on_db_status_changed)

    @property
    def connected(self) -> bool:
        return self.status == CONNECTED

    def report_lost(self) -> None:
        """A call just failed because the database is unreachable."""
        self._lost(announce=True)

    def report_ok(self) -> None:
        """A call just succeeded: whatever the pings think, the database is there."""
        if self.status == RECONNECTING:
            self._back()

    def stop(self) -> None:
        self._timer.stop()

    def next_delay_ms(self) -> int:
        base = self._backoff[min(self.attempts, len(self._backoff) - 1)]
        return max(1, int(base * (1 - self._jitter + 2 * self._jitter * self._rng())))

    def _on_timer_timeout(self) -> None:
        if self._pending or self.status != RECONNECTING:
            return
        self._pending = True
        self.attempts += 1
        self._runner.run(
            self._ping, on_success=self._on_ping_ok, on_error=self._on_ping_failed, context=self
        )

    def _on_ping_ok(self, _result: object) -> None:
        self._pending = False
        if self.status == RECONNECTING:
            self._back()

    def _on_ping_failed(self, exc: BaseException) -> None:
        self._pending = False
        if self.status == RECONNECTING:
            log.info(
                "database still unreachable after %d pings: %s",
                self.attempts,
                str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            )
            self._timer.start(self.next_delay_ms())

    def _on_db_status_changed(self, status: str) -> None:
        """Someone else announced the status (this watch's own announcements come back here
        too, and change nothing)."""
        if status == RECONNECTING:
            self._lost(announce=False)
        elif status == CONNECTED and self.status == RECONNECTING:
            self._back(announce=False)

    def _lost(self, *, announce: bool) -> None:
        if self.status == RECONNECTING:
            return
        self.attempts = 0
        self._set_status(RECONNECTING, announce=announce)
        self._timer.start(self.next_delay_ms())

    def _back(self, *, announce: bool = True) -> None:
        self._timer.stop()
        log.info("database reachable again")
        self._set_status(CONNECTED, announce=announce)
        self.reconnected.emit()

    def _set_status(self, status: str, *, announce: bool = True) -> None:
        self.status = status
        self.status_changed.emit(status)
        if announce and self._events is not None:
            self._events.db_status_changed.emit(status)


class UnsentNotice(QLabel):
    """Visible exactly while a record is on its way (``show_sending``) or unsent
    (``show_unsent``) … ``clear``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsentNotice")
        self.setWordWrap(True)
        self.unit: str | None = None
        self.state = ""
        self.hide()

    @property
    def pending(self) -> bool:
        return self.unit is not None

    def show_sending(self, unit: str) -> None:
        """A record was submitted and has no answer yet (the action's deadline bounds it)."""
        self.unit = unit
        self._render("sending")

    def sending_done(self) -> None:
        """The database answered (a refusal): a record shown as sending is not shown as
        anything any more; an earlier unsent state stays."""
        if self.state == "sending":
            self.clear()

    def show_unsent(self, unit: str, *, commit_unknown: bool = False) -> None:
        self.unit = unit
        self._render("unknown" if commit_unknown else "waiting")

    def connection_back(self) -> None:
        if self.pending and self.state != "sending":
            self._render("ready")

    def clear(self) -> None:
        self.unit = None
        self.state = ""
        self.setText("")
        self.hide()

    def _render(self, state: str) -> None:
        self.state = state
        self.setText(self._text(state).replace("%1", self.unit or ""))
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def _text(self, state: str) -> str:
        if state == "sending":
            return self.tr("Sending the %1 record…")
        if state == "unknown":
            return self.tr(
                "UNSENT? — the connection dropped while the %1 record was being saved. "
                "Submit it again when the connection is back: it is recorded exactly once."
            )
        if state == "ready":
            return self.tr(
                "UNSENT — the database is back, but the %1 record is still NOT recorded: "
                "submit it again (same button)."
            )
        return self.tr(
            "UNSENT — the %1 record is NOT recorded yet: the database cannot be "
            "reached. Your entries are kept; submit them again when the connection is back."
        )
