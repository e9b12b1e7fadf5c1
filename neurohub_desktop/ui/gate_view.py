"""The revision gate's blocking screens: one per verdict, each saying what is wrong and who acts.

The view takes the verdict from ``db.gate.check_revision`` (run in the background by the
launcher) by duck typing: ``state.name``, ``found``, ``required``, ``host``, ``error``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class GateView(QWidget):
    """Blocking screen for a database this client cannot work with."""

    retry_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gateView")
        self.state_name = ""
        self.title_label = QLabel(objectName="gateTitle")
        self.title_label.setWordWrap(True)
        self.body_label = QLabel(objectName="gateBody")
        self.body_label.setWordWrap(True)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = QLabel(objectName="gateDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_label = QLabel(objectName="gateAction")
        self.action_label.setWordWrap(True)
        self.retry_button = QPushButton(objectName="gateRetry")
        self.retry_button.setDefault(True)
        self.retry_button.setAutoDefault(True)
        self.retry_button.clicked.connect(self.retry_requested)
        self.quit_button = QPushButton(self.tr("Quit"), objectName="gateQuit")
        self.quit_button.clicked.connect(self.quit_requested)

        card = QFrame(objectName="gateCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(900)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setSpacing(16)
        inner.addWidget(self.title_label)
        inner.addWidget(self.body_label)
        inner.addWidget(self.detail_label)
        inner.addWidget(self.action_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.retry_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.retry_button, self.quit_button)

    def set_checking(self) -> None:
        """While a (re)check runs: keep the screen, disable the buttons."""
        self.retry_button.setEnabled(False)
        self.retry_button.setText(self.tr("Checking…"))

    def show_verdict(self, verdict: Any) -> None:
        state = verdict.state.name
        self.state_name = state
        found = ", ".join(verdict.found) or self.tr("none")
        required = verdict.required
        self.retry_button.setEnabled(True)
        self.retry_button.setText(self.tr("Check again"))
        self.detail_label.clear()
        if state == "UNREACHABLE":
            self.title_label.setText(self.tr("Cannot reach the database server"))
            self.body_label.setText(self.tr("Server: %1").replace("%1", verdict.host))
            self.detail_label.setText(self.tr("Error: %1").replace("%1", verdict.error))
            self.action_label.setText(
                self.tr(
                    "Check the network cable and that the server is running, then press Retry. "
                    "If it keeps failing, call the administrator."
                )
            )
            self.retry_button.setText(self.tr("Retry"))
        elif state == "EMPTY":
            self.title_label.setText(self.tr("The database is empty"))
            self.body_label.setText(
                self.tr(
                    "The database at %1 has no NeuroHub schema (it is empty or not managed by "
                    "Alembic)."
                ).replace("%1", verdict.host)
            )
            self.action_label.setText(
                self.tr(
                    "Ask the administrator to run `neurohub-desktop db upgrade` on this database."
                )
            )
        elif state == "BEHIND":
            self.title_label.setText(self.tr("The database must be upgraded"))
            self.body_label.setText(
                self.tr("The database is at revision %1; this program needs revision %2.")
                .replace("%1", found)
                .replace("%2", required)
            )
            self.detail_label.setText(self.tr("Server: %1").replace("%1", verdict.host))
            self.action_label.setText(
                self.tr(
                    "Ask the administrator to run `neurohub-desktop db upgrade`. "
                    "Stations never upgrade a shared database themselves."
                )
            )
        elif state == "AHEAD":
            self.title_label.setText(self.tr("This program is too old for the database"))
            self.body_label.setText(
                self.tr(
                    "The database is at revision %1, which this program does not know "
                    "(it needs %2)."
                )
                .replace("%1", found)
                .replace("%2", required)
            )
            self.detail_label.setText(self.tr("Server: %1").replace("%1", verdict.host))
            self.action_label.setText(
                self.tr("Install the newer NeuroHub Desktop on this PC (ask the administrator).")
            )
        elif state == "MULTIPLE_HEADS":
            self.title_label.setText(self.tr("The database records several revisions"))
            self.body_label.setText(
                self.tr("Revisions found: %1 (this program needs %2).")
                .replace("%1", found)
                .replace("%2", required)
            )
            self.detail_label.setText(self.tr("Server: %1").replace("%1", verdict.host))
            self.action_label.setText(
                self.tr(
                    "The migration history is inconsistent. Ask the administrator to repair it."
                )
            )
        elif state == "NO_STATION_ROLES":
            self.title_label.setText(self.tr("The database is not set up for stations"))
            self.body_label.setText(
                self.tr(
                    "The station's login to the database was refused: the database has no "
                    "station roles yet."
                )
            )
            self.detail_label.setText(self.tr("Server: %1").replace("%1", verdict.host))
            self.action_label.setText(
                self.tr(
                    "Ask the administrator to migrate this database (`neurohub-desktop db "
                    "upgrade`) and to run `neurohub-desktop db setup-roles` (after every upgrade)."
                )
            )
        else:  # OK: the launcher never shows the gate for it, but say something true
            self.title_label.setText(self.tr("The database is ready"))
            self.body_label.setText(self.tr("Revision %1.").replace("%1", required))
            self.action_label.clear()
        self.detail_label.setVisible(bool(self.detail_label.text()))
        self.retry_button.setFocus()
