"""The station screenshots: ``python -m tools.station_screenshots``.

Registers the station states into the screenshot registry (``tools/screenshots.py``) and
renders them: idle, unit scanned, a form with a failing value, a refusal, the PROC-007
label preview.  The screens run on the in-memory demo service (no database).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from tools.screenshots import SHOTS, ShotEnv, main, shot

STATION_SHOTS = (
    "station_idle",
    "station_scanned",
    "station_failing_value",
    "station_refusal",
    "station_label_preview",
    "station_equipment_warning",
)


def _page(env: ShotEnv, process_id: str) -> Any:
    from dataclasses import replace

    from neurohub_desktop.domain.auth import CurrentUser, Role
    from neurohub_desktop.ui.context import AppContext, AppEvents, Services
    from neurohub_desktop.ui.station.page import StationPage
    from tools.demo_station import DemoStationService, SyncRunner

    events = AppEvents()
    env.keep.append(events)
    settings = replace(env.settings, process_id=process_id)
    ctx = AppContext(
        settings,
        SyncRunner(),
        Services(station=DemoStationService(process_id)),  # type: ignore[arg-type]  # a stand-in
        events,
        CurrentUser(2, "kim.mj", "김민준", Role.WORKER),
        env.locale,
    )
    return StationPage(ctx)


@shot("station_idle")
def _idle(env: ShotEnv) -> QWidget:
    return _page(env, "PROC-003")


@shot("station_scanned")
def _scanned(env: ShotEnv) -> QWidget:
    page = _page(env, "PROC-003")
    page._on_scan("WIP-WF261128D01-007")
    return page


@shot("station_failing_value")
def _failing(env: ShotEnv) -> QWidget:
    page = _page(env, "PROC-003")
    page._on_scan("WIP-WF261128D01-007")
    page.start_button.click()
    form = page.form
    form.set_value("TEMP_SENSOR", "61.8")
    form.set_value("TOF_DISTANCE", "503")
    form.set_value("I2C_OK", True)
    return page


@shot("station_refusal")
def _refusal(env: ShotEnv) -> QWidget:
    page = _page(env, "PROC-003")
    page._on_scan("WIP-WF261128D01-008")
    return page


@shot("station_label_preview")
def _label(env: ShotEnv) -> QWidget:
    page = _page(env, "PROC-007")
    page._on_scan("WIP-WF261128D01-010")
    return page


@shot("station_equipment_warning")
def _equipment(env: ShotEnv) -> QWidget:
    from neurohub_desktop.domain import line_admin as la

    page = _page(env, "PROC-003")
    item = la.EquipmentItem(
        "EQ-T03", "센서 검사기 3호", "TESTER", "PROC-003", "AVAILABLE", "2026-11-30", 180
    )
    page.equipment_notice.show_equipment(
        la.StationEquipment("EQ-T03", item, la.EquipmentProblem.CALIBRATION_DUE, None, True)
    )
    page._on_scan("WIP-WF261128D01-007")
    return page


def run(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--only" not in args:
        for name in STATION_SHOTS:
            args += ["--only", name]
    assert all(name in SHOTS for name in STATION_SHOTS)
    return main(args)


_ = (QPoint, Qt)

if __name__ == "__main__":
    sys.exit(run())
