"""The screens' tests: garbage is collected after each test, at a moment when no worker
thread runs.

Left to itself, Python's cyclic collector runs whenever allocations cross its threshold — in
the middle of a later test, inside ``qtbot.waitUntil``'s event loop, while that test's
background worker runs a service call.  Collecting an earlier test's closed pages, runners
and thread pools there once crashed the interpreter (a segmentation fault in the collector,
CI 2026-12-03, tests/ui/test_admin_users.py); collected here, they go while nothing else
runs.  The autouse fixture is set up before ``qtbot``, so its teardown runs after
``qtbot`` has closed the test's widgets.  What the imports made is frozen first (never
garbage), so a collection takes a few hundredths of a second, not a tenth.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

gc.freeze()  # what the imports made lives for the session: later collections skip it


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    app = QApplication.instance()
    if app is not None:
        app.processEvents()  # the deleteLater()s of the test's own teardown
    gc.collect()
