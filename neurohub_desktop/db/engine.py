"""Engines and sessions.  One engine per process; services open one transaction per action."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

APPLICATION_NAME = "neurohub-desktop"


def make_engine(
    url: URL | str,
    *,
    statement_timeout_ms: int | None = 30_000,
    idle_in_transaction_timeout_ms: int | None = 60_000,
    lock_timeout_ms: int | None = None,
    pool_size: int = 5,
    max_overflow: int = 2,
    application_name: str = APPLICATION_NAME,
    autocommit: bool = False,
    deadline_s: float | None = None,
) -> Engine:
    """A psycopg2 engine with per-connection session limits for station work.

    ``autocommit``: every statement is its own transaction, set once per connection — the
    engine of the station functions.  It sends no pre-ping (a round trip per action): each
    write is one function call that is safe to repeat, so a pooled connection that died
    meanwhile fails that call as "outcome unknown", the pool is invalidated and the write is
    retried on a fresh connection (``services.resilience.run_write``).  Other engines ping
    on checkout: a read or a multi-statement transaction is not retried.

    ``deadline_s``: how long a connection may stay lent out before its socket is shut down
    (``db.deadline``: a frozen network fails the call instead of hanging it)."""
    options = []
    if statement_timeout_ms is not None:
        options.append(f"-c statement_timeout={statement_timeout_ms}")
    if idle_in_transaction_timeout_ms is not None:
        options.append(f"-c idle_in_transaction_session_timeout={idle_in_transaction_timeout_ms}")
    if lock_timeout_ms is not None:
        options.append(f"-c lock_timeout={lock_timeout_ms}")
    connect_args: dict[str, object] = {
        "application_name": application_name,
        "connect_timeout": 5,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }
    if options:
        connect_args["options"] = " ".join(options)
    engine = create_engine(
        url,
        pool_pre_ping=not autocommit,
        pool_size=pool_size,
        max_overflow=max_overflow,
        connect_args=connect_args,
        # autocommit: no transaction is ever open on a returned connection, so the pool's
        # rollback on check-in (the reset SQLAlchemy documents as unneeded in pure
        # autocommit) is skipped on every action
        **({"isolation_level": "AUTOCOMMIT", "pool_reset_on_return": None} if autocommit else {}),
    )
    engine.nh_autocommit = autocommit  # type: ignore[attr-defined]  # read by services.uow
    if deadline_s is not None:
        from neurohub_desktop.db import deadline

        deadline.install(engine, deadline_s, server_clock=autocommit)
    return engine


class Credentials:
    """A person's password, kept in memory only, handed to each new connection (so a
    changed password is used by the next reconnect; it never sits in a URL or a file)."""

    __slots__ = ("password",)

    def __init__(self, password: str) -> None:
        self.password = password

    def __repr__(self) -> str:
        return "Credentials(***)"


def make_person_engine(url: URL, credentials: Credentials, **kw: object) -> Engine:
    """``make_engine`` for a person's own login: ``url`` names their role and no password;
    every connection takes the password from ``credentials``."""
    engine = make_engine(url, **kw)  # type: ignore[arg-type]
    engine.nh_credentials = credentials  # type: ignore[attr-defined]  # the listener's DSN

    @event.listens_for(engine, "do_connect")
    def _password(_dialect, _record, _cargs, cparams):  # type: ignore[no-untyped-def]
        cparams["password"] = credentials.password

    return engine


def make_person_writer(person: Engine, action_timeout_s: int) -> Engine:
    """The engine of the station functions for the person ``person`` logs in as: autocommit,
    a small pool of its own (reads 5 + 2, writes 2 + 1 and the listener stay within the
    login's 10 connections), the action's deadline, and a statement timeout a second below."""
    return make_person_engine(
        person.url,
        person.nh_credentials,  # type: ignore[attr-defined]
        autocommit=True,
        pool_size=2,
        max_overflow=1,
        statement_timeout_ms=(action_timeout_s - 1) * 1000,
        deadline_s=action_timeout_s,
    )


def libpq_dsn(url: URL) -> str:
    """The URL as a libpq connection string (psycopg2.connect, psql, pg_dump)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class Sessions(sessionmaker[Session]):
    """Sessions on the connection of the person logged in (reads), and the engine that
    writes for an actor: the station's own engine (one person per PC); a test that plays
    several people passes ``writers`` (actor id → that person's engine)."""

    def __init__(
        self,
        engine: Engine,
        writers: Callable[[int], Engine] | None = None,
        *,
        write_engine: Engine | None = None,
    ) -> None:
        super().__init__(engine, expire_on_commit=False)
        self._writers = writers
        self._write_engine = write_engine

    @property
    def engine(self) -> Engine:
        bind = self.kw["bind"]
        assert isinstance(bind, Engine)
        return bind

    def writer(self, actor_id: int) -> Engine:
        if self._writers is not None:
            return self._writers(actor_id)
        return self._write_engine if self._write_engine is not None else self.engine


def make_sessionmaker(engine: Engine) -> Sessions:
    return Sessions(engine)


def set_station(session: Session, station: str | None) -> None:
    """Name this PC's station for the audit trail, for this transaction only.  Who acts is
    not set here: the database takes it from the login (``nh_actor()``, domain.md §7)."""
    session.execute(
        text("SELECT set_config('neurohub.station', :station, true)"), {"station": station or ""}
    )


def set_reason(session: Session, reason: str) -> None:
    """Say why this transaction changes what it changes (``neurohub.reason``, this transaction
    only): the admin functions refuse a change without it and BR-006 stores it in every audit
    row the transaction writes (issue 14)."""
    session.execute(text(REASON_SQL), {"nh_reason": reason})


#: the statement that sets the reason (``:nh_reason``); ``REASON_FROM`` puts it in the FROM
#: clause of a single-statement call (``SELECT nh_f(…) FROM set_config(…)``): a function in
#: FROM is evaluated before the select list, so the setting holds when the function runs
REASON_SQL = "SELECT set_config('neurohub.reason', :nh_reason, true)"
REASON_FROM = " FROM set_config('neurohub.reason', :nh_reason, true) AS nh_reason"


@contextmanager
def transaction(sessions: sessionmaker[Session], station: str | None = None) -> Iterator[Session]:
    """One transaction with the station named in its first statement."""
    with sessions.begin() as session:
        set_station(session, station)
        yield session


@contextmanager
def sent_statements(engine: Engine) -> Iterator[list[str]]:
    """The statements ``engine``'s connections send through a cursor meanwhile, in order:
    SQLAlchemy's executions and the station functions' direct calls
    (``services.uow.call``) alike; not the pool's pre-ping (sent before a checkout) nor
    psycopg2's own BEGIN.  For tests and benchmarks that count what an action sends."""
    import psycopg2.extensions

    sent: list[str] = []

    class Counting(psycopg2.extensions.cursor):  # type: ignore[misc]
        def execute(self, query: object, vars: object = None) -> None:  # noqa: A002
            sent.append(query.decode() if isinstance(query, bytes) else str(query))
            super().execute(query, vars)

    before: dict[int, object] = {}

    def lent(dbapi_connection: object, _record: object, _proxy: object) -> None:
        before[id(dbapi_connection)] = dbapi_connection.cursor_factory  # type: ignore[attr-defined]
        dbapi_connection.cursor_factory = Counting  # type: ignore[attr-defined]

    def back(dbapi_connection: object, _record: object) -> None:
        if dbapi_connection is not None and id(dbapi_connection) in before:
            dbapi_connection.cursor_factory = before.pop(id(dbapi_connection))  # type: ignore[attr-defined]

    event.listen(engine, "checkout", lent)
    event.listen(engine, "checkin", back)
    try:
        yield sent
    finally:
        for name, fn in (("checkout", lent), ("checkin", back)):
            if event.contains(engine, name, fn):  # gone with a disposed engine's pool
                event.remove(engine, name, fn)
