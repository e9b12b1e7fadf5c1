"""Errors the station explains to people.  Services raise these; the UI shows ``message(locale)``.

Three kinds (architecture lesson 7): a business-rule refusal (calm, inline), the database
being unreachable or busy (calm, retry), and everything else (a bug: logged, shown once).
"""

from __future__ import annotations


class NeuroHubError(Exception):
    """Base: carries a Korean and an English sentence for the station."""

    code: str = "ERROR"

    def __init__(
        self,
        message_en: str,
        message_ko: str,
        *,
        code: str | None = None,
        sqlstate: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message_en)
        self.message_en = message_en
        self.message_ko = message_ko
        self.sqlstate = sqlstate
        self.detail = detail
        if code is not None:
            self.code = code

    def message(self, locale: str = "ko") -> str:
        return self.message_ko if locale == "ko" else self.message_en


class BusinessRuleError(NeuroHubError):
    """A rule refused the action (BR-00N from the database, or the service's pre-check)."""

    code = "RULE"

    def __init__(self, rule: str, message_en: str, message_ko: str, **kw: object) -> None:
        super().__init__(message_en, message_ko, code=rule, **kw)  # type: ignore[arg-type]
        self.rule = rule


class ValidationError(NeuroHubError):
    """Input the station must not accept (barcode, measurement, form)."""

    code = "INVALID"


class NotFoundError(NeuroHubError):
    code = "NOT_FOUND"


class ConflictError(NeuroHubError):
    """Someone else got there first (unique violation, row locked by another station)."""

    code = "CONFLICT"


class PermissionDenied(NeuroHubError):
    code = "FORBIDDEN"


class DatabaseUnavailable(NeuroHubError):
    """The server is unreachable or the connection dropped; the action can be retried."""

    code = "UNAVAILABLE"

    def __init__(
        self, message_en: str, message_ko: str, *, commit_unknown: bool = False, **kw: object
    ) -> None:
        super().__init__(message_en, message_ko, **kw)  # type: ignore[arg-type]
        self.commit_unknown = commit_unknown


class DatabaseBusy(NeuroHubError):
    """A lock or statement timeout: try again in a moment."""

    code = "BUSY"
