"""Who is logged in, what their role lets them do (domain.md §7), and why a login was refused."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from neurohub_desktop.domain.errors import NeuroHubError, ValidationError
from neurohub_desktop.domain.messages import Msg

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 10


class Role(enum.StrEnum):
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    WORKER = "WORKER"
    VIEWER = "VIEWER"


@dataclass(frozen=True)
class CurrentUser:
    id: int  # users.id: the database's nh_actor() for this person's login
    user_id: str  # the login name
    username: str  # display name (Korean allowed)
    role: Role
    must_change_password: bool = False


@dataclass(frozen=True)
class UserAccount:
    """One line of the ADMIN's user list (never a password hash or verifier)."""

    id: int  # users.id
    user_id: str  # the login name
    username: str  # display name (Korean allowed)
    role: Role
    is_active: bool
    locked_until: datetime | None  # set only while a lockout holds (an expired one is None)
    last_login_at: datetime | None
    must_change_password: bool = False
    failed_login_count: int = 0
    email: str | None = None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


# Capabilities (domain.md §7).  The database enforces the rules; these decide what the UI offers.


def can_do_station_work(role: Role) -> bool:
    return role in (Role.WORKER, Role.MANAGER, Role.ADMIN)


def can_manage_lots(role: Role) -> bool:
    """Create a LOT, reopen or scrap units, complete and close a LOT."""
    return role in (Role.MANAGER, Role.ADMIN)


def can_view_supervisor(role: Role) -> bool:
    """The supervisor views (a WORKER sees only their own station's numbers, at the station)."""
    return role in (Role.MANAGER, Role.ADMIN, Role.VIEWER)


def can_export(role: Role) -> bool:
    return can_view_supervisor(role)


def can_administer(role: Role) -> bool:
    """Users, process criteria, firmware, equipment."""
    return role is Role.ADMIN


def can_view_audit(role: Role) -> bool:
    return role is Role.ADMIN


def can_setup_station(role: Role) -> bool:
    """Change this PC's process, station name, printer and locale after the first run."""
    return role in (Role.MANAGER, Role.ADMIN)


class LoginReason(enum.Enum):
    CREDENTIALS = "credentials"  # unknown user or wrong password: deliberately one message
    LOCKED = "locked"
    INACTIVE = "inactive"


class LoginRefused(NeuroHubError):
    """The login was refused; ``reason`` says why, the message says it to the operator."""

    code = "LOGIN_REFUSED"

    def __init__(self, reason: LoginReason, *, locked_until: datetime | None = None) -> None:
        self.reason = reason
        self.locked_until = locked_until
        if reason is LoginReason.LOCKED:
            until = locked_until.astimezone().strftime("%H:%M") if locked_until else "?"
            msg = Msg(
                "Too many failed attempts: this account is locked until {until}. "
                "Try again later or ask the administrator (ADMIN) to unlock it.",
                until=until,
            )
        elif reason is LoginReason.INACTIVE:
            msg = Msg("This account is disabled. Ask the administrator.")
        else:
            msg = Msg("Wrong user ID or password.")
        super().__init__(msg, code=f"LOGIN_{reason.name}")


def check_new_password(new_password: str, confirm: str | None = None) -> None:
    """The password policy that does not need the old hash (the service checks 'not the same')."""
    if confirm is not None and new_password != confirm:
        raise ValidationError(
            Msg("The two new passwords do not match."),
            code="PASSWORD_MISMATCH",
        )
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            Msg(
                "The new password must have at least {minimum} characters.",
                minimum=MIN_PASSWORD_LENGTH,
            ),
            code="PASSWORD_TOO_SHORT",
        )
    if new_password.strip() != new_password or not new_password.strip():
        raise ValidationError(
            Msg("The new password must not start or end with spaces."),
            code="PASSWORD_SPACES",
        )


def password_reused_error() -> ValidationError:
    return ValidationError(
        Msg("The new password must differ from the current one."),
        code="PASSWORD_REUSED",
    )


def wrong_current_password_error() -> ValidationError:
    return ValidationError(
        Msg("The current password is wrong."),
        code="PASSWORD_WRONG",
    )
