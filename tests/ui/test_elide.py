"""ElidedLabel: a long text elides to the label's width, never widens it, and is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from neurohub_desktop.ui.elide import MIN_WIDTH, ElidedLabel


def test_a_long_text_elides_and_is_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel("WIP-WF261128D01-" + "7" * 40, mode=Qt.TextElideMode.ElideMiddle)
    label.setToolTip("own tip")
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    assert label.text() == "WIP-WF261128D01-" + "7" * 40  # the whole text for the code
    shown = label.shown_text()
    assert "…" in shown and shown.startswith("WIP") and shown.endswith("7")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == label.text()
    assert label.minimumSizeHint().width() <= MIN_WIDTH
    label.setText("short")
    assert label.shown_text() == "short" and label.toolTip() == "own tip"


def test_each_line_elides_on_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel("▶ 003\n" + "아주 긴 공정 이름 " * 6)
    qtbot.addWidget(label)
    label.resize(100, 60)
    label.show()
    first, second = label.shown_text().split("\n")
    assert first == "▶ 003" and second.endswith("…")
