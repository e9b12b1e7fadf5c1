"""Instrumentation for B5: ``python -m bench.app_hook`` runs the app (``neurohub_desktop.cli``)
with ``on_stage`` connected to its launcher's ``stage_changed`` — nothing of it is in the
installed package.

``NEUROHUB_BENCH_EXIT_AT``:
* ``login``     — when the login screen is shown: report and quit;
* ``station``   — log in as ``NEUROHUB_BENCH_LOGIN`` (``user:password``) through the login
  screen's own fields and button, then report and quit once the first page (the station
  screen) is built and every background load it started has finished;
* ``lot_board`` — the same, then open the supervisor LOT board and wait for its rows.

The report is one stdout line: ``NEUROHUB_BENCH <what> <unix time> <peak RSS kB>``.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

POLL_MS = 5
TIMEOUT_S = 120.0


def _report(what: str) -> None:
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"NEUROHUB_BENCH {what} {time.time():.6f} {rss_kb}", flush=True)
    app = QApplication.instance()
    if app is not None:
        app.quit()


def _when_ready(launcher: Any, ready: Any, what: str) -> None:
    """Poll until ``ready()`` holds and the runner has nothing in flight, then report."""
    deadline = time.monotonic() + TIMEOUT_S
    timer = QTimer(launcher)

    def check() -> None:
        if ready() and not launcher.runner.is_busy():
            timer.stop()
            _report(what)
        elif time.monotonic() > deadline:
            timer.stop()
            _report(f"timeout-{what}")

    timer.timeout.connect(check)
    timer.start(POLL_MS)


def on_stage(launcher: Any, stage: str) -> None:
    target = os.environ.get("NEUROHUB_BENCH_EXIT_AT", "")
    if stage in ("failed", "gate"):
        print(f"NEUROHUB_BENCH {stage} {time.time():.6f} 0", flush=True)
        sys.stdout.flush()
        QTimer.singleShot(0, QApplication.instance().quit)
        return
    if stage == "login":
        if target == "login":
            _report("login")
            return
        user, _, password = os.environ.get("NEUROHUB_BENCH_LOGIN", "").partition(":")
        view = launcher.login_view
        view.user_field.setText(user)
        view.password_field.setText(password)
        QTimer.singleShot(0, view.login_button.click)
        return
    if stage != "main":
        return
    window = launcher.main_window
    if target == "lot_board":
        window.show_page("supervisor.lots")
        key = "supervisor.lots"
    else:
        key = window.current_page_key()

    def ready() -> bool:
        page = window.pages.get(key)
        if page is None:
            return False
        if key == "station":
            return getattr(page, "form", None) is not None  # station_info arrived, form built
        return True

    _when_ready(launcher, ready, target)


def main() -> int:
    """The app as ``neurohub-desktop`` starts it, its launcher watched by ``on_stage``."""
    from neurohub_desktop import app as app_module
    from neurohub_desktop.cli import main as cli_main

    build = app_module.build_launcher

    def build_watched(*args: Any, **kwargs: Any) -> Any:
        launcher = build(*args, **kwargs)
        launcher.stage_changed.connect(lambda stage: on_stage(launcher, stage))
        return launcher

    app_module.build_launcher = build_watched  # type: ignore[assignment]
    return cli_main([])


if __name__ == "__main__":
    sys.exit(main())
