"""ui.live.LiveBridge on its own: throttled batches, overflow → resync, local echoes dropped."""

from __future__ import annotations

import threading
import time
from typing import Any

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.ui.context import AppEvents
from neurohub_desktop.ui.live import LiveBridge


class FakeListener:
    """Stands in for services.live.ChangeListener: the test calls ``callback`` itself."""

    def __init__(self) -> None:
        self.callback: Any = None
        self.on_status: Any = None

    def start(self) -> None: ...

    def stop(self) -> None: ...


def make(qtbot: Any, **kw: Any) -> tuple[LiveBridge, FakeListener, list[ChangeEvent]]:
    events = AppEvents()
    heard: list[ChangeEvent] = []
    events.data_changed.connect(heard.append)
    listener = FakeListener()
    bridge = LiveBridge(listener, events, **kw)
    return bridge, listener, heard


def from_thread(fn: Any, *args: Any) -> None:
    t = threading.Thread(target=fn, args=args)
    t.start()
    t.join()


RECORDED = ChangeEvent("step_recorded", 7, "WIP-WF251104N01-004", "PROC-003")


def test_a_local_write_is_heard_once_whichever_copy_comes_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge, listener, heard = make(qtbot, min_interval_ms=50)
    bridge.announce(RECORDED)  # the answer first, then the NOTIFY echo
    from_thread(listener.callback, ChangeEvent(*RECORDED.key, sender_pid=42))
    qtbot.wait(200)
    assert heard == [RECORDED]
    heard.clear()
    other = ChangeEvent("step_recorded", 7, "WIP-WF251104N01-005", "PROC-003")
    from_thread(listener.callback, ChangeEvent(*other.key, sender_pid=42))  # echo first
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=1000)
    bridge.announce(other)
    qtbot.wait(100)
    assert [e.key for e in heard] == [other.key]
    # another station's change is delivered
    third = ChangeEvent("lot_status", 9, "WF251104N01")
    from_thread(listener.callback, third)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=1000)


def test_a_burst_is_one_batch_and_too_much_is_one_resync(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge, listener, heard = make(qtbot, min_interval_ms=200, max_batch=50)

    def burst(n: int) -> None:
        for i in range(n):
            listener.callback(ChangeEvent("step_recorded", 1, f"WIP-X-{i:03d}", "PROC-002"))

    from_thread(burst, 10)
    qtbot.waitUntil(lambda: len(heard) == 10, timeout=1000)
    assert bridge.delivered == 1
    heard.clear()
    from_thread(burst, 5000)
    qtbot.waitUntil(lambda: bool(heard), timeout=1000)
    qtbot.wait(300)
    assert [e.kind for e in heard] == [RESYNC] and bridge.delivered == 2


def test_a_steady_stream_is_delivered_at_most_once_per_interval(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge, listener, heard = make(qtbot, min_interval_ms=500)
    stop = threading.Event()

    def stream() -> None:
        i = 0
        while not stop.is_set():
            listener.callback(ChangeEvent("step_started", 1, f"WIP-S-{i % 20}", "PROC-002"))
            i += 1
            time.sleep(0.001)

    t = threading.Thread(target=stream)
    t0 = time.monotonic()
    t.start()
    try:
        qtbot.wait(2_200)
    finally:
        stop.set()
        t.join()
    qtbot.wait(700)
    seconds = time.monotonic() - t0
    assert 3 <= bridge.delivered <= int(seconds / 0.5) + 1, (bridge.delivered, seconds)
    assert len(heard) <= 20 * bridge.delivered  # distinct events per batch only
