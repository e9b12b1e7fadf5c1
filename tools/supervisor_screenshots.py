"""The supervisor screenshots: ``python -m tools.supervisor_screenshots``.

LOT board, LOT detail, yield charts and a traceability timeline, rendered from a small
in-memory demo of ``ReportsService`` (no database) into ``docs/screenshots/supervisor_*.png``.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from neurohub_desktop.domain.reports import (
    PROCESS_IDS,
    DefectRow,
    LotBoardRow,
    LotDetail,
    MeasurementRow,
    ParetoRow,
    ProcessRef,
    ReportScope,
    StatusCount,
    StepCounts,
    StepYield,
    TraceAttempt,
    TraceResult,
    TraceUnit,
    UnitRow,
    YieldReport,
    pareto,
)
from tools.screenshots import SHOTS, ShotEnv, main, shot

SUPERVISOR_SHOTS = (
    "supervisor_lot_board",
    "supervisor_lot_detail",
    "supervisor_yield",
    "supervisor_trace",
)
NOW = datetime.now(UTC).replace(hour=14, minute=30, second=0, microsecond=0)
NAMES = [
    ("레이저 마킹", 60),
    ("LMA 조립", 3600),
    ("센서 검사", 60),
    ("펌웨어 업로드", 60),
    ("로봇 조립", 3600),
    ("성능검사", 600),
    ("라벨 프린팅", 40),
    ("포장+외관검사", 120),
]
PROCS = tuple(
    ProcessRef(i + 1, pid, n, None, i + 1, est)
    for i, (pid, (n, est)) in enumerate(zip(PROCESS_IDS, NAMES, strict=True))
)


def _lot(
    i: int, status: str, target: int, finished: int, steps: tuple[int, ...], failed: int = 0
) -> LotBoardRow:
    day = NOW - timedelta(days=i // 2, hours=12 * (i % 2))
    number = f"WF{day:%y%m%d}{'DN'[i % 2]}01"
    active = sum(steps)
    return LotBoardRow(
        i + 1,
        number,
        "WF",
        "DN"[i % 2],
        status,
        target,
        day - timedelta(hours=2),
        day if status in ("COMPLETED", "CLOSED") else None,
        day if status == "CLOSED" else None,
        {
            "CREATED": 0,
            "IN_PROGRESS": max(0, active - failed - 3),
            "COMPLETED": 0,
            "FAILED": failed,
            "CONVERTED": finished + 3,
        },
        {"CREATED": 0, "IN_PROGRESS": 3, "PASSED": finished, "FAILED": 0, "SCRAPPED": 1},
        finished,
        steps,
        day - timedelta(hours=1, minutes=40) if active else None,
    )


LOTS = [
    _lot(0, "IN_PROGRESS", 100, 12, (4, 9, 6, 5, 8, 3, 2, 1), failed=2),
    _lot(1, "IN_PROGRESS", 100, 71, (0, 0, 2, 1, 6, 4, 3, 2), failed=1),
    _lot(2, "COMPLETED", 100, 97, (0,) * 8),
    _lot(3, "CLOSED", 80, 80, (0,) * 8),
    _lot(4, "CLOSED", 100, 99, (0,) * 8),
    _lot(5, "CREATED", 50, 0, (0,) * 8),
]


def _units() -> tuple[UnitRow, ...]:
    lot = LOTS[0].lot_number
    rows = []
    plan = [
        ("PASSED", None, 8, "PASS", "PROC-008"),
        ("IN_PROGRESS", "PROC-008", 8, "PASS", "PROC-007"),
        ("IN_PROGRESS", "PROC-003", 3, "PASS", "PROC-002"),
        ("FAILED", "PROC-003", 6, "FAIL", "PROC-003"),
        ("SCRAPPED", None, 8, "FAIL", "PROC-008"),
        ("IN_PROGRESS", "PROC-005", 5, "PASS", "PROC-004"),
    ]
    for n in range(1, 19):
        status, step, attempts, last, proc = plan[n % len(plan)]
        converted = step in (None, "PROC-008")
        issued = NOW - timedelta(hours=6, minutes=-7 * n)
        rows.append(
            UnitRow(
                f"WIP-{lot}-{n:03d}",
                f"{lot}-{n:04d}" if converted else None,
                status,
                "CONVERTED" if converted else status,
                status if converted else None,
                step,
                step is not None and status != "FAILED",
                attempts,
                last,
                proc,
                issued,
                NOW - timedelta(minutes=20) if status == "PASSED" else None,
                int((NOW - issued).total_seconds()),
            )
        )
    return tuple(rows)


def _steps() -> tuple[StepYield, ...]:
    data = [
        (100, 0, 0, 100, 100, 52),
        (97, 0, 4, 100, 96, 3420),
        (92, 9, 0, 97, 88, 58),
        (92, 2, 0, 92, 90, 63),
        (86, 0, 3, 89, 86, 3890),
        (80, 3, 0, 83, 80, 610),
        (79, 0, 0, 79, 79, 35),
        (72, 2, 1, 75, 72, 131),
    ]
    return tuple(StepYield(p, *d[:5], float(d[5])) for p, d in zip(PROCS, data, strict=True))


class DemoReports:
    """What the supervisor screens ask ``ReportsService`` for, from fixed demo rows."""

    def model_codes(self) -> list[str]:
        return ["WF"]

    def lot_board(self, flt: Any = None, lot_ids: Any = None) -> list[LotBoardRow]:
        return list(LOTS)

    def lot_detail(self, lot_id: int) -> LotDetail:
        steps = tuple(StepCounts(s.process, s.passed, s.failed, s.rework) for s in _steps())
        return LotDetail(LOTS[0], _units(), steps, NOW)

    def yield_report(self, scope: ReportScope) -> YieldReport:
        counts = (
            StatusCount("WIP", "IN_PROGRESS", 31),
            StatusCount("WIP", "COMPLETED", 4),
            StatusCount("WIP", "FAILED", 3),
            StatusCount("WIP", "CONVERTED", 162),
            StatusCount("SERIAL", "IN_PROGRESS", 8),
            StatusCount("SERIAL", "PASSED", 152),
            StatusCount("SERIAL", "SCRAPPED", 2),
        )
        return YieldReport(scope, counts, _steps(), 100, 13)

    def defect_pareto(self, scope: Any, process: Any = None) -> tuple[ParetoRow, ...]:
        return pareto(
            [
                ("PROC-003", "SENSOR_TOF_FAIL", "TOF 센서 불량", "TOF", 6),
                ("PROC-002", "ASSEMBLY_ERROR", "조립 불량", "Assembly", 4),
                ("PROC-003", "SENSOR_TEMP_FAIL", "온도 센서 불량", "Temp", 3),
                ("PROC-006", "PERFORMANCE_FAIL", "성능 불량", "Perf", 3),
                ("PROC-008", "VISUAL_DEFECT", "외관 불량", "Visual", 2),
            ]
        )

    def trace(self, text: str) -> TraceResult:
        lot = LOTS[0]
        t = NOW - timedelta(hours=7)
        timeline = []
        Item = tuple[str, object, str | None, float | None, float | None]
        plan: list[tuple[int, str | None, int | None, list[str], list[Item]]] = [
            (1, "PASS", 52, [], [("MARK_READABLE", True, None, None, None)]),
            (
                2,
                "PASS",
                3410,
                [],
                [
                    ("SMA_SPRING_LOT", "SMA-2511-A", None, None, None),
                    ("BUSBAR_LOT", "BB-77", None, None, None),
                ],
            ),
            (
                3,
                "FAIL",
                61,
                ["SENSOR_TEMP_FAIL"],
                [("TEMP_SENSOR", 61.8, "°C", 59.0, 61.0), ("TOF_DISTANCE", 512, "mm", 400, 600)],
            ),
            (
                3,
                "PASS",
                58,
                [],
                [("TEMP_SENSOR", 60.2, "°C", 59.0, 61.0), ("TOF_DISTANCE", 509, "mm", 400, 600)],
            ),
            (4, "PASS", 63, [], [("FIRMWARE_VERSION", "v1.2.3", None, None, None)]),
            (5, "PASS", 3702, [], [("CABLE_OK", True, None, None, None)]),
            (
                6,
                "PASS",
                598,
                [],
                [("FORCE_38C", 10.1, "kgf", 8.0, 12.0), ("FORCE_52C", 15.3, "kgf", 13.0, 17.0)],
            ),
            (7, "PASS", 33, [], [("LABEL_VERIFIED", True, None, None, None)]),
            (8, None, None, [], []),
        ]
        seen: dict[int, int] = {}
        for n, (seq, result, dur, defects, items) in enumerate(plan):
            seen[seq] = seen.get(seq, 0) + 1
            done = t + timedelta(seconds=dur) if dur else None
            timeline.append(
                TraceAttempt(
                    "WIP" if seq < 7 else "SERIAL",
                    n + 1,
                    PROCS[seq - 1],
                    seen[seq],
                    result,
                    "kim.mj" if seq < 7 else "park.sy",
                    "김민준" if seq < 7 else "박서연",
                    f"LINE1-ST{seq:02d}",
                    "EQ-SENSOR-01" if seq == 3 else None,
                    "센서 검사기 1호" if seq == 3 else None,
                    t,
                    done,
                    dur,
                    tuple(
                        MeasurementRow(
                            c,
                            v,
                            u,
                            lo,
                            hi,
                            "FAIL" if result == "FAIL" and c == "TEMP_SENSOR" else "PASS",
                        )
                        for c, v, u, lo, hi in items
                    ),
                    tuple(DefectRow(d, "61.8 °C") for d in defects),
                    None,
                    seen[seq] > 1,
                )
            )
            t = (done or t) + timedelta(minutes=9)
        unit = TraceUnit(
            lot.lot_id,
            lot.lot_number,
            f"WIP-{lot.lot_number}-007",
            f"{lot.lot_number}-0007",
            "IN_PROGRESS",
            "PROC-008",
            NOW - timedelta(hours=7),
            {"SMA_SPRING_LOT": "SMA-2511-A", "BUSBAR_LOT": "BB-77"},
            "v1.2.3",
            tuple(timeline),
        )
        return TraceResult(text, "SERIAL", lot, unit)


class _SyncRunner:
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
        except Exception as exc:  # noqa: BLE001 - shown like the real runner would
            if on_error is not None:
                on_error(exc)
            return
        if on_success is not None:
            on_success(result)


def _ctx(env: ShotEnv) -> Any:
    from neurohub_desktop.domain.auth import CurrentUser, Role
    from neurohub_desktop.ui.context import AppContext, AppEvents, Services

    events = AppEvents()
    env.keep.append(events)
    return AppContext(
        env.settings,
        _SyncRunner(),
        Services(reports=DemoReports()),  # type: ignore[arg-type]  # a stand-in, no database
        events,
        CurrentUser(3, "lee.manager", "이정훈", Role.MANAGER),
        env.locale,
    )


@shot("supervisor_lot_board")
def _board(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.supervisor.lot_board import LotBoardPage

    page = LotBoardPage(_ctx(env))
    page._select(LOTS[0].lot_id)
    return page


@shot("supervisor_lot_detail")
def _detail(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.supervisor.lot_detail import LotDetailWidget

    widget = LotDetailWidget(_ctx(env))
    widget.load(LOTS[0].lot_id)
    return widget


@shot("supervisor_yield")
def _yield(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.supervisor.stats import YieldPage

    return YieldPage(_ctx(env))


@shot("supervisor_trace")
def _trace(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.supervisor.trace_page import TracePage

    page = TracePage(_ctx(env))
    page.trace(f"{LOTS[0].lot_number}-0007")
    return page


def run(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--only" not in args:
        for name in SUPERVISOR_SHOTS:
            args += ["--only", name]
    assert all(name in SHOTS for name in SUPERVISOR_SHOTS)
    return main(args)


if __name__ == "__main__":
    sys.exit(run())
