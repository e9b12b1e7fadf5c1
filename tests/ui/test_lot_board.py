"""The LOT board against a real database: filters, sorting, live refresh, roles, models."""

from __future__ import annotations

import csv
from datetime import UTC

import factories as f
import pytest
from db.supervisor_fixtures import Known, build_known_line
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text
from translators import korean  # noqa: F401

from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import libpq_dsn, make_sessionmaker, transaction
from neurohub_desktop.db.notify import notify_change
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.reports import AuditFilter, ReportScope
from neurohub_desktop.services.live import ChangeListener
from neurohub_desktop.services.lots import LotsService
from neurohub_desktop.services.reports import ReportsService
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.live import LiveBridge
from neurohub_desktop.ui.supervisor import page_specs
from neurohub_desktop.ui.supervisor.common import status_label
from neurohub_desktop.ui.supervisor.lot_board import LotBoardPage
from neurohub_desktop.ui.supervisor.models import (
    AuditModel,
    LotBoardModel,
    ParetoModel,
    StatusCountModel,
    StepCountModel,
    StepYieldModel,
    TimelineModel,
    UnitModel,
)
from neurohub_desktop.ui.supervisor.table_model import ROW_ROLE

A, B, C, D = "WF251103D01", "WF251104N01", "WF251110D01", "XR251105D01"


class CountingReports(ReportsService):
    """Records the board loads, to prove a NOTIFY reloads only the LOT it names."""

    def __init__(self, *a, **kw) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*a, **kw)
        self.board_calls: list[list[int] | None] = []

    def lot_board(self, flt=None, lot_ids=None):  # type: ignore[no-untyped-def]
        self.board_calls.append(None if lot_ids is None else list(lot_ids))
        return super().lot_board(flt, lot_ids)


@pytest.fixture
def known(engine) -> Known:  # type: ignore[no-untyped-def]
    return build_known_line(engine)


def make_ctx(
    engine,
    db_url,
    tmp_path,
    known: Known,
    role: Role,
    *,  # type: ignore[no-untyped-def]
    live: bool = False,
) -> AppContext:
    sessions = f.sessions(engine)  # writes as the person the context is for
    login = {Role.MANAGER: "mgr", Role.VIEWER: "viewer", Role.ADMIN: "admin"}[role]
    pk = known.users.get(login, 1)
    return AppContext(
        settings=Settings(station="OFFICE", data_dir=tmp_path),
        runner=BackgroundRunner(),
        services=Services(
            reports=CountingReports(sessions, tz=UTC),
            lots=LotsService(sessions, station="OFFICE"),
            live=ChangeListener(libpq_dsn(db_url), poll_timeout=0.2) if live else None,
        ),
        events=AppEvents(),
        user=CurrentUser(pk, login, login, role),
    )


@pytest.fixture
def board_factory(qtbot, engine, db_url, tmp_path, known):  # type: ignore[no-untyped-def]
    made: list[AppContext] = []

    def make(role: Role = Role.MANAGER, live: bool = False) -> LotBoardPage:
        ctx = make_ctx(engine, db_url, tmp_path, known, role, live=live)
        made.append(ctx)
        if live:  # the launcher's bridge, as after a login
            ctx.live = LiveBridge(ctx.services.live, ctx.events, parent=ctx.events)
            ctx.live.start()
            assert ctx.services.live.connected.wait(10)
        page = LotBoardPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
        return page

    yield make
    for ctx in made:
        if ctx.live is not None:
            ctx.live.stop()
        ctx.runner.wait_for_done(5000)


def shown(page: LotBoardPage, column: int = LotBoardModel.COL_LOT) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_filters_and_search(qtbot, board_factory) -> None:  # type: ignore[no-untyped-def]
    page = board_factory()
    page.status_combo.setCurrentIndex(page.status_combo.findData("IN_PROGRESS"))
    qtbot.waitUntil(lambda: sorted(shown(page)) == [A, B])
    page.status_combo.setCurrentIndex(page.status_combo.findData("OPEN"))
    qtbot.waitUntil(lambda: sorted(shown(page)) == [A, B, C])
    page.status_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    qtbot.waitUntil(lambda: page.scope.model_combo.count() == 3)  # all, WF, XR
    page.scope.model_combo.setCurrentIndex(page.scope.model_combo.findData("XR"))
    qtbot.waitUntil(lambda: shown(page) == [D])
    page.scope.model_combo.setCurrentIndex(0)
    from datetime import date

    page.scope.set_period(date(2025, 11, 4), date(2025, 11, 5))
    qtbot.waitUntil(lambda: sorted(shown(page)) == [B, D])
    page.scope.period_check.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    qtbot.keyClicks(page.search_edit, "n01")
    qtbot.waitUntil(lambda: shown(page) == [B])
    assert page.count_label.text().startswith("1")


def test_sorting_by_text_number_and_time(qtbot, board_factory) -> None:  # type: ignore[no-untyped-def]
    page = board_factory()
    assert shown(page) == [C, D, B, A]  # created, newest first
    page.view.sortByColumn(LotBoardModel.COL_LOT, Qt.SortOrder.AscendingOrder)
    assert shown(page) == [A, B, C, D]
    page.view.sortByColumn(LotBoardModel.COL_TARGET, Qt.SortOrder.DescendingOrder)
    assert shown(page) == [C, D, A, B]  # 100, 10, 5, 3 (numbers, not text)
    page.view.sortByColumn(LotBoardModel.COL_PROGRESS, Qt.SortOrder.DescendingOrder)
    assert shown(page)[0] == A  # 20 %
    page.view.sortByColumn(LotBoardModel.COL_STEP_FIRST + 2, Qt.SortOrder.DescendingOrder)
    assert shown(page)[0] == A  # two units at PROC-003
    row = page.proxy.index(0, 0).data(ROW_ROLE)
    assert row.lot_number == A
    assert page.proxy.index(0, LotBoardModel.COL_STEP_FIRST + 2).data() == "2"


def test_notify_from_another_connection_updates_the_open_board(  # type: ignore[no-untyped-def]
    qtbot, board_factory, engine, known
) -> None:
    page = board_factory(live=True)
    reports = page._ctx.services.reports
    reports.board_calls.clear()
    writer = make_sessionmaker(engine)
    lot_b = known.lots[B]
    with transaction(writer, "ST-01") as s:  # another station issues a WIP
        s.execute(text("UPDATE lots SET target_quantity = 4 WHERE id = :l"), {"l": lot_b})
        s.execute(
            text(
                "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot)"
                " VALUES ('WIP-WF251104N01-004', :l, 4)"
            ),
            {"l": lot_b},
        )
        notify_change(
            s, "wip_issued", lot_id=lot_b, unit="WIP-WF251104N01-004", process_id="PROC-001"
        )

    def b_row():  # type: ignore[no-untyped-def]
        return next(r for r in page.model.rows if r.lot_id == lot_b)

    qtbot.waitUntil(lambda: b_row().wip_counts["CREATED"] == 1, timeout=2000)
    assert b_row().target_quantity == 4 and b_row().units_per_step[0] == 3
    assert reports.board_calls == [[lot_b]]  # only the changed LOT was reloaded
    # a new LOT appears without a manual refresh
    with transaction(writer, "OFFICE") as s:
        new_id = s.scalar(
            text(
                "INSERT INTO lots (lot_number, product_model_id, shift)"
                " VALUES ('WF251111D01', 1, 'D') RETURNING id"
            )
        )
        notify_change(s, "lot_created", lot_id=new_id, unit="WF251111D01")
    qtbot.waitUntil(lambda: "WF251111D01" in shown(page), timeout=2000)
    assert page.model.rowCount() == 5


def test_viewer_sees_no_write_actions(qtbot, board_factory) -> None:  # type: ignore[no-untyped-def]
    viewer = board_factory(Role.VIEWER)
    names = {b.objectName() for b in viewer.findChildren(QPushButton)}
    assert viewer.complete_button is None and viewer.close_button is None
    assert not names & {"completeLotButton", "closeLotButton"}
    assert {"exportCsv", "exportXlsx", "refreshButton"} <= names  # reading is allowed
    manager = board_factory(Role.MANAGER)
    names = {b.objectName() for b in manager.findChildren(QPushButton)}
    assert {"completeLotButton", "closeLotButton"} <= names
    # page specs: the audit log is for ADMIN only, the rest for supervisors, never WORKER
    specs = {s.key: s.roles for s in page_specs()}
    assert specs["supervisor.audit"] == {"ADMIN"}
    assert all("WORKER" not in roles for roles in specs.values())
    assert all("VIEWER" in roles for key, roles in specs.items() if key != "supervisor.audit")


def _sign(qtbot, page, reason: str):  # type: ignore[no-untyped-def]
    """Type the password and the reason into the open signature dialog, Return: keyboard only."""
    dialog = page.signature
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, f.PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.reason, reason)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    return dialog


def _status(engine) -> str:  # type: ignore[no-untyped-def]
    with engine.begin() as c:
        return str(c.scalar(text("SELECT status FROM lots WHERE lot_number = :n"), {"n": A}))


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_manager_completes_lot_after_unfinished_warning(  # type: ignore[no-untyped-def]
    qtbot, request, board_factory, engine, known, locale
) -> None:
    if locale == "ko":
        request.getfixturevalue("korean")
    page = board_factory(Role.MANAGER)
    page._ctx.services.auth = f.auth_service(engine, station="OFFICE")
    page._select(known.lots[A])
    assert page.selected_lot().lot_number == A
    assert page.complete_button.isEnabled() and not page.close_button.isEnabled()
    page.complete_button.setFocus()
    qtbot.keyClick(page.complete_button, Qt.Key.Key_Space)
    dialog = page.signature
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert "3" in dialog.extra.text() and A in dialog.consequences.text()  # 3 unfinished
    assert (
        dialog.meaning_label.text()
        == {"ko": "출하 승인 (LOT 완료)", "en": "Released (LOT complete)"}[locale]
    )
    assert dialog.user_id.text() == "mgr"
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)  # declined: nothing written
    assert not dialog.isVisible() and _status(engine) == "IN_PROGRESS"
    page.complete_button.setFocus()
    qtbot.keyClick(page.complete_button, Qt.Key.Key_Space)
    dialog = _sign(qtbot, page, "all done")  # the database refuses: three units on the line
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5000)  # the answer is in
    # the refusal names the three units that keep the LOT open (in the messages' language)
    with engine.connect() as c:
        unfinished = c.execute(
            text(
                "SELECT wip_id FROM wip_items w JOIN lots l ON l.id = w.lot_id"
                " WHERE l.lot_number = :n AND w.status NOT IN ('CONVERTED', 'SCRAPPED')"
                " UNION ALL SELECT serial_number FROM serials x JOIN lots l ON l.id = x.lot_id"
                " WHERE l.lot_number = :n AND x.status NOT IN ('PASSED', 'SCRAPPED')"
            ),
            {"n": A},
        ).all()
    assert len(unfinished) == 3
    assert all(unit in dialog.error.text() for (unit,) in unfinished), dialog.error.text()
    assert dialog.isVisible() and _status(engine) == "IN_PROGRESS"
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    with engine.begin() as c:
        # the schema owner scraps what is left (a manager would, unit by unit)
        c.execute(
            text(
                "UPDATE wip_items SET status = 'SCRAPPED', current_process_id = NULL"
                " WHERE lot_id = :l AND status NOT IN ('CONVERTED', 'SCRAPPED')"
            ),
            {"l": known.lots[A]},
        )
        c.execute(
            text(
                "UPDATE serials SET status = 'SCRAPPED' WHERE lot_id = :l"
                " AND status NOT IN ('PASSED', 'SCRAPPED')"
            ),
            {"l": known.lots[A]},
        )
    page.complete_button.setFocus()
    qtbot.keyClick(page.complete_button, Qt.Key.Key_Space)
    _sign(qtbot, page, "every unit done")
    qtbot.waitUntil(
        lambda: page.selected_lot() is not None and page.selected_lot().status == "COMPLETED",
        timeout=5000,
    )
    assert _status(engine) == "COMPLETED"
    qtbot.waitUntil(page.close_button.isEnabled)
    with engine.begin() as c:
        signed = c.execute(
            text(
                "SELECT s.meaning, s.reason, u.user_id FROM signatures s "
                "JOIN users u ON u.id = s.signer_id WHERE s.subject = :n"
            ),
            {"n": A},
        ).all()
    assert [tuple(r) for r in signed] == [("RELEASED", "every unit done", "mgr")]


def test_export_writes_what_the_board_shows(qtbot, board_factory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = board_factory()
    page.view.sortByColumn(LotBoardModel.COL_LOT, Qt.SortOrder.AscendingOrder)
    page.view.setColumnHidden(LotBoardModel.COL_CREATED, True)
    path = tmp_path / "board.csv"
    page.export.ask_path = lambda suffix: str(path)  # type: ignore[method-assign]
    page.export.csv_button.click()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    model = page.model
    assert table[0] == [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if c != LotBoardModel.COL_CREATED
    ]
    assert [r[0] for r in table[1:]] == [A, B, C, D]
    assert table[1][LotBoardModel.COL_STATUS] == status_label("IN_PROGRESS")
    assert len(table) == 5 and all(len(r) == len(table[0]) for r in table)


def test_models_pass_qtmodeltester(qtmodeltester, engine, known) -> None:  # type: ignore[no-untyped-def]
    svc = ReportsService(make_sessionmaker(engine), tz=UTC)
    detail = svc.lot_detail(known.lots[A])
    report = svc.yield_report(ReportScope())
    trace = svc.trace(f"{A}-0002")
    cases = [
        (LotBoardModel(), svc.lot_board()),
        (UnitModel(), detail.units),
        (StepCountModel(), detail.steps),
        (StatusCountModel(), report.status_counts),
        (StepYieldModel(), report.steps),
        (ParetoModel(), svc.defect_pareto()),
        (TimelineModel(), trace.unit.timeline),
        (AuditModel(), svc.audit_log(AuditFilter(limit=50))),
    ]
    for model, rows in cases:
        assert rows, type(model).__name__
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == len(rows)
        model.upsert_rows(rows[:1])  # unchanged: no signal, no change
        assert model.rowCount() == len(rows)


def _failed_a4(known: Known, engine) -> str:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return str(
            c.scalar(text("SELECT wip_id FROM wip_items WHERE id = :i"), {"i": known.wips["A4"]})
        )


def _open_detail(qtbot, page, known: Known) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.detail.failed_loaded, timeout=5000):
        page._select(known.lots[A])
    assert page.detail.failed.rowCount() == 1


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_lot_detail_lists_failed_units_and_a_manager_scraps_from_the_list(  # type: ignore[no-untyped-def]
    qtbot, request, board_factory, engine, known, locale
) -> None:
    if locale == "ko":
        request.getfixturevalue("korean")
    page = board_factory(Role.MANAGER)
    page._ctx.services.auth = f.auth_service(engine, station="OFFICE")
    detail = page.detail
    wip = _failed_a4(known, engine)
    _open_detail(qtbot, page, known)
    failed = detail.failed.row_at(0)
    assert (failed.unit_id, failed.failed_step, failed.rework_count) == (wip, "PROC-003", 4)
    assert "SENSOR_TOF_FAIL" in failed.failure
    assert not detail.reopen_button.isEnabled() and not detail.scrap_button.isEnabled()
    detail.failed_view.setFocus()  # pick the unit from the list: keyboard only
    qtbot.keyClick(detail.failed_view, Qt.Key.Key_Home)
    qtbot.keyClick(detail.failed_view, Qt.Key.Key_Space)
    assert detail.selected_failed() == failed and detail.reopen_button.isEnabled()
    detail.reopen_button.setFocus()
    qtbot.keyClick(detail.reopen_button, Qt.Key.Key_Space)
    dialog = _sign(qtbot, detail, "one more try")  # four FAILs: the limit refuses a reopen
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5000)
    assert dialog.meaning_label.text() == {"ko": "재작업 승인", "en": "Rework approved"}[locale]
    assert wip in dialog.consequences.text() and dialog.isVisible() and dialog.error.text()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    detail.scrap_button.setFocus()
    qtbot.keyClick(detail.scrap_button, Qt.Key.Key_Space)
    dialog = detail.signature
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.meaning_label.text() == {"ko": "폐기", "en": "Scrapped"}[locale]
    with qtbot.waitSignal(detail.unit_decided, timeout=10_000):
        _sign(qtbot, detail, "sensor beyond repair")
    qtbot.waitUntil(lambda: detail.failed.rowCount() == 0, timeout=5000)
    with engine.connect() as c:
        assert c.scalar(text("SELECT status FROM wip_items WHERE wip_id = :w"), {"w": wip}) == (
            "SCRAPPED"
        )
        signed = c.execute(
            text(
                "SELECT s.meaning, s.subject, s.reason, u.user_id FROM signatures s "
                "JOIN users u ON u.id = s.signer_id WHERE s.subject = :w"
            ),
            {"w": wip},
        ).all()
    assert [tuple(r) for r in signed] == [("SCRAPPED", wip, "sensor beyond repair", "mgr")]
    # the board's WIP column counts the scrapped WIP as scrapped (live, without a refresh)
    scrapped = status_label("SCRAPPED")

    def wip_cell() -> str:
        row = next(r for r in range(page.proxy.rowCount()) if shown(page)[r] == A)
        return str(page.proxy.index(row, LotBoardModel.COL_WIP).data())

    qtbot.waitUntil(lambda: f"{scrapped} 1" in wip_cell(), timeout=5000)


def test_a_viewer_sees_the_failed_units_without_actions(qtbot, board_factory, known) -> None:  # type: ignore[no-untyped-def]
    page = board_factory(Role.VIEWER)
    _open_detail(qtbot, page, known)
    assert page.detail.reopen_button is None and page.detail.scrap_button is None
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert not names & {"reopenButton", "scrapButton"}


def test_a_resync_reads_a_finished_lots_kept_counts_again(  # type: ignore[no-untyped-def]
    qtbot, engine, db_url, tmp_path, known
) -> None:
    """A finished LOT's unit counts are kept by the reports service (issue 19); the board
    drops them when a change reaches it, so a resync's full reload shows what is stored."""
    lot_a = known.lots[A]
    with engine.begin() as c:  # the owner marks LOT A finished (BR-001's order, by hand)
        c.execute(text("UPDATE lots SET status = 'COMPLETED' WHERE id = :l"), {"l": lot_a})
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.MANAGER)
    page = LotBoardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)

    def a_row():  # type: ignore[no-untyped-def]
        return next(r for r in page.model.rows if r.lot_id == lot_a)

    before = a_row().wip_counts["CREATED"]
    with engine.begin() as c:  # behind the kept counts' back: a WIP of LOT A goes CREATED
        c.execute(text("SET LOCAL session_replication_role = replica"))
        c.execute(
            text(
                "UPDATE wip_items SET status = 'CREATED', current_process_id = NULL WHERE id ="
                " (SELECT min(id) FROM wip_items WHERE lot_id = :l AND status <> 'CREATED')"
            ),
            {"l": lot_a},
        )
    assert ctx.services.reports is not None
    assert ctx.services.reports.lot_board()[-1].wip_counts["CREATED"] == before  # kept
    ctx.events.data_changed.emit(ChangeEvent(RESYNC))
    qtbot.waitUntil(lambda: a_row().wip_counts["CREATED"] == before + 1, timeout=5000)
    ctx.runner.wait_for_done(5000)
