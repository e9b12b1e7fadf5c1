"""Change events for the GUI: what this PC wrote and what other stations committed, as one type.

The composition root (``ui.launcher``) builds one :class:`LiveBridge` per login and starts it
for every role, so a station PC hears the other stations whether or not anyone opens a
supervisor page.  Every page that shows data connects to ``AppEvents.data_changed``, which
carries a ``services.live.ChangeEvent`` (a frozen dataclass):

* after a local write the page that wrote calls :meth:`LiveBridge.announce` — delivered at
  once; the NOTIFY echo of that same write is dropped, so a record refreshes its page once,
  not twice (the echo may even arrive first — the server notifies at commit, before the answer
  reaches the GUI thread — and the announcement is then the one dropped);
* NOTIFYs from other connections (validated by ``services.live.parse_payload``: unknown or
  malformed payloads never get here) are collected on the listener thread and delivered on
  the GUI thread at most once per ``min_interval_ms`` as one batch of distinct events; more
  than ``max_batch`` distinct events in a batch become one ``resync``.  A flood of forged
  NOTIFYs (any database role may send them) therefore costs each page at most one refresh
  per interval, and never a queue of signals that would delay a scan.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.ui.context import AppEvents

log = logging.getLogger(__name__)

MIN_INTERVAL_MS = 1000
MAX_BATCH = 50
#: a local write's NOTIFY echo arrives within milliseconds; later ones are real changes
ECHO_WINDOW_S = 5.0


class LiveBridge(QObject):
    """``listener`` is a ``services.live.ChangeListener`` (its callbacks run on its thread),
    or None when no listener is configured: local announcements still work."""

    status_changed = Signal(str)
    _wake = Signal()  # emitted on the listener thread, delivered queued: at most one pending

    def __init__(
        self,
        listener: Any,
        events: AppEvents,
        *,
        min_interval_ms: int = MIN_INTERVAL_MS,
        max_batch: int = MAX_BATCH,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listener = listener
        self.events = events
        self.max_batch = max_batch
        self._lock = threading.Lock()
        self._inbox: dict[tuple[Any, ...], ChangeEvent] = {}
        self._overflow = False
        self._woken = False
        self._echoes: deque[tuple[float, tuple[Any, ...]]] = deque()  # announced, not heard
        self._heard: deque[tuple[float, tuple[Any, ...]]] = deque()  # delivered from others
        self._last_flush = -1e9
        self._timer = QTimer(self, singleShot=True, interval=min_interval_ms)
        self._timer.timeout.connect(self._flush)
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)
        self.delivered = 0  # batches delivered (for tests and the log)
        if listener is not None:
            listener.callback = self._on_listener_event
            listener.on_status = self.status_changed.emit

    def start(self) -> None:
        if self.listener is not None:
            self.listener.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener.callback = None
            self.listener.on_status = None

    # -- local writes (GUI thread) ----------------------------------------------------------
    def announce(self, event: ChangeEvent) -> None:
        """This PC changed something: tell every page now; its NOTIFY echo is dropped (or,
        when the echo was delivered already, this announcement is)."""
        if _take(self._heard, event.key):
            return
        self._echoes.append((time.monotonic(), event.key))
        self.events.data_changed.emit(event)

    # -- listener thread --------------------------------------------------------------------
    def _on_listener_event(self, event: ChangeEvent) -> None:
        with self._lock:
            if len(self._inbox) >= self.max_batch and event.key not in self._inbox:
                self._overflow = True  # too much at once: one resync instead
            else:
                self._inbox[event.key] = event
            if self._woken:
                return
            self._woken = True
        self._wake.emit()

    # -- GUI thread -------------------------------------------------------------------------
    def _on_wake(self) -> None:
        if self._timer.isActive():
            return
        wait_ms = self._timer.interval() - (time.monotonic() - self._last_flush) * 1000
        if wait_ms <= 0:
            self._flush()
        else:
            self._timer.start(int(wait_ms) + 1)

    def _flush(self) -> None:
        with self._lock:
            batch, self._inbox = list(self._inbox.values()), {}
            overflow, self._overflow = self._overflow, False
            self._woken = False
        self._last_flush = time.monotonic()
        if overflow:
            log.info("live: more than %d changes at once; pages reload", self.max_batch)
            batch = [ChangeEvent(RESYNC)]
        else:
            batch = [e for e in batch if not _take(self._echoes, e.key)]
        if not batch:
            return
        self.delivered += 1
        now = time.monotonic()
        for event in batch:
            self._heard.append((now, event.key))
            self.events.data_changed.emit(event)
        while len(self._heard) > 4 * self.max_batch:
            self._heard.popleft()


def _take(recent: deque[tuple[float, tuple[Any, ...]]], key: tuple[Any, ...]) -> bool:
    """Remove one entry for ``key`` from ``recent`` (entries older than ECHO_WINDOW_S are
    dropped first); whether there was one.  One local write has one echo."""
    now = time.monotonic()
    while recent and now - recent[0][0] > ECHO_WINDOW_S:
        recent.popleft()
    for i, (_t, seen) in enumerate(recent):
        if seen == key:
            del recent[i]
            return True
    return False
