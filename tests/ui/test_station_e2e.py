"""THE end-to-end test: one unit from LOT creation through PROC-001..PROC-008 at eight
station configurations, driven by typed scans and filled forms; then the database."""

from __future__ import annotations

from pathlib import Path

import factories as f
from station_ui import click, fill, make_ctx, scan, settle

from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.ui.station.lots_page import LotsPage
from neurohub_desktop.ui.station.page import StationPage


def open_station(qtbot, sm, process_id, user, **kw):  # type: ignore[no-untyped-def]
    ctx = make_ctx(sm, process_id, user, **kw)
    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, ctx)
    assert page.process_title.text().startswith(process_id)
    return page


def test_one_unit_from_lot_to_packed_serial(qtbot, sm, tmp_path: Path) -> None:
    f.firmware(sm)
    manager = f.user(sm, "manager1", "MANAGER", "박관리")
    worker = f.user(sm, "worker1", "WORKER", "김작업")
    spool = tmp_path / "spool"
    spool.mkdir()

    # Manager: create the LOT through the LOT page.
    mctx = make_ctx(sm, "PROC-001", manager, station="ST-MGR", printer=SpoolPrinter(spool))
    lots = LotsPage(mctx)
    qtbot.addWidget(lots)
    lots.show()
    settle(qtbot, mctx)
    assert lots.lot_number.text().startswith("WF")
    lots.target.setValue(5)
    click(qtbot, lots, lots.create_button)
    lot = lots.last_lot
    assert lot and lots.lots.rowCount() == 1
    click(qtbot, lots, lots.print_button)
    assert len(list(spool.glob("*.zpl"))) == 1
    lots.close()

    # PROC-001: scan the LOT → WIP issued, label printed; scan the mark back → PASS.
    p1 = open_station(qtbot, sm, "PROC-001", worker, printer=SpoolPrinter(spool))
    scan(qtbot, p1, lot)
    wip = p1.unit.wip_id
    assert wip == f"WIP-{lot}-001" and p1.unit_label.text() == wip
    assert p1.awaiting == "mark"
    assert len(list(spool.glob("*.zpl"))) == 2 and wip in p1.preview.zpl()
    scan(qtbot, p1, wip)
    assert p1.stepper.state_of("PROC-001") == "pass"
    assert p1.counters.counters.passed == 1
    p1.close()

    # PROC-002..006: scan, start, fill the form, PASS.
    for n in range(2, 7):
        pid = f"PROC-00{n}"
        page = open_station(qtbot, sm, pid, worker)
        scan(qtbot, page, wip)
        assert page.unit.can_start_here, page.banner.text()
        assert page.stepper.state_of(f"PROC-00{n - 1}") == "done"
        click(qtbot, page, page.start_button)
        assert page.unit.in_progress_here
        fill(qtbot, page.form, f.GOOD_VALUES[pid])
        assert page.form.overall.property("verdict") == "pass", pid
        click(qtbot, page, page.form.pass_button)
        assert page.stepper.state_of(pid) == "pass"
        assert page.records.rowCount() == 1
        page.close()

    # PROC-007: scan the COMPLETED WIP → serial + label; scan the label → PASS.
    p7 = open_station(qtbot, sm, "PROC-007", worker, printer=SpoolPrinter(spool))
    scan(qtbot, p7, wip)
    serial = p7.unit.serial_number
    assert serial == f"{lot}-0001" and p7.awaiting == "label"
    assert serial in p7.preview.zpl() and len(list(spool.glob("*.zpl"))) == 3
    scan(qtbot, p7, serial)
    assert p7.stepper.state_of("PROC-007") == "pass"
    p7.close()

    # PROC-008: scan the serial, start, checklist, PASS.
    p8 = open_station(qtbot, sm, "PROC-008", worker)
    scan(qtbot, p8, serial)
    click(qtbot, p8, p8.start_button)
    fill(qtbot, p8.form, f.GOOD_VALUES["PROC-008"])
    click(qtbot, p8, p8.form.pass_button)
    assert p8.unit.status == "PASSED"
    p8.close()

    # The database.
    hist = f.rows(
        sm,
        "SELECT p.process_id, h.result, u.user_id FROM wip_process_history h "
        "JOIN processes p ON p.id = h.process_id "
        "JOIN users u ON u.id = h.operator_id "
        "ORDER BY p.sequence_order",
    )
    assert [tuple(r) for r in hist] == [(f"PROC-00{n}", "PASS", "worker1") for n in range(1, 7)]
    assert f.scalar(sm, "SELECT status FROM serials WHERE serial_number = :s", s=serial) == "PASSED"
    pd = f.rows(
        sm,
        "SELECT p.process_id, d.result, d.process_specific_data FROM process_data d "
        "JOIN processes p ON p.id = d.process_id ORDER BY p.sequence_order",
    )
    assert [(r[0], r[1]) for r in pd] == [("PROC-007", "PASS"), ("PROC-008", "PASS")]
    assert len(pd[0][2]["prints"]) == 1
    assert f.scalar(sm, "SELECT status FROM wip_items") == "CONVERTED"
    stations = {
        r[0]
        for r in f.rows(
            sm, "SELECT DISTINCT station FROM audit_logs WHERE user_id = :u", u=worker.id
        )
    }
    assert stations == {f"ST-{n}" for n in range(1, 9)}
    assert (
        f.scalar(
            sm,
            "SELECT count(*) FROM audit_logs WHERE table_name = 'lots' "
            "AND action = 'INSERT' AND user_id = :u AND station = 'ST-MGR'",
            u=manager.id,
        )
        == 1
    )
