"""Read-only queries behind the supervisor views (domain.md §1, §3, §6; definitions in
``domain/reports.py``).

Every query starts from a selective, indexed key so it stays fast at the sizes of
domain.md §8: LOT rows are chosen first (small table, bounded by a filter and a limit), then
their units through ``wip_items(lot_id, …)`` / ``serials(lot_id)`` / ``process_data(lot_id)``,
then attempts through ``wip_process_history(wip_item_id, …)``.  Statistics and the defect
Pareto therefore cover *the LOTs produced in a date range* (``lots.created_at``), not attempts
timestamped in it: the units of a LOT are built within a shift or two, and this path needs no
index beyond the plan's.  ``tests/db/test_query_plans.py`` EXPLAINs each query.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.ids import ScanKind, ScannedId, as_scanned
from neurohub_desktop.domain.reports import (
    AuditFilter,
    AuditRow,
    LotBoardRow,
    LotDetail,
    LotFilter,
    OperatorOutput,
    ParetoRow,
    ProcessRef,
    ReportScope,
    ShiftOutput,
    ShiftPlan,
    StatusCount,
    StepCounts,
    StepYield,
    TraceResult,
    UnitRow,
    WhereUsed,
    YieldReport,
    field_changes,
    pareto,
)
from neurohub_desktop.domain.states import (
    RESULTS,
    SERIAL_STATUSES,
    WIP_STATUSES,
    StepResult,
    UnitStatus,
)
from neurohub_desktop.services import report_sql as q
from neurohub_desktop.services import trace
from neurohub_desktop.services.uow import read

Clock = Callable[[], datetime]
K = TypeVar("K")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _local_tz() -> tzinfo:
    tz = datetime.now().astimezone().tzinfo
    return tz if tz is not None else UTC


class ReportsService:
    """Supervisor reads.  ``tz`` turns filter dates (local production days) into instants."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        tz: tzinfo | None = None,
        clock: Clock = _utc_now,
        shifts: ShiftPlan | None = None,
        keep_unfinished: bool = False,
    ) -> None:
        """``keep_unfinished``: keep an unfinished LOT's figures too — only for a caller that
        hands every change event to ``forget`` (the app's pages do: services.live delivers
        every NOTIFY, or a ``resync`` when it may have missed one)."""
        self._sessions = sessions
        self._tz = tz or _local_tz()
        self._clock = clock
        self._shifts = shifts or ShiftPlan()
        self._processes: tuple[ProcessRef, ...] | None = None
        #: figures of finished LOTs (COMPLETED/CLOSED: no attempt can be added), computed
        #: once; ``forget`` drops what a change event names
        self._cache: dict[int, LotFigures] = {}
        #: the LOT board's unit counts of finished LOTs, dropped by ``forget`` as well
        self._board_cache: dict[int, BoardCounts] = {}
        self._cache_lock = threading.Lock()
        self._keep_unfinished = keep_unfinished
        #: ``forget`` calls so far, and the count at the last one that named each LOT (or all):
        #: a read keeps what it read only if nothing named its LOT since it began
        self._forgets = 0
        self._forgotten: dict[int, int] = {}
        self._forgot_all = 0

    # -- helpers ---------------------------------------------------------------------------

    def _read(self) -> AbstractContextManager[Session]:
        """A read-only unit of work (``uow.read``: the server refuses writes in it)."""
        return read(self._sessions, read_only=True)

    def _day(self, d: date) -> datetime:
        return datetime.combine(d, time.min, tzinfo=self._tz)

    def _date_clauses(
        self, alias: str, d_from: date | None, d_to: date | None, params: dict[str, Any]
    ) -> list[str]:
        clauses = []
        if d_from is not None:
            clauses.append(f"{alias}.created_at >= :d_from")
            params["d_from"] = self._day(d_from)
        if d_to is not None:
            clauses.append(f"{alias}.created_at < :d_to")
            params["d_to"] = self._day(d_to + timedelta(days=1))
        return clauses

    def processes(self) -> tuple[ProcessRef, ...]:
        """The line's processes in sequence order (cached: they change only by migration/ADMIN)."""
        if self._processes is None:
            with self._read() as s:
                self._processes = _load_processes(s)
        return self._processes

    def model_codes(self) -> list[str]:
        with self._read() as s:
            return list(
                s.scalars(text("SELECT model_code FROM product_models ORDER BY model_code"))
            )

    # -- LOT board -------------------------------------------------------------------------

    def lot_board(
        self, flt: LotFilter | None = None, lot_ids: Sequence[int] | None = None
    ) -> list[LotBoardRow]:
        """LOTs matching ``flt`` (newest first, at most ``flt.limit``); with ``lot_ids``, just
        those LOTs (the live refresh of changed rows), still subject to ``flt``."""
        flt = flt or LotFilter()
        params: dict[str, Any] = {"limit": flt.limit}
        clauses = self._date_clauses("l", flt.date_from, flt.date_to, params)
        if flt.statuses:
            clauses.append("l.status = ANY(:statuses)")
            params["statuses"] = list(flt.statuses)
        if flt.model_code:
            clauses.append("pm.model_code = :model")
            params["model"] = flt.model_code
        if flt.search and flt.search.strip():
            clauses.append("l.lot_number ILIKE :search ESCAPE '\\'")
            params["search"] = "%" + _like_escape(flt.search.strip().upper()) + "%"
        if lot_ids is not None:
            clauses.append("l.id = ANY(:ids)")
            params["ids"] = list(lot_ids)
        with self._read() as s:
            return self._board_rows(s, q.lots_select(clauses), params, fresh=lot_ids is not None)

    def _board_rows(
        self, s: Session, sql: str, params: dict[str, Any], *, fresh: bool = False
    ) -> list[LotBoardRow]:
        """Board rows; a finished LOT's unit counts come from the cache unless ``fresh``
        (the live refresh of named LOTs and the detail view read them again)."""
        with self._cache_lock:
            began = self._forgets
        lots = s.execute(text(sql), params).mappings().all()
        if not lots:
            return []
        ids = [r["id"] for r in lots]
        with self._cache_lock:
            kept = {} if fresh else {i: self._board_cache[i] for i in ids if i in self._board_cache}
        todo = [i for i in ids if i not in kept]
        read = self._board_counts(s, todo) if todo else {}
        with self._cache_lock:
            for r in lots:
                if (
                    r["id"] in read
                    and r["status"] in FINISHED_LOT
                    and self._still_valid(r["id"], began)
                ):
                    self._board_cache[r["id"]] = read[r["id"]]
        counts = {**read, **kept}
        return [
            LotBoardRow(
                lot_id=r["id"],
                lot_number=r["lot_number"],
                model_code=r["model_code"],
                shift=r["shift"],
                status=r["status"],
                target_quantity=r["target_quantity"],
                created_at=r["created_at"],
                completed_at=r["completed_at"],
                closed_at=r["closed_at"],
                wip_counts=dict(counts[r["id"]].wip),
                serial_counts=dict(counts[r["id"]].serial),
                finished=counts[r["id"]].serial[UnitStatus.PASSED],
                units_per_step=counts[r["id"]].steps,
                oldest_unfinished_at=counts[r["id"]].oldest,
            )
            for r in lots
        ]

    def _board_counts(self, s: Session, ids: list[int]) -> dict[int, BoardCounts]:
        """Per LOT: units by WIP and serial status, units per step, the oldest unit not done."""
        s.execute(text(q.BOARD_SETTINGS))
        wip: dict[int, dict[str, int]] = {i: dict.fromkeys(WIP_STATUSES, 0) for i in ids}
        for lot_id, status, n in s.execute(text(q.WIP_STATUS_BY_LOT), {"ids": ids}):
            wip[lot_id][status] = n
        ser: dict[int, dict[str, int]] = {i: dict.fromkeys(SERIAL_STATUSES, 0) for i in ids}
        for lot_id, status, n in s.execute(text(q.SERIAL_STATUS_BY_LOT), {"ids": ids}):
            ser[lot_id][status] = n
        steps: dict[int, list[int]] = {i: [0] * len(self.processes()) for i in ids}
        oldest: dict[int, datetime] = {}
        seq_index = {p.sequence_order: i for i, p in enumerate(self.processes())}
        # only LOTs whose status counts hold a unit that sits at a step (a finished LOT's
        # units are PASSED: the positions query would read all of them to place none)
        placed = {
            "wip_ids": [i for i in ids if _placed(wip[i], _PLACED_WIP)],
            "serial_ids": [i for i in ids if _placed(ser[i], _PLACED_SERIAL)],
        }
        any_placed = placed["wip_ids"] or placed["serial_ids"]
        positions = s.execute(text(q.POSITIONS_BY_LOT), placed) if any_placed else ()
        for lot_id, pos, n, first in positions:
            if pos in seq_index:
                steps[lot_id][seq_index[pos]] += n
            if lot_id not in oldest or first < oldest[lot_id]:
                oldest[lot_id] = first
        return {i: BoardCounts(wip[i], ser[i], tuple(steps[i]), oldest.get(i)) for i in ids}

    def lot_id_for(self, lot_number: str) -> int | None:
        with self._read() as s:
            pk = s.scalar(
                text("SELECT id FROM lots WHERE lot_number = :n"), {"n": lot_number.strip().upper()}
            )
            return int(pk) if pk is not None else None

    # -- LOT detail ------------------------------------------------------------------------

    def lot_detail(self, lot_id: int) -> LotDetail | None:
        with self._read() as s:
            board = self._board_rows(
                s, q.lots_select(["l.id = :lot"]), {"lot": lot_id, "limit": 1}, fresh=True
            )
            if not board:
                return None
            units = self._units(s, lot_id)
            steps = self._step_counts(s, lot_id)
        figures = self.yield_report(ReportScope(lot_id=lot_id))
        return LotDetail(board[0], units, steps, self._clock(), figures)

    def _units(self, s: Session, lot_id: int) -> tuple[UnitRow, ...]:
        by_seq = {p.sequence_order: p for p in self.processes()}
        attempts: dict[tuple[str, int], list[Any]] = defaultdict(list)
        for r in s.execute(text(q.LOT_ATTEMPTS), {"lot": lot_id}).mappings():
            attempts[(r["src"], r["unit"])].append(r)
        now = self._clock()
        rows = []
        for u in s.execute(text(q.LOT_UNITS), {"lot": lot_id}).mappings():
            hist = attempts.get(("W", u["wip_pk"]), []) + attempts.get(("S", u["serial_pk"]), [])
            done = [a for a in hist if a["result"] is not None]
            done.sort(key=lambda a: (a["completed_at"], a["src"] == "S", a["id"]))
            status = u["serial_status"] or u["wip_status"]
            pos, in_progress = _position(u, hist)
            current = by_seq[pos].process_id if pos in by_seq else None
            end = u["finished_at"] or now
            rows.append(
                UnitRow(
                    wip_id=u["wip_id"],
                    serial_number=u["serial_number"],
                    status=status,
                    wip_status=u["wip_status"],
                    serial_status=u["serial_status"],
                    current_step=current,
                    in_progress=in_progress,
                    attempts=len(done),
                    last_result=done[-1]["result"] if done else None,
                    last_process=by_seq[done[-1]["seq"]].process_id if done else None,
                    issued_at=u["issued_at"],
                    finished_at=u["finished_at"],
                    elapsed_seconds=max(0, int((end - u["issued_at"]).total_seconds())),
                    reworks=sum(1 for a in done if a["result"] != StepResult.PASS),
                    failure=_failure(status, done),
                )
            )
        return tuple(rows)

    def _step_counts(self, s: Session, lot_id: int) -> tuple[StepCounts, ...]:
        counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(RESULTS, 0))
        for pk, result, n in s.execute(text(q.LOT_STEP_COUNTS), {"lot": lot_id}):
            counts[pk][result] += n
        return tuple(
            StepCounts(
                p,
                counts[p.id][StepResult.PASS],
                counts[p.id][StepResult.FAIL],
                counts[p.id][StepResult.REWORK],
            )
            for p in self.processes()
        )

    # -- statistics ------------------------------------------------------------------------

    def _scope_lots(self, s: Session, scope: ReportScope) -> list[tuple[int, str]]:
        """(lots.id, status) of the scope's LOTs."""
        params: dict[str, Any] = {}
        clauses = self._date_clauses("l", scope.date_from, scope.date_to, params)
        if scope.model_code:
            clauses.append("pm.model_code = :model")
            params["model"] = scope.model_code
        if scope.lot_id is not None:
            clauses.append("l.id = :lot")
            params["lot"] = scope.lot_id
        if scope.lot_number:
            clauses.append("l.lot_number = :lot_number")
            params["lot_number"] = scope.lot_number.strip().upper()
        return [(int(i), str(st)) for i, st in s.execute(text(q.scope_lots(clauses)), params)]

    def forget(self, event: ChangeEvent | None = None) -> None:
        """Drop cached figures a change may have touched: its LOT's, or all of them for a
        ``resync`` (or no event).  Thread-safe; cheap enough for the GUI thread."""
        with self._cache_lock:
            self._forgets += 1
            if event is None or event.kind == RESYNC:
                self._cache.clear()
                self._board_cache.clear()
                self._forgot_all = self._forgets
            elif event.lot_id is not None:
                self._cache.pop(event.lot_id, None)
                self._board_cache.pop(event.lot_id, None)
                self._forgotten[event.lot_id] = self._forgets

    def _still_valid(self, lot_id: int, began: int) -> bool:
        """Whether no ``forget`` named ``lot_id`` (or all) since ``began`` (under the lock).
        ``began`` is taken before the read's first statement: a change committed after that
        statement's snapshot is announced after it, so a read that may have missed it is not
        kept."""
        return self._forgot_all <= began and self._forgotten.get(lot_id, 0) <= began

    def _figures(self, s: Session, scope: ReportScope) -> list[LotFigures]:
        """The scope's per-LOT figures: a finished LOT's from the cache (computed once), the
        others' read now, in one query for all of them."""
        with self._cache_lock:
            began = self._forgets
        lots = self._scope_lots(s, scope)
        with self._cache_lock:
            cached = {i: self._cache[i] for i, _ in lots if i in self._cache}
        todo = [i for i, _ in lots if i not in cached]
        fresh = self._read_figures(s, todo) if todo else {}
        keep = {i for i, st in lots if self._keep_unfinished or st in FINISHED_LOT}
        with self._cache_lock:
            for i, fig in fresh.items():
                if i in keep and self._still_valid(i, began):
                    self._cache[i] = fig
        return [cached.get(i) or fresh[i] for i, _ in lots]

    def _read_figures(self, s: Session, ids: list[int]) -> dict[int, LotFigures]:
        s.execute(text(q.STATS_SETTINGS))
        out = {i: LotFigures() for i in ids}
        p = {"ids": ids}
        for lot_id, status, n in s.execute(text(q.WIP_STATUS_BY_LOT), p):
            out[lot_id].wip_status[status] = n
        for lot_id, status, n in s.execute(text(q.SERIAL_STATUS_BY_LOT), p):
            out[lot_id].serial_status[status] = n
        tz_sql, tz_value = _tz_sql(self._tz)
        params = {
            "ids": ids,
            "tz": tz_value,
            "day_start": self._shifts.day_start.isoformat(),
            "day_minutes": self._shifts.day_minutes,
        }
        for r in s.execute(text(q.LOT_FIGURES.format(tz=tz_sql)), params).mappings():
            fig = out[r["lot_id"]]
            g = r["g"]
            if g == 7:
                fig.units, fig.reworked = r["units"], r["reworked"]
            elif g == 3:
                fig.steps[r["process_id"]] = (
                    r["passed"],
                    r["failed"],
                    r["rework"],
                    r["first_attempts"],
                    r["first_pass"],
                    r["dur_sum"],
                    r["dur_n"],
                )
            else:
                figures = (
                    r["attempts"],
                    r["passed"],
                    r["units"],
                    r["first_attempts"],
                    r["first_pass"],
                    r["dur_sum"],
                    r["dur_n"],
                )
                if g == 1:
                    fig.operators[(r["operator_id"], r["process_id"])] = figures
                else:
                    fig.shifts[(r["shift_date"], r["shift"], r["process_id"])] = figures
        s.execute(text(q.PARETO_SETTINGS))
        for lot_id, pid, code, n in s.execute(text(q.PARETO_BY_LOT), p):
            out[lot_id].pareto[(pid, code)] = out[lot_id].pareto.get((pid, code), 0) + n
        return out

    def yield_report(self, scope: ReportScope | None = None) -> YieldReport:
        """WIP/serial by status, PASS/FAIL/REWORK per step, FPY, RTY, rework rate, durations,
        and output per operator and per shift (``ShiftPlan``)."""
        scope = scope or ReportScope()
        procs = self.processes()
        by_pk = {p.id: p for p in procs}
        with self._read() as s:
            figs = self._figures(s, scope)
            ops = sorted({op for f in figs for op, _ in f.operators})
            names = (
                {
                    int(r[0]): (str(r[1]), str(r[2]))
                    for r in s.execute(
                        text("SELECT id, user_id, username FROM users WHERE id = ANY(:ids)"),
                        {"ids": ops},
                    )
                }
                if ops
                else {}
            )
        wip: dict[str, int] = defaultdict(int)
        ser: dict[str, int] = defaultdict(int)
        units = reworked = 0
        for f in figs:
            for st, n in f.wip_status.items():
                wip[st] += n
            for st, n in f.serial_status.items():
                ser[st] += n
            units += f.units
            reworked += f.reworked
        steps = _sums(f.steps for f in figs)
        operators = _sums(f.operators for f in figs)
        shifts = _sums(f.shifts for f in figs)
        step_rows = []
        for p in procs:
            passed, failed, rework, first, first_pass, dur_sum, dur_n = steps.get(p.id, [0] * 7)
            step_rows.append(
                StepYield(
                    p, passed, failed, rework, first, first_pass, dur_sum / dur_n if dur_n else None
                )
            )
        status_counts = [StatusCount("WIP", st, n) for st, n in wip.items()]
        status_counts += [StatusCount("SERIAL", st, n) for st, n in ser.items()]
        order: dict[tuple[str, str], int] = {("WIP", st): i for i, st in enumerate(WIP_STATUSES)}
        order.update({("SERIAL", st): i for i, st in enumerate(SERIAL_STATUSES)})
        status_counts.sort(key=lambda c: (c.kind != "WIP", order.get((c.kind, c.status), 99)))
        seq = {p.id: p.sequence_order for p in procs}
        op_rows = [
            OperatorOutput(
                by_pk[pk],
                *_seven(v),
                operator_login=names.get(op, (str(op), ""))[0],
                operator_name=names.get(op, ("", str(op)))[1],
            )
            for (op, pk), v in operators.items()
        ]
        op_rows.sort(key=lambda r: (r.operator_login, r.process.sequence_order))
        shift_rows = sorted(
            (
                ShiftOutput(by_pk[pk], *_seven(v), shift_date=day, shift=sh)
                for (day, sh, pk), v in shifts.items()
            ),
            key=lambda r: (r.shift_date, r.shift, seq[r.process.id]),
        )
        return YieldReport(
            scope,
            tuple(status_counts),
            tuple(step_rows),
            units,
            reworked,
            tuple(op_rows),
            tuple(shift_rows),
        )

    def defect_pareto(
        self, scope: ReportScope | None = None, process_id: str | None = None
    ) -> tuple[ParetoRow, ...]:
        """Defect occurrences (every attempt, WIP history and serial records) by process and
        code, most frequent first; ``process_id`` (PROC-00N) narrows it to one step."""
        scope = scope or ReportScope()
        procs = {p.process_id: p for p in self.processes()}
        if process_id is not None and process_id not in procs:
            return ()
        with self._read() as s:
            figs = self._figures(s, scope)
            names = _defect_names(s)
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for f in figs:
            for (pid, code), n in f.pareto.items():
                if process_id is None or pid == process_id:
                    counts[(pid, code)] += n
        return pareto(
            (pid, code, *names.get((pid, code), (code, code)), n)
            for (pid, code), n in counts.items()
        )

    # -- traceability and audit ------------------------------------------------------------

    def trace(self, scanned: ScannedId | str) -> TraceResult | WhereUsed:
        """Everything about a LOT, WIP or serial id; any other text is a component lot or a
        firmware version: every unit that used it (raises ValidationError / NotFoundError)."""
        try:
            sid = as_scanned(scanned)
        except ValidationError:  # not an id at all (v1.2.3 …)
            with self._read() as s:
                return trace.where_used(s, str(scanned))
        with self._read() as s:
            if sid.kind is ScanKind.LOT and not trace.lot_exists(s, sid.text):
                return trace.where_used(s, sid.text)  # LOT-like text: SMA-2411-07, BB-88
            return trace.trace(self, s, sid)

    def audit_tables(self) -> list[str]:
        """Tables that carry the BR-006 audit trigger (from the catalogue, not from the log)."""
        with self._read() as s:
            return list(s.scalars(text(q.AUDITED_TABLES)))

    def users(self) -> list[tuple[int, str, str]]:
        """(users.id, login, display name) for the audit filter."""
        with self._read() as s:
            return [
                (int(r[0]), str(r[1]), str(r[2]))
                for r in s.execute(text("SELECT id, user_id, username FROM users ORDER BY user_id"))
            ]

    def audit_log(self, flt: AuditFilter | None = None) -> list[AuditRow]:
        """Newest first, at most ``flt.limit`` rows; ``users.password_hash`` is never logged."""
        flt = flt or AuditFilter()
        params: dict[str, Any] = {"limit": flt.limit}
        clauses = self._date_clauses("a", flt.date_from, flt.date_to, params)
        for col, value in (
            ("table_name", flt.table_name),
            ("record_id", flt.record_id),
            ("user_id", flt.user_id),
        ):
            if value is not None:
                clauses.append(f"a.{col} = :{col}")
                params[col] = value
        with self._read() as s:
            by_time = any(v is not None for v in (flt.table_name, flt.record_id, flt.user_id))
            rows = s.execute(text(q.audit(clauses, by_time)), params).mappings().all()
        return [
            AuditRow(
                r["id"],
                r["created_at"],
                r["table_name"],
                r["record_id"],
                r["action"],
                r["user_id"],
                r["login"],
                r["username"],
                r["db_user"],
                r["station"],
                field_changes(r["action"], r["old_data"], r["new_data"], r["changed_fields"]),
                reason=r["reason"],
            )
            for r in rows
        ]


def _failure(status: str, done: list[Any]) -> str | None:
    """A FAILED or SCRAPPED unit's last failure (defect codes with notes), else None."""
    if status not in (UnitStatus.FAILED, UnitStatus.SCRAPPED):
        return None
    failed = [a for a in done if a["result"] != StepResult.PASS]
    if not failed:
        return None
    return str(failed[-1]["failure"] or "").strip() or None


def _load_processes(s: Session) -> tuple[ProcessRef, ...]:
    return tuple(
        ProcessRef(*r)
        for r in s.execute(
            text(
                "SELECT id, process_id, process_name, process_name_en, sequence_order,"
                " estimated_duration_seconds FROM processes ORDER BY sequence_order"
            )
        )
    )


def _defect_names(s: Session) -> dict[tuple[str, str], tuple[str, str]]:
    names = {}
    for pid, criteria in s.execute(text("SELECT process_id, quality_criteria FROM processes")):
        for d in (criteria or {}).get("defect_codes", []) or []:
            if isinstance(d, dict) and d.get("code"):
                names[(pid, d["code"])] = (
                    d.get("name") or d["code"],
                    d.get("name_en") or d.get("name") or d["code"],
                )
    return names


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _position(unit: Any, attempts: list[Any]) -> tuple[int | None, bool]:
    """(sequence of the step the unit sits at, step in progress?) — None when finished or
    scrapped.  The same rule as ``report_sql.POSITIONS_BY_LOT``."""
    if unit["serial_pk"] is not None:
        if unit["serial_status"] in (UnitStatus.PASSED, UnitStatus.SCRAPPED):
            return None, False
        open_ = [a["seq"] for a in attempts if a["src"] == "S" and a["result"] is None]
        if open_:
            return min(open_), True
        passed = [a["seq"] for a in attempts if a["src"] == "S" and a["result"] == StepResult.PASS]
        return min(max(passed, default=6) + 1, 8), False
    if unit["wip_status"] == UnitStatus.CONVERTED:  # converted without a serial row: cannot happen
        return None, False
    if unit["wip_status"] == UnitStatus.SCRAPPED:  # final: at no step (as POSITIONS_BY_LOT)
        return None, False
    if unit["current_seq"] is not None:
        return unit["current_seq"], True
    if unit["wip_status"] == UnitStatus.COMPLETED:
        return 7, False
    passed = [a["seq"] for a in attempts if a["src"] == "W" and a["result"] == StepResult.PASS]
    return min(max(passed, default=0) + 1, 6), False


FINISHED_LOT = frozenset({"COMPLETED", "CLOSED"})
#: unit statuses POSITIONS_BY_LOT places at a step (its WHERE clauses)
_PLACED_WIP = ("CREATED", "IN_PROGRESS", "COMPLETED", "FAILED")
_PLACED_SERIAL = ("CREATED", "IN_PROGRESS", "FAILED")


def _placed(counts: dict[str, int] | None, statuses: tuple[str, ...]) -> bool:
    """Whether a LOT's status counts hold a unit POSITIONS_BY_LOT would place."""
    return counts is not None and any(counts.get(st) for st in statuses)


@dataclass(frozen=True)
class BoardCounts:
    """One LOT's unit counts on the board (a finished LOT's are kept: ``forget`` drops them)."""

    wip: dict[str, int]
    serial: dict[str, int]
    steps: tuple[int, ...]
    oldest: datetime | None


@dataclass
class LotFigures:
    """One LOT's statistics, summed over LOTs by the reports (all additive: a unit belongs to
    one LOT).  Step tuples: passed, failed, rework, units (first attempts), first passes,
    duration sum, durations counted; operator/shift tuples: attempts, passed, units, first
    attempts, first passes, duration sum, durations counted."""

    wip_status: dict[str, int] = field(default_factory=dict)
    serial_status: dict[str, int] = field(default_factory=dict)
    units: int = 0
    reworked: int = 0
    steps: dict[int, tuple[int, ...]] = field(default_factory=dict)
    operators: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)
    shifts: dict[tuple[date, str, int], tuple[int, ...]] = field(default_factory=dict)
    pareto: dict[tuple[str, str], int] = field(default_factory=dict)


def _sums(per_lot: Iterable[dict[K, tuple[int, ...]]]) -> dict[K, tuple[int, ...]]:
    """Per key, the element-wise sums of the LOTs' tuples: gathered per key, then summed by
    ``zip`` / ``sum`` (a 30-day window sums ~500 LOTs × ~25 keys; 3× faster than adding
    into lists key by key)."""
    gathered: dict[K, list[tuple[int, ...]]] = defaultdict(list)
    for figures in per_lot:
        for key, values in figures.items():
            gathered[key].append(values)
    return {key: tuple(map(sum, zip(*rows, strict=True))) for key, rows in gathered.items()}


def _tz_sql(tz: tzinfo) -> tuple[str, str]:
    """``AT TIME ZONE`` operand for ``tz``: its IANA name, else its fixed UTC offset."""
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return ":tz", key
    offset = tz.utcoffset(None) or timedelta(0)
    return "CAST(:tz AS interval)", f"{int(offset.total_seconds())} seconds"


def _seven(v: Sequence[int]) -> tuple[int, int, int, int, int, int, int]:
    a, b, c, d, e, f, g = v
    return a, b, c, d, e, f, g
