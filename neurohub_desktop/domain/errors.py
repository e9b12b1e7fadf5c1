"""Errors the station explains to people.  Services raise these; the UI renders ``exc.msg``.

Three kinds (architecture lesson 7): a business-rule refusal (calm, inline), the database
being unreachable or busy (calm, retry), and everything else (a bug: logged, shown once).

An error carries a :class:`~neurohub_desktop.domain.messages.Msg` (an English template and
its parameters), never a sentence per language: ``ui/messages.py`` translates it, and
``str(exc)`` (``exc.args[0]``) is the English sentence for logs and the CLI.
"""

from __future__ import annotations

from neurohub_desktop.domain.messages import Msg


class NeuroHubError(Exception):
    """Base: ``msg`` says it to the operator; ``code`` says it to the program."""

    code: str = "ERROR"

    def __init__(
        self,
        msg: Msg,
        *,
        code: str | None = None,
        sqlstate: str | None = None,
        detail: str | None = None,
    ) -> None:
        if not isinstance(msg, Msg):
            raise TypeError(f"{type(self).__name__} takes a Msg, not {type(msg).__name__}")
        super().__init__(str(msg))
        self.msg = msg
        self.sqlstate = sqlstate
        self.detail = detail
        if code is not None:
            self.code = code


class BusinessRuleError(NeuroHubError):
    """A rule refused the action (BR-00N from the database, or the service's pre-check)."""

    code = "RULE"

    def __init__(
        self,
        rule: str,
        msg: Msg,
        *,
        sqlstate: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(msg, code=rule, sqlstate=sqlstate, detail=detail)
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
        self,
        msg: Msg,
        *,
        commit_unknown: bool = False,
        code: str | None = None,
        sqlstate: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(msg, code=code, sqlstate=sqlstate, detail=detail)
        self.commit_unknown = commit_unknown


class DatabaseBusy(NeuroHubError):
    """A lock or statement timeout: try again in a moment."""

    code = "BUSY"
