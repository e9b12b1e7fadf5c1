"""System admin → Firmware (ADMIN): the versions PROC-004 flashes; register one from a file,
activate it (one active version per MCU: the switch is one transaction), retire it, and see
which units were flashed with the selected one.

The file's size and MD5 are computed on the read lane as soon as a file is chosen (never on
the GUI thread) and again by the service when it registers (a file that changed between the
two is refused).  Every change is one ``AdminLineService`` call on the write lane; after it
``firmware_changed`` (PROC-004) is announced, so a running PROC-004 station re-reads its
process, and the list reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from neurohub_desktop.domain import line_admin as la
from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.ui.admin.firmware_view import FirmwareView
from neurohub_desktop.ui.admin.line_models import FirmwareModel, FirmwareUsesModel, fmt_size
from neurohub_desktop.ui.admin.line_page import LinePage
from neurohub_desktop.ui.admin.models import sort_proxy
from neurohub_desktop.ui.admin.selection import select_source_row, selected_row
from neurohub_desktop.ui.context import AppContext
from neurohub_desktop.ui.feedback import repolish

FIRMWARE_CHANGED = "firmware_changed"
# a typed path is measured once typing pauses this long
MEASURE_DELAY_MS = 300


class FirmwarePage(LinePage):
    """What the ADMIN works in; ``view`` holds the widgets."""

    subject = "firmware"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("firmwarePage")
        self.view = FirmwareView(self)
        self.banner = self.view.banner
        self.reason_field = self.view.reason
        self.model = FirmwareModel(self)
        self.proxy = sort_proxy(self.model, self)
        self.view.table.setModel(self.proxy)
        self.view.table.sortByColumn(FirmwareModel.RELEASED, Qt.SortOrder.DescendingOrder)
        self.uses_model = FirmwareUsesModel(self)
        self.uses_proxy = sort_proxy(self.uses_model, self)
        self.view.uses_table.setModel(self.uses_proxy)
        self.view.uses_table.sortByColumn(FirmwareUsesModel.WHEN, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._select_after: str | None = None
        self._uses_of: str | None = None  # the version the uses list shows
        # (path as typed, what measuring it found) — None while unmeasured or refused
        self.measured: tuple[str, la.FirmwareFile] | None = None
        self._measuring: str | None = None
        self._measure_due = QTimer(self, singleShot=True, interval=MEASURE_DELAY_MS)
        self._measure_due.timeout.connect(self._measure)
        self._connect()
        self._on_selection_changed()
        self._show_measured()
        self.reload()

    def _connect(self) -> None:
        v = self.view
        v.refresh_button.clicked.connect(self.reload)
        v.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        v.activate_button.clicked.connect(self._on_activate_clicked)
        v.retire_button.clicked.connect(self._on_retire_clicked)
        v.browse_button.clicked.connect(self._on_browse_clicked)
        v.file_path.textChanged.connect(self._on_file_changed)
        v.add_button.clicked.connect(self._on_add_clicked)
        v.version_field.textEdited.connect(lambda _t: self._mark_version(False))
        v.file_path.returnPressed.connect(v.version_field.setFocus)
        v.version_field.returnPressed.connect(v.mcu_field.setFocus)
        v.mcu_field.returnPressed.connect(v.notes_field.setFocus)
        v.notes_field.returnPressed.connect(self._on_add_clicked)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.reload),
            (QKeySequence("Ctrl+N"), self.start_new_version),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    # -- the lists -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.read(self.svc.list_firmware, on_success=self._on_firmware)

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if event.kind in (FIRMWARE_CHANGED, RESYNC):
            self.schedule_reload()
        elif event.kind == "step_recorded" and event.process_id == la.FIRMWARE_STEP:
            self._load_uses(force=True)

    def _on_firmware(self, rows: tuple[la.FirmwareInfo, ...]) -> None:
        keep = self._select_after or self.selected_version()
        self._select_after = None
        self.model.set_rows(rows)
        self.view.table.resizeColumnsToContents()
        self.view.count_label.setText(self.tr("%n version(s)", "", len(rows)))
        self.select_version(keep)
        self._on_selection_changed()

    def selected(self) -> la.FirmwareInfo | None:
        return selected_row(self.view.table, la.FirmwareInfo)

    def selected_version(self) -> str | None:
        row = self.selected()
        return row.version if row is not None else None

    def select_version(self, version: str | None) -> bool:
        """Select (and show) the row of ``version``; False when it is not in the list."""
        source = self.model.row_of(version) if version else -1
        return select_source_row(self.view.table, self.proxy, self.model, source)

    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        row = self.selected()
        self.update_controls()
        if row is None:
            self.view.selected_label.setText(self.tr("Select a version in the list."))
        else:
            state = self.tr("active") if row.is_active else self.tr("not active")
            lines = [
                f"{row.version} · {row.target_mcu} · {state}",
                f"{row.filename} · {fmt_size(row.file_size)}",
                f"MD5 {row.md5_hash}",
            ]
            if row.notes:
                lines.append(row.notes)
            self.view.selected_label.setText("\n".join(lines))
        self._load_uses()

    def update_controls(self) -> None:
        v, row = self.view, self.selected()
        idle = not self.writing
        v.activate_button.setEnabled(idle and row is not None and not row.is_active)
        v.retire_button.setEnabled(idle and row is not None and row.is_active)
        v.add_button.setEnabled(idle)

    def _load_uses(self, *, force: bool = False) -> None:
        version = self.selected_version()
        if version == self._uses_of and not force:
            return
        self._uses_of = version
        if version is None:
            self.uses_model.set_rows(())
            hint = self.tr("Select a version to list the units flashed with it.")
            self.view.uses_label.setText(hint)
            return
        self.read(self.svc.firmware_uses, version, on_success=self._on_uses)

    def _on_uses(self, rows: tuple[la.FirmwareUse, ...]) -> None:
        self.uses_model.set_rows(rows)
        self.view.uses_table.resizeColumnsToContents()
        self.view.uses_label.setText(
            self.tr("%n unit record(s) at PROC-004 with %1", "", len(rows)).replace(
                "%1", self._uses_of or ""
            )
        )

    def start_new_version(self) -> None:
        self.view.tabs.setCurrentIndex(1)
        self.view.file_path.setFocus()

    # -- the file --------------------------------------------------------------------------------
    def _on_browse_clicked(self) -> None:
        start = self.view.file_path.text().strip()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Firmware file"),
            str(Path(start).parent) if start else "",
            self.tr("Firmware (*.bin *.hex *.elf *.srec);;All files (*)"),
        )
        if path:
            self.view.file_path.setText(path)
            self.view.version_field.setFocus()

    def _on_file_changed(self, _text: str) -> None:
        self.measured = None
        self._show_measured()
        self._measure_due.start()

    def _measure(self) -> None:
        path = self.view.file_path.text().strip()
        if not path:
            self._show_measured()
            return
        self._measuring = path
        self._show_measured()
        self.ctx.read_lane.run(
            self.svc.measure_file,
            path,
            on_success=lambda found: self._on_measured(path, found),
            on_error=lambda exc: self._on_measure_failed(path, exc),
            context=self,
        )

    @property
    def measuring(self) -> bool:
        return self._measuring is not None or self._measure_due.isActive()

    def _on_measured(self, path: str, found: la.FirmwareFile) -> None:
        if self._measuring == path:
            self._measuring = None
        if path == self.view.file_path.text().strip():
            self.measured = (path, found)
        self._show_measured()

    def _on_measure_failed(self, path: str, exc: BaseException) -> None:
        if self._measuring == path:
            self._measuring = None
        if path == self.view.file_path.text().strip():
            self.show_error(exc, "firmware file check")
        self._show_measured()

    def _show_measured(self) -> None:
        v = self.view
        if self.measured is not None:
            found = self.measured[1]
            v.size_label.setText(fmt_size(found.size))
            v.md5_label.setText(found.md5)
        elif self._measuring is not None:
            v.size_label.setText(self.tr("Computing…"))
            v.md5_label.setText(self.tr("Computing…"))
        else:
            v.size_label.setText("—")
            v.md5_label.setText("—")

    def on_refused(self, exc: BaseException) -> None:
        if isinstance(exc, NeuroHubError) and exc.code == "FILE_CHANGED":
            self.measured = None  # show what the file holds now; the next click sends that
            self._measure()

    # -- writes ----------------------------------------------------------------------------------
    def _mark_version(self, bad: bool) -> None:
        field = self.view.version_field
        if bool(field.property("invalid")) != bad:
            field.setProperty("invalid", bad)
            repolish(field)

    def _on_add_clicked(self) -> None:
        v = self.view
        path = v.file_path.text().strip()
        version = v.version_field.text().strip()
        try:  # the form's own checks first: a refusal is shown at once, nothing is sent
            la.check_version(version)
            la.check_mcu(v.mcu_field.text())
            la.check_notes(v.notes_field.text())
        except NeuroHubError as exc:
            self._mark_version(exc.code == "BAD_VERSION")
            (v.version_field if exc.code == "BAD_VERSION" else v.mcu_field).setFocus()
            self.refuse(exc)
            return
        self._mark_version(False)
        if not path:
            self.banner.show_message(self.tr("Choose the firmware file first."), "error")
            return
        shown = self.measured[1].md5 if self.measured and self.measured[0] == path else None
        activate = v.activate_now.isChecked()

        def done(added: la.FirmwareAdded) -> None:
            stored = added.file
            self._select_after = version
            for field in (v.file_path, v.version_field, v.notes_field):
                field.clear()
            v.activate_now.setChecked(False)
            v.tabs.setCurrentIndex(0)
            text = (
                self.tr("Firmware %1 registered and active (%2, MD5 %3).")
                if activate
                else self.tr("Firmware %1 registered, not active yet (%2, MD5 %3).")
            )
            self.success(
                version, text.replace("%2", fmt_size(stored.size)).replace("%3", stored.md5)
            )

        self.write(
            self.svc.add_firmware,
            path,
            version,
            v.mcu_field.text(),
            v.notes_field.text(),
            activate=activate,
            expected_md5=shown,
            done=done,
            event=ChangeEvent(FIRMWARE_CHANGED, process_id=la.FIRMWARE_STEP),
        )

    def _on_activate_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.write(
            self.svc.set_firmware_active,
            row.version,
            True,
            done=lambda _r: self.success(
                row.version,
                self.tr("Firmware %1 is now the active version of %2.").replace(
                    "%2", row.target_mcu
                ),
            ),
            event=ChangeEvent(FIRMWARE_CHANGED, process_id=la.FIRMWARE_STEP),
        )

    def _on_retire_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.write(
            self.svc.set_firmware_active,
            row.version,
            False,
            done=lambda _r: self.success(
                row.version,
                self.tr("Firmware %1 retired: PROC-004 no longer accepts it."),
            ),
            event=ChangeEvent(FIRMWARE_CHANGED, process_id=la.FIRMWARE_STEP),
        )
