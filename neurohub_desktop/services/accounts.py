"""Accounts: an ADMIN's work on the line's users, through the database's own functions.

Each write is one call of ``nh_create_user`` / ``nh_update_user`` (revision 006) on the
ADMIN's own connection: the database checks that the caller is an ADMIN, creates or alters
the person's PostgreSQL login role with the users row in the same transaction, and records
who did it.  Passwords travel as SCRAM-SHA-256 verifiers computed here (``db.roles``), never
in clear text; a new or reset password must be changed at the next login.  The functions'
refusals (their ``DETAIL`` codes) come back as sentences in both languages.  Every change
takes a ``reason`` (issue 14), checked first (``domain.reasons``) and set as
``neurohub.reason`` in the call's own statement (``SELECT nh_…(…) FROM set_config(…)``: the
call is one autocommitted statement), so the audit rows it writes say why.  ``list_users``
reads the columns every login may read (revision 006 grants all of ``users`` but the
password hash).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import REASON_FROM
from neurohub_desktop.db.models import User
from neurohub_desktop.domain.auth import Role, UserAccount, check_new_password
from neurohub_desktop.domain.errors import (
    ConflictError,
    NeuroHubError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.reasons import require_reason
from neurohub_desktop.services.station import Actor
from neurohub_desktop.services.uow import call, read

MAX_USERNAME = 100


def _admin(actor: Actor) -> None:
    if actor.role != Role.ADMIN:
        raise PermissionDenied(Msg("Only an ADMIN manages accounts."))


def _role(role: Role | str) -> str:
    try:
        return Role(str(role).upper()).value
    except ValueError:
        raise ValidationError(
            Msg("Unknown role {role}: ADMIN, MANAGER, WORKER or VIEWER.", role=repr(role)),
            code="BAD_ROLE",
        ) from None


def _user_id(user_id: str) -> str:
    try:
        roles.login_role("x", user_id)
    except roles.AccountNameError:
        raise _user_id_error() from None
    return user_id


def _username(username: str) -> str:
    """The display name as the database keeps it (trimmed, 1-100 characters, no control
    characters), checked before the round trip."""
    name = username.strip() if isinstance(username, str) else ""
    if not name or len(name) > MAX_USERNAME or not name.isprintable():
        raise _bad_username()
    return name


def _bad_username() -> ValidationError:
    return ValidationError(
        Msg("A display name of 1-{limit} characters is required.", limit=MAX_USERNAME),
        code="BAD_USERNAME",
    )


def _refusal(exc: NeuroHubError, user_id: str) -> NeuroHubError:
    """The account functions' own refusals (their DETAIL code) as our messages; any other
    error as it came."""
    detail = (exc.detail or "").split()[0] if exc.detail else ""
    kw: dict[str, Any] = {"sqlstate": exc.sqlstate, "detail": exc.detail}
    if detail == "duplicate_user_id":
        return ConflictError(
            Msg("The login ID {user} is already taken; choose another.", user=user_id),
            code="USER_ID_TAKEN",
            **kw,
        )
    if detail == "bad_user_id":
        return _user_id_error()
    if detail == "bad_username":
        return _bad_username()
    if detail == "self":
        return ValidationError(
            Msg("You cannot demote or deactivate your own account."),
            code="ACCOUNT_SELF",
            **kw,
        )
    if detail == "not_found":
        return NotFoundError(
            Msg("There is no user {user}.", user=user_id),
            code="USER_NOT_FOUND",
            **kw,
        )
    if detail == "role_clash":
        return ConflictError(
            Msg(
                "A database role for {user} already exists and is not NeuroHub's: ask the "
                "database administrator.",
                user=user_id,
            ),
            code="ROLE_CLASH",
            **kw,
        )
    return exc


def _user_id_error() -> ValidationError:
    return ValidationError(
        Msg("A login ID is 1-50 letters, digits, '.', '_' or '-' (no spaces, no Korean)."),
        code="BAD_USER_ID",
    )


class AccountsService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def list_users(
        self,
        actor: Actor,
        *,
        role: Role | str | None = None,
        active: bool | None = None,
        locked: bool | None = None,
    ) -> tuple[UserAccount, ...]:
        """The accounts by login ID; ``role`` / ``active`` / ``locked`` (a lockout holding
        now) narrow the list when given."""
        _admin(actor)
        locked_now = User.locked_until > func.now()
        stmt = select(
            User.id,
            User.user_id,
            User.username,
            User.role,
            User.is_active,
            case((locked_now, User.locked_until), else_=None),
            User.last_login_at,
            User.must_change_password,
            User.failed_login_count,
            User.email,
        ).order_by(User.user_id)
        if role is not None:
            stmt = stmt.where(User.role == _role(role))
        if active is not None:
            stmt = stmt.where(User.is_active.is_(active))
        if locked is not None:
            stmt = stmt.where(
                locked_now
                if locked
                else or_(User.locked_until.is_(None), User.locked_until <= func.now())
            )
        with read(self._sessions) as s:
            rows = s.execute(stmt).all()
        return tuple(
            UserAccount(
                int(r[0]),
                r[1],
                r[2],
                Role(r[3]),
                bool(r[4]),
                r[5],
                r[6],
                bool(r[7]),
                int(r[8]),
                r[9],
            )
            for r in rows
        )

    def create_user(
        self,
        actor: Actor,
        user_id: str,
        username: str,
        role: Role | str,
        initial_password: str,
        email: str | None = None,
        *,
        confirm: str | None = None,
        reason: str,
    ) -> int:
        """A new account (forced password change at its first login); its users.id.
        ``confirm``: the password typed a second time, when it was; ``reason``: why."""
        _admin(actor)
        why = require_reason(reason)
        user_id = _user_id(user_id)
        name = _username(username)
        check_new_password(initial_password, confirm)
        return int(
            self._call(
                actor,
                user_id,
                why,
                "nh_create_user(:u, :n, :r, :v, :e)",
                u=user_id,
                n=name,
                r=_role(role),
                v=roles.scram_sha256_verifier(initial_password),
                e=email,
            )
        )

    def update_user(
        self,
        actor: Actor,
        user_id: str,
        *,
        username: str | None = None,
        role: Role | str | None = None,
        reason: str,
    ) -> None:
        """Display name and/or role in one transaction (what is None stays)."""
        _admin(actor)
        why = require_reason(reason)
        self._update(
            actor,
            user_id,
            why,
            username=None if username is None else _username(username),
            role=None if role is None else _role(role),
        )

    def set_role(self, actor: Actor, user_id: str, role: Role | str, *, reason: str) -> None:
        _admin(actor)
        why = require_reason(reason)
        self._update(actor, user_id, why, role=_role(role))

    def rename(self, actor: Actor, user_id: str, username: str, *, reason: str) -> None:
        _admin(actor)
        why = require_reason(reason)
        self._update(actor, user_id, why, username=_username(username))

    def reset_password(
        self,
        actor: Actor,
        user_id: str,
        new_password: str,
        *,
        confirm: str | None = None,
        reason: str,
    ) -> None:
        """A new password, to be changed by its owner at the next login."""
        _admin(actor)
        why = require_reason(reason)
        check_new_password(new_password, confirm)
        self._update(actor, user_id, why, verifier=roles.scram_sha256_verifier(new_password))

    def set_active(self, actor: Actor, user_id: str, active: bool, *, reason: str) -> None:
        """Deactivate (the login is refused; records and history stay) or reactivate."""
        _admin(actor)
        why = require_reason(reason)
        self._update(actor, user_id, why, active=active)

    def unlock(self, actor: Actor, user_id: str, *, reason: str) -> None:
        _admin(actor)
        why = require_reason(reason)
        self._update(actor, user_id, why, unlock=True)

    def _update(
        self,
        actor: Actor,
        user_id: str,
        why: str,
        *,
        role: str | None = None,
        username: str | None = None,
        active: bool | None = None,
        unlock: bool | None = None,
        verifier: str | None = None,
    ) -> None:
        self._call(
            actor,
            user_id,
            why,
            "nh_update_user(:u, :r, :n, :a, :k, :v)",
            u=user_id,
            r=role,
            n=username,
            a=active,
            k=unlock,
            v=verifier,
        )

    def _call(self, actor: Actor, user_id: str, why: str, function: str, **params: Any) -> Any:
        """``function`` as one statement with ``why`` set first (``REASON_FROM``)."""
        try:
            return call(
                self._sessions, actor.id, function + REASON_FROM, {**params, "nh_reason": why}
            )
        except NeuroHubError as exc:
            refused = _refusal(exc, user_id)
            if refused is exc:
                raise
            raise refused from exc
