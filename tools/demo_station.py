"""An in-memory stand-in for the station service, for screenshots and UI work without a
database.  It answers with the same domain dataclasses as the real service; nothing persists.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import replace
from typing import Any

from neurohub_desktop.domain import quality
from neurohub_desktop.domain.ids import ScannedId, as_scanned
from neurohub_desktop.domain.station import (
    PROCESS_IDS,
    Conversion,
    QueuedUnit,
    RecordRow,
    StationCounters,
    StationInfo,
    StationSnapshot,
    StepState,
    StepView,
    UnitFacts,
    UnitKind,
    UnitView,
    decide,
    refusal_error,
)
from neurohub_desktop.printing import zpl

NAMES = {
    "PROC-001": ("레이저 마킹", "Laser marking"),
    "PROC-002": ("LMA 조립", "LMA assembly"),
    "PROC-003": ("센서 검사", "Sensor inspection"),
    "PROC-004": ("펌웨어 업로드", "Firmware upload"),
    "PROC-005": ("로봇 조립", "Robot assembly"),
    "PROC-006": ("성능검사", "Performance test"),
    "PROC-007": ("라벨 프린팅", "Label printing"),
    "PROC-008": ("포장+외관검사", "Packing + visual inspection"),
}
#: the §6 seed criteria as revision 001 froze them (the package holds no copy)
SEED_CRITERIA: dict[str, Any] = {
    row[0]: row[5]
    for row in importlib.import_module(
        "neurohub_desktop.migrations.versions.001_initial_schema"
    ).PROCESSES
}
LOT = "WF261128D01"
NOW = dt.datetime(2026, 11, 28, 5, 40, tzinfo=dt.UTC)


class DemoStationService:
    """Answers for one station; ``units`` maps an id to (status, passed steps, current)."""

    def __init__(self, process_id: str, station: str = "LINE1-ST03") -> None:
        self.process_id = process_id
        self.station = station
        self.printer = None
        self.equipment_code: str | None = None  # no tester on the demo station
        self.units: dict[str, tuple[str, int, str | None, int]] = {
            f"WIP-{LOT}-007": ("IN_PROGRESS", 2, None, 0),
            f"WIP-{LOT}-008": ("IN_PROGRESS", 1, None, 0),
            f"WIP-{LOT}-009": ("IN_PROGRESS", 3, "PROC-004", 1),
            f"WIP-{LOT}-010": ("COMPLETED", 6, None, 0),
        }

    def station_info(self) -> StationInfo:
        crit = quality.QualityCriteria.from_json(SEED_CRITERIA[self.process_id])
        names = NAMES[self.process_id]
        return StationInfo(
            self.process_id,
            names[0],
            names[1],
            crit,
            tuple((p, *NAMES[p]) for p in PROCESS_IDS),
            (("FIRMWARE_VERSION", "v1.2.3"),) if self.process_id == "PROC-004" else (),
            None,
        )

    def snapshot(self) -> StationSnapshot:
        rows = []
        for i in range(12):
            result = "FAIL" if i == 3 else "REWORK" if i == 7 else "PASS"
            rows.append(
                RecordRow(
                    NOW - dt.timedelta(minutes=4 * i + 3),
                    f"WIP-{LOT}-{6 - i % 6:03d}" if i < 6 else f"WIP-WF261127N02-{40 - i:03d}",
                    LOT,
                    result,
                    "김민준",
                    55 + (i * 7) % 20,
                    ("SENSOR_TEMP_FAIL",) if result != "PASS" else (),
                )
            )
        return StationSnapshot(StationCounters(38, 34, 2, 1), tuple(rows))

    def work_queue(self) -> tuple[QueuedUnit, ...]:
        """Five units waiting here, one of them for over an hour (times relative to now: the
        queue shows how long each has waited)."""
        now = dt.datetime.now(dt.UTC)
        waits: tuple[tuple[str, str, int], ...] = (("WIP-WF261127N02-038", "WF261127N02", 74),)
        waits += tuple(
            (f"WIP-{LOT}-{n:03d}", LOT, m) for n, m in ((7, 18), (8, 9), (9, 4), (10, 1))
        )
        return tuple(QueuedUnit(u, lot, now - dt.timedelta(minutes=m)) for u, lot, m in waits)

    def _view(self, unit: str, current: str | None = None) -> UnitView:
        status, passed_n, cur, non_pass = self.units[unit]
        current = current or cur
        passed = frozenset(PROCESS_IDS[:passed_n])
        kind = UnitKind.WIP
        serial = None
        if status == "CONVERTED":
            kind, serial = UnitKind.SERIAL, f"{LOT}-{unit[-3:].zfill(4)}"
        facts = UnitFacts(
            kind,
            self.process_id,
            serial or unit,
            LOT,
            "IN_PROGRESS",
            status,
            current,
            passed,
            non_pass,
        )
        reason, details = decide(facts)
        steps = tuple(
            StepView(
                p,
                i + 1,
                *NAMES[p],
                state=(
                    StepState.PASS
                    if p in passed
                    else StepState.CURRENT
                    if p == current
                    else StepState.PENDING
                ),
                attempts=1 if p in passed else 0,
            )
            for i, p in enumerate(PROCESS_IDS)
        )
        return UnitView(
            kind=kind,
            scanned=unit,
            station_process=self.process_id,
            lot_id=1,
            lot_number=LOT,
            lot_status="IN_PROGRESS",
            model_code="WF",
            model_name="Withforce Wearable Robot",
            target_quantity=100,
            wip_item_id=1,
            wip_id=unit,
            serial_id=1 if serial else None,
            serial_number=serial,
            sequence=int(unit[-3:]),
            status=status,
            current_process=current,
            started_at=(dt.datetime.now(dt.UTC) - dt.timedelta(seconds=47) if current else None),
            non_pass_count=non_pass,
            steps=steps,
            can_start_here=reason.value == "OK",
            reason=reason,
            details=tuple(details.items()),
        )

    def resolve_scan(self, text: ScannedId | str) -> UnitView:
        return self._view(as_scanned(text).text)

    def start_step(self, actor: Any, unit_id: ScannedId | str) -> UnitView:
        unit = as_scanned(unit_id).text
        view = self._view(unit)
        if not view.can_start_here:
            raise refusal_error(view)
        status, passed, _, non_pass = self.units[unit]
        self.units[unit] = (status, passed, self.process_id, non_pass)
        return self._view(unit)

    def convert(self, actor: Any, wip: ScannedId | str) -> Conversion:
        wip_id = as_scanned(wip).text
        self.units[wip_id] = ("CONVERTED", 6, self.process_id, 0)
        view = self._view(wip_id)
        assert view.serial_number is not None
        return Conversion(view, wip_id, view.serial_number, 1)

    def label_preview(self, unit_id: ScannedId | str) -> str:
        unit = as_scanned(unit_id).text
        if not unit.startswith("WIP-"):
            unit = f"WIP-{LOT}-{unit[-3:]}"
        view = self._view(unit)
        if view.serial_number:
            return zpl.serial_label(view.serial_number, LOT, "WF", NOW.date())
        return zpl.wip_label(unit)

    def cancel_step(self, actor: Any, unit_id: ScannedId | str) -> UnitView:
        unit = as_scanned(unit_id).text
        status, passed, _, non_pass = self.units[unit]
        self.units[unit] = (status, passed, None, non_pass)
        return replace(self._view(unit))


class SyncRunner:
    """Runs a call at once on the calling thread (screenshots only)."""

    def run(
        self,
        fn: Any,
        *args: Any,
        on_success: Any = None,
        on_error: Any = None,
        context: Any = None,
        **kwargs: Any,
    ) -> None:
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - handed to the screen like the real runner
            if on_error is not None:
                on_error(exc)
            return
        if on_success is not None:
            on_success(result)

    def is_busy(self) -> bool:
        return False
