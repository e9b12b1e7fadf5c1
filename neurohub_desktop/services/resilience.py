"""Writes that survive a busy or vanishing database: invisible retries, exactly-once commits.

Two failures are the service's business, not the operator's:

* **Serialization failures (40001) and deadlocks (40P01)**: PostgreSQL rolled the whole
  transaction back, so running it again is safe.  :func:`run_write` repeats it a few times
  after a short random ("full jitter") pause; the operator never sees it.  A row locked by
  another station (55P03, NOWAIT) is *not* retried: that refusal must be immediate.
* **The connection dropped during COMMIT** (``DatabaseUnavailable(commit_unknown=True)``):
  the write may or may not be in the database.  Every operator submission carries a
  client-generated idempotency key (:func:`new_submission_id`, a UUID) that the write stores
  in the record's JSONB (``wip_process_history.measurements->>'submission_id'`` or
  ``process_data.process_specific_data->>'submission_id'``) and looks for *first*, in the
  same transaction.  After an unknown outcome :func:`run_write` asks ``resolve()`` (a read
  that finds the key, or the state the write leaves behind); found → that is the answer; not
  found → the write did not happen and is run again.  If the database is still away the
  error stays ``commit_unknown`` and the screen keeps the record as *unsent*; resubmitting it
  with the same key can never record it twice.

:func:`operator_action` wraps a service method with this and writes one log line per action
(``logs.log_action``: action, unit, result, duration, SQLSTATE).
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from neurohub_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    NeuroHubError,
)
from neurohub_desktop.domain.ids import ScannedId
from neurohub_desktop.logs import log_action

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)

#: transaction rolled back by the server, safe to repeat
RETRY_SQLSTATES = frozenset({"40001", "40P01"})
ATTEMPTS = 5
BASE_DELAY_S = 0.02
MAX_DELAY_S = 0.5
#: a row locked NOWAIT (another station — or this one's own attempt whose answer was lost)
LOCK_NOT_AVAILABLE = "55P03"
LOCKED_BY_OURSELVES_S = 0.2
#: set while an operator action runs: nested actions (confirm_mark → complete_step) log once
_IN_ACTION: contextvars.ContextVar[bool] = contextvars.ContextVar("nh_in_action", default=False)


def new_submission_id() -> str:
    """A fresh idempotency key for one operator submission (keep it while it is unsent)."""
    return str(uuid.uuid4())


def sqlstate_of(exc: BaseException) -> str | None:
    """The SQLSTATE of a domain error or of a (wrapped) driver error."""
    code = getattr(exc, "sqlstate", None) or getattr(getattr(exc, "orig", None), "pgcode", None)
    return code or getattr(exc, "pgcode", None)


def is_serialization_failure(exc: BaseException) -> bool:
    return sqlstate_of(exc) in RETRY_SQLSTATES


def is_commit_unknown(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseUnavailable) and exc.commit_unknown


def backoff_delays(
    attempts: int = ATTEMPTS,
    *,
    base: float = BASE_DELAY_S,
    cap: float = MAX_DELAY_S,
    rng: Callable[[], float] = random.random,
) -> Iterator[float]:
    """``attempts - 1`` pauses: full jitter over an exponentially growing, capped window."""
    for n in range(attempts - 1):
        yield rng() * min(cap, base * 2**n)


def run_write(
    write: Callable[[], T],
    *,
    resolve: Callable[[], T | None] | None = None,
    attempts: int = ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
    rng: Callable[[], float] = random.random,
    on_retry: Callable[[BaseException], None] | None = None,
    deadline_s: float | None = None,
) -> T:
    """Run one write transaction with the retries described in the module docstring;
    ``deadline_s``: no retry starts later than this after the first attempt (the operator
    is told "unsent" instead)."""
    delays = backoff_delays(attempts, rng=rng)
    give_up = None if deadline_s is None else time.monotonic() + deadline_s
    unknown: NeuroHubError | None = None  # the first attempt's outcome was lost
    while True:
        try:
            return write()
        except NeuroHubError as exc:
            if is_serialization_failure(exc):
                delay = next(delays, None)
                if delay is None:
                    raise
                log.info("retrying after SQLSTATE %s (%.0f ms)", exc.sqlstate, delay * 1000)
                if on_retry is not None:
                    on_retry(exc)
                sleep(delay)
                continue
            if unknown is not None and exc.sqlstate == LOCK_NOT_AVAILABLE:
                # after a lost answer the unit may still be held by that very attempt, still
                # running on the server: no refusal — wait for it, then ask again
                if give_up is not None:
                    if time.monotonic() >= give_up:
                        raise unknown from exc
                    sleep(LOCKED_BY_OURSELVES_S)
                    continue
                delay = next(delays, None)
                if delay is None:
                    raise unknown from exc
                sleep(delay)
                continue
            if not is_commit_unknown(exc) or resolve is None:
                raise
            unknown = exc
            if give_up is not None and time.monotonic() >= give_up:
                raise  # past the action's deadline: unsent, resubmitted by the operator
            found = _resolve(resolve, exc)
            if found is not None:
                log.warning("commit outcome was unknown: the write is in the database")
                return found
            log.warning(
                "commit outcome was unknown: the write is not in the database; writing it again"
            )
            if next(delays, None) is None:
                raise
            if on_retry is not None:
                on_retry(exc)


def _resolve(resolve: Callable[[], T | None], original: NeuroHubError) -> T | None:
    """Ask the database whether the write happened; still unreachable → the original error."""
    try:
        return resolve()
    except (DatabaseUnavailable, DatabaseBusy):
        raise original from None


# -- logging: one line per operator action ------------------------------------------------
def _clean(value: object, limit: int = 60) -> str:
    """A value fit for one log line: no control characters, no spaces, bounded."""
    text = str(value)
    if not (text.isascii() and text.isprintable() and " " not in text):  # ids are the rule
        text = "".join(ch if ch.isprintable() and not ch.isspace() else "?" for ch in text)
    return text[:limit] + ("…" if len(text) > limit else "")


def _outcome(result: object) -> str:
    verdict = getattr(result, "result", None)  # StepRecorded
    return str(getattr(verdict, "value", verdict)) if verdict is not None else "OK"


def operator_action(action: str, *, unit: str | None = "unit_id") -> Callable[[F], F]:
    """Log the wrapped service method as one operator action (unit from argument ``unit``).

    The arguments are looked at by name for the log line only (station, user, unit): what
    the action does, and its exactly-once key, are the method's explicit parameters.

    The line carries action, unit, result (PASS/FAIL/REWORK/OK, or REFUSED/UNAVAILABLE/
    UNKNOWN/ERROR), duration, SQLSTATE on errors, and the station, process and user."""

    def decorate(fn: F) -> F:
        positions = {name: i for i, name in enumerate(inspect.signature(fn).parameters)}

        def argument(name: str | None, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
            """The argument passed for ``name`` (None when not passed), as bind_partial would
            find it, without binding the whole call."""
            if name is None:
                return None
            if name in kwargs:
                return kwargs[name]
            at = positions.get(name, len(args))
            return args[at] if at < len(args) else None

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if _IN_ACTION.get():
                return fn(*args, **kwargs)
            token = _IN_ACTION.set(True)
            try:
                return logged(*args, **kwargs)
            finally:
                _IN_ACTION.reset(token)

        def logged(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            owner = argument("self", args, kwargs)
            actor = argument("actor", args, kwargs)
            fields = {
                "station": _clean(getattr(owner, "station", None) or "-"),
                "process": getattr(owner, "process_id", None),
                "user": _clean(getattr(actor, "user_id", None) or "-"),
            }
            unit_value = argument(unit, args, kwargs)
            if isinstance(unit_value, ScannedId):
                unit_value = unit_value.text
            unit_text = _clean(unit_value) if unit_value is not None else None

            def elapsed() -> float:
                return (time.perf_counter() - started) * 1000

            try:
                result = fn(*args, **kwargs)
            except NeuroHubError as exc:
                kind = (
                    "UNKNOWN"
                    if is_commit_unknown(exc)
                    else "UNAVAILABLE"
                    if isinstance(exc, DatabaseUnavailable)
                    else "BUSY"
                    if isinstance(exc, DatabaseBusy)
                    else "REFUSED"
                )
                log_action(
                    action,
                    unit_text,
                    kind,
                    elapsed(),
                    sqlstate=exc.sqlstate,
                    code=exc.code,
                    **fields,
                )
                raise
            except Exception as exc:
                log_action(
                    action,
                    unit_text,
                    "ERROR",
                    elapsed(),
                    sqlstate=sqlstate_of(exc),
                    error=type(exc).__name__,
                    **fields,
                )
                raise
            log_action(action, unit_text, _outcome(result), elapsed(), **fields)
            return result

        return wrapper  # type: ignore[return-value]

    return decorate
