"""Login, lockout and password change, with PostgreSQL checking the password.

Every person has a login role of their own (domain.md §7); the password typed at the station
is that role's password, verified by the server's SCRAM-SHA-256 authentication — never here.
Before anyone logs in the station is connected as the kiosk role, which can only ask
``nh_login_begin`` for the role to connect as (and whether the account is locked) and report
``nh_login_failed``.  Every attempt counts as a failure until the person's own session says
otherwise (``nh_session_start``), so the lockout (5 failures, 10 minutes: the role is set
NOLOGIN, so PostgreSQL itself refuses the right password during the lock) holds even for a
client that dies mid-login.  The password stays in memory only, in :class:`Credentials`, for
the reconnects of the person's engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import Credentials, Sessions
from neurohub_desktop.domain.auth import (
    CurrentUser,
    LoginReason,
    LoginRefused,
    Role,
    check_new_password,
    password_reused_error,
    wrong_current_password_error,
)
from neurohub_desktop.services.uow import call, translate

log = logging.getLogger(__name__)
T = TypeVar("T")
#: (login id, credentials) → an engine that connects as that person (lazily)
PersonEngineFactory = Callable[[str, Credentials], Engine]

_PASSWORD_FAILED = "28P01"  # invalid_password
_NOT_PERMITTED = "28000"  # invalid_authorization_specification: NOLOGIN (disabled or locked)


class AuthService:
    def __init__(
        self,
        kiosk: sessionmaker[Session],
        person_engine: PersonEngineFactory,
        *,
        station: str | None = None,
    ) -> None:
        self._kiosk = kiosk
        self._person_engine = person_engine
        self._station = station
        self.engine: Engine | None = None  # the logged-in person's connection
        self._credentials: Credentials | None = None

    # -- login -------------------------------------------------------------------------------
    def login(self, user_id: str, password: str) -> CurrentUser:
        """The user, if PostgreSQL accepts the password and the account is usable; else
        LoginRefused.  On success ``engine`` is that person's connection."""
        engine, credentials, data = self._authenticate(user_id, password)
        self.logout()
        self.engine, self._credentials = engine, credentials
        return _user(data)

    def countersign(
        self, user_id: str, password: str, action: Callable[[CurrentUser, Sessions], T]
    ) -> T:
        """``action`` run as another person who signs at this station (a MANAGER approving
        an override, domain.md §7): PostgreSQL checks their password exactly as at login
        (failures count towards their lockout), the logged-in person stays logged in, and
        the signer's connection is closed afterwards."""
        engine, _credentials, data = self._authenticate(user_id, password)
        try:
            return action(_user(data), Sessions(engine))
        finally:
            engine.dispose()

    def _authenticate(
        self, user_id: str, password: str
    ) -> tuple[Engine, Credentials, dict[str, Any]]:
        wanted = user_id.strip() if isinstance(user_id, str) else ""
        plausible = (
            0 < len(wanted) <= 50
            and wanted.isprintable()
            and bool(roles.USER_ID_RE.fullmatch(wanted))
            and _sendable(password)
        )
        begun = self._kiosk_call("nh_login_begin(:u)", u=wanted) if plausible else {}
        if begun.get("state") == "locked":
            raise LoginRefused(LoginReason.LOCKED, locked_until=_when(begun.get("locked_until")))
        if not plausible or not begun.get("role"):
            raise LoginRefused(LoginReason.CREDENTIALS)
        credentials = Credentials(password)
        engine = self._person_engine(wanted, credentials)
        try:
            with engine.connect() as conn:
                data = conn.execute(text("SELECT nh_session_start()")).scalar_one()
                conn.commit()
        except DBAPIError as exc:
            engine.dispose()
            raise self._refused(wanted, exc) from exc
        except SQLAlchemyError as exc:
            engine.dispose()
            raise translate(exc) from exc
        return engine, credentials, data

    def _refused(self, user_id: str, exc: DBAPIError) -> Exception:
        pgcode = getattr(exc.orig, "pgcode", None)
        message = str(exc.orig or exc)
        if pgcode == _PASSWORD_FAILED or "password authentication failed" in message:
            failed = self._kiosk_call("nh_login_failed(:u)", u=user_id)
            if failed.get("state") == "locked":
                log.warning("user %s locked until %s", user_id, failed.get("locked_until"))
                return LoginRefused(
                    LoginReason.LOCKED, locked_until=_when(failed.get("locked_until"))
                )
            return LoginRefused(LoginReason.CREDENTIALS)
        if pgcode == _NOT_PERMITTED or "not permitted to log in" in message:
            return LoginRefused(LoginReason.INACTIVE)  # the password was right
        if "inactive" in message or "is disabled" in message:
            return LoginRefused(LoginReason.INACTIVE)
        return translate(exc)

    def _kiosk_call(self, function: str, **params: Any) -> dict[str, Any]:
        data = call(self._kiosk, 0, function, params)  # the kiosk names nobody: actor unused
        return data if isinstance(data, dict) else {}

    def logout(self) -> None:
        """Forget the person: their connections close, the password is dropped."""
        if self.engine is not None:
            self.engine.dispose()
        self.engine, self._credentials = None, None

    # -- password ----------------------------------------------------------------------------
    def change_password(
        self,
        user: CurrentUser,
        current_password: str,
        new_password: str,
        confirm: str | None = None,
    ) -> CurrentUser:
        """Replace the password (min 8 characters, not the current one); clears the forced
        flag.  The new password travels as a SCRAM verifier computed here."""
        check_new_password(new_password, confirm)
        if self.engine is None or self._credentials is None:
            raise LoginRefused(LoginReason.INACTIVE)
        if current_password != self._credentials.password:
            raise wrong_current_password_error()
        if new_password == current_password:
            raise password_reused_error()
        verifier = roles.scram_sha256_verifier(new_password)
        call(Sessions(self.engine), user.id, "nh_change_password(:v)", {"v": verifier})
        self._credentials.password = new_password  # reconnects use the new one
        return CurrentUser(user.id, user.user_id, user.username, user.role, False)


def _sendable(password: object) -> bool:
    """A password libpq can send (text without NUL, valid UTF-8, within reason)."""
    if not isinstance(password, str) or "\x00" in password or len(password) > 1000:
        return False
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return False
    return True


def _user(data: dict[str, Any]) -> CurrentUser:
    return CurrentUser(
        int(data["id"]),
        str(data["user_id"]),
        str(data["username"]),
        Role(data["role"]),
        bool(data["must_change_password"]),
    )


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None
