"""Races between stations on a real server: one claim wins and the other is refused at once,
concurrent conversions never overshoot a LOT, serialization failures and deadlocks are
retried inside the service without the operator noticing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import factories as f
import pytest
from catalog import korean
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from neurohub_desktop.db.engine import make_engine
from neurohub_desktop.domain.errors import ConflictError, NeuroHubError
from neurohub_desktop.domain.station import Reason
from neurohub_desktop.services.resilience import run_write
from neurohub_desktop.services.uow import transaction

REFUSED_WITHIN_S = 2.0  # "at once": lock_timeout is not set, only NOWAIT decides


def _together(n: int, work: Callable[[int], Any]) -> list[tuple[str, Any, float]]:
    """Run work(i) in n threads released at the same instant: (outcome, value, seconds)."""
    barrier = threading.Barrier(n)

    def one(i: int) -> tuple[str, Any, float]:
        barrier.wait()
        started = time.perf_counter()
        try:
            value = work(i)
        except NeuroHubError as exc:
            return "refused", exc, time.perf_counter() - started
        return "ok", value, time.perf_counter() - started

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


def test_two_stations_claim_one_wip_one_wins_the_other_is_refused_at_once(sm) -> None:  # type: ignore[no-untyped-def]
    worker = f.user(sm, "worker1")
    other = f.user(sm, "worker2")
    lot = f.lot(sm, target=30)
    for round_ in range(10):  # ten separate races, so both interleavings get exercised
        wip = f.wip_through(sm, worker, lot, last=2)
        stations = [
            f.station(sm, "PROC-003", name="ST-3A"),
            f.station(sm, "PROC-003", name="ST-3B"),
        ]
        actors = [worker, other]
        outcomes = _together(
            2,
            lambda i, st=stations, who=actors, w=wip: (  # type: ignore[misc]
                st[i].start_step(who[i], w)
            ),
        )
        kinds = sorted(o[0] for o in outcomes)
        assert kinds == ["ok", "refused"], (round_, outcomes)
        refused = next(o for o in outcomes if o[0] == "refused")
        assert refused[2] < REFUSED_WITHIN_S
        # the loser was told why: locked right now, or already in progress (RESUME/elsewhere)
        assert (
            isinstance(refused[1], ConflictError)
            or refused[1].code.startswith("BR-")
            or refused[1].code in ("RESUME",)
        ), refused[1]
        claims = f.scalar(
            sm,
            "SELECT count(*) FROM audit_logs a JOIN wip_items w "
            "ON w.id = a.record_id WHERE a.table_name = 'wip_items' "
            "AND a.action = 'UPDATE' AND w.wip_id = :w "
            "AND 'current_process_id' = ANY(a.changed_fields) "
            "AND a.new_data->>'current_process_id' IS NOT NULL "
            "AND a.station LIKE 'ST-3_'",
            w=wip,
        )
        assert claims == 1
    # A station further down the line is told where the unit is.
    view = f.station(sm, "PROC-004").resolve_scan(wip)
    assert view.reason is Reason.IN_PROGRESS_ELSEWHERE
    assert "PROC-003" in str(view.reason_msg) and "PROC-003" in korean(view.reason_msg)


def test_a_held_row_lock_refuses_at_once_and_never_hangs(sm, engine) -> None:  # type: ignore[no-untyped-def]
    worker = f.user(sm, "worker1")
    wip = f.wip_through(sm, worker, f.lot(sm, target=2), last=2)
    with engine.connect() as holder:  # another station in the middle of its transaction
        holder.execute(text("SELECT id FROM wip_items WHERE wip_id = :w FOR UPDATE"), {"w": wip})
        started = time.perf_counter()
        with pytest.raises(ConflictError) as info:
            f.station(sm, "PROC-003").start_step(worker, wip)
        assert time.perf_counter() - started < REFUSED_WITHIN_S
        assert info.value.sqlstate == "55P03"
        holder.rollback()
    assert f.station(sm, "PROC-003").start_step(worker, wip).in_progress_here


def test_twenty_concurrent_conversions_near_the_target_never_overshoot(db_url) -> None:  # type: ignore[no-untyped-def]
    """The LOT's last 20 places taken by 20 stations at once: every conversion lands, each
    on its own place, and the LOT ends exactly at target_quantity."""
    target = 20
    eng = make_engine(db_url, pool_size=20)
    sm = f.sessions(eng)
    try:
        worker = f.user(sm, "worker1")
        f.firmware(sm)
        lot = f.lot(sm, target=target)
        wips = [f.wip_through(sm, worker, lot, last=6) for _ in range(target)]
        stations = [f.station(sm, "PROC-007", name=f"ST-7{chr(65 + i)}") for i in range(20)]
        outcomes = _together(20, lambda i: stations[i].convert(worker, wips[i]))
    finally:
        eng.dispose()
    sm = f.sessions(db_url)
    assert [o[0] for o in outcomes] == ["ok"] * 20, [o[1] for o in outcomes if o[0] != "ok"]
    assert f.scalar(sm, "SELECT count(*) FROM serials") == target
    assert f.rows(sm, "SELECT min(sequence), max(sequence), count(DISTINCT sequence) FROM serials")[
        0
    ] == (1, target, target)
    assert f.scalar(sm, "SELECT count(*) FROM wip_items WHERE status = 'CONVERTED'") == target
    with pytest.raises(DBAPIError, match="BR-004"):  # nothing more fits, not even by hand
        with f.admin_tx(sm) as s:
            s.execute(
                text(
                    "INSERT INTO serials (serial_number, lot_id, sequence) "
                    "SELECT :lot || '-0021', id, 20 FROM lots WHERE lot_number = :lot"
                ),
                {"lot": lot},
            )


def test_twenty_stations_issuing_into_a_nearly_full_lot_never_overshoot(db_url) -> None:  # type: ignore[no-untyped-def]
    """20 PROC-001 stations keep scanning a LOT with 5 places left until it is full."""
    target, free = 25, 5
    eng = make_engine(db_url, pool_size=20)
    sm = f.sessions(eng)
    try:
        worker = f.user(sm, "worker1")
        lot = f.lot(sm, target=target)
        for _ in range(target - free):
            f.issue_wip(sm, worker, lot)
        stations = [f.station(sm, "PROC-001", name=f"ST-1{chr(65 + i)}") for i in range(20)]

        def keep_scanning(i: int) -> list[str]:
            issued: list[str] = []
            for _ in range(200):
                try:
                    issued.append(str(stations[i].issue_next_wip(worker, lot).wip_id))
                except ConflictError:
                    continue  # another station holds the LOT this instant: scan again
                except NeuroHubError as exc:
                    assert exc.code == "BR-004", exc  # full: told so, nothing written
                    return issued
            raise AssertionError("the LOT never filled up")

        outcomes = _together(20, keep_scanning)
    finally:
        eng.dispose()
    issued = [w for o in outcomes for w in o[1]]
    assert len(issued) == free and len(set(issued)) == free
    sm = f.sessions(db_url)
    assert f.scalar(sm, "SELECT count(*) FROM wip_items") == target
    assert f.scalar(sm, "SELECT max(sequence_in_lot) FROM wip_items") == target


def test_serialization_failure_is_retried_invisibly(engine) -> None:  # type: ignore[no-untyped-def]
    sm = sessionmaker(
        engine.execution_options(isolation_level="REPEATABLE READ"), expire_on_commit=False
    )
    other_committed = threading.Event()
    attempts: list[int] = []

    def bump_other() -> None:
        with transaction(sm, station="ST-B") as s:
            s.execute(text("UPDATE processes SET description = 'B' WHERE process_id = 'PROC-003'"))
        other_committed.set()

    def write() -> str:
        attempts.append(1)
        with transaction(sm, station="ST-A") as s:
            s.execute(text("SELECT description FROM processes WHERE process_id = 'PROC-003'"))
            if len(attempts) == 1:  # the snapshot is taken; now someone else commits
                threading.Thread(target=bump_other).start()
                assert other_committed.wait(10)
            s.execute(text("UPDATE processes SET description = 'A' WHERE process_id = 'PROC-003'"))
        return "done"

    assert run_write(write) == "done"
    assert len(attempts) == 2  # 40001 once, then the retry went through
    assert (
        f.scalar(
            f.sessions(engine), "SELECT description FROM processes WHERE process_id = 'PROC-003'"
        )
        == "A"
    )


def test_deadlock_is_retried_invisibly(engine) -> None:  # type: ignore[no-untyped-def]
    sm = f.sessions(engine)
    both_locked = threading.Barrier(2)
    tries: dict[str, int] = {"A": 0, "B": 0}

    def writer(name: str, first: str, second: str) -> str:
        def write() -> str:
            tries[name] += 1
            with transaction(sm, station=f"ST-{name}") as s:
                s.execute(
                    text("UPDATE processes SET description = :n WHERE process_id = :p"),
                    {"n": name, "p": first},
                )
                if tries[name] == 1:
                    both_locked.wait(10)  # both hold their first row: a lock cycle follows
                s.execute(
                    text("UPDATE processes SET description = :n WHERE process_id = :p"),
                    {"n": name, "p": second},
                )
            return name

        return run_write(write)

    with ThreadPoolExecutor(2) as pool:
        a = pool.submit(writer, "A", "PROC-001", "PROC-002")
        b = pool.submit(writer, "B", "PROC-002", "PROC-001")
        assert {a.result(30), b.result(30)} == {"A", "B"}  # nobody saw the deadlock
    assert sorted(tries.values()) == [1, 2]  # the victim ran twice
