"""flash(), beep() and MessageBanner, styled by the real application stylesheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from neurohub_desktop import resources
from neurohub_desktop.ui.feedback import FLASH_PROPERTY, MessageBanner, beep, flash, repolish


@pytest.fixture
def styled(qtbot):
    """A container carrying the application stylesheet (not set on the shared QApplication)."""
    container = QWidget()
    container.setStyleSheet(resources.stylesheet())
    container.resize(400, 200)
    qtbot.addWidget(container)
    return container


def center_colour(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_flash_sets_the_property_and_resets_it(qtbot, styled):
    edit = QLineEdit(styled)
    styled.show()
    qtbot.waitExposed(styled)
    normal = center_colour(edit)

    flash(edit, ok=True, duration_ms=50)
    assert edit.property(FLASH_PROPERTY) == "pass"
    flashed = center_colour(edit)
    assert flashed != normal and flashed.green() > flashed.red()
    qtbot.waitUntil(lambda: edit.property(FLASH_PROPERTY) == "", timeout=2000)
    assert center_colour(edit) == normal

    flash(edit, ok=False, duration_ms=50)
    assert edit.property(FLASH_PROPERTY) == "fail"
    flashed = center_colour(edit)
    assert flashed.red() > flashed.green()
    qtbot.waitUntil(lambda: edit.property(FLASH_PROPERTY) == "", timeout=2000)


def test_new_flash_restarts_instead_of_stacking(qtbot, styled):
    edit = QLineEdit(styled)
    flash(edit, ok=True, duration_ms=60_000)
    flash(edit, ok=False, duration_ms=30)
    assert edit.property(FLASH_PROPERTY) == "fail"
    qtbot.waitUntil(lambda: edit.property(FLASH_PROPERTY) == "", timeout=2000)
    assert len(edit.findChildren(QTimer, "nhFlashTimer")) == 1


def test_flash_timer_dies_with_the_widget(qtbot, styled):
    edit = QLineEdit(styled)
    flash(edit, ok=True, duration_ms=30)
    with qtbot.waitSignal(edit.destroyed, timeout=1000):
        edit.deleteLater()
    qtbot.wait(60)  # the reset would have fired by now; it must not touch a dead widget


def test_beep_does_not_fail(qtbot):
    beep()


def test_banner_levels_and_clear(qtbot, styled):
    banner = MessageBanner(styled)
    styled.show()
    qtbot.waitExposed(styled)
    assert banner.isHidden() and banner.level == "info"

    banner.show_message("LOT <WF261128D01> closed", "success")
    assert banner.isVisible() and banner.text() == "LOT <WF261128D01> closed"
    assert banner.level == "success" and banner.property("level") == "success"
    ok_colour = center_colour(banner)

    banner.show_message("데이터베이스에 연결할 수 없습니다", "error")
    assert banner.level == "error"
    error_colour = center_colour(banner)
    assert error_colour != ok_colour and error_colour.red() > error_colour.blue()

    banner.clear()
    assert banner.isHidden() and banner.text() == "" and banner.level == "info"


def test_banner_refuses_unknown_level(qtbot):
    banner = MessageBanner()
    qtbot.addWidget(banner)
    with pytest.raises(ValueError):
        banner.show_message("x", "fatal")  # type: ignore[arg-type]


def test_banner_clears_itself_after_timeout(qtbot):
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show_message("Printed", "info", timeout_ms=30)
    assert banner.text() == "Printed"
    qtbot.waitUntil(lambda: banner.text() == "", timeout=2000)
    assert banner.isHidden()


def test_verdict_and_stepper_properties_are_styled(qtbot, styled):
    label = QLabel("PASS", styled)
    label.resize(200, 80)
    styled.show()
    qtbot.waitExposed(styled)
    plain = center_colour(label)
    colours = {}
    for name, value in [("verdict", "pass"), ("verdict", "fail"), ("state", "rework")]:
        label.setProperty("verdict", None)
        label.setProperty("state", None)
        label.setProperty(name, value)
        repolish(label)
        colours[value] = center_colour(label)
    assert colours["pass"] != plain and colours["pass"].green() > colours["pass"].red()
    assert colours["fail"].red() > colours["fail"].green()
    assert colours["rework"].red() > colours["rework"].blue()
