"""Database failures sorted into domain errors at the data boundary (architecture lesson 7).

``map_db_error(exc)`` turns whatever SQLAlchemy / psycopg2 raised into a
:class:`~neurohub_desktop.domain.errors.NeuroHubError` with a Korean and an English sentence:

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

#: SQLSTATE → (rule, English sentence, Korean sentence)
RULES: dict[str, tuple[str, str, str]] = {
    "NH001": (
        "BR-001",
        "This LOT status change is not allowed.",
        "허용되지 않는 LOT 상태 변경입니다.",
    ),
    "NH002": (
        "BR-002",
        "This step cannot be recorded now: the process order does not allow it.",
        "공정 순서상 지금 이 공정을 진행할 수 없습니다.",
    ),
    "NH003": (
        "BR-003",
        "The result does not match the defects and measurements recorded.",
        "판정 결과가 기록된 불량·측정값과 맞지 않습니다.",
    ),
    "NH004": (
        "BR-004",
        "This LOT cannot take another unit (it is full or no longer open).",
        "이 LOT에는 더 이상 제품을 추가할 수 없습니다 (수량 초과 또는 진행 중이 아닌 LOT).",
    ),
    "NH005": (
        "BR-005",
        "The rework limit is reached or the unit is scrapped.",
        "재작업 한도를 넘었거나 폐기된 제품입니다.",
    ),
    "NH006": (
        "BR-006",
        "The audit trail cannot be changed or deleted.",
        "감사 로그는 수정하거나 삭제할 수 없습니다.",
    ),
    "NH007": (
        "BR-007",
        "The LOT could not be moved to in-progress.",
        "LOT을 진행 중 상태로 바꿀 수 없습니다.",
    ),
    "NH008": (
        "BR-008",
        "The change time of the record could not be set.",
        "레코드의 변경 시각을 기록할 수 없습니다.",
    ),
}

#: unique constraint → (English, Korean)
_LOT_TAKEN = ("This LOT number already exists.", "이미 있는 LOT 번호입니다.")
_SERIAL_TAKEN = ("This serial number already exists.", "이미 있는 시리얼 번호입니다.")
UNIQUE_MESSAGES: dict[str, tuple[str, str]] = {
    "uq_lots_lot_number": _LOT_TAKEN,
    "idx_lot_number": _LOT_TAKEN,  # from 004 the constraint sits on the plan's index
    "uq_serials_serial_number": _SERIAL_TAKEN,
    "idx_serial_number": _SERIAL_TAKEN,
    "uq_serials_lot_id_sequence": (
        "This LOT already has a unit with that number.",
        "이 LOT에 같은 순번의 제품이 이미 있습니다.",
    ),
    "uq_wip_items_wip_id": ("This WIP ID already exists.", "이미 있는 WIP ID입니다."),
    "uq_users_user_id": ("This login ID is already taken.", "이미 사용 중인 로그인 ID입니다."),
    "uq_users_email": ("This e-mail address is already used.", "이미 사용 중인 이메일입니다."),
    "uq_firmware_versions_version": (
        "This firmware version already exists.",
        "이미 등록된 펌웨어 버전입니다.",
    ),
    "uq_equipment_equipment_code": (
        "This equipment code already exists.",
        "이미 있는 설비 코드입니다.",
    ),
}

#: refusals a function names in its DETAIL (SQLSTATE 22023) → the sentence shown
REFUSAL_DETAILS: dict[str, tuple[str, str]] = {
    "duplicate_version": UNIQUE_MESSAGES["uq_firmware_versions_version"],
    "no_reason": (
        "A signed decision needs a reason (up to 500 characters).",
        "서명 승인에는 사유가 필요합니다(500자 이내).",
    ),
    "override_not_needed": (
        "The equipment is fit for use: no override is needed.",
        "설비가 사용 가능한 상태여서 승인이 필요하지 않습니다.",
    ),
}

BUSY = {
    "55P03": (
        "The data is locked by another station; try again in a moment.",
        "다른 스테이션이 사용 중입니다. 잠시 후 다시 시도하세요.",
    ),
    "57014": (
        "The database took too long to answer; try again in a moment.",
        "데이터베이스 응답이 너무 늦습니다. 잠시 후 다시 시도하세요.",
    ),
    "40P01": (
        "Two stations collided (deadlock); try again.",
        "두 스테이션의 작업이 충돌했습니다(교착). 다시 시도하세요.",
    ),
    "40001": (
        "Another station changed the same data at the same time; try again.",
        "다른 스테이션이 같은 데이터를 동시에 변경했습니다. 다시 시도하세요.",
    ),
}

#: SQLSTATEs that mean the connection (or the server) went away.
UNAVAILABLE_CODES = {"57P01", "57P02", "57P03", "57P05", "25P03", "53300"}

UNAVAILABLE = (
    "The database server cannot be reached; check the network and try again.",
    "데이터베이스 서버에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도하세요.",
)
COMMIT_UNKNOWN = (
    "The connection dropped while saving; check whether the last action was "
    "saved before repeating it.",
    "저장 중 연결이 끊겼습니다. 마지막 작업이 저장되었는지 확인한 뒤 다시 하세요.",
)


TOO_MANY_CONNECTIONS = (
    "Too many connections are open for this account (the database allows a few per person): "
    "close NeuroHub on the other PCs where you are logged in, or ask the administrator.",
    "이 계정으로 열린 연결이 너무 많습니다(한 사람당 몇 개만 허용됩니다). 다른 PC에서 로그인한 "
    "NeuroHub를 닫거나 관리자에게 문의하세요.",
)
FORBIDDEN = ("Your account is not allowed to do this.", "현재 계정으로는 이 작업을 할 수 없습니다.")


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
        rule, en, ko = RULES[pgcode]
        return BusinessRuleError(
            rule, f"{en} ({primary})", f"{ko} ({primary})", sqlstate=pgcode, detail=detail
        )
    if pgcode == "23505":
        constraint = _diag(err, "constraint_name") or ""
        if constraint not in UNIQUE_MESSAGES and primary.startswith("NH-"):  # a function's own
            return ConflictError(
                f"This entry already exists ({primary}).",
                f"이미 있는 항목입니다 ({primary}).",
                sqlstate=pgcode,
                detail=detail or primary,
            )
        en, ko = UNIQUE_MESSAGES.get(
            constraint, ("This entry already exists.", "이미 있는 항목입니다.")
        )
        return ConflictError(en, ko, sqlstate=pgcode, detail=detail or primary)
    if pgcode == "23503":
        return ValidationError(
            "The entry refers to something that does not exist or is still in use.",
            "참조하는 항목이 없거나 아직 사용 중입니다.",
            sqlstate=pgcode,
            detail=detail or primary,
        )
    if pgcode == "23514":
        constraint = _diag(err, "constraint_name") or "?"
        return ValidationError(
            f"The value is not allowed ({constraint}).",
            f"허용되지 않는 값입니다 ({constraint}).",
            sqlstate=pgcode,
            detail=detail or primary,
        )
    if pgcode == "23502":
        column = _diag(err, "column_name") or "?"
        return ValidationError(
            f"A required value is missing ({column}).",
            f"필수 값이 비어 있습니다 ({column}).",
            sqlstate=pgcode,
            detail=detail or primary,
        )
    if pgcode == "42501":  # the database refused: role or privilege (domain.md §7)
        en, ko = FORBIDDEN
        return PermissionDenied(
            f"{en} ({primary})", f"{ko} ({primary})", sqlstate=pgcode, detail=detail
        )
    if pgcode == "22023":  # a function's argument refused (account and set-up functions)
        if detail in REFUSAL_DETAILS:  # the function names the case: the sentence is ours
            en, ko = REFUSAL_DETAILS[detail]
            return ValidationError(en, ko, sqlstate=pgcode, detail=primary, code=detail.upper())
        return ValidationError(primary, primary, sqlstate=pgcode, detail=detail)
    if pgcode == "53300":
        en, ko = TOO_MANY_CONNECTIONS
        return DatabaseUnavailable(en, ko, sqlstate=pgcode, detail=primary)
    if pgcode in BUSY:
        en, ko = BUSY[pgcode]
        return DatabaseBusy(en, ko, sqlstate=pgcode, detail=primary)
    if "too many connections for role" in primary:  # said before any SQLSTATE is known
        en, ko = TOO_MANY_CONNECTIONS
        return DatabaseUnavailable(en, ko, sqlstate="53300", detail=primary)
    if _connection_lost(exc, err):
        en, ko = COMMIT_UNKNOWN if during_commit else UNAVAILABLE
        return DatabaseUnavailable(
            en, ko, commit_unknown=during_commit, sqlstate=pgcode, detail=primary
        )
    return UnexpectedDatabaseError(
        f"Unexpected database error: {primary}",
        f"예상하지 못한 데이터베이스 오류: {primary}",
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
