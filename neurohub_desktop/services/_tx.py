"""One transaction per operator action, with database errors sorted at the boundary.

A write is one call of a database function (``call``): one statement on the actor's own
connection in autocommit, so the action, its checks, its claim and the read-back of what it
changed are one round trip and one transaction.  Who acts is the person the connection
authenticated as (``nh_actor()`` in the database), never a value sent with the call.
``read_session`` is the read side.  What PostgreSQL says is turned into the domain errors
the station explains (``db.errors.map_db_error``); a row locked by another station (NOWAIT,
SQLSTATE 55P03) is a ConflictError: the unit is being worked on elsewhere right now.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.engine import Sessions, set_actor
from neurohub_desktop.db.errors import map_db_error
from neurohub_desktop.domain.errors import ConflictError, NeuroHubError

LOCK_NOT_AVAILABLE = "55P03"
#: Session.info flag: the transaction's first statement named the actor (set_actor_with)
_ACTOR_NAMED = "neurohub_actor_named"


def translate(exc: SQLAlchemyError, *, during_commit: bool = False) -> NeuroHubError:
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    if getattr(orig, "pgcode", None) == LOCK_NOT_AVAILABLE:
        return ConflictError(
            "Another station is working on this unit right now; try again when it is done.",
            "다른 스테이션에서 지금 이 제품을 처리하고 있습니다. 그쪽 작업이 끝난 뒤 다시 "
            "시도하세요.", code="LOCKED", sqlstate=LOCK_NOT_AVAILABLE)
    return map_db_error(exc, during_commit=during_commit)


def set_actor_with(session: Session, user_id: int | None, station: str | None, sql: str,
                   params: Mapping[str, Any]) -> Sequence[Any] | None:
    """Name the actor (exactly as ``db.engine.set_actor``) and run the transaction's first
    read in the same statement: the first row of ``sql`` (None when it has none).  For a
    ``station_transaction(..., actor_in_first=True)``; ``sql``'s parameters must not start
    with ``nh_``."""
    return set_actor_with_then(session, user_id, station, sql, params)[0]


def set_actor_with_then(session: Session, user_id: int | None, station: str | None, sql: str,
                        params: Mapping[str, Any], then: str | None = None
                        ) -> tuple[Sequence[Any] | None, Any]:
    """``set_actor_with``, and ``then`` (a read of one column, e.g. a row lock) run in the
    same statement only when ``sql`` found no row: (first row of ``sql`` or None, first
    value of ``then`` or None — also None when ``then`` did not run)."""
    then_sql = (f"LEFT JOIN LATERAL (SELECT t0.* FROM ({then}) AS t0 "
                "WHERE q.nh_found IS NULL LIMIT 1) AS t ON true" if then else "")
    rows = session.execute(text(
        "SELECT set_config('neurohub.user_id', :nh_uid, true),"
        " set_config('neurohub.station', :nh_station, true), "
        + ("t.*, " if then else "") + "q.* "
        f"FROM (SELECT 1) AS nh_one LEFT JOIN LATERAL (SELECT true AS nh_found, q0.* "
        f"FROM ({sql}) AS q0 LIMIT 1) AS q ON true {then_sql}"),
        {**params, "nh_uid": "" if user_id is None else str(user_id),
         "nh_station": station or ""}).one()
    session.info[_ACTOR_NAMED] = True
    row = tuple(rows[2:])
    then_value, row = (row[0], row[1:]) if then else (None, row)
    return (tuple(row[1:]) if row[0] else None), then_value


@contextmanager
def station_transaction(sessions: sessionmaker[Session], user_id: int | None,
                        station: str | None, *, actor_in_first: bool = False
                        ) -> Iterator[Session]:
    """A transaction with the actor set first; database errors translated (a failing COMMIT
    is reported as "outcome unknown" when the connection is lost).  ``actor_in_first``: the
    caller's first statement is ``set_actor_with`` (one round trip less); a transaction
    that did not call it is rolled back, never committed without its actor."""
    session = sessions()
    try:
        tx = session.begin()
        try:
            if not actor_in_first:
                set_actor(session, user_id, station)
            yield session
            if actor_in_first and not session.info.get(_ACTOR_NAMED):
                raise RuntimeError("station_transaction(actor_in_first=True) without "
                                   "set_actor_with: the actor was never named")
            session.flush()
        except SQLAlchemyError as exc:
            tx.rollback()
            raise translate(exc) from exc
        except BaseException:
            tx.rollback()
            raise
        try:
            tx.commit()
        except SQLAlchemyError as exc:
            raise translate(exc, during_commit=True) from exc
    finally:
        session.close()


def call(sessions: sessionmaker[Session], actor_id: int, function: str,
         params: Mapping[str, Any]) -> Any:
    """``SELECT <function>`` (e.g. ``"nh_start(:unit, :process, :station)"``) as one
    autocommitted statement on the connection that writes for ``actor_id``; its value.  A
    connection lost while the statement ran leaves the outcome unknown (``commit_unknown``):
    every function is safe to call again (exactly-once keys, or idempotent by the state)."""
    engine = sessions.writer(actor_id) if isinstance(sessions, Sessions) else \
        sessions.kw["bind"]
    try:
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    try:
        return conn.execute(text(f"SELECT {function}"), dict(params)).scalar_one()
    except SQLAlchemyError as exc:
        raise translate(exc, during_commit=True) from exc
    finally:
        conn.close()


@contextmanager
def read_session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A read-only unit of work (errors translated: a lost connection is calm, not a crash)."""
    session = sessions()
    try:
        yield session
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    finally:
        session.close()
