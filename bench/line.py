"""A line to benchmark on: real accounts, an active firmware version, LOTs created by the real
LotsService, the operator's passing form values, and a statement counter.

Who does what (issue 12: the benchmarks act as operator roles, not as the owner):

* the schema owner (``Line.owner``) makes the accounts — ``nh_create_user`` (the users row
  and the person's PostgreSQL login role), then ``must_change_password = false`` so the
  bench needs no first-login password change — and registers the firmware, as an ADMIN's
  set-up would; it writes nothing a station or a manager does;
* every station and every manager action runs on that person's own connection, made
  exactly as the app makes it after login (``services.auth.AuthService.login``: the kiosk
  asks ``nh_login_begin``, the person's engine — ``make_person_engine``, the app's pool
  settings, the password in memory only — connects with SCRAM and calls
  ``nh_session_start``); the services get the sessions ``app.make_services`` builds:
  reads on that engine, the station functions on the person's autocommit writer
  (``Sessions(engine, write_engine=…)``, the app's ``_person_writer`` settings).

A person's login has CONNECTION LIMIT 10 (migrations/sql_006_security.py): simulated
stations that run at the same time each log in as a person of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL

from neurohub_desktop.config import Settings
from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import (
    Sessions,
    make_engine,
    make_person_engine,
    make_person_writer,
    make_sessionmaker,
    sent_statements,
)
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.services.auth import AuthService
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


@cache
def verifier(password: str = PASSWORD) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` (PBKDF2: computed once per process)."""
    return roles.scram_sha256_verifier(password)


@dataclass
class Person:
    """A person logged in as a station logs them in: their CurrentUser, their own engines
    (their PostgreSQL login role: reads, and the autocommit writer of the station
    functions) and the sessions the services take."""

    user: CurrentUser
    engine: Engine
    writer: Engine
    sessions: Sessions

    @property
    def id(self) -> int:
        return self.user.id

    def close(self) -> None:
        self.writer.dispose()
        self.engine.dispose()


#: the reason every admin change needs (``neurohub.reason``, issue 14)
WHY = " FROM set_config('neurohub.reason', 'bench: set up', true) AS nh_reason"


def create_account(
    owner: Engine, user_id: str, role: str, *, username: str | None = None, password: str = PASSWORD
) -> int:
    """An account as an ADMIN makes it (the schema owner here): ``nh_create_user`` — the
    users row and its login role — then no forced change at first login.  Idempotent."""
    with owner.begin() as conn:
        pk = conn.execute(text("SELECT id FROM users WHERE user_id = :u"), {"u": user_id}).scalar()
        if pk is None:
            pk = conn.execute(
                text("SELECT nh_create_user(:u, :n, :r, :v, NULL)" + WHY),
                {
                    "u": user_id,
                    "n": username or f"벤치 {user_id}",
                    "r": role,
                    "v": verifier(password),
                },
            ).scalar_one()
        conn.execute(text("UPDATE users SET must_change_password = false WHERE id = :i"), {"i": pk})
    return int(pk)


def add_user(sm: Sessions, user_id: str, role: str, *, rounds: int = 4) -> CurrentUser:
    """``create_account`` on the engine of ``sm`` (the schema owner's), for B5; the account's
    password is ``PASSWORD``.  ``rounds`` is ignored: PostgreSQL checks the password now
    (SCRAM-SHA-256, ``roles.SCRAM_ITERATIONS``), not a bcrypt hash in the client."""
    del rounds
    pk = create_account(sm.engine, user_id, role)
    return CurrentUser(pk, user_id, f"벤치 {user_id}", Role(role))


def login(
    url: URL, user_id: str, password: str = PASSWORD, *, station: str | None = None
) -> Person:
    """Log ``user_id`` in exactly as the app does (kiosk → the person's own SCRAM login →
    ``nh_session_start``); the kiosk's engine is closed again afterwards (a station keeps
    it for the next login; the bench has none)."""
    assert url.database
    kiosk = make_engine(
        roles.kiosk_url(url).set(password=roles.kiosk_password(url.database)), pool_size=1
    )
    try:
        auth = AuthService(
            make_sessionmaker(kiosk),
            lambda uid, cred: make_person_engine(roles.person_url(url, uid), cred),
            station=station,
        )
        user = auth.login(user_id, password)
        engine = auth.engine
        assert engine is not None
    finally:
        kiosk.dispose()
    writer = make_person_writer(engine, Settings().action_timeout_seconds)  # the app's
    return Person(user, engine, writer, Sessions(engine, write_engine=writer))


def add_firmware(owner: Engine) -> None:
    """The active firmware (an ADMIN's registration; the owner here)."""
    with owner.begin() as conn:
        if conn.execute(
            text("SELECT 1 FROM firmware_versions WHERE version = :v"), {"v": FIRMWARE}
        ).scalar():
            return
        conn.execute(
            text(
                "INSERT INTO firmware_versions (version, filename, file_path, file_size, md5_hash,"
                " target_mcu, is_active) VALUES (:v, :f, :p, 1024, repeat('0', 32), 'STM32F4',"
                " true)"
            ),
            {"v": FIRMWARE, "f": f"fw_{FIRMWARE}.bin", "p": f"/fw/{FIRMWARE}.bin"},
        )


@dataclass
class Line:
    """The owner's engine (set-up and the SQL checks), the worker and the manager logged in
    as themselves, and the LOTs made so far."""

    url: URL
    owner: Engine
    worker: Person
    manager: Person
    lots: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.worker.close()
        self.manager.close()
        self.owner.dispose()


def open_line(url: URL, *, lots: int, workers: tuple[str, ...] = ("worker1",)) -> Line:
    """Accounts (``workers`` as WORKER, ``manager1`` as MANAGER), firmware, and ``lots`` new
    LOTs of 100 created through LotsService by the manager on their own login.  ``worker``
    is the first of ``workers``, logged in; the others only have their accounts (a station
    process logs in as its own)."""
    owner = make_engine(url, pool_size=1)
    for uid in workers:
        create_account(owner, uid, "WORKER")
    create_account(owner, "manager1", "MANAGER")
    add_firmware(owner)
    line = Line(
        url,
        owner,
        login(url, workers[0], station="BENCH"),
        login(url, "manager1", station="BENCH-MGR"),
    )
    line.lots = add_lots(line, lots)
    return line


def add_lots(line: Line, count: int, *, target: int = 100) -> list[str]:
    svc = LotsService(line.manager.sessions, station="BENCH-MGR")
    made = []
    for i in range(count):
        day = LOT_DATE + dt.timedelta(days=(len(line.lots) + i) // 2)
        shift = "D" if (len(line.lots) + i) % 2 == 0 else "N"
        made.append(svc.create_lot(line.manager.user, "WF", shift, target, date=day).lot_number)
    line.lots += made
    return made


class StatementCounter:
    """Counts what an engine sends per operator action: every statement sent through a
    cursor (``db.engine.sent_statements``: SQLAlchemy's executions and the station
    functions' direct calls alike) and every pool pre-ping (``SELECT 1`` on checkout, which
    the pool sends before lending the connection: the dialect's ``do_ping`` is wrapped to
    count it).  psycopg2's implicit BEGIN and the COMMIT / ROLLBACK of a transaction are
    counted apart (``transactions``): a write in autocommit has none."""

    def __init__(self, *engines: Engine) -> None:
        self.pings = 0
        self.ends = 0
        self._watching = ExitStack()
        self._sent = [self._watching.enter_context(sent_statements(e)) for e in engines]
        for engine in engines:
            event.listen(engine, "commit", self._on_end)
            event.listen(engine, "rollback", self._on_end)
            self._count_pings(engine)

    @property
    def count(self) -> int:
        return sum(len(sent) for sent in self._sent) + self.pings

    def _count_pings(self, engine: Engine) -> None:
        dialect = engine.dialect
        ping = dialect.do_ping

        def counted_ping(dbapi_connection: Any) -> bool:
            self.pings += 1
            return ping(dbapi_connection)

        dialect.do_ping = counted_ping  # type: ignore[method-assign]

    def _on_end(self, conn: Any) -> None:
        # in autocommit the DBAPI commit / rollback sends nothing
        if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            self.ends += 1

    @contextmanager
    def measure(self, into: list[int], ends: list[int] | None = None) -> Iterator[None]:
        before, ends_before = self.count, self.ends
        yield
        into.append(self.count - before)
        if ends is not None:
            ends.append(self.ends - ends_before)


def scalar(engine: Engine, sql: str, **params: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()
