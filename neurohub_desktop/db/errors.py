"""Database failures sorted into domain errors at the data boundary (architecture lesson 7).

``map_db_error(exc)`` turns whatever SQLAlchemy / psycopg2 raised into a
:class:`~neurohub_desktop.domain.errors.NeuroHubError` carrying a message (``Msg``):

* SQLSTATE ``NH001``..``NH008`` (the triggers of revisions 002/003/006) → BusinessRuleError
  with the rule's own sentence plus the database's message (which names the unit and step);
* 23505 → ConflictError; 23503 / 23514 / 23502 → ValidationError;
* lock / statement timeouts, deadlocks, serialization failures → DatabaseBusy (retryable);
* lost connections, server shutdown, class 08 → DatabaseUnavailable (retryable unless the
  commit outcome is unknown);
* anything else → UnexpectedDatabaseError (a bug: log it, show it once).
"""

from __future__ import annotations

import re
from typing import Any

import psycopg2
from sqlalchemy import exc as sa_exc

from neurohub_desktop.domain.errors import (
    BusinessRuleError,
    ConflictError,
    DatabaseBusy,
    DatabaseUnavailable,
    NeuroHubError,
    PermissionDenied,
    ValidationError,
)
from neurohub_desktop.domain.line_admin import EquipmentProblem, equipment_unfit_error
from neurohub_desktop.domain.messages import N_, Msg

#: SQLSTATE → (rule, message template; ``{reason}`` is the database's own message)
RULES: dict[str, tuple[str, str]] = {
    "NH001": ("BR-001", N_("This LOT status change is not allowed. ({reason})")),
    "NH002": (
        "BR-002",
        N_("This step cannot be recorded now: the process order does not allow it. ({reason})"),
    ),
    "NH003": (
        "BR-003",
        N_("The result does not match the defects and measurements recorded. ({reason})"),
    ),
    "NH004": (
        "BR-004",
        N_("This LOT cannot take another unit (it is full or no longer open). ({reason})"),
    ),
    "NH005": ("BR-005", N_("The rework limit is reached or the unit is scrapped. ({reason})")),
    "NH006": ("BR-006", N_("The audit trail cannot be changed or deleted. ({reason})")),
    "NH007": ("BR-007", N_("The LOT could not be moved to in-progress. ({reason})")),
    "NH008": ("BR-008", N_("The change time of the record could not be set. ({reason})")),
}

#: unique constraint → message
_LOT_TAKEN = Msg("This LOT number already exists.")
_SERIAL_TAKEN = Msg("This serial number already exists.")
UNIQUE_MESSAGES: dict[str, Msg] = {
    "uq_lots_lot_number": _LOT_TAKEN,
    "idx_lot_number": _LOT_TAKEN,  # from 004 the constraint sits on the plan's index
    "uq_serials_serial_number": _SERIAL_TAKEN,
    "idx_serial_number": _SERIAL_TAKEN,
    "uq_serials_lot_id_sequence": Msg("This LOT already has a unit with that number."),
    "uq_wip_items_wip_id": Msg("This WIP ID already exists."),
    "uq_users_user_id": Msg("This login ID is already taken."),
    "uq_users_email": Msg("This e-mail address is already used."),
    "uq_firmware_versions_version": Msg("This firmware version already exists."),
    "uq_equipment_equipment_code": Msg("This equipment code already exists."),
}

#: refusals a function names in its DETAIL (SQLSTATE 22023) → the message shown
REFUSAL_DETAILS: dict[str, Msg] = {
    "duplicate_version": UNIQUE_MESSAGES["uq_firmware_versions_version"],
    "no_reason": Msg("This change needs a reason (one line, up to 500 characters)."),
    "override_not_needed": Msg("The equipment is fit for use: no override is needed."),
}

BUSY: dict[str, Msg] = {
    "55P03": Msg("The data is locked by another station; try again in a moment."),
    "57014": Msg("The database took too long to answer; try again in a moment."),
    "40P01": Msg("Two stations collided (deadlock); try again."),
    "40001": Msg("Another station changed the same data at the same time; try again."),
}

#: SQLSTATEs that mean the connection (or the server) went away.
UNAVAILABLE_CODES = {"57P01", "57P02", "57P03", "57P05", "25P03", "53300"}

UNAVAILABLE = Msg("The database server cannot be reached; check the network and try again.")
COMMIT_UNKNOWN = Msg(
    "The connection dropped while saving; check whether the last action was "
    "saved before repeating it."
)


TOO_MANY_CONNECTIONS = Msg(
    "Too many connections are open for this account (the database allows a few per person): "
    "close NeuroHub on the other PCs where you are logged in, or ask the administrator."
)
#: ``{reason}`` is the database's own message
FORBIDDEN = N_("Your account is not allowed to do this. ({reason})")


class UnexpectedDatabaseError(NeuroHubError):
    """A database error no rule explains: a bug to log and show once."""

    code = "DB_BUG"


def _dbapi(exc: BaseException) -> BaseException | None:
    """The psycopg2 error inside ``exc`` (SQLAlchemy wraps it in ``.orig``), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, psycopg2.Error):
            found: BaseException = current  # psycopg2 ships no type hints
            return found
        if isinstance(current, sa_exc.DBAPIError) and current.orig is not None:
            orig: BaseException = current.orig
            return orig
        current = current.__cause__ or current.__context__
    return None


def _diag(err: BaseException | None, field: str) -> str | None:
    diag: Any = getattr(err, "diag", None)
    value = getattr(diag, field, None) if diag is not None else None
    return str(value) if value else None


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


def _connection_lost(exc: BaseException, err: BaseException | None) -> bool:
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sa_exc.DisconnectionError):
        return True
    pgcode = getattr(err, "pgcode", None)
    if pgcode:
        return pgcode in UNAVAILABLE_CODES or pgcode.startswith("08")
    return isinstance(err, psycopg2.OperationalError | psycopg2.InterfaceError) or isinstance(
        exc, sa_exc.OperationalError | sa_exc.InterfaceError
    )


def map_db_error(exc: BaseException, *, during_commit: bool = False) -> NeuroHubError:
    """The domain error for ``exc``; ``during_commit``: the failure came from COMMIT."""
    if isinstance(exc, NeuroHubError):
        return exc
    err = _dbapi(exc)
    pgcode: str | None = getattr(err, "pgcode", None)
    primary = _diag(err, "message_primary") or (_first_line(err) if err else _first_line(exc))
    parts = (_diag(err, "message_detail"), _diag(err, "message_hint"))
    detail: str | None = " ".join(p for p in parts if p) or None

    if pgcode == "NH003" and (detail or "").startswith("equipment_unfit"):
        found = re.search(r"equipment=(\S*) problem=(\w+)", detail or "")
        code, problem = found.groups() if found else ("?", "UNKNOWN")
        known = {p.value for p in EquipmentProblem}
        return equipment_unfit_error(code, EquipmentProblem(problem) if problem in known else None)
    if pgcode in RULES:
        rule, template = RULES[pgcode]
        return BusinessRuleError(
            rule, Msg(template, reason=primary), sqlstate=pgcode, detail=detail
        )
    if pgcode == "23505":
        constraint = _diag(err, "constraint_name") or ""
        if constraint not in UNIQUE_MESSAGES and primary.startswith("NH-"):  # a function's own
            return ConflictError(
                Msg("This entry already exists ({reason}).", reason=primary),
                sqlstate=pgcode,
                detail=detail or primary,
            )
        msg = UNIQUE_MESSAGES.get(constraint) or Msg("This entry already exists.")
        return ConflictError(msg, sqlstate=pgcode, detail=detail or primary)
    if pgcode == "23503":
        return ValidationError(
            Msg("The entry refers to something that does not exist or is still in use."),
            sqlstate=pgcode,
            detail=detail or primary,
        )
    if pgcode == "23514":
        constraint = _diag(err, "constraint_name") or "?"
        return ValidationError(
            Msg("The value is not allowed ({constraint}).", constraint=constraint),
            sqlstate=pgcode,
            detail=detail or primary,
        )
    if pgcode == "23502":
        column = _diag(err, "column_name") or "?"
        return ValidationError(
            Msg("A required value is missing ({column}).", column=column),
            sqlstate=pgcode,
            detail=detail or primary,
        )
    if pgcode == "42501":  # the database refused: role or privilege (domain.md §7)
        return PermissionDenied(Msg(FORBIDDEN, reason=primary), sqlstate=pgcode, detail=detail)
    if pgcode == "22023":  # a function's argument refused (account and set-up functions)
        if detail in REFUSAL_DETAILS:  # the function names the case: the message is ours
            return ValidationError(
                REFUSAL_DETAILS[detail], sqlstate=pgcode, detail=primary, code=detail.upper()
            )
        return ValidationError(  # the function's own words (English), as they are
            Msg("The database refused: {reason}", reason=primary), sqlstate=pgcode, detail=detail
        )
    if pgcode == "53300":
        return DatabaseUnavailable(TOO_MANY_CONNECTIONS, sqlstate=pgcode, detail=primary)
    if pgcode in BUSY:
        return DatabaseBusy(BUSY[pgcode], sqlstate=pgcode, detail=primary)
    if "too many connections for role" in primary:  # said before any SQLSTATE is known
        return DatabaseUnavailable(TOO_MANY_CONNECTIONS, sqlstate="53300", detail=primary)
    if _connection_lost(exc, err):
        return DatabaseUnavailable(
            COMMIT_UNKNOWN if during_commit else UNAVAILABLE,
            commit_unknown=during_commit,
            sqlstate=pgcode,
            detail=primary,
        )
    return UnexpectedDatabaseError(
        Msg("Unexpected database error: {reason}", reason=primary),
        sqlstate=pgcode,
        detail=detail,
    )


def is_retryable(exc: BaseException) -> bool:
    """True when repeating the same action is safe and may succeed (busy, or a lost
    connection where the commit certainly did not happen)."""
    err = map_db_error(exc)
    if isinstance(err, DatabaseBusy):
        return True
    return isinstance(err, DatabaseUnavailable) and not err.commit_unknown
