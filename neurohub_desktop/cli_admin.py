"""`neurohub-desktop admin …`: a new line's accounts and firmware, scripted (issue 14).

The commands connect with the configured database exactly as ``db`` commands do (the schema
owner's ``NEUROHUB_DATABASE_URL``, or the embedded server), and change nothing themselves:
every change is a call of the revision-006 admin functions (``nh_create_user``,
``nh_update_user``, and — through ``AdminLineService``, as the Firmware page does —
``nh_add_firmware``, ``nh_set_firmware_active``), which check who may call them and write the
audit trail.  One command = one transaction; the audit trail's station is ``admin-cli`` (then
this PC's station name, if one is set).  Passwords are read from standard input or typed
twice, never taken as an argument, and travel as SCRAM-SHA-256 verifiers computed here.
Every command that changes something takes ``--reason TEXT`` (issue 14): why, checked before
anything connects and set as ``neurohub.reason`` in the command's transaction, so the audit
rows it writes say why (the admin functions refuse a change without one, for the schema owner
too).

Exit codes: 0 done (one line says what), 2 refused (bad input or the database said no; an
English line on stderr, then the same in Korean from the messages catalog (``i18n.render``)
when it is built; nothing written), 3 the database unreachable, busy or failing in a way no
rule explains.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.cli import resolve_database
from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import make_engine, set_reason
from neurohub_desktop.db.gate import GateState, check_revision
from neurohub_desktop.db.models import FirmwareVersion as Fw
from neurohub_desktop.db.models import User
from neurohub_desktop.db.roles import USER_ID_RE, scram_sha256_verifier
from neurohub_desktop.domain import line_admin
from neurohub_desktop.domain.auth import Role, check_new_password
from neurohub_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    NeuroHubError,
    NotFoundError,
    ValidationError,
)
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.reasons import MAX_REASON, require_reason
from neurohub_desktop.services.admin_line import AdminLineService
from neurohub_desktop.services.uow import transaction

REFUSED, FAILED = 2, 3
STATION = "admin-cli"
VERSION_RE = line_admin.VERSION_RE  # firmware version text (domain.line_admin)
ROLES = "{WORKER,MANAGER,ADMIN,VIEWER}"  # the metavar of a role argument
Command = Callable[[Settings, argparse.Namespace], str]


# -- input, checked before anything connects ---------------------------------------------------
def _role(value: str) -> str:
    try:
        return Role(value.strip().upper()).value
    except ValueError:
        raise ValidationError(
            Msg("Unknown role {role}: WORKER, MANAGER, ADMIN or VIEWER.", role=repr(value)),
            code="BAD_ROLE",
        ) from None


def _login_id(user_id: str) -> str:
    if not USER_ID_RE.fullmatch(user_id):
        raise ValidationError(
            Msg(
                "Login ID {user}: use 1-50 letters, digits, '.', '_' or '-' (no spaces, "
                "no Korean), starting with a letter or digit.",
                user=repr(user_id),
            ),
            code="BAD_USER_ID",
        )
    return user_id


def _display_name(name: str) -> str:
    name = name.strip()
    if not 0 < len(name) <= 100 or not name.isprintable():
        raise ValidationError(
            Msg("A display name of 1-100 printable characters is required."),
            code="BAD_USERNAME",
        )
    return name


def _new_password(args: argparse.Namespace) -> str:
    """One line of standard input (--password-stdin), or typed twice at a terminal."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValidationError(
                Msg("No password on standard input."),
                code="NO_PASSWORD",
            )
        password = line.removesuffix("\n").removesuffix("\r")
    elif not sys.stdin.isatty():
        raise ValidationError(
            Msg("No terminal to type the password on: pipe it with --password-stdin."),
            code="NO_TERMINAL",
        )
    else:
        password = getpass.getpass("New password: ")
        check_new_password(password, getpass.getpass("Repeat the new password: "))
    check_new_password(password)
    if not password.isprintable():  # libpq cannot send a NUL; a stray control is a typo
        raise ValidationError(
            Msg("The new password must not contain control characters."),
            code="PASSWORD_CONTROL",
        )
    return password


def _reason(args: argparse.Namespace) -> str:
    """``--reason``, checked (one line, 1-500 characters) before anything connects."""
    try:
        return require_reason(args.reason)
    except ValidationError:
        raise ValidationError(
            Msg(
                "A change needs --reason TEXT: why it is made (one line, 1-{limit} characters),"
                " for the audit trail. Nothing was changed.",
                limit=MAX_REASON,
            ),
            code="NO_REASON",
        ) from None


def _version(value: str) -> str:
    return line_admin.check_version(value)


def _mcu(value: str) -> str:
    return line_admin.check_mcu(value)


def _measure(file: Path) -> tuple[Path, int, str]:
    """The file's absolute path, size and MD5 (lower-case hex)."""
    measured = line_admin.measure_file(file)
    return Path(measured.path), measured.size, measured.md5


# -- the database ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Caller:
    """Who a command acts as, for ``AdminLineService``'s own role check (the screens'
    courtesy): the configured login — the schema owner, or a person's own login — and the
    database decides whether it may (``nh_require_admin``: the owner or an ADMIN)."""

    id: int = 0
    user_id: str = STATION
    role: str = Role.ADMIN.value


CALLER = _Caller()


@contextmanager
def _sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    """Sessions on the configured database, its revision checked first; closed after."""
    url = resolve_database(settings)
    verdict = check_revision(url)
    if verdict.state is GateState.UNREACHABLE:
        raise DatabaseUnavailable(
            Msg("The database cannot be reached: {reason}", reason=verdict.describe())
        )
    if not verdict.ok:
        raise ValidationError(
            Msg("The database is not ready: {reason}", reason=verdict.describe()),
            code="NOT_READY",
        )
    engine = make_engine(url, pool_size=1, max_overflow=0)
    try:
        yield sessionmaker(bind=engine)
    finally:
        engine.dispose()


@contextmanager
def _transaction(settings: Settings, why: str | None = None) -> Iterator[Session]:
    """One transaction on the configured database (revision checked, station named, and
    ``why`` set as the reason of what it changes)."""
    with _sessions(settings) as sessions, transaction(sessions, station=_station(settings)) as s:
        if why is not None:
            set_reason(s, why)
        yield s


@contextmanager
def _line_service(settings: Settings) -> Iterator[AdminLineService]:
    """The System admin pages' service on the configured database: the commands that change
    firmware, equipment and criteria do what the pages do."""
    with _sessions(settings) as sessions:
        yield AdminLineService(sessions, station=_station(settings))


def _station(settings: Settings) -> str:
    return f"{STATION} {settings.station}".strip()[:100]


def _call(session: Session, function: str, **params: Any) -> Any:
    return session.execute(text(f"SELECT {function}"), params).scalar()


def _user(session: Session, user_id: str) -> Any:
    row = session.execute(
        select(
            User.user_id,
            User.username,
            User.role,
            User.is_active,
            User.locked_until,
            (User.locked_until > func.now()).label("locked"),
        ).where(User.user_id == user_id)
    ).first()
    if row is None:
        raise NotFoundError(
            Msg("No user with login ID {user}.", user=repr(user_id)),
            code="NO_USER",
        )
    return row


# -- users -------------------------------------------------------------------------------------
def _user_add(settings: Settings, args: argparse.Namespace) -> str:
    user_id, name, role = _login_id(args.user_id), _display_name(args.name), _role(args.role)
    why = _reason(args)
    verifier = scram_sha256_verifier(_new_password(args))
    with _transaction(settings, why) as s:
        new_id = _call(
            s, "nh_create_user(:u, :n, :r, :v, NULL)", u=user_id, n=name, r=role, v=verifier
        )
    return (
        f"user {user_id} ({name}, {role}) created as id {new_id}; the password must be "
        "changed at the first login"
    )


def _update(
    s: Session,
    user_id: str,
    *,
    role: str | None = None,
    active: bool | None = None,
    unlock: bool | None = None,
    verifier: str | None = None,
) -> None:
    _call(
        s,
        "nh_update_user(:u, :r, NULL, :a, :k, :v)",
        u=user_id,
        r=role,
        a=active,
        k=unlock,
        v=verifier,
    )


def _user_set_role(settings: Settings, args: argparse.Namespace) -> str:
    user_id, role = _login_id(args.user_id), _role(args.role)
    why = _reason(args)
    with _transaction(settings, why) as s:
        old = _user(s, user_id).role
        if old == role:
            return f"user {user_id} is already {role} (nothing changed)"
        _update(s, user_id, role=role)
    return f"user {user_id}: role {old} -> {role}"


def _user_reset_password(settings: Settings, args: argparse.Namespace) -> str:
    user_id = _login_id(args.user_id)
    why = _reason(args)
    verifier = scram_sha256_verifier(_new_password(args))
    with _transaction(settings, why) as s:
        _user(s, user_id)
        _update(s, user_id, verifier=verifier)
    return f"user {user_id}: password reset; it must be changed at the next login"


def _user_unlock(settings: Settings, args: argparse.Namespace) -> str:
    user_id = _login_id(args.user_id)
    why = _reason(args)
    with _transaction(settings, why) as s:
        found = _user(s, user_id)
        _update(s, user_id, unlock=True)
    was = f"was locked until {_when(found.locked_until)}" if found.locked else "was not locked"
    return f"user {user_id} unlocked, failed logins reset ({was})"


def _set_active(settings: Settings, args: argparse.Namespace, active: bool) -> str:
    user_id = _login_id(args.user_id)
    why = _reason(args)
    with _transaction(settings, why) as s:
        if _user(s, user_id).is_active == active:
            state = "active" if active else "inactive"
            return f"user {user_id} is already {state} (nothing changed)"
        _update(s, user_id, active=active)
    if active:
        return f"user {user_id} reactivated: the login works again"
    return f"user {user_id} deactivated: the login is refused; records and history stay"


def _user_deactivate(settings: Settings, args: argparse.Namespace) -> str:
    return _set_active(settings, args, False)


def _user_reactivate(settings: Settings, args: argparse.Namespace) -> str:
    return _set_active(settings, args, True)


def _user_list(settings: Settings, args: argparse.Namespace) -> str:
    locked = (User.locked_until > func.now()).label("locked")
    stmt = select(
        User.user_id, User.username, User.role, User.is_active, User.locked_until, locked
    ).order_by(User.user_id)
    if args.role is not None:
        stmt = stmt.where(User.role == _role(args.role))
    if args.active is not None:
        stmt = stmt.where(User.is_active.is_(args.active))
    if args.locked:
        stmt = stmt.where(locked)
    with _transaction(settings) as s:
        rows = s.execute(stmt).all()
    return _table(
        ("LOGIN ID", "NAME", "ROLE", "ACTIVE", "LOCKED UNTIL"),
        [
            (
                r.user_id,
                r.username,
                r.role,
                _yes(r.is_active),
                _when(r.locked_until) if r.locked else "-",
            )
            for r in rows
        ],
    )


# -- firmware ----------------------------------------------------------------------------------
def _firmware_add(settings: Settings, args: argparse.Namespace) -> str:
    version, mcu = _version(args.version), _mcu(args.mcu)
    notes = line_admin.check_notes(args.notes)
    why = _reason(args)
    _path, _size, md5 = _measure(args.file)  # before connecting; registered only if unchanged
    with _line_service(settings) as svc:
        added = svc.add_firmware(
            CALLER,
            args.file,
            version,
            mcu,
            notes,
            activate=args.activate,
            expected_md5=md5,
            reason=why,
        )
    stored = added.file
    done = (
        f"firmware {version} for {mcu} added ({stored.filename}, {stored.size} bytes, "
        f"md5 {stored.md5})"
    )
    if added.switch is not None:
        return f"{done}, active (was {', '.join(added.switch.before) or 'none'})"
    return f"{done}, not active"


def _firmware_activate(settings: Settings, args: argparse.Namespace) -> str:
    version, why = _version(args.version), _reason(args)
    with _line_service(settings) as svc:
        switch = svc.set_firmware_active(CALLER, version, True, reason=why)
    mcu = switch.target_mcu
    if not switch.changed:
        return f"firmware {version} is already active for {mcu} (nothing changed)"
    return f"firmware {version} active for {mcu} (was {', '.join(switch.before) or 'none'})"


def _firmware_retire(settings: Settings, args: argparse.Namespace) -> str:
    version, why = _version(args.version), _reason(args)
    with _line_service(settings) as svc:
        switch = svc.set_firmware_active(CALLER, version, False, reason=why)
    if not switch.changed:
        return f"firmware {version} is not active (nothing changed)"
    if switch.after:
        return f"firmware {version} retired ({switch.target_mcu} runs {', '.join(switch.after)})"
    return (
        f"firmware {version} retired; no firmware is active for {switch.target_mcu}: "
        "PROC-004 cannot pass until one is activated"
    )


def _firmware_list(settings: Settings, args: argparse.Namespace) -> str:
    with _transaction(settings) as s:
        rows = s.execute(select(Fw).order_by(Fw.released_at.desc(), Fw.id.desc())).scalars().all()
        return _table(
            ("VERSION", "MCU", "ACTIVE", "SIZE", "MD5", "RELEASED", "FILE"),
            [
                (
                    r.version,
                    r.target_mcu,
                    _yes(r.is_active),
                    str(r.file_size),
                    r.md5_hash,
                    _when(r.released_at),
                    r.filename,
                )
                for r in rows
            ],
        )


# -- output ------------------------------------------------------------------------------------
def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else "-"


def _width(value: str) -> int:
    """Terminal columns: Korean (East Asian wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return "(none)"
    widths = [max(_width(r[i]) for r in (header, *rows)) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)
        ).rstrip()
        for row in (header, *rows)
    )


def _refuse(exc: NeuroHubError) -> int:
    """English, then Korean, on stderr; 2 for a refusal, 3 when the database failed."""
    from neurohub_desktop.i18n import render  # Qt's catalog, only when there is an error

    line = Msg("error: {message}", message=exc.msg)
    english, korean = str(line), render(line, "ko")
    print(english if korean == english else f"{english}\n{korean}", file=sys.stderr)
    failed = isinstance(exc, DatabaseUnavailable | DatabaseBusy) or exc.code == "DB_BUG"
    return FAILED if failed else REFUSED


def reason_option(p: Any) -> None:
    """``--reason TEXT`` on a command that changes something (checked by ``_reason``)."""
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help="why (one line, up to 500 characters): required, kept in the audit trail",
    )


def _run(command: Command) -> Callable[[Settings, argparse.Namespace], int]:
    def run(settings: Settings, args: argparse.Namespace) -> int:
        try:
            print(command(settings, args))
        except NeuroHubError as exc:
            return _refuse(exc)
        return 0

    return run


def add_admin_parser(sub: Any) -> None:
    """``admin user …`` and ``admin firmware …`` on the top-level subparsers."""
    admin = sub.add_parser("admin", help="accounts and firmware of the line (as the owner)")
    groups = admin.add_subparsers(dest="admin_command", required=True)
    users = groups.add_parser("user", help="accounts: add, list, role, password, lock, active")
    usub = users.add_subparsers(dest="user_command", required=True)

    def command(parent: Any, name: str, func: Command, help_text: str) -> Any:
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(func=_run(func))
        return p

    def change(parent: Any, name: str, func: Command, help_text: str) -> Any:
        """A command that changes something: it needs ``--reason``."""
        p = command(parent, name, func, help_text)
        reason_option(p)
        return p

    def password_option(p: Any) -> None:
        p.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from one line of standard input "
            "(otherwise it is typed twice at the terminal)",
        )

    add = change(
        usub, "add", _user_add, "a new account (the password must be changed at the first login)"
    )
    add.add_argument("user_id", metavar="USER_ID", help="login ID (letters, digits, . _ -)")
    add.add_argument("--name", required=True, help="display name (Korean allowed)")
    add.add_argument("--role", required=True, metavar=ROLES)
    password_option(add)
    ls = command(usub, "list", _user_list, "the accounts")
    ls.add_argument("--role", metavar=ROLES)
    state = ls.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_const", const=True)
    state.add_argument("--inactive", dest="active", action="store_const", const=False)
    ls.add_argument("--locked", action="store_true", help="only accounts locked right now")
    role = change(usub, "set-role", _user_set_role, "change an account's role")
    role.add_argument("user_id", metavar="USER_ID")
    role.add_argument("role", metavar=ROLES)
    reset = change(
        usub,
        "reset-password",
        _user_reset_password,
        "a new password, to be changed at the next login",
    )
    reset.add_argument("user_id", metavar="USER_ID")
    password_option(reset)
    for name, handler, about in (
        ("unlock", _user_unlock, "end a lockout after failed logins"),
        ("deactivate", _user_deactivate, "refuse the login (history stays)"),
        ("reactivate", _user_reactivate, "allow the login again"),
    ):
        change(usub, name, handler, about).add_argument("user_id", metavar="USER_ID")

    fw = groups.add_parser("firmware", help="firmware versions for PROC-004")
    fsub = fw.add_subparsers(dest="firmware_command", required=True)
    fadd = change(
        fsub, "add", _firmware_add, "register a firmware file (size and MD5 computed from it)"
    )
    fadd.add_argument("file", type=Path, metavar="FILE")
    fadd.add_argument("--version", required=True, help="version text, e.g. v1.2.3")
    fadd.add_argument("--mcu", required=True, help="target MCU, e.g. STM32F4")
    fadd.add_argument("--notes")
    fadd.add_argument(
        "--activate",
        action="store_true",
        help="also make it the active version for its MCU (same transaction)",
    )
    for name, handler, about in (
        ("activate", _firmware_activate, "make VERSION the one active version of its MCU"),
        ("retire", _firmware_retire, "deactivate VERSION"),
    ):
        change(fsub, name, handler, about).add_argument("version", metavar="VERSION")
    command(fsub, "list", _firmware_list, "the firmware versions, newest first")
    from neurohub_desktop.cli_admin_line import add_line_parsers  # it imports this module

    add_line_parsers(groups)
