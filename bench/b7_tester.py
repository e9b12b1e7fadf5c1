"""B7 — tester → ACK latency (issue 18): a tester (tools/tester_sim.py) sends a result for the
unit in progress at a PROC-003 station set to auto-record, over TCP to the station's listener
(neurohub_desktop/equipment/), which judges it, records it through StationService on the
worker's own login and answers; the time is from the tester's send to its ACK.

Figures: ``ack_recorded`` (a PASS recorded: one station function call), ``ack_resend`` (the
same message again: answered from the database by its message id, nothing written),
``ack_not_in_progress`` (a unit not in progress here: two reads), ``ack_bad_json`` (no
database at all: the listener's own floor)."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import text

from bench.common import BenchServer, Stats
from bench.line import GOOD_VALUES, open_line
from neurohub_desktop.db import migrate
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.equipment.desk import ResultDesk
from neurohub_desktop.equipment.listener import TesterListener
from neurohub_desktop.equipment.protocol import Status
from neurohub_desktop.services.station import StationService
from tools.tester_sim import TesterSim

EQ = "EQ-B7"
ITEMS = {"TEMP_SENSOR": 60.1, "TOF_DISTANCE": 501, "I2C_OK": True}


def _timed_ack(stats: Stats, sim: TesterSim, send: Any) -> Any:
    t0 = time.perf_counter()
    ack = send()
    stats.samples_ms.append((time.perf_counter() - t0) * 1000)
    return ack


def run(srv: BenchServer, *, quick: bool) -> dict[str, Any]:
    units = 50 if quick else 300
    url = srv.new_database("b7_tester")
    migrate.upgrade(url, "head")
    line = open_line(url, lots=max(1, units // 100 + (units % 100 > 0)))
    listener = None
    try:
        with line.owner.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO equipment (equipment_code, equipment_name, equipment_type,"
                    " status, specifications) VALUES (:c, 'bench tester', 'TESTER', 'IN_USE',"
                    " CAST(:s AS jsonb))"
                ),
                {"c": EQ, "s": json.dumps({"calibration": {"due": "2999-12-31"}})},
            )
        w = line.worker.user
        st = {
            p: StationService(
                line.worker.sessions,
                station=f"B7-{p[-1]}",
                process_id=p,
                equipment_code=EQ if p == "PROC-003" else None,
            )
            for p in ("PROC-001", "PROC-002", "PROC-003")
        }
        shown: list[Any] = []  # the screen: a recorded unit is shown done (ui/station/page.py)
        desk = ResultDesk(
            st["PROC-003"],
            w,
            EQ,
            auto_record=True,
            fill=lambda *_: True,
            recorded=lambda rec: shown[0].show_unit(rec.unit),
        )
        shown.append(desk)
        listener = TesterListener(desk.handle, port=0)
        listener.start()
        sim = TesterSim(listener.address, listener.port).connect()
        figures = {n: Stats(n) for n in ("recorded", "resend", "not_in_progress", "bad_json")}
        wips: list[str] = []
        for n in range(units):
            lot = line.lots[n // 100]
            wip = st["PROC-001"].issue_next_wip(w, lot).wip_id
            assert wip is not None
            st["PROC-001"].confirm_mark(w, wip, wip)
            st["PROC-002"].start_step(w, wip)
            st["PROC-002"].complete_step(w, wip, StepResult.PASS, GOOD_VALUES["PROC-002"])
            wips.append(wip)
        for n, wip in enumerate(wips):
            desk.show_unit(st["PROC-003"].start_step(w, wip))
            mid = f"B7-{n:05d}"

            def send(unit: str = wip, mid: str = mid) -> Any:
                return sim.send(unit, ITEMS, equipment=EQ, message_id=mid)

            ack = _timed_ack(figures["recorded"], sim, send)
            assert ack.status is Status.RECORDED and not ack.extra["duplicate"], ack
            ack = _timed_ack(figures["resend"], sim, send)
            assert ack.status is Status.RECORDED and ack.extra["duplicate"], ack
            other = wips[(n + 1) % len(wips)] if n + 1 < len(wips) else wips[0]
            if other != wip:
                ack = _timed_ack(
                    figures["not_in_progress"],
                    sim,
                    lambda o=other, m=mid: sim.send(o, ITEMS, equipment=EQ, message_id=m + "x"),
                )
                assert ack.status in (Status.NOT_IN_PROGRESS, Status.RECORDED), ack
            ack = _timed_ack(figures["bad_json"], sim, lambda: sim.send_raw(b"{not json\n"))
            assert ack.status is Status.ERROR
        recorded = int(
            line.owner.connect()
            .execute(
                text(
                    "SELECT count(*) FROM wip_process_history h JOIN equipment e"
                    " ON e.id = h.equipment_id WHERE e.equipment_code = :c"
                ),
                {"c": EQ},
            )
            .scalar_one()
        )
        sim.close()
    finally:
        if listener is not None:
            listener.stop()
        line.close()
        srv.drop_database("b7_tester", roles=True)
    results: dict[str, Any] = {"units": units, "records_written": recorded}
    for name, stats in figures.items():
        results[f"ack_{name}"] = stats.summary()
    results["_notes"] = [
        "tester and station on one PC over 127.0.0.1; the ACK is written after the database "
        "answered (auto-record: judged, nh_complete on the worker's own login).",
        f"records_written must equal units ({units}): every resend was answered, not written.",
        "worker connects as their own PostgreSQL login (bench/line.py login).",
    ]
    return results
