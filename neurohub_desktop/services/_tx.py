"""One transaction per operator action, with database errors sorted at the boundary.

``station_transaction`` opens the transaction, names the actor (``set_actor``) in its first
statement, and turns what PostgreSQL says into the domain errors the station explains
(``db.errors.map_db_error``).  A row locked by another station (NOWAIT, SQLSTATE 55P03) is a
ConflictError: the unit is being worked on elsewhere right now.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.engine import set_actor
from neurohub_desktop.db.errors import map_db_error
from neurohub_desktop.domain.errors import ConflictError, NeuroHubError

LOCK_NOT_AVAILABLE = "55P03"


def translate(exc: SQLAlchemyError, *, during_commit: bool = False) -> NeuroHubError:
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    if getattr(orig, "pgcode", None) == LOCK_NOT_AVAILABLE:
        return ConflictError(
            "Another station is working on this unit right now; try again when it is done.",
            "다른 스테이션에서 지금 이 제품을 처리하고 있습니다. 그쪽 작업이 끝난 뒤 다시 "
            "시도하세요.", code="LOCKED", sqlstate=LOCK_NOT_AVAILABLE)
    return map_db_error(exc, during_commit=during_commit)


@contextmanager
def station_transaction(sessions: sessionmaker[Session], user_id: int | None,
                        station: str | None) -> Iterator[Session]:
    """A transaction with the actor set first; database errors translated (a failing COMMIT
    is reported as "outcome unknown" when the connection is lost)."""
    session = sessions()
    try:
        tx = session.begin()
        try:
            set_actor(session, user_id, station)
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
        session.close()


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
