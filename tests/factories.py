"""Reusable test data for database and UI tests (``import factories``).

Everything goes through the real services where one exists, so the rows are what a station
would write.  Helpers take a ``sessionmaker`` (``factories.sessions(url)``): it reads as the
test's connection (the schema owner) and writes for each actor on that person's own
PostgreSQL login (their role and ``PASSWORD``), exactly as a station logged in as them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import Sessions, make_engine, make_person_engine, set_station
from neurohub_desktop.db.models import FirmwareVersion, User
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.domain.station import DefectEntry, StepResult
from neurohub_desktop.services.auth import AuthService
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.station import StationService

PASSWORD = "test-password"
#: SCRAM verifier of PASSWORD (computed once: PBKDF2 is deliberately slow)
VERIFIER = roles.scram_sha256_verifier(PASSWORD)
FIRMWARE = "v1.2.3"

#: passing raw form values per process (what an operator would type / tick)
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
#: one defect code per process (for FAIL / REWORK)
A_DEFECT: dict[str, str] = {
    "PROC-001": "MARKING_FAIL",
    "PROC-002": "PART_DEFECT",
    "PROC-003": "SENSOR_TEMP_FAIL",
    "PROC-004": "FIRMWARE_UPLOAD_FAIL",
    "PROC-005": "ASSEMBLY_ERROR",
    "PROC-006": "PERFORMANCE_FAIL",
    "PROC-007": "LABEL_PRINT_FAIL",
    "PROC-008": "VISUAL_DEFECT",
}


def engine(url: URL) -> Engine:
    return make_engine(url, pool_size=2)


def person_url(url: URL, user_id: str) -> URL:
    """The URL a station uses for that person (their login role, PASSWORD)."""
    return roles.person_url(url, user_id).set(password=PASSWORD)


def person_engine(url: URL, user_id: str, **kw: Any) -> Engine:
    return make_engine(person_url(url, user_id), pool_size=kw.pop("pool_size", 2), **kw)


class Writers:
    """actor id → an engine logged in as that person (made on first use, kept until
    ``dispose``, which also disposes the owner's engine)."""

    def __init__(self, owner: Engine, pool_size: int = 2) -> None:
        self.owner = owner
        self.pool_size = pool_size
        self.engines: dict[int, Engine] = {}

    def __call__(self, actor_id: int) -> Engine:
        if actor_id not in self.engines:
            with self.owner.connect() as conn:
                user_id = conn.execute(
                    text("SELECT user_id FROM users WHERE id = :i"), {"i": actor_id}
                ).scalar_one()
            self.engines[actor_id] = person_engine(
                self.owner.url, user_id, autocommit=True, pool_size=self.pool_size
            )
        return self.engines[actor_id]

    def dispose(self) -> None:
        for engine in self.engines.values():
            engine.dispose()
        self.engines.clear()
        self.owner.dispose()


def sessions(url_or_engine: URL | Engine) -> Sessions:
    eng = url_or_engine if isinstance(url_or_engine, Engine) else engine(url_or_engine)
    return Sessions(eng, Writers(eng))


@contextmanager
def admin_tx(sm: sessionmaker[Session]) -> Iterator[Session]:
    with sm.begin() as s:
        set_station(s, "tests")
        yield s


#: what a fixture's call of an admin function appends: the reason every admin change needs
#: (``neurohub.reason``, issue 14), set in the FROM clause so it holds when the function runs
WHY = " FROM set_config('neurohub.reason', 'test: set up', true) AS nh_reason"


def user(
    sm: sessionmaker[Session],
    user_id: str = "worker1",
    role: str = "WORKER",
    username: str | None = None,
) -> CurrentUser:
    """An account (password ``test-password``, no forced change) made by the schema owner
    through ``nh_create_user`` — the users row and its PostgreSQL login role — and the
    CurrentUser for it."""
    with admin_tx(sm) as s:
        found = s.execute(
            select(User.id, User.username, User.role).where(User.user_id == user_id)
        ).first()
        if found is not None:  # the account as it is (its role may differ from ``role``)
            return CurrentUser(int(found[0]), user_id, found[1], Role(found[2]))
        existing = s.scalar(
            text("SELECT nh_create_user(:u, :n, :r, :v, NULL)" + WHY),
            {"u": user_id, "n": username or f"작업자 {user_id}", "r": role, "v": VERIFIER},
        )
        s.execute(
            text("UPDATE users SET must_change_password = false WHERE id = :i"), {"i": existing}
        )
    return CurrentUser(int(existing), user_id, username or f"작업자 {user_id}", Role(role))


def firmware(
    sm: sessionmaker[Session], version: str = FIRMWARE, *, active: bool = True, mcu: str = "STM32F4"
) -> None:
    with admin_tx(sm) as s:
        if active:
            s.execute(
                text(
                    "UPDATE firmware_versions SET is_active = false "
                    "WHERE target_mcu = :m AND is_active"
                ),
                {"m": mcu},
            )
        s.execute(
            insert(FirmwareVersion).values(
                version=version,
                filename=f"fw_{version}.bin",
                file_path=f"/fw/{version}.bin",
                file_size=1024,
                md5_hash="0" * 32,
                target_mcu=mcu,
                is_active=active,
            )
        )


def station(
    sm: sessionmaker[Session],
    process_id: str,
    *,
    name: str | None = None,
    printer: Any = None,
    **kw: Any,
) -> StationService:
    return StationService(
        sm, station=name or f"ST-{process_id[-1]}", process_id=process_id, printer=printer, **kw
    )


def lots(sm: sessionmaker[Session], name: str = "ST-MGR") -> LotsService:
    return LotsService(sm, station=name)


def lot(
    sm: sessionmaker[Session],
    manager: CurrentUser | None = None,
    *,
    target: int = 10,
    shift: str = "D",
    date: dt.date | None = None,
    number: str | None = None,
) -> str:
    """A new LOT (number proposed for today unless given); returns its number."""
    manager = manager or user(sm, "manager1", "MANAGER")
    view = lots(sm).create_lot(
        manager, "WF", shift, target, lot_number=number, date=date or dt.date(2026, 11, 28)
    )
    return view.lot_number


def force_lot_status(sm: sessionmaker[Session], lot_number: str, status: str) -> None:
    """Move a LOT as the schema owner (BR-001's plan state machine only; a manager's
    ``nh_set_lot_status`` refuses while units are on the line)."""
    order = ["IN_PROGRESS", "COMPLETED", "CLOSED"]
    with admin_tx(sm) as s:
        current = s.scalar(text("SELECT status FROM lots WHERE lot_number = :l"), {"l": lot_number})
        start = order.index(current) + 1 if current in order else 0
        for step in order[start : order.index(status) + 1]:
            s.execute(
                text("UPDATE lots SET status = :s WHERE lot_number = :l"),
                {"s": step, "l": lot_number},
            )


def issue_wip(
    sm: sessionmaker[Session], actor: CurrentUser, lot_number: str, *, confirm: bool = True
) -> str:
    """PROC-001: issue the next WIP of the LOT (and confirm its mark → PASS)."""
    st = station(sm, "PROC-001")
    wip = st.issue_next_wip(actor, lot_number).wip_id
    assert wip is not None
    if confirm:
        st.confirm_mark(actor, wip, wip)
    return wip


def pass_step(sm: sessionmaker[Session], actor: CurrentUser, process_id: str, unit_id: str) -> None:
    st = station(sm, process_id)
    if not st.resolve_scan(unit_id).in_progress_here:  # PROC-007: the conversion started it
        st.start_step(actor, unit_id)
    st.complete_step(actor, unit_id, StepResult.PASS, GOOD_VALUES[process_id])


def fail_step(
    sm: sessionmaker[Session],
    actor: CurrentUser,
    process_id: str,
    unit_id: str,
    result: StepResult = StepResult.FAIL,
) -> None:
    st = station(sm, process_id)
    st.start_step(actor, unit_id)
    st.complete_step(actor, unit_id, result, {}, [DefectEntry(A_DEFECT[process_id], "test")])


def wip_through(
    sm: sessionmaker[Session], actor: CurrentUser, lot_number: str, last: int = 6
) -> str:
    """A WIP issued and passed through PROC-001..PROC-<last> (needs firmware for ≥ 4)."""
    wip = issue_wip(sm, actor, lot_number)
    for n in range(2, last + 1):
        pass_step(sm, actor, f"PROC-00{n}", wip)
    return wip


def scalar(sm: sessionmaker[Session], sql: str, **params: Any) -> Any:
    with sm() as s:
        return s.execute(text(sql), params).scalar()


def rows(sm: sessionmaker[Session], sql: str, **params: Any) -> list[Any]:
    with sm() as s:
        return list(s.execute(text(sql), params).all())


def auth_service(url_or_engine: URL | Engine, station: str | None = None) -> AuthService:
    """The login service as a station builds it: the kiosk before login, then the person."""
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else url_or_engine
    assert url.database
    kiosk = roles.kiosk_url(url).set(password=roles.kiosk_password(url.database))
    return AuthService(
        Sessions(make_engine(kiosk, pool_size=1)),
        lambda uid, cred: make_person_engine(roles.person_url(url, uid), cred),
        station=station,
    )


def spring_lot_component(sm: Any, fmt: str = r"SMA-\d{4}-[0-9]{2}") -> None:
    """PROC-002's SMA_SPRING_LOT made a component lot with ``fmt`` (issue 18), through
    nh_set_criteria as an ADMIN."""
    import json

    with admin_tx(sm) as s:
        crit = s.execute(
            text("SELECT quality_criteria FROM processes WHERE process_id = 'PROC-002'")
        ).scalar_one()
        for m in crit["measurements"]:
            if m["code"] == "SMA_SPRING_LOT":
                m["kind"], m["format"] = "component", fmt
        s.execute(
            text("SELECT nh_set_criteria('PROC-002', CAST(:c AS jsonb))" + WHY),
            {"c": json.dumps(crit)},
        )
