"""Barcode-scanner input: an application-wide burst detector and a visible scan field.

A USB scanner in keyboard mode "types" a barcode a few milliseconds per character and ends
it with Enter; people type ten times slower.  :class:`ScanCapture` is installed as an event
filter on the ``QApplication`` and tells the two apart by timing alone.

Design — hold briefly, then either claim or replay:

* Only key presses addressed to the focus widget (or to a window when nothing has focus)
  are looked at; the same event bubbling up to parents, ``ShortcutOverride`` and events on
  ``QWindow`` objects are left alone, so each keystroke is judged once.
* A printable key (Shift allowed; no Ctrl/Alt/Meta; not auto-repeat) is *held*: a copy is
  kept and the original swallowed.  Further printable keys arriving within ``max_gap_ms`` of
  the previous one are held too; so are key releases while anything is held, to keep the
  press/release order.
* Enter/Return within ``max_gap_ms`` of a held burst of at least ``min_length`` characters
  makes it a scan: the held keys are dropped, the Enter is swallowed and ``scanned(text)``
  is emitted.  The focused widget never saw a character of it.
* Anything else ends the hold by *replaying* the held keys, in order, to the widget they
  were addressed to: a slow key (gap too long; the new key then starts a new hold), a short
  burst followed by Enter (replayed, then the Enter goes through), a non-printable key, or
  the hold timer (``hold_ms``, a little longer than ``max_gap_ms``) expiring because no key
  followed.  Typing therefore reaches its widget unchanged, at most ``hold_ms`` later.

Why not "let the first key through and later delete the burst from a QLineEdit": that only
works for line edits, and the widget would already have reacted (``textEdited``, completer,
a table's keyboard search, a focused button's Space).  Holding works for every widget.

Decisions use the injected ``clock`` (milliseconds), so tests can feed key events with
synthetic timings; the hold timer is only a latency bound and real time drives it.
Widgets with the dynamic property ``scanPassthrough`` set (e.g. :class:`ScanField`, which
handles scans itself) are not filtered.  Limitation: a scanner typing into an active Korean
IME arrives as input-method events, not key presses, and is not recognised — configure
scanners for a fixed (ASCII) keyboard layout.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from neurohub_desktop.ui.background import install_emit_refcount_fix

install_emit_refcount_fix()  # this module emits from Python; see background.py

SCAN_PASSTHROUGH = "scanPassthrough"
"""Dynamic property: a widget that has it set truthy receives scanner bursts unfiltered."""

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_MAX_HELD = 256  # key events kept for replay; a burst beyond this is no typing: see below
_MAX_CHARS = 4096  # characters of an over-long burst kept (it is refused whole, never used)


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScanCapture(QObject):
    """Application-wide event filter that turns fast key bursts ending in Enter into scans."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: float = 30,
        min_length: int = 4,
        hold_ms: int | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        if max_gap_ms <= 0 or min_length < 1:
            raise ValueError("max_gap_ms must be > 0 and min_length >= 1")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._clock = clock or _monotonic_ms
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._chars: list[str] = []
        self._overlong = False  # the burst held is longer than _MAX_HELD: never replayed
        self._last_ms = 0.0
        self._replaying = False
        self._enabled = True
        self._swallow_release: int | None = None
        self._app: QCoreApplication | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(
            hold_ms if hold_ms is not None else int(max(max_gap_ms + 15, max_gap_ms * 1.5))
        )
        self._timer.timeout.connect(self.flush)

    # -- installation -----------------------------------------------------------------------
    def install(self, app: QCoreApplication) -> None:
        """Start filtering every key event of ``app``."""
        self.uninstall()
        app.installEventFilter(self)
        self._app = app

    def uninstall(self) -> None:
        if self._app is not None:
            self.flush()
            self._app.removeEventFilter(self)
            self._app = None

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Disabled, every key passes through untouched (held keys are replayed first)."""
        if not enabled:
            self.flush()
        self._enabled = enabled

    def pending_text(self) -> str:
        """The characters currently held (not yet claimed as a scan nor replayed)."""
        return "".join(self._chars)

    # -- the filter -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        etype = event.type()
        if etype != QEvent.Type.KeyPress and etype != QEvent.Type.KeyRelease:
            return False
        if self._replaying or not self._enabled or not self._is_key_target(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if etype == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        return self._on_press(watched, event)

    def _is_key_target(self, watched: QObject) -> bool:
        if not watched.isWidgetType():
            return False
        assert isinstance(watched, QWidget)
        if watched.property(SCAN_PASSTHROUGH):
            return False
        focus = QApplication.focusWidget()
        return watched is focus if focus is not None else watched.isWindow()

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift between a scanner's capitals must not break the burst
        now = self._clock()
        in_time = bool(self._chars) and now - self._last_ms <= self.max_gap_ms
        if key in _ENTER_KEYS:
            if in_time and not event.isAutoRepeat() and len(self._chars) >= self.min_length:
                text = "".join(self._chars)
                self._discard()
                self._swallow_release = key
                self.scanned.emit(text)
                return True
            self.flush()
            return False
        char = _scan_char(event)
        if char is None:
            self.flush()
            return False
        if self._chars and not in_time:
            self.flush()
        if len(self._chars) >= _MAX_HELD:
            # longer than any typing at scanner speed: an over-long scan.  Nothing of it is
            # replayed or kept for replay; it is handed over whole, to be refused whole.
            self._overlong = True
            self._held = []
        else:
            self._held.append((watched, QKeyEvent(event)))
        if len(self._chars) < _MAX_CHARS:
            self._chars.append(char)
        self._last_ms = now
        self._timer.start()
        return True

    def _on_release(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._swallow_release is not None and key == self._swallow_release:
            self._swallow_release = None
            return True
        if (self._held or self._overlong) and key not in _MODIFIER_KEYS:
            if not self._overlong:
                self._held.append((watched, QKeyEvent(event)))
            return True
        return False

    # -- ending a hold ----------------------------------------------------------------------
    def flush(self) -> None:
        """Give the held keys, in order, to the widgets they were addressed to (an over-long
        burst is not typing: it goes out as one scan, which the station refuses as too long,
        instead of being half-typed into the focused widget)."""
        held = self._held
        if self._overlong:
            text = "".join(self._chars)
            self._discard()
            self.scanned.emit(text)
            return
        self._discard()
        if not held:
            return
        self._replaying = True
        try:
            for target, event in held:
                if shiboken6.isValid(target):
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False

    def _discard(self) -> None:
        self._held = []
        self._chars = []
        self._overlong = False
        self._timer.stop()


def _scan_char(event: QKeyEvent) -> str | None:
    """The character a key press would type, if it could be part of a barcode."""
    if event.isAutoRepeat() or event.modifiers() & _COMMAND_MODIFIERS:
        return None
    text = event.text()
    if len(text) != 1 or not text.isprintable():
        return None
    return text


class ScanField(QLineEdit):
    """A large, always-visible scan entry: Return emits the stripped text and clears it."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setProperty(SCAN_PASSTHROUGH, True)
        self.setMaxLength(128)
        font = self.font()
        font.setPixelSize(24)
        self.setFont(font)
        self.returnPressed.connect(self._on_return_pressed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Scan a barcode"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_return_pressed(self) -> None:
        text = self.text().strip()
        self.clear()
        if text:
            self.scanned.emit(text)
