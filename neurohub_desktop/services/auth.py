"""Login, lockout and password change.  One public method = one transaction.

The lockout lives in ``users`` (``failed_login_count``, ``locked_until``) so it holds across
stations; the user row is locked (``FOR UPDATE``) while an attempt is judged, so two stations
hammering the same account cannot lose a failure.  Time comes from an injected clock.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import bcrypt
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db.engine import set_actor
from neurohub_desktop.db.models import User
from neurohub_desktop.domain.auth import (
    LOCK_MINUTES,
    MAX_FAILED_LOGINS,
    CurrentUser,
    LoginReason,
    LoginRefused,
    Role,
    check_new_password,
    password_reused_error,
    wrong_current_password_error,
)
from neurohub_desktop.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def hash_password(password: str, rounds: int = 12) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds)).decode("ascii")


def _matches(password: str, password_hash: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), password_hash.encode("ascii"))
    except ValueError:  # not a bcrypt hash: never matches
        return False


class AuthService:
    def __init__(self, sessions: sessionmaker[Session], *, station: str | None = None,
                 clock: Clock = utc_now, bcrypt_rounds: int = 12,
                 max_failures: int = MAX_FAILED_LOGINS,
                 lock_duration: timedelta = timedelta(minutes=LOCK_MINUTES)) -> None:
        self._sessions = sessions
        self._station = station
        self._clock = clock
        self._rounds = bcrypt_rounds
        self._max_failures = max_failures
        self._lock_duration = lock_duration
        self._dummy_hash: str | None = None

    @contextmanager
    def _transaction(self, actor: int | None) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                set_actor(session, actor, self._station)
                yield session
        except (OperationalError, DBAPIError) as exc:
            if isinstance(exc, OperationalError) or exc.connection_invalidated:
                raise DatabaseUnavailable(
                    "The database cannot be reached. Check the network and try again.",
                    "데이터베이스에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도하세요.",
                    detail=str(exc.orig or exc)) from exc
            raise

    def login(self, user_id: str, password: str) -> CurrentUser:
        """The user, if the password is right and the account usable; else LoginRefused."""
        now = self._clock()
        refused: LoginRefused | None = None
        with self._transaction(None) as session:
            wanted = user_id.strip() if isinstance(user_id, str) else ""
            plausible = 0 < len(wanted) <= 50 and wanted.isprintable()  # no NUL, surrogates
            user = session.scalars(
                select(User).where(User.user_id == wanted).with_for_update()
            ).one_or_none() if plausible else None
            if user is None:
                self._burn_time(password)  # as slow as a real check: no user enumeration by timing
                refused = LoginRefused(LoginReason.CREDENTIALS)
            else:
                refused = self._judge(session, user, password, now)
            if refused is None:
                assert user is not None
                return CurrentUser(user.id, user.user_id, user.username, Role(user.role),
                                   user.must_change_password)
        raise refused

    def _judge(self, session: Session, user: User, password: str,
               now: datetime) -> LoginRefused | None:
        if user.locked_until is not None:
            if user.locked_until > now:
                return LoginRefused(LoginReason.LOCKED, locked_until=user.locked_until)
            user.locked_until = None  # the lock expired: a fresh series of attempts
            user.failed_login_count = 0
        if not _matches(password, user.password_hash):
            user.failed_login_count += 1
            if user.failed_login_count >= self._max_failures:
                user.locked_until = now + self._lock_duration
                log.warning("user %s locked until %s", user.user_id, user.locked_until)
                return LoginRefused(LoginReason.LOCKED, locked_until=user.locked_until)
            return LoginRefused(LoginReason.CREDENTIALS)
        if not user.is_active:
            return LoginRefused(LoginReason.INACTIVE)
        # Success: from here on the user acts on their own row, so name them in the audit trail.
        set_actor(session, user.id, self._station)
        user.failed_login_count = 0
        user.locked_until = None
        user.last_login_at = now
        return None

    def _burn_time(self, password: str) -> None:
        if self._dummy_hash is None:
            self._dummy_hash = hash_password("not-a-real-password", self._rounds)
        _matches(password, self._dummy_hash)

    def change_password(self, user: CurrentUser, current_password: str, new_password: str,
                        confirm: str | None = None) -> CurrentUser:
        """Replace the password (min 8 characters, not the current one); clears the forced flag."""
        check_new_password(new_password, confirm)
        new_hash = hash_password(new_password, self._rounds)
        with self._transaction(user.id) as session:
            row = session.get(User, user.id, with_for_update=True)
            if row is None or not row.is_active:
                raise LoginRefused(LoginReason.INACTIVE)
            if not _matches(current_password, row.password_hash):
                raise wrong_current_password_error()
            if _matches(new_password, row.password_hash):
                raise password_reused_error()
            row.password_hash = new_hash
            row.must_change_password = False
            return CurrentUser(row.id, row.user_id, row.username, Role(row.role), False)
