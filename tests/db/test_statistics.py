"""Output per operator and per shift, the per-LOT cache of finished LOTs, and the statistics
against the reference queries on the benchmark's generated data (issue 19).

Known answers on the fixture line of supervisor_fixtures.py: kim records every WIP step,
park the serial steps (PROC-007/008); LOT A's attempts fall in the day shift of 2025-11-03
(08:00-10:30 UTC), LOT B's at 20:00 UTC on 2025-11-04 in that date's night shift.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Engine, text
from supervisor_fixtures import build_known_line

from bench import datagen
from neurohub_desktop.db.engine import make_sessionmaker
from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.reports import ReportScope, ShiftPlan, YieldReport
from neurohub_desktop.services import report_sql as q
from neurohub_desktop.services.reports import ReportsService, _tz_sql

A, B = "WF251103D01", "WF251104N01"
KST = timezone(timedelta(hours=9))


def _ops(report: YieldReport) -> dict[tuple[str, str], tuple[int, ...]]:
    return {
        (r.operator_login, r.process.process_id): (
            r.attempts,
            r.passed,
            r.units,
            r.first_attempts,
            r.first_pass,
            r.duration_sum,
            r.duration_count,
        )
        for r in report.operators
    }


def _shifts(report: YieldReport) -> dict[tuple[date, str, str], tuple[int, ...]]:
    return {
        (r.shift_date, r.shift, r.process.process_id): (
            r.attempts,
            r.passed,
            r.units,
            r.first_attempts,
            r.first_pass,
            r.duration_sum,
            r.duration_count,
        )
        for r in report.shifts
    }


def test_output_per_operator_known_answers(engine: Engine) -> None:
    build_known_line(engine)
    svc = ReportsService(make_sessionmaker(engine), tz=UTC)
    report = svc.yield_report()
    # (attempts, passed, units, first attempts, first passes, duration sum, durations)
    assert _ops(report) == {
        ("kim", "PROC-001"): (7, 6, 7, 7, 6, 350, 7),
        ("kim", "PROC-002"): (6, 5, 5, 5, 4, 18000, 6),
        ("kim", "PROC-003"): (8, 3, 4, 4, 2, 360, 8),
        ("kim", "PROC-004"): (3, 3, 3, 3, 3, 165, 3),
        ("kim", "PROC-005"): (3, 3, 3, 3, 3, 9900, 3),
        ("kim", "PROC-006"): (3, 3, 3, 3, 3, 1500, 3),
        ("park", "PROC-007"): (3, 3, 3, 3, 3, 90, 3),
        ("park", "PROC-008"): (2, 1, 2, 2, 1, 200, 2),
    }
    kim3 = next(r for r in report.operators if r.process.process_id == "PROC-003")
    assert (kim3.operator_name, kim3.fpy) == ("김작업", 0.5)
    assert kim3.mean_duration_seconds == pytest.approx(45)
    assert kim3.duration_ratio == pytest.approx(45 / 60)  # against the 60 s standard
    assert [r.operator_login for r in report.operators] == ["kim"] * 6 + ["park"] * 2


def test_output_per_shift_known_answers(engine: Engine) -> None:
    build_known_line(engine)
    svc = ReportsService(make_sessionmaker(engine), tz=UTC)
    shifts = _shifts(svc.yield_report())
    day, night = date(2025, 11, 3), date(2025, 11, 4)
    assert shifts[(day, "D", "PROC-001")] == (5, 5, 5, 5, 5, 250, 5)
    assert shifts[(night, "N", "PROC-001")] == (2, 1, 2, 2, 1, 100, 2)  # B1 PASS, B2 FAIL
    assert shifts[(day, "D", "PROC-003")] == (8, 3, 4, 4, 2, 360, 8)
    assert {k[:2] for k in shifts} == {(day, "D"), (night, "N")}
    # a later day shift start moves LOT A's early attempts (08:00-08:59) into the night of
    # 2025-11-02, which ends at 09:00
    late = ReportsService(
        make_sessionmaker(engine), tz=UTC, shifts=ShiftPlan(time(9, 0), time(21, 0))
    )
    moved = _shifts(late.yield_report(ReportScope(lot_number=A)))
    assert moved[(date(2025, 11, 2), "N", "PROC-001")][0] > 0
    assert sum(v[0] for k, v in moved.items() if k[2] == "PROC-001") == 5
    # in KST LOT B (05:00 on 2025-11-05) is still the night shift that started on 11-04
    kst = ReportsService(make_sessionmaker(engine), tz=KST)
    assert (night, "N", "PROC-001") in _shifts(kst.yield_report(ReportScope(lot_number=B)))


def test_shift_plan_rule() -> None:
    plan = ShiftPlan()
    assert plan.shift_of(datetime(2025, 11, 5, 8, 0)) == (date(2025, 11, 5), "D")
    assert plan.shift_of(datetime(2025, 11, 5, 19, 59)) == (date(2025, 11, 5), "D")
    assert plan.shift_of(datetime(2025, 11, 5, 20, 0)) == (date(2025, 11, 5), "N")
    assert plan.shift_of(datetime(2025, 11, 6, 7, 59)) == (date(2025, 11, 5), "N")
    with pytest.raises(ValueError):
        ShiftPlan(time(20, 0), time(8, 0))


def _reference(
    engine: Engine, ids: list[int], tz: Any, plan: ShiftPlan
) -> tuple[dict[Any, tuple[int, ...]], dict[Any, tuple[int, ...]]]:
    tz_sql, tz_value = _tz_sql(tz)
    params = {
        "ids": ids,
        "tz": tz_value,
        "day_start": plan.day_start.isoformat(),
        "day_minutes": plan.day_minutes,
    }
    out = []
    with engine.connect() as c:
        for key in (q.OUTPUT_REFERENCE_OPERATOR, q.OUTPUT_REFERENCE_SHIFT):
            sql = q.OUTPUT_REFERENCE.format(tz=tz_sql, key=key)
            rows = c.execute(text(sql), params).all()
            out.append({tuple(r[:-7]): tuple(r[-7:]) for r in rows})
    return out[0], out[1]


def _step_reference(engine: Engine, ids: list[int]) -> dict[Any, Any]:
    with engine.connect() as c:
        return {
            r["process_pk"]: dict(r)
            for r in c.execute(text(q.STEP_YIELD_REFERENCE), {"ids": ids}).mappings()
        }


def _assert_equals_reference(
    engine: Engine, svc: ReportsService, scope: ReportScope, tz: Any, plan: ShiftPlan
) -> YieldReport:
    with engine.connect() as c:
        ids = [r[0] for r in c.execute(text(q.scope_lots(_clauses(scope))), _params(scope, tz))]
    report = svc.yield_report(scope)
    ops, shifts = _reference(engine, ids, tz, plan)
    assert _ops(report) == ops
    assert _shifts(report) == shifts
    ref = _step_reference(engine, ids)
    total = ref.pop(None)
    assert (report.units_attempted, report.units_reworked) == (total["units"], total["reworked"])
    for step in report.steps:
        r = ref.get(step.process.id)
        if r is None:
            assert step.attempts == 0
            continue
        assert (step.passed, step.failed, step.rework, step.units_attempted, step.first_pass) == (
            r["passed"],
            r["failed"],
            r["rework"],
            r["units"],
            r["first_pass"],
        )
        assert step.mean_duration_seconds == pytest.approx(float(r["mean_duration"]), rel=1e-12)
    return report


def _clauses(scope: ReportScope) -> list[str]:
    clauses = []
    if scope.date_from:
        clauses.append("l.created_at >= :d_from")
    if scope.date_to:
        clauses.append("l.created_at < :d_to")
    if scope.lot_number:
        clauses.append("l.lot_number = :n")
    return clauses


def _params(scope: ReportScope, tz: Any) -> dict[str, Any]:
    p: dict[str, Any] = {"n": scope.lot_number}
    if scope.date_from:
        p["d_from"] = datetime.combine(scope.date_from, time.min, tzinfo=tz)
    if scope.date_to:
        p["d_to"] = datetime.combine(scope.date_to + timedelta(days=1), time.min, tzinfo=tz)
    return p


def test_fixture_line_equals_the_reference_in_every_zone(engine: Engine) -> None:
    build_known_line(engine)
    for tz, plan in ((UTC, ShiftPlan()), (KST, ShiftPlan()), (UTC, ShiftPlan(time(9), time(21)))):
        svc = ReportsService(make_sessionmaker(engine), tz=tz, shifts=plan)
        for scope in (ReportScope(), ReportScope(lot_number=A), ReportScope(lot_number=B)):
            _assert_equals_reference(engine, svc, scope, tz, plan)


def test_finished_lot_figures_are_kept_until_a_change_names_the_lot(engine: Engine) -> None:
    known = build_known_line(engine)
    sm = make_sessionmaker(engine)
    svc = ReportsService(sm, tz=UTC)
    lot_a = known.lots[A]
    with engine.begin() as c:  # the owner marks LOT A finished (BR-001's order, by hand)
        c.execute(text("UPDATE lots SET status = 'COMPLETED' WHERE id = :l"), {"l": lot_a})
    first = svc.yield_report(ReportScope(lot_id=lot_a))
    with engine.begin() as c:  # a change behind the cache's back: a PROC-001 attempt gone
        c.execute(text("SET LOCAL session_replication_role = replica"))
        c.execute(
            text(
                "DELETE FROM wip_process_history WHERE id = ("
                " SELECT min(h.id) FROM wip_process_history h"
                " JOIN wip_items w ON w.id = h.wip_item_id WHERE w.lot_id = :l)"
            ),
            {"l": lot_a},
        )
    assert svc.yield_report(ReportScope(lot_id=lot_a)) == first  # from the cache
    fresh = ReportsService(sm, tz=UTC).yield_report(ReportScope(lot_id=lot_a))
    assert fresh.steps[0].attempts == first.steps[0].attempts - 1
    svc.forget(ChangeEvent("lot_status", lot_id=lot_a + 1000))  # another LOT: kept
    assert svc.yield_report(ReportScope(lot_id=lot_a)) == first
    svc.forget(ChangeEvent("unit_scrapped", lot_id=lot_a))
    assert svc.yield_report(ReportScope(lot_id=lot_a)) == fresh
    # an unfinished LOT is never cached: LOT B is read afresh every time
    b = svc.yield_report(ReportScope(lot_number=B))
    with engine.begin() as c:
        c.execute(text("SET LOCAL session_replication_role = replica"))
        c.execute(
            text(
                "DELETE FROM wip_process_history h USING wip_items w"
                " WHERE w.id = h.wip_item_id AND w.lot_id = :l"
            ),
            {"l": known.lots[B]},
        )
    assert svc.yield_report(ReportScope(lot_number=B)).units_attempted == b.units_attempted - 2


@pytest.fixture
def generated(engine: Engine) -> Iterator[Engine]:
    """The benchmark's WIP-era data (bench/datagen.py) at a small scale: 40 LOTs of 100 on
    the 1/10 calendar, the newest 4 in progress."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(datagen.wip_rows_sql(40, first_slot=0, open_lots=4))
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    yield engine


def test_statistics_equal_the_reference_on_generated_data(generated: Engine) -> None:
    engine = generated
    for tz in (UTC, KST):
        svc = ReportsService(make_sessionmaker(engine), tz=tz)
        scopes = [
            ReportScope(),
            ReportScope(date(2024, 6, 1), date(2024, 6, 1)),
            ReportScope(date(2024, 6, 2), date(2024, 6, 3)),
        ]
        for _ in range(2):  # cold, then from the cache
            for scope in scopes:
                report = _assert_equals_reference(engine, svc, scope, tz, ShiftPlan())
                assert report.units_attempted > 0
        whole = svc.yield_report()
        assert whole.units_reworked > 0 and any(s.failed for s in whole.steps)
        # Pareto: the cached per-LOT counts equal the one-query count over the scope
        with engine.connect() as c:
            ids = list(c.scalars(text("SELECT id FROM lots")))
            want: dict[tuple[str, str], int] = {}
            for pid, code, n in c.execute(text(q.PARETO), {"ids": ids}):
                want[(pid, code)] = want.get((pid, code), 0) + n
        assert {(r.process_id, r.code): r.count for r in svc.defect_pareto()} == want


def test_board_counts_of_a_finished_lot_are_kept_until_a_change_names_it(engine: Engine) -> None:
    """The LOT board keeps a finished LOT's unit counts (issue 19): the live refresh of that
    LOT (``lot_ids``), the detail view and ``forget`` read them again; an unfinished LOT is
    read every time."""
    known = build_known_line(engine)
    sm = make_sessionmaker(engine)
    svc = ReportsService(sm, tz=UTC)
    lot_a, lot_b = known.lots[A], known.lots[B]
    with engine.begin() as c:  # the owner marks LOT A finished (BR-001's order, by hand)
        c.execute(text("UPDATE lots SET status = 'COMPLETED' WHERE id = :l"), {"l": lot_a})

    def board() -> dict[str, Any]:
        return {r.lot_number: r for r in svc.lot_board()}

    def wip_created_behind_the_cache(*lots: int) -> None:
        with engine.begin() as c:  # a WIP of each LOT goes back to CREATED
            c.execute(text("SET LOCAL session_replication_role = replica"))
            for lot in lots:
                c.execute(
                    text(
                        "UPDATE wip_items SET status = 'CREATED', current_process_id = NULL"
                        " WHERE id = (SELECT min(id) FROM wip_items WHERE lot_id = :l"
                        " AND status <> 'CREATED')"
                    ),
                    {"l": lot},
                )

    first = board()
    wip_created_behind_the_cache(lot_a, lot_b)
    kept = board()
    assert kept[A].wip_counts == first[A].wip_counts  # from the cache
    assert kept[B].wip_counts["CREATED"] == first[B].wip_counts["CREATED"] + 1  # read again
    fresh = ReportsService(sm, tz=UTC).lot_board()
    fresh_a = next(r for r in fresh if r.lot_number == A)
    assert fresh_a.wip_counts["CREATED"] == first[A].wip_counts["CREATED"] + 1
    assert sum(fresh_a.units_per_step) == sum(first[A].units_per_step) + 1  # placed at a step
    # the live refresh of the named LOT and the detail view read it again (and keep that)
    assert svc.lot_board(lot_ids=[lot_a]) == [fresh_a]
    assert board()[A] == fresh_a
    wip_created_behind_the_cache(lot_a)
    detail = svc.lot_detail(lot_a)
    assert (
        detail is not None
        and detail.lot.wip_counts["CREATED"] == first[A].wip_counts["CREATED"] + 2
    )
    wip_created_behind_the_cache(lot_a)
    kept_a = board()[A]
    svc.forget(ChangeEvent("lot_status", lot_id=lot_b))  # another LOT: kept
    assert board()[A] == kept_a
    svc.forget(ChangeEvent("unit_scrapped", lot_id=lot_a))
    assert board()[A].wip_counts["CREATED"] == first[A].wip_counts["CREATED"] + 3


def _drop_first_attempt(engine: Engine, lot: int) -> None:
    """Behind any cache's back: the LOT's first WIP attempt goes (no event)."""
    with engine.begin() as c:
        c.execute(text("SET LOCAL session_replication_role = replica"))
        c.execute(
            text(
                "DELETE FROM wip_process_history WHERE id = ("
                " SELECT min(h.id) FROM wip_process_history h"
                " JOIN wip_items w ON w.id = h.wip_item_id WHERE w.lot_id = :l)"
            ),
            {"l": lot},
        )


def test_unfinished_lot_figures_kept_when_every_change_reaches_forget(engine: Engine) -> None:
    """``keep_unfinished`` (the app: its pages hand every change event to ``forget``): an
    unfinished LOT's figures are kept until an event names it or a resync comes."""
    known = build_known_line(engine)
    sm = make_sessionmaker(engine)
    svc = ReportsService(sm, tz=UTC, keep_unfinished=True)
    lot_b = known.lots[B]
    scope = ReportScope(lot_number=B)
    first = svc.yield_report(scope)
    _drop_first_attempt(engine, lot_b)
    assert svc.yield_report(scope) == first  # kept
    svc.forget(ChangeEvent("step_recorded", lot_id=known.lots[A]))  # another LOT: kept
    assert svc.yield_report(scope) == first
    svc.forget(ChangeEvent("step_recorded", lot_id=lot_b))
    second = svc.yield_report(scope)
    assert second.steps[0].attempts == first.steps[0].attempts - 1
    assert second == ReportsService(sm, tz=UTC).yield_report(scope)  # = read afresh
    _drop_first_attempt(engine, lot_b)
    assert svc.yield_report(scope) == second
    svc.forget(ChangeEvent(RESYNC))
    assert svc.yield_report(scope).steps[0].attempts == first.steps[0].attempts - 2


def test_a_change_announced_during_a_read_is_not_kept(engine: Engine) -> None:
    """A change that names the LOT while its figures are being read (it may have committed
    after the read's snapshot) leaves nothing kept: the next report reads again."""
    known = build_known_line(engine)
    sm = make_sessionmaker(engine)
    lot_b = known.lots[B]

    class Racing(ReportsService):
        def _read_figures(self, s: Any, ids: list[int]) -> Any:
            out = super()._read_figures(s, ids)
            _drop_first_attempt(engine, lot_b)  # committed after the read's statements ...
            self.forget(ChangeEvent("step_recorded", lot_id=lot_b))  # ... and announced
            return out

    svc = Racing(sm, tz=UTC, keep_unfinished=True)
    scope = ReportScope(lot_number=B)
    first = svc.yield_report(scope)
    second = ReportsService.yield_report(svc, scope)  # the race again, and read again
    assert second.steps[0].attempts == first.steps[0].attempts - 1
