"""Why a change is made (issue 14): every admin change carries a reason into the audit trail.

The reason travels as the transaction-local setting ``neurohub.reason``
(``db.engine.set_reason``) set before the admin function is called; the function refuses a
change without one (SQLSTATE 22023, DETAIL ``no_reason``) and BR-006 copies it into every
``audit_logs`` row the change writes.  :func:`require_reason` is the same rule checked before
connecting, so a screen or the command line can say so at once.
"""

from __future__ import annotations

from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.messages import Msg

#: what the admin functions accept and BR-006 keeps
MAX_REASON = 500


def no_reason() -> ValidationError:
    return ValidationError(
        Msg("Give a reason for this change (one line, 1-{limit} characters).", limit=MAX_REASON),
        code="NO_REASON",
    )


def require_reason(reason: object) -> str:
    """``reason`` as it is stored: one line (runs of white space made one space), not blank,
    at most MAX_REASON characters, nothing unprintable; else :func:`no_reason`."""
    if not isinstance(reason, str):
        raise no_reason()
    why = " ".join(reason.split())
    if not why or len(why) > MAX_REASON or not why.isprintable():
        raise no_reason()
    return why
