"""Engines and sessions.  One engine per process; services open one transaction per action."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
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
    application_name: str = APPLICATION_NAME,
) -> Engine:
    """A psycopg2 engine with pre-ping and per-connection session limits for station work."""
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
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=2,
        connect_args=connect_args,
    )


def libpq_dsn(url: URL) -> str:
    """The URL as a libpq connection string (psycopg2.connect, psql, pg_dump)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def set_actor(session: Session, user_id: int | None, station: str | None) -> None:
    """Name the actor for the audit trail, for this transaction only (set_config …, true)."""
    session.execute(
        text(
            "SELECT set_config('neurohub.user_id', :uid, true),"
            " set_config('neurohub.station', :station, true)"
        ),
        {"uid": "" if user_id is None else str(user_id), "station": station or ""},
    )


@contextmanager
def transaction(
    sessions: sessionmaker[Session], user_id: int | None = None, station: str | None = None
) -> Iterator[Session]:
    """One transaction with the actor set in its first statement."""
    with sessions.begin() as session:
        set_actor(session, user_id, station)
        yield session
