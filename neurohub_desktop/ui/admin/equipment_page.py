"""System admin → Equipment (ADMIN): the line's testers, markers, printers and jigs; add one,
edit its name, type, process and calibration, change its status.

Stations' set-up offers a process's equipment only while it is AVAILABLE or IN_USE
(``SetupService.list_equipment``).  Every change is one ``AdminLineService`` call on the write
lane (``nh_save_equipment`` saves whole rows: the service keeps what the form does not show);
after it ``equipment_changed`` is announced with the code and its process, and the list
reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.line_admin import EquipmentItem
from neurohub_desktop.domain.setup import ProcessInfo
from neurohub_desktop.ui.admin.equipment_view import EquipmentView
from neurohub_desktop.ui.admin.line_models import EquipmentModel, status_label
from neurohub_desktop.ui.admin.line_page import SUCCESS_MS, LinePage
from neurohub_desktop.ui.admin.models import sort_proxy
from neurohub_desktop.ui.admin.selection import select_source_row, selected_row
from neurohub_desktop.ui.context import AppContext
from neurohub_desktop.ui.messages import local_name

EQUIPMENT_CHANGED = "equipment_changed"


class EquipmentPage(LinePage):
    """What the ADMIN works in; ``view`` holds the widgets."""

    subject = "equipment"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("equipmentPage")
        self.view = EquipmentView(self)
        self.banner = self.view.banner
        self.reason_field = self.view.reason
        self.model = EquipmentModel(self)
        self.proxy = sort_proxy(self.model, self)
        self.view.table.setModel(self.proxy)
        self.view.table.sortByColumn(EquipmentModel.CODE, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._select_after: str | None = None
        self._connect()
        self._on_selection_changed()
        self.read(self.svc.list_processes, on_success=self._on_processes)
        self.reload()

    def _connect(self) -> None:
        v = self.view
        v.process_filter.currentIndexChanged.connect(lambda _i: self.schedule_reload())
        v.refresh_button.clicked.connect(self.reload)
        v.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        v.add_button.clicked.connect(self._on_add_clicked)
        v.save_button.clicked.connect(self._on_save_clicked)
        v.status_button.clicked.connect(self._on_status_clicked)
        v.new_code.returnPressed.connect(v.new_name.setFocus)
        v.new_name.returnPressed.connect(v.new_type.setFocus)
        v.new_type.returnPressed.connect(v.new_process.setFocus)
        v.edit_name.returnPressed.connect(v.edit_type.setFocus)
        v.edit_type.returnPressed.connect(self._on_save_clicked)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.reload),
            (QKeySequence("Ctrl+N"), self.start_new_equipment),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    # -- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.read(
            self.svc.list_equipment,
            self.view.process_filter.currentData(),
            on_success=self._on_equipment,
        )

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if event.kind in (EQUIPMENT_CHANGED, RESYNC):
            self.schedule_reload()

    def _on_processes(self, processes: tuple[ProcessInfo, ...]) -> None:
        v = self.view
        shared = self.tr("(not assigned: shared)")
        for combo, last in (
            (v.process_filter, None),
            (v.edit_process, shared),
            (v.new_process, shared),
        ):
            keep, first_fill = combo.currentData(), combo.count() <= 1
            combo.blockSignals(True)
            while combo.count() > (1 if last is None else 0):  # the filter keeps "All processes"
                combo.removeItem(combo.count() - 1)
            for p in processes:
                combo.addItem(
                    f"{p.process_id}  {local_name(p.name_ko, p.name_en, self.ctx.locale)}",
                    p.process_id,
                )
            if last is not None:  # last: a new piece is meant for a process, not shared
                combo.addItem(last, None)
            index = 0 if keep is None and first_fill else combo.findData(keep)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._on_selection_changed()

    def _on_equipment(self, rows: tuple[EquipmentItem, ...]) -> None:
        keep = self._select_after or self.selected_code()
        self._select_after = None
        self.model.set_rows(rows)
        self.view.table.resizeColumnsToContents()
        self.view.count_label.setText(self.tr("%n piece(s) of equipment", "", len(rows)))
        self.select_equipment(keep)
        self._on_selection_changed()

    def selected(self) -> EquipmentItem | None:
        return selected_row(self.view.table, EquipmentItem)

    def selected_code(self) -> str | None:
        row = self.selected()
        return row.equipment_code if row is not None else None

    def select_equipment(self, code: str | None) -> bool:
        """Select (and show) the row of ``code``; False when it is not in the list."""
        source = self.model.row_of(code) if code else -1
        return select_source_row(self.view.table, self.proxy, self.model, source)

    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        v, row = self.view, self.selected()
        self.update_controls()
        if row is None:
            v.selected_label.setText(self.tr("Select equipment in the list."))
            v.edit_name.clear()
            v.edit_type.clear()
            return
        offered = (
            self.tr("offered in station setup")
            if row.offered_to_stations
            else self.tr("not offered in station setup")
        )
        where = row.process_id or self.tr("not assigned")
        v.selected_label.setText(
            f"{row.equipment_code} · {row.equipment_name}\n"
            f"{where} · {status_label(row.status)} · {offered}"
        )
        v.edit_name.setText(row.equipment_name)
        v.edit_type.setText(row.equipment_type)
        _choose(v.edit_process, row.process_id)
        v.edit_calibration.show(row.calibration_due, row.calibration_interval_days)
        _choose(v.edit_status, row.status)

    def update_controls(self) -> None:
        v, row = self.view, self.selected()
        on = row is not None and not self.writing
        for w in (v.edit_name, v.edit_type, v.edit_process, v.save_button):
            w.setEnabled(on)
        v.edit_calibration.set_enabled(on)
        v.edit_status.setEnabled(on)
        v.status_button.setEnabled(on)
        v.add_button.setEnabled(not self.writing)

    def start_new_equipment(self) -> None:
        self.view.tabs.setCurrentIndex(1)
        self.view.new_code.setFocus()

    # -- writes ----------------------------------------------------------------------------------
    def _event(self, code: str, process_id: str | None) -> ChangeEvent:
        return ChangeEvent(EQUIPMENT_CHANGED, unit=code, process_id=process_id)

    def _on_add_clicked(self) -> None:
        v = self.view
        code = v.new_code.text().strip()
        process = v.new_process.currentData()
        due, every = v.new_calibration.values()

        def done(_item: EquipmentItem) -> None:
            self._select_after = code
            for field in (v.new_code, v.new_name, v.new_type):
                field.clear()
            v.new_calibration.show(None, None)
            v.tabs.setCurrentIndex(0)
            self.success(code, self.tr("Equipment %1 added."))

        self.write(
            self.svc.add_equipment,
            code,
            v.new_name.text(),
            v.new_type.text(),
            process,
            v.new_status.currentData(),
            calibration_due=due,
            calibration_interval_days=every,
            done=done,
            event=self._event(code, process),
        )

    def _on_save_clicked(self) -> None:
        row, v = self.selected(), self.view
        if row is None:
            return
        name, kind = v.edit_name.text().strip(), v.edit_type.text().strip()
        process = v.edit_process.currentData()
        due, every = v.edit_calibration.values()
        if (name, kind, process, due, every) == (
            row.equipment_name,
            row.equipment_type,
            row.process_id,
            row.calibration_due,
            row.calibration_interval_days,
        ):
            self.banner.show_message(self.tr("Nothing to save: nothing was changed."), "info")
            return
        self.write(
            self.svc.update_equipment,
            row.equipment_code,
            name=name,
            equipment_type=kind,
            process_id=process,
            calibration_due=due,
            calibration_interval_days=every,
            done=lambda _r: self.success(row.equipment_code, self.tr("Equipment %1 saved.")),
            event=self._event(row.equipment_code, process),
        )

    def _on_status_clicked(self) -> None:
        row, v = self.selected(), self.view
        if row is None:
            return
        status = v.edit_status.currentData()
        if status == row.status:
            self.banner.show_message(
                self.tr("Nothing to change: the status is already %1.").replace(
                    "%1", status_label(status)
                ),
                "info",
                SUCCESS_MS,
            )
            return
        text = self.tr("Equipment %1: status %2.").replace("%2", status_label(status))
        self.write(
            self.svc.set_equipment_status,
            row.equipment_code,
            status,
            done=lambda _changed: self.success(row.equipment_code, text),
            event=self._event(row.equipment_code, row.process_id),
        )


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
