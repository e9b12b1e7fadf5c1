"""BackgroundRunner: one worker thread, outcomes delivered on the GUI thread, in order."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QThread, QTimer

from neurohub_desktop.ui.background import BackgroundRunner


@pytest.fixture
def runner(qtbot):
    runner = BackgroundRunner()
    yield runner
    assert runner.wait_for_done(5000)


def test_results_arrive_on_gui_thread_in_submission_order(qtbot, runner):
    gui_thread = QThread.currentThread()
    worker_threads: list[QThread] = []
    results: list[tuple[int, bool]] = []

    def work(n: int) -> int:
        worker_threads.append(QThread.currentThread())
        return n * 10

    def on_success(value: int) -> None:
        results.append((value, QThread.currentThread() is gui_thread))

    tasks = [runner.run(work, n, on_success=on_success) for n in range(20)]
    with qtbot.waitSignal(tasks[-1].finished, timeout=5000):
        pass
    assert results == [(n * 10, True) for n in range(20)]
    assert all(t is not gui_thread for t in worker_threads)
    assert all(t.done and t.exception is None for t in tasks)
    assert tasks[3].result == 30


def test_callbacks_are_never_synchronous(qtbot, runner):
    seen: list[str] = []
    task = runner.run(lambda: "x", on_success=seen.append)
    assert seen == []  # even if the worker already finished, delivery waits for the loop
    qtbot.waitUntil(lambda: seen == ["x"], timeout=5000)
    assert task.done


def test_kwargs_are_passed_to_the_function(qtbot, runner):
    task = runner.run(lambda a, *, b: a + b, 1, b=2)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [3]


def test_exception_reaches_on_error_as_the_object(qtbot, runner):
    boom = ValueError("boom")
    errors: list[BaseException] = []
    successes: list[object] = []

    def fail() -> None:
        raise boom

    task = runner.run(fail, on_success=successes.append, on_error=errors.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert errors == [boom] and blocker.args == [boom]
    assert errors[0].__traceback__ is not None
    assert successes == [] and task.exception is boom


def test_unhandled_exception_is_logged_with_traceback(qtbot, runner, caplog):
    def fail() -> None:
        raise RuntimeError("nobody listens")

    with caplog.at_level(logging.ERROR, logger="neurohub_desktop.ui.background"):
        task = runner.run(fail)
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
    [record] = [r for r in caplog.records if r.name == "neurohub_desktop.ui.background"]
    assert record.exc_info is not None and record.exc_info[1] is task.exception
    assert "fail" in record.getMessage()


def test_gui_keeps_processing_events_while_a_task_blocks(qtbot, runner):
    release = threading.Event()
    started = threading.Event()

    def blocking() -> str:
        started.set()
        assert release.wait(5), "the GUI thread never released the task"
        return "released"

    task = runner.run(blocking)
    assert started.wait(5)
    # Only the GUI event loop can fire this timer; it is what unblocks the worker.
    QTimer.singleShot(10, release.set)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["released"]


def test_busy_changed_toggles_once_per_busy_period(qtbot, runner):
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    release = threading.Event()
    assert not runner.is_busy()

    first = runner.run(release.wait, 5)
    second = runner.run(lambda: None)
    assert states == [True] and runner.is_busy() and runner.in_flight == 2
    release.set()
    with qtbot.waitSignal(runner.busy_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [False]
    assert states == [True, False]
    assert first.done and second.done and runner.in_flight == 0


def test_follow_up_submitted_from_a_callback_does_not_flicker_busy(qtbot, runner):
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    done: list[int] = []

    def first_done(_: object) -> None:
        runner.run(lambda: 2, on_success=done.append)

    runner.run(lambda: 1, on_success=first_done)
    qtbot.waitUntil(lambda: done == [2], timeout=5000)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert states == [True, False]


def test_callbacks_skipped_after_context_is_destroyed(qtbot, runner):
    release = threading.Event()
    context = QObject()
    called: list[object] = []

    task = runner.run(release.wait, 5, on_success=called.append, context=context)
    with qtbot.waitSignal(context.destroyed, timeout=5000):
        context.deleteLater()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert called == []


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[object] = []

    def on_result(self, value: object) -> None:
        self.got.append(value)


def test_bound_method_of_destroyed_qobject_is_not_called(qtbot, runner):
    release = threading.Event()
    receiver = _Receiver()
    got = receiver.got
    task = runner.run(release.wait, 5, on_success=receiver.on_result)
    with qtbot.waitSignal(receiver.destroyed, timeout=5000):
        receiver.deleteLater()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got == []


def test_error_after_receiver_destroyed_is_logged(qtbot, runner, caplog):
    release = threading.Event()
    context = QObject()
    errors: list[BaseException] = []

    def fail() -> None:
        release.wait(5)
        raise KeyError("late")

    task = runner.run(fail, on_error=errors.append, context=context)
    with qtbot.waitSignal(context.destroyed, timeout=5000):
        context.deleteLater()
    with caplog.at_level(logging.ERROR, logger="neurohub_desktop.ui.background"):
        release.set()
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
    assert errors == []
    assert any(r.exc_info and r.exc_info[1] is task.exception for r in caplog.records)


def test_cancelled_task_that_has_not_started_never_runs(qtbot, runner):
    release = threading.Event()
    ran: list[str] = []
    blocker_task = runner.run(release.wait, 5)
    queued = runner.run(lambda: ran.append("ran"), on_success=ran.append)
    queued.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert blocker_task.done and queued.done and queued.cancelled
    assert ran == []


def test_wait_for_done_blocks_until_the_queue_is_drained(qtbot):
    runner = BackgroundRunner()
    order: list[int] = []
    for n in range(5):
        runner.run(order.append, n)
    assert runner.wait_for_done(5000)
    assert order == [0, 1, 2, 3, 4]
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
