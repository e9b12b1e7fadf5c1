"""ScanCapture tells scanner bursts from typing by (synthetic) timing; ScanField emits on Return."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from neurohub_desktop.ui.scanner import ScanCapture, ScanField


class FakeClock:
    """Milliseconds, advanced by the test: every keystroke's timing is chosen, not measured."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def capture(qtbot, qapp, clock):
    # hold_ms is long so that only key timings decide in the burst tests; tests that need
    # the hold to expire call flush() or wait for the timer explicitly.
    capture = ScanCapture(max_gap_ms=30, min_length=4, clock=clock, hold_ms=60_000)
    capture.install(qapp)
    yield capture
    capture.uninstall()


@pytest.fixture
def form(qtbot):
    """A window with two line edits; the first has focus."""
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    return window, first, second


def type_keys(qtbot, widget, clock: FakeClock, text: str, gap_ms: float) -> None:
    for ch in text:
        clock.now += gap_ms
        qtbot.keyClick(widget, ch)


def press_enter(qtbot, widget, clock: FakeClock, gap_ms: float) -> None:
    clock.now += gap_ms
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_fast_burst_with_enter_is_a_scan_and_never_reaches_the_widget(qtbot, capture, form, clock):
    _, edit, _ = form
    edited: list[str] = []
    returns: list[bool] = []
    edit.textEdited.connect(edited.append)
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.waitSignal(capture.scanned, timeout=1000) as blocker:
        type_keys(qtbot, edit, clock, "WIP-WF261128D01-007", gap_ms=4)
        press_enter(qtbot, edit, clock, gap_ms=4)
    assert blocker.args == ["WIP-WF261128D01-007"]
    assert edit.text() == "" and edited == [] and returns == []
    assert capture.pending_text() == ""


def test_scanner_shift_presses_between_capitals_do_not_break_the_burst(qtbot, capture, form, clock):
    """Raw key events as a scanner sends them: Shift down/up around each capital."""
    _, edit, _ = form
    shift = Qt.KeyboardModifier.ShiftModifier
    none = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, key: int, mods: Qt.KeyboardModifier, text: str = "") -> None:
        QApplication.sendEvent(edit, QKeyEvent(kind, key, mods, text))

    with qtbot.waitSignal(capture.scanned, timeout=1000) as blocker:
        for ch in "Wf-7":
            clock.now += 2
            if ch.isupper():
                send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift)
            send(QEvent.Type.KeyPress, ord(ch.upper()), shift if ch.isupper() else none, ch)
            send(QEvent.Type.KeyRelease, ord(ch.upper()), shift if ch.isupper() else none, ch)
            if ch.isupper():
                send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, none)
        clock.now += 2
        send(QEvent.Type.KeyPress, Qt.Key.Key_Return, none, "\r")
        send(QEvent.Type.KeyRelease, Qt.Key.Key_Return, none, "\r")
    assert blocker.args == ["Wf-7"]
    assert edit.text() == ""


def test_scan_in_the_middle_of_typing_keeps_the_typed_text(qtbot, capture, form, clock):
    _, edit, _ = form
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    type_keys(qtbot, edit, clock, "ab", gap_ms=250)
    type_keys(qtbot, edit, clock, "WF261128D01", gap_ms=250)  # the slow first key…
    clock.now += 250
    type_keys(qtbot, edit, clock, "SN0001", gap_ms=3)  # …then a scanner burst
    press_enter(qtbot, edit, clock, gap_ms=3)
    assert scans == ["SN0001"]
    assert edit.text() == "abWF261128D01"


def test_slow_typing_passes_through_to_the_focused_widget(qtbot, capture, form, clock):
    _, edit, other = form
    scans: list[str] = []
    returns: list[str] = []
    capture.scanned.connect(scans.append)
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    type_keys(qtbot, edit, clock, "Hello 123", gap_ms=180)
    press_enter(qtbot, edit, clock, gap_ms=180)
    assert returns == ["Hello 123"]  # held keys were replayed before the Enter arrived
    assert edit.text() == "Hello 123" and other.text() == "" and scans == []


def test_last_typed_key_is_released_when_the_hold_timer_expires(qtbot, qapp, form, clock):
    _, edit, _ = form
    capture = ScanCapture(clock=clock)  # default, real hold timer (a few tens of ms)
    capture.install(qapp)
    try:
        type_keys(qtbot, edit, clock, "ok", gap_ms=200)
        assert capture.pending_text() == "k"
        qtbot.waitUntil(lambda: edit.text() == "ok", timeout=2000)
        assert capture.pending_text() == ""
    finally:
        capture.uninstall()


def test_fast_burst_without_enter_is_not_a_scan(qtbot, capture, form, clock):
    _, edit, _ = form
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    type_keys(qtbot, edit, clock, "ABCDEFG", gap_ms=3)
    assert edit.text() == ""  # still held: it might yet be a scan
    clock.now += 500
    qtbot.keyClick(edit, "x")  # a slow key ends the burst: the held keys go through first
    capture.flush()
    assert edit.text() == "ABCDEFGx" and scans == []


def test_burst_ended_by_a_late_enter_is_not_a_scan(qtbot, capture, form, clock):
    _, edit, _ = form
    scans: list[str] = []
    returns: list[str] = []
    capture.scanned.connect(scans.append)
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    type_keys(qtbot, edit, clock, "ABCDEFG", gap_ms=3)
    press_enter(qtbot, edit, clock, gap_ms=400)
    assert scans == [] and returns == ["ABCDEFG"]


def test_short_burst_is_not_a_scan(qtbot, capture, form, clock):
    _, edit, _ = form
    scans: list[str] = []
    returns: list[str] = []
    capture.scanned.connect(scans.append)
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    type_keys(qtbot, edit, clock, "abc", gap_ms=3)
    press_enter(qtbot, edit, clock, gap_ms=3)
    assert scans == [] and returns == ["abc"] and edit.text() == "abc"


def test_non_printable_key_releases_the_hold(qtbot, capture, form, clock):
    _, edit, _ = form
    type_keys(qtbot, edit, clock, "abcd", gap_ms=3)
    clock.now += 3
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "abc"


def test_ctrl_shortcuts_are_not_held(qtbot, capture, form, clock):
    _, edit, _ = form
    edit.setText("copy me")
    edit.selectAll()
    clock.now += 3
    qtbot.keyClick(edit, "a", Qt.KeyboardModifier.ControlModifier)
    assert capture.pending_text() == ""


def test_disabled_capture_passes_everything(qtbot, capture, form, clock):
    _, edit, _ = form
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    capture.set_enabled(False)
    type_keys(qtbot, edit, clock, "SN0001", gap_ms=3)
    assert edit.text() == "SN0001"
    press_enter(qtbot, edit, clock, gap_ms=3)
    assert scans == []


def test_scan_field_is_not_filtered_and_emits_its_own_scan(qtbot, capture, clock):
    window = QWidget()
    layout = QVBoxLayout(window)
    field = ScanField()
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    app_scans: list[str] = []
    capture.scanned.connect(app_scans.append)
    with qtbot.waitSignal(field.scanned, timeout=1000) as blocker:
        type_keys(qtbot, field, clock, "WF261128D01-0007", gap_ms=3)
        press_enter(qtbot, field, clock, gap_ms=3)
    assert blocker.args == ["WF261128D01-0007"] and app_scans == []
    assert field.text() == ""


def test_scan_field_return_emits_stripped_text_and_clears(qtbot):
    field = ScanField()
    qtbot.addWidget(field)
    assert field.placeholderText()
    assert field.font().pixelSize() >= 20
    qtbot.keyClicks(field, "  WIP-WF261128D01-007 ")
    with qtbot.waitSignal(field.scanned, timeout=1000) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["WIP-WF261128D01-007"]
    assert field.text() == ""


def test_scan_field_ignores_blank_return(qtbot):
    field = ScanField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "   ")
    with qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert field.text() == ""


def test_invalid_settings_are_refused():
    with pytest.raises(ValueError):
        ScanCapture(max_gap_ms=0)
    with pytest.raises(ValueError):
        ScanCapture(min_length=0)
