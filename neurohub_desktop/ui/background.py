"""The one way the GUI talks to services: run a call on a worker thread, get the answer back
on the GUI thread by queued signal (architecture lesson 2).

The pool has exactly one thread, so calls run — and writes commit — in the order they were
submitted (scan order).  ``QRunnable`` is not a ``QObject`` in PySide6, so each call gets a
small :class:`Task` ``QObject`` that lives on the GUI thread; the worker emits the task's
private ``_completed`` signal and Qt queues it back to the GUI thread, where the callbacks run.

A callback is skipped when the object it belongs to is gone: the ``context=`` object given
to :meth:`BackgroundRunner.run`, or the ``QObject`` a bound-method callback is bound to.  An
exception nobody receives (no ``on_error``, or its receiver is gone) is logged with its
traceback, so a failed write is never silent.  Call :meth:`BackgroundRunner.run` from the
GUI thread only.

Importing this module also installs :func:`install_emit_refcount_fix` (a PySide6 6.12.0 bug
that otherwise aborts the interpreter after a few thousand ``Signal.emit`` calls).
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]


class _Probe(QObject):
    ping = Signal()


def install_emit_refcount_fix() -> bool:
    """Work around a PySide6 bug that aborts the interpreter after enough signal emits.

    PySide6 6.12.0 on CPython < 3.12: ``SignalInstance.emit()`` returns ``True`` without
    taking a reference to it, so every emit from Python drops one reference to ``True``;
    after a few thousand the process dies with "Fatal Python error: bool_dealloc".  This
    probes for the bug once and, only if present, wraps ``emit`` to repay the reference.
    Idempotent; returns whether the fix is active.  Harmless where the bug is absent
    (fixed PySide6, or CPython >= 3.12 where ``True`` is immortal).
    """
    if getattr(SignalInstance.emit, "_nh_refcount_fix", False):
        return True
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    leaked = before - sys.getrefcount(True)
    if leaked <= 0:
        return False
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(leaked):  # repay the probe itself
        incref(True)
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        incref(result)  # the reference emit() returned without owning
        return result

    emit._nh_refcount_fix = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.debug("PySide6 SignalInstance.emit refcount fix installed")
    return True


class Task(QObject):
    """One submitted call.  Signals fire on the GUI thread unless the task was cancelled."""

    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception object
    finished = Signal()  # after succeeded/failed
    _completed = Signal(bool, object)  # emitted on the worker thread, delivered queued

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        on_success: Callback | None,
        on_error: Callback | None,
        context: QObject | None,
        on_settled: Callable[[Task], None],
    ) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._on_success = on_success
        self._on_error = on_error
        self._context = context
        self._on_settled = on_settled
        self._cancelled = False
        self._done = False
        self._result: Any = None
        self._exception: BaseException | None = None
        self.name = getattr(fn, "__qualname__", None) or repr(fn)
        self._completed.connect(self._on_completed, Qt.ConnectionType.QueuedConnection)

    # -- public state ---------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self._done

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def result(self) -> Any:
        return self._result

    @property
    def exception(self) -> BaseException | None:
        return self._exception

    def cancel(self) -> None:
        """Drop the callbacks and signals; if the call has not started yet, it never runs.

        A call already running is not interrupted (its transaction commits or rolls back).
        """
        self._cancelled = True

    # -- worker thread ----------------------------------------------------------------------
    def _execute(self) -> None:
        if self._cancelled:
            self._completed.emit(True, None)
            return
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every outcome must reach the GUI thread
            self._completed.emit(False, exc)
        else:
            self._completed.emit(True, result)

    # -- GUI thread -------------------------------------------------------------------------
    @Slot(bool, object)
    def _on_completed(self, ok: bool, payload: Any) -> None:
        self._done = True
        try:
            if ok:
                self._result = payload
            else:
                self._exception = payload
            if self._cancelled:
                if not ok:
                    self._log_unhandled(payload, "after the task was cancelled")
                return
            if ok:
                if self._on_success is not None and self._receiver_alive(self._on_success):
                    self._on_success(payload)
                self.succeeded.emit(payload)
            else:
                if self._on_error is not None and self._receiver_alive(self._on_error):
                    self._on_error(payload)
                elif self._on_error is not None:
                    self._log_unhandled(payload, "after its receiver was destroyed")
                else:
                    self._log_unhandled(payload, "with no on_error handler")
                self.failed.emit(payload)
            self.finished.emit()
        finally:
            self._fn = _released
            self._args, self._kwargs = (), {}
            self._on_success = self._on_error = None
            self._context = None
            self._on_settled(self)

    def _receiver_alive(self, callback: Callback) -> bool:
        if self._context is not None and not shiboken6.isValid(self._context):
            return False
        owner = getattr(callback, "__self__", None)
        return not (isinstance(owner, QObject) and not shiboken6.isValid(owner))

    def _log_unhandled(self, exc: BaseException, why: str) -> None:
        log.error(
            "Background task %s failed %s",
            self.name,
            why,
            exc_info=(type(exc), exc, exc.__traceback__),
        )


def _released(*_args: Any, **_kwargs: Any) -> None:
    """Stands in for a finished task's function, so the task does not keep it alive."""


class _Job(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task, self._task = self._task, None  # type: ignore[assignment]
        task._execute()


class BackgroundRunner(QObject):
    """Runs service calls one at a time, in submission order, off the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        on_success: Callback | None = None,
        on_error: Callback | None = None,
        context: QObject | None = None,
        **kwargs: Any,
    ) -> Task:
        """Call ``fn(*args, **kwargs)`` on the worker thread.

        ``on_success(result)`` / ``on_error(exception)`` run later on the GUI thread, never
        synchronously from here, and not at all once ``context`` (or the ``QObject`` a bound
        method belongs to) has been destroyed.
        """
        task = Task(fn, args, kwargs, on_success, on_error, context, self._on_task_settled)
        self._tasks.add(task)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(task))
        return task

    @property
    def in_flight(self) -> int:
        """Submitted tasks whose outcome has not yet been delivered on the GUI thread."""
        return len(self._tasks)

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until the worker has run every submitted call (for shutdown).

        Returns False on timeout.  Outcomes are delivered when the event loop next runs.
        """
        return bool(self._pool.waitForDone(timeout_ms))

    def _on_task_settled(self, task: Task) -> None:
        # Called after the callbacks, so a callback that submits follow-up work keeps the
        # runner busy without a False/True flicker.
        self._tasks.discard(task)
        if not self._tasks:
            self.busy_changed.emit(False)


install_emit_refcount_fix()
