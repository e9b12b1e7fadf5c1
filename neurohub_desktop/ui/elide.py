"""A one-line label that never widens its window: a long text is elided to the width it gets,
and the whole text is its tooltip (issue 17 item 1: a 43-character process name grew the
station window from 1366 to 1465 px, and it never shrank back)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: the narrowest an elided label asks for (room for a couple of characters and the ellipsis)
MIN_WIDTH = 48


class ElidedLabel(QLabel):
    """``text()`` is the whole text; what is shown (``shown_text()``) is elided to fit, each
    line on its own."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""  # a tooltip of its own, shown while nothing is elided
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        # as wide as the whole text when there is room, down to MIN_WIDTH when there is not
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802  (Qt's name)
        self._full = text or ""
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        return self._full

    def setToolTip(self, tip: str) -> None:  # noqa: N802
        self._tip = tip or ""
        self._elide()

    def shown_text(self) -> str:
        return QLabel.text(self)

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(line) for line in self._full.split("\n"))
        return QSize(widest + m.left() + m.right() + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(MIN_WIDTH, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        width, fm = self.contentsRect().width(), self.fontMetrics()
        shown = self._full
        if width > 0:
            shown = "\n".join(
                fm.elidedText(line, self._mode, width)
                if fm.horizontalAdvance(line) > width
                else line
                for line in self._full.split("\n")
            )
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)
        QLabel.setToolTip(self, self._full if shown != self._full else self._tip)
