"""The System admin screenshots: ``python -m tools.admin_screenshots``.

Registers the admin screens into the screenshot registry (``tools/screenshots.py``) and
renders them into ``docs/screenshots/admin_*.png``: the first-run checklist (some items done,
some missing), 사용자 (one account locked, one deactivated), 공정 기준 (PROC-003 with a
retired item, a limit changed in the draft), 펌웨어 (three versions, the units flashed with
the active one) and 설비 (one piece under maintenance, one past its calibration date).

The pages run on in-memory stand-ins of ``AccountsService``, ``AdminLineService`` and
``LineReadinessService`` (subclasses, so the pages' calls are type-checked against the real
signatures) that answer with the real domain dataclasses; nothing connects to a database.
Times are relative to now, so a lockout still holds and a calibration is past due whenever
the pictures are rendered.
"""

from __future__ import annotations

import copy
import datetime as dt
import sys
from typing import Any

from PySide6.QtWidgets import QWidget

from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain import line_admin as la
from neurohub_desktop.domain import readiness as rd
from neurohub_desktop.domain.auth import CurrentUser, Role, UserAccount
from neurohub_desktop.domain.setup import ProcessInfo
from neurohub_desktop.services.accounts import AccountsService
from neurohub_desktop.services.admin_line import USES_LIMIT, AdminLineService
from neurohub_desktop.services.line_readiness import LineReadinessService
from neurohub_desktop.services.station import Actor
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from tools.demo_station import NAMES, SEED_CRITERIA, SyncRunner
from tools.screenshots import SHOTS, ShotEnv, main, shot

ADMIN_SHOTS = (
    "admin_home",
    "admin_users",
    "admin_criteria",
    "admin_firmware",
    "admin_equipment",
)
NOW = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
TODAY = dt.date.today()
ADMIN = CurrentUser(1, "admin", "시스템 관리자", Role.ADMIN)
PROCESSES = tuple(
    ProcessInfo(n, pid, ko, en, n) for n, (pid, (ko, en)) in enumerate(NAMES.items(), 1)
)
LOT = "WF261128D01"


def _ago(**kw: float) -> dt.datetime:
    return NOW - dt.timedelta(**kw)


def _day(days: int) -> str:
    """Today ± ``days`` as the equipment's calibration keeps it (YYYY-MM-DD)."""
    return (TODAY + dt.timedelta(days=days)).isoformat()


# -- 사용자 -------------------------------------------------------------------------------------
USERS = (
    UserAccount(1, "admin", "시스템 관리자", Role.ADMIN, True, None, _ago(minutes=3)),
    UserAccount(
        7,
        "choi.yj",
        "최유진",
        Role.WORKER,
        True,
        NOW + dt.timedelta(minutes=7),
        _ago(days=1, hours=2),
        failed_login_count=5,
    ),
    UserAccount(9, "han.jw", "한지우", Role.WORKER, True, None, _ago(hours=5, minutes=12)),
    UserAccount(8, "jung.hw", "정현우", Role.WORKER, True, None, None, must_change_password=True),
    UserAccount(6, "kang.sm", "강수민", Role.WORKER, False, None, _ago(days=41)),
    UserAccount(2, "kim.mj", "김민준", Role.WORKER, True, None, _ago(hours=1, minutes=40)),
    UserAccount(3, "lee.manager", "이정훈", Role.MANAGER, True, None, _ago(hours=2, minutes=5)),
    UserAccount(4, "park.sy", "박서연", Role.WORKER, True, None, _ago(hours=1, minutes=52)),
    UserAccount(
        5,
        "yoon.dh",
        "윤도현",
        Role.VIEWER,
        True,
        None,
        _ago(days=3, hours=4),
        email="yoon.dh@withforce.example",
    ),
)


class DemoAccounts(AccountsService):
    """``AccountsService.list_users`` over ``USERS`` (the filters as the real query has them)."""

    def __init__(self) -> None:  # no sessions: nothing here connects
        pass

    def list_users(
        self,
        actor: Actor,
        *,
        role: Role | str | None = None,
        active: bool | None = None,
        locked: bool | None = None,
    ) -> tuple[UserAccount, ...]:
        return tuple(
            u
            for u in sorted(USERS, key=lambda u: u.user_id)
            if (role is None or u.role.value == str(role).upper())
            and (active is None or u.is_active is active)
            and (locked is None or u.locked is locked)
        )


# -- 펌웨어 / 설비 / 공정 기준 ------------------------------------------------------------------
FIRMWARE = (
    la.FirmwareInfo(
        "v1.2.3",
        "STM32F4",
        True,
        491_520,
        "4f2a9c1e7b03d8a6e51c0b9d72f3a8e4",
        _ago(days=12, hours=3),
        "wf_v1.2.3.bin",
        r"\\fileserver\firmware\wf_v1.2.3.bin",
        "토크 센서 보정값 반영, 부팅 시간 단축",
    ),
    la.FirmwareInfo(
        "v1.2.2",
        "STM32F4",
        False,
        487_424,
        "b81d04e6a9c2f57e3d0a16c4e8b97f25",
        _ago(days=47, hours=6),
        "wf_v1.2.2.bin",
        r"\\fileserver\firmware\wf_v1.2.2.bin",
        "모터 드라이버 타이밍 수정",
    ),
    la.FirmwareInfo(
        "v1.2.1",
        "STM32F4",
        False,
        486_912,
        "0c9e7a35d1f84b62a7e03c58d9b1f4a6",
        _ago(days=96, hours=1),
        "wf_v1.2.1.bin",
        r"\\fileserver\firmware\wf_v1.2.1.bin",
        None,
    ),
)
OPERATORS = (("kim.mj", "김민준"), ("park.sy", "박서연"), ("han.jw", "한지우"))
EQUIPMENT = (
    la.EquipmentItem(
        "EQ-CAM08", "외관 검사 카메라", "VISION", "PROC-008", "AVAILABLE", _day(150), 365
    ),
    la.EquipmentItem(
        "EQ-FW04", "펌웨어 다운로더 1호", "PROGRAMMER", "PROC-004", "IN_USE", None, None
    ),
    la.EquipmentItem("EQ-JIG02", "LMA 조립 지그 A", "JIG", "PROC-002", "IN_USE", None, None),
    la.EquipmentItem(
        "EQ-LM01", "레이저 마킹기 1호", "LASER_MARKER", "PROC-001", "IN_USE", _day(118), 365
    ),
    la.EquipmentItem(
        "EQ-PR07", "라벨 프린터 ZT230", "PRINTER", "PROC-007", "AVAILABLE", None, None
    ),
    la.EquipmentItem(
        "EQ-PT06", "성능 시험기 1호", "TESTER", "PROC-006", "MAINTENANCE", _day(9), 90
    ),
    la.EquipmentItem("EQ-T01", "센서 검사기 1호", "TESTER", "PROC-003", "IN_USE", _day(64), 180),
    la.EquipmentItem(
        "EQ-T03", "센서 검사기 3호", "TESTER", "PROC-003", "AVAILABLE", _day(-4), 180
    ),  # past its calibration date
)


def _criteria(process_id: str) -> dict[str, Any]:
    """The seed criteria at version 3; PROC-003 with an item and a defect code retired."""
    stored = copy.deepcopy(SEED_CRITERIA[process_id])
    stored.update(version=3, reason="센서 교정 주기 반영")
    if process_id == "PROC-003":
        stored["measurements"].append(
            {
                "code": "SUPPLY_VOLTAGE",
                "name": "공급 전압",
                "name_en": "Supply voltage",
                "unit": "V",
                "kind": "number",
                "lsl": 3.2,
                "target": 3.3,
                "usl": 3.4,
                "required": False,
                "retired": True,
            }
        )
        stored["defect_codes"] += [
            {"code": "SENSOR_I2C_FAIL", "name": "I2C 통신 불량", "name_en": "I2C failure"},
            {
                "code": "SENSOR_POWER_FAIL",
                "name": "센서 전원 불량",
                "name_en": "Sensor power failure",
                "retired": True,
            },
        ]
    return stored


class DemoAdminLine(AdminLineService):
    """What the Firmware, Equipment and 공정 기준 pages read, from the rows above."""

    def __init__(self) -> None:  # no sessions: nothing here connects
        self.station = "LINE1-ST03"

    def list_firmware(self, actor: Actor) -> tuple[la.FirmwareInfo, ...]:
        return FIRMWARE

    def firmware_uses(
        self, actor: Actor, version: str, *, limit: int = USES_LIMIT
    ) -> tuple[la.FirmwareUse, ...]:
        if version != "v1.2.3":
            return ()
        uses = []
        for n in range(14):
            login, name = OPERATORS[n % len(OPERATORS)]
            uses.append(
                la.FirmwareUse(
                    f"WIP-{LOT}-{31 - n:03d}",
                    LOT,
                    _ago(minutes=6 + 7 * n),
                    login,
                    name,
                    "FAIL" if n == 4 else "PASS",
                )
            )
        return tuple(uses[:limit])

    def list_processes(self, actor: Actor) -> tuple[ProcessInfo, ...]:
        return PROCESSES

    def list_equipment(
        self, actor: Actor, process_id: str | None = None
    ) -> tuple[la.EquipmentItem, ...]:
        return tuple(e for e in EQUIPMENT if process_id in (None, e.process_id))

    def criteria(self, actor: Actor, process_id: str) -> ce.CriteriaState:
        stored = _criteria(process_id)
        kinds, defects = ce.stored_codes(stored)
        used = ce.UsedCodes(frozenset(kinds), defects - {"SENSOR_I2C_FAIL"})
        return ce.CriteriaState(process_id, stored, 3, stored["reason"], used)


# -- the checklist ------------------------------------------------------------------------------
def _readiness() -> rd.LineReadiness:
    """Accounts and firmware done, PROC-005 and PROC-006 without equipment, a mark confirmed
    at PROC-001 but no serial label printed at PROC-007 yet."""
    this_pc = rd.ThisStation("LINE1-ST03", "PROC-003", None)
    ready = {p: 0 for p in NAMES}
    waiting = dict(ready)
    for e in EQUIPMENT:
        assert e.process_id is not None
        if e.offered_to_stations:
            ready[e.process_id] += 1
        else:
            waiting[e.process_id] += 1
    mark = rd.LabelEvidence(_ago(minutes=18), f"WIP-{LOT}-032", "LINE1-ST01")
    return rd.LineReadiness(
        (
            rd.RoleCount(Role.ADMIN, 1),
            rd.RoleCount(Role.MANAGER, 1),
            rd.RoleCount(Role.WORKER, 5, 1),
            rd.RoleCount(Role.VIEWER, 1),
        ),
        (rd.ActiveFirmware("STM32F4", "v1.2.3"),),
        (),
        tuple(
            rd.ProcessEquipment(
                p.process_id, p.name_ko, p.name_en, ready[p.process_id], waiting[p.process_id]
            )
            for p in PROCESSES
        ),
        (rd.PrinterReadiness("PROC-001", this_pc, mark), rd.PrinterReadiness("PROC-007", this_pc)),
    )


class DemoReadiness(LineReadinessService):
    def __init__(self) -> None:  # no sessions: nothing here connects
        self.this_pc = rd.ThisStation("LINE1-ST03", "PROC-003", None)

    def check(self, actor: Actor) -> rd.LineReadiness:
        return _readiness()


# -- the shots ----------------------------------------------------------------------------------
def _ctx(env: ShotEnv) -> AppContext:
    events = AppEvents()
    env.keep.append(events)
    runner = SyncRunner()
    return AppContext(
        env.settings,
        runner,
        Services(
            accounts=DemoAccounts(), admin_line=DemoAdminLine(), line_readiness=DemoReadiness()
        ),
        events,
        ADMIN,
        env.locale,
        reads=runner,
    )


@shot("admin_home")
def _home(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.admin.home_page import HomePage

    page = HomePage(_ctx(env))
    page.reload()
    return page


@shot("admin_users")
def _users(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.admin.users_page import UsersPage

    page = UsersPage(_ctx(env))
    page.select_user("choi.yj")
    # the list dragged a little wider than it opens (at 1366 px its last column is elided)
    page.view.splitter.setSizes([10_000, 360])
    return page


@shot("admin_criteria")
def _criteria_shot(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.admin.criteria_page import CriteriaPage, M

    page = CriteriaPage(_ctx(env))
    page.select_process("PROC-003")
    page.reload()
    page.select_item(M, "TEMP_SENSOR")
    page.view.m_usl.setText("61.5")
    page.apply(M)
    page.view.reason.setText("센서 교정 후 상한 조정")
    return page


@shot("admin_firmware")
def _firmware(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.admin.firmware_page import FirmwarePage

    page = FirmwarePage(_ctx(env))
    page.select_version("v1.2.3")
    return page


@shot("admin_equipment")
def _equipment(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.admin.equipment_page import EquipmentPage

    page = EquipmentPage(_ctx(env))
    page.select_equipment("EQ-PT06")
    return page


def run(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--only" not in args:
        for name in ADMIN_SHOTS:
            args += ["--only", name]
    assert all(name in SHOTS for name in ADMIN_SHOTS)
    return main(args)


if __name__ == "__main__":
    sys.exit(run())
