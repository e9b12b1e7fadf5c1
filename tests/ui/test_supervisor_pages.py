"""The other supervisor screens on the known fixture line: yield, Pareto, trace, audit, detail."""

from __future__ import annotations

import csv

import pytest
from db.supervisor_fixtures import COMPONENTS, FIRMWARE, Known, build_known_line
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_lot_board import A, B, make_ctx

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.ui.supervisor.audit_page import AuditPage
from neurohub_desktop.ui.supervisor.lot_detail import LotDetailWidget
from neurohub_desktop.ui.supervisor.stats import ParetoPage, YieldPage
from neurohub_desktop.ui.supervisor.table_model import ROW_ROLE
from neurohub_desktop.ui.supervisor.trace_page import TracePage

WRITE_BUTTONS = {"completeLotButton", "closeLotButton"}


@pytest.fixture
def known(engine) -> Known:  # type: ignore[no-untyped-def]
    return build_known_line(engine)


@pytest.fixture
def ctx(engine, db_url, tmp_path, known):  # type: ignore[no-untyped-def]
    c = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    yield c
    c.runner.wait_for_done(5000)


def _show(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_yield_page_tables_and_charts(qtbot, ctx, known) -> None:  # type: ignore[no-untyped-def]
    page = YieldPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _show(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.lot_edit.setText(A)
        page.refresh_button.click()
    report = blocker.args[0]
    assert report.rty == pytest.approx(0.2)
    proxy = page.steps_view.model()
    fpy = {
        proxy.index(r, 0).data(): proxy.index(r, page.steps.COL_FPY).data()
        for r in range(proxy.rowCount())
    }
    assert fpy["PROC-002"] == "80.0%" and fpy["PROC-003"] == "50.0%"
    assert "20.0%" in page.summary.text() and "60.0%" in page.summary.text()
    assert page.fpy_view.chart().series()[0].barSets()[0].at(2) == pytest.approx(50.0)
    stacked = page.results_view.chart().series()[0]
    assert [stacked.barSets()[i].at(2) for i in range(3)] == [3.0, 5.0, 0.0]  # PROC-003
    assert page.wip_view.chart().series()[0].count() == 3  # IN_PROGRESS, FAILED, CONVERTED
    assert not {b.objectName() for b in page.findChildren(QPushButton)} & WRITE_BUTTONS


def test_yield_page_output_per_operator_and_shift(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The whole line: kim's and park's output per step, the two shifts, and the exports."""
    page = YieldPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _show(qtbot, page)
    ops = page.operators_view.model()
    rows = {
        (ops.index(r, 0).data(), ops.index(r, page.operators.COL_STEP).data()): [
            ops.index(r, c).data() for c in range(ops.columnCount())
        ]
        for r in range(ops.rowCount())
    }
    assert len(rows) == 8
    kim3 = rows[("kim", "PROC-003")]
    assert kim3[1] == "김작업"
    assert kim3[page.operators.COL_UNITS] == "4" and kim3[page.operators.COL_ATTEMPTS] == "8"
    assert kim3[page.operators.COL_FPY] == "50.0%" and kim3[-1] == "75%"
    assert rows[("park", "PROC-008")][page.operators.COL_FPY] == "50.0%"
    # the operator switches to the shift tab from the keyboard and exports it
    page.output_tabs.tabBar().setFocus()
    qtbot.keyClick(page.output_tabs.tabBar(), Qt.Key.Key_Right)
    assert page.output_tabs.currentIndex() == 1
    path = tmp_path / "shifts.csv"
    page.shifts_export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.shifts_export.csv_button.click()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:3] == [page.shifts.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    night = [r for r in table[1:] if r[:3] == ["2025-11-04", "N", "PROC-001"]]
    assert len(night) == 1 and night[0][page.shifts.COL_FPY] == "50.0%"
    assert {(r[0], r[1]) for r in table[1:]} == {("2025-11-03", "D"), ("2025-11-04", "N")}
    path = tmp_path / "operators.csv"
    page.operators_export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.operators_export.csv_button.click()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.reader(fh))
    assert sorted(exported[1:]) == sorted(rows.values())


def test_pareto_page(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = ParetoPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _show(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.process_combo.setCurrentIndex(page.process_combo.findData("PROC-003"))
    assert [(r.code, r.count) for r in blocker.args[0]] == [
        ("SENSOR_TOF_FAIL", 4),
        ("SENSOR_TEMP_FAIL", 2),
    ]
    assert page.model.rowCount() == 2 and page.total_label.text().startswith("6")
    assert page.model.index(0, page.model.COL_CUM).data() == "66.7%"
    assert len(page.chart_view.chart().series()) == 2  # bars + cumulative line


def test_trace_page_serial_and_lot(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = _show(qtbot, TracePage(ctx))
    with qtbot.waitSignal(page.traced, timeout=5000):
        qtbot.keyClicks(page.scan, f"{A}-0002")
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.fields["wip"].text() == f"WIP-{A}-002"
    assert page.fields["firmware"].text() == FIRMWARE
    assert all(v in page.fields["components"].text() for v in COMPONENTS.values())
    assert page.timeline.rowCount() == 9 and page.timeline_view.isVisible()
    proxy = page.timeline_view.model()
    third = [proxy.index(2, c).data() for c in range(proxy.columnCount())]
    assert third[page.timeline.COL_STATION] == "ST-03"
    assert "TEMP_SENSOR=61.8 °C [59.0–61.0] FAIL" in third[page.timeline.COL_MEASUREMENTS]
    with qtbot.waitSignal(page.traced, timeout=5000):
        page.trace(B)
    assert page.units.rowCount() == 3 and page.units_view.isVisible()
    assert not page.timeline_view.isVisible()
    page.trace("WF991231D01")
    qtbot.waitUntil(lambda: page.banner.isVisible() and "WF991231D01" in page.banner.text())


def test_audit_page_filters(qtbot, engine, db_url, tmp_path, known) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.ADMIN)
    page = AuditPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _show(qtbot, page)
    qtbot.waitUntil(lambda: page.table_combo.findData("lots") > 0)
    page.table_combo.setCurrentIndex(page.table_combo.findData("lots"))
    page.record_edit.setText(str(known.lots["XR251105D01"]))
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.refresh_button.click()
    assert [r.action for r in blocker.args[0]] == ["UPDATE", "UPDATE", "INSERT"]
    changes = page.model.index(0, page.model.COL_CHANGES).data()
    assert "IN_PROGRESS → COMPLETED" in changes
    page.table_combo.setCurrentIndex(0)
    page.refresh_button.click()  # a record id without its table is refused, calmly
    assert page.banner.isVisible()
    ctx.runner.wait_for_done(5000)


def test_the_audit_page_shows_the_reason_of_a_change(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.ADMIN)
    page = AuditPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _show(qtbot, page)
    qtbot.waitUntil(lambda: page.table_combo.findData("users") > 0)
    page.table_combo.setCurrentIndex(page.table_combo.findData("users"))
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.refresh_button.click()
    rows = blocker.args[0]
    assert rows and all(r.reason == "test: set up" for r in rows if r.action == "INSERT")
    model = page.model
    assert model.headerData(model.COL_REASON, Qt.Orientation.Horizontal) in ("사유", "Reason")
    shown = {model.index(i, model.COL_REASON).data() for i in range(model.rowCount())}
    assert "test: set up" in shown
    ctx.runner.wait_for_done(5000)


def test_lot_detail_widget(qtbot, ctx, known) -> None:  # type: ignore[no-untyped-def]
    widget = _show(qtbot, LotDetailWidget(ctx))
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.load(known.lots[A])
    assert widget.units.rowCount() == 5 and widget.steps.rowCount() == 8
    assert A in widget.title.text()
    with qtbot.waitSignal(widget.unit_activated) as blocker:
        index = widget.units_view.model().index(0, 0)
        widget.units_view.doubleClicked.emit(index)
    assert blocker.args[0].startswith(A)


def test_trace_page_lists_the_signed_decisions(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from neurohub_desktop.domain.reports import TraceDecision

    page = _show(qtbot, TracePage(ctx))
    at = dt.datetime(2026, 11, 5, 9, 30, tzinfo=dt.UTC)
    text = page.decisions_text(
        [
            TraceDecision("REWORK_APPROVED", "센서 재장착", "manager1", "김관리", at, "ST-3", None),
            TraceDecision("SCRAPPED", "하우징 균열", "manager1", "김관리", at, "ST-3", "worker1"),
        ]
    )
    first, second = text.splitlines()
    assert "센서 재장착" in first and "manager1" in first and "김관리" in first
    assert "하우징 균열" in second


def test_the_audit_log_lists_newest_first_on_screen_and_in_its_csv(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    """Issue 17 item 10: labelled newest first, so the view and its CSV are newest first."""
    import csv

    ctx = make_ctx(engine, db_url, tmp_path, known, Role.ADMIN)
    page = AuditPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        _show(qtbot, page)
    qtbot.waitUntil(lambda: page.table_combo.findData("lots") > 0)
    page.table_combo.setCurrentIndex(page.table_combo.findData("lots"))
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.refresh_button.click()
    rows = blocker.args[0]
    newest_first = sorted(rows, key=lambda r: (r.created_at, r.id), reverse=True)
    assert len({r.created_at for r in rows}) > 1  # distinct times: the order is observable
    proxy = page.view.model()
    shown = [proxy.index(i, 0).data(ROW_ROLE).id for i in range(proxy.rowCount())]
    assert shown == [r.id for r in newest_first]
    path = tmp_path / "audit.csv"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.csv_button.click()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))[1:]
    records = [r[page.model.COL_RECORD] for r in table]
    assert records == [str(r.record_id) for r in newest_first]
    times = [r[page.model.COL_TIME] for r in table]
    assert times == sorted(times, reverse=True)


def test_signed_decisions_show_in_the_audit_viewer_and_the_trace(  # type: ignore[no-untyped-def]
    qtbot, engine, db_url, tmp_path, known
) -> None:
    """A manager reopens B2 and scraps A4 (signed, with reasons): the audit viewer shows the
    reasons on the units' and the signatures' rows, the trace page the decisions."""
    import factories as f

    from neurohub_desktop.domain.auth import CurrentUser
    from neurohub_desktop.services.lots import LotsService

    mgr = CurrentUser(known.users["mgr"], "mgr", "관리자 최", Role.MANAGER)
    lots = LotsService(f.sessions(engine), station="OFFICE")
    b2, a4 = "WIP-WF251104N01-002", "WIP-WF251103D01-004"
    lots.reopen_unit(mgr, b2, "마킹 다시 함")
    lots.scrap_unit(mgr, a4, "센서 파손")
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.ADMIN)
    page = _show(qtbot, AuditPage(ctx))
    qtbot.waitUntil(lambda: page.table_combo.findData("signatures") > 0, timeout=5000)
    model = page.model
    for table in ("wip_items", "signatures"):
        page.table_combo.setCurrentIndex(page.table_combo.findData(table))
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh_button.click()
        reasons = {model.index(i, model.COL_REASON).data() for i in range(model.rowCount())}
        assert {"마킹 다시 함", "센서 파손"} <= reasons, table
    trace = _show(qtbot, TracePage(ctx))
    with qtbot.waitSignal(trace.traced, timeout=5000):
        trace.trace(a4)
    assert "센서 파손" in trace.decisions.text() and "mgr" in trace.decisions.text()
    with qtbot.waitSignal(trace.traced, timeout=5000):
        trace.trace(b2)
    assert "마킹 다시 함" in trace.decisions.text()
    ctx.runner.wait_for_done(5000)
