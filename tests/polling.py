"""The one polling helper for database tests.

Qt tests wait on signals (qtbot.waitSignal / waitUntil).  A database test sometimes waits on
*another* connection or process (a backend blocked on a lock, a subprocess holding an
advisory lock), where no signal exists: it polls here, bounded by a timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def poll(predicate: Callable[[], Any], timeout: float = 15.0, interval: float = 0.02) -> Any:
    """Return ``predicate()``'s first truthy value; AssertionError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)
