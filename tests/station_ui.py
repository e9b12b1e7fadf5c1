"""Helpers for driving the station screens like an operator (pytest-qt)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.config import Settings
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.station import StationService
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.station.form import BoolChoice

TIMEOUT_MS = 15_000


def make_ctx(
    sm: sessionmaker[Session],
    process_id: str,
    user: Any,
    *,
    station: str | None = None,
    printer: Any = None,
    locale: str = "ko",
) -> AppContext:
    name = station or f"ST-{process_id[-1]}"
    settings = Settings(station=name, process_id=process_id, locale=locale)
    services = Services(
        station=StationService(sm, station=name, process_id=process_id, printer=printer),
        lots=LotsService(sm, station=name, printer=printer),
    )
    return AppContext(settings, BackgroundRunner(), services, AppEvents(), user, locale)


def settle(qtbot: Any, ctx: AppContext) -> None:
    """Wait until every queued service call has run and its callbacks have been delivered."""
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=TIMEOUT_MS)


def scan(qtbot: Any, page: Any, text: str) -> None:
    """Type into the visible scan field and press Return, then wait for the answer."""
    page.scan_field.setFocus()
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    settle(qtbot, page.ctx)


def fill(qtbot: Any, form: QWidget, values: dict[str, object]) -> None:
    """Type / tick each measurement of the form like an operator."""
    for code, value in values.items():
        w = form.findChild(QWidget, f"m_{code}")
        assert w is not None, code
        if isinstance(w, BoolChoice):
            qtbot.mouseClick(w.ok_button if value else w.ng_button, Qt.MouseButton.LeftButton)
            assert w.value() is bool(value), code
        else:
            assert isinstance(w, QLineEdit)
            w.clear()
            qtbot.keyClicks(w, str(value))
            # the app-wide scan capture holds fast key bursts briefly before replaying them
            qtbot.waitUntil(lambda w=w, v=str(value): w.text() == v, timeout=TIMEOUT_MS)


def click(qtbot: Any, page: Any, button: QWidget) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ctx)
