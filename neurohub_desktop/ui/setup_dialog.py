"""Station setup: this PC's process, station name, equipment, printer and language.

Opened on the first run (by an ADMIN or MANAGER after login) and later from the header.
The choices are saved in the Settings file; the language takes effect on the next start.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.config import Settings, SettingsError, save_station_settings
from neurohub_desktop.ui.login_view import error_text
from neurohub_desktop.ui.messages import local_name

_HOST_PORT = re.compile(r"^[A-Za-z0-9.\-]+:(\d{1,5})$")
SPOOL_PREFIX = "spool:"


def parse_printer(text: str) -> tuple[str, str]:
    """("tcp", "host:port") | ("spool", folder) | ("none", "") from a Settings.printer value."""
    if not text:
        return "none", ""
    if text.startswith(SPOOL_PREFIX):
        return "spool", text[len(SPOOL_PREFIX) :]
    return "tcp", text


def valid_host_port(text: str) -> bool:
    match = _HOST_PORT.match(text.strip())
    return bool(match) and 1 <= int(match.group(1)) <= 65535


class SetupDialog(QDialog):
    saved = Signal(object)  # the new Settings (already written to the file)

    def __init__(
        self,
        runner: Any,
        setup: Any,
        settings: Settings,
        *,
        locale: str = "ko",
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Station setup"))
        self.setModal(True)
        self.setMinimumWidth(620)
        self._runner, self._setup, self._settings, self._locale = runner, setup, settings, locale
        self._loading = 0

        intro = QLabel(
            self.tr("Set up this PC before the first shift.")
            if first_run
            else self.tr("Changes apply to this PC only.")
        )
        self.process_combo = QComboBox(objectName="setupProcess")
        self.station_field = QLineEdit(settings.station, objectName="setupStation")
        self.station_field.setMaxLength(100)
        self.station_field.setPlaceholderText(self.tr("e.g. LINE1-ST03"))
        self.equipment_combo = QComboBox(objectName="setupEquipment")
        self.tcp_radio = QRadioButton(self.tr("Network printer (ZPL over TCP)"))
        self.spool_radio = QRadioButton(self.tr("Spool folder"))
        self.none_radio = QRadioButton(self.tr("No printer"))
        self._printer_group = QButtonGroup(self)
        for radio in (self.tcp_radio, self.spool_radio, self.none_radio):
            self._printer_group.addButton(radio)
        self.host_field = QLineEdit(objectName="setupPrinterHost")
        self.host_field.setPlaceholderText("192.168.0.50:9100")
        self.spool_field = QLineEdit(objectName="setupSpool")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._on_browse_clicked)
        # the tester listener (docs/equipment-protocol.md), for a station with equipment
        self.tester_port = QSpinBox()
        self.tester_port.setRange(1, 65535)
        self.tester_port.setValue(settings.tester_port)
        self.tester_address = QLineEdit(settings.tester_address or "")
        self.tester_address.setPlaceholderText("127.0.0.1")
        self.tester_allowed = QLineEdit(", ".join(settings.tester_allowed))
        self.tester_allowed.setPlaceholderText("10.1.0.31, 10.1.0.32")
        self.tester_auto = QCheckBox(self.tr("Record a tester's PASS without confirmation"))
        self.tester_auto.setChecked(settings.tester_auto_record)
        for name, widget in (
            ("setupTesterPort", self.tester_port),
            ("setupTesterAddress", self.tester_address),
            ("setupTesterAllowed", self.tester_allowed),
            ("setupTesterAuto", self.tester_auto),
        ):
            widget.setObjectName(name)
        self.locale_combo = QComboBox(objectName="setupLocale")
        self.locale_combo.addItem("한국어", "ko")
        self.locale_combo.addItem("English", "en")
        self.locale_combo.setCurrentIndex(0 if settings.locale == "ko" else 1)
        self.message_label = QLabel(objectName="setupMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")

        kind, value = parse_printer(settings.printer or "")
        {"tcp": self.tcp_radio, "spool": self.spool_radio, "none": self.none_radio}[
            kind
        ].setChecked(True)
        (self.host_field if kind == "tcp" else self.spool_field).setText(value)

        form = QFormLayout()
        form.addRow(self.tr("&Process"), self.process_combo)
        form.addRow(self.tr("&Station name"), self.station_field)
        form.addRow(self.tr("&Equipment"), self.equipment_combo)
        form.addRow(self.tr("Printer"), self.tcp_radio)
        form.addRow(self.tr("Printer address"), self.host_field)
        form.addRow("", self.spool_radio)
        spool_row = QHBoxLayout()
        spool_row.addWidget(self.spool_field, 1)
        spool_row.addWidget(self.browse_button)
        form.addRow(self.tr("Spool folder"), spool_row)
        form.addRow("", self.none_radio)
        form.addRow(self.tr("Tester port"), self.tester_port)
        form.addRow(self.tr("Tester listens on"), self.tester_address)
        form.addRow(self.tr("Tester addresses allowed"), self.tester_allowed)
        form.addRow("", self.tester_auto)
        form.addRow(self.tr("&Language"), self.locale_combo)
        self.locale_hint = QLabel(self.tr("The new language applies after the app is restarted."))
        self.locale_hint.setObjectName("setupLocaleHint")
        self.locale_hint.setWordWrap(True)
        self.locale_hint.setVisible(False)
        form.addRow("", self.locale_hint)
        self.locale_combo.currentIndexChanged.connect(self._on_locale_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.process_combo.currentIndexChanged.connect(self._on_process_changed)
        self._printer_group.buttonToggled.connect(lambda *_: self._update_printer_fields())
        self._update_printer_fields()
        self._set_loading(1)
        runner.run(
            setup.list_processes,
            on_success=self._on_processes_loaded,
            on_error=self._on_load_failed,
            context=self,
        )

    # -- loading -----------------------------------------------------------------------------
    def _set_loading(self, delta: int) -> None:
        self._loading += delta
        self.save_button.setEnabled(self._loading == 0)

    def _on_processes_loaded(self, processes: list[Any]) -> None:
        self.process_combo.blockSignals(True)
        for p in processes:
            if p.is_active:
                self.process_combo.addItem(
                    f"{p.process_id}  {local_name(p.name_ko, p.name_en, self._locale)}",
                    p.process_id,
                )
        index = self.process_combo.findData(self._settings.process_id)
        self.process_combo.setCurrentIndex(max(index, 0))
        self.process_combo.blockSignals(False)
        self._set_loading(-1)
        self._on_process_changed()

    def _on_process_changed(self, *_args: Any) -> None:
        process_id = self.process_combo.currentData()
        self._set_loading(1)
        self._runner.run(
            self._setup.list_equipment,
            process_id,
            on_success=self._on_equipment_loaded,
            on_error=self._on_load_failed,
            context=self,
        )

    def _on_equipment_loaded(self, equipment: list[Any]) -> None:
        self.equipment_combo.clear()
        self.equipment_combo.addItem(self.tr("(none)"), None)
        for e in equipment:
            self.equipment_combo.addItem(
                f"{e.equipment_code}  {e.equipment_name}", e.equipment_code
            )
        index = self.equipment_combo.findData(self._settings.equipment_code)
        self.equipment_combo.setCurrentIndex(max(index, 0))
        self._set_loading(-1)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = max(self._loading - 1, 0)
        self.message_label.setText(
            error_text(
                exc, self._locale, self.tr("The list could not be loaded from the database.")
            )
        )

    def _update_printer_fields(self) -> None:
        self.host_field.setEnabled(self.tcp_radio.isChecked())
        self.spool_field.setEnabled(self.spool_radio.isChecked())
        self.browse_button.setEnabled(self.spool_radio.isChecked())

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Spool folder"), self.spool_field.text()
        )
        if folder:
            self.spool_field.setText(folder)

    # -- saving ------------------------------------------------------------------------------
    def chosen_settings(self) -> Settings:
        """The Settings the form describes; SettingsError / ValueError with a sentence if not."""
        process_id = self.process_combo.currentData()
        if not process_id:
            raise ValueError(self.tr("Choose the process of this station."))
        station = self.station_field.text().strip()
        if not station:
            raise ValueError(self.tr("Enter the station name."))
        printer: str | None = None
        if self.tcp_radio.isChecked():
            printer = self.host_field.text().strip()
            if not valid_host_port(printer):
                raise ValueError(
                    self.tr("The printer address must look like host:port, e.g. 192.168.0.50:9100.")
                )
        elif self.spool_radio.isChecked():
            folder = self.spool_field.text().strip()
            if not folder:
                raise ValueError(self.tr("Choose the spool folder."))
            printer = SPOOL_PREFIX + folder
        return self._settings.with_station_setup(
            process_id=process_id,
            station=station,
            equipment_code=self.equipment_combo.currentData(),
            printer=printer,
            locale=self.locale_combo.currentData(),
            tester_port=self.tester_port.value(),
            tester_address=self.tester_address.text().strip() or None,
            tester_allowed=tuple(a for a in re.split(r"[\s,]+", self.tester_allowed.text()) if a),
            tester_auto_record=self.tester_auto.isChecked(),
        )

    def _on_locale_changed(self) -> None:
        """Say that a new language applies after a restart (the screens are built once)."""
        self.locale_hint.setVisible(self.locale_combo.currentData() != self._settings.locale)

    def _on_save_clicked(self) -> None:
        try:
            settings = self.chosen_settings()
            save_station_settings(settings)
        except (SettingsError, ValueError, OSError) as exc:
            self.message_label.setText(str(exc))
            return
        self.saved.emit(settings)
        self.accept()
