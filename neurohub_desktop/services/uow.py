"""The unit of work: the one way every service opens a read, a write transaction or a
one-statement database call.  Services own their transactions through this module only.

The contract:

* :func:`read` — ``with read(sessions) as s:`` a session for reads; ``read_only=True`` has
  the server refuse any write (the supervisor reports).  Errors are translated; the session
  ends when the block does (rolled back: a read commits nothing).
* :func:`transaction` — ``with transaction(sessions, station=…) as s:`` one transaction of
  the session maker's own login, the station named first (``db.engine.set_station``, read by
  the audit trigger), committed when the block ends, rolled back on any error.  A COMMIT that
  fails on a lost connection is "outcome unknown" (``DatabaseUnavailable.commit_unknown``).
* :func:`call` — ``call(sessions, actor_id, "nh_fn(:a, :b)", {...})``: one autocommitted
  ``SELECT <function>`` on the connection that writes for ``actor_id``, and its value.  Every
  operator action is one such call: the database checks, claims, writes and answers in one
  round trip and one transaction.
* :func:`retried_call` — :func:`call` with the retry of ``resilience.run_write``: 40001 and
  40P01 are repeated, a lost answer is sent again (every station function is safe to repeat),
  within the writer's deadline (:func:`write_deadline`).  ``resume`` names the parameter that
  is false on the first attempt and true on a repeat (``nh_start``/``nh_issue_wip``).
* **The actor** is whom the connection authenticated as (``nh_actor()`` in the database);
  ``actor_id`` only picks that person's writer (``db.engine.Sessions.writer``), it is never
  sent as a value.  :class:`Actor` is what services need of the logged-in person.
* **Errors**: everything SQLAlchemy raises leaves this module as a domain error
  (:func:`translate`: ``db.errors.map_db_error``, plus 55P03 — a row locked NOWAIT by another
  station — as a ConflictError).
* **Exactly once** is the caller's explicit argument (a ``submission_id`` passed to the
  database function as ``:key``); nothing here looks for it by name.

This module imports no service but ``resilience`` (import-linter: no import circle).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any, Protocol

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db import deadline
from neurohub_desktop.db.engine import Sessions, set_station
from neurohub_desktop.db.errors import map_db_error
from neurohub_desktop.domain.errors import ConflictError, DatabaseUnavailable, NeuroHubError
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.services.resilience import run_write

log = logging.getLogger(__name__)
LOCK_NOT_AVAILABLE = "55P03"


def translate(exc: SQLAlchemyError, *, during_commit: bool = False) -> NeuroHubError:
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    if getattr(orig, "pgcode", None) == LOCK_NOT_AVAILABLE:
        return ConflictError(
            Msg("Another station is working on this unit right now; try again when it is done."),
            code="LOCKED",
            sqlstate=LOCK_NOT_AVAILABLE,
        )
    return map_db_error(exc, during_commit=during_commit)


class Actor(Protocol):
    """The logged-in person a write runs for (domain.auth.CurrentUser fits)."""

    @property
    def id(self) -> int: ...
    @property
    def user_id(self) -> str: ...
    @property
    def role(self) -> str: ...


@contextmanager
def transaction(sessions: sessionmaker[Session], station: str | None) -> Iterator[Session]:
    """A transaction of the session maker's own login with the station named first and
    database errors translated (a failing COMMIT is reported as "outcome unknown" when the
    connection is lost).  Station actions do not use it: they are one function call each."""
    session = sessions()
    try:
        tx = session.begin()
        try:
            set_station(session, station)
            yield session
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
        _close(session)


#: the expiry a call with a deadline carries (``db.deadline.valid_until``)
EXPIRY = " WHERE clock_timestamp() < to_timestamp(%(nh_valid_until)s)"


@functools.lru_cache(maxsize=256)
def _driver_sql(function: str) -> str:
    """``SELECT <function>`` in psycopg2's own parameter style (``:name`` → ``%(name)s``),
    made once per function text: the statement goes to the driver as it is, without
    SQLAlchemy compiling a ``text()`` construct on every action."""
    if "%" in function:
        raise ValueError(f"a literal % in a station function call: {function!r}")
    return "SELECT " + re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", function)


def call(
    sessions: sessionmaker[Session], actor_id: int, function: str, params: Mapping[str, Any]
) -> Any:
    """``SELECT <function>`` (e.g. ``"nh_start(:unit, :process, :station)"``) as one
    autocommitted statement on the connection that writes for ``actor_id``; its value.  A
    connection lost while the statement ran leaves the outcome unknown (``commit_unknown``):
    every function is safe to call again (exactly-once keys, or idempotent by the state).
    The writer sends no pre-ping (``db.engine.make_engine``): a pooled connection that died
    meanwhile fails here, the pool is invalidated, and the caller's retry
    (``resilience.run_write``) runs on a fresh one.  On an engine with a deadline the call
    carries its expiry in the server's clock (``db.deadline``): delivered late, it writes
    nothing and answers no row.

    On the person's writer (an autocommit engine) the statement goes to the pooled psycopg2
    connection's own cursor: the pool's events (the deadline's watchdog) still run on
    checkout and check-in, and SQLAlchemy's per-statement machinery, a third of the client's
    time on a station action, is skipped (``db.engine.sent_statements`` sees it)."""
    engine = _writer(sessions, actor_id)
    statement, values = _driver_sql(function), dict(params)
    until = deadline.valid_until(engine)
    if until is not None:
        statement += EXPIRY
        values["nh_valid_until"] = until
    if getattr(engine, "nh_autocommit", False):
        row = _direct(engine, statement, values)
    else:
        row = _through_sqlalchemy(engine, statement, values)
    if row is None:  # it reached the server after its deadline: not run, nothing written
        raise DatabaseUnavailable(
            Msg("The database received this too late; nothing was recorded. Send it again."),
            code="DEADLINE",
        )
    return row[0]


def _direct(engine: Engine, statement: str, values: dict[str, Any]) -> Any:
    """The one row of ``statement`` on a pooled connection of the autocommit ``engine``,
    errors as SQLAlchemy would raise them: a lost connection invalidates the pool (as
    ``Connection`` does) and reads as ``connection_invalidated``."""
    dbapi = engine.dialect.loaded_dbapi
    try:
        raw = engine.raw_connection()
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    except dbapi.Error as exc:  # the pool's connect raises psycopg2's own error, unwrapped
        lost = engine.dialect.is_disconnect(exc, None, None)
        raise translate(_wrapped(engine, exc, None, None, lost)) from exc
    cursor = None
    try:
        cursor = raw.cursor()
        cursor.execute(statement, values)
        row = cursor.fetchone()
        cursor.close()
    except dbapi.Error as exc:
        lost = engine.dialect.is_disconnect(exc, raw.dbapi_connection, cursor)
        if lost:
            engine.pool._invalidate(raw, exc)  # noqa: SLF001 - what Connection does on a disconnect
        else:
            _release(raw)
        raise translate(_wrapped(engine, exc, statement, values, lost), during_commit=True) from exc
    except BaseException:
        raw.invalidate()  # interrupted mid-call: the connection's state is not known
        raise
    _release(raw)  # the answer is in: a connection that dies on its way back changes nothing
    return row


def _wrapped(
    engine: Engine, exc: Exception, statement: str | None, values: Any, lost: bool
) -> StatementError:
    """psycopg2's ``exc`` as SQLAlchemy raises it (``DBAPIError`` and its subclasses), so
    that ``translate`` reads it as it reads any other."""
    return DBAPIError.instance(
        statement,
        values,
        exc,
        engine.dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=engine.dialect,
    )


def _through_sqlalchemy(engine: Engine, statement: str, values: dict[str, Any]) -> Any:
    """The one row of ``statement`` in autocommit on an engine that is not autocommit (a plain
    session maker's, e.g. the schema owner's in a test)."""
    try:
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    try:
        row = conn.exec_driver_sql(statement, values).first()
    except SQLAlchemyError as exc:
        _release(conn)
        raise translate(exc, during_commit=True) from exc
    _release(conn)
    return row


def retried_call(
    sessions: sessionmaker[Session],
    actor_id: int,
    function: str,
    params: Mapping[str, Any],
    *,
    resume: str | None = None,
) -> Any:
    """:func:`call` retried by ``resilience.run_write`` (40001/40P01, a lost answer) within
    the writer's deadline.  ``resume``: the name of the function's parameter that is false on
    the first attempt and true on a repeat, when the function answers with this person's own
    earlier claim instead of refusing it."""
    attempts = 0

    def once() -> Any:
        nonlocal attempts
        values = {**params, resume: attempts > 0} if resume else params
        attempts += 1
        return call(sessions, actor_id, function, values)

    return run_write(once, resolve=lambda: None, deadline_s=write_deadline(sessions, actor_id))


def _writer(sessions: sessionmaker[Session], actor_id: int) -> Any:
    """The engine that writes for ``actor_id``: the person's writer, or the session maker's."""
    return sessions.writer(actor_id) if isinstance(sessions, Sessions) else sessions.kw["bind"]


def write_deadline(sessions: sessionmaker[Session], actor_id: int) -> float | None:
    """The deadline of the engine that writes for ``actor_id`` (None: it has none)."""
    value = getattr(_writer(sessions, actor_id), "nh_deadline_s", None)
    return float(value) if value is not None else None


def _release(conn: Any) -> None:
    """Give the connection back; one that fails on the way (the server went away just after
    answering, the pool's reset cannot be sent) is thrown away instead."""
    try:
        conn.close()
    except Exception:  # noqa: BLE001 - psycopg2 or SQLAlchemy: either way it is gone
        log.info("a connection failed on its way back to the pool; discarded")
        with suppress(Exception):
            conn.invalidate()


@contextmanager
def read(sessions: sessionmaker[Session], *, read_only: bool = False) -> Iterator[Session]:
    """A unit of work for reads (errors translated: a lost connection is calm, not a crash);
    ``read_only``: the server refuses any write in it (one more statement, for long reads)."""
    session = sessions()
    try:
        if read_only:
            session.execute(text("SET TRANSACTION READ ONLY"))
        yield session
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    finally:
        _close(session)


def _close(session: Session) -> None:
    """End a session; a connection that dies on its way back (the server went away after
    the last answer) is thrown away — the read is done, and its answer (or its own error,
    already translated) is what the caller gets, never this one."""
    try:
        session.close()
    except SQLAlchemyError:
        log.info("a read connection failed on its way back to the pool; discarded")
        with suppress(Exception):
            session.invalidate()
