"""Operator feedback: a brief green/red flash, a beep, and a calm inline message banner.

All looks live in the application stylesheet (``resources/style/app.qss``); this module only
sets the dynamic properties the stylesheet selects on (``flash``, ``level``) and repolishes.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Property, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

FLASH_PROPERTY = "flash"  # "pass" | "fail" while flashing, "" otherwise
FLASH_MS = 600
_FLASH_TIMER = "nhFlashTimer"

MessageLevel = Literal["info", "success", "warning", "error"]
LEVELS: tuple[str, ...] = ("info", "success", "warning", "error")


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property the stylesheet selects on changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.updateGeometry()  # the selected rule may change its size (a border, a font)
    widget.update()


def flash(widget: QWidget, ok: bool, duration_ms: int = FLASH_MS) -> None:
    """Flash ``widget`` green (``ok``) or red for ``duration_ms``; a new flash restarts it."""
    timer = widget.findChild(QTimer, _FLASH_TIMER, Qt.FindChildOption.FindDirectChildrenOnly)
    if timer is None:
        timer = _FlashTimer(widget)
    _set_flash(widget, "pass" if ok else "fail")
    timer.start(max(0, duration_ms))


def _set_flash(widget: QWidget, value: str) -> None:
    if widget.property(FLASH_PROPERTY) != value:
        widget.setProperty(FLASH_PROPERTY, value)
        repolish(widget)


class _FlashTimer(QTimer):
    """A child of the flashed widget: dies with it, and holds no Python reference to it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName(_FLASH_TIMER)
        self.setSingleShot(True)
        self.timeout.connect(self._on_timeout)

    def _on_timeout(self) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            _set_flash(widget, "")


def beep() -> None:
    """The platform's alert sound (a scan the station refuses)."""
    QApplication.beep()


class MessageBanner(QLabel):
    """A calm inline message under the scan field; hidden while empty.

    The stylesheet colours it by the ``level`` property (info, success, warning, error).
    Text is shown as plain text: messages may quote scanned input.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._level = "info"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def _get_level(self) -> str:
        return self._level

    def _set_level(self, level: str) -> None:
        if level not in LEVELS:
            raise ValueError(f"unknown message level {level!r}; expected one of {LEVELS}")
        if level != self._level:
            self._level = level
            repolish(self)

    level = Property(str, _get_level, _set_level)

    def show_message(self, text: str, level: MessageLevel = "info", timeout_ms: int = 0) -> None:
        """Show ``text``; with ``timeout_ms`` > 0 it clears itself after that long."""
        self._set_level(level)
        self.setText(text)
        self.setAccessibleDescription(level)
        self.setVisible(bool(text))
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def clear(self) -> None:
        """Remove the message and hide the banner."""
        self._timer.stop()
        super().clear()
        self._set_level("info")
        self.hide()
