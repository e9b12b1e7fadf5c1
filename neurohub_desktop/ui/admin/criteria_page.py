"""System admin → 공정 기준 / Criteria (ADMIN): a process's measurement items and defect codes,
edited as a draft and saved as the process's next criteria version.

The stored criteria (with which of their codes stored records use) load on the read lane
(``AdminLineService.criteria``).  Every edit changes the draft only: it is checked at once with
the save's own checks (``criteria_edit.edit_problems``) — the problems are listed under the
lists and their rows marked — and Save refuses while there are any, or while no reason is
given.  A code that records use cannot be removed, only retired (kept for those records;
stations no longer offer it).  The save is one ``save_criteria`` call on the write lane with
the version the draft started from: a save by someone else meanwhile is refused calmly and the
stored criteria are loaded again.  After a save ``criteria_changed`` is announced (running
stations take the new version within seconds) and the page shows the version it was saved as.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.domain.quality import DefectCode, MeasurementSpec, Problem, QualityCriteria
from neurohub_desktop.domain.setup import ProcessInfo
from neurohub_desktop.ui.admin.criteria_editor import (
    DefectForm,
    FormRefusal,
    MeasurementForm,
    mark,
)
from neurohub_desktop.ui.admin.criteria_models import DefectsModel, MeasurementsModel
from neurohub_desktop.ui.admin.criteria_view import CriteriaView, ItemButtons
from neurohub_desktop.ui.admin.line_page import SUCCESS_MS, LinePage
from neurohub_desktop.ui.context import AppContext
from neurohub_desktop.ui.messages import local_name, message_text

CRITERIA_CHANGED = "criteria_changed"
M, D = "measurements", "defects"  # the draft's two lists
Item = MeasurementSpec | DefectCode


class CriteriaPage(LinePage):
    """What the ADMIN works in; ``view`` holds the widgets."""

    subject = "criteria"
    version_saved = Signal(int)  # the version a save made
    draft_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("criteriaPage")
        self.view = CriteriaView(self)
        self.banner = self.view.banner
        self.models = {M: MeasurementsModel(self), D: DefectsModel(self)}
        self.tables: dict[str, QTableView] = {M: self.view.measurements, D: self.view.defects}
        self.buttons: dict[str, ItemButtons] = {M: self.view.m_buttons, D: self.view.d_buttons}
        for which, table in self.tables.items():
            table.setModel(self.models[which])
        self.forms: dict[str, Any] = {
            M: MeasurementForm(self.view, ctx.locale),
            D: DefectForm(self.view),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.state: ce.CriteriaState | None = None
        self.base = QualityCriteria()  # the stored version, parsed
        self.draft: dict[str, tuple[Item, ...]] = {M: (), D: ()}
        self.problems = ce.EditProblems((), {}, {})
        self._reload_discards = False  # the next load replaces a draft (a refused save)
        self._connect()
        self._show_draft()
        self.read(self.svc.list_processes, on_success=self._on_processes)

    def _connect(self) -> None:
        v = self.view
        v.process_combo.currentIndexChanged.connect(lambda _i: self._on_process_changed())
        v.refresh_button.clicked.connect(self.reload)
        v.discard_button.clicked.connect(self._on_discard_clicked)
        v.save_button.clicked.connect(self._on_save_clicked)
        v.reason.textEdited.connect(lambda _t: mark(v.reason, False))
        v.reason.returnPressed.connect(self._on_save_clicked)
        for which in (M, D):
            b = self.buttons[which]
            self.tables[which].selectionModel().selectionChanged.connect(
                lambda *_a, w=which: self._on_selection_changed(w)
            )
            b.new_button.clicked.connect(lambda _c=False, w=which: self.start_new(w))
            b.apply_button.clicked.connect(lambda _c=False, w=which: self.apply(w))
            b.retire_button.clicked.connect(lambda _c=False, w=which: self.toggle_retired(w))
            b.remove_button.clicked.connect(lambda _c=False, w=which: self.remove(w))
        for field in (*self.forms[M].fields, *self.forms[D].fields):
            field.returnPressed.connect(self._apply_current)
        for keys, slot in (
            (QKeySequence.StandardKey.Refresh, lambda: None if self.dirty else self.reload()),
            (QKeySequence.StandardKey.Save, self._on_save_clicked),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    # -- what is shown -----------------------------------------------------------------------
    @property
    def process_id(self) -> str | None:
        data = self.view.process_combo.currentData()
        return data if isinstance(data, str) else None

    @property
    def criteria(self) -> QualityCriteria:
        """The draft as criteria (what Save would send)."""
        ms = tuple(m for m in self.draft[M] if isinstance(m, MeasurementSpec))
        ds = tuple(d for d in self.draft[D] if isinstance(d, DefectCode))
        return QualityCriteria(ms, ds)

    @property
    def dirty(self) -> bool:
        """The draft differs from the stored version."""
        return self.state is not None and (self.draft[M], self.draft[D]) != (
            self.base.measurements,
            self.base.defect_codes,
        )

    def reload(self) -> None:
        process = self.process_id
        if process is not None:
            self.read(self.svc.criteria, process, on_success=self._on_state)

    def _on_processes(self, processes: tuple[ProcessInfo, ...]) -> None:
        combo, keep = self.view.process_combo, self.process_id
        combo.blockSignals(True)
        combo.clear()
        for p in processes:
            combo.addItem(
                f"{p.process_id}  {local_name(p.name_ko, p.name_en, self.ctx.locale)}",
                p.process_id,
            )
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self.reload()

    def select_process(self, process_id: str) -> None:
        self.view.process_combo.setCurrentIndex(self.view.process_combo.findData(process_id))

    def _on_process_changed(self) -> None:
        self.state = None
        self.base = QualityCriteria()
        self.draft = {M: (), D: ()}
        self._show_draft()
        self.schedule_reload()

    def _on_state(self, state: ce.CriteriaState) -> None:
        if state.process_id != self.process_id:
            return  # the process was changed while this was on its way
        if self.dirty and not self._reload_discards:
            # the draft stays, on the version it was started from: saving it is refused (and
            # then theirs is loaded), never a silent overwrite of the newer version
            if self.state is not None and state.version != self.state.version:
                self.banner.show_message(
                    self.tr(
                        "%1 was saved elsewhere as version %2 while you edit: your draft "
                        "cannot be saved on it. Discard your changes to load it."
                    )
                    .replace("%1", state.process_id)
                    .replace("%2", str(state.version)),
                    "warning",
                )
            return
        self._reload_discards = False
        self.state = state
        try:
            self.base = state.criteria
        except NeuroHubError as exc:  # stored criteria a station could not read either
            self.base = QualityCriteria()
            self.show_error(exc, "criteria read")
        keep = {w: self.selected_row(w) for w in (M, D)}
        self.draft = {M: self.base.measurements, D: self.base.defect_codes}
        self._show_draft(keep)

    def _show_draft(self, select: dict[str, int] | None = None) -> None:
        """The draft in the lists, its problems under them, the controls to match."""
        state, v = self.state, self.view
        self.problems = (
            ce.edit_problems(state, self.criteria) if state else ce.EditProblems((), {}, {})
        )
        kinds, defects = ce.stored_codes(state.stored if state else {})
        used = state.used if state else ce.UsedCodes()
        for which, codes, in_use, rows in (
            (M, kinds, used.measurements, self.problems.measurements),
            (D, defects, used.defects, self.problems.defects),
        ):
            self.models[which].set_items(
                self.draft[which],
                used=in_use,
                stored=codes,
                problems={n: [self._said(p) for p in ps] for n, ps in rows.items()},
            )
            self.tables[which].resizeColumnsToContents()
        for which in (M, D):
            self._select(which, (select or {}).get(which, -1))
        v.tabs.setTabText(
            0, self.tr("Measurement items (%1)").replace("%1", str(len(self.draft[M])))
        )
        v.tabs.setTabText(1, self.tr("Defect codes (%1)").replace("%1", str(len(self.draft[D]))))
        shown = self.problems.all
        v.problems_label.setVisible(bool(shown))
        v.problems_label.setText(
            "\n".join(
                [self.tr("%n problem(s) to fix before saving:", "", len(shown))]
                + [f"• {self._said(p)}" for p in shown]
            )
            if shown
            else ""
        )
        self._show_version()
        self.update_controls()
        self.draft_changed.emit()

    def _show_version(self) -> None:
        state = self.state
        if state is None:
            self.view.version_label.setText("")
            return
        text = self.tr("Version %1").replace("%1", str(state.version))
        if state.reason:
            text += " · " + self.tr("reason: %1").replace("%1", state.reason)
        if self.dirty:
            text += " · " + self.tr("unsaved changes")
        self.view.version_label.setText(text)

    def _said(self, problem: Problem) -> str:
        return message_text(problem.msg, self.ctx.locale)

    def update_controls(self) -> None:
        v, loaded, idle = self.view, self.state is not None, not self.writing
        dirty = self.dirty
        v.process_combo.setEnabled(idle and not dirty)
        v.refresh_button.setEnabled(idle and not dirty)
        v.discard_button.setEnabled(idle and dirty)
        v.save_button.setEnabled(idle and loaded)
        v.reason.setEnabled(idle and loaded)
        for which in (M, D):
            row = self.selected_row(which)
            item = self.draft[which][row] if row >= 0 else None
            b = self.buttons[which]
            b.new_button.setEnabled(idle and loaded)
            b.apply_button.setEnabled(idle and loaded)
            b.apply_button.setText(self.tr("Apply") if item is not None else self.tr("Add item"))
            b.retire_button.setEnabled(idle and item is not None)
            b.retire_button.setText(
                self.tr("Restore") if item is not None and item.retired else self.tr("Retire")
            )
            b.remove_button.setEnabled(idle and item is not None)
            self.forms[which].set_enabled(idle and loaded)

    # -- the lists -----------------------------------------------------------------------------
    def selected_row(self, which: str) -> int:
        """The selected row of ``which`` (M or D) in the draft, or -1."""
        rows = self.tables[which].selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return row if row < len(self.draft[which]) else -1

    def _select(self, which: str, row: int) -> None:
        table = self.tables[which]
        if 0 <= row < len(self.draft[which]):
            table.selectRow(row)
            table.scrollTo(self.models[which].index(row, 0))
        else:
            table.clearSelection()
        self._on_selection_changed(which)

    def select_item(self, which: str, code: str) -> bool:
        """Select the first row of ``code`` in ``which`` (M or D); False when there is none."""
        row = self.models[which].row_of(code)
        self._select(which, row)
        return row >= 0

    def _on_selection_changed(self, which: str, *_args: QItemSelection) -> None:
        row = self.selected_row(which)
        item = self.draft[which][row] if row >= 0 else None
        self.forms[which].show(item)
        state = self.view.m_state if which == M else self.view.d_state
        state.setText(
            self.models[which].state_text(item) if item is not None else self.tr("New item")
        )
        self.update_controls()

    # -- edits (the draft only) ----------------------------------------------------------------
    def start_new(self, which: str) -> None:
        """Empty fields for a new item (Apply adds it)."""
        self.view.tabs.setCurrentIndex(0 if which == M else 1)
        self._select(which, -1)
        (self.view.m_code if which == M else self.view.d_code).setFocus()

    def _apply_current(self) -> None:
        self.apply(M if self.view.tabs.currentIndex() == 0 else D)

    def apply(self, which: str) -> None:
        """The fields into the draft: the selected item changed, or a new one added."""
        if self.state is None or self.writing:
            return
        try:
            item = self.forms[which].read()
        except FormRefusal as refusal:
            mark(refusal.field, True)
            refusal.field.setFocus()
            self.banner.show_message(refusal.text, "error")
            return
        rows, row = list(self.draft[which]), self.selected_row(which)
        if row >= 0:
            rows[row] = replace(item, retired=rows[row].retired)  # the button changes that
        else:
            rows.append(item)
            row = len(rows) - 1
        self._set(which, rows, row)
        self.banner.show_message(
            self.tr("%1 is changed in the draft: save to make it the new version.").replace(
                "%1", item.code
            ),
            "info",
            SUCCESS_MS,
        )

    def toggle_retired(self, which: str) -> None:
        row = self.selected_row(which)
        if row < 0 or self.writing:
            return
        rows = list(self.draft[which])
        rows[row] = replace(rows[row], retired=not rows[row].retired)
        self._set(which, rows, row)

    def remove(self, which: str) -> None:
        """Take the selected item out of the draft — refused for a code stored records use
        (it is retired instead)."""
        row = self.selected_row(which)
        if row < 0 or self.writing:
            return
        item = self.draft[which][row]
        same = sum(1 for r in self.draft[which] if r.code == item.code)
        if self.models[which].is_used(item.code) and same == 1:
            self.banner.show_message(
                self.tr(
                    "%1 is used by stored records: it cannot be removed. Retire it instead: "
                    "it stays for those records and stations no longer offer it."
                ).replace("%1", item.code),
                "error",
            )
            self.action_refused.emit(item.code)
            return
        rows = list(self.draft[which])
        del rows[row]
        self._set(which, rows, -1)

    def _set(self, which: str, rows: Sequence[Item], row: int) -> None:
        self.draft = {**self.draft, which: tuple(rows)}
        self._show_draft(
            {which: row, (D if which == M else M): self.selected_row(D if which == M else M)}
        )

    def _on_discard_clicked(self) -> None:
        self.draft = {M: self.base.measurements, D: self.base.defect_codes}
        self._show_draft()
        self.banner.show_message(self.tr("Changes discarded."), "info", SUCCESS_MS)
        self.reload()

    # -- saving ----------------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        state, v = self.state, self.view
        if state is None or self.writing:
            return
        if not self.dirty:
            self.banner.show_message(self.tr("Nothing to save: nothing was changed."), "info")
            return
        if self.problems.all:
            self.refuse(ce.CriteriaRefused(self.problems.all))
            return
        reason = v.reason.text().strip()
        if not reason:
            mark(v.reason, True)
            v.reason.setFocus()
            self.banner.show_message(
                self.tr("Say why this change is made: the reason is saved with the new version."),
                "error",
            )
            return
        process = state.process_id

        def done(saved: ce.CriteriaSaved) -> None:
            v.reason.clear()
            self._reload_discards = True
            if not saved.changed:
                self.banner.show_message(
                    self.tr("Nothing to save: these are the stored criteria."), "info"
                )
                return
            self.success(
                process,
                self.tr("%1 saved as version %2. Running stations take it within seconds.").replace(
                    "%2", str(saved.version)
                ),
            )
            self.version_saved.emit(saved.version)

        self.write(
            self.svc.save_criteria,
            process,
            self.criteria,
            expected_version=state.version,
            reason=reason,
            done=done,
            event=ChangeEvent(CRITERIA_CHANGED, process_id=process),
        )

    def on_refused(self, exc: BaseException) -> None:
        if isinstance(exc, ce.CriteriaChanged):  # calm: someone else saved; load theirs
            self.banner.show_message(message_text(exc.msg, self.ctx.locale), "warning")
            self._reload_discards = True
            self.reload()

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if event.kind == RESYNC or (
            event.kind == CRITERIA_CHANGED and event.process_id in (None, self.process_id)
        ):
            self.schedule_reload()  # a draft stays (and says when it is outdated)
