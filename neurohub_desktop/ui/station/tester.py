"""The station's tester link: the listener (equipment/) started for a station with equipment,
its results brought to the screen by queued signals.

The listener's threads never touch a widget: a result to put on the form is emitted to the
GUI thread, which fills the form and says so (the tester's FILLED waits for that, with a
deadline); a result the desk recorded is emitted like any record of this station.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from neurohub_desktop.equipment.desk import ResultDesk
from neurohub_desktop.equipment.listener import LOOPBACK, TesterListener
from neurohub_desktop.equipment.protocol import TesterResult

log = logging.getLogger(__name__)

#: how long a FILLED answer waits for the screen to take the values
FILL_SECONDS = 3.0


class TesterLink(QObject):
    fill_requested = Signal(object, object)  # TesterResult, threading.Event (set when filled)
    recorded = Signal(object)  # StepRecorded
    failed = Signal(str)  # the listener could not start (the port is taken …)

    def __init__(self, svc: Any, actor: Any, settings: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.desk = ResultDesk(
            svc,
            actor,
            svc.equipment_code,
            auto_record=settings.tester_auto_record,
            fill=self._fill,
            recorded=self.recorded.emit,
        )
        self.listener = TesterListener(
            self.desk.handle,
            address=settings.tester_address or LOOPBACK,
            port=settings.tester_port,
            allowed=settings.tester_allowed,
        )

    def start(self) -> bool:
        try:
            self.listener.start()
        except OSError as exc:
            log.error("tester listener on port %s: %s", self.listener.port, exc)
            self.failed.emit(str(exc))
            return False
        return True

    def stop(self) -> None:
        self.listener.stop()

    def show_unit(self, view: Any) -> None:
        self.desk.show_unit(view)

    def _fill(self, msg: TesterResult, view: Any) -> bool:
        """Called in a listener thread: ask the GUI thread, wait for its yes."""
        done = threading.Event()
        self.fill_requested.emit(msg, done)
        return done.wait(FILL_SECONDS)


def fill_form(page: Any, msg: TesterResult, done: threading.Event) -> None:
    """Put a tester's values on the page's form (GUI thread), the message id as the record's
    submission key: the operator's confirmation and the tester's resend are one record."""
    form, unit = page.form, page.unit
    if form is None or unit is None or msg.unit not in (unit.wip_id, unit.serial_number):
        return
    for code, value in msg.items.items():
        if code in form.inputs:
            form.set_value(code, "" if value is None else value)
    page.submissions.adopt("record", unit.unit_id, msg.message_id)
    done.set()
