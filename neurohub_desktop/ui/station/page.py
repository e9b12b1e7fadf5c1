"""The station screen: scan → where the unit is → start → measure → record.

Layout lives in ``StationView`` (view.py); this widget owns the behaviour.  Every service
call goes through ``ctx.runner``; refusals are shown inline in the operator's language and
nothing typed into the form is lost when a call fails.  A scan is parsed once, here: the
``ScannedId`` (or the shown unit's ``UnitView.ids``) is what goes down to the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.ids import MAX_SCAN_LENGTH, InvalidBarcode, ScanKind, parse_scan
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.domain.station import (
    CONVERT_PROCESS,
    ISSUE_PROCESS,
    Reason,
    StepRecorded,
    UnitKind,
    UnitView,
)
from neurohub_desktop.ui.connection import ConnectionWatch, UnsentNotice
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import ErrorKind, present_error
from neurohub_desktop.ui.feedback import beep, flash
from neurohub_desktop.ui.messages import message_text
from neurohub_desktop.ui.ops import Submissions
from neurohub_desktop.ui.scanner import ScanCapture
from neurohub_desktop.ui.station.equipment import EquipmentNotice, OverrideDialog
from neurohub_desktop.ui.station.tester import TesterLink, fill_form
from neurohub_desktop.ui.station.view import StationView

#: changes to what a station judges with (its process's criteria, the active firmware, its
#: equipment and the overrides signed for it)
FACT_KINDS = frozenset({"criteria_changed", "firmware_changed", "equipment_changed"})


class StationPage(StationView):
    unit_shown = Signal(object)  # UnitView
    step_recorded = Signal(object)  # StepRecorded
    refused = Signal(str)  # the message shown
    label_printed = Signal(object)  # PrintOutcome

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.locale, parent)
        self.ctx = ctx
        self.svc = need(ctx.services.station, "station")
        self.unit: UnitView | None = None
        self.awaiting: str | None = None  # "mark" (PROC-001) | "label" (PROC-007)
        #: the idempotency keys of this page's records (the operations layer owns them)
        self.submissions = Submissions()
        self._recording: str | None = None  # the unit whose record is on its way or unsent
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self._on_scan)
        self.scan_field.scanned.connect(self._on_scan)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.unreadable_button.clicked.connect(self._on_unreadable_clicked)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        # changes (this PC's and other stations') coalesce into one snapshot read
        self._snapshot_due = QTimer(self, singleShot=True, interval=0)
        self._snapshot_due.timeout.connect(self.refresh_snapshot)
        self._queue_due = QTimer(self, singleShot=True, interval=0)
        self._queue_due.timeout.connect(self.refresh_queue)
        self._facts_due = QTimer(self, singleShot=True, interval=0)
        self._facts_due.timeout.connect(self._reload_facts)
        self._new_facts: Any = None  # station info waiting for the unit in progress to end
        ctx.events.data_changed.connect(self._on_data_changed)
        # Connection loss: the presenter announces it (header status at once); this watch
        # follows the announcement with background pings; the record in flight shows UNSENT.
        ping = getattr(ctx.services.setup, "ping", None) or self.svc.snapshot
        self.connection = ConnectionWatch(ctx.read_lane, ping, ctx.events, parent=self)
        self.unsent = UnsentNotice(self)
        root = self.layout()
        assert isinstance(root, QVBoxLayout)
        root.insertWidget(root.indexOf(self.banner) + 1, self.unsent)
        self.equipment_notice = EquipmentNotice(self)
        root.insertWidget(root.indexOf(self.unsent) + 1, self.equipment_notice)
        self.equipment_notice.override_requested.connect(self._on_override_requested)
        self.override_dialog: OverrideDialog | None = None
        self.connection.reconnected.connect(self.unsent.connection_back)
        self.connection.reconnected.connect(self.refresh_snapshot)
        self._run(self.svc.station_info, on_success=self._on_info)
        self.refresh_snapshot()
        self.tester = self._start_tester()

    # -- plumbing --------------------------------------------------------------------------
    @property
    def locale(self) -> str:
        return self.ctx.locale

    def _run(self, fn: Any, *args: Any, on_success: Any = None) -> None:
        self.ctx.runner.run(fn, *args, on_success=on_success, on_error=self._on_error, context=self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            self.capture.install(app)
        self.scan_field.setFocus()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.capture.uninstall()
        super().hideEvent(event)

    def _on_error(self, exc: BaseException) -> None:
        shown = present_error(
            exc,
            banner=self.banner,
            events=self.ctx.events,
            locale=self.locale,
            context="station action",
        )
        if shown.kind is ErrorKind.UNREACHABLE and self._recording is not None:
            # a record was being sent: it is not recorded (the watch pings until it is back);
            # its key stays, so sending it again can never record it twice
            self.unsent.show_unsent(
                self._recording, commit_unknown=getattr(exc, "commit_unknown", False)
            )
        else:
            self.unsent.sending_done()
        if shown.shown:
            beep()
            flash(self.scan_field, False)
            self.refused.emit(shown.text)
        self._update_actions()

    def refresh_snapshot(self) -> None:
        self._run(self.svc.snapshot, on_success=self._on_snapshot)
        self.refresh_queue()

    def refresh_queue(self) -> None:
        """The work queue, on the read lane: it never waits in front of a scan."""
        work_queue = getattr(self.svc, "work_queue", None)
        if work_queue is not None:
            self.ctx.read_lane.run(
                work_queue,
                on_success=self.queue.set_rows,
                on_error=self._on_queue_error,
                context=self,
            )

    def _on_queue_error(self, exc: BaseException) -> None:
        present_error(exc, banner=None, events=self.ctx.events, locale=self.locale, context="queue")

    def _on_snapshot(self, snap: Any) -> None:
        self.counters.set_counters(snap.counters)
        self.records.set_rows(snap.records)

    def _on_info(self, info: Any) -> None:
        self.equipment_notice.show_equipment(info.equipment)
        had_form = self.form is not None
        self.build_for(info)
        if self.form is not None and not had_form:
            self.form.submitted.connect(self._on_form_submitted)
        self.show_unit(self.unit)

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if event.kind == RESYNC or event.process_id in (None, self.svc.process_id):
            self._snapshot_due.start()
        else:  # a step elsewhere (the one before) changes who waits here
            self._queue_due.start()
        if event.kind in (RESYNC, "process_changed") or (
            event.kind in FACT_KINDS and event.process_id in (None, self.svc.process_id)
        ):
            self._facts_due.start()

    def _reload_facts(self) -> None:
        """What this station judges with changed (criteria, the active firmware, the line):
        read it again now, not when the service's cache runs out."""
        self._run(self.svc.station_info, on_success=self._on_new_facts)

    def _on_new_facts(self, info: Any) -> None:
        """A new form for the new criteria — at once when nothing is being entered, else
        when the unit in progress is done (its record is judged with the new criteria
        already: the service re-read them)."""
        busy = self.form is not None and (
            self.form_dirty() or (self.unit is not None and self.unit.in_progress_here)
        )
        self.equipment_notice.show_equipment(info.equipment)  # at once, form or not
        if busy and self.form is not None and info.criteria == self.form.criteria:
            # the same form, another expected text (a firmware switch): no need to wait
            self.form.set_expected(dict(info.expected_texts))
            self.set_pass_refusal(info)
            return
        if busy:
            self._new_facts = info
            return
        self._new_facts = None
        self.form = None  # the form area deletes the old form when the new one is set
        self._on_info(info)

    def _apply_new_facts(self) -> None:
        if self._new_facts is not None:
            self._on_new_facts(self._new_facts)

    def _start_tester(self) -> TesterLink | None:
        """A station with equipment listens for its tester (ui/station/tester.py)."""
        if not self.svc.equipment_code or self.ctx.user is None:
            return None
        link = TesterLink(self.svc, self.ctx.user, self.ctx.settings, self)
        link.fill_requested.connect(lambda msg, done: fill_form(self, msg, done))
        link.recorded.connect(self._on_recorded)
        link.failed.connect(self._on_tester_failed)
        self.unit_shown.connect(link.show_unit)
        listener = link.listener  # not the page: it is being destroyed
        self.destroyed.connect(lambda *_: listener.stop())
        link.start()
        return link

    def _on_tester_failed(self, why: str) -> None:
        text = self.tr("The tester connection could not start: %1")
        self.banner.show_message(text.replace("%1", why), "warning")

    # -- equipment override ------------------------------------------------------------------
    def _on_override_requested(self) -> None:
        equipment = self.equipment_notice.equipment
        if equipment is None or not equipment.blocks_pass:
            return
        self.override_dialog = OverrideDialog(equipment, self)
        self.override_dialog.submitted.connect(self._sign_override)
        self.override_dialog.finished.connect(self._override_dialog_closed)
        self.override_dialog.open()

    def _sign_override(self, user_id: str, password: str, reason: str) -> None:
        auth = need(self.ctx.services.auth, "auth")
        svc = self.svc

        def sign() -> Any:
            return auth.countersign(
                user_id,
                password,
                lambda signer, sessions: svc.sign_equipment_override(signer, sessions, reason),
            )

        self.ctx.runner.run(
            sign,
            on_success=self._on_override_signed,
            on_error=self._on_override_refused,
            context=self,
        )

    def _on_override_signed(self, override: Any) -> None:
        if self.override_dialog is not None:
            self.override_dialog.accept()
        self.banner.show_message(
            self.tr("Override signed by %1 (%2).")
            .replace("%1", override.signer_name)
            .replace("%2", override.signer),
            "success",
        )
        # a local write like any other: every page hears it (this one re-reads its facts
        # once), and the signing function's NOTIFY echo is not delivered again
        self.ctx.announce(ChangeEvent("equipment_changed", None, self.svc.equipment_code, None))

    def _on_override_refused(self, exc: BaseException) -> None:
        shown = present_error(
            exc, banner=None, events=self.ctx.events, locale=self.locale, context="override"
        )
        if self.override_dialog is not None and self.override_dialog.isVisible():
            self.override_dialog.show_error(shown.text)
        elif shown.shown:
            self.banner.show_message(shown.text, "error")

    def _override_dialog_closed(self) -> None:
        if self.override_dialog is not None:
            self.override_dialog.deleteLater()
        self.override_dialog = None
        self.scan_field.setFocus()

    def _announce(self, kind: str, view: UnitView) -> None:
        """This station changed ``view``'s unit: every page hears it (this one included,
        which re-reads its snapshot once)."""
        self.ctx.announce(ChangeEvent(kind, view.lot_id, view.unit_id, self.svc.process_id))

    # -- scans -----------------------------------------------------------------------------
    def _on_scan(self, text: str) -> None:
        self.ctx.events.user_active.emit()
        if self.stepper is None:  # the station's setup could not be read yet: try again
            self._run(self.svc.station_info, on_success=self._on_info)
        if self._fill_focused_item(text):
            return
        try:
            scanned = parse_scan(text)
        except InvalidBarcode as exc:
            self._refuse(
                self.tr("Not a NeuroHub barcode: %1").replace("%1", text[:40])
                + f" ({message_text(exc.msg, self.locale)})"
            )
            return
        unit = self.unit
        if unit is not None and self.awaiting == "mark" and scanned.kind is not ScanKind.LOT:
            self._run(
                self.svc.confirm_mark,
                self.ctx.user,
                unit.ids,
                scanned,
                self._submission_key(),
                on_success=self._on_recorded,
            )
            return
        if unit is not None and self.awaiting == "label" and scanned.kind is not ScanKind.LOT:
            self._run(
                self.svc.verify_label,
                self.ctx.user,
                unit.ids,
                scanned,
                self._submission_key(),
                on_success=self._on_recorded,
            )
            return
        if (
            unit is not None
            and unit.in_progress_here
            and self.form is not None
            and self.form_dirty()
            and scanned.text not in (unit.wip_id, unit.serial_number)
        ):
            self._refuse(
                self.tr("%1 is still in progress here: record or cancel it first.").replace(
                    "%1", unit.unit_id
                )
            )
            return
        self._run(self.svc.resolve_scan, scanned, on_success=self._on_resolved)

    def _fill_focused_item(self, text: str) -> bool:
        """A burst while a text item of the open unit's form has focus (a component LOT
        scanned into "SMA 스프링 LOT") fills that item — judged against its format like
        typing — and is not a unit scan; an over-long burst is refused as a scan is."""
        form = self.form
        focus = QApplication.focusWidget()
        spec = form.text_item_at(focus) if form is not None and form.isEnabled() else None
        if form is None or spec is None or len(text) > MAX_SCAN_LENGTH:
            return False
        form.set_value(spec.code, text.strip())
        self.banner.show_message(
            self.tr("Scanned into %1: %2").replace("%1", form.item_name(spec)).replace("%2", text),
            "info",
        )
        return True

    def _refuse(self, text: str) -> None:
        self.banner.show_message(text, "error")
        beep()
        flash(self.scan_field, False)
        self.refused.emit(text)

    def _on_resolved(self, view: UnitView) -> None:
        self.show_unit(view)
        station = self.svc.process_id
        if view.reason is Reason.OK:
            if station == ISSUE_PROCESS and view.kind is UnitKind.LOT:
                self._run(
                    self.svc.issue_next_wip,
                    self.ctx.user,
                    view.ids,
                    on_success=self._on_issued,
                )
                return
            if station == CONVERT_PROCESS and view.kind is UnitKind.WIP:
                self._run(self.svc.convert, self.ctx.user, view.ids, on_success=self._on_converted)
                return
            self.banner.show_message(message_text(view.reason_msg, self.locale), "info")
            flash(self.scan_field, True)
        elif view.reason is Reason.RESUME:
            self.banner.show_message(message_text(view.reason_msg, self.locale), "warning")
            self._enter_progress(view, print_now=False)
        else:
            self._refuse(message_text(view.reason_msg, self.locale))

    # -- actions ---------------------------------------------------------------------------
    def _on_start_clicked(self) -> None:
        if self.unit is not None:
            self._run(
                self.svc.start_step, self.ctx.user, self.unit.ids, on_success=self._on_started
            )

    def _on_issued(self, view: UnitView) -> None:
        self._on_started(view, "wip_issued")

    def _on_started(self, view: UnitView, kind: str = "step_started") -> None:
        self.show_unit(view)
        self.banner.show_message(
            self.tr("%1 started: %2")
            .replace("%1", view.unit_id)
            .replace("%2", self.svc.process_id),
            "success",
        )
        flash(self.scan_field, True)
        self._enter_progress(view, print_now=True)
        if self.awaiting == "mark":
            self.banner.show_message(
                self.tr("%1 issued: mark it, then scan the mark.").replace("%1", view.unit_id),
                "success",
            )
        self._announce(kind, view)

    def _on_converted(self, conv: Any) -> None:
        self.show_unit(conv.unit)
        text = self.tr("%1 became serial %2. Scan the printed label.")
        self.banner.show_message(
            text.replace("%1", conv.wip_id).replace("%2", conv.serial_number), "success"
        )
        flash(self.scan_field, True)
        self._enter_progress(conv.unit, print_now=True)
        self._announce("converted", conv.unit)

    def _enter_progress(self, view: UnitView, *, print_now: bool) -> None:
        station = self.svc.process_id
        self.awaiting = (
            "mark" if station == ISSUE_PROCESS else "label" if station == CONVERT_PROCESS else None
        )
        if self.awaiting is not None:
            self._run(self.svc.label_preview, view.ids, on_success=self.preview.set_zpl)
            if print_now and self.svc.printer is not None and not view.prints:
                self._print(None)
        self._timer.start()
        self._tick()
        self._update_actions()

    def _on_cancel_clicked(self) -> None:
        unit = self.unit
        if unit is None:
            return
        if unit.kind is UnitKind.WIP and unit.in_progress_here:
            self._run(self.svc.cancel_step, self.ctx.user, unit.ids, on_success=self._on_cancelled)
        else:
            self.banner.show_message(
                self.tr("%1 stays open; scan it again to continue.").replace("%1", unit.unit_id),
                "info",
            )
            self._clear_unit()

    def _on_cancelled(self, view: UnitView) -> None:
        self.banner.show_message(
            self.tr("%1: step cancelled, nothing recorded.").replace("%1", view.unit_id), "info"
        )
        self._clear_unit()
        self._announce("step_cancelled", view)

    def _clear_unit(self) -> None:
        self.submissions.abandoned("record")  # put away: a later record is a new one
        self._recording = None
        self.unsent.clear()
        self.awaiting = None
        self._timer.stop()
        if self.form is not None:
            self.form.clear()
        self.show_unit(None)
        self._apply_new_facts()

    def _on_print_clicked(self) -> None:
        reason = (
            self.reprint_reason.currentText().strip() if self.unit and self.unit.prints else None
        )
        if self.unit is not None and self.unit.prints and not reason:
            self._refuse(self.tr("Enter a reason for the reprint."))
            self.reprint_reason.setFocus()
            return
        self._print(reason)

    def _print(self, reason: str | None) -> None:
        if self.unit is None:
            return
        unit = self.unit.unit_id
        self._run(
            self.svc.print_label,
            self.ctx.user,
            self.unit.ids,
            reason,
            self.submissions.key("print", unit),
            on_success=lambda outcome: self._on_printed(outcome, unit),
        )

    def _on_printed(self, outcome: Any, unit: str | None = None) -> None:
        if unit is not None:
            self.submissions.confirmed("print", unit)  # a reprint later is a new record
        self.preview.set_zpl(outcome.zpl)
        sent = self.tr("Label sent to %1.").replace("%1", outcome.printer)
        # the step is not done: what the operator does next stays in view (issue 17.4)
        self.banner.show_message(
            " ".join(x for x in (sent, self._next_instruction()) if x), "success"
        )
        self.label_printed.emit(outcome)
        if self.unit is not None and outcome.record is not None:
            self.unit = _with_print(self.unit, outcome.record)
        if self.reprint_reason.currentText():  # a reprint's reason is for that reprint only
            self.reprint_reason.setCurrentIndex(0)
            self.reprint_reason.clearEditText()
        self._update_actions()

    def _next_instruction(self) -> str:
        """What the operator does next with the unit in progress (PROC-001 / PROC-007)."""
        unit = self.unit.unit_id if self.unit is not None else ""
        if self.awaiting == "mark":
            return self.tr("Next: mark %1, then scan the mark.").replace("%1", unit)
        if self.awaiting == "label":
            return self.tr("Next: stick the label on %1 and scan it back.").replace("%1", unit)
        return ""

    def _on_unreadable_clicked(self) -> None:
        if self.unit is None:
            return
        from neurohub_desktop.domain.station import DefectEntry

        self._run(
            self.svc.complete_step,
            self.ctx.user,
            self.unit.ids,
            StepResult.FAIL,
            {"MARK_READABLE": False},
            [DefectEntry("MARKING_FAIL", "unreadable")],
            None,
            self._submission_key(),
            on_success=self._on_recorded,
        )

    def _on_form_submitted(
        self, result: str, values: dict[str, object], defects: list[Any], note: str
    ) -> None:
        if self.unit is None or not self.unit.in_progress_here:
            self._refuse(self.tr("Scan a unit and start the step first."))
            return
        if self.svc.process_id == CONVERT_PROCESS:
            values = {}
        self._run(
            self.svc.complete_step,
            self.ctx.user,
            self.unit.ids,
            result,
            values,
            defects,
            note,
            self._submission_key(),
            on_success=self._on_recorded,
        )

    def _submission_key(self) -> str:
        """The key of this unit's record here (``Submissions``: the same across failed
        attempts, so a resubmission after an unknown commit is never recorded twice); called
        as the record is sent, which the page shows until the answer (or the deadline)."""
        unit = self.unit.unit_id if self.unit is not None else ""
        self._recording = unit
        self.unsent.show_sending(unit)
        return self.submissions.key("record", unit)

    def _on_recorded(self, rec: StepRecorded) -> None:
        if self._recording is not None:
            self.submissions.confirmed("record", self._recording)
        self._recording = None
        self.unsent.clear()
        self.connection.report_ok()
        self.awaiting = None
        self._timer.stop()
        if self.form is not None:
            self.form.clear()
        self.show_unit(rec.unit)
        level = "success" if rec.result == StepResult.PASS else "warning"
        self.banner.show_message(
            self.tr("%1: %2 recorded at %3.")
            .replace("%1", rec.unit.unit_id)
            .replace("%2", rec.result.value)
            .replace("%3", self.svc.process_id),
            level,
        )
        flash(self.scan_field, rec.result == StepResult.PASS)
        self.step_recorded.emit(rec)
        self._announce("step_recorded", rec.unit)
        self._apply_new_facts()

    # -- display ---------------------------------------------------------------------------
    def show_unit(self, view: UnitView | None) -> None:
        self.unit = view
        self.render_unit(view)
        if view is None or not view.in_progress_here:
            self.awaiting = None
        self._update_actions()
        self.unit_shown.emit(view)

    def _update_actions(self) -> None:
        u = self.unit
        here = u is not None and u.in_progress_here
        self.start_button.setEnabled(
            u is not None and u.can_start_here and u.kind is not UnitKind.LOT
        )
        self.cancel_button.setEnabled(here)
        self.print_button.setEnabled(
            here and self.awaiting is not None and self.svc.printer is not None
        )
        self.print_button.setText(
            self.tr("Reprint") if u is not None and u.prints else self.tr("Print label")
        )
        self.unreadable_button.setEnabled(here and self.awaiting == "mark")
        if self.form is not None:
            self.form.setEnabled(here)

    def _tick(self) -> None:
        u = self.unit
        if u is None or u.started_at is None or not u.in_progress_here:
            self.elapsed.setText("")
            return
        secs = max(0, int((dt.datetime.now(dt.UTC) - u.started_at).total_seconds()))
        self.elapsed.setText(
            self.tr("Elapsed %1").replace("%1", f"{secs // 60:02d}:{secs % 60:02d}")
        )


def _with_print(view: UnitView, record: Any) -> UnitView:
    from dataclasses import replace

    return replace(view, prints=(*view.prints, record))
