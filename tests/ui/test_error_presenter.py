"""One error presenter (ui/errors.py) for every page: a refusal is a calm inline message, the
database unreachable or busy is the connection status, a bug is logged and shown once.

Each page runs on a real database; a thin wrapper around the real service makes the methods
a test names raise the error it gives (the same object every time).
"""

from __future__ import annotations

import logging
from datetime import UTC
from typing import Any

import factories as f
import pytest
from PySide6.QtCore import Qt
from station_ui import fill, make_ctx, scan, settle
from translators import korean  # noqa: F401 - fixture

from neurohub_desktop import i18n
from neurohub_desktop.config import Settings
from neurohub_desktop.db.errors import BUSY, FORBIDDEN, UNAVAILABLE
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    PermissionDenied,
    ValidationError,
)
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.services.reports import ReportsService
from neurohub_desktop.ui import errors
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.connection import BUSY as STATUS_BUSY
from neurohub_desktop.ui.connection import CONNECTED, RECONNECTING
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.main_window import HealthMonitor, MainWindow
from neurohub_desktop.ui.station.lots_page import LotsPage
from neurohub_desktop.ui.station.page import StationPage
from neurohub_desktop.ui.supervisor.audit_page import AuditPage
from neurohub_desktop.ui.supervisor.lot_board import LotBoardPage
from neurohub_desktop.ui.supervisor.lot_detail import LotDetailWidget
from neurohub_desktop.ui.supervisor.stats import ParetoPage, YieldPage
from neurohub_desktop.ui.supervisor.trace_page import TracePage

REFUSAL = Msg("Scan a WIP or a serial.")
REFUSAL_KO = "WIP 또는 시리얼을 스캔하세요."  # the page's locale is "ko": messages_ko.ts
UNAVAILABLE_KO = "데이터베이스 서버에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도하세요."
BUSY_KO = "다른 스테이션이 사용 중입니다. 잠시 후 다시 시도하세요."
DENIED = "permission denied for table lots"
FORBIDDEN_KO = f"현재 계정으로는 이 작업을 할 수 없습니다. ({DENIED})"
UNEXPECTED_KO = "예상하지 못한 오류: boom: a bug behind the service"


class Failing:
    """The real service, except that the methods named in ``fail`` raise the given error."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.fail: dict[str, BaseException] = {}

    def __getattr__(self, name: str) -> Any:
        exc = self.fail.get(name)
        if exc is None:
            return getattr(self.real, name)

        def raising(*_args: Any, **_kwargs: Any) -> Any:
            raise exc

        raising.__qualname__ = f"Failing.{name}"
        return raising


class BannerSpy:
    """Every message a banner is asked to show, in order."""

    def __init__(self, banner: Any) -> None:
        self.shown: list[tuple[str, str]] = []
        original = banner.show_message

        def show_message(text: str, level: str = "info", timeout_ms: int = 0) -> None:
            self.shown.append((text, level))
            original(text, level, timeout_ms)

        banner.show_message = show_message

    def texts(self, needle: str) -> list[str]:
        return [t for t, _ in self.shown if needle in t]


def refusal() -> ValidationError:
    return ValidationError(REFUSAL)


def unreachable() -> DatabaseUnavailable:
    return DatabaseUnavailable(UNAVAILABLE)


def busy() -> DatabaseBusy:
    return DatabaseBusy(BUSY["55P03"], sqlstate="55P03")


def forbidden() -> PermissionDenied:
    return PermissionDenied(Msg(FORBIDDEN, reason=DENIED), sqlstate="42501")


def bug_records(caplog: pytest.LogCaptureFixture, exc: BaseException) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info and r.exc_info[1] is exc]


# -- the station --------------------------------------------------------------------------
@pytest.fixture
def worker(sm):  # type: ignore[no-untyped-def]
    return f.user(sm, "worker1", "WORKER")


@pytest.fixture
def wip(sm, worker):  # type: ignore[no-untyped-def]
    return f.wip_through(sm, worker, f.lot(sm, target=3), last=2)  # waits for PROC-003


@pytest.fixture
def station(qtbot, sm, worker):  # type: ignore[no-untyped-def]
    """A Korean PROC-003 station page on wrapped services, and the statuses it announced."""
    ctx = make_ctx(sm, "PROC-003", worker, locale="ko")
    ctx.services.station = Failing(ctx.services.station)
    ctx.services.lots = Failing(ctx.services.lots)
    statuses: list[str] = []
    ctx.events.db_status_changed.connect(statuses.append)
    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    yield page, statuses
    ctx.runner.wait_for_done(5_000)


def test_station_refusal_is_a_calm_inline_message(qtbot, station, wip) -> None:  # type: ignore[no-untyped-def]
    page, statuses = station
    page.svc.fail["resolve_scan"] = refusal()
    with qtbot.waitSignal(page.refused, timeout=10_000) as sig:
        scan(qtbot, page, wip)
    assert sig.args == [REFUSAL_KO] and page.banner.text() == REFUSAL_KO
    assert page.banner.property("level") == "error"
    assert statuses == [] and page.connection.status == CONNECTED
    assert not page.unsent.isVisible()


def test_station_unreachable_is_the_connection_status_and_the_record_stays_unsent(  # type: ignore[no-untyped-def]
    qtbot, station, wip
) -> None:
    page, statuses = station
    scan(qtbot, page, wip)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ctx)
    fill(qtbot, page.form, f.GOOD_VALUES["PROC-003"])
    page.connection._backoff = (100,)  # the real steps are 0.5 s … 15 s
    page.svc.fail["complete_step"] = unreachable()
    with qtbot.waitSignal(page.refused, timeout=10_000):
        qtbot.mouseClick(page.form.pass_button, Qt.MouseButton.LeftButton)
    assert statuses == [RECONNECTING]  # announced once, by the presenter
    assert page.banner.text() == UNAVAILABLE_KO and page.banner.property("level") == "warning"
    assert page.unsent.isVisible() and page.unsent.state == "waiting" and wip in page.unsent.text()
    assert page.form.values()["TEMP_SENSOR"] == "60.2"  # nothing typed is lost
    # the station's watch followed the announcement: its ping reaches the database again
    qtbot.waitUntil(lambda: page.connection.status == CONNECTED, timeout=10_000)
    assert statuses == [RECONNECTING, CONNECTED] and page.unsent.state == "ready"
    del page.svc.fail["complete_step"]
    with qtbot.waitSignal(page.step_recorded, timeout=10_000):
        qtbot.mouseClick(page.form.pass_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ctx)
    assert not page.unsent.isVisible() and statuses == [RECONNECTING, CONNECTED]


def test_station_busy_is_the_connection_status(qtbot, station, wip) -> None:  # type: ignore[no-untyped-def]
    page, statuses = station
    scan(qtbot, page, wip)
    page.svc.fail["start_step"] = busy()
    with qtbot.waitSignal(page.refused, timeout=10_000):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert statuses == [STATUS_BUSY]
    assert page.banner.text() == BUSY_KO and page.banner.property("level") == "warning"
    assert page.connection.status == CONNECTED  # busy is not a lost connection: no pings
    assert not page.unsent.isVisible()
    assert page.start_button.isEnabled()  # try again in a moment


@pytest.mark.usefixtures("korean")
def test_station_bug_is_logged_once_and_shown_once(qtbot, station, wip, caplog) -> None:  # type: ignore[no-untyped-def]
    page, statuses = station
    lots_page = LotsPage(page.ctx)  # the station's LOT page: a second handler
    qtbot.addWidget(lots_page)
    settle(qtbot, page.ctx)
    station_banner, lots_banner = BannerSpy(page.banner), BannerSpy(lots_page.banner)
    refused: list[str] = []
    page.refused.connect(refused.append)
    boom = RuntimeError("boom: a bug behind the service")
    page.svc.fail["resolve_scan"] = boom
    lots_page.svc.fail["list_open_lots"] = boom
    with caplog.at_level(logging.ERROR):
        scan(qtbot, page, wip)
        lots_page.refresh()  # the same exception object reaches the LOT page's handler
        settle(qtbot, page.ctx)
        scan(qtbot, page, wip)  # … and the station page's again
    records = bug_records(caplog, boom)
    assert len(records) == 1
    assert records[0].levelno == logging.ERROR and "station action" in records[0].getMessage()
    assert records[0].exc_info[2] is not None and "Traceback" in caplog.text
    assert "in raising" in caplog.text  # the traceback reaches the frame that raised it
    assert station_banner.texts("boom") == [UNEXPECTED_KO] and lots_banner.texts("boom") == []
    assert page.banner.text() == UNEXPECTED_KO and page.banner.property("level") == "error"
    assert refused == [UNEXPECTED_KO] and statuses == []


# -- the supervisor pages -----------------------------------------------------------------
@pytest.fixture
def supervisor_ctx(qtbot, sm, tmp_path):  # type: ignore[no-untyped-def]
    """A Korean VIEWER's context with wrapped reports, one LOT on the line, and the statuses
    announced."""
    f.lot(sm, target=3)
    ctx = AppContext(
        settings=Settings(station="OFFICE", data_dir=tmp_path, locale="ko"),
        runner=BackgroundRunner(),
        services=Services(reports=Failing(ReportsService(sm, tz=UTC))),
        events=AppEvents(),
        user=CurrentUser(1, "viewer", "열람자", Role.VIEWER),
        locale="ko",
    )
    statuses: list[str] = []
    ctx.events.db_status_changed.connect(statuses.append)
    yield ctx, statuses
    ctx.runner.wait_for_done(5_000)


@pytest.fixture
def board(qtbot, supervisor_ctx):  # type: ignore[no-untyped-def]
    ctx, statuses = supervisor_ctx
    page = LotBoardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, ctx)
    return page, statuses


def _refresh_and_wait(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)


def test_board_refusal_is_a_calm_inline_message(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    page, statuses = board
    page._ctx.services.reports.fail["lot_board"] = forbidden()
    _refresh_and_wait(qtbot, page)
    assert page.banner.isVisible() and page.banner.text() == FORBIDDEN_KO
    assert page.banner.property("level") == "error" and statuses == []


def test_board_unreachable_is_the_connection_status(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    page, statuses = board
    page._ctx.services.reports.fail["lot_board"] = unreachable()
    _refresh_and_wait(qtbot, page)
    assert statuses == [RECONNECTING]
    assert page.banner.text() == UNAVAILABLE_KO and page.banner.property("level") == "warning"
    assert page.model.rowCount() == 1  # what was shown stays


def test_board_busy_is_the_connection_status(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    page, statuses = board
    page._ctx.services.reports.fail["lot_board"] = busy()
    _refresh_and_wait(qtbot, page)
    assert statuses == [STATUS_BUSY]
    assert page.banner.text() == BUSY_KO and page.banner.property("level") == "warning"


@pytest.mark.usefixtures("korean")
def test_board_bug_is_logged_once_and_shown_once(qtbot, board, caplog) -> None:  # type: ignore[no-untyped-def]
    page, statuses = board
    spy = BannerSpy(page.banner)
    boom = RuntimeError("boom: a bug behind the service")
    reports = page._ctx.services.reports
    reports.fail["lot_detail"] = boom
    reports.fail["lot_board"] = boom
    with caplog.at_level(logging.ERROR):
        view = page.view  # the supervisor picks the LOT: its detail fails …
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(page.proxy.index(0, 0)).center(),
        )
        settle(qtbot, page._ctx)
        assert page.detail.title.text() == "LOT을 불러오지 못했습니다."
        _refresh_and_wait(qtbot, page)  # … and the board's reload, with the same exception
    records = bug_records(caplog, boom)
    assert len(records) == 1 and "LOT detail" in records[0].getMessage()
    assert records[0].exc_info[2] is not None and "Traceback" in caplog.text
    assert spy.texts("boom") == [UNEXPECTED_KO] and page.banner.text() == UNEXPECTED_KO
    assert page.banner.property("level") == "error" and statuses == []


def _yield(ctx: AppContext) -> Any:
    return YieldPage(ctx)


def _pareto(ctx: AppContext) -> Any:
    return ParetoPage(ctx)


def _trace(ctx: AppContext) -> Any:
    page = TracePage(ctx)
    page.trace("WF991231D01")
    return page


def _audit(ctx: AppContext) -> Any:
    return AuditPage(ctx)


def _detail(ctx: AppContext) -> Any:
    widget = LotDetailWidget(ctx)  # on its own (not in the board): a banner of its own
    widget.load(1)
    return widget


@pytest.mark.parametrize(
    "make",
    [_yield, _pareto, _trace, _audit, _detail],
    ids=["yield", "pareto", "trace", "audit", "lot_detail"],
)
@pytest.mark.parametrize("kind", ["refusal", "unreachable", "busy"])
def test_every_supervisor_page_presents_through_the_presenter(  # type: ignore[no-untyped-def]
    qtbot, supervisor_ctx, make, kind
) -> None:
    ctx, statuses = supervisor_ctx
    error = {"refusal": refusal, "unreachable": unreachable, "busy": busy}[kind]()
    for name in (
        "model_codes",
        "yield_report",
        "defect_pareto",
        "trace",
        "audit_log",
        "audit_tables",
        "users",
        "lot_detail",
    ):
        ctx.services.reports.fail[name] = error
    page = make(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    assert page.banner.isVisible() and page.banner.text() == i18n.render(error.msg, "ko")
    assert page.banner.property("level") == ("error" if kind == "refusal" else "warning")
    expected = {"refusal": set(), "unreachable": {RECONNECTING}, "busy": {STATUS_BUSY}}[kind]
    assert set(statuses) == expected


# -- the presenter's rules, and who brings the status back ------------------------------
def test_classification() -> None:
    from neurohub_desktop.db.errors import UnexpectedDatabaseError

    assert errors.classify(refusal()) is errors.ErrorKind.REFUSAL
    assert errors.classify(forbidden()) is errors.ErrorKind.REFUSAL
    assert errors.classify(unreachable()) is errors.ErrorKind.UNREACHABLE
    assert (
        errors.classify(DatabaseUnavailable(UNAVAILABLE, commit_unknown=True))
        is errors.ErrorKind.UNREACHABLE
    )
    assert errors.classify(busy()) is errors.ErrorKind.BUSY
    assert errors.classify(KeyError("x")) is errors.ErrorKind.BUG
    assert errors.classify(UnexpectedDatabaseError(Msg("odd"))) is errors.ErrorKind.BUG


def test_header_shows_busy_and_the_health_check_brings_it_back(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    events = AppEvents()
    seen: list[str] = []
    events.db_status_changed.connect(seen.append)
    ctx = AppContext(
        settings=Settings(station="LINE1-ST03", data_dir=tmp_path),
        runner=runner,
        services=Services(),
        events=events,
        user=CurrentUser(7, "kim", "김작업", Role.WORKER),
        locale="en",
    )
    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    health = HealthMonitor(
        runner, lambda: None, events, interval_ms=60_000, retry_ms=20, parent=window
    )
    health.start()
    errors.present_error(busy(), banner=None, events=events, locale="en", context="test")
    assert "busy" in window.db_status_label.text()
    assert window.db_status_label.property("status") == STATUS_BUSY
    qtbot.waitUntil(lambda: seen[-1] == CONNECTED, timeout=5_000)  # the ping answered
    assert seen == [STATUS_BUSY, CONNECTED] and "connected" in window.db_status_label.text()
    errors.present_error(unreachable(), banner=None, events=events, locale="en", context="t")
    qtbot.waitUntil(lambda: seen[-1] == CONNECTED, timeout=5_000)
    assert seen == [STATUS_BUSY, CONNECTED, RECONNECTING, CONNECTED]
    health.stop()
    runner.wait_for_done(5_000)
