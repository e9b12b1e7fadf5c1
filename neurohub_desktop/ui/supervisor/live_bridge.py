"""Runs ``services.live.ChangeListener`` for the GUI: each NOTIFY becomes a queued
``AppEvents.data_changed`` on the GUI thread (screens then refresh only what changed)."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from neurohub_desktop.ui.context import AppContext, AppEvents

log = logging.getLogger(__name__)
EXTRA_KEY = "live_bridge"


class LiveBridge(QObject):
    """``listener`` is a ``ChangeListener`` (its callbacks run on the listener thread)."""

    changed = Signal(dict)  # emitted from the listener thread, delivered queued
    status_changed = Signal(str)

    def __init__(self, listener: Any, events: AppEvents | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener
        listener.callback = self._on_listener_event
        listener.on_status = self._on_listener_status
        if events is not None:
            self.changed.connect(events.data_changed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    # listener thread ------------------------------------------------------------------------
    def _on_listener_event(self, event: Any) -> None:
        payload = event.as_dict()
        payload["remote"] = True
        self.changed.emit(payload)

    def _on_listener_status(self, status: str) -> None:
        self.status_changed.emit(status)


def ensure_live(ctx: AppContext) -> LiveBridge | None:
    """Start the bridge once per application (kept in ``ctx.services.extra``); None when no
    listener was configured (``ctx.services.live`` is None)."""
    bridge = ctx.services.extra.get(EXTRA_KEY)
    if bridge is None and ctx.services.live is not None:
        bridge = LiveBridge(ctx.services.live, ctx.events, parent=ctx.events)
        ctx.services.extra[EXTRA_KEY] = bridge
        bridge.start()
    return bridge
