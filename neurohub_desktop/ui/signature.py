"""The signature of a manager's decision (domain.md §7; 21 CFR Part 11 §11.50 / §11.200 style).

One dialog for every signed decision: it states what happens (the consequences, in the same
words on every page), the meaning of the signature in words, and asks for the signer's login
id, password and the reason.  ``submitted`` asks the page to sign (``AuthService.countersign``:
PostgreSQL checks the password); the dialog stays open, and says why, until the database
accepted it.  Everything works from the keyboard: Return signs, Escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.station import MANAGER_ROLES
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error

MAX_REASON = 500


class Meaning(StrEnum):
    """What a signature means (``signatures.meaning``)."""

    REWORK_APPROVED = "REWORK_APPROVED"
    SCRAPPED = "SCRAPPED"
    RELEASED = "RELEASED"
    CLOSED = "CLOSED"
    EQUIPMENT_OVERRIDE = "EQUIPMENT_OVERRIDE"


def meaning_text(meaning: Meaning) -> str:
    """The meaning in words."""
    words = {
        Meaning.REWORK_APPROVED: QCoreApplication.translate("SignatureDialog", "Rework approved"),
        Meaning.SCRAPPED: QCoreApplication.translate("SignatureDialog", "Scrapped"),
        Meaning.RELEASED: QCoreApplication.translate("SignatureDialog", "Released (LOT complete)"),
        Meaning.CLOSED: QCoreApplication.translate("SignatureDialog", "Closed"),
        Meaning.EQUIPMENT_OVERRIDE: QCoreApplication.translate(
            "SignatureDialog", "Equipment override"
        ),
    }
    return words[meaning]


def consequences_text(meaning: Meaning, subject: str) -> str:
    """What the decision does to ``subject`` (a unit or LOT id), the same words everywhere
    (an equipment override explains itself: ``OverrideDialog``)."""
    texts = {
        Meaning.REWORK_APPROVED: QCoreApplication.translate(
            "SignatureDialog",
            "%1 goes back to work at the step where it failed; its rework count goes up by one.",
        ),
        Meaning.SCRAPPED: QCoreApplication.translate(
            "SignatureDialog",
            "%1 is scrapped. This is final: it can never be reopened or recorded again.",
        ),
        Meaning.RELEASED: QCoreApplication.translate(
            "SignatureDialog",
            "LOT %1 is completed: no unit of it can be started or recorded any more. "
            "The database refuses while a unit is in progress, waiting or FAILED.",
        ),
        Meaning.CLOSED: QCoreApplication.translate(
            "SignatureDialog",
            "LOT %1 is closed and leaves the list of open LOTs. This is final.",
        ),
    }
    return texts[meaning].replace("%1", subject)


class SignatureDialog(QDialog):
    """Signer's login id, password and reason for one decision about ``subject``."""

    submitted = Signal(str, str, str)  # login id, password, reason

    def __init__(
        self,
        meaning: Meaning,
        subject: str,
        *,
        title: str,
        extra: str = "",
        signer: str = "",
        consequences: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(title)
        self.meaning = meaning
        self.subject = subject
        self.consequences = QLabel(
            consequences if consequences is not None else consequences_text(meaning, subject),
            self,
        )
        self.consequences.setObjectName("signatureConsequences")
        self.consequences.setWordWrap(True)
        self.extra = QLabel(extra, self)
        self.extra.setObjectName("signatureExtra")
        self.extra.setWordWrap(True)
        self.extra.setVisible(bool(extra))
        self.meaning_label = QLabel(meaning_text(meaning), self)
        self.meaning_label.setObjectName("signatureMeaning")
        self.user_id = QLineEdit(signer, self)
        self.user_id.setObjectName("signerId")
        self.user_id.setMaxLength(50)
        self.password = QLineEdit(self)
        self.password.setObjectName("signerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("signatureReason")
        self.reason.setMaxLength(MAX_REASON)
        self.error = QLabel(self)
        self.error.setObjectName("signatureError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("SignatureDialog", "Meaning of the signature"),
            self.meaning_label,
        )
        form.addRow(QCoreApplication.translate("SignatureDialog", "Signer login ID"), self.user_id)
        form.addRow(QCoreApplication.translate("SignatureDialog", "Password"), self.password)
        form.addRow(QCoreApplication.translate("SignatureDialog", "Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        sign = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        sign.setText(QCoreApplication.translate("SignatureDialog", "Sign"))
        sign.setDefault(True)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(self.consequences)
        root.addWidget(self.extra)
        root.addLayout(form)
        root.addWidget(self.error)
        root.addWidget(self.buttons)
        self.setMinimumWidth(480)
        (self.password if signer else self.user_id).setFocus()

    def _on_accept(self) -> None:
        if not self.user_id.text().strip() or not self.password.text():
            self.error.setText(
                QCoreApplication.translate(
                    "SignatureDialog", "Enter the signer's login ID and password."
                )
            )
            (self.password if self.user_id.text().strip() else self.user_id).setFocus()
            return
        if not self.reason.text().strip():
            self.error.setText(QCoreApplication.translate("SignatureDialog", "Enter the reason."))
            self.reason.setFocus()
            return
        self.error.setText(QCoreApplication.translate("SignatureDialog", "Checking…"))
        self.buttons.setEnabled(False)
        self.submitted.emit(self.user_id.text().strip(), self.password.text(), self.reason.text())

    def show_error(self, text: str) -> None:
        """The signature was refused: say why, clear the password, let them try again."""
        self.error.setText(text)
        self.password.clear()
        self.buttons.setEnabled(True)
        self.password.setFocus()


def ask_signature(
    page: QWidget,
    ctx: AppContext,
    meaning: Meaning,
    subject: str,
    work: Callable[[Any, Any, str], Any],
    *,
    title: str,
    on_signed: Callable[[Any], None],
    extra: str = "",
) -> SignatureDialog:
    """Open the signature dialog for ``meaning`` about ``subject``; on Sign, ``work(signer,
    signer_sessions, reason)`` runs as the signer (``AuthService.countersign``), the logged-in
    person staying logged in.  Accepted: the dialog closes and ``on_signed(answer)``; refused
    (password, role, a business rule): the dialog says why and stays open."""
    user = ctx.user
    role = getattr(user, "role", None)
    signer = getattr(user, "user_id", "") if role in MANAGER_ROLES else ""
    dialog = SignatureDialog(
        meaning, subject, title=title, extra=extra, signer=signer or "", parent=page
    )

    def refused(exc: BaseException) -> None:
        shown = present_error(
            exc, banner=None, events=ctx.events, locale=ctx.locale, context="signature"
        )
        dialog.show_error(shown.text)

    def signed(answer: Any) -> None:
        dialog.accept()
        on_signed(answer)

    def submit(user_id: str, password: str, reason: str) -> None:
        auth = need(ctx.services.auth, "auth")
        ctx.runner.run(
            auth.countersign,
            user_id,
            password,
            lambda who, sessions: work(who, sessions, reason),
            on_success=signed,
            on_error=refused,
            context=dialog,
        )

    dialog.submitted.connect(submit)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
