"""Issue 17, supervisor and shell items: used the way a shift leader would."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from db.supervisor_fixtures import Known, build_known_line
from openpyxl import load_workbook
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from test_lot_board import A, make_ctx
from translators import korean  # noqa: F401

from neurohub_desktop import i18n
from neurohub_desktop.domain.auth import Role
from neurohub_desktop.ui.main_window import MainWindow, build_sections
from neurohub_desktop.ui.supervisor import charts, page_specs
from neurohub_desktop.ui.supervisor.common import status_label
from neurohub_desktop.ui.supervisor.lot_board import LotBoardPage
from neurohub_desktop.ui.supervisor.lot_detail import LotDetailWidget
from neurohub_desktop.ui.supervisor.models import LotBoardModel, StepYieldModel
from neurohub_desktop.ui.supervisor.stats import ParetoPage, YieldPage
from neurohub_desktop.ui.supervisor.trace_page import TracePage

TRACE = "supervisor.trace"


@pytest.fixture
def known(engine) -> Known:  # type: ignore[no-untyped-def]
    return build_known_line(engine)


def test_trace_takes_a_burst_right_after_it_is_opened_from_the_menu(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    """Item 8: click 추적성 in the menu, scan at once (the menu keeps the focus)."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    window = MainWindow(ctx, build_sections([], page_specs()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    nav = window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == TRACE)
    item = nav.item(row)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    assert window.current_page_key() == TRACE
    page = window.pages[TRACE]
    assert isinstance(page, TracePage)
    window.activateWindow()
    nav.setFocus()  # where the click leaves it on a desktop
    qtbot.waitUntil(lambda: QApplication.focusWidget() is nav)
    with qtbot.waitSignal(page.traced, timeout=5000) as blocker:
        qtbot.keyClicks(nav, f"{A}-0002")
        qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert blocker.args[0].unit.serial_number == f"{A}-0002"
    assert page.fields["wip"].text() == f"WIP-{A}-002"
    assert window.current_page_key() == TRACE  # the menu did not take the keys
    ctx.runner.wait_for_done(5000)


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.mark.usefixtures("korean")
def test_qt_dialogs_speak_korean_under_korean(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Item 9: the export's file dialog and the standard buttons are Korean, every label."""
    dialog = QFileDialog(None, "내보내기", "", "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {
        name: dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }
    assert all(_has_hangul(t) for t in labels.values()), labels
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["저장", "취소"]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_lot_count_is_a_proper_plural(
    qtbot, qapp, engine, db_url, tmp_path, known, lang
) -> None:  # type: ignore[no-untyped-def]
    """Item 9: "1 LOTs" was shown; now a numerus form in both languages."""
    default_locale = QLocale()
    assert i18n.install_translator(qapp, lang)
    try:
        ctx = make_ctx(engine, db_url, tmp_path, known, Role.MANAGER)
        page = LotBoardPage(ctx)
        qtbot.addWidget(page)
        page.show()
        many, one = {"ko": ("LOT 4개", "LOT 1개"), "en": ("4 LOTs", "1 LOT")}[lang]
        qtbot.waitUntil(lambda: page.count_label.text() == many)
        qtbot.keyClicks(page.search_edit, "n01")
        qtbot.waitUntil(lambda: page.count_label.text() == one)
        ctx.runner.wait_for_done(5000)
    finally:
        i18n.install_translator(qapp, "en", directory=tmp_path / "none")
        QLocale.setDefault(default_locale)


SUMMARY = ("Units", "Rolled-throughput yield", "Rework rate", "Units reworked")


def test_the_yield_export_writes_numbers_percentages_and_durations(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    """Item 11: counts, FPY and durations are numeric xlsx cells with number formats."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    page = YieldPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.lot_edit.setText(A)
        page.refresh_button.click()
    path = tmp_path / "yield.xlsx"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.xlsx_button.click()
    ws = load_workbook(path).active
    m = StepYieldModel
    rows = {r[m.COL_STEP].value: r for r in ws.iter_rows(min_row=2)}
    p3 = rows["PROC-003"]
    assert (p3[m.COL_PASS].value, p3[m.COL_FAIL].value) == (3, 5)
    assert p3[m.COL_PASS].data_type == "n" and p3[m.COL_PASS].number_format == "0"
    assert p3[m.COL_FPY].value == pytest.approx(0.5) and p3[m.COL_FPY].number_format == "0.0%"
    assert rows["PROC-002"][m.COL_FPY].value == pytest.approx(0.8)
    plan = p3[m.COL_PLAN]  # PROC-003's estimate: 60 s
    assert plan.number_format == "[h]:mm:ss" and plan.value == timedelta(seconds=60)
    assert p3[m.COL_RATIO].data_type == "n" and p3[m.COL_RATIO].number_format == "0%"
    assert p3[m.COL_NAME].data_type == "s"  # text stays text
    # what the summary line shows follows the table: units, RTY, rework rate
    summary = {r[0].value: r[1] for r in ws.iter_rows(min_row=2) if r[0].value in SUMMARY}
    assert set(summary) == set(SUMMARY)
    assert summary["Rolled-throughput yield"].value == pytest.approx(0.2)
    assert summary["Rolled-throughput yield"].number_format == "0.0%"
    assert summary["Rework rate"].value == pytest.approx(0.6)
    assert summary["Units"].data_type == "n"
    ctx.runner.wait_for_done(5000)


def test_the_board_export_writes_zero_not_a_dot_and_times_with_seconds(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.MANAGER)
    page = LotBoardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    path = tmp_path / "board.xlsx"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.xlsx_button.click()
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    body = list(ws.iter_rows(min_row=2))
    step_cells = [r[headers.index(f"P{k}")] for r in body for k in range(1, 9)]
    assert all(isinstance(c.value, int) and c.data_type == "n" for c in step_cells)
    assert any(c.value == 0 for c in step_cells)  # shown as '·'
    created = [
        r[
            headers.index(
                page.model.headerData(LotBoardModel.COL_CREATED, Qt.Orientation.Horizontal)
            )
        ]
        for r in body
    ]
    assert all(isinstance(c.value, datetime) for c in created)
    assert created[0].number_format == "yyyy-mm-dd hh:mm:ss"
    csv_path = tmp_path / "board.csv"
    page.export.ask_path = lambda suffix: str(csv_path)  # type: ignore[method-assign]
    page.export.csv_button.click()
    text = csv_path.read_text(encoding="utf-8-sig")
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text)  # seconds in CSV too
    ctx.runner.wait_for_done(5000)


@pytest.mark.usefixtures("korean")
def test_an_export_says_where_it_saved(qtbot, engine, db_url, tmp_path, known) -> None:  # type: ignore[no-untyped-def]
    """Item 11: after an export the page says where the file went (it said nothing)."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.MANAGER)
    page = LotBoardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert not page.export.saved_label.isVisible()
    path = tmp_path / "보드.csv"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.csv_button.click()
    assert path.exists() and page.export.saved_label.isVisible()
    assert page.export.saved_label.text().startswith("저장 위치:")
    assert str(path) in page.export.saved_label.toolTip()
    ctx.runner.wait_for_done(5000)


def test_the_pareto_chart_opens_usable_at_1366x768(qtbot, engine, db_url, tmp_path, known) -> None:  # type: ignore[no-untyped-def]
    """Item 13: the chart opened ~90 px wide ("…" labels, "0 0 1 1" ticks, empty legend)."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    page = ParetoPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.process_combo.setCurrentIndex(page.process_combo.findData("PROC-003"))
    assert page.chart_view.width() >= 0.4 * page.width()
    chart = page.chart_view.chart()
    (counts,) = [a for a in chart.axes(Qt.Orientation.Vertical) if a.labelFormat() == "%d"]
    assert counts.tickType() == QValueAxis.TickType.TicksDynamic
    assert counts.tickInterval() == int(counts.tickInterval()) >= 1  # whole numbers only
    assert counts.max() >= 4 and counts.max() == int(counts.max())  # SENSOR_TOF_FAIL: 4
    assert chart.legend().isVisible()
    empty = charts.pareto_chart(())  # a period without defects
    assert not empty.legend().isVisible()
    empty.deleteLater()
    ctx.runner.wait_for_done(5000)


def test_the_trace_export_names_its_unit_and_keeps_the_defect_notes(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    """Item 11: the traceability export says which unit it is about and has the notes."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    page = TracePage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.traced, timeout=5000):
        page.trace(f"{A}-0005")
    path = tmp_path / "trace.xlsx"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.xlsx_button.click()
    wb = load_workbook(path)
    assert f"{A}-0005" in wb.active.title
    cells = [str(c.value or "") for row in wb.active.iter_rows(min_row=2) for c in row]
    assert any("VISUAL_DEFECT (육안 확인)" in c for c in cells)
    ctx.runner.wait_for_done(5000)


#: the LOT detail export's words, per language (the first column of its heading, two headers)
DETAIL_WORDS = {
    "ko": {
        "heading": [
            "LOT", "모델", "상태", "완료 수량", "목표 수량", "진척률", "생성 시각",
            "누적 직행률", "재작업률", "재작업 제품 수(대)",
        ],
        "status": "진행 중",
        "attempts": "시도 횟수",
        "reworks": "재작업 횟수",
        "failed": "불합격 제품",
        "failed_headers": ["제품", "불합격 공정", "불량 내용", "재작업 횟수"],
    },
    "en": {
        "heading": [
            "LOT", "Model", "Status", "Finished", "Target", "Progress", "Since",
            "Rolled-throughput yield", "Rework rate", "Units reworked",
        ],
        "status": "In progress",
        "attempts": "Attempts",
        "reworks": "Reworks",
        "failed": "FAILED units",
        "failed_headers": ["Unit", "Failed at", "Failure", "Reworks"],
    },
}  # fmt: skip


def _language(request, lang: str) -> None:  # type: ignore[no-untyped-def]
    if lang == "ko":
        request.getfixturevalue("korean")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_lot_detail_export_holds_what_the_detail_shows(
    qtbot, request, engine, db_url, tmp_path, known, lang
) -> None:  # type: ignore[no-untyped-def]
    """Item 11: the LOT's line and figures (RTY, rework rate) above its units (status, current
    step, attempts, reworks), then the step counts and the FAILED units (failure, reworks);
    counts are numbers, rates percentages, the creation a time."""
    _language(request, lang)
    words = DETAIL_WORDS[lang]
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    widget = LotDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.failed_loaded, timeout=5000):
        widget.load(known.lots[A])
    shown = widget.figures_label.text()  # the screen shows the figures the export holds
    assert "20.0%" in shown and "60.0%" in shown
    path = tmp_path / "lot.xlsx"
    widget.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    widget.export.xlsx_button.click()
    ws = load_workbook(path).active
    assert ws.title == f"LOT {A}"
    rows = [list(r) for r in ws.iter_rows()]
    heading = rows[:10]
    assert [r[0].value for r in heading] == words["heading"]
    values = [r[1] for r in heading]
    assert [c.value for c in values[:3]] == [A, "WF", words["status"]]
    finished, target, progress, since, rty, rework, reworked = values[3:]
    assert (finished.value, target.value) == (1, 5)
    assert finished.data_type == "n" and finished.number_format == "0"
    assert progress.value == pytest.approx(0.2) and progress.number_format == "0%"
    assert isinstance(since.value, datetime) and since.number_format == "yyyy-mm-dd hh:mm:ss"
    assert rty.value == pytest.approx(0.2) and rty.number_format == "0.0%"
    assert rework.value == pytest.approx(0.6) and rework.number_format == "0.0%"
    assert reworked.value == 3 and reworked.data_type == "n"
    assert all(c.value is None for c in rows[10])  # an empty row, then the units
    header = [c.value for c in rows[11]]
    assert header[4:6] == [words["attempts"], words["reworks"]]
    assert header[8] == words["failed_headers"][2]
    units = {r[0].value: r for r in rows[12:17]}
    a4 = units[f"WIP-{A}-004"]
    assert a4[2].value == status_label("FAILED") and a4[3].value == "PROC-003"
    assert (a4[4].value, a4[5].value) == (6, 4) and a4[5].data_type == "n"
    assert a4[8].value == "SENSOR_TOF_FAIL"  # its last failure
    assert units[f"WIP-{A}-003"][5].value == 1  # one REWORK at PROC-002
    assert not units[f"WIP-{A}-003"][8].value  # reworked, not failed: no failure
    a5 = next(r for r in rows[12:17] if r[1].value == f"{A}-0005")  # scrapped at PROC-008
    assert a5[8].value.startswith("VISUAL_DEFECT")
    assert all(c.value is None for c in rows[17])
    steps = {r[0].value: r for r in rows[19:27]}  # the step counts under their header
    assert [c.value for c in steps["PROC-003"][2:6]] == [3, 5, 0, 8]
    assert steps["PROC-003"][2].data_type == "n"
    assert rows[28][0].value == words["failed"]
    assert [c.value for c in rows[29][:4]] == words["failed_headers"]
    failed = rows[30]
    assert [c.value for c in failed[:2]] == [f"WIP-{A}-004", "PROC-003"]
    assert "SENSOR_TOF_FAIL" in failed[2].value
    assert failed[3].value == 4 and failed[3].data_type == "n"
    assert len(rows) == 31
    ctx.runner.wait_for_done(5000)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_trace_export_begins_with_the_unit_it_is_about(
    qtbot, request, engine, db_url, tmp_path, known, lang
) -> None:  # type: ignore[no-untyped-def]
    """Item 11: the unit (WIP id, serial, LOT, model, status) in cells above the timeline,
    and the timeline's defects with their notes."""
    _language(request, lang)
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    page = TracePage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.traced, timeout=5000):
        page.trace(f"{A}-0005")
    path = tmp_path / "trace.xlsx"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.xlsx_button.click()
    ws = load_workbook(path).active
    rows = [list(r) for r in ws.iter_rows()]
    top = {r[0].value: r[1] for r in rows[:10]}
    words = {
        "ko": ("모델", "LOT 상태", "발행", "폐기", "진행 중"),
        "en": ("Model", "LOT status", "Issued", "Scrapped", "In progress"),
    }[lang]
    model, lot_status, issued, scrapped, in_progress = words
    assert top["LOT"].value == A and top[model].value == "WF"
    assert top[lot_status].value == in_progress
    assert top["WIP ID"].value == f"WIP-{A}-005"
    serial = {"ko": "시리얼", "en": "Serial"}[lang]
    assert top[serial].value == f"{A}-0005"
    status = {"ko": "상태", "en": "Status"}[lang]
    assert top[status].value == scrapped
    assert isinstance(top[issued].value, datetime) and top[issued].data_type == "d"
    gap = next(i for i, r in enumerate(rows) if all(c.value is None for c in r))
    header = rows[gap + 1]
    assert header[0].font.b  # the table's header row follows the heading, bold
    assert ws.freeze_panes == f"A{gap + 3}"
    cells = [str(c.value or "") for r in rows[gap + 2 :] for c in r]
    assert any("VISUAL_DEFECT (육안 확인)" in c for c in cells)  # defects keep their notes
    ctx.runner.wait_for_done(5000)


@pytest.mark.usefixtures("korean")
def test_the_yield_count_column_and_the_board_unit_cells_are_not_clipped(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    """Item 13 at 1366×768 in Korean: the status table's 건수 fits; a capped cell of the LOT
    board (진행 중 … · …) carries its full text as a tooltip."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    page = YieldPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    view = page.status_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    header = view.horizontalHeader()
    for c in range(header.count()):
        needed = max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
        assert header.sectionSize(c) >= needed, header.model().headerData(c, Qt.Horizontal)
    assert header.length() <= view.viewport().width()
    board = LotBoardPage(make_ctx(engine, db_url, tmp_path, known, Role.MANAGER))
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    qtbot.waitUntil(lambda: board.model.rowCount() == 4)
    proxy = board.view.model()
    for r in range(proxy.rowCount()):
        cell = proxy.index(r, LotBoardModel.COL_WIP)
        text = cell.data()
        if board.view.fontMetrics().horizontalAdvance(text) > board.view.columnWidth(
            LotBoardModel.COL_WIP
        ):
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == text
    assert any(
        proxy.index(r, LotBoardModel.COL_WIP).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(proxy.rowCount())
    )
    ctx.runner.wait_for_done(5000)
    board._ctx.runner.wait_for_done(5000)
