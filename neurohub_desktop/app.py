"""Composition root: Settings → database → services → windows.  The only module that sees every layer."""
from __future__ import annotations

import sys

from neurohub_desktop.config import Settings


def run_gui(settings: Settings) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from neurohub_desktop.cli import resolve_database
    from neurohub_desktop.db import migrate

    app = QApplication.instance() or QApplication(sys.argv)
    url = resolve_database(settings)
    if settings.uses_embedded:
        migrate.upgrade(url, "head")
    window = QMainWindow()
    window.setWindowTitle("NeuroHub Desktop")
    window.setCentralWidget(QLabel(f"NeuroHub Desktop — {', '.join(migrate.current_revisions(url))}"))
    window.resize(1366, 768)
    window.show()
    return int(app.exec())
