"""The reason every admin change asks for (issue 14): one required field per page.

The Users, Firmware and Equipment pages each show one "Reason for the change" field beside
their forms (the Criteria page has its own on the save bar: the same rule).  Every change the
page sends takes the field's text as its ``reason`` — the service sets it as
``neurohub.reason`` and the database keeps it in the audit trail — and a blank field refuses
the action calmly: the field is marked and focused, a message says why, nothing is sent.  After
a change went through the field is cleared, so each change is explained on its own.  Return in
the field sends the change it was just asked for (the keyboard path: Return on a form, the
refusal moves to the reason, type it, Return).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from neurohub_desktop.domain.reasons import MAX_REASON
from neurohub_desktop.ui.feedback import MessageBanner, repolish


class ReasonField(QLineEdit):
    """The page's required reason (at most MAX_REASON characters, one line)."""

    def __init__(self, parent: QWidget | None, name: str = "changeReason") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaxLength(MAX_REASON)
        self.setPlaceholderText(
            self.tr("Reason for the change (required; kept in the audit trail)")
        )
        self.setToolTip(self.tr("Why this change is made: every change on this page needs one."))
        self.textEdited.connect(lambda _t: self._mark(False))
        self.returnPressed.connect(self._on_return)
        self._pending: Callable[[], None] | None = None

    def take(self, banner: MessageBanner, retry: Callable[[], None] | None = None) -> str | None:
        """The reason (white space runs made one space), or None — the field marked and
        focused and ``banner`` saying why — when there is none; ``retry``: what Return in the
        field then sends."""
        why = " ".join(self.text().split())
        self._pending = None
        if not why:
            self._pending = retry
            self._mark(True)
            self.setFocus()
            banner.show_message(
                self.tr("Say why this change is made: the reason is kept in the audit trail."),
                "error",
            )
            return None
        self._mark(False)
        return why

    def done(self) -> None:
        """The change went through: the next one needs its own reason."""
        self.clear()
        self._mark(False)

    def _on_return(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and self.text().strip():
            pending()

    def _mark(self, bad: bool) -> None:
        if bool(self.property("invalid")) != bad:
            self.setProperty("invalid", bad)
            repolish(self)
