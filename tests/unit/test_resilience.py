"""services.resilience without a database: which failures are retried, how unknown commits
are resolved, and the one log line per operator action."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest

from neurohub_desktop.domain.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseUnavailable,
    ValidationError,
)
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.services import resilience as r


def _busy(code: str) -> DatabaseBusy:
    return DatabaseBusy(Msg("busy"), sqlstate=code)


def _lost(*, unknown: bool) -> DatabaseUnavailable:
    return DatabaseUnavailable(Msg("gone"), commit_unknown=unknown, sqlstate="57P01")


class Script:
    """A write that raises the given errors in turn, then returns ``value``."""

    def __init__(self, *errors: BaseException, value: str = "written") -> None:
        self.errors = list(errors)
        self.calls = 0
        self.value = value

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.value


def test_serialization_and_deadlock_are_retried_invisibly() -> None:
    pauses: list[float] = []
    write = Script(_busy("40001"), _busy("40P01"), _busy("40001"))
    assert r.run_write(write, sleep=pauses.append, rng=lambda: 1.0) == "written"
    assert write.calls == 4
    assert pauses == [0.02, 0.04, 0.08]  # exponential window (jitter = 1.0 here)


def test_retries_are_bounded() -> None:
    write = Script(*[_busy("40P01") for _ in range(10)])
    with pytest.raises(DatabaseBusy):
        r.run_write(write, sleep=lambda _s: None, attempts=3)
    assert write.calls == 3


@pytest.mark.parametrize(
    "error",
    [
        _busy("55P03"),  # NOWAIT: refused at once, never queued
        _busy("57014"),  # statement timeout
        ConflictError(Msg("locked"), sqlstate="55P03"),
        ValidationError(Msg("bad")),
        _lost(unknown=False),  # the screen shows "unsent" and retries in the background
    ],
)
def test_other_failures_are_not_retried(error: Exception) -> None:
    write = Script(error)
    with pytest.raises(type(error)):
        r.run_write(write, sleep=lambda _s: None, resolve=lambda: "found")
    assert write.calls == 1


def test_unknown_commit_found_in_the_database_is_not_written_again() -> None:
    write = Script(_lost(unknown=True))
    assert r.run_write(write, resolve=lambda: "found", sleep=lambda _s: None) == "found"
    assert write.calls == 1


def test_unknown_commit_not_in_the_database_is_written_again() -> None:
    write = Script(_lost(unknown=True))
    assert r.run_write(write, resolve=lambda: None, sleep=lambda _s: None) == "written"
    assert write.calls == 2


def test_unknown_commit_with_the_database_still_away_stays_unknown() -> None:
    def still_down() -> str:
        raise _lost(unknown=False)

    write = Script(_lost(unknown=True))
    with pytest.raises(DatabaseUnavailable) as info:
        r.run_write(write, resolve=still_down, sleep=lambda _s: None)
    assert info.value.commit_unknown and write.calls == 1


def test_jitter_stays_inside_the_cap() -> None:
    delays = list(r.backoff_delays(12, base=0.1, cap=0.5, rng=lambda: 0.999))
    assert len(delays) == 11 and max(delays) < 0.5 and delays[0] < 0.1


def test_submission_ids_are_unique_uuids() -> None:
    keys = {r.new_submission_id() for _ in range(1000)}
    assert len(keys) == 1000 and all(len(k) == 36 for k in keys)


@dataclass
class _Actor:
    id: int = 7
    user_id: str = "worker1"
    role: str = "WORKER"


@dataclass(frozen=True)
class _Verdict:
    value: str


@dataclass(frozen=True)
class _Recorded:
    result: _Verdict


class _Service:
    station = "ST-3"
    process_id = "PROC-003"

    @r.operator_action("complete_step")
    def complete(self, actor: _Actor, unit_id: str, fail: Exception | None = None) -> _Recorded:
        if fail is not None:
            raise fail
        return _Recorded(_Verdict("PASS"))

    @r.operator_action("confirm_mark", unit="wip_id")
    def confirm(self, actor: _Actor, wip_id: str) -> _Recorded:
        return self.complete(actor, wip_id)  # nested: one line, the outer action's


def test_one_log_line_per_action_with_unit_result_and_sqlstate(caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="neurohub.actions")
    svc = _Service()
    svc.complete(_Actor(), "WIP-WF261128D01-001")
    with pytest.raises(DatabaseUnavailable):
        svc.complete(_Actor(), "WIP-WF261128D01-002", _lost(unknown=True))
    with pytest.raises(RuntimeError):
        svc.complete(_Actor(), "evil\nunit=forged result=PASS", RuntimeError("bug"))
    svc.confirm(_Actor(), "WIP-WF261128D01-003")
    lines = [rec.getMessage() for rec in caplog.records if rec.name == "neurohub.actions"]
    assert len(lines) == 4
    assert lines[3].startswith("action=confirm_mark unit=WIP-WF261128D01-003 result=PASS")
    assert lines[0].startswith("action=complete_step unit=WIP-WF261128D01-001 result=PASS")
    assert "station=ST-3 process=PROC-003 user=worker1" in lines[0]
    assert "result=UNKNOWN" in lines[1] and "sqlstate=57P01" in lines[1]
    assert "result=ERROR" in lines[2] and "\n" not in lines[2]
    assert "unit=evil?unit=forged?result=PASS" in lines[2]  # no forged fields


def _locked() -> ConflictError:
    return ConflictError(Msg("held"), code="LOCKED", sqlstate="55P03")


def test_after_a_lost_answer_the_units_lock_is_no_refusal() -> None:
    """The soak's finding: the first attempt's answer was lost while the server still ran it,
    holding the unit's row; the retry's NOWAIT claim met that lock.  That is our own write,
    not another station: wait, then ask again (here: found by its key)."""
    write = Script(_lost(unknown=True), _locked(), _locked())
    assert r.run_write(write, resolve=lambda: None, sleep=lambda _s: None) == "written"
    assert write.calls == 4


def test_a_lock_that_outlasts_the_deadline_is_reported_as_the_unknown_outcome() -> None:
    lost = _lost(unknown=True)
    import time

    lost = _lost(unknown=True)
    write = Script(lost, *[_locked() for _ in range(100)])
    with pytest.raises(DatabaseUnavailable) as err:
        r.run_write(write, resolve=lambda: None, sleep=time.sleep, deadline_s=0.3)
    assert err.value is lost and err.value.commit_unknown  # unsent, not refused
    assert 3 <= write.calls <= 5  # it waited for the lock until the deadline


def test_a_lock_without_a_lost_answer_is_refused_at_once() -> None:
    write = Script(_locked())
    with pytest.raises(ConflictError):
        r.run_write(write, resolve=lambda: None, sleep=lambda _s: None)
    assert write.calls == 1


def test_the_log_line_names_arguments_passed_by_keyword_and_cleans_any_text(caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="neurohub.actions")
    svc = _Service()
    svc.complete(actor=_Actor(user_id="작업자 1"), unit_id="WIP-WF261128D01-004")
    svc.complete(_Actor(), unit_id="WIP\u3000x\tand\u00a0y")
    svc.complete(_Actor(), "W" * 70)
    lines = [rec.getMessage() for rec in caplog.records if rec.name == "neurohub.actions"]
    assert lines[0].startswith("action=complete_step unit=WIP-WF261128D01-004 result=PASS")
    assert "user=작업자?1" in lines[0]  # a space would split the field
    assert "unit=WIP?x?and?y " in lines[1]  # any white space, not only ASCII's
    assert f"unit={'W' * 60}… " in lines[2]
