"""Auto-logout after ``Settings.idle_logout_minutes`` without activity at the station.

Activity is any key, mouse button, wheel or touch anywhere in the application, plus
``AppEvents.user_active`` (a scanner burst captured by a screen).  While a service call is
still running (``hold()`` true) the logout waits a little and checks again, so a write in
flight always gets its answer on screen first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
)
HOLD_RETRY_MS = 5_000


class IdleLogout(QObject):
    """Emits :attr:`expired` once after ``timeout_ms`` of no activity."""

    expired = Signal()

    def __init__(
        self,
        timeout_ms: int,
        *,
        events: object = None,
        hold: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._hold = hold
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._app: QApplication | None = None
        user_active = getattr(events, "user_active", None)
        if user_active is not None:
            user_active.connect(self.poke)

    @classmethod
    def minutes(cls, minutes: int, **kw: object) -> IdleLogout:
        return cls(minutes * 60_000, **kw)  # type: ignore[arg-type]

    def start(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._app is None:
            app.installEventFilter(self)
            self._app = app
        self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def poke(self) -> None:
        """Activity: start counting again."""
        if self._app is not None or self._timer.isActive():
            self._timer.start(self.timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def _on_timer_timeout(self) -> None:
        if self._hold is not None and self._hold():
            self._timer.start(min(HOLD_RETRY_MS, self.timeout_ms))
            return
        log.info("no activity for %d s: logging out", self.timeout_ms // 1000)
        self.stop()
        self.expired.emit()
