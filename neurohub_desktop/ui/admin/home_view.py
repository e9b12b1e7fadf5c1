"""The admin's checklist page's widgets, laid out and nothing else (architecture lesson 5): a
title, a summary, and one card per item (its state, what is there or missing, a button that
opens its screen) in a scroll area, so nothing clips at 1366×768 in either language.
``HomePage`` owns the behaviour."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.ui.admin.users_view import named
from neurohub_desktop.ui.feedback import MessageBanner

LINK_WIDTH = 220  # the buttons line up (each is wider when its text needs it)


def _text(parent: QWidget, name: str) -> QLabel:
    label = named(QLabel(parent), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class CheckItemView(QFrame):
    """One item: ``state_label`` (done / missing), its title and explanation, ``link_button``."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkItem")
        self.key = key
        self.state_label = named(QLabel(self), "checkState")
        self.state_label.setMinimumWidth(130)
        self.title_label = _text(self, "checkTitle")
        self.detail_label = _text(self, "checkDetail")
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_button = named(QPushButton(self), "checkLink")
        self.link_button.setMinimumWidth(LINK_WIDTH)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 7, 14, 7)
        row.setSpacing(16)
        row.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        row.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignVCenter)


class HomeView(QWidget):
    """Every control of the page, public, with an objectName for tests and the stylesheet;
    ``items`` holds one ``CheckItemView`` per key, in the order given."""

    def __init__(self, keys: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = named(QLabel(self), "checklistTitle")
        self.title_label.setText(self.tr("First-run checklist"))
        self.intro_label = _text(self, "checklistIntro")
        self.intro_label.setText(
            self.tr(
                "What the line still needs before its first LOT; each button opens the screen "
                "that sets it up."
            )
        )
        self.summary_label = named(QLabel(self), "checklistSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = named(QPushButton(self.tr("Refresh"), self), "refreshButton")
        self.refresh_button.setToolTip(self.tr("Check again (F5)"))
        self.banner = MessageBanner(self)
        body = named(QWidget(), "checklistBody")
        self.items: dict[str, CheckItemView] = {}
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for key in keys:
            self.items[key] = CheckItemView(key, body)
            column.addWidget(self.items[key])
        column.addStretch(1)
        self.scroll_area = named(QScrollArea(self), "checklistScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)

        titles = QHBoxLayout()
        titles.setSpacing(24)
        titles.addWidget(self.title_label, 0)
        titles.addWidget(self.summary_label, 1)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addLayout(titles)
        heading.addWidget(self.intro_label)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
