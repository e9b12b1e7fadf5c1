"""A line to benchmark on: users, an active firmware version, LOTs created by the real
LotsService, the operator's passing form values, and a statement counter.

Set-up rows that no station writes (users, firmware) are inserted directly as an ADMIN would;
everything a station or a manager does goes through the project's services.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.engine import make_engine, make_sessionmaker, set_actor
from neurohub_desktop.db.models import FirmwareVersion, User
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.services.auth import hash_password
from neurohub_desktop.services.lots import LotsService

PASSWORD = "bench-password"
FIRMWARE = "v1.2.3"
LOT_DATE = dt.date(2026, 3, 2)

#: what an operator types or ticks for a passing unit, per process
GOOD_VALUES: dict[str, dict[str, object]] = {
    "PROC-001": {"MARK_READABLE": True},
    "PROC-002": {"SMA_SPRING_LOT": "SMA-2411-07", "BUSBAR_LOT": "BB-88", "VISUAL_OK": True},
    "PROC-003": {"TEMP_SENSOR": "60.2", "TOF_DISTANCE": "500", "I2C_OK": True},
    "PROC-004": {"FIRMWARE_VERSION": FIRMWARE, "UPLOAD_OK": True},
    "PROC-005": {"CABLE_OK": True, "VISUAL_OK": True},
    "PROC-006": {"FORCE_38C": "10.1", "FORCE_52C": "15.0", "FORCE_66C": "19.9"},
    "PROC-007": {"LABEL_VERIFIED": True},
    "PROC-008": {"VISUAL_OK": True, "PACKAGING_OK": True},
}


@dataclass
class Line:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    worker: CurrentUser
    manager: CurrentUser
    lots: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()


def add_user(sm: sessionmaker[Session], user_id: str, role: str, *, rounds: int = 4) -> CurrentUser:
    with sm.begin() as s:
        set_actor(s, None, "bench")
        pk = s.scalar(select(User.id).where(User.user_id == user_id))
        if pk is None:
            pk = s.scalar(insert(User).values(
                user_id=user_id, username=f"벤치 {user_id}",
                password_hash=hash_password(PASSWORD, rounds), role=role).returning(User.id))
    return CurrentUser(int(pk), user_id, f"벤치 {user_id}", Role(role))


def add_firmware(sm: sessionmaker[Session]) -> None:
    with sm.begin() as s:
        set_actor(s, None, "bench")
        if s.scalar(select(FirmwareVersion.id).where(FirmwareVersion.version == FIRMWARE)):
            return
        s.execute(insert(FirmwareVersion).values(
            version=FIRMWARE, filename=f"fw_{FIRMWARE}.bin", file_path=f"/fw/{FIRMWARE}.bin",
            file_size=1024, md5_hash="0" * 32, target_mcu="STM32F4", is_active=True))


def open_line(url: URL, *, lots: int, pool_size: int = 2) -> Line:
    """Users, firmware and ``lots`` new LOTs of 100 (created through LotsService)."""
    engine = make_engine(url, pool_size=pool_size)
    sm = make_sessionmaker(engine)
    worker = add_user(sm, "worker1", "WORKER")
    manager = add_user(sm, "manager1", "MANAGER")
    add_firmware(sm)
    line = Line(url, engine, sm, worker, manager)
    line.lots = add_lots(line, lots)
    return line


def add_lots(line: Line, count: int, *, target: int = 100) -> list[str]:
    svc = LotsService(line.sessions, station="BENCH-MGR")
    made = []
    for i in range(count):
        day = LOT_DATE + dt.timedelta(days=(len(line.lots) + i) // 2)
        shift = "D" if (len(line.lots) + i) % 2 == 0 else "N"
        made.append(svc.create_lot(line.manager, "WF", shift, target, date=day).lot_number)
    line.lots += made
    return made


class StatementCounter:
    """Counts the SQL statements an engine sends (what one operator action costs in round
    trips, besides BEGIN/COMMIT)."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, *_args: Any) -> None:
        self.count += 1

    @contextmanager
    def measure(self, into: list[int]) -> Iterator[None]:
        before = self.count
        yield
        into.append(self.count - before)


def scalar(url_engine: Engine, sql: str, **params: Any) -> Any:
    with url_engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()
