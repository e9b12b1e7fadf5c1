"""Every record names its equipment, PROC-007/008 included (issue 18): process_data has no
equipment column, so nh_complete writes it into the record, and the trace shows it."""

from __future__ import annotations

import json
from pathlib import Path

import factories as f
from sqlalchemy import text

from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.services.reports import ReportsService


def _equipment(sm, code: str, process: str) -> None:  # type: ignore[no-untyped-def]
    with f.admin_tx(sm) as s:
        s.execute(
            text(
                "SELECT nh_save_equipment(:c, :n, 'PRINTER', :p, 'IN_USE', CAST(:sp AS jsonb))"
                + f.WHY
            ),
            {"c": code, "n": f"{code} 장비", "p": process, "sp": json.dumps({})},
        )


def test_proc_007_and_008_records_carry_their_equipment(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sm = f.sessions(engine)
    worker = f.user(sm, "worker1", "WORKER")
    f.firmware(sm)
    _equipment(sm, "EQ-07", "PROC-007")
    _equipment(sm, "EQ-08", "PROC-008")
    wip = f.wip_through(sm, worker, f.lot(sm, target=3), last=6)
    st7 = f.station(sm, "PROC-007", printer=SpoolPrinter(tmp_path), equipment_code="EQ-07")
    conv = st7.convert(worker, wip)
    st7.verify_label(worker, conv.serial_number, conv.serial_number)
    st8 = f.station(sm, "PROC-008", equipment_code="EQ-08")
    st8.start_step(worker, conv.serial_number)
    st8.complete_step(worker, conv.serial_number, "PASS", f.GOOD_VALUES["PROC-008"])
    rows = f.rows(
        sm,
        "SELECT p.process_id, d.process_specific_data -> 'equipment' ->> 'code',"
        " CAST(d.process_specific_data -> 'equipment' ->> 'id' AS bigint) = e.id"
        " FROM process_data d JOIN processes p ON p.id = d.process_id"
        " LEFT JOIN equipment e"
        " ON e.equipment_code = d.process_specific_data -> 'equipment' ->> 'code'"
        " ORDER BY p.sequence_order",
    )
    assert [tuple(r) for r in rows] == [("PROC-007", "EQ-07", True), ("PROC-008", "EQ-08", True)]
    timeline = ReportsService(sm).trace(conv.serial_number).unit.timeline
    shown = {a.process.process_id: a.equipment_code for a in timeline if a.source == "SERIAL"}
    assert shown == {"PROC-007": "EQ-07", "PROC-008": "EQ-08"}
