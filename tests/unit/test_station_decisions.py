"""Why a unit may or may not start at a station: decided from its facts, before any write."""

from __future__ import annotations

import pytest
from catalog import has_hangul, korean

from neurohub_desktop.domain.station import (
    REWORK_LIMIT,
    Reason,
    UnitFacts,
    UnitKind,
    UnitView,
    decide,
    reason_msg,
    refusal_error,
)

ALL = frozenset(f"PROC-00{i}" for i in range(1, 9))


def wip(station: str, **kw: object) -> UnitFacts:
    base: dict[str, object] = dict(
        kind=UnitKind.WIP,
        station_process=station,
        unit="WIP-WF261128D01-001",
        lot_number="WF261128D01",
        lot_status="IN_PROGRESS",
        status="IN_PROGRESS",
    )
    base.update(kw)
    return UnitFacts(**base)  # type: ignore[arg-type]


def passed(n: int) -> frozenset[str]:
    return frozenset(f"PROC-00{i}" for i in range(1, n + 1))


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        (wip("PROC-003", passed=passed(2)), Reason.OK),
        (wip("PROC-003", passed=passed(1)), Reason.PREVIOUS_STEP_MISSING),
        (wip("PROC-003", passed=passed(3)), Reason.ALREADY_PASSED),
        (wip("PROC-003", passed=passed(2), current_process="PROC-003"), Reason.RESUME),
        (
            wip("PROC-003", passed=passed(2), current_process="PROC-004"),
            Reason.IN_PROGRESS_ELSEWHERE,
        ),
        (wip("PROC-003", passed=passed(2), status="FAILED", non_pass_count=1), Reason.UNIT_FAILED),
        (
            wip("PROC-003", passed=passed(2), status="FAILED", non_pass_count=REWORK_LIMIT + 1),
            Reason.REWORK_LIMIT,
        ),
        (wip("PROC-003", passed=passed(2), non_pass_count=REWORK_LIMIT), Reason.OK),
        (wip("PROC-003", passed=passed(2), non_pass_count=REWORK_LIMIT + 1), Reason.REWORK_LIMIT),
        (wip("PROC-003", passed=passed(2), lot_status="CLOSED"), Reason.LOT_CLOSED),
        (wip("PROC-003", passed=passed(2), lot_status="COMPLETED"), Reason.LOT_CLOSED),
        (wip("PROC-007", passed=passed(6), status="COMPLETED"), Reason.OK),
        (wip("PROC-007", passed=passed(5)), Reason.PREVIOUS_STEP_MISSING),
        (wip("PROC-008", passed=passed(6), status="COMPLETED"), Reason.WRONG_KIND),
        (wip("PROC-003", passed=passed(6), status="CONVERTED"), Reason.FINISHED),
        (wip("PROC-001"), Reason.OK),
        (wip("PROC-001", passed=passed(1)), Reason.ALREADY_PASSED),
    ],
)
def test_wip_decisions(facts: UnitFacts, reason: Reason) -> None:
    assert decide(facts)[0] is reason


def serial(station: str, **kw: object) -> UnitFacts:
    return wip(station, kind=UnitKind.SERIAL, unit="WF261128D01-0001", **kw)


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        (serial("PROC-008", passed=passed(7)), Reason.OK),
        (
            serial("PROC-008", passed=passed(6), current_process="PROC-007"),
            Reason.IN_PROGRESS_ELSEWHERE,
        ),
        (serial("PROC-008", passed=ALL, status="PASSED"), Reason.ALREADY_PASSED),
        (serial("PROC-007", passed=passed(6)), Reason.OK),
        (serial("PROC-007", passed=passed(6), current_process="PROC-007"), Reason.RESUME),
        (
            serial("PROC-008", passed=passed(7), status="FAILED", rework_count=3),
            Reason.REWORK_LIMIT,
        ),
        (serial("PROC-008", passed=passed(7), status="FAILED", rework_count=2), Reason.UNIT_FAILED),
        (serial("PROC-008", status="SCRAPPED"), Reason.SCRAPPED),
        (serial("PROC-003", passed=passed(2)), Reason.WRONG_KIND),
    ],
)
def test_serial_decisions(facts: UnitFacts, reason: Reason) -> None:
    assert decide(facts)[0] is reason


def test_lot_scan_decisions() -> None:
    lot = UnitFacts(
        UnitKind.LOT,
        "PROC-001",
        "WF261128D01",
        "WF261128D01",
        "CREATED",
        "CREATED",
        issued=2,
        target=3,
    )
    assert decide(lot)[0] is Reason.OK
    assert decide(UnitFacts(**{**lot.__dict__, "issued": 3}))[0] is Reason.LOT_FULL
    assert decide(UnitFacts(**{**lot.__dict__, "lot_status": "CLOSED"}))[0] is Reason.LOT_CLOSED
    assert (
        decide(UnitFacts(**{**lot.__dict__, "station_process": "PROC-003"}))[0] is Reason.WRONG_KIND
    )


def test_messages_are_localized_and_complete() -> None:
    for reason in Reason:
        msg = reason_msg(
            reason,
            unit="WIP-X-001",
            process="PROC-003",
            previous="PROC-002",
            current="PROC-004",
            lot="X",
            lot_status="CLOSED",
            kind="SERIAL",
            expected="WIP",
            limit="3",
            target="10",
            next="SERIAL",
        )
        ko, en = korean(msg), str(msg)
        assert ko and en and ko != en and has_hangul(ko)
        assert "{" not in ko and "{" not in en
        short = reason_msg(reason, unit="WIP-X-001", process="PROC-003")
        assert "{" not in str(short) and "{" not in korean(short)  # a missing detail: empty
    msg = reason_msg(
        Reason.PREVIOUS_STEP_MISSING, unit="WIP-A-001", previous="PROC-002", process="PROC-003"
    )
    assert msg.params["previous"] == "PROC-002" and msg.params["unit"] == "WIP-A-001"
    assert "PROC-002" in korean(msg) and "통과" in korean(msg)
    kind = reason_msg(Reason.WRONG_KIND, unit="X", kind="SERIAL", expected="WIP", process="P")
    assert str(kind) == "X is a serial: this station (P) expects a WIP."
    assert "시리얼" in korean(kind)


def test_refusal_error_names_the_rule() -> None:
    reason, details = decide(wip("PROC-003", passed=passed(1)))
    view = UnitView(
        kind=UnitKind.WIP,
        scanned="WIP-WF261128D01-001",
        station_process="PROC-003",
        reason=reason,
        details=tuple(details.items()),
    )
    err = refusal_error(view)
    assert err.rule == "BR-002"
    assert err.msg == view.reason_msg and err.msg.params["previous"] == "PROC-002"
    assert "PROC-002" in str(err) and "PROC-002" in korean(err.msg)
