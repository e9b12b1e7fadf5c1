"""Accounts: an ADMIN's work on the line's users, through the database's own functions.

Each method is one call of ``nh_create_user`` / ``nh_update_user`` (revision 006) on the
ADMIN's own connection: the database checks that the caller is an ADMIN, creates or alters
the person's PostgreSQL login role with the users row in the same transaction, and records
who did it.  Passwords travel as SCRAM-SHA-256 verifiers computed here (``db.roles``), never
in clear text; a new or reset password must be changed at the next login.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.db import roles
from neurohub_desktop.domain.auth import Role, check_new_password
from neurohub_desktop.domain.errors import PermissionDenied, ValidationError
from neurohub_desktop.services._tx import call
from neurohub_desktop.services.station import Actor


def _admin(actor: Actor) -> None:
    if str(actor.role) != Role.ADMIN.value:
        raise PermissionDenied("Only an ADMIN manages accounts.",
                               "계정 관리는 관리자(ADMIN)만 할 수 있습니다.")


def _role(role: Role | str) -> str:
    try:
        return Role(str(role).upper()).value
    except ValueError:
        raise ValidationError(f"Unknown role {role!r}: ADMIN, MANAGER, WORKER or VIEWER.",
                              f"알 수 없는 권한입니다({role!r}): ADMIN, MANAGER, WORKER, VIEWER "
                              "중 하나여야 합니다.", code="BAD_ROLE") from None


def _user_id(user_id: str) -> str:
    try:
        roles.login_role("x", user_id)
    except roles.AccountNameError:
        raise ValidationError(
            "A login ID is 1-50 letters, digits, '.', '_' or '-' (no spaces, no Korean).",
            "로그인 ID는 영문자, 숫자, '.', '_', '-'로 된 1~50자여야 합니다(공백·한글 불가).",
            code="BAD_USER_ID") from None
    return user_id


class AccountsService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create_user(self, actor: Actor, user_id: str, username: str, role: Role | str,
                    initial_password: str, email: str | None = None) -> int:
        """A new account (forced password change at its first login); its users.id."""
        _admin(actor)
        check_new_password(initial_password)
        return int(self._call(actor, "nh_create_user(:u, :n, :r, :v, :e)",
                              u=_user_id(user_id), n=username, r=_role(role),
                              v=roles.scram_sha256_verifier(initial_password), e=email))

    def set_role(self, actor: Actor, user_id: str, role: Role | str) -> None:
        _admin(actor)
        self._update(actor, user_id, role=_role(role))

    def rename(self, actor: Actor, user_id: str, username: str) -> None:
        _admin(actor)
        self._update(actor, user_id, username=username)

    def reset_password(self, actor: Actor, user_id: str, new_password: str) -> None:
        """A new password, to be changed by its owner at the next login."""
        _admin(actor)
        check_new_password(new_password)
        self._update(actor, user_id, verifier=roles.scram_sha256_verifier(new_password))

    def set_active(self, actor: Actor, user_id: str, active: bool) -> None:
        """Deactivate (the login is refused; records and history stay) or reactivate."""
        _admin(actor)
        self._update(actor, user_id, active=active)

    def unlock(self, actor: Actor, user_id: str) -> None:
        _admin(actor)
        self._update(actor, user_id, unlock=True)

    def _update(self, actor: Actor, user_id: str, *, role: str | None = None,
                username: str | None = None, active: bool | None = None,
                unlock: bool | None = None, verifier: str | None = None) -> None:
        self._call(actor, "nh_update_user(:u, :r, :n, :a, :k, :v)", u=user_id, r=role,
                   n=username, a=active, k=unlock, v=verifier)

    def _call(self, actor: Actor, function: str, **params: Any) -> Any:
        return call(self._sessions, actor.id, function, params)
